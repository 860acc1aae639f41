"""Bounded memory for long sentences: Piper's vocoder run over the sentence in pieces.

A Piper voice is one ONNX graph: text encoder, duration predictor and flow
work at the rate of spectrogram frames, then the HiFi-GAN decoder turns each
frame into 256 samples. The decoder's activations (dozens of channels at
the full audio rate) are what a long sentence fills memory with: over
400 MB for a 20-second sentence with a medium voice, per worker.

So each voice is split once, at the decoder's input, into two graphs (kept
in the cache directory). A long sentence's frames are decoded in pieces,
each with enough neighbouring frames on both sides to cover the decoder's
receptive field, and the overlaps are cut off again. The decoder is
convolutional, so every sample is computed from exactly the same inputs, in
the same order, as in one piece: the split is checked to give the very same
samples as the whole graph before it is ever used, and a voice whose check
fails simply runs whole.

The decoder is also rewritten with 2-D convolutions (``narrate.synthesis.conv2d``),
which ONNX Runtime runs faster; that copy is used when its audio matches the
original decoder's to within a ten-thousandth of full scale (a third of one
16-bit step) and its pieces match its own whole output exactly.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from ..files import write_bytes_atomic

CHUNK_FRAMES = 256
"""Frames decoded at once (about 3 s of audio; sentences up to this long run in one piece).

Each worker thread decodes one piece at a time, so this bounds what a
worker adds to memory: with a medium voice, about 70 MB a worker at 256
frames against about 160 MB at 512, at the same speed (measured side by
side over the seed: 26.3 s and 27.8 s for 619 s of audio on two threads);
128 frames was 7 % slower. The audio is the same whatever the size."""

SPLIT_VERSION = 3
"""Changes whenever the split graphs (and so, in the last bit, the audio) may differ."""

CONV2D_TOLERANCE = 1e-4
"""Largest difference in a sample (full scale 1.0) allowed between the 2-D decoder and the original."""


@dataclass(frozen=True)
class SplitVoice:
    """A voice's graph split at the decoder, as kept in the cache."""

    encoder: str
    """File of the graph from the voice's inputs to the decoder's input."""

    decoder: str
    """File of the decoder graph."""

    frames: str
    """Name of the tensor between the two: the frames, shape (1, channels, frames)."""

    decoder_inputs: list[str]
    """The decoder graph's inputs besides the frames (``sid`` for multi-speaker voices)."""

    margin: int
    """Frames of context decoded on each side of a piece."""

    hop: int
    """Samples per frame."""


class ChunkedSession:
    """Looks like an ``onnxruntime.InferenceSession`` to Piper, decodes in pieces underneath."""

    def __init__(self, split: SplitVoice, encoder, decoder, chunk_frames: int = CHUNK_FRAMES):
        self.split = split
        self.encoder = encoder
        self.decoder = decoder
        self.chunk_frames = chunk_frames
        self.encoder_inputs = {i.name for i in encoder.get_inputs()}

    def get_inputs(self):
        return self.encoder.get_inputs()

    def run(self, output_names, feed: dict):
        frames = self.encoder.run([self.split.frames], {k: v for k, v in feed.items() if k in self.encoder_inputs})[0]
        extra = {name: feed[name] for name in self.split.decoder_inputs}
        return [decode_in_pieces(self.decoder, self.split, frames, extra, self.chunk_frames)]


def decode_in_pieces(decoder, split: SplitVoice, frames: np.ndarray, extra: dict, chunk_frames: int) -> np.ndarray:
    total = frames.shape[2]
    pieces = max(1, math.ceil(total / chunk_frames))
    if pieces == 1:
        return decoder.run(None, {split.frames: frames, **extra})[0]
    size = math.ceil(total / pieces)
    out = []
    for start in range(0, total, size):
        end = min(total, start + size)
        low, high = max(0, start - split.margin), min(total, end + split.margin)
        audio = decoder.run(None, {split.frames: np.ascontiguousarray(frames[:, :, low:high]), **extra})[0]
        out.append(audio[..., (start - low) * split.hop:(end - low) * split.hop])
    return np.concatenate(out, axis=-1)


