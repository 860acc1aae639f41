"""A page that lists dated entries: an overview, a blog's archive, a month of news, with no headline of its own.

Each entry is a headline with its date right above or below it, and a few lines of its text. The title rules
take the first entry's headline for the page's, since it stands where a headline would; but the page names none
of its entries, so it has no title, unless a short label of its own stands over the first ("Kamernieuws",
"Archief opinie 2012"): that names the page. An article has one date under its headline and a long text after it;
the entries of an overview follow each other within a few lines, from the top on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..furniture.shape import has_date, is_date_line
from .labels import GENRES
from .lines import HEADING, Line
from .title import TitleChoice, is_chrome, is_headline_shaped, is_prose, is_ui_line, names_a_section

KINDS = frozenset({"persbericht", "nieuwsbericht", "perscommuniqué", "communiqué"})
"""The kinds of post a site publishes, set over one post's headline like a genre."""

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


LABEL_WORDS = 4
"""Words at most in a page's own label ("Kamernieuws", "Archief opinie 2012"): a name, not a headline's claim."""


def _teasers(lines: list[Line], head: int, is_byline: Callable[[str], bool]) -> int:
    """How many entries follow each other from ``head`` on: a headline-shaped line, its date maybe, and one
    paragraph of prose, the next headline right after. An article's sections run longer, its lead too."""
    count, i = 0, head
    while i + 1 < len(lines) and _entry_head(lines[i].text, is_byline):
        j = i + 1 + _dated(lines[i + 1].text, is_byline)
        if not (j < len(lines) and is_prose(lines[j].text)) or (j + 1 < len(lines) and is_prose(lines[j + 1].text)):
            break
        count, i = count + 1, j + 1
    return count


def is_page_label(text: str) -> bool:
    """A short name standing alone: capitalised, no sentence, no date, not a genre or section over one article.

    >>> is_page_label("Kamernieuws"), is_page_label("Archief opinie 2012"), is_page_label("Actuele ontwikkelingen")
    (True, True, True)
    >>> is_page_label("Interview"), is_page_label("Persbericht"), is_page_label("12 mei 2021"), is_page_label("Home | Nieuws")
    (False, False, False, False)
    """
    words = text.split()
    return (
        1 <= len(words) <= LABEL_WORDS and text[:1].isupper() and not re.search(r"[.,;:!?|»›>/]", text)
        and text.lower() not in GENRES | KINDS and not names_a_section(text)
        and not (is_date_line(text) or is_ui_line(text)) and bool(re.search(r"[^\W\d_]{3}", text))
    )


def label_over_entries(
    lines: list[Line], picked: TitleChoice, bylines: list[str], is_byline: Callable[[str], bool]
) -> tuple[TitleChoice, list[Line]]:
    """The title of a page whose line picked as headline heads a list of entries (see ``untitled_list``); and its own
    label is its title where that line is the first of ``ENTRIES`` one-paragraph teasers and a short label stands right
    above it, the first line under the chrome: an overview names itself, its entries are headings (a kicker over an
    article heads a longer text). The first entry's headline is then marked a heading, as the later ones are by their place."""
    choice, head = untitled_list(lines, picked, bylines, is_byline), picked.index
    if head is None or head == 0 or not is_page_label(lines[head - 1].text):
        return choice, lines
    if not all(is_chrome(lines, k, is_byline) for k in range(head - 1)) or _teasers(lines, head, is_byline) < ENTRIES:
        return choice, lines
    marked = [*lines[:head], replace(lines[head], hint=HEADING), *lines[head + 1 :]]
    return replace(choice, index=head - 1, body=min(choice.body, head)), marked
