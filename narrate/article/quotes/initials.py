"""Initials an interview gives its speakers: "Jo Vandeurzen (JV): ‘...’", and later "JV: ‘...’" for him."""

from __future__ import annotations

import re

from ..letters import CAPITAL
from ..people import looks_like_name, name_runs


def initials_defined(text: str) -> dict[str, str]:
    """Initials set in brackets right after a full name, made of that name's first letters: whom they stand for.

    >>> initials_defined("Jo Vandeurzen (JV): ‘Ja.’ Diederik Van den Broeck (DVdB): ‘Nee.’")
    {'JV': 'Jo Vandeurzen', 'DVdB': 'Diederik Van den Broeck'}
    >>> initials_defined("Jo Vandeurzen (CD&V) en Anna Smit (AB)")
    {}
    """
    found: dict[str, str] = {}
    for at, name in name_runs(text):
        m = _BRACKETED.match(text, at + len(name))
        letters = "".join(word[0] for word in name.split())
        if m and looks_like_name(name) and m.group(1).upper() in (letters.upper(), _capitals(name)):
            found[m.group(1)] = name
    return found


def _capitals(name: str) -> str:
    """The first letters of a name's capitalised words ("Jan van Zanen": "JZ")."""
    return "".join(word[0] for word in name.split() if word[0].isupper())


_BRACKETED = re.compile(rf"\s\(([{CAPITAL}][^\W\d_]{{1,4}})\)")
"""Two to five letters in brackets, the first a capital: a speaker's initials."""
