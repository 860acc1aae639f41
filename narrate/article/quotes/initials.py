"""Initials an interview gives its speakers: "Jo Vandeurzen (JV): ‘...’", and later "JV: ‘...’" for him."""

from __future__ import annotations

import re

from ..letters import CAPITAL
from ..people import PARTICLE, is_name_token, is_role_word, looks_like_name, name_runs
from .role_names import HONORIFIC, doer
from .words import SPEECH_VERBS


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


_DOTTED = rf"(?:[{CAPITAL}]\.){{1,4}}"
"""Initials with their dots: "M.", "A.B."."""

INITIALS = re.compile(rf"{_DOTTED}|[{CAPITAL}]{{2}}")
"""A first name written as its initials: with their dots ("M.", "A.B.") or two capitals ("PJ")."""

_INITIALLED = re.compile(
    rf"(?<![\w.])(?P<before>[\w-]+\.?)\s+(?P<name>{_DOTTED}\s?(?:{PARTICLE}\s+){{0,2}}[{CAPITAL}][\w’'-]+)"
)
"""A word, then initials with their dots and a surname ("dr. K. Vermaat", "burgemeester A. de Vries")."""


def initialled_names(text: str) -> list[str]:
    """Names written as initials and a surname after a title or a role ("Prof. dr. K. Vermaat", "wethouder A. de
    Vries"): a person as surely as a full name, though no first name says so; a bare "J. Jansen" may be a byline.

    >>> initialled_names("Volgens prof. dr. K. Vermaat en wethouder A.B. de Vries, maar niet J. Jansen of M.Sc. Lid.")
    ['K. Vermaat', 'A.B. de Vries']
    >>> initialled_names("Spreker JW Kolk, lector Voeding, sprak. Fractievoorzitter GL Boer, die ...")
    ['JW Kolk']
    """
    found = []
    for m in _INITIALLED.finditer(text):
        titled = HONORIFIC.fullmatch(m.group("before")) is not None
        if (titled or is_role_word(m.group("before"))) and is_name_token(m.group("name").split()[-1]):
            found.append(m.group("name"))
    return found + [m.group(2) for m in _UNDOTTED.finditer(text) if is_role_word(m.group(1)) and doer(m.group(3).lower())]


_UNDOTTED = re.compile(rf"(?<![\w-])([\w-]+)\s+([{CAPITAL}]{{2}}\s+[{CAPITAL}][a-zà-ÿ’'-]+),\s+([\w-]+)")
"""Two capitals without dots and a surname, between a role and an apposition that opens with one ("spreker PJ
Beers, lector ..."): a person's initials, where a body's letters would stand alone."""


def speaks_at(before: str, after: str) -> bool:
    """A verb of saying right before or after a name, or "volgens" before it: "zegt J. Peeters", "J. Peeters zei";
    what makes a name of bare initials someone speaking rather than a byline or a photo credit.

    >>> speaks_at("Volgens ", " is het goed."), speaks_at("Foto: ", ". De raad"), speaks_at("", " zei dat")
    (True, False, True)
    """
    words, nxt = before.split()[-1:], after.split()[:1]
    return any(w.lower().strip(",") in SPEECH_VERBS | {"volgens"} for w in words + nxt)
