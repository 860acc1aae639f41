"""Piper's vocoder with its 1-D convolutions written as 2-D ones (height 1), for speed.

ONNX Runtime runs 2-D convolutions with its blocked "NCHWc" kernels, which
are much faster on x86 than the im2col and matrix product it uses for 1-D
ones: the medium voices' HiFi-GAN decoder, nearly all of Piper's work, runs
in about 80 % of the time (measured side by side with the medium test voice).
The upsampling ConvTransposes (which ONNX Runtime has no blocked kernels for)
become polyphase 2-D convolutions whose phases are then interleaved.
The arithmetic is the same but summed in another order, so samples can
differ from the 1-D graph in the last bit of a float; ``narrate.synthesis.decoder``
checks the rewritten graph against the original before it is used.

>>> _widened_pads([3, 4])
[0, 3, 0, 4]
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

ELEMENTWISE = frozenset({"Add", "Sub", "Mul", "Div", "LeakyRelu", "Relu", "Tanh", "Sigmoid"})
"""Operators that work on a tensor of any rank, so a 2-D region can pass through them."""

AXIS = "narrate_conv2d_axis"
"""Initializer naming the added height axis (2) for Unsqueeze and Squeeze."""


class NotConvertible(ValueError):
    """The graph has a part this rewrite does not know; the voice keeps its 1-D graph."""


def as_conv2d(model):
    """A copy of ``model`` (an ``onnx.ModelProto``) with every 1-D Conv and ConvTranspose made 2-D.

    Tensors between such convolutions (through element-wise operators) stay
    4-D; everything else sees the original 3-D tensors again.
    """
    import onnx

    model = onnx.ModelProto.FromString(model.SerializeToString())
    graph = model.graph
    rewrite = _Rewrite(graph)
    nodes = []
    for node in graph.node:
        nodes.extend(rewrite.node(node))
    nodes.extend(rewrite.lower(output.name) for output in graph.output if output.name in rewrite.wide)
    del graph.node[:]
    graph.node.extend(n for n in nodes if n is not None)
    del graph.value_info[:]  # the shapes recorded for the old 3-D tensors no longer hold
    graph.initializer.append(onnx.numpy_helper.from_array(np.array([2], dtype=np.int64), AXIS))
    used = {name for node in graph.node for name in node.input}
    kept = [i for i in graph.initializer if i.name not in rewrite.replaced or i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    return model


@dataclass
class _Rewrite:
    graph: object
    wide: dict[str, str] = field(default_factory=dict)
    """3-D tensor name → name of its 4-D form."""
    narrow: set[str] = field(default_factory=set)
    """Tensors in ``wide`` whose 3-D form exists too (made wide by an Unsqueeze, or squeezed back)."""
    replaced: set[str] = field(default_factory=set)
    """Initializers of rewritten ConvTransposes, dropped from the graph once nothing else uses them."""

    def __post_init__(self):
        self.initializers = {i.name: i for i in self.graph.initializer}
        self.scalars = {name for name, t in self.initializers.items() if int(np.prod(t.dims)) == 1}
        self.scalars |= {n.output[0] for n in self.graph.node if n.op_type == "Constant" and _constant_size(n) == 1}
        self.weights: set[str] = set()
        self.used_elsewhere = {name for n in self.graph.node if not _is_conv1d(n, self.initializers) for name in n.input}

    def node(self, node):
        if _is_conv1d(node, self.initializers):
            if node.input[1] in self.used_elsewhere:
                raise NotConvertible(f"weight {node.input[1]} is used outside a convolution")
            stride = _polyphase_stride(node, self.initializers)
            lifted = self._lift_inputs(node, [node.input[0]])  # before the rewrite, which reads the 4-D input
            return [*lifted, *(self._polyphase(node, stride) if stride else [self._widen_conv(node)])]
        if node.op_type in ELEMENTWISE and any(name in self.wide for name in node.input):
            others = [n for n in node.input if n and n not in self.wide and n not in self.scalars]
            added = self._lift_inputs(node, others)
            return [*added, self._widen_outputs(node)]
        return [*self._lower_inputs(node), node]

    def lower(self, name: str):
        """A Squeeze giving ``name`` back its 3-D shape (the first time it is needed)."""
        import onnx

        if name in self.narrow:
            return None
        self.narrow.add(name)
        return onnx.helper.make_node("Squeeze", [self.wide[name], AXIS], [name])

    def _lift_inputs(self, node, names):
        import onnx

        added = []
        for name in names:
            if name not in self.wide:
                self.wide[name] = f"{name}/2d"
                self.narrow.add(name)
                added.append(onnx.helper.make_node("Unsqueeze", [name, AXIS], [self.wide[name]]))
        for i, name in enumerate(node.input):
            if name in self.wide:
                node.input[i] = self.wide[name]
        return added

    def _lower_inputs(self, node):
        added = [self.lower(name) for name in node.input if name in self.wide]
        return [n for n in added if n is not None]

    def _widen_outputs(self, node):
        for i, name in enumerate(node.output):
            self.wide[name] = f"{name}/2d"
            node.output[i] = self.wide[name]
        return node

    def _widen_conv(self, node):
        import onnx

        weight = node.input[1]
        if weight not in self.weights:
            tensor = self.initializers[weight]
            array = onnx.numpy_helper.to_array(tensor)
            tensor.CopyFrom(onnx.numpy_helper.from_array(array[:, :, np.newaxis, :], weight))
            self.weights.add(weight)
        for attribute in node.attribute:
            _widen_attribute(attribute)
        return self._widen_outputs(node)

    def _polyphase(self, node, stride: int):
        """An upsampling ConvTranspose as Convs, one output channel group per phase, then the phases interleaved.

        Output sample ``s·q + r`` (stride ``s``) of a ConvTranspose whose kernel is two strides long is
        a two-tap convolution of the input around ``q``; which two taps depends on the phase ``r``. So
        the phases before the padding wraps take the input at ``q - 1`` and ``q``, the rest ``q`` and
        ``q + 1``: two 2-D convolutions, which ONNX Runtime runs with its blocked kernels, where it
        runs ConvTranspose with none.
        """
        from onnx import helper, numpy_helper

        pad = _attributes(node)["pads"][0]
        weight = numpy_helper.to_array(self.initializers[node.input[1]])  # (in, out, 2 · stride)
        out_channels = weight.shape[1]
        bias = (numpy_helper.to_array(self.initializers[node.input[2]]) if len(node.input) > 2 and node.input[2]
                else np.zeros(out_channels, dtype=np.float32))
        early = [(weight[:, :, r + pad + stride], weight[:, :, r + pad]) for r in range(stride - pad)]
        late = [(weight[:, :, r + pad], weight[:, :, r + pad - stride]) for r in range(stride - pad, stride)]
        name, wide_input = node.output[0], node.input[0]
        nodes, phases = [], []
        for tag, taps, pads in (("early", early, [0, 1, 0, 0]), ("late", late, [0, 0, 0, 1])):
            # Conv weights are (out, in, 1, taps): each phase's out channels, stacked phase after phase.
            kernel = np.concatenate([np.stack(pair, axis=-1).transpose(1, 0, 2) for pair in taps])[:, :, None, :]
            names = [f"{name}/{tag}/{part}" for part in ("weight", "bias", "out")]
            self.graph.initializer.extend([numpy_helper.from_array(kernel.astype(np.float32), names[0]),
                                           numpy_helper.from_array(np.tile(bias, len(taps)).astype(np.float32),
                                                                   names[1])])
            nodes.append(helper.make_node("Conv", [wide_input, *names[:2]], [names[2]], kernel_shape=[1, 2],
                                          pads=pads, strides=[1, 1]))
            phases.append(names[2])
        shapes = [f"{name}/phases/shape", f"{name}/interleaved/shape"]
        self.graph.initializer.extend([
            numpy_helper.from_array(np.array([1, stride, out_channels, -1], dtype=np.int64), shapes[0]),
            numpy_helper.from_array(np.array([1, out_channels, 1, -1], dtype=np.int64), shapes[1])])
        steps = [f"{name}/phases", f"{name}/phases/split", f"{name}/phases/interleaved"]
        self.wide[name] = f"{name}/2d"
        nodes += [helper.make_node("Concat", phases, [steps[0]], axis=1),
                  helper.make_node("Reshape", [steps[0], shapes[0]], [steps[1]]),
                  helper.make_node("Transpose", [steps[1]], [steps[2]], perm=[0, 2, 3, 1]),
                  helper.make_node("Reshape", [steps[2], shapes[1]], [self.wide[name]])]
        self.replaced.update(node.input[1:3])
        return nodes


def _attributes(node) -> dict:
    from onnx import helper

    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


def _polyphase_stride(node, initializers) -> int:
    """The stride of an upsampling ConvTranspose the polyphase rewrite covers (kernel two strides long,
    padding that keeps the length a multiple of the stride); 0 for anything else."""
    if node.op_type != "ConvTranspose" or len(node.input) < 2:
        return 0
    attributes = _attributes(node)
    stride = (attributes.get("strides") or [1])[0]
    kernel = initializers[node.input[1]].dims[2]
    pads = attributes.get("pads") or [0, 0]
    plain = (attributes.get("group", 1) == 1 and (attributes.get("dilations") or [1]) == [1]
             and not any(attributes.get("output_padding") or []) and attributes.get("auto_pad", b"NOTSET") == b"NOTSET")
    if plain and stride > 1 and kernel == 2 * stride and pads[0] == pads[1] and 2 * pads[0] == stride:
        return stride
    return 0


def _widen_attribute(attribute) -> None:
    values = list(attribute.ints)
    if attribute.name in ("kernel_shape", "strides", "dilations"):
        widened = [1, *values]
    elif attribute.name == "output_padding":
        widened = [0, *values]
    elif attribute.name == "pads":
        widened = _widened_pads(values)
    elif attribute.name in ("group", "auto_pad"):
        return
    else:
        raise NotConvertible(f"convolution attribute {attribute.name}")
    del attribute.ints[:]
    attribute.ints.extend(widened)


def _widened_pads(pads: list[int]) -> list[int]:
    """ONNX pads are all begins, then all ends: a height of 1 needs none."""
    begin, end = pads
    return [0, begin, 0, end]


def _is_conv1d(node, initializers) -> bool:
    return (node.op_type in ("Conv", "ConvTranspose") and len(node.input) > 1
            and node.input[1] in initializers and len(initializers[node.input[1]].dims) == 3)


def _constant_size(node) -> int:
    for attribute in node.attribute:
        if attribute.name == "value":
            return int(np.prod(attribute.t.dims))
        if attribute.name in ("value_float", "value_int"):
            return 1
    return 0
