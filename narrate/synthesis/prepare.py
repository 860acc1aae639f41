"""Preparing a voice for synthesis before its first render, and adding a local voice checked that way."""

from __future__ import annotations

from pathlib import Path

from .cache import default_models_dir
from .engines import PiperEngine, SynthesisSettings
from ..voices import Voice, install_voice


def prepare_voice(voice: Voice, models_dir: Path | None = None) -> None:
    """Load the voice once, so its split and optimised graphs are ready before the first render."""
    PiperEngine(voice.model, voice.config, SynthesisSettings(), 1, models_dir or default_models_dir())


def add_voice(model: Path, voices_dir: Path) -> Voice:
    """Copy a local voice (model and config) into ``voices_dir``, checking that it loads and preparing it."""
    return install_voice(model, voices_dir, prepare_voice)
