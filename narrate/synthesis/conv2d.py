"""Piper's vocoder with its 1-D convolutions written as 2-D ones (height 1), for speed.

ONNX Runtime runs 2-D convolutions with its blocked "NCHWc" kernels, which
are much faster on x86 than the im2col and matrix product it uses for 1-D
ones: the medium voices' HiFi-GAN decoder, nearly all of Piper's work, runs
in about 80 % of the time (measured side by side with the medium test voice).
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
    return model


@dataclass
class _Rewrite:
    graph: object
    wide: dict[str, str] = field(default_factory=dict)
    """3-D tensor name → name of its 4-D form."""
    narrow: set[str] = field(default_factory=set)
    """Tensors in ``wide`` whose 3-D form exists too (made wide by an Unsqueeze, or squeezed back)."""

    def __post_init__(self):
        self.initializers = {i.name: i for i in self.graph.initializer}
        self.scalars = {name for name, t in self.initializers.items() if int(np.prod(t.dims)) == 1}
        self.scalars |= {n.output[0] for n in self.graph.node if n.op_type == "Constant" and _constant_size(n) == 1}
        self.weights: set[str] = set()
        self.used_elsewhere = {name for n in self.graph.node if not _is_conv1d(n, self.initializers) for name in n.input}

    def node(self, node):
        if _is_conv1d(node, self.initializers):
            return [*self._lift_inputs(node, [node.input[0]]), self._widen_conv(node)]
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
        if weight in self.used_elsewhere:
            raise NotConvertible(f"weight {weight} is used outside a convolution")
        if weight not in self.weights:
            tensor = self.initializers[weight]
            array = onnx.numpy_helper.to_array(tensor)
            tensor.CopyFrom(onnx.numpy_helper.from_array(array[:, :, np.newaxis, :], weight))
            self.weights.add(weight)
        for attribute in node.attribute:
            _widen_attribute(attribute)
        return self._widen_outputs(node)


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
