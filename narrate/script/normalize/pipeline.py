# SPDX-License-Identifier: GPL-3.0-or-later
"""``normalize``: the passes that turn text as written into text as spoken, in order.

The order is the design: each pass sees only what the passes before it left.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .abbreviations import expand_abbreviations, join_initials
from .acronyms import say_acronyms
from .amounts import expand_thousands_k, say_money, say_multipliers, say_percentages
from .cleanup import clean_unicode, drop_credits, drop_editorial_notes, join_digit_groups, say_addresses
from .dates_and_times import say_month_abbreviations, say_numeric_dates, say_times, say_weekday_ranges
from .fraction_words import VULGAR, say_fractions
from .inflection import say_abbreviated_adjectives
from .ipa import protect_ipa, restore_ipa
from .numbers import (drop_elided_centuries, join_number_compounds, say_numbers, say_ordinals, say_ranges, say_signs,
                      separate_adjacent_numbers, split_letters_from_digits, say_times_signs,
                      year_spans_as_ranges)
from .prosody import one_line, pause_punctuation, tidy
from .roman_numerals import say_roman_numerals
from .symbols import say_symbols
from .units import say_rates, say_units
from .variants import check_variant

if TYPE_CHECKING:  # pragma: no cover
    from narrate.script.lexicon import Lexicon


NORMALIZER_VERSION = "7"


@dataclass(frozen=True)
class Pass:
    """One rewrite of the text; a pipeline applies its passes in order."""

    name: str
    """What the pass does."""

    rewrite: Callable[..., str]
    """The rewrite: takes the text, and the variant too where ``by_variant``."""

    by_variant: bool = False
    """Whether the rewrite depends on the variant (nl-BE and nl-NL read amounts differently)."""

    def apply(self, text: str, variant: str) -> str:
        """``text`` rewritten by this pass."""
        return self.rewrite(text, variant) if self.by_variant else self.rewrite(text)


def apply_passes(passes: tuple[Pass, ...], text: str, variant: str) -> str:
    """``text`` through each of ``passes`` in turn."""
    for step in passes:
        text = step.apply(text, variant)
    return text


# Within a line that holds a digit. Dates and times go first, while their separators still
# tell them apart; currency, units and percentages make a number an amount ('1.200' is
# 'duizend tweehonderd', not a year) before the remaining digits are read.
NUMBER_PASSES: tuple[Pass, ...] = (
    Pass("thousands separated by spaces get the Dutch dot", join_digit_groups),
    Pass("seasons and school years with a slash are ranges", year_spans_as_ranges),
    Pass("an apostrophe for the century is not said ('90)", drop_elided_centuries),
    Pass("numeric dates", say_numeric_dates),
    Pass("abbreviated months next to a day or year", say_month_abbreviations),
    Pass("times of day", say_times),
    Pass("a number hyphenated to a word is one word (18-jarige)", join_number_compounds),
    Pass("ranges and scores", say_ranges),
    Pass("signs", say_signs),
    Pass("a times sign after a number is 'keer' (4x100m)", say_times_signs),
    Pass("thousands written with k (35k)", expand_thousands_k),
    Pass("a slash after an amount is 'per' (€ 45/maand)", say_rates),
    Pass("money", say_money, by_variant=True),
    Pass("multipliers (mln, mld)", say_multipliers, by_variant=True),
    Pass("percentages", say_percentages, by_variant=True),
    Pass("units", say_units, by_variant=True),
    Pass("ordinals", say_ordinals),
    Pass("fractions", say_fractions, by_variant=True),
    Pass("letters and digits apart (G7, MH17)", split_letters_from_digits),
    Pass("a pause between adjacent numbers", separate_adjacent_numbers),
    Pass("the remaining digits", say_numbers, by_variant=True),
)


_NUMERAL = re.compile(f"[0-9{''.join(VULGAR)}]")


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit or a fraction character ('½')."""
    return _NUMERAL.search(text) is not None


def say_numbers_in_context(text: str, variant: str) -> str:
    """Every number, read by what surrounds it.

    >>> say_numbers_in_context("Op 24/02/2022 om 14u30\\nkost het € 5 mln.", "nl-NL")
    'Op vierentwintig februari tweeduizend tweeëntwintig om veertien uur dertig\\nkost het vijf miljoen euro.'
    """
    # Most lines hold no digit; skipping them keeps a whole article fast.
    return "\n".join(apply_passes(NUMBER_PASSES, line, variant) if _has_digit(line) else line
                     for line in text.split("\n"))


# Furniture goes before the lexicon, so that credits, emoji and addresses are never respelled.
BEFORE_LEXICON: tuple[Pass, ...] = (
    Pass("drop photo credits", drop_credits),
    Pass("drop editorial notes (red., nvdr.)", drop_editorial_notes),
    Pass("say e-mail and web addresses", say_addresses),
)

# After the lexicon, so that an entry like 'HIMARS = Haimars' wins over acronym spelling.
AFTER_LEXICON: tuple[Pass, ...] = (
    Pass("abbreviated adjectives agree with their noun (de zgn. taxshift)", say_abbreviated_adjectives),
    Pass("expand abbreviations", expand_abbreviations),
    Pass("join initials", join_initials),
    Pass("ranges of weekdays (ma-vr)", say_weekday_ranges),
    Pass("Roman numerals", say_roman_numerals),
    Pass("numbers in context", say_numbers_in_context, by_variant=True),
    Pass("spell acronyms", say_acronyms),
    Pass("symbols as words, emoji dropped", say_symbols),
    Pass("dashes, brackets and ellipses become pauses", pause_punctuation),
    Pass("one line: headings and paragraphs end in a full stop", one_line),
    Pass("tidy spaces and punctuation", tidy),
)


def normalize(text: str, variant: str = "nl-BE", lexicon: "Lexicon | None" = None) -> str:
    """The spoken form of ``text``, as one line for Piper.

    >>> normalize("Op 4 nov. zei dhr. Peeters: 'De 21ste eeuw kost € 5 miljoen.'")
    "Op vier november zei meneer Peeters: 'De eenentwintigste eeuw kost vijf miljoen euro.'"
    >>> normalize("In 2022 300 doden (1950-1953, red.) om 14u30.")  # doctest: +NORMALIZE_WHITESPACE
    'In tweeduizend tweeëntwintig, driehonderd doden, negentienhonderd vijftig
     tot negentienhonderd drieënvijftig, om veertien uur dertig.'
    """
    check_variant(variant)
    ipa: list[str] = []  # raw IPA, '[[ ... ]]', hidden from every pass and put back at the end
    text = protect_ipa(clean_unicode(text), ipa)
    text = apply_passes(BEFORE_LEXICON, text, variant)
    if lexicon is not None:
        text = protect_ipa(lexicon.apply(text), ipa)
    text = apply_passes(AFTER_LEXICON, text, variant)
    return restore_ipa(text, ipa)
