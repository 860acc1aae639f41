# SPDX-License-Identifier: GPL-3.0-or-later
"""Units of measurement after numbers, and rates: '30 l/m²', '€ 45/maand', 'per km²'."""

from __future__ import annotations

import re

from .amounts import WordAfterNumber, after_a_number, singular
from .number_words import WRITTEN_NUMBER


# Longest first, so 'km/u' wins over 'km' and 'km²' over 'km'.
UNITS = (
    ("km/u", "kilometer per uur"), ("km/h", "kilometer per uur"), ("km/uur", "kilometer per uur"),
    ("m/s", "meter per seconde"), ("km²", "vierkante kilometer"), ("km2", "vierkante kilometer"),
    ("m²", "vierkante meter"), ("m2", "vierkante meter"), ("m³", "kubieke meter"), ("m3", "kubieke meter"),
    ("cm²", "vierkante centimeter"), ("cm³", "kubieke centimeter"), ("mm²", "vierkante millimeter"),
    ("°C", "graden Celsius"), ("° C", "graden Celsius"), ("℃", "graden Celsius"),
    ("°F", "graden Fahrenheit"), ("°", "graden"), ("kWh", "kilowattuur"), ("MWh", "megawattuur"),
    ("GWh", "gigawattuur"), ("TWh", "terawattuur"), ("kW", "kilowatt"), ("MW", "megawatt"),
    ("GW", "gigawatt"), ("kV", "kilovolt"), ("V", "volt"), ("W", "watt"),
    ("kB", "kilobyte"), ("KB", "kilobyte"), ("MB", "megabyte"), ("GB", "gigabyte"), ("TB", "terabyte"),
    ("PB", "petabyte"), ("Mbps", "megabit per seconde"), ("Gbps", "gigabit per seconde"),
    ("kHz", "kilohertz"), ("MHz", "megahertz"), ("GHz", "gigahertz"), ("Hz", "hertz"), ("dB", "decibel"),
    ("kcal", "kilocalorie"), ("pk", "paardenkracht"),
    ("km", "kilometer"), ("dm", "decimeter"), ("cm", "centimeter"), ("mm", "millimeter"),
    ("µm", "micrometer"), ("μm", "micrometer"), ("kg", "kilogram"), ("mg", "milligram"),
    ("µg", "microgram"), ("μg", "microgram"), ("hl", "hectoliter"), ("dl", "deciliter"),
    ("ml", "milliliter"), ("cl", "centiliter"),
    ("ha", "hectare"), ("min", "minuten"), ("sec", "seconden"), ("mph", "mijl per uur"),
    ("m", "meter"), ("g", "gram"), ("l", "liter"), ("u", "uur"), ("h", "uur"),
)
_SPOKEN = dict(UNITS)
_UNIT = "|".join(re.escape(u) for u, _ in UNITS)
# After 'per' or a slash; not 'u' or 'h', which 'km/u' and 'km/h' already say, nor a lone 'm', 'g' or 'l'.
_PER_UNIT = "|".join(re.escape(u) for u, _ in UNITS if len(u) > 1 and "/" not in u)
PER_NOUNS = ("seconde minuut uur dag week maand jaar kwartaal persoon inwoner stuk liter kilo "
              "gezin huishouden nacht rit").split()
# A rate: a number, perhaps with a unit, a currency or what is counted, a slash and what it is
# per ('€ 45/maand', '3 liter/dag').
_RATE = re.compile(rf"(?=[0-9€$£¥ƒ])(?<![\w.,/])((?:[€$£¥ƒ] ?)?(?:{WRITTEN_NUMBER}) ?"
                   rf"(?:{_UNIT}|[€$£¥ƒ]|[^\W\d_]+)?) ?/ ?"
                   rf"(?={_PER_UNIT}|{'|'.join(PER_NOUNS)}|[mgl](?![\w²³/]))")
_PER = re.compile(rf"(?<!\w)per (?P<word>{_PER_UNIT})(?![\w²³/])")
# Units written with a full stop ('45 min. spelen') lose it unless it ends the sentence.
_UNITS_AFTER_NUMBERS = WordAfterNumber(
    after_a_number(rf" ?(?P<word>{_UNIT})(?:(?<=[a-z])(?P<stop>\.)(?![0-9]))?(?![\w²³/])"), _SPOKEN)


def say_rates(text: str) -> str:
    """A slash after an amount is 'per' ('30 l/m²', '300 €/maand', '€ 0,35/kWh').

    >>> say_rates("30 l/m², 300 €/maand, € 0,35/kWh, 95 g/km, 3 liter/dag en 120 km/u")
    '30 l per m², 300 € per maand, € 0,35 per kWh, 95 g per km, 3 liter per dag en 120 km/u'
    """
    return _RATE.sub(r"\1 per ", text) if "/" in text else text


def say_units(text: str, variant: str) -> str:
    """Units after numbers, and after 'per'.

    >>> say_units("120 km/u, 5 °C, 1 °C, 1.000 km², 5 GB en 15 min. wachten", "nl-BE")
    'honderdtwintig kilometer per uur, vijf graden Celsius, één graad Celsius, duizend vierkante kilometer, \
vijf gigabyte en vijftien minuten wachten'
    >>> say_units("12 inwoners per km² en 1 euro per kWh", "nl-BE")
    '12 inwoners per vierkante kilometer en 1 euro per kilowattuur'
    """
    text = _UNITS_AFTER_NUMBERS.say(text, variant)
    return _PER.sub(lambda m: "per " + singular(_SPOKEN[m["word"]]), text) if "per " in text else text
