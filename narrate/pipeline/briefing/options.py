"""What a briefing is asked for: its feeds, length, number of stories and time window."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ...errors import InputError
from ...settings import Settings
from ..options import Flags, first

_SINCE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(m|min|h|u|d|w)?\s*$", re.IGNORECASE)
_UNITS = {"m": 1 / 60, "min": 1 / 60, "h": 1, "u": 1, "d": 24, "w": 24 * 7}


@dataclass(frozen=True)
class BriefingOptions:
    """Everything ``narrate briefing`` needs beyond what a render needs."""

    feeds: tuple[str, ...] = ()
    """The feeds, in the order their stories are read."""

    minutes: float = 15.0
    """The length asked for; the briefing comes out within ±10 % of it."""

    max_stories: int = 10
    """At most this many stories."""

    since: dt.timedelta = dt.timedelta(hours=24)
    """Items published longer ago than this are not taken."""

    dry_run: bool = False
    """Only plan: say what would be read, write nothing."""


def briefing_options(settings: Settings, flags: Flags, feeds: tuple[str, ...] = (), dry_run: bool = False
                     ) -> BriefingOptions:
    """The briefing's options: arguments and flags over ``[briefing]`` in ``narrate.toml`` over the defaults."""
    default = BriefingOptions()
    chosen = tuple(feeds) or tuple(settings.briefing.feeds or ())
    if not chosen:
        raise InputError("no feeds to read; name them (narrate briefing URL...) or list them under [briefing] "
                         "feeds in narrate.toml")
    minutes = first(flags.minutes, settings.briefing.minutes, default.minutes)
    if not 0.5 <= minutes <= 240:
        raise InputError(f"--minutes {minutes:g} is out of range; ask for 0.5 to 240 minutes")
    max_stories = first(flags.max_stories, settings.briefing.max_stories, default.max_stories)
    if max_stories < 1:
        raise InputError(f"max_stories must be at least 1, not {max_stories}")
    since = parse_since(flags.since) if flags.since else default.since
    return BriefingOptions(chosen, float(minutes), max_stories, since, dry_run)


def parse_since(text: str) -> dt.timedelta:
    """``--since``: a number of hours, or with a unit (``90m``, ``48h``, ``2d``, ``1w``).

    >>> parse_since("48h"), parse_since("2d"), parse_since("36")
    (datetime.timedelta(days=2), datetime.timedelta(days=2), datetime.timedelta(days=1, seconds=43200))
    """
    found = _SINCE.match(text)
    if not found:
        raise InputError(f"--since {text!r} is not a time span; write e.g. 24h, 48h, 2d or 90m")
    hours = float(found.group(1).replace(",", ".")) * _UNITS[(found.group(2) or "h").lower()]
    if hours <= 0:
        raise InputError(f"--since {text!r} must be longer than nothing")
    return dt.timedelta(hours=hours)
