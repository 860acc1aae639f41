"""A line at the top of the body that says the headline again with more around it.

A page sets its headline twice: once as the title, once over the text, reordered ("Jaarverslag CBS 2021" under
"CBS Jaarverslag 2021") or with a date or a phrase around it ("Artikels van Simon Grymonprez" under "Simon
Grymonprez"). Said as a subhead, the listener hears the headline again and a chapter that is none. A line with
only some of the title's words ("Voornaamste resultaten" under "Voornaamste resultaten van de Raad") is as often
the text's first subhead, and stays one.
"""

from __future__ import annotations

from .lines import comparable

REPEAT_AT_TOP = 2
"""Units of the body a repeat of the headline stands within: further down, a line with the title's words is a subhead."""

REPEAT_MIN_WORDS = 2
"""Words a title has at least for a line holding them to be its repeat; a one-word title may head a chapter too."""


REPEAT_EXTRA_WORDS = 3
"""Words a repeat adds to the title at most (a date, "Artikels van"); a line that goes on longer ("Gewoon bijzonder:
Luurt Glas van ..." under "Gewoon bijzonder") is an entry of the series the title names, or text."""


def repeats_title(text: str, title: str | None) -> bool:
    """The line holds all the title's words and few more: the headline said again.

    >>> repeats_title("Artikels van Simon Grymonprez", "Simon Grymonprez"), repeats_title("Jaarverslag CBS 2021", "CBS Jaarverslag 2021")
    (True, True)
    >>> repeats_title("Nieuwe brug", "Gemeente opent de nieuwe brug"), repeats_title("Brug open: de eerste fietsers rijden over", "Brug open")
    (False, False)
    """
    if not title:
        return False
    words, title_words = set(comparable(text).split()), set(comparable(title).split())
    return len(title_words) >= REPEAT_MIN_WORDS and title_words <= words and len(words - title_words) <= REPEAT_EXTRA_WORDS
