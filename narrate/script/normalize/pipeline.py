# SPDX-License-Identifier: GPL-3.0-or-later
"""``normalize``: the passes that turn text as written into text as spoken, in order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .abbreviations import _expand_abbreviations, _join_initials
from .acronyms import _say_acronyms
from .amounts import _say_money, _say_multipliers, _say_percentages, _say_units
from .cleanup import _clean_unicode, _drop_credits, _drop_editorial_notes, _join_digit_groups, _protect_ipa, _restore_ipa, _say_addresses
from .dates_and_times import _say_month_abbreviations, _say_numeric_dates, _say_times
from .numbers import (_say_fractions, _say_numbers, _say_ordinals, _say_ranges, _say_roman_numerals, _say_signs,
                      _separate_adjacent_numbers, _split_letters_from_digits)
from .prosody import _one_line, _pause_punctuation, _tidy
from .symbols import _say_symbols
from .variants import _check_variant

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
    text = _join_digit_groups(text)
    text = _say_numeric_dates(text)
    text = _say_month_abbreviations(text)
    text = _say_times(text)
    text = _say_ranges(text)
    text = _say_signs(text)
    text = _say_money(text, variant)
    text = _say_multipliers(text, variant)
    text = _say_percentages(text, variant)
    text = _say_units(text, variant)
    text = _say_ordinals(text)
    text = _say_fractions(text, variant)
    text = _split_letters_from_digits(text)
    text = _separate_adjacent_numbers(text)
    return _say_numbers(text, variant)


def normalize(text: str, variant: str = "nl-BE", lexicon: "Lexicon | None" = None) -> str:
    """The spoken form of ``text``, as one line for Piper.

    >>> normalize("Op 4 nov. zei dhr. Peeters: 'De 21ste eeuw kost € 5 miljoen.'")
    "Op vier november zei meneer Peeters: 'De eenentwintigste eeuw kost vijf miljoen euro.'"
    >>> normalize("In 2022 300 doden (1950-1953, red.) om 14u30.")  # doctest: +NORMALIZE_WHITESPACE
    'In tweeduizend tweeëntwintig, driehonderd doden, negentienhonderd vijftig
     tot negentienhonderd drieënvijftig, om veertien uur dertig.'
    """
    _check_variant(variant)
    ipa: list[str] = []
    text = _protect_ipa(_clean_unicode(text), ipa)
    text = _drop_credits(text)
    text = _drop_editorial_notes(text)
    text = _say_addresses(text)
    if lexicon is not None:
        text = _protect_ipa(lexicon.apply(text), ipa)
    text = _expand_abbreviations(text)
    text = _join_initials(text)
    text = _say_roman_numerals(text)
    text = _say_numbers_in_context(text, variant)
    text = _say_acronyms(text)
    text = _say_symbols(text)
    text = _pause_punctuation(text)
    return _restore_ipa(_tidy(_one_line(text)), ipa)
