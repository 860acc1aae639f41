"""A line at the top of the body that says the headline again, shortened, reordered or with a few words more;
and the page's name that may stand over a headline said twice.

A page sets its headline twice: once as the title, once over the text, reordered ("Jaarverslag CBS 2021" under
"CBS Jaarverslag 2021"), shortened ("Lectoren Janssen Brouwers" under "Lectoren Janine Janssen en Jos Brouwers:
...") or with a date or a phrase around it ("Artikels van Simon Grymonprez" under "Simon Grymonprez"). Said as a
subhead, the listener hears the headline again and a chapter that is none. Two of the title's words alone
("Voornaamste resultaten" under "Voornaamste resultaten van de Raad") are as often the text's first subhead, and
stay one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..furniture.shape import SECOND_PERSON
from ..furniture.vocab import FINITE_VERBS
from .lines import Line, comparable

REPEAT_AT_TOP = 2
"""Units of the body a repeat of the headline stands within: further down, a line with the title's words is a subhead."""

REPEAT_MIN_WORDS = 2
"""Words a title has at least for a line holding them to be its repeat; a one-word title may head a chapter too."""


REPEAT_EXTRA_WORDS = 3
"""Words a repeat adds to the title at most (a date, "Artikels van"); a line that goes on longer ("Gewoon bijzonder:
Luurt Glas van ..." under "Gewoon bijzonder") is an entry of the series the title names, or text."""


SHORTENED_MIN_WORDS = 3
"""Words a line made only of the title's words has at least to be its shortened repeat; two of them ("Voornaamste
resultaten", "Debat samengevat") as often head the text's first part."""


def repeats_title(text: str, title: str | None) -> bool:
    """The line holds all the title's words and few more, or three or more of them and nothing else: the headline
    said again.

    >>> repeats_title("Artikels van Simon Grymonprez", "Simon Grymonprez"), repeats_title("Jaarverslag CBS 2021", "CBS Jaarverslag 2021")
    (True, True)
    >>> repeats_title("Nieuwe brug", "Gemeente opent de nieuwe brug"), repeats_title("Brug open: de eerste fietsers rijden over", "Brug open")
    (False, False)
    >>> repeats_title("Gemeente opent brug", "Gemeente opent de nieuwe brug")
    True
    """
    if not title:
        return False
    words, title_words = set(comparable(text).split()), set(comparable(title).split())
    if len(words) >= SHORTENED_MIN_WORDS and words < title_words:
        return True  # "Lectoren Janssen Brouwers" under "Lectoren Janine Janssen en Jos Brouwers: ..."
    return len(title_words) >= REPEAT_MIN_WORDS and title_words <= words and len(words - title_words) <= REPEAT_EXTRA_WORDS


PAGE_NAME_WORDS = (4, 8)
"""Words a page's name over its repeated headline has: fewer is a section's kicker, more a menu run into one line."""
def name_over_repeat(lines: list[Line], i: int, chrome: Callable[[int], bool]) -> int:
    """The headline for a page that says line ``i`` twice: that line, unless the page's name stands right over its
    first copy, a phrase of four to eight words with no verb, no separator and no word to the reader ("Structuur
    van de bevolking" over "België telde 11 miljoen inwoners", said twice); the name then heads the page and the
    repeated line is its lead's headline.

    >>> top = [Line("Structuur van de bevolking", 0), Line("België telde elf miljoen inwoners", 1)]
    >>> name_over_repeat(top, 1, lambda k: False), name_over_repeat([Line("Bekijk deze brief in je browser", 0)] + top[1:], 1, lambda k: False)
    (0, 1)
    """
    if i == 0 or chrome(i - 1):
        return i
    above = lines[i - 1].text
    words = re.findall(r"[\w'’-]+", above.lower())
    low, high = PAGE_NAME_WORDS
    if not low <= len(above.split()) <= high or not above[:1].isupper() or re.search(r"[.!?:;,]$|\s[|·•/]\s", above):
        return i
    # Words that address the reader make a link or a button ("Bekijk deze nieuwsbrief in je browser"), no page's name.
    if any(w in FINITE_VERBS for w in words) or SECOND_PERSON.search(above) or comparable(lines[i].text) in comparable(above):
        return i
    return i - 1
