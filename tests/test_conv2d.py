"""The 2-D rewrite of Piper's decoder: same function, same shapes, and a fallback for graphs it does not know."""

import numpy as np
import onnx
import onnxruntime
import pytest
from onnx import TensorProto, helper, numpy_helper

from narrate.synthesis.conv2d import NotConvertible, as_conv2d
from narrate.synthesis.decoder import load_split

from .conftest import MULTI_VOICE, TINY_VOICE


def _run(model, feed):
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    session = onnxruntime.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    return session.run(None, feed)


def _conv1d_graph(weight_users=("Conv",), stride=2, kernel=4, pad=1):
    rng = np.random.default_rng(1)
    weight = numpy_helper.from_array(rng.standard_normal((16, 8, 3)).astype(np.float32), "w")
    up = numpy_helper.from_array(rng.standard_normal((16, 8, kernel)).astype(np.float32), "up")
    up_bias = numpy_helper.from_array(rng.standard_normal(8).astype(np.float32), "up_bias")
    half = numpy_helper.from_array(np.array(0.5, dtype=np.float32), "half")
    nodes = [
        helper.make_node("Conv", ["x", "w"], ["a"], pads=[2, 2], dilations=[2]),
        helper.make_node("LeakyRelu", ["a"], ["b"], alpha=0.1),
        helper.make_node("Mul", ["b", "half"], ["c"]),
        helper.make_node("ConvTranspose", ["c", "up", "up_bias"], ["d"], strides=[stride], pads=[pad, pad]),
        helper.make_node("Add", ["d", "skip"], ["e"]),
        helper.make_node("Tanh", ["e"], ["y"]),
    ]
    if "Shape" in weight_users:
        nodes.append(helper.make_node("Shape", ["w"], ["wshape"]))
    graph = helper.make_graph(
        nodes, "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 8, "t"]),
         helper.make_tensor_value_info("skip", TensorProto.FLOAT, [1, 8, 1])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 8, "t2"]),
         helper.make_tensor_value_info("b", TensorProto.FLOAT, [1, 16, "t"])],
        [weight, up, up_bias, half])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])


@pytest.mark.parametrize("stride, kernel, pad, polyphase", [
    (2, 4, 1, True), (8, 16, 4, True), (4, 8, 2, True),  # Piper's upsamplers: kernel two strides, half a stride padded
    (2, 3, 1, False), (4, 8, 0, False),  # other shapes stay ConvTranspose (in 2-D)
])
def test_rewrite_keeps_the_function_and_the_output_shapes(stride, kernel, pad, polyphase):
    model = _conv1d_graph(stride=stride, kernel=kernel, pad=pad)
    rng = np.random.default_rng(2)
    feed = {"x": rng.standard_normal((1, 8, 50)).astype(np.float32),
            "skip": rng.standard_normal((1, 8, 1)).astype(np.float32)}
    wide = as_conv2d(model)
    ops = [n.op_type for n in wide.graph.node]
    assert {"Unsqueeze", "Squeeze"} <= set(ops)
    assert ("ConvTranspose" in ops) != polyphase
    assert all(len(i.dims) == 4 for i in wide.graph.initializer if i.name.endswith(("w", "up", "weight")))
    assert ("up" in {i.name for i in wide.graph.initializer}) != polyphase  # a replaced weight is not kept
    expected, got = _run(model, feed), _run(wide, feed)
    assert [e.shape for e in expected] == [g.shape for g in got]
    for e, g in zip(expected, got):
        np.testing.assert_allclose(g, e, atol=1e-5)
    assert model.graph.initializer[0].dims == [16, 8, 3]  # the original is left alone


def test_a_weight_used_elsewhere_is_not_rewritten():
    with pytest.raises(NotConvertible):
        as_conv2d(_conv1d_graph(weight_users=("Conv", "Shape")))


@pytest.mark.parametrize("voice", [TINY_VOICE, MULTI_VOICE], ids=["single", "multi"])
def test_piper_voices_get_the_2d_decoder(tmp_path, voice):
    split = load_split(voice, tmp_path)
    assert split is not None and split.decoder.endswith(".decoder2d.onnx")
    decoder = onnx.load(split.decoder)
    assert all(len(i.dims) != 3 for i in decoder.graph.initializer if i.name.endswith("weight"))


def test_a_2d_decoder_that_does_not_match_is_not_used(tmp_path, monkeypatch):
    from narrate.synthesis import decoder

    monkeypatch.setattr(decoder, "CONV2D_TOLERANCE", -1.0)  # nothing can match
    split = load_split(TINY_VOICE, tmp_path)
    assert split is not None and split.decoder.endswith(".decoder.onnx")
    assert not list(tmp_path.glob("*.decoder2d.onnx"))


def test_without_blocked_kernels_the_1d_decoder_stays(tmp_path, monkeypatch):
    from narrate.synthesis import decoder

    monkeypatch.setattr(decoder, "_uses_blocked_kernels", lambda optimized: False)  # as on a CPU without them
    split = load_split(TINY_VOICE, tmp_path)
    assert split is not None and split.decoder.endswith(".decoder.onnx")
    assert not list(tmp_path.glob("*.decoder2d.onnx"))


def test_a_voice_being_split_elsewhere_is_waited_for_not_split_side_by_side(tmp_path):
    """A render's workers load the voice at once; each must end up with the same decoder (the 2-D one here)."""
    import subprocess
    import sys
    import time

    import filelock

    from narrate.synthesis import decoder

    record = decoder._record_path(TINY_VOICE, tmp_path)
    code = ("import sys; from pathlib import Path; from narrate.synthesis.decoder import load_split; "
            "print(load_split(Path(sys.argv[1]), Path(sys.argv[2])).decoder)")
    with filelock.FileLock(record.with_suffix(".lock")):  # another worker is splitting the voice
        workers = [subprocess.Popen([sys.executable, "-c", code, str(TINY_VOICE), str(tmp_path)], stdout=subprocess.PIPE,
                                    text=True) for _ in range(2)]
        time.sleep(3)
        assert [w.poll() for w in workers] == [None, None] and not record.exists()  # they wait
    decoders = [w.communicate(timeout=120)[0].strip() for w in workers]
    assert decoders[0] == decoders[1] and decoders[0].endswith(".decoder2d.onnx") and record.is_file()
