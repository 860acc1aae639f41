"""The names a document gives its opening chapter ("Inleiding", "Voorwoord"): a subhead of the text wherever it
stands, never the label of a section of the site, which names a subject ("Natuurbeheer", "Mobiliteit")."""

from __future__ import annotations

from .lines import comparable

OPENING_CHAPTERS = frozenset(
    {"inleiding", "voorwoord", "woord vooraf", "ten geleide", "samenvatting", "managementsamenvatting", "aanleiding",
     "introductie"}
)
"""A report's or a speech's first chapter, by its usual Dutch names."""


def is_opening_chapter(text: str) -> bool:
    """The line is the usual name of a document's first chapter, whatever its case or closing colon.

    >>> is_opening_chapter("Inleiding"), is_opening_chapter("Woord vooraf:"), is_opening_chapter("Natuurbeheer")
    (True, True, False)
    """
    return comparable(text).strip(" :.") in OPENING_CHAPTERS
