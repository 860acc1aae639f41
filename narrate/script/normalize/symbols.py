# SPDX-License-Identifier: GPL-3.0-or-later
"""Symbols as words; emoji and other pictographs dropped."""

from __future__ import annotations

import re
import unicodedata

from .amounts import CURRENCY_NAMES
from .cleanup import CharMap
from .units import PER_NOUNS


_SYMBOL = re.compile(r"[&+#@/|•·▪►■◆●→⇒§×=±≈*_~^<>{}\\€$£¥]")
_SYMBOL_WORDS = {"&": " en ", "+": " plus ", "@": " at ", "§": " paragraaf ", "×": " keer ",
                 "=": " is ", "±": " plus min ", "≈": " ongeveer ",
                 **{c: ", " for c in "|•·▪►■◆●→⇒"},
                 **{c: f" {CURRENCY_NAMES[c]} " for c in "€$£¥"}}


# A slash between two lower-case words is a choice: 'hij/zij' is 'hij of zij' ('en/of' is already said).
_UNIT_FIRST = frozenset({"km", "m", "kg", "g", "l"})  # 'km/u': a unit
_CHOICE = re.compile(r"(?<![\w/])(?!en/of\b)([a-zà-ÿ]+)/(?=[a-zà-ÿ]+(?![\w/]))")


def _choice_or_rate(m: re.Match) -> str:
    """'hij/zij' is a choice, 'liter/dag' a rate: 'hij of zij', 'liter per dag'."""
    if m.group(1) in _UNIT_FIRST:
        return m.group()
    rate = re.match(rf"(?:{'|'.join(PER_NOUNS)})(?![\w/])", m.string[m.end():])
    return m.group(1) + (" per " if rate else " of ")


def say_symbols(text: str) -> str:
    """Symbols as words; emoji and other pictographs dropped.

    >>> say_symbols("AT&T en/of Disney+ #MeToo🎉👍🏽 A|B hij/zij euro/liter")
    'AT en T en of Disney plus  hashtag MeToo A, B hij of zij euro per liter'
    """
    if "/" in text:
        text = _CHOICE.sub(_choice_or_rate, text)
    def symbol(m: re.Match) -> str:
        ch = m.group()
        if ch == "#":
            return "hashtag " if m.string[m.end():m.end() + 1].isalnum() else " "
        if ch in "€$£¥" and m.string[m.end():m.end() + 1] == "-":  # '$-teken'
            return _SYMBOL_WORDS[ch].rstrip()
        return _SYMBOL_WORDS.get(ch, " ")
    return _SYMBOL.sub(symbol, text).translate(_PICTOGRAPHS)


def _pictograph(ch: str) -> "str | None":
    return "" if _is_pictograph(ch) else None


def _is_pictograph(ch: str) -> bool:
    """Emoji, their modifiers and joiners, and other pictographic symbols.

    >>> _is_pictograph("🎉"), _is_pictograph("é"), _is_pictograph("\\u200d")
    (True, False, True)
    """
    cat = unicodedata.category(ch)
    return cat in ("So", "Sk", "Cf", "Cn", "Me") or (cat == "Mn" and 0xFE00 <= ord(ch) <= 0xFE0F)


_PICTOGRAPHS = CharMap(_pictograph)
