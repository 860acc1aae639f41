"""A transcript's speaker set in capitals over their turn ("RUTTE" over "Ik ben een beetje verkouden ..."), once:
the page's other turns are questions run into the text, so the label does not recur as a transcript's labels do.
It is the name the text gives in lower case elsewhere ("minister-president Rutte"), and the turn below it opens in
the first person: who speaks, not a chapter."""

from __future__ import annotations

import re

from ..people import FIRST_PERSON
from .lines import PARAGRAPH, Unit

SPEAKER_CAPS_WORDS = 3
"""Words a speaker's label in capitals runs to: a surname, or a first name and surname."""


def opens_in_first_person(text: str) -> bool:
    """The text's first sentence is in the first person: someone speaking (or answering) for themselves.

    >>> opens_in_first_person("Ons budget komt van de overheid. Dat is vast."), opens_in_first_person("Het budget is vast. Wij ook.")
    (True, False)
    """
    return bool(FIRST_PERSON.search(re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]))


def caps_speaker(units: list[Unit], i: int) -> bool:
    """Unit ``i`` is a name in capitals that the text names elsewhere, over a turn in the first person.

    >>> intro = Unit(PARAGRAPH, "Tekst van de persconferentie van minister Jansen.", 0)
    >>> turn = Unit(PARAGRAPH, "Ik open met het nieuws van vandaag. Daarna de vragen.", 2)
    >>> caps_speaker([intro, Unit("heading", "JANSEN", 1), turn], 1), caps_speaker([intro, Unit("heading", "OVERZICHT", 1), turn], 1)
    (True, False)
    """
    text = units[i].text.strip()
    if not text.isupper() or len(text.split()) > SPEAKER_CAPS_WORDS or i + 1 >= len(units):
        return False
    below = units[i + 1]
    if below.kind != PARAGRAPH or not opens_in_first_person(below.text):
        return False
    name = re.compile(rf"\b{re.escape(text.title())}\b")
    return any(name.search(unit.text) for k, unit in enumerate(units) if k != i)
