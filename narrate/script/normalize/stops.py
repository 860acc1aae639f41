# SPDX-License-Identifier: GPL-3.0-or-later
"""Whether an abbreviation's full stop also ends the sentence."""

from __future__ import annotations

import re

# Capitalised words that start sentences; a capital letter and a full stop before
# one of these is more likely the end of a sentence ("plan B. Daarna") than an initial.
SENTENCE_STARTERS = frozenset(
    "Dat Die Dit Deze Het Een Ook Maar En Of In Op Hij Zij Ze We Wij Ik Je Er Daarna Toen "
    "Volgens Zo Als Na Bij Met Voor Om Niet Nog Wat Wie Waar Hoe Dan Zijn Haar Hun Want "
    "Daar Hier Nu Sinds Tijdens Door Uit Tot Aan Over Wel Geen Alle Veel Meer Ook The "
    "Intussen Ondertussen Bovendien Tegen Dus Pas Sindsdien Alleen Tussen Wegens Binnen Buiten "
    "Boven Verder Misschien Zelfs Vervolgens Anders Steeds Telkens Helaas Vaak Soms Opnieuw "
    "Enkele Sommigen Anderen Velen Beiden Daarvoor Daarbij Daarmee Daarnaast Daarentegen Toch Eerst".split()
)
# A capitalised plural after an amount is what it counts ('2 mln. Vlamingen'), unless it starts a sentence.
_COUNTED = re.compile(r"['\")\]]*\s+([A-Z][a-zà-ÿ]+(?:en|s))\b")


def stop_follows(text: str, end: int, counted: bool = False) -> bool:
    """True where an abbreviation's full stop also ends the sentence.  After an amount
    (``counted``) a capitalised plural is taken for what it counts, not a new sentence.

    >>> stop_follows("enz. Daarna", 4), stop_follows("enz. en", 4)
    (True, False)
    >>> stop_follows("2 mln. Vlamingen", 6, counted=True), stop_follows("2 mln. Volgens", 6, counted=True)
    (False, True)
    """
    if counted and (m := _COUNTED.match(text, end)) and m.group(1) not in SENTENCE_STARTERS:
        return False
    return re.match(r"['\")\]]*(?: *(?:$|\n)|\s+[A-Z])", text[end:]) is not None


def keep_stop(words: str, m: re.Match, had_stop: bool | str | None, counted: bool = False) -> str:
    """An expanded abbreviation keeps its full stop only where the stop also ended the sentence."""
    return words + "." if had_stop and stop_follows(m.string, m.end(), counted) else words
