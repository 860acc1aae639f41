"""Finding Piper voices: a path to an ``.onnx`` file, or a voice id in ``voices/``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .errors import VoiceError

DEFAULT_VOICE = "nl_BE-nathalie-medium"
"""Piper's Flemish female voice: the narrator unless told otherwise."""


@dataclass(frozen=True)
class Voice:
    """A Piper voice on disk: the ONNX model and its JSON config."""

    id: str
    """Voice id, e.g. ``nl_BE-nathalie-medium`` (the model's file stem)."""

    model: Path
    """The ``.onnx`` model file."""

    config: Path
    """The ``.onnx.json`` config beside it."""

    sample_rate: int
    """Sample rate of the audio the model produces."""

    num_speakers: int
    """Number of speakers in the model (1 for single-speaker voices)."""


def resolve_voice(id_or_path: str, voices_dir: Path) -> Voice:
    """Find a voice by path (``x.onnx``) or by id in ``voices_dir``."""
    candidate = Path(id_or_path)
    if candidate.suffix == ".onnx" or candidate.exists():
        return _voice_at(candidate)
    model = Path(voices_dir) / f"{id_or_path}.onnx"
    if not model.exists():
        raise VoiceError(
            f"voice {id_or_path!r} is not installed in {voices_dir}/; put {id_or_path}.onnx and "
            f"{id_or_path}.onnx.json there (from Piper's voice repository) or pass --voice PATH.onnx"
        )
    return _voice_at(model)


def _voice_at(model: Path) -> Voice:
    if not model.is_file():
        raise VoiceError(f"voice model {model} does not exist; check the path given to --voice")
    config = model.with_name(model.name + ".json")
    if not config.is_file():
        raise VoiceError(f"voice config {config} is missing; put the voice's .onnx.json file beside {model.name}")
    try:
        settings = json.loads(config.read_text(encoding="utf-8"))
        return Voice(
            id=model.name.removesuffix(".onnx"),
            model=model,
            config=config,
            sample_rate=int(settings["audio"]["sample_rate"]),
            num_speakers=int(settings.get("num_speakers", 1)),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise VoiceError(f"voice config {config} is not a valid Piper config ({exc}); download the voice again") from None
