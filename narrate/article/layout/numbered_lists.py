"""The last item of a numbered list that a text copy sets as lines of their own.

A paste gives a list's items ("1. Meten", "2. Testen", "3. Kiezen") as short lines without a full stop, so
each is read as a subhead. The items over the last have nothing under them and fall away as empty headings,
but the last one has the text after the list under it and would stay a subhead, one alone in the middle of
the text (dev: all three such lines are list items in the keys, in three batches). It goes the way of its
siblings: read as text when long, cut when short.
"""

from __future__ import annotations

import re

from .. import furniture
from ..model import Removed
from .lines import HEADING, PARAGRAPH, Unit, comparable

_ITEM_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s")
"""A list item's number at one level ("3. Kiezen", "3) Kiezen"); "1.2. Missie" is a chapter's."""

ITEM_WORDS = 4
"""Words of an item cut as a label; a longer one is read, as its siblings are (``_sections`` in build)."""


def item_number(text: str) -> int | None:
    """The number a one-level numbered line opens with, if any.

    >>> item_number("3. Kiezen"), item_number("1.2. Missie"), item_number("2022 in cijfers")
    (3, None, None)
    """
    match = _ITEM_NUMBER.match(text)
    return int(match.group(1)) if match else None


def is_list_end(units: list[Unit], i: int, marked: frozenset[str]) -> bool:
    """Unit ``i`` is a numbered line right under its predecessor's empty numbered line, read as subheads by shape
    alone: a list's last item over the text that follows the list. A subhead the markup sets is one.

    >>> units = [Unit(HEADING, "1. Meten", 0), Unit(HEADING, "2. Testen", 1), Unit(PARAGRAPH, "Zo gaat het.", 2)]
    >>> is_list_end(units, 1, frozenset()), is_list_end(units, 1, frozenset({"2 testen"}))
    (True, False)
    """
    unit, before = units[i], units[i - 1] if i > 0 else None
    number = item_number(unit.text)
    return (
        before is not None
        and unit.kind == HEADING
        and before.kind == HEADING
        and number is not None
        and number >= 2
        and item_number(before.text) == number - 1
        and comparable(unit.text) not in marked
    )


def drop_list_ends(units: list[Unit], removed: list[Removed], marked: frozenset[str]) -> list[Unit]:
    """The units with a numbered list set as subheads no longer subheads, its items text when long, cut when short:
    all of them, lest the text after the list fall under an item over the last."""
    items: set[int] = set()
    for i in range(len(units)):
        if is_list_end(units, i, marked):
            items.update((i, i - 1))
    for i in sorted(items):
        # A line over the list with nothing under it but the list heads the list only, not the text after it.
        above = units[i - 1] if i > 0 and i - 1 not in items else None
        if above is not None and above.kind == HEADING and comparable(above.text) not in marked:
            items.add(i - 1)
    kept: list[Unit] = []
    for i, unit in enumerate(units):
        if i not in items:
            kept.append(unit)
        elif len(unit.text.split()) > ITEM_WORDS:
            kept.append(Unit(PARAGRAPH, unit.text, unit.block))
        else:
            removed.append(Removed(unit.text, furniture.EMPTY_HEADING))
    return kept
