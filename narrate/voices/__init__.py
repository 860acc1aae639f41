"""Voices: the Piper voices installed, Piper's catalogue and downloads from it, and the cast of a render.

Stage 3a of the pipeline: the configured narrator and quote voices become a
``VoiceCast`` (one voice per voice slot of the script), which synthesis speaks.
"""

from .cast import (DEFAULT_QUOTE_VOICE, DEFAULT_VOICE, ESPEAK_ENGINE, ESPEAK_NARRATOR_VOICE, CastMember, CastSettings,
                   EspeakVoice, VoiceCast, VoiceUnavailable, cast_voices, parse_voice_spec)
from .catalog import Catalog, CatalogVoice
from .download import download_voice
from .http import VoiceDownloadError
from .installed import Voice, install_voice, installed_voices, resolve_voice
from .location import find_voices_dir, user_voices_dir

__all__ = [
    "CastMember", "CastSettings", "Catalog", "CatalogVoice", "DEFAULT_QUOTE_VOICE", "DEFAULT_VOICE",
    "ESPEAK_ENGINE", "ESPEAK_NARRATOR_VOICE", "EspeakVoice", "Voice", "VoiceCast", "VoiceDownloadError",
    "VoiceUnavailable", "cast_voices", "download_voice", "find_voices_dir", "install_voice", "installed_voices",
    "parse_voice_spec", "resolve_voice", "user_voices_dir",
]
