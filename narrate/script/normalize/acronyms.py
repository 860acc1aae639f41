# SPDX-License-Identifier: GPL-3.0-or-later
"""Acronyms: spelled letter by letter unless espeak says them right as a word."""

from __future__ import annotations

import re


# Read as words, not spelled: espeak pronounces these right as they stand.
ACRONYM_WORDS = frozenset(
    "NAVO NATO UNESCO UNICEF NASA AIDS OPEC ASEAN FIFA UEFA COVID SARS MERS NAFTA EFTA CERN ESA "
    "OESO UNIZO VOKA RIZIV BOZAR ISIS HAMAS NIMBY FARC ETA SHAPE UNRWA NASDAQ UNIA VUB PISA SWIFT "
    "LIDAR RADAR LASER SIM PIN VAR MAGA AVRO MAX DENK VOLT GROEN INBEV FEMEN ACOD NEOS BRUZZ".split()
)
_SPOKEN_AS = {"OK": "oké"}
_ACRONYM = re.compile(r"(?=[A-Z])(?<!\w)([A-Z]{2,5})(s?)(?!\w)")
# Capitals shouted for emphasis ('LEES OOK', 'BREAKING NEWS'): words, not acronyms.
# A run counts as shouting only with a word of four letters or more ('VRT NWS' is spelled).
_SHOUTING = re.compile(r"\b[A-Z]{2,}(?: +[A-Z]{2,})+\b")


def _spell(letters: str) -> str:
    """Capitals apart: espeak says a lone capital as its Dutch letter name.

    >>> _spell("CEO")
    'C E O'
    """
    return " ".join(letters)


def say_acronyms(text: str) -> str:
    """Spell out all-capital tokens espeak would read as a word.

    >>> say_acronyms("De CEO van de NAVO en de FBI-agenten, NGOs")
    'De C E O van de NAVO en de F B I-agenten, N G Os'
    """
    shouting = [m.span() for m in _SHOUTING.finditer(text) if re.search(r"[A-Z]{4}", m.group())]

    def acronym(m: re.Match) -> str:
        letters, plural = m.groups()
        if letters in ACRONYM_WORDS or any(a <= m.start() < b for a, b in shouting):
            return m.group()
        if letters in _SPOKEN_AS:
            return _SPOKEN_AS[letters] + plural
        return _spell(letters) + plural
    return _ACRONYM.sub(acronym, text)
