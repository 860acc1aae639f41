"""A numbered label over the furniture at the top of the body: the page's issue, edition, page or dossier.

A subhead is followed by its text. A heading-shaped line that opens the body and holds a number ("3600 oktober
2019", "Page 1", "Jaarverslag 2023 Hogeschool Rotterdam", "Leuven na 3 jaar Mo"), whose next line on the page is
furniture (a menu, a picture's caption, a link), names the page or its issue, its dossier or its picture: a label
of the page, not a chapter of the text. A date under it is left alone: an overview's entry has its title over its
date ("Stap 4: Alles open" over "(18-06-2021)"), as a page's headline repeated over its reading time is a subhead.
Dev: 4 such labels cut in 4 batches (3 of them keyed furniture), no subhead lost; blind false headings 195 to 190.
"""

from __future__ import annotations

import re

from .. import furniture
from ..model import Removed, Section
from .lines import Line, comparable


def drop_opening_labels(sections: list[Section], top: list[Line], removed: list[Removed], marked: frozenset[str]) -> list[Section]:
    """The sections without their numbered opening labels (cut), each label's text, if any, put under the heading
    before it or none. A heading the page's markup sets (``marked``) is kept."""
    while True:
        n = next((i for i, s in enumerate(sections) if s.heading is not None or s.paragraphs), None)
        if n is None or not _is_label(sections[n].heading, top, removed, marked):
            return sections
        label = sections[n]
        removed.append(Removed(label.heading or "", furniture.EDITION))
        sections = sections[:n] + ([Section(None, label.paragraphs)] if label.paragraphs else []) + sections[n + 1 :]


_DATING = frozenset({furniture.DATE_LINE, furniture.READING_TIME})
"""Furniture that dates the line above it: an entry's or the article's date, its reading time."""


def _is_label(heading: str | None, top: list[Line], removed: list[Removed], marked: frozenset[str]) -> bool:
    """``heading`` holds a number, no markup sets it, and the line under it on the page (under its last copy: the
    first may be a menu's or the headline's) was cut as furniture that does not date it.

    >>> page = [Line("Stadsmagazine", 0), Line("Nummer 3 oktober 2019", 1), Line("Deel via Facebook", 2), Line("Tekst.", 3)]
    >>> _is_label("Nummer 3 oktober 2019", page, [Removed("Deel via Facebook", "share button")], frozenset())
    True
    >>> _is_label("Nummer 3 oktober 2019", page, [], frozenset()), _is_label("Stadsmagazine", page, [], frozenset())
    (False, False)
    >>> _is_label("Nummer 3 oktober 2019", page, [Removed("Deel via Facebook", "date line")], frozenset())
    False
    """
    if heading is None or not re.search(r"\d", heading) or comparable(heading) in marked:
        return False
    texts = [comparable(line.text) for line in top]
    at = max((i for i, text in enumerate(texts) if text == comparable(heading)), default=None)
    below = next((text for text in texts[at + 1 :] if text), None) if at is not None else None
    reasons = {r.reason for r in removed if comparable(r.text) == below} - {furniture.DUPLICATE}  # its copy is text
    return below is not None and bool(reasons) and not reasons & _DATING
