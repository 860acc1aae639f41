# SPDX-License-Identifier: GPL-3.0-or-later
"""Amounts: money, multipliers and percentages; the words after a number that ``units`` also uses."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .number_words import WRITTEN_NUMBER, cardinal, number_words
from .stops import keep_stop


CURRENCY_NAMES = {"€": "euro", "$": "dollar", "US$": "dollar", "£": "pond", "¥": "yen", "ƒ": "gulden",
                  "EUR": "euro", "USD": "dollar", "GBP": "pond", "JPY": "yen", "CHF": "frank", "CNY": "yuan",
                  "RUB": "roebel", "INR": "roepie", "SEK": "kroon", "NOK": "kroon", "DKK": "kroon",
                  "PLN": "zloty", "TRY": "lira", "AUD": "dollar", "CAD": "dollar"}
_CURRENCY_WORDS = {"euro", "dollar"}  # whose hundredths are 'cent'
_MULTIPLIERS = {"duizend": "duizend", "miljoen": "miljoen", "miljard": "miljard", "biljoen": "biljoen",
                "mln": "miljoen", "mld": "miljard", "mrd": "miljard"}
_CODES = [c for c in CURRENCY_NAMES if c.isalpha()]
_SYM = r"US\$|[€$£¥ƒ]|\b(?:" + "|".join(_CODES) + r")\b"
_AMOUNT = rf"(?P<amount>{WRITTEN_NUMBER})(?P<dash>,-)?(?: *tot *(?P<upper>{WRITTEN_NUMBER}))?"
_MULT = r"(?: *(?P<mult>duizend|miljoen|miljard|biljoen|(?:mln|mld|mrd)(?P<mult_stop>\.)?)(?!\w))?"
_CURRENCY_BEFORE = re.compile(rf"(?=[U€$£¥ƒ{''.join(sorted({c[0] for c in _CODES}))}])"
                              rf"(?P<sym>{_SYM}) ?{_AMOUNT}{_MULT}")
_CURRENCY_AFTER = re.compile(rf"(?=[0-9])(?<![\w.,]){_AMOUNT}{_MULT} ?(?P<sym>{_SYM})(?![\w$€£¥ƒ])")
_THOUSANDS_K = re.compile(r"(?=[0-9])(?<![\w.,])([0-9]{1,3}(?:,[0-9]{1,2})?)k(?!\w)")


def expand_thousands_k(text: str) -> str:
    """'35k' is 35.000, written out so that money and numbers read it as one amount.

    >>> expand_thousands_k("€ 35k, 60k per jaar en 2,5k")
    '€ 35.000, 60.000 per jaar en 2.500'
    """
    def thousands(m: re.Match) -> str:
        whole, _, part = m.group(1).partition(",")
        return f"{int(whole) * 1000 + int(part.ljust(3, '0')) if part else int(whole) * 1000:,}".replace(",", ".")
    return _THOUSANDS_K.sub(thousands, text)


def _money_words(m: re.Match, variant: str) -> str:
    currency = CURRENCY_NAMES[m.group("sym")]
    amount, upper, mult = m.group("amount"), m.group("upper"), m.group("mult")
    if mult:
        words = number_words(amount, variant)
        if upper:
            words += f" tot {number_words(upper, variant)}"
        words += f" {_MULTIPLIERS[mult.rstrip('.')]} {currency}"
        return keep_stop(words, m, m.group("mult_stop"), counted=True)
    if upper:
        return f"{number_words(amount, variant)} tot {number_words(upper, variant)} {currency}"
    whole, _, cents = amount.partition(",")
    if len(cents) == 2 and re.fullmatch(r"[0-9.]+", whole):
        whole_words = number_words(whole, variant)
        if int(cents) == 0:
            return f"{whole_words} {currency}"
        if int(whole.replace(".", "")) == 0 and currency in _CURRENCY_WORDS:
            return f"{cardinal(int(cents))} cent"
        return f"{whole_words} {currency} {cardinal(int(cents))}"
    return f"{number_words(amount, variant)} {currency}"


def say_money(text: str, variant: str) -> str:
    """Currency symbols are read after the amount.

    >>> say_money("€ 5 miljoen, $ 1,7 miljard, € 12,50 en 5 €", "nl-BE")
    'vijf miljoen euro, één komma zeven miljard dollar, twaalf euro vijftig en vijf euro'
    """
    text = _CURRENCY_BEFORE.sub(lambda m: _money_words(m, variant), text)
    return _CURRENCY_AFTER.sub(lambda m: _money_words(m, variant), text)


@dataclass(frozen=True)
class WordAfterNumber:
    """A kind of word written after a number, and how each is said."""

    pattern: re.Pattern
    """Matches the number (group ``number``), the written word (``word``) and, where the
    word is an abbreviation, its full stop (``stop``), kept only where it ends the sentence."""

    spoken: Mapping[str, str]
    """The written word → the spoken word."""

    counts: bool = False
    """Whether the word is an amount ('mln.'): a capitalised plural after its stop is what it counts."""

    def say(self, text: str, variant: str) -> str:
        """Each number in ``text`` followed by a word of this kind, in words."""
        def spoken(m: re.Match) -> str:
            word = self.spoken[m['word']]
            if m["number"] == "1":  # 'één minuut', 'één graad Celsius'
                word = singular(word)
            words = f"{number_words(m['number'], variant)} {word}"
            return keep_stop(words, m, m.groupdict().get("stop"), self.counts)
        return self.pattern.sub(spoken, text)


_SINGULAR = {"minuten": "minuut", "seconden": "seconde", "graden": "graad"}


def singular(words: str) -> str:
    """A unit after 'één' or 'per': 'graden Celsius' → 'graad Celsius'.

    >>> singular("graden Celsius"), singular("kilometer")
    ('graad Celsius', 'kilometer')
    """
    first, space, rest = words.partition(" ")
    return _SINGULAR.get(first, first) + space + rest


def after_a_number(word: str) -> re.Pattern:
    """A written number, not part of a word or a longer number, then ``word``."""
    return re.compile(rf"(?=[0-9])(?<![\w.,])(?P<number>{WRITTEN_NUMBER}){word}")


_MULTIPLIER_ABBREVIATIONS = WordAfterNumber(
    after_a_number(r" *(?P<word>mln|mld|mrd)(?P<stop>\.)?(?!\w)"),
    {abbr: _MULTIPLIERS[abbr] for abbr in ("mln", "mld", "mrd")},
    counts=True,
)
# '%-punt': the hyphen goes, so that 'procentpunt' is one word.
_PERCENTAGES = WordAfterNumber(after_a_number(r" ?(?P<word>%|‰)(?:-(?=\w))?"), {"%": "procent", "‰": "promille"})


def say_multipliers(text: str, variant: str) -> str:
    """'5 mln.' → 'vijf miljoen'.

    >>> say_multipliers("5 mln. inwoners", "nl-BE")
    'vijf miljoen inwoners'
    """
    return _MULTIPLIER_ABBREVIATIONS.say(text, variant)


def say_percentages(text: str, variant: str) -> str:
    """'2,5%' → 'twee komma vijf procent'; '%-punt' joins up.

    >>> say_percentages("2,5% en 5%-punt", "nl-BE")
    'twee komma vijf procent en vijf procentpunt'
    """
    return _PERCENTAGES.say(text, variant)
