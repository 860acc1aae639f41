"""A press release's headline written as a sentence, over the paragraph that opens with its dateline.

A release often types its headline as a sentence with a full stop ("Een wereldprimeur bij het ziekenhuis voor
de behandeling van ..."), so by its shape it is prose and the page would get no title. What tells it is the
paragraph under it: that opens with the place and date the release was sent from ("Brussel, 12 juni 2025 – De
dienst ..."), which only the text's first paragraph does. The line right above it heads the text.
"""

from __future__ import annotations

import re

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