def load_split(model: Path, models_dir: Path) -> SplitVoice | None:
    """The checked split of ``model``, made on first use; None if this voice cannot be split."""
    import filelock

    record = _record_path(model, models_dir)
    known = _read_record(record)
    if known is not None:
        return known[0]
    record.parent.mkdir(parents=True, exist_ok=True)
    # A render's workers all load the voice at once: one makes the split while the others wait for its record,
    # for side by side they would delete each other's files and some would fall back to the 1-D decoder.
    with filelock.FileLock(record.with_suffix(".lock")):
        known = _read_record(record)
        if known is not None:
            return known[0]
        try:
            split = _make_split(model, record)
        except Exception:  # an unusual graph: run the voice whole, as Piper does
            split = None
        outcome = {"ok": split is not None, "split": asdict(split) if split else None}
        write_bytes_atomic(record, json.dumps(outcome).encode(), durable=False)
    return split


def _read_record(record: Path) -> tuple[SplitVoice | None] | None:
    """What an earlier load decided for this voice, as a 1-tuple; None if nothing (readable) is recorded."""
    try:
        data = json.loads(record.read_text())
    except (OSError, ValueError):
        return None
    return (SplitVoice(**data["split"]) if data.get("ok") else None,)


def _make_split(model: Path, record: Path) -> SplitVoice | None:
    import onnx
    import onnx.utils

    graph_model = onnx.load(str(model))
    graph = graph_model.graph
    frames = _decoder_input(graph)
    # The extractor needs to know the type of the tensor it cuts at.
    known = {v.name for v in graph.value_info}
    if frames not in known:
        graph.value_info.append(onnx.helper.make_tensor_value_info(frames, onnx.TensorProto.FLOAT, None))
    graph_inputs = [i.name for i in graph.input]
    stem = record.with_suffix("")
    encoder_path, decoder_path = Path(f"{stem}.encoder.onnx"), Path(f"{stem}.decoder.onnx")
    needed = _inputs_needed(graph, frames, set(graph_inputs))
    extractor = onnx.utils.Extractor(graph_model)
    _save(extractor.extract_model(graph_inputs, [frames]), encoder_path)
    _save(extractor.extract_model([frames, *needed], [o.name for o in graph.output]), decoder_path)
    split = SplitVoice(str(encoder_path), str(decoder_path), frames, needed, margin=0, hop=0)
    return _calibrated(model, split, Path(f"{stem}.decoder2d.onnx"))


def _decoder_input(graph) -> str:
    """The frames that enter HiFi-GAN: the input of the Conv before the first ConvTranspose."""
    producer = {out: node for node in graph.node for out in node.output}
    initializers = {i.name: i for i in graph.initializer}
    upsample = next(node for node in graph.node if node.op_type == "ConvTranspose")
    node = producer[upsample.input[0]]
    for _ in range(4):  # LeakyRelu, then Add (speaker conditioning) or the Conv itself
        if node.op_type == "Conv" and len(initializers[node.input[1]].dims) == 3 and initializers[node.input[1]].dims[2] > 1:
            return node.input[0]
        candidates = [producer[i] for i in node.input if i in producer]
        convs = [c for c in candidates if c.op_type == "Conv" and initializers[c.input[1]].dims[2] > 1]
        node = convs[0] if convs else candidates[0]
    raise ValueError("decoder input not found")


def _inputs_needed(graph, frames: str, graph_inputs: set[str]) -> list[str]:
    """Graph inputs the decoder reaches without passing the frames (``sid`` for the speaker)."""
    producer = {out: node for node in graph.node for out in node.output}
    seen, stack, found = set(), [o.name for o in graph.output], set()
    while stack:
        name = stack.pop()
        if name in seen or name == frames:
            continue
        seen.add(name)
        if name in graph_inputs:
            found.add(name)
        elif name in producer:
            stack.extend(i for i in producer[name].input if i)
    if found - {"sid"}:
        raise ValueError(f"decoder depends on {sorted(found)}")
    return sorted(found)


