# SPDX-License-Identifier: GPL-3.0-or-later
"""Acronyms: spelled letter by letter unless espeak says them right as a word."""

from __future__ import annotations

import re


# Read as words, not spelled: espeak pronounces these right as they stand.
ACRONYM_WORDS = frozenset(
    "NAVO NATO UNESCO UNICEF NASA AIDS OPEC ASEAN FIFA UEFA COVID SARS MERS NAFTA EFTA CERN ESA "
    "OESO UNIZO VOKA RIZIV BOZAR ISIS HAMAS NIMBY FARC ETA SHAPE UNRWA NASDAQ UNIA VUB PISA SWIFT "
    "LIDAR RADAR LASER SIM PIN VAR MAGA AVRO MAX DENK VOLT GROEN INBEV FEMEN ACOD NEOS BRUZZ "
    # Belgian campaigns and fines said as words ('de BOB-campagne', 'een GAS-boete')
    "BOB GAS SABAM "
    # brands written in capitals and said as words
    "IKEA LEGO ALDI HEMA ZARA FIAT DAF SONY ABBA".split()
)
# Dutch words written in capitals, for emphasis ('Het was NIET de bedoeling') or as a label
# ('VIDEO:', 'KIJK:'): said as the words they are.  Not 'IS' or 'OM' ('IS-strijders', 'het OM').
CAPITALISED_WORDS = frozenset(
    "VIDEO AUDIO FOTO LIVE NIEUW KIJK LEES ZIE OOK HIER NU UPDATE EXTRA QUIZ TEST POLL TIP TIPS "
    "HEEL ZEER NIET NEE JA ECHT STOP GEEN WEL NOG NOOIT ALTIJD ALLES ALLE ELKE VEEL MEER GOED FOUT "
    "JUIST WAAR WAT WIE HOE DIT DAT HET EEN EN OF MAAR TOCH PAS LET WEG UIT AAN TOP FLOP HELP SORRY "
    "DANK GROOT KLEIN SNEL HOOG LAAG VRIJ DOOD ZELF HOOR".split()
)
# Abbreviations in lower case, as Belgian and Dutch spelling writes them ('de vzw', 'het bbp'): spelled.
LOWERCASE_ACRONYMS = frozenset(
    "vzw nv bv bvba cvba btw bbp bnp kmo ngo cao ocmw ggz tbs aow wao mkb zzp ict tv pc cd dvd sms wc "
    "gsm pvc cv ehbo dna hiv".split()
)
# Vowelless words that are not spelled: interjections, abbreviations written without their stop, units.
_NOT_SPELLED = frozenset(
    "hm hmm hmpf pff pfff pst psst sst brr grr tss sh st zzz mr dr drs dhr mw nr blz vb jr sr mgr "
    "km kg cm mm ml cl mg dl hl".split()
)
_SPOKEN_AS = {"OK": "oké"}
_ACRONYM = re.compile(r"\b(?=[A-Z])([A-Z]{2,5})(s?)(?!\w)")
# Listed in lower case, or capitalised without a vowel ('Open Vld'); with a plural ('de ngo's').
_LOWER_ACRONYM = re.compile(rf"\b(?=[{''.join(sorted({a[0] for a in LOWERCASE_ACRONYMS}))}B-DF-HJ-NP-TV-XZ])(?<!')("
                            + "|".join(sorted(LOWERCASE_ACRONYMS, key=len, reverse=True))
                            + r"|[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{1,4})(?=(?:'s)?(?![\w']))")
# Capitals shouted for emphasis ('LEES OOK', 'BREAKING NEWS'): words, not acronyms.
# A run counts as shouting only with a word of four letters or more ('VRT NWS' is spelled).
_SHOUTING = re.compile(r"\b[A-Z]{2,}(?: +[A-Z]{2,})+\b")


def _spell(letters: str) -> str:
    """Capitals apart: espeak says a lone capital as its Dutch letter name.

    >>> _spell("CEO")
    'C E O'
    """
    return " ".join(letters)


def _spelled_lower_case(m: re.Match) -> str:
    """A lower-case acronym, or a word without a vowel, spelled in capitals.

    >>> _LOWER_ACRONYM.sub(_spelled_lower_case, "de vzw, het bbp, de ngo's, Open Vld, St en vrt punt be")
    "de V Z W, het B B P, de N G O's, Open V L D, St en vrt punt be"
    """
    # Only a capitalised vowelless word is spelled unlisted: a lower-case one may be a domain ('vrt punt be').
    word = m.group(1)
    return word if word.lower() in _NOT_SPELLED else _spell(word.upper())


def say_acronyms(text: str) -> str:
    """Spell out all-capital tokens espeak would read as a word; lower-case acronyms too.

    >>> say_acronyms("De CEO van de NAVO en de FBI-agenten, NGOs, de btw: NIET doen")
    'De C E O van de NAVO en de F B I-agenten, N G Os, de B T W: NIET doen'
    """
    shouting = [m.span() for m in _SHOUTING.finditer(text) if re.search(r"[A-Z]{4}", m.group())]

    def acronym(m: re.Match) -> str:
        letters, plural = m.groups()
        if letters in ACRONYM_WORDS or letters in CAPITALISED_WORDS or any(a <= m.start() < b for a, b in shouting):
            return m.group()
        if letters in _SPOKEN_AS:
            return _SPOKEN_AS[letters] + plural
        return _spell(letters) + plural
    return _LOWER_ACRONYM.sub(_spelled_lower_case, _ACRONYM.sub(acronym, text))
