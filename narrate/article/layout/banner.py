"""A notice set above the headline: the headline is the line over its date.

A site puts a banner between its menu and the article: a corona notice, a
closure, a service message, each a short head over a few sentences and
often a button ("Klik hier voor meer informatie"). Its head is shaped as a
headline and its sentences as a lead, so the title rules take them for the
article's. What tells the article's headline is the line under it: its
date or reading time, then the text. A banner has no date line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .. import furniture
from ..furniture.shape import has_date, is_date_line
from .bylines import is_meta_part
from .lines import Line, comparable
from .title import TitleChoice, is_headline_shaped, is_prose

BANNER_WORDS = 200
"""Prose words a banner above the headline runs to: a notice of a few sentences (each language's, at most)."""

HEADLINE_WITHIN = 12
"""Lines from the top within which the headline under a banner stands."""

DATED_HEADLINE_WORDS = 3
"""Words a headline over its date has at least: a shorter line over a date is a label ("Praktische info" over
the day of an event)."""

_QUOTE = re.compile(r"[“”„\"«»]")
"""Double quote marks: someone's words, which a notice does not report and an article's opening often does."""


def _dates_it(text: str, is_byline: Callable[[str], bool]) -> bool:
    """A meta line that says when, or how long to read, not only who: a chapter's subhead has its author under it
    too ("Door Jan Peeters")."""
    return furniture.classify_line(text) == furniture.READING_TIME or is_byline(text) and has_date(text) or is_date_line(text)


def dated_headlines(lines: list[Line], is_byline: Callable[[str], bool]) -> set[str]:
    """Lines (comparable) shaped as a headline that stand right over a date or reading-time line: read before
    the furniture is cut, since a reading time goes with it."""
    return {
        comparable(line.text)
        for line, below in zip(lines, lines[1:])
        if _dates_it(below.text, is_byline)
        and is_headline_shaped(line.text)
        and len(line.text.split()) >= DATED_HEADLINE_WORDS
        and not is_meta_part(line.text, is_byline)
        and furniture.classify_line(line.text) is None
    }


def below_banner(
    lines: list[Line], choice: TitleChoice, dated: set[str], repeated: set[str], is_byline: Callable[[str], bool]
) -> TitleChoice:
    """The headline over its date line (``dated``), where the title rules took a notice above it, or nothing:
    some prose stands between the line they chose (or the top) and that headline, less than the page has from
    there on, with no date line and no one's words in it; and only dates, authors and chrome stand between that
    headline and the text. The notice then goes with the chrome (``banner``)."""
    start = 0 if choice.index is None else choice.index
    if choice.index is not None and comparable(lines[choice.index].text) in dated | repeated:
        return choice  # the chosen line has its own date under it, or the page says it twice
    at = next((i for i in range(start, min(len(lines), HEADLINE_WITHIN)) if comparable(lines[i].text) in dated), None)
    if at is None or at == choice.index:
        return choice
    if any(is_meta_part(line.text, is_byline) for line in lines[:at]) or sum(comparable(line.text) in dated for line in lines) > 1:
        return choice  # a list of entries, each with its date: the prose above is the entry before
    if any(_QUOTE.search(line.text) for line in lines[start:at]):
        return choice
    words = [len(line.text.split()) if is_prose(line.text) else 0 for line in lines]
    if not 0 < sum(words[:at]) <= min(BANNER_WORDS, sum(words[at:])):
        return choice
    text = next((i for i in range(at + 1, len(lines)) if not is_meta_part(lines[i].text, is_byline)), None)
    if text is None or not is_prose(lines[text].text):
        return choice
    return replace(choice, index=at, body=text, banner=True)


def article_above(lines: list[Line]) -> bool:
    """The article's prose stands above the headline the markup names: paragraphs of it, when that headline is a
    subhead further down ("Dit is Fluvia."), or one paragraph of a standfirst's length, the teaser a page sets over
    its headline.

    >>> article_above([Line("Home", 0), Line(" ".join(["De provincie koopt twaalf hectare grond aan."] * 8), 1)])
    True
    >>> article_above([Line("Home", 0), Line("De provincie koopt twaalf hectare grond aan voor proefvelden.", 1)])
    False
    """
    sizes = [len(line.text.split()) for line in lines if is_prose(line.text)]
    return sum(1 for n in sizes if n >= 15) >= 2 or any(n >= STANDFIRST_ABOVE_WORDS for n in sizes)


STANDFIRST_ABOVE_WORDS = 50
"""Words of one paragraph above the headline that make it the article's standfirst, not the page's chrome."""
