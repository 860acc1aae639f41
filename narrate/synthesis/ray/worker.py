"""The Ray actor of ``--executor ray``: speaks sentences with voices it receives once through the object store.

``narrate.synthesis.ray.driver`` starts one actor per CPU and sends each the
voices of a run as ``VoiceBlob``s. A node keeps each voice it receives in
its own cache directory, named by content, so the nodes need no shared
filesystem; on the machine that renders the actor reads the voice in place.
"""

from __future__ import annotations

import hashlib
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..cache import default_cache_dir, default_models_dir, encode_clip
from ..engines import SpeechEngine, SynthesisSettings
from ..jobs import WorkContext, load_engine
from ...files import write_bytes_atomic
from ...voices import CastMember, EspeakVoice, Voice

VOICES_DIR = "ray-voices"
"""Where, in a node's cache directory, voices received from the object store are kept."""


@dataclass(frozen=True)
class VoiceBlob:
    """A Piper voice as the actors get it."""

    digest: str
    """SHA-256 of the model and its config: names the node's copy."""

    name: str
    """The model's file stem, kept for the logs."""

    path: str
    """Where the model is on the machine that renders."""

    node: str
    """The Ray node of the machine that renders: actors there read ``path`` instead."""

    model: Any
    """Ray object ref of the model's bytes; fetched only by a node that lacks the voice."""

    config: str
    """The ``.onnx.json`` text."""


class SynthesisWorker:
    """A Ray actor that speaks sentences with voices it loads once."""

    def __init__(self):
        self.blobs: dict[str, VoiceBlob] = {}
        self.engines: dict[tuple, SpeechEngine] = {}

    def ready(self) -> str:
        return f"{socket.gethostname()}:{os.getpid()}"

    def add_voices(self, blobs: list[VoiceBlob]) -> None:
        self.blobs.update((blob.digest, blob) for blob in blobs)

    def synthesize(self, voice: str | EspeakVoice, speaker: int | None, text: str,
                   settings: SynthesisSettings) -> bytes:
        engine = self._engine(voice, settings)
        return encode_clip(engine.synthesize(text, speaker), engine.sample_rate)

    def _engine(self, voice: str | EspeakVoice, settings: SynthesisSettings) -> SpeechEngine:
        if (voice, settings) not in self.engines:
            loaded = voice if isinstance(voice, EspeakVoice) else Voice.load(self._voice_file(self.blobs[voice]))
            member = CastMember(loaded)
            # The same engine as a local worker's, so the audio is the same to the byte.
            context = WorkContext((member,), settings, None, default_models_dir())
            self.engines[voice, settings] = load_engine(member, context, 1)
        return self.engines[voice, settings]

    def _voice_file(self, blob: VoiceBlob) -> Path:
        import ray

        model = Path(blob.path)
        # On the machine that renders (a local instance, the head) the voice is there already, prepared.
        here = ray.get_runtime_context().get_node_id() == blob.node
        if here and model.is_file() and voice_digest(model.read_bytes(), _config_of(model)) == blob.digest:
            return model
        folder = default_cache_dir() / VOICES_DIR / blob.digest
        model = folder / f"{blob.name}.onnx"
        if not model.is_file():
            folder.mkdir(parents=True, exist_ok=True)
            # Config first: a model on disk always has its config beside it. A copy lost in a power cut is fetched again.
            write_bytes_atomic(model.with_name(model.name + ".json"), blob.config.encode("utf-8"), durable=False)
            write_bytes_atomic(model, ray.get(blob.model), durable=False)
        return model


def voice_digest(model: bytes, config: str) -> str:
    return hashlib.sha256(model + b"\0" + config.encode("utf-8")).hexdigest()


def _config_of(model: Path) -> str:
    try:
        return model.with_name(model.name + ".json").read_text(encoding="utf-8")
    except OSError:
        return ""
