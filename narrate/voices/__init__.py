"""Voices: the Piper voices installed, Piper's catalogue and downloads from it, and the cast of a render.

Stage 3a of the pipeline: the configured narrator and quote voices become a
``VoiceCast`` (one voice per voice slot of the script), which synthesis speaks.
"""

from .cast import (DEFAULT_QUOTE_VOICE, DEFAULT_VOICE, ESPEAK_ENGINE, ESPEAK_NARRATOR_VOICE, CastMember, CastSettings,
                   EspeakVoice, VoiceCast, VoiceUnavailable, cast_voices, parse_voice_spec)
from .catalog import Catalog, CatalogVoice
from .download import download_voice
from .http import VoiceDownloadError
from .installed import Voice, add_voice, installed_voices, prepare_voice, resolve_voice

__all__ = [
    "DEFAULT_QUOTE_VOICE", "DEFAULT_VOICE", "ESPEAK_ENGINE", "ESPEAK_NARRATOR_VOICE", "CastMember", "CastSettings",
    "Catalog", "CatalogVoice", "EspeakVoice", "Voice",
    "VoiceCast", "VoiceDownloadError", "VoiceUnavailable", "add_voice", "cast_voices", "download_voice",
    "installed_voices", "parse_voice_spec", "prepare_voice", "resolve_voice",
]
