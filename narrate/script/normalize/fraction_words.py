# SPDX-License-Identifier: GPL-3.0-or-later
"""Fractions: '1/5', '¾', '1½', '1/8ste'; and the day and month a slash also writes ('op 3/12')."""

from __future__ import annotations

import re
import unicodedata

from .dates_and_times import WEEKDAYS, date_words
from .number_words import cardinal, ordinal


_FRACTION = re.compile(r"(?=[0-9])(?<![\w.,/])([0-9]+)/([0-9]+)(ste|de|e)?(?![\w/]|[.,][0-9])")
# Fractions espeak-ng users hear differently by variant (nl-BE 'drie vierde', nl-NL 'driekwart'),
# and the 24/7 of opening hours.
_FRACTION_WORDS = {
    "nl-BE": {(1, 2): "een half", (1, 4): "een vierde", (3, 4): "drie vierde", (24, 7): "vierentwintig op zeven"},
    "nl-NL": {(1, 2): "een half", (1, 4): "een kwart", (3, 4): "driekwart", (24, 7): "vierentwintig op zeven"},
}
# A day and month follow these ('op 3/12', 'van 1/7 tot 31/8', 'dinsdag 12/3') ...
_DATE_BEFORE = re.compile(r"(?<!\w)(?:op|van|tot|tot en met|vanaf|sinds|tegen|voor|na|tussen|"
                          + "|".join(WEEKDAYS) + r") $", re.I)
# ... unless the pair is a share of something ('van 1/5 van de leden').
_SHARE_AFTER = re.compile(r" (?:van|minder|meer|extra)(?!\w)")
_DEFINITE_BEFORE = re.compile(r"(?<!\w)(?:de|het) $", re.I)


def _vulgar_fractions() -> dict[str, tuple[int, int]]:
    """The single-character fractions ('½', '⅗') with their numerator and denominator.

    >>> _vulgar_fractions()["⅗"], _vulgar_fractions()["½"]
    ((3, 5), (1, 2))
    """
    found = {}
    for code in [*range(0xBC, 0xBF), *range(0x2150, 0x215F), 0x2189]:
        numerator, _, denominator = unicodedata.normalize("NFKC", chr(code)).partition("\u2044")
        found[chr(code)] = (int(numerator), int(denominator))
    return found


VULGAR = _vulgar_fractions()
_VULGAR_RE = re.compile(rf"([0-9]+)?([{''.join(VULGAR)}])")


def fraction_words(a: int, b: int, variant: str) -> str:
    """A fraction below one in words: the numerator, then the denominator as an ordinal.

    >>> fraction_words(1, 5, "nl-BE"), fraction_words(3, 10, "nl-BE"), fraction_words(3, 4, "nl-NL")
    ('een vijfde', 'drie tiende', 'driekwart')
    """
    if (a, b) in _FRACTION_WORDS[variant]:
        return _FRACTION_WORDS[variant][(a, b)]
    return f"{'een' if a == 1 else cardinal(a)} {ordinal(b)}"


def _slash_pair(m: re.Match, variant: str) -> str:
    """Two numbers around a slash: a date, a fraction or 'x op y', by their values and context."""
    a, b, suffix = int(m.group(1)), int(m.group(2)), m.group(3)
    before, after = m.string[max(0, m.start() - 12):m.start()], m.string[m.end():m.end() + 8]
    if suffix:  # '1/8ste': 'de achtste finales', 'een honderdste'
        return ordinal(b) if _DEFINITE_BEFORE.search(before) else fraction_words(a, b, variant)
    if _DATE_BEFORE.search(before) and not _SHARE_AFTER.match(after) and (date := date_words(a, b)):
        return date
    if (a, b) in _FRACTION_WORDS[variant]:
        return _FRACTION_WORDS[variant][(a, b)]
    if m.group(2).startswith("0") or (a > b and b <= 12):  # '24/02', '31/12': dates
        return date_words(a, b) or f"{m.group(1)} op {m.group(2)}"
    if a < b and (b < 10 or _SHARE_AFTER.match(after)):  # '8/10 Vlamingen' is 'acht op tien'
        return fraction_words(a, b, variant)
    return f"{m.group(1)} op {m.group(2)}"


def _vulgar(m: re.Match, variant: str) -> str:
    whole, (a, b) = m.group(1), VULGAR[m.group(2)]
    if whole == "1" and (a, b) == (1, 2):
        return "anderhalf"
    words = fraction_words(a, b, variant)
    if whole:
        return f"{whole} en {words}"
    if words.startswith("een ") and re.search(r"(?<!\w)[Ee]en $", m.string[:m.start()]):
        return words[4:]  # 'een ½ uur' is 'een half uur'
    return words


def say_fractions(text: str, variant: str) -> str:
    """'1/5', '3/4', '½', '1½', '1/8ste'; a day and month ('31/12', 'op 3/12') is a date;
    other number pairs are read 'x op y'.

    >>> say_fractions("24/7 en 3/4 en 8/10 en 31/12 en 2/5 van de leden", "nl-BE")
    'vierentwintig op zeven en drie vierde en 8 op 10 en eenendertig december en twee vijfde van de leden'
    >>> say_fractions("3/4 en 2½ en 1½ uur en een ½ uur en op 3/12 en de 1/8ste finales", "nl-NL")
    'driekwart en 2 en een half en anderhalf uur en een half uur en op drie december en de achtste finales'
    """
    if any(c in VULGAR for c in text):
        text = _VULGAR_RE.sub(lambda m: _vulgar(m, variant), text)
    return _FRACTION.sub(lambda m: _slash_pair(m, variant), text)
