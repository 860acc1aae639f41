"""A press release's headline written as a sentence, over the paragraph that opens with its dateline.

A release often types its headline as a sentence with a full stop ("Een wereldprimeur bij het ziekenhuis voor
de behandeling van ..."), so by its shape it is prose and the page would get no title. What tells it is the
paragraph under it: that opens with the place and date the release was sent from ("Brussel, 12 juni 2025 – De
dienst ..."), which only the text's first paragraph does. The line right above it heads the text.

A date line marks the header's end the other way too: the headline stands over it, and a headline-shaped line
under it is a deck or a caption.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..furniture.vocab import MONTHS
from ..letters import CAPITAL
from .lines import Line

RELEASE_HEADLINE_WORDS = 25
"""Words such a headline runs to at most, as a headline written as a sentence."""

_OPENING_DATELINE = re.compile(
    rf"^[{CAPITAL}][\w'’.-]*(?:[ -][{CAPITAL}][\w'’.-]*){{0,2}},\s+(?:\w+dag\s+)?\d{{1,2}}\s+(?i:{MONTHS})\.?\s+\d{{4}}\s*[–—-]+\s+\S"
)
"""A paragraph that opens with the place and the date it was sent from, then a dash: "Brussel, 12 juni 2025 – ..."."""


def heads_dated_release(text: str, below: str | None) -> bool:
    """One sentence with its full stop, capitalised and short, right over a paragraph that opens with its dateline.

    >>> heads_dated_release("Een primeur voor het ziekenhuis.", "Gent, 3 mei 2024 – Het ziekenhuis heeft ...")
    True
    >>> heads_dated_release("Het ziekenhuis opende. Dat was nodig.", "Gent, 3 mei 2024 – Het ziekenhuis heeft ...")
    False
    >>> heads_dated_release("Een primeur voor het ziekenhuis.", "Het ziekenhuis heeft op 3 mei 2024 ...")
    False
    """
    if below is None or not _OPENING_DATELINE.match(below) or not re.search(r"\.['’\"”]?$", text):
        return False
    one_sentence = not re.search(r"[.!?]['’\"”]?\s+\S", text)
    return one_sentence and len(text.split()) <= RELEASE_HEADLINE_WORDS and (text[0].isupper() or text[0] in "‘'\"“„")


def label_over_release(lines: list[Line], i: int, labels: frozenset[str]) -> bool:
    """Line ``i`` is a field's label alone (one of ``labels``: "Persbericht") over such a headline: not the first
    line of the header, which is the headline under it."""
    if i + 2 >= len(lines) or lines[i].text.strip(" :").lower() not in labels:
        return False
    return heads_dated_release(lines[i + 1].text, lines[i + 2].text)


COLON_HEADLINE_WORDS = 15
"""Words the first half of a headline split at its colon has at most."""


def colon_headline(lines: list[Line], i: int) -> bool:
    """Line ``i`` is the first half of a headline broken after its colon ("Conclusies Staten-Generaal
    Verkeersveiligheid:" over "invoering zone 30, meer controles"): capitalised and short, ending in the colon,
    over a line that goes on in lower case with no sentence's end, with the text under that.

    >>> colon_headline([Line("Conclusies van de brugcommissie:", 0), Line("meer fietsers, minder auto's", 0), Line("Tekst.", 1)], 0)
    True
    >>> colon_headline([Line("Volgende stappen:", 0), Line("meer fietsers, minder auto's.", 0), Line("Tekst.", 1)], 0)
    False
    """
    if i + 2 >= len(lines):
        return False
    text, below = lines[i].text.strip(), lines[i + 1].text.strip()
    if not text.endswith(":") or not 3 <= len(text.split()) <= COLON_HEADLINE_WORDS or not text[0].isupper():
        return False
    return below[:1].islower() and not re.search(r"[.!?…]['’\"”]?$", below) and ":" not in text[:-1]


HEADLINE_OVER_DATE_WORDS = 4
"""Words a headline over its date has at least: a shorter line there names the section (a kicker over the headline)."""
DATE_LINES = 2
"""Lines of date and author that stand between a headline and what is set under it."""


def headline_over_date(
    lines: list[Line], best: int | None, first: int, is_byline: Callable[[str], bool], shaped: Callable[[str], bool]
) -> int | None:
    """The headline for the line ``best`` the shape rules chose: the line over the one or two date or author lines
    above it, when that is a headline's shape of four words or more. The header runs headline, date, then the text;
    a headline-shaped line under the date is a deck, a caption or a subhead, not the page's headline.

    >>> top = [Line("Jury van de prijs voor poëzie bekend", 0), Line("10 december 2020", 1), Line("Uitreiking 2015", 2)]
    >>> headline_over_date(top, 2, 0, lambda t: t[:2].isdigit(), lambda t: len(t.split()) > 1)
    0
    >>> headline_over_date([Line("Pers en media", 0)] + top[1:], 2, 0, lambda t: t[:2].isdigit(), lambda t: len(t.split()) > 1)
    2
    """
    if best is None:
        return best
    above = best - 1
    while above >= first and best - above <= DATE_LINES and is_byline(lines[above].text):
        above -= 1
    if above == best - 1 or above < first:
        return best
    text = lines[above].text
    if re.match(r"\d{1,2}[:.]\d{2}\b", text):
        return best  # a programme's row by its time ("20:00 uur Vragen"), over the next row: no headline
    return above if len(text.split()) >= HEADLINE_OVER_DATE_WORDS and shaped(text) and not is_byline(text) else best
