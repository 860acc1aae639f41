"""Project settings from ``narrate.toml``, checked strictly.

A typo in a settings file should fail loudly, naming the key, rather than
be silently ignored::

    [programme]
    title = "De Ochtendbriefing"
    author = "Redactie"

    [script]
    language = "nl-BE"
    summary = true

    [voices]
    narrator = "nl_BE-nathalie-medium"
    quotes = ["nl_BE-rdh-medium"]

    [briefing]
    feeds = ["https://www.vrt.be/vrtnws/nl.rss.articles.xml"]
    minutes = 15

    [publish]
    to = "webdav://example.org/podcast"

Command-line options win over the file; the file wins over the defaults.
"""

from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .programme import Programme

SETTINGS_FILE = "narrate.toml"


@dataclass(frozen=True)
class ScriptSettings:
    """How articles are written for the ear; None leaves the script stage's default."""

    language: str | None = None
    """``nl-BE`` (Flemish, the default) or ``nl-NL`` (Dutch) speech."""

    summary: bool | None = None
    """Read the summary box (questions and answers); on by default."""

    intro: bool | None = None
    """Open with programme, date and headline(s); on by default."""

    outro: bool | None = None
    """Close with source and credits; on by default."""

    lexicon: str | None = None
    """A project pronunciation lexicon, applied after the shipped one."""


@dataclass(frozen=True)
class VoiceSettings:
    """Which voices speak which role, and how; None leaves the voice and synthesis stages' defaults."""

    narrator: str | None = None
    """Narrator voice id or ``.onnx`` path (default: ``nl_BE-nathalie-medium``)."""

    quotes: list[str] | None = None
    """Quote voices, handed to speakers in order of appearance (default: ``nl_BE-rdh-medium``)."""

    speed: float | None = None
    """Piper length scale: above 1 speaks slower (default: the voice's own)."""

    noise_scale: float | None = None
    """Piper generator noise; 0 makes the audio deterministic."""

    noise_w: float | None = None
    """Piper phoneme-duration noise; 0 makes timing deterministic."""

    sentence_pause_ms: int | None = None
    """Silence between sentences of one paragraph (default: 200)."""

    paragraph_pause_ms: int | None = None
    """Silence after a paragraph (default: the script's own, 600)."""


@dataclass(frozen=True)
class BriefingSettings:
    """The daily briefing from news feeds; None leaves the briefing's defaults."""

    feeds: list[str] | None = None
    """The feeds' addresses (RSS or Atom), in the order their stories are read."""

    minutes: float | None = None
    """How long the briefing should be (default: 15 minutes)."""

    max_stories: int | None = None
    """At most this many stories (default: 10)."""


@dataclass(frozen=True)
class PublishSettings:
    """Where ``narrate publish`` copies the episodes when no destination is given."""

    to: str | None = None
    """A folder, ``webdav://``, ``webdavs://`` or ``sftp://`` address (no credentials: those come from the
    environment and ~/.ssh)."""


@dataclass(frozen=True)
class Settings:
    """Everything ``narrate.toml`` can set."""

    programme: Programme = field(default_factory=Programme)
    """The podcast: title, author, description, feed language, base URL."""

    script: ScriptSettings = field(default_factory=ScriptSettings)
    """Script writing."""

    voices: VoiceSettings = field(default_factory=VoiceSettings)
    """Voices per role."""

    briefing: BriefingSettings = field(default_factory=BriefingSettings)
    """The daily briefing: feeds, length, number of stories."""

    publish: PublishSettings = field(default_factory=PublishSettings)
    """Where ``narrate publish`` publishes to."""

    @staticmethod
    def load(path: Path | None = None) -> Settings:
        """Read ``path``, or ``narrate.toml`` in the current directory if it exists."""
        if path is None:
            path = Path(SETTINGS_FILE)
            if not path.exists():
                return Settings()
        return settings_from_toml(_read_toml(Path(path)), str(path))


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"settings file {path} does not exist; check the path or create it") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"settings file {path} is not valid TOML ({exc}); fix that line") from None


def settings_from_toml(data: dict, source: str = SETTINGS_FILE) -> Settings:
    """Build ``Settings`` from parsed TOML, rejecting unknown keys and wrong types.

    >>> settings_from_toml({"programme": {"title": "Ochtend"}}).programme.title
    'Ochtend'
    >>> settings_from_toml({"programme": {"titel": "Ochtend"}})
    Traceback (most recent call last):
    narrate.errors.InputError: narrate.toml: unknown setting 'programme.titel'; known: programme.author, programme.base_url, programme.category, programme.description, programme.email, programme.explicit, programme.image, programme.language, programme.locked, programme.title, programme.type
    """
    return _build(Settings, data, source, "")


def _build(cls, data: dict, source: str, prefix: str):
    if not isinstance(data, dict):
        raise InputError(f"{source}: '{prefix.rstrip('.')}' must be a table ([{prefix.rstrip('.')}]); fix its type")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        known = ", ".join(prefix + name for name in sorted(fields))
        raise InputError(f"{source}: unknown setting '{prefix}{unknown[0]}'; known: {known}")
    hints = typing.get_type_hints(cls)
    values = {name: _value(hints[name], value, source, prefix + name) for name, value in data.items()}
    return cls(**values)


def _value(hint, value, source: str, key: str):
    if dataclasses.is_dataclass(hint):
        return _build(hint, value, source, key + ".")
    if _accepts(hint, value):
        return value
    raise InputError(f"{source}: setting '{key}' must be {_describe(hint)}, not {value!r}; fix its value")


def _accepts(hint, value) -> bool:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_accepts(arg, value) for arg in typing.get_args(hint))
    if origin is list:
        (item,) = typing.get_args(hint)
        return isinstance(value, list) and all(_accepts(item, v) for v in value)
    if hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint)


def _describe(hint) -> str:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_describe(a) for a in typing.get_args(hint) if a is not type(None))
    if origin is list:
        return "a list of " + _PLURALS.get(typing.get_args(hint)[0], "values")
    return {str: "a string", bool: "true or false", int: "a whole number", float: "a number"}.get(hint, str(hint))


_PLURALS = {str: "strings", int: "whole numbers", float: "numbers", bool: "booleans"}
