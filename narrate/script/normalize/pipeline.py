# SPDX-License-Identifier: GPL-3.0-or-later
"""``normalize``: the passes that turn text as written into text as spoken, in order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .abbreviations import expand_abbreviations, join_initials
from .acronyms import say_acronyms
from .amounts import say_money, say_multipliers, say_percentages, say_units
from .cleanup import clean_unicode, drop_credits, drop_editorial_notes, join_digit_groups, protect_ipa, restore_ipa, say_addresses
from .dates_and_times import say_month_abbreviations, say_numeric_dates, say_times
from .numbers import (say_fractions, say_numbers, say_ordinals, say_ranges, say_roman_numerals, say_signs,
                      separate_adjacent_numbers, split_letters_from_digits)
from .prosody import one_line, pause_punctuation, tidy
from .symbols import say_symbols
from .variants import check_variant

if TYPE_CHECKING:  # pragma: no cover
    from narrate.script.lexicon import Lexicon


NORMALIZER_VERSION = "1"


def _has_digit(text: str) -> bool:
    return any(d in text for d in "0123456789")


def _say_numbers_in_context(text: str, variant: str) -> str:
    # Most lines hold no digit; skipping them keeps a whole article fast.
    return "\n".join(_say_numbers_in_line(line, variant) if _has_digit(line) else line
                     for line in text.split("\n"))


def _say_numbers_in_line(text: str, variant: str) -> str:
    text = join_digit_groups(text)
    text = say_numeric_dates(text)
    text = say_month_abbreviations(text)
    text = say_times(text)
    text = say_ranges(text)
    text = say_signs(text)
    text = say_money(text, variant)
    text = say_multipliers(text, variant)
    text = say_percentages(text, variant)
    text = say_units(text, variant)
    text = say_ordinals(text)
    text = say_fractions(text, variant)
    text = split_letters_from_digits(text)
    text = separate_adjacent_numbers(text)
    return say_numbers(text, variant)


def normalize(text: str, variant: str = "nl-BE", lexicon: "Lexicon | None" = None) -> str:
    """The spoken form of ``text``, as one line for Piper.

    >>> normalize("Op 4 nov. zei dhr. Peeters: 'De 21ste eeuw kost € 5 miljoen.'")
    "Op vier november zei meneer Peeters: 'De eenentwintigste eeuw kost vijf miljoen euro.'"
    >>> normalize("In 2022 300 doden (1950-1953, red.) om 14u30.")  # doctest: +NORMALIZE_WHITESPACE
    'In tweeduizend tweeëntwintig, driehonderd doden, negentienhonderd vijftig
     tot negentienhonderd drieënvijftig, om veertien uur dertig.'
    """
    check_variant(variant)
    ipa: list[str] = []
    text = protect_ipa(clean_unicode(text), ipa)
    text = drop_credits(text)
    text = drop_editorial_notes(text)
    text = say_addresses(text)
    if lexicon is not None:
        text = protect_ipa(lexicon.apply(text), ipa)
    text = expand_abbreviations(text)
    text = join_initials(text)
    text = say_roman_numerals(text)
    text = _say_numbers_in_context(text, variant)
    text = say_acronyms(text)
    text = say_symbols(text)
    text = pause_punctuation(text)
    return restore_ipa(tidy(one_line(text)), ipa)
