"""A headline that quotes someone: a short head, a colon and their sentence in marks.

"20 jaar brug: ‘We bouwden hem met de hand.’" closes with a full stop inside its marks, so by its shape it is
prose, and the title rules would pass over it to take a line of the site's chrome above it. A paragraph of the
text does not open that way: its quote follows a clause ("zegt ze:"), or the words run on after the marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..furniture.shape import has_date
from ..furniture.vocab import FINITE_VERBS
from ..people import is_full_name

QUOTE_HEADLINE_WORDS = 25
"""Words such a headline runs to at most, as a headline written as a sentence."""

_QUOTE_HEADLINE = re.compile(r"(?P<head>[^:‘’“”\"„']{3,60}):\s*[‘“\"„'][^‘’“”\"„]{10,200}[.!?…][’”\"']")


def is_quote_headline(text: str) -> bool:
    """A short head, a colon and one sentence in marks ("20 jaar brug: ‘We bouwden hem met de hand.’"): its full
    stop stands inside the marks, so the line reads as prose, but no paragraph opens the text that way.

    >>> is_quote_headline("20 jaar brug: ‘We bouwden hem met de hand.’"), is_quote_headline("Ze zei: ‘Dat klopt. Echt.’")
    (True, False)
    """
    m = _QUOTE_HEADLINE.fullmatch(text.strip())
    if not m or len(text.split()) > QUOTE_HEADLINE_WORDS or re.search(r"[.!?]\s", text[m.end("head") :]):
        return False
    head = m.group("head").split()
    return len(head) <= 5 and (text[0].isupper() or text[0].isdigit()) and not any(w.lower() in FINITE_VERBS for w in head)


_WHOLLY_QUOTED = re.compile(r"[\"“„‘'«][^\"“”„‘’«»]{10,200}[\"”’'»]")


def is_wholly_quoted(text: str) -> bool:
    """A line that is all someone's words, between one pair of marks: a headline that quotes its guest, never a
    photo's caption, which says what the picture shows.

    >>> is_wholly_quoted('"Samen de brug bouwen, dat spreekt mensen aan"'), is_wholly_quoted("De brug, die in mei opent, ligt er")
    (True, False)
    """
    return bool(_WHOLLY_QUOTED.fullmatch(text.strip()))


QUOTED_HEADLINE_WORDS = 30
"""Words a headline that is all a guest's words runs to at most: a sentence or two."""


def quote_over_meta(text: str, below: str | None, is_prose: Callable[[str], bool]) -> bool:
    """The first line is all someone's words, between one pair of marks, over a line that is no prose, names no
    one and dates the page (its sender and date): a headline that quotes its guest. A paragraph of the text has
    more text under it, and a pull quote its speaker's name.

    >>> prose = lambda t: t.endswith(".")
    >>> quote_over_meta("“De brug is klaar. We zijn trots.”", "Stad Gent – laatst gewijzigd op 3 mei 2024", prose)
    True
    >>> quote_over_meta("“De brug is klaar. We zijn trots.”", "Mia Claes, schepen van Mobiliteit, 3 mei 2024", prose)
    False
    """
    if below is None or not is_wholly_quoted(text) or len(text.split()) > QUOTED_HEADLINE_WORDS or is_prose(below):
        return False
    return has_date(below) and not is_full_name(below.split(",")[0].strip())
