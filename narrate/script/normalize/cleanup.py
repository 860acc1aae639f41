# SPDX-License-Identifier: GPL-3.0-or-later
"""Clean-up and furniture: Unicode, digit groups, photo credits, editorial notes, addresses."""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

_QUOTES = str.maketrans({"’": "'", "‘": "'", "´": "'", "`": "'", "‚": "'",
                         "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                         "\u2212": "-", "\u2010": "-", "\u2011": "-",
                         "\u00ad": None, "\u200b": None, "\ufeff": None})
_GROUP_SPACE = "\u00a0\u202f\u2009\u2007"


_GROUPED_NBSP = re.compile(rf"(?=[0-9])(?<![0-9.,])[0-9]{{1,3}}(?:[{_GROUP_SPACE}][0-9]{{3}})+(?![0-9])")
# With plain spaces only a first group of 1-3 digits counts: '2022 300' is two numbers.
_GROUPED_SPACE = re.compile(r"(?=[0-9])(?<![0-9.,])[0-9]{1,3}(?: [0-9]{3})+(?![0-9.,]?[0-9])")
_TO_SPACE = {ord(c): " " for c in _GROUP_SPACE}


def _dot_groups(m: re.Match) -> str:
    return m.group().translate(_TO_SPACE).replace(" ", ".")


def join_digit_groups(text: str) -> str:
    """Thousands separated by spaces get the Dutch dot.

    >>> join_digit_groups("12 500 en 2022 300 en 1 000 000")
    '12.500 en 2022 300 en 1.000.000'
    """
    return _GROUPED_SPACE.sub(_dot_groups, text)


class CharMap(dict):
    """A ``str.translate`` table that decides each code point once, on first sight."""

    def __init__(self, decide: Callable[[str], "str | None"]) -> None:
        super().__init__()
        self._decide = decide

    def __missing__(self, code: int) -> "str | int | None":
        result = self._decide(chr(code))
        self[code] = code if result is None else (result or None)
        return self[code]


def _cleanup_char(ch: str) -> "str | None":
    """None keeps ``ch``; '' drops it; anything else replaces it."""
    cat = unicodedata.category(ch)
    if cat == "Nd" or unicodedata.decomposition(ch).startswith("<sub>"):
        # A subscript digit is a plain one to the ear: 'CO₂' is said like 'CO2'.
        # (Superscripts stay: '²' and '³' make units square and cubic.)
        return str(unicodedata.digit(ch)) if ch.isdigit() else None
    if cat in ("Co", "Cs"):
        return ""
    if ch in "\n\r" or cat in ("Zl", "Zp"):
        return "\n"
    if cat == "Cc" or (cat == "Zs" and ch not in _GROUP_SPACE):
        return " "
    return None


_CLEANUP = CharMap(_cleanup_char)
_CLEANUP.update(_QUOTES)


def clean_unicode(text: str) -> str:
    """NFC, ASCII digits, plain quotes and spaces (no tabs); private-use code
    points are dropped so that they cannot collide with the IPA placeholders.
    Thousands separated by no-break spaces get the Dutch dot.

    >>> clean_unicode("‘zo’n’\\t١٢\\u00a0500")
    "'zo'n' 12.500"
    >>> clean_unicode("CO₂ en H₂O in m²")
    'CO2 en H2O in m²'
    """
    text = unicodedata.normalize("NFC", text).translate(_CLEANUP)
    if any(c in text for c in _GROUP_SPACE):
        text = _GROUPED_NBSP.sub(_dot_groups, text).translate(_TO_SPACE)
    return text


_CREDIT = re.compile(r"(?:(?:Foto|Beeld|foto|beeld) ?: ?)?©[^\n]*")


def drop_credits(text: str) -> str:
    """Photo credits ('©Getty Images') are furniture, not news.  Only a short
    rest of the line is dropped; in a long line just the sign goes.

    >>> drop_credits("Kim Jong-un. ©Getty Images\\nMet Foto: © Belga")
    'Kim Jong-un. \\nMet '
    """
    def credit(m: re.Match) -> str:
        return "" if len(m.group().split()) <= 6 else m.group().replace("©", " ")
    return _CREDIT.sub(credit, text) if "©" in text else text


_EDITORIAL_END = re.compile(r"\s*[,;:]?\s*\b(?:red\.|nvdr\.?)\s*(?=[)\]])", re.I)
_EDITORIAL_START = re.compile(r"(?<=[(\[])\s*(?:red\.|nvdr\.?)\s*:?\s*", re.I)
_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|\[\s*\])")


def drop_editorial_notes(text: str) -> str:
    """'red.' and 'nvdr.' only mark who added a bracketed note.

    >>> drop_editorial_notes("oorlog (1950-1953, red.) niet")
    'oorlog (1950-1953) niet'
    >>> drop_editorial_notes("leider (red.) zei")
    'leider zei'
    """
    lowered = text.lower()
    if "red." not in lowered and "nvdr" not in lowered:
        return text
    text = _EDITORIAL_END.sub("", text)
    text = _EDITORIAL_START.sub("", text)
    return _EMPTY_BRACKETS.sub("", text)


_EMAIL = re.compile(r"(?=[\w.+-])(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_URL = re.compile(r"(?=[hw])\b(?:https?://|www\.)[^\s<>\"']+", re.I)
_TLDS = "be|nl|com|org|net|eu|info|io|fr|de|uk|gov|edu|int|tv|ai|app|news|brussels|vlaanderen"
_TLD_HINT = re.compile(rf"\.(?:{_TLDS})\b")
_DOMAIN = re.compile(rf"(?=[A-Za-z0-9])(?<![\w@.-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*"
                     rf"\.(?:{_TLDS})(?:/[^\s]*)?(?![\w-])")


def _spoken_domain(url: str) -> str:
    """Only the domain of an address is worth hearing.

    >>> _spoken_domain("https://www.vrt.be/nws/")
    'vrt punt be'
    """
    host = re.sub(r"^[a-z]+://", "", url, flags=re.I)
    host = re.split(r"[/?#:]", host, maxsplit=1)[0].lower()
    host = re.sub(r"^www\.", "", host)
    return " punt ".join(p for p in host.split(".") if p)


def say_addresses(text: str) -> str:
    """E-mail addresses and URLs, which espeak spells letter by letter.

    >>> say_addresses("Mail naam@vrt.be of zie https://www.vrt.be/nws.")
    'Mail naam at vrt punt be of zie vrt punt be.'
    """
    def email(m: re.Match) -> str:
        local, domain = m.group().split("@", 1)
        local = " punt ".join(p for p in local.split(".") if p)
        return f"{local} at {_spoken_domain(domain)}"

    def url(m: re.Match) -> str:
        raw = m.group()
        core = raw.rstrip(".,;:!?)]")
        return _spoken_domain(core) + raw[len(core):]

    if "@" in text:
        text = _EMAIL.sub(email, text)
    text = _URL.sub(url, text)
    return _DOMAIN.sub(url, text) if _TLD_HINT.search(text) else text
