# SPDX-License-Identifier: GPL-3.0-or-later
"""Text as written → text as spoken, for Piper reading Dutch through espeak-ng.

espeak-ng (voice ``nl``) misreads much of what news text contains: ordinals,
ranges, currency before amounts, times, abbreviations whose full stop ends a
sentence, acronyms it pronounces as words, URLs, emoji.  ``normalize`` rewrites
all of that into plain words, the way a Flemish (``nl-BE``, default) or Dutch
(``nl-NL``) newsreader says it, so that Piper only ever sees words.

Design choices:

* Every number becomes words (never left to espeak), so readings are the same
  everywhere and a digit in the output is always a bug.
* Plain four-digit numbers from 1100 to 1999 are read as years
  ("negentienhonderd drieënvijftig"): a bare ``1953`` in news is almost always
  a year.  Amounts (``1.200``, or a number with a currency, unit or ``%``) are
  read as quantities, and that is where the variants differ: nl-BE says
  "duizend tweehonderd", nl-NL "twaalfhonderd".  Fractions differ too
  (nl-BE "drie vierde", nl-NL "driekwart").
* Acronyms that espeak must spell are written as capitals separated by spaces
  ("C E O"): espeak reads a lone capital as its Dutch letter name, and a
  single capital is never respelled again, so the output is stable.
* The output is one line: a blank line makes espeak drop a question's
  intonation, and a heading without a full stop would run into the next line.
* The optional pronunciation lexicon is applied early, after furniture
  (credits, emoji, URLs) is gone but before abbreviations, numbers and
  acronyms, so an entry like ``HIMARS = Haimars`` wins over acronym spelling.
  Raw IPA between ``[[ ]]`` is passed through untouched.

The modules, in the order ``normalize`` uses them (``pipeline`` lists the passes):
``cleanup`` (Unicode, credits, editorial notes, addresses), ``ipa``,
``inflection`` (abbreviated adjectives that agree with their noun),
``abbreviations`` (and initials), ``roman_numerals``, ``numbers`` (ranges, scores,
compounds, ordinals, signs) with ``dates_and_times``, ``amounts`` (money, multipliers,
percentages), ``units`` and ``fraction_words``, ``acronyms``, ``symbols``,
``prosody`` (pauses, one line, tidy).  ``number_words`` turns numbers into
words for all of them; ``stops`` and ``variants`` are small shared helpers.
"""

from .dates_and_times import say_date
from .pipeline import NORMALIZER_VERSION, normalize
from .variants import VARIANTS

__all__ = ["NORMALIZER_VERSION", "VARIANTS", "normalize", "say_date"]
