# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates and times as a newsreader says them."""

from __future__ import annotations

import datetime as _dt
import re

from .number_words import cardinal, year_words
from .stops import keep_stop
from .variants import check_variant


MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


_NUMERIC_DATE = re.compile(r"(?=[0-9])(?<![0-9.,/-])([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})"
                           r"(?![0-9]|[.,/-][0-9])")
_ISO_DATE = re.compile(r"(?=[0-9])(?<![0-9.,/-])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9]|[.,/-][0-9])")


def date_words(day: int, month: int, year: int | None = None) -> str | None:
    """A day and month, and the year if given, in words; None for an impossible date.

    >>> date_words(24, 2, 2022), date_words(31, 12), date_words(12, 31)
    ('vierentwintig februari tweeduizend tweeëntwintig', 'eenendertig december', None)
    """
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    words = f"{cardinal(day)} {MONTHS[month - 1]}"
    return f"{words} {year_words(year)}" if year is not None else words


def say_numeric_dates(text: str) -> str:
    """24/02/2022, 24-02-2022, 24.02.2022, 15-11-24 and 2022-02-24.

    >>> say_numeric_dates("op 24/02/2022")
    'op vierentwintig februari tweeduizend tweeëntwintig'
    >>> say_numeric_dates("15-11-24 en 1.10.20")
    'vijftien november tweeduizend vierentwintig en 1.10.20'
    """
    def dmy(m: re.Match) -> str:
        day, sep, month, year = m.groups()
        if len(year) == 2:
            if sep == ".":  # '1.10.20' is more likely a version
                return m.group()
            year = ("20" if int(year) < 70 else "19") + year
        return date_words(int(day), int(month), int(year)) or m.group()

    def iso(m: re.Match) -> str:
        return date_words(int(m.group(3)), int(m.group(2)), int(m.group(1))) or m.group()
    return _ISO_DATE.sub(iso, _NUMERIC_DATE.sub(dmy, text))


