# SPDX-License-Identifier: GPL-3.0-or-later
"""Numbers as Dutch words: cardinals, ordinals, years, written numbers."""

from __future__ import annotations

import re
from functools import lru_cache

from num2words import num2words


_SCALES = ((10**12, "biljoen"), (10**9, "miljard"), (10**6, "miljoen"))
MAX_SPOKEN_DIGITS = 15  # longer digit strings are IDs or phone numbers: read digit by digit
_DIGIT_NAMES = ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")


@lru_cache(maxsize=4096)
def _below_thousand(n: int) -> str:
    """num2words for 0..999, with Dutch spelling of the final 'een'.

    >>> _below_thousand(101), _below_thousand(21), _below_thousand(1)
    ('honderdeen', 'eenentwintig', 'één')
    """
    if n == 1:
        return "één"
    # num2words writes "honderdéén"; inside a compound the accents are wrong.
    return num2words(n, lang="nl").replace("éé", "ee")


@lru_cache(maxsize=4096)
def cardinal(n: int) -> str:
    """Dutch cardinal with a space after 'duizend', 'miljoen', ... as the
    spelling rules ask (espeak reads the separate words more clearly).

    >>> cardinal(12500)
    'twaalfduizend vijfhonderd'
    >>> cardinal(1_700_000_000)
    'één miljard zevenhonderd miljoen'
    >>> cardinal(1001)
    'duizend één'
    """
    if n < 0:
        return "min " + cardinal(-n)
    for scale, word in _SCALES:
        if n >= scale:
            high, rest = divmod(n, scale)
            return _join(f"{cardinal(high)} {word}", rest)
    if n >= 1000:
        high, rest = divmod(n, 1000)
        head = "duizend" if high == 1 else _below_thousand(high).replace("één", "een") + "duizend"
        return _join(head, rest)
    return _below_thousand(n)


def _join(head: str, rest: int) -> str:
    return f"{head} {cardinal(rest)}" if rest else head


@lru_cache(maxsize=1024)
def ordinal(n: int) -> str:
    """Dutch ordinal.

    >>> ordinal(21), ordinal(1), ordinal(100), ordinal(1200)
    ('eenentwintigste', 'eerste', 'honderdste', 'duizend tweehonderdste')
    """
    if n == 0:
        return "nulde"
    head, _, last = cardinal(n).rpartition(" ")
    last_n = n % 1000 if n % 1000 else None
    if last_n is not None:
        tail = num2words(last_n, lang="nl", to="ordinal").replace("éé", "ee")
    else:
        tail = last + "ste"
    return f"{head} {tail}" if head else tail


def year_words(n: int) -> str:
    """A year as a Dutch newsreader says it.

    >>> year_words(1953), year_words(2022), year_words(1900)
    ('negentienhonderd drieënvijftig', 'tweeduizend tweeëntwintig', 'negentienhonderd')
    """
    if 1100 <= n <= 1999:
        return _hundreds_form(n)
    return cardinal(n)


def _hundreds_form(n: int) -> str:
    """1100..9999 counted in hundreds ("twaalfhonderd").

    >>> _hundreds_form(1250)
    'twaalfhonderd vijftig'
    """
    high, rest = divmod(n, 100)
    head = _below_thousand(high) + "honderd"
    return _join(head, rest)


def _integer_words(digits: str, variant: str, amount: bool) -> str:
    """An unsigned digit string as words.

    >>> _integer_words("1953", "nl-BE", amount=False)
    'negentienhonderd drieënvijftig'
    >>> _integer_words("1200", "nl-BE", amount=True), _integer_words("1200", "nl-NL", amount=True)
    ('duizend tweehonderd', 'twaalfhonderd')
    >>> _integer_words("007", "nl-BE", amount=False)
    'nul nul zeven'
    """
    if (len(digits) > 1 and digits[0] == "0") or len(digits) > MAX_SPOKEN_DIGITS:
        return " ".join(_DIGIT_NAMES[int(d)] for d in digits)
    n = int(digits)
    if 1100 <= n <= 1999:
        if not amount:
            return year_words(n)
        if variant == "nl-NL" and n % 1000 >= 100:
            return _hundreds_form(n)
    return cardinal(n)


def _fraction_digits(digits: str) -> str:
    """Digits after a decimal sign: leading zeros one by one, then a number.

    >>> _fraction_digits("05"), _fraction_digits("75"), _fraction_digits("0")
    ('nul vijf', 'vijfenzeventig', 'nul')
    """
    stripped = digits.lstrip("0")
    zeros = ["nul"] * (len(digits) - len(stripped))
    if stripped:
        zeros.append(_integer_words(stripped, "nl-BE", amount=True))
    return " ".join(zeros)


_GROUPED = r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?"  # thousands with the Dutch dot: '12.500', '1.200,5'
GROUPED_NUMBER = re.compile(_GROUPED)
WRITTEN_NUMBER = rf"{_GROUPED}|[0-9]+(?:,[0-9]+)?"


def number_words(token: str, variant: str = "nl-BE", amount: bool = True) -> str:
    """A Dutch-formatted number (``12.500``, ``1,7``, ``1.0``) as words.

    >>> number_words("1,7")
    'één komma zeven'
    >>> number_words("12.500")
    'twaalfduizend vijfhonderd'
    >>> number_words("1.0")
    'één punt nul'
    """
    if GROUPED_NUMBER.fullmatch(token):
        token = token.replace(".", "")
        amount = True
    if "," in token:
        whole, frac = token.split(",", 1)
        return f"{_integer_words(whole, variant, True)} komma {_fraction_digits(frac)}"
    if "." in token:  # a version or an English decimal: every part read out
        return " punt ".join(_integer_words(p, variant, amount) for p in token.split("."))
    return _integer_words(token, variant, amount)
