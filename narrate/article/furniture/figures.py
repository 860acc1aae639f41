"""Lines made of figures: a phone or a post box, a registration number, a row of a statistics table, a volume and
its number. Their digits outweigh their words, and no word of theirs is in lower case: a subhead with a year in it
("Van 2019 tot 2023", "2000 gebruikers") has words to say."""

from __future__ import annotations

import re

from .shape import has_date

FIGURES_WORDS = 8
"""Words a line of figures runs to at most: a row, not a table flattened into a paragraph."""


def is_figures_row(text: str) -> bool:
    """Half or more of the line's words hold a digit, two of them other than a year, at least three words, and none
    is a lower-case word.

    >>> is_figures_row("Postbus 12, 2240 Zandhoven"), is_figures_row("GSM 0475 12 34 56"), is_figures_row("Van 2019 tot 2023")
    (True, True, False)
    >>> is_figures_row("Zandhoven 12.345 1,2%"), is_figures_row("2000 gebruikers, 20 miljoen bevragingen")
    (True, False)
    >>> is_figures_row("Bestuursovereenkomst 2021 - 2023")
    False
    """
    words = text.split()
    # a date goes by the date rules, which know a byline's or an entry's stamp from the page's
    if not 3 <= len(words) <= FIGURES_WORDS or re.search(r"[.!?…:]['’\"”»)]?$", text.strip()) or has_date(text):
        return False
    digits = sum(1 for w in words if re.search(r"\d", w))
    lower = any(re.fullmatch(r"[a-zà-ÿ][\w'’-]{2,}[,;]?", w) for w in words)
    # Years alone make a report's or a period's name ("Bestuursovereenkomst 2021 - 2023"), which may be the title.
    counts = [w for w in words if re.search(r"\d", w) and not re.fullmatch(r"(?:19|20)\d\d[,;]?", w)]
    return digits * 2 >= len(words) and not lower and len(counts) >= 2
