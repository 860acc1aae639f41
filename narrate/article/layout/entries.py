"""A page that lists dated entries: an overview, a blog's archive, a month of news, with no headline of its own.

Each entry is a headline with its date right above or below it, and a few lines of its text. The title rules
take the first entry's headline for the page's, since it stands where a headline would; but the page names none
of its entries, so it has no title. An article has one date under its headline and a long text after it; the
entries of an overview follow each other within a few lines, from the top on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..furniture.shape import has_date, is_date_line
from .lines import Line
from .title import TitleChoice, is_headline_shaped, is_prose

ENTRY_GAP = 4
"""Lines at most from one entry's date to the next one's: a teaser of a paragraph or two, not an article's text."""

ENTRIES = 3
"""Dated entries in a row, the chosen headline's the first of them, that make the page a list of them."""


def _dated(text: str, is_byline: Callable[[str], bool]) -> bool:
    """A line that says when: a date alone or with its author or place ("2 juni 2021 Boswachter Jan in ...")."""
    return is_date_line(text) or (is_byline(text) and has_date(text))


def _entry_dates(lines: list[Line], is_byline: Callable[[str], bool]) -> list[int]:
    """The date lines (indexes) that stand right above or below a headline-shaped line, with prose within two lines."""
    found = []
    for j, line in enumerate(lines):
        if not _dated(line.text, is_byline):
            continue
        heads = [k for k in (j - 1, j + 1) if 0 <= k < len(lines) and _entry_head(lines[k].text, is_byline)]
        if heads and any(is_prose(lines[k].text) for k in range(j + 1, min(len(lines), j + 4))):
            found.append(j)
    return found


def _entry_head(text: str, is_byline: Callable[[str], bool]) -> bool:
    return is_headline_shaped(text.lstrip("•·-– ")) and not _dated(text, is_byline)


def untitled_list(lines: list[Line], choice: TitleChoice, bylines: list[str], is_byline: Callable[[str], bool]) -> TitleChoice:
    """No headline where the chosen one heads the first of ``ENTRIES`` dated entries that follow each other within
    ``ENTRY_GAP`` lines: the page lists them. The first entry's date may have gone to the byline (``bylines``), from
    the top line above it."""
    if choice.index is None:
        return choice
    dates = _entry_dates(lines, is_byline)
    own = [j for j in dates if abs(j - choice.index) == 1]
    if not own and not (choice.index == 0 and any(has_date(line) for line in bylines)):
        return choice
    row = [own[0] if own else choice.index] + [j for j in dates if j > choice.index + 1][: ENTRIES - 1]
    if len(row) < ENTRIES or any(b - a > ENTRY_GAP for a, b in zip(row, row[1:])):
        return choice
    return replace(choice, index=None)