def _with_conv2d(split: SplitVoice, path: Path, frames: np.ndarray, extra: dict, reference: np.ndarray) -> SplitVoice:
    """``split`` with its decoder in 2-D convolutions, if that copy passes its checks on ``frames``."""
    import onnx

    from .conv2d import as_conv2d

    optimized = path.with_suffix(".optimized.onnx")
    try:
        _save(as_conv2d(onnx.load(split.decoder)), path)
        wide = SplitVoice(**{**asdict(split), "decoder": str(path)})
        decoder = _ort_session(wide.decoder, optimized)
        blocked = _uses_blocked_kernels(optimized)
        whole = decoder.run(None, {split.frames: frames, **extra})[0]
        pieces = decode_in_pieces(decoder, wide, frames, extra, chunk_frames=max(8, frames.shape[2] // 3))
    except Exception:  # a graph the rewrite does not cover: keep the 1-D decoder
        path.unlink(missing_ok=True)
        return split
    finally:
        optimized.unlink(missing_ok=True)
    close = whole.shape == reference.shape and float(np.abs(whole - reference).max()) <= CONV2D_TOLERANCE
    if blocked and close and np.array_equal(whole, pieces):
        return wide
    path.unlink(missing_ok=True)
    return split


def _uses_blocked_kernels(optimized: Path) -> bool:
    """Whether ONNX Runtime gave the 2-D graph its blocked kernels (x86 has them): without them it is no faster."""
    import onnx

    return any(node.domain == "com.microsoft.nchwc" for node in onnx.load(str(optimized)).graph.node)


def _ort_session(path, optimized: Path | None = None):
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.log_severity_level = 3
    if optimized is not None:
        options.optimized_model_filepath = str(optimized)
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def _test_feed(names: set[str]) -> dict:
    """A made-up sentence of 120 phonemes, spoken without noise."""
    rng = np.random.default_rng(0)
    feed = {
        "input": rng.integers(1, 100, size=(1, 120), dtype=np.int64),
        "input_lengths": np.array([120], dtype=np.int64),
        "scales": np.array([0.0, 1.0, 0.0], dtype=np.float32),
    }
    if "sid" in names:
        feed["sid"] = np.array([0], dtype=np.int64)
    return feed


def _test_frames(encoder, split: SplitVoice, feed: dict) -> tuple[np.ndarray, dict]:
    """The frames of the test sentence ``feed``, and the decoder's other inputs."""
    names = {i.name for i in encoder.get_inputs()}
    frames = encoder.run([split.frames], {k: v for k, v in feed.items() if k in names})[0]
    return frames, {name: feed[name] for name in split.decoder_inputs}


def _calibrated(model: Path, split: SplitVoice, wide_decoder: Path) -> SplitVoice | None:
    """Measure hop and receptive field, then check pieces against the whole graph, sample for sample;
    then try the decoder in 2-D convolutions (saved as ``wide_decoder`` if it passes)."""
    whole = _ort_session(model)
    decoder = _ort_session(split.decoder)
    feed = _test_feed({i.name for i in whole.get_inputs()})
    frames, extra = _test_frames(_ort_session(split.encoder), split, feed)
    count = frames.shape[2]
    if count < 64:
        return None
    base = decoder.run(None, {split.frames: frames, **extra})[0]
    hop = base.shape[-1] // count
    # The receptive field: how far a change to one frame reaches in the audio.
    poked = frames.copy()
    poked[:, :, count // 2] += 1.0
    changed = np.nonzero((decoder.run(None, {split.frames: poked, **extra})[0] != base).reshape(-1))[0]
    reach = max(count // 2 * hop - changed.min(), changed.max() - (count // 2 + 1) * hop) if len(changed) else 0
    margin = math.ceil(reach / hop) + 2
    split = SplitVoice(**{**asdict(split), "margin": margin, "hop": hop})
    reference = whole.run(None, feed)[0]
    pieces = decode_in_pieces(decoder, split, frames, extra, chunk_frames=max(8, count // 3))
    if reference.shape != pieces.shape or not np.array_equal(reference, pieces):
        return None
    return _with_conv2d(split, wide_decoder, frames, extra, base)


def _record_path(model: Path, models_dir: Path) -> Path:
    stat = model.stat()
    stamp = f"{model.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\0{SPLIT_VERSION}"
    return Path(models_dir) / f"{model.stem}-split-{hashlib.sha256(stamp.encode()).hexdigest()[:16]}.json"


def _save(graph_model, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, graph_model.SerializeToString(), durable=False)


