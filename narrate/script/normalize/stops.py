# SPDX-License-Identifier: GPL-3.0-or-later
"""Whether an abbreviation's full stop also ends the sentence."""

from __future__ import annotations

import re


def stop_follows(text: str, end: int) -> bool:
    """True where an abbreviation's full stop also ends the sentence.

    >>> stop_follows("enz. Daarna", 4), stop_follows("enz. en", 4)
    (True, False)
    """
    return re.match(r"['\")\]]*(?: *(?:$|\n)|\s+[A-Z])", text[end:]) is not None


def keep_stop(words: str, m: re.Match, had_stop: bool | str | None) -> str:
    """An expanded abbreviation keeps its full stop only where the stop also ended the sentence."""
    return words + "." if had_stop and stop_follows(m.string, m.end()) else words
