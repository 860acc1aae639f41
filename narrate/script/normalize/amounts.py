# SPDX-License-Identifier: GPL-3.0-or-later
"""Amounts and units: money, multipliers, percentages and units after numbers."""

from __future__ import annotations

import re

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


_MULT_ABBR = re.compile(rf"(?=[0-9])(?<![\w.,])({WRITTEN_NUMBER}) *(mln|mld|mrd)(\.)?(?!\w)")


def say_multipliers(text: str, variant: str) -> str:
    """'5 mln.' → 'vijf miljoen'.

    >>> say_multipliers("5 mln. inwoners", "nl-BE")
    'vijf miljoen inwoners'
    """
    def mult(m: re.Match) -> str:
        words = f"{number_words(m.group(1), variant)} {_MULTIPLIERS[m.group(2)]}"
        return keep_stop(words, m, m.group(3))
    return _MULT_ABBR.sub(mult, text)


_PERCENT = re.compile(rf"(?=[0-9])(?<![\w.,])({WRITTEN_NUMBER}) ?(%|‰)(-(?=\w))?")


def say_percentages(text: str, variant: str) -> str:
    """'2,5%' → 'twee komma vijf procent'; '%-punt' joins up.

    >>> say_percentages("2,5% en 5%-punt", "nl-BE")
    'twee komma vijf procent en vijf procentpunt'
    """
    def pct(m: re.Match) -> str:
        word = "procent" if m.group(2) == "%" else "promille"
        return f"{number_words(m.group(1), variant)} {word}"
    return _PERCENT.sub(pct, text)


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
_UNIT_TABLE = dict(_UNITS)
_UNIT_RE = re.compile(
    rf"(?=[0-9])(?<![\w.,])({WRITTEN_NUMBER}) ?(" + "|".join(re.escape(u) for u, _ in _UNITS) + r")(?![\w²³/])"
)


def say_units(text: str, variant: str) -> str:
    """Units after numbers.

    >>> say_units("120 km/u, 5 °C en 1.000 km²", "nl-BE")
    'honderdtwintig kilometer per uur, vijf graden Celsius en duizend vierkante kilometer'
    """
    return _UNIT_RE.sub(lambda m: f"{number_words(m.group(1), variant)} {_UNIT_TABLE[m.group(2)]}", text)
