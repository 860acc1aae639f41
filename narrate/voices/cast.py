"""Casting: the cast that speaks each voice slot of a script.

A voice is named by its id (``nl_BE-nathalie-medium``, installed in the
voices directory) or by a path to an ``.onnx`` file, optionally with a
speaker of a multi-speaker voice after a colon (``nl_NL-mls-medium:12`` or
``voice.onnx:speaker_1``). ``cast_voices`` turns the configured narrator and
quote voices into a ``VoiceCast``, downloading catalogue voices that are
missing and falling back to espeak-ng when no Piper voice can be had.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .catalog import is_catalogue_id
from .http import VoiceDownloadError
from .installed import Voice, is_voice_path
from ..errors import VoiceError

DEFAULT_VOICE = "nl_BE-nathalie-medium"
"""Piper's Flemish female voice: the narrator unless told otherwise."""

DEFAULT_QUOTE_VOICE = "nl_BE-rdh-medium"
"""Piper's Flemish male voice: speaks quotes unless told otherwise."""

ESPEAK_ENGINE = "espeak-ng"
"""The fallback engine, for when no Piper voice can be had."""

ESPEAK_NARRATOR_VOICE = "nl"
"""espeak-ng's Dutch voice: the fallback narrator."""
ESPEAK_QUOTE_VOICES = ("nl+m3", "nl+f3")
"""Variants of the Dutch voice, so quotes still sound unlike the narrator."""

NARRATOR = "narrator"
QUOTE_PREFIX = "quote-"


@dataclass(frozen=True)
class EspeakVoice:
    """An espeak-ng voice: picklable, so worker processes can load it."""

    name: str = ESPEAK_NARRATOR_VOICE
    """espeak-ng voice name, optionally with a variant (``nl+m3``)."""

    engine = ESPEAK_ENGINE

    @property
    def id(self) -> str:
        return f"{ESPEAK_ENGINE}:{self.name}"


@dataclass(frozen=True)
class CastMember:
    """Who speaks a voice slot: a voice, and a speaker of it."""

    voice: Voice | EspeakVoice
    """A Piper voice, or espeak-ng when no Piper voice can be had."""

    speaker_id: int | None = None
    """Speaker of a multi-speaker Piper voice; None for single-speaker voices."""

    @property
    def label(self) -> str:
        """``nl_BE-rdh-medium``, or ``nl_NL-mls-medium:12`` for one speaker of many."""
        return self.voice.id if self.speaker_id is None else f"{self.voice.id}:{self.speaker_id}"

    @property
    def engine(self) -> str:
        return self.voice.engine


@dataclass(frozen=True)
class VoiceCast:
    """The voices of one render: the narrator, and the quote voices in turn."""

    narrator: CastMember
    """Speaks the ``narrator`` slot, and any slot it does not know."""

    quotes: tuple[CastMember, ...] = ()
    """Speak ``quote-1``, ``quote-2``, …; beyond the last they start over. Empty: the narrator reads quotes."""

    def member(self, slot: str) -> CastMember:
        """Who speaks ``slot``.

        >>> cast = VoiceCast(CastMember(EspeakVoice("nl")), (CastMember(EspeakVoice("a")), CastMember(EspeakVoice("b"))))
        >>> [cast.member(s).voice.name for s in ("narrator", "quote-1", "quote-2", "quote-3", "heading")]
        ['nl', 'a', 'b', 'a', 'nl']
        """
        number = _quote_number(slot)
        if number is None or not self.quotes:
            return self.narrator
        return self.quotes[(number - 1) % len(self.quotes)]

    def members(self) -> list[CastMember]:
        """Every distinct member, the narrator first."""
        return list(dict.fromkeys((self.narrator, *self.quotes)))

    def labels(self, slots: Iterable[str]) -> list[str]:
        """Voice labels of the members that speak ``slots``, the narrator first, without repeats."""
        used = [self.narrator] + [self.member(slot) for slot in slots]
        return list(dict.fromkeys(member.label for member in used))

    @property
    def engine(self) -> str:
        """``piper`` or ``espeak-ng``: what the narrator speaks with."""
        return self.narrator.engine

    @staticmethod
    def espeak() -> VoiceCast:
        """The fallback cast: espeak-ng's Dutch voice, with variants for quotes."""
        return VoiceCast(CastMember(EspeakVoice(ESPEAK_NARRATOR_VOICE)), tuple(CastMember(EspeakVoice(v)) for v in ESPEAK_QUOTE_VOICES))


@dataclass(frozen=True)
class CastSettings:
    """Which voices to cast, and what to do when one is missing."""

    narrator: str = DEFAULT_VOICE
    """Narrator voice: id, path, optionally ``:SPEAKER``."""

    quotes: tuple[str, ...] = (DEFAULT_QUOTE_VOICE,)
    """Quote voices, handed out in turn; empty means the narrator reads quotes too."""

    voices_dir: Path = Path("voices")
    """Where installed voices live, and where downloads go."""

    download: bool = True
    """Download missing catalogue voices."""

    fallback: bool = True
    """Speak with espeak-ng when the narrator's Piper voice cannot be had."""


class VoiceUnavailable(VoiceError):
    """A catalogue voice that is not installed and could not be downloaded."""

    def __init__(self, message: str, voice: str = "", reason: str = ""):
        super().__init__(message)
        self.voice = voice
        """The voice id."""
        self.reason = reason
        """Why it is missing, e.g. ``is not installed and could not be downloaded (connection refused)``."""

    def __reduce__(self):
        return (type(self), (str(self), self.voice, self.reason))