_MONTH_ABBR = {"jan": 1, "feb": 2, "febr": 2, "mrt": 3, "maa": 3, "apr": 4, "jun": 6,
               "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12}
_MONTH_ABBR_RE = re.compile(
    r"(?=[0-9a-z])(?<![\w.,])(?:([0-9]{1,2}) +)?(?<!\w)(" + "|".join(sorted(_MONTH_ABBR, key=len, reverse=True))
    + r")(\.)?(?!\w)(?=( +[0-9]{4}(?![0-9]))?)"
)


def say_month_abbreviations(text: str) -> str:
    """'4 nov.' and 'nov. 2024': the abbreviation needs a day or a year next to it.

    >>> say_month_abbreviations("op 4 nov. werd")
    'op vier november werd'
    >>> say_month_abbreviations("sinds sept. 2022")
    'sinds september 2022'
    """
    def month(m: re.Match) -> str:
        day, abbr, stop, year = m.groups()
        if day is None and year is None:
            return m.group()
        words = MONTHS[_MONTH_ABBR[abbr] - 1]
        if day is not None:
            words = f"{cardinal(int(day))} {words}"
        return keep_stop(words, m, stop and year is None)
    return _MONTH_ABBR_RE.sub(month, text)


_TIME_PREPOSITION = r"(?:om|vanaf|tot|rond|omstreeks|tegen|tussen|en|na|voor|sinds|van)"
_TIME_RANGE = re.compile(
    r"(?=[0-9])(?<![0-9.,])([0-9]{1,2})(?:[.:uh]([0-9]{2}))? *(?:-|–|tot) *"
    r"([0-9]{1,2})(?:[.:uh]([0-9]{2}))? *(?:uur|u)(?!\w)"
)
_TIME = re.compile(
    r"(?=[0-9])(?<![0-9.,])([0-9]{1,2})(?:([:uh])([0-9]{2})|(\.)([0-9]{2}))(?![0-9]|[.,:][0-9])(?: *(uur|u)(?!\w))?"
)
_HOUR_ONLY = re.compile(r"(?=[0-9])(?<![0-9.,])([0-9]{1,2})u(?!\w)")


def _time_words(hour: int, minute: int) -> str:
    """Newsreaders use the 24-hour clock: 'veertien uur dertig'.

    >>> _time_words(14, 30), _time_words(20, 0)
    ('veertien uur dertig', 'twintig uur')
    """
    return f"{cardinal(hour)} uur" + (f" {cardinal(minute)}" if minute else "")


def _valid_time(hour: str, minute: str | None) -> bool:
    return int(hour) <= 24 and (minute is None or int(minute) < 60)


def say_times(text: str) -> str:
    """14.30 uur, 14u30, 14:30, 20.00 uur, 10-12 uur.

    >>> say_times("om 14.30 uur en 14u30 en 14:30")
    'om veertien uur dertig en veertien uur dertig en veertien uur dertig'
    >>> say_times("van 10-12 uur")
    'van tien tot twaalf uur'
    """
    def time_range(m: re.Match) -> str:
        h1, m1, h2, m2 = m.groups()
        if not (_valid_time(h1, m1) and _valid_time(h2, m2)):
            return m.group()
        if m1 is None and m2 is None:
            return f"{cardinal(int(h1))} tot {cardinal(int(h2))} uur"
        return f"{_time_words(int(h1), int(m1 or 0))} tot {_time_words(int(h2), int(m2 or 0))}"

    def time(m: re.Match) -> str:
        hour, _, minute, dot, dot_minute, uur = m.groups()
        if dot:  # '14.30' is only a time next to 'uur' or after 'om', 'tot', ...
            minute = dot_minute
            after_preposition = re.search(rf"(?<!\w){_TIME_PREPOSITION} $", m.string[max(0, m.start() - 8):m.start()])
            if not uur and not after_preposition:
                return m.group()
        if not _valid_time(hour, minute):
            return m.group()
        return _time_words(int(hour), int(minute))

    text = _TIME_RANGE.sub(time_range, text)
    text = _TIME.sub(time, text)
    return _HOUR_ONLY.sub(lambda m: f"{cardinal(int(m.group(1)))} uur" if int(m.group(1)) <= 24 else m.group(), text)


_WEEKDAY_ABBR = {w[:2]: w for w in WEEKDAYS}
_WEEKDAY_RANGE = re.compile(r"\b(?=[mdwvz][aiorx])(?<!\.)(ma|di|wo|do|vr|za|zo)\.? ?(?:-|–|tot en met|tot) ?"
                            r"(ma|di|wo|do|vr|za|zo)(\.)?(?!\w)")


def say_weekday_ranges(text: str) -> str:
    """Opening days: 'ma-vr' is 'maandag tot vrijdag'.  Only a range: a lone 'do' or 'zo' is a word.

    >>> say_weekday_ranges("open ma-vr, di tot en met zo. Daarna ging het zo-zo")
    'open maandag tot vrijdag, dinsdag tot en met zondag. Daarna ging het zo-zo'
    """
    def days(m: re.Match) -> str:
        if m.group(1) == m.group(2):
            return m.group()  # 'het ging zo-zo'
        separator = " tot en met " if "met" in m.group() else " tot "
        return keep_stop(_WEEKDAY_ABBR[m.group(1)] + separator + _WEEKDAY_ABBR[m.group(2)], m, m.group(3))
    return _WEEKDAY_RANGE.sub(days, text)


def say_date(d: _dt.date, variant: str = "nl-BE") -> str:
    """A date as spoken in the intro.

    >>> say_date(_dt.date(2026, 11, 28))
    'zaterdag achtentwintig november tweeduizend zesentwintig'
    >>> say_date(_dt.date(2025, 1, 1), "nl-NL")
    'woensdag één januari tweeduizend vijfentwintig'
    """
    check_variant(variant)
    return f"{WEEKDAYS[d.weekday()]} {cardinal(d.day)} {MONTHS[d.month - 1]} {year_words(d.year)}"
