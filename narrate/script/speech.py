"""The text-as-spoken function a script is written with: normaliser plus lexicon."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError


LANGUAGES = ("nl-BE", "nl-NL")
"""Flemish and Dutch speech."""

DEFAULT_LANGUAGE = LANGUAGES[0]


@dataclass(frozen=True)
class Speech:
    """Turns text as written into text as spoken, for one language variant."""

    language: str
    """``nl-BE`` or ``nl-NL``."""

    lexicon: object
    """The pronunciation lexicon (``narrate.script.lexicon.Lexicon``)."""

    def __call__(self, text: str) -> str:
        from .normalize import normalize

        return normalize(text, self.language, lexicon=self.lexicon)


@functools.cache
def load_speech(language: str = DEFAULT_LANGUAGE, project_lexicon: str | None = None) -> Speech:
    """The shipped lexicon plus the project's own, for ``language``."""
    from .lexicon import SHIPPED_LEXICON_PATH, Lexicon

    paths = [p for p in (SHIPPED_LEXICON_PATH, Path(project_lexicon) if project_lexicon else None) if p]
    if project_lexicon and not Path(project_lexicon).is_file():
        raise InputError(f"lexicon {project_lexicon} does not exist; check the path in narrate.toml or --lexicon")
    try:
        lexicon = Lexicon.load(*[p for p in paths if p.is_file()])
    except ValueError as exc:
        raise InputError(str(exc)) from None
    if language not in LANGUAGES:
        raise InputError(f"unknown language {language!r}; use nl-BE (Flemish) or nl-NL (Dutch)")
    return Speech(language=language, lexicon=lexicon)
