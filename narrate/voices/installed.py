"""Installed Piper voices: finding a voice by id or path, listing the voices in a directory, installing one.

A voice is named by its id (``nl_BE-nathalie-medium``, installed in the
voices directory) or by a path to an ``.onnx`` file.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import VoiceError
from ..files import atomic_path


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

    speakers: dict[str, int] = field(default_factory=dict, hash=False, compare=False)
    """Speaker names to ids, for multi-speaker voices."""

    language: str = ""
    """Language code from the config, e.g. ``nl_BE``."""

    quality: str = ""
    """``x_low``, ``low``, ``medium`` or ``high``, when the config says."""

    default_speaker: int = 0
    """Speaker a multi-speaker voice uses when none is chosen."""

    engine = "piper"

    @staticmethod
    def load(model: Path) -> Voice:
        """The voice whose model is ``model``; its config must sit beside it."""
        model = Path(model)
        if not model.is_file():
            raise VoiceError(f"voice model {model} does not exist; check the path given to --voice")
        config = model.with_name(model.name + ".json")
        if not config.is_file():
            raise VoiceError(f"voice config {config} is missing; put the voice's .onnx.json file beside {model.name}")
        try:
            settings = json.loads(config.read_text(encoding="utf-8"))
            voice = Voice(
                id=model.name.removesuffix(".onnx"),
                model=model,
                config=config,
                sample_rate=int(settings["audio"]["sample_rate"]),
                num_speakers=int(settings.get("num_speakers", 1)),
                speakers={str(k): int(v) for k, v in (settings.get("speaker_id_map") or {}).items()},
                language=str((settings.get("language") or {}).get("code", "")),
                quality=str(settings["audio"].get("quality", "")),
                default_speaker=int(settings.get("default_speaker_id", 0)),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise VoiceError(f"voice config {config} is not a valid Piper config ({exc}); download the voice again") from None
        if not 8000 <= voice.sample_rate <= 192000 or voice.num_speakers < 1:
            raise VoiceError(f"voice config {config} says sample rate {voice.sample_rate} and {voice.num_speakers} "
                             "speaker(s), which no Piper voice has; download the voice again")
        return voice

    def speaker_id(self, speaker: str | None) -> int | None:
        """The id of ``speaker`` (a number or a name); None for single-speaker voices."""
        if self.num_speakers <= 1:
            if speaker not in (None, "0"):
                raise VoiceError(f"voice {self.id} has only one speaker; leave out ':{speaker}'")
            return None
        if speaker is None:
            return self.default_speaker
        if speaker in self.speakers:
            return self.speakers[speaker]
        if speaker.isdigit() and int(speaker) < self.num_speakers:
            return int(speaker)
        raise VoiceError(
            f"voice {self.id} has no speaker {speaker!r}; choose 0 to {self.num_speakers - 1}"
            + (f" or a name such as {next(iter(self.speakers))!r}" if self.speakers else "")
        )


def resolve_voice(id_or_path: str, voices_dir: Path) -> Voice:
    """Find a voice by path (``x.onnx``) or by id in ``voices_dir``."""
    if is_voice_path(id_or_path):
        return Voice.load(Path(id_or_path))
    model = Path(voices_dir) / f"{id_or_path}.onnx"
    if not model.exists():
        raise VoiceError(
            f"voice {id_or_path!r} is not installed in {voices_dir}/; run `narrate voices download {id_or_path}` "
            f"or pass --voice PATH.onnx"
        )
    return Voice.load(model)


def installed_voices(voices_dir: Path) -> list[Voice]:
    """Every voice in ``voices_dir`` that has its config beside it, by id."""
    voices = []
    for model in sorted(Path(voices_dir).glob("*.onnx")):
        try:
            voices.append(Voice.load(model))
        except VoiceError:
            continue  # a half-installed voice is not listed
    return voices


def install_voice(model: Path, voices_dir: Path, check: Callable[[Voice], None]) -> Voice:
    """Copy a local voice (model and config) into ``voices_dir``.

    ``check`` loads the voice (``narrate.synthesis.add_voice`` prepares it
    for synthesis) and raises VoiceError for a damaged model: first the
    given copy, before anything is installed, then the installed one.
    """
    voice = Voice.load(Path(model))
    check(voice)
    voices_dir = Path(voices_dir)
    voices_dir.mkdir(parents=True, exist_ok=True)
    target = voices_dir / voice.model.name
    if target.resolve() == voice.model.resolve():
        return voice
    # Config first: a model in voices/ always has its config beside it.
    for source, dest in ((voice.config, target.with_name(target.name + ".json")), (voice.model, target)):
        with atomic_path(dest) as tmp:
            shutil.copyfile(source, tmp)
    installed = Voice.load(target)
    check(installed)
    return installed


def is_voice_path(name: str) -> bool:
    return name.endswith(".onnx") or "/" in name or Path(name).is_file()