Downloader = Callable[[str, Path], Path]
"""Installs a catalogue voice id into a directory and returns its model path; raises ``VoiceDownloadError``
when it cannot (or another ``VoiceError`` when the voice it installed does not load)."""

Warn = Callable[[str], None]


def cast_voices(settings: CastSettings, slots: Iterable[str], downloader: Downloader | None = None,
                warn: Warn = lambda message: None, alarm: Warn = lambda message: None) -> VoiceCast:
    """The cast for a script whose segments use ``slots``.

    Only the voices that the script needs are looked up (and downloaded). A
    missing narrator voice that cannot be downloaded makes the whole cast
    espeak-ng, after ``alarm`` (unless ``fallback`` is off, when it is an
    error); a missing quote voice hands its quotes to the other quote voices,
    or to the narrator, and ``warn`` says so.
    """
    slots = set(slots)
    try:
        narrator = _member(settings.narrator, settings, downloader)
    except VoiceUnavailable as exc:
        if not settings.fallback:
            raise
        alarm(fallback_warning(settings, exc))
        return VoiceCast.espeak()
    if not any(_quote_number(slot) for slot in slots):
        return VoiceCast(narrator)
    quotes: list[CastMember] = []
    for spec in settings.quotes:
        try:
            quotes.extend(_quote_members(spec, settings, downloader, narrator))
        except VoiceUnavailable as exc:
            warn(f"quote voice {exc.voice} {exc.reason}, so other voices read its quotes; "
                 f"run `narrate voices download {exc.voice}` to hear it")
    if not quotes and settings.quotes:
        quotes = _narrator_alternatives(narrator)
    return VoiceCast(narrator, tuple(quotes))


def fallback_warning(settings: CastSettings, exc: VoiceUnavailable) -> str:
    ids = [_voice_part(spec) for spec in (settings.narrator, *settings.quotes)]
    command = "narrate voices download " + " ".join(dict.fromkeys(i for i in ids if is_catalogue_id(i)))
    return (
        f"WARNING: no Piper voice available: {exc.voice} {exc.reason}.\n"
        "WARNING: this episode is spoken by espeak-ng's robotic fallback voice instead of a natural Piper voice.\n"
        f"WARNING: to get the natural voice, run `{command}` once while online, then render again "
        "(--no-fallback turns this fallback into an error)."
    )


def parse_voice_spec(spec: str) -> tuple[str, str | None]:
    """Split ``VOICE[:SPEAKER]``.

    >>> parse_voice_spec("nl_NL-mls-medium:12"), parse_voice_spec("voices/x.onnx")
    (('nl_NL-mls-medium', '12'), ('voices/x.onnx', None))
    """
    voice, sep, speaker = spec.rpartition(":")
    if sep and voice and speaker and "/" not in speaker and not speaker.endswith(".onnx"):
        return voice, speaker
    return spec, None


def _member(spec: str, settings: CastSettings, downloader: Downloader | None) -> CastMember:
    name, speaker = parse_voice_spec(spec)
    voice = _obtain(name, settings, downloader)
    return CastMember(voice, voice.speaker_id(speaker))


def _quote_members(spec: str, settings: CastSettings, downloader: Downloader | None,
                   narrator: CastMember) -> list[CastMember]:
    """A multi-speaker quote voice without a speaker lends all its speakers but the narrator's."""
    name, speaker = parse_voice_spec(spec)
    voice = _obtain(name, settings, downloader)
    if speaker is not None or voice.num_speakers <= 1:
        return [CastMember(voice, voice.speaker_id(speaker))]
    members = [CastMember(voice, i) for i in range(voice.num_speakers)]
    return [m for m in members if m != narrator] or members


def _narrator_alternatives(narrator: CastMember) -> list[CastMember]:
    """Quotes with no quote voice: the narrator voice's other speakers, or the narrator itself."""
    voice = narrator.voice
    if isinstance(voice, Voice) and voice.num_speakers > 1:
        return [CastMember(voice, i) for i in range(voice.num_speakers) if i != narrator.speaker_id]
    return []


def _obtain(name: str, settings: CastSettings, downloader: Downloader | None) -> Voice:
    if is_voice_path(name):
        return Voice.load(Path(name))
    model = Path(settings.voices_dir) / f"{name}.onnx"
    if model.exists():
        return Voice.load(model)
    if not is_catalogue_id(name):
        raise VoiceError(
            f"voice {name!r} is not installed in {settings.voices_dir}/ and is no Piper voice id; "
            "see `narrate voices list --available`, or pass --voice PATH.onnx"
        )
    if not settings.download or downloader is None:
        reason = f"is not installed in {settings.voices_dir}/"
        raise VoiceUnavailable(
            f"voice {name} {reason}; run `narrate voices download {name}` or pass --voice PATH.onnx", name, reason)
    try:
        return Voice.load(downloader(name, Path(settings.voices_dir)))
    except VoiceError as exc:
        # A download error says why in a few words; a voice that arrived but does not load says it all.
        cause = exc.cause if isinstance(exc, VoiceDownloadError) else str(exc)
        reason = f"is not installed and could not be downloaded ({cause})"
        raise VoiceUnavailable(
            f"voice {name} {reason}; run `narrate voices download {name}` when online, or pass --voice PATH.onnx",
            name, reason) from None


def _voice_part(spec: str) -> str:
    return parse_voice_spec(spec)[0]


def _quote_number(slot: str) -> int | None:
    if slot.startswith(QUOTE_PREFIX) and slot[len(QUOTE_PREFIX):].isdigit():
        return max(1, int(slot[len(QUOTE_PREFIX):]))
    return None
