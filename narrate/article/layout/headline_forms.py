"""Two forms of one headline at the top of a page: which of them is the title.

A wiki sets its page's name over the document's own heading, which says the same and more ("Radiotoespraak
Wilhelmina 12 september 1940" over "Radiotoespraak Wilhelmina 12 september 1940 op Radio Oranje"). A name with a
date in it reads as a dateline, so the header rules take it for the byline and the longer heading under it for the
title. The page is named by the shorter line: the longer one is its subtitle.
"""

from __future__ import annotations

import re

from ..furniture.vocab import MONTHS, WEEKDAYS
from ..model import Removed
from .lines import comparable
from .title import is_headline_shaped
from .trail import is_menu_entry, steps_below_home

PAGE_NAME_WORDS = 3
"""Words a page's name has at least: a shorter line that starts the headline is a kicker or a label."""

_BINDING = frozenset("de het een van in op en voor met aan bij naar over uit om tot door als te of der des".split())
"""Words after which a capitalised word is part of the phrase, not a label glued on ("... voor de Raad")."""


def page_name_over(title: str, bylines: list[str]) -> tuple[str, list[str]]:
    """The title and the byline lines, with a byline line the title starts with, word for word, taken back as the
    title (the page's name, which its date made a dateline).

    >>> page_name_over("Toespraak 12 mei 1940 op de radio", ["Toespraak 12 mei 1940"])
    ('Toespraak 12 mei 1940', [])
    >>> page_name_over("Brug open", ["Door Jan Peeters"])
    ('Brug open', ['Door Jan Peeters'])
    """
    key = comparable(title)
    for line in bylines:
        if len(line.split()) >= PAGE_NAME_WORDS and key.startswith(comparable(line) + " ") and is_headline_shaped(line):
            return line, [other for other in bylines if other is not line]
    return title, bylines



def menu_steps(removed: list[Removed]) -> set[str]:
    """The steps of the page's breadcrumbs below home that are entries of the site's menu too (comparable)."""
    return {step for step in steps_below_home(removed) if is_menu_entry(step, removed)}


def without_glued_step(title: str, steps: set[str]) -> str:
    """The title less a step of the page's breadcrumb that is an entry of its menu too (``steps``, comparable),
    glued after it as a label of its own ("Werkbezoek bij de haven dwingt respect af Ministeries" under "Home ›
    Ministeries › ..."): the section's label the copy ran into the headline; kept where a word of the phrase stands
    before it ("Nieuws uit de Raad"). A step that is no menu entry, the place a page is filed under, may end the
    headline ("Onderzoek naar nieuw politiebureau Krimpenerwaard").

    >>> without_glued_step("Werkbezoek bij de haven dwingt respect af Ministeries", {"ministeries", "verhalen"})
    'Werkbezoek bij de haven dwingt respect af'
    >>> without_glued_step("Nieuwe voorzitter voor de Raad", {"raad"})
    'Nieuwe voorzitter voor de Raad'
    """
    words = title.split()
    for size in (1, 2, 3):
        head, tail = words[:-size], words[-size:]
        if len(head) < PAGE_NAME_WORDS or not tail[0][:1].isupper() or comparable(" ".join(tail)) not in steps:
            continue
        if head[-1].lower() in _BINDING or not is_headline_shaped(" ".join(head)):
            continue
        return " ".join(head)
    return title


_DAY_NAME = re.compile(rf"(?i)(?:{WEEKDAYS})\s+\d{{1,2}}\s+(?:{MONTHS})")
"""A day named by its weekday, day and month, without a year: "Maandag 5 september"."""


def named_day(bylines: list[str]) -> tuple[str | None, str | None]:
    """The title and byline of a page with no headline line: a diary's entry is named by its day ("Maandag 5
    september"), which reads as a date, over the line that dates the post with its year ("Geplaatst op 6 september
    2022"); the day's line is then the title. Otherwise no title, and every line is the byline.

    >>> named_day(["Maandag 5 september", "Geplaatst op 6 september 2022 in Weblog"])
    ('Maandag 5 september', 'Geplaatst op 6 september 2022 in Weblog')
    >>> named_day(["Maandag 5 september 2022", "Geplaatst op 6 september 2022"])
    (None, 'Maandag 5 september 2022 · Geplaatst op 6 september 2022')
    """
    first = bylines[0] if bylines else ""
    if _DAY_NAME.fullmatch(first.strip()) and any(re.search(r"\b(?:19|20)\d\d\b", line) for line in bylines[1:]):
        return first, " · ".join(dict.fromkeys(bylines[1:])) or None
    return None, " · ".join(dict.fromkeys(bylines)) or None
