"""Author lines of two shapes the author rules do not see: the newsroom signing alone, and a row of meta parts.

A page may sign with its newsroom rather than a person ("Redactie"), and set the author, the date and the reading
time on one row in whatever order ("3 min leestijd · Door Jan Peeters"): both stand where a byline stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..furniture.shape import READING_TIME, is_date_line, labelled_reading_time, segments

NEWSROOM = re.compile(r"(?i)(?:(?:door|tekst:?)\s+)?(?:de\s+)?redactie")
"""The newsroom's signature alone, a byline that names no one."""


def is_meta_row(text: str, is_byline: Callable[[str], bool]) -> bool:
    """A row of the article's meta, each part between separators a byline, a date or a reading time.

    >>> is_meta_row("3 min leestijd · Door Jan Peeters", lambda t: t.startswith("Door ")), is_meta_row("Brug · Sluis", lambda t: False)
    (True, False)
    """
    parts = segments(text)
    return len(parts) >= 2 and all(is_meta_part(p, is_byline) for p in parts if p)


def is_meta_part(text: str, is_byline: Callable[[str], bool]) -> bool:
    """A line or part of one that only says by whom, when or how long to read: what a page sets under its headline.

    >>> is_meta_part("Leestijd: 3 minuten", lambda t: False), is_meta_part("Brug", lambda t: False)
    (True, False)
    """
    return is_byline(text) or is_date_line(text) or bool(READING_TIME.match(text)) or labelled_reading_time(text)
