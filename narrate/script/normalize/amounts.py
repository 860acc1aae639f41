# SPDX-License-Identifier: GPL-3.0-or-later
"""Amounts and units: money, multipliers, percentages and units after numbers."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .number_words import WRITTEN_NUMBER, cardinal, number_words
from .stops import keep_stop


CURRENCY_NAMES = {"€": "euro", "$": "dollar", "US$": "dollar", "£": "pond", "¥": "yen",
                  "EUR": "euro", "USD": "dollar", "GBP": "pond", "JPY": "yen", "CHF": "frank"}
_CURRENCY_WORDS = {"euro", "dollar"}  # whose hundredths are 'cent'
_MULTIPLIERS = {"duizend": "duizend", "miljoen": "miljoen", "miljard": "miljard", "biljoen": "biljoen",
                "mln": "miljoen", "mld": "miljard", "mrd": "miljard"}
_SYM = r"US\$|[€$£¥]|\b(?:EUR|USD|GBP|JPY|CHF)\b"
_AMOUNT = rf"(?P<amount>{WRITTEN_NUMBER})(?P<dash>,-)?(?: *tot *(?P<upper>{WRITTEN_NUMBER}))?"
_MULT = r"(?: *(?P<mult>duizend|miljoen|miljard|biljoen|(?:mln|mld|mrd)(?P<mult_stop>\.)?)(?!\w))?"
_CURRENCY_BEFORE = re.compile(rf"(?=[U€$£¥EGJC])(?P<sym>{_SYM}) ?{_AMOUNT}{_MULT}")
_CURRENCY_AFTER = re.compile(rf"(?=[0-9])(?<![\w.,]){_AMOUNT}{_MULT} ?(?P<sym>{_SYM})(?![\w$€£¥])")


def _money_words(m: re.Match, variant: str) -> str:
    currency = CURRENCY_NAMES[m.group("sym")]
    amount, upper, mult = m.group("amount"), m.group("upper"), m.group("mult")
    if mult:
        words = number_words(amount, variant)
        if upper:
            words += f" tot {number_words(upper, variant)}"
        words += f" {_MULTIPLIERS[mult.rstrip('.')]} {currency}"
        return keep_stop(words, m, m.group("mult_stop"))
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
class _WordAfterNumber:
    """A kind of word written after a number, and how each is said."""

    pattern: re.Pattern
    """Matches the number (group ``number``), the written word (``word``) and, where the
    word is an abbreviation, its full stop (``stop``), kept only where it ends the sentence."""

    spoken: Mapping[str, str]
    """The written word → the spoken word."""

    def say(self, text: str, variant: str) -> str:
        """Each number in ``text`` followed by a word of this kind, in words."""
        def spoken(m: re.Match) -> str:
            words = f"{number_words(m['number'], variant)} {self.spoken[m['word']]}"
            return keep_stop(words, m, m.groupdict().get("stop"))
        return self.pattern.sub(spoken, text)


def _after_a_number(word: str) -> re.Pattern:
    """A written number, not part of a word or a longer number, then ``word``."""
    return re.compile(rf"(?=[0-9])(?<![\w.,])(?P<number>{WRITTEN_NUMBER}){word}")


# Longest first, so 'km/u' wins over 'km' and 'km²' over 'km'.
_UNITS = (
    ("km/u", "kilometer per uur"), ("km/h", "kilometer per uur"), ("km/uur", "kilometer per uur"),
    ("m/s", "meter per seconde"), ("km²", "vierkante kilometer"), ("km2", "vierkante kilometer"),
    ("m²", "vierkante meter"), ("m2", "vierkante meter"), ("m³", "kubieke meter"), ("m3", "kubieke meter"),
    ("cm²", "vierkante centimeter"), ("°C", "graden Celsius"), ("° C", "graden Celsius"), ("℃", "graden Celsius"),
    ("°F", "graden Fahrenheit"), ("°", "graden"), ("kWh", "kilowattuur"), ("MWh", "megawattuur"),
    ("GWh", "gigawattuur"), ("TWh", "terawattuur"), ("kW", "kilowatt"), ("MW", "megawatt"),
    ("GW", "gigawatt"), ("km", "kilometer"), ("cm", "centimeter"), ("mm", "millimeter"),
    ("kg", "kilogram"), ("mg", "milligram"), ("ml", "milliliter"), ("cl", "centiliter"),
    ("ha", "hectare"), ("min", "minuten"), ("sec", "seconden"), ("mph", "mijl per uur"),
    ("m", "meter"), ("g", "gram"), ("l", "liter"), ("u", "uur"), ("h", "uur"),
)

_MULTIPLIER_ABBREVIATIONS = _WordAfterNumber(
    _after_a_number(r" *(?P<word>mln|mld|mrd)(?P<stop>\.)?(?!\w)"),
    {abbr: _MULTIPLIERS[abbr] for abbr in ("mln", "mld", "mrd")},
)
# '%-punt': the hyphen goes, so that 'procentpunt' is one word.
_PERCENTAGES = _WordAfterNumber(_after_a_number(r" ?(?P<word>%|‰)(?:-(?=\w))?"), {"%": "procent", "‰": "promille"})
_UNITS_AFTER_NUMBERS = _WordAfterNumber(
    _after_a_number(r" ?(?P<word>" + "|".join(re.escape(u) for u, _ in _UNITS) + r")(?![\w²³/])"),
    dict(_UNITS),
)


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


def say_units(text: str, variant: str) -> str:
    """Units after numbers.

    >>> say_units("120 km/u, 5 °C en 1.000 km²", "nl-BE")
    'honderdtwintig kilometer per uur, vijf graden Celsius en duizend vierkante kilometer'
    """
    return _UNITS_AFTER_NUMBERS.say(text, variant)
