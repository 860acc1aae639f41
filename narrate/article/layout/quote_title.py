"""A headline that quotes someone: a short head, a colon and their sentence in marks.

"20 jaar brug: ‘We bouwden hem met de hand.’" closes with a full stop inside its marks, so by its shape it is
prose, and the title rules would pass over it to take a line of the site's chrome above it. A paragraph of the
text does not open that way: its quote follows a clause ("zegt ze:"), or the words run on after the marks.
"""

from __future__ import annotations

import re

from ..furniture.vocab import FINITE_VERBS

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
