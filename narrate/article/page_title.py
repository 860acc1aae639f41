"""The headline a saved page's metadata gives, set against what the page shows.

A page's <title> names the article, or only the site, its section or the kind of page; where the page has no
<h1>, the lines above its text tell which. A site may also set the posting date after the headline in brackets.
"""

from __future__ import annotations

import re

from . import furniture
from .layout import Line, PageHints
from .layout.lines import comparable
from .layout.title import is_prose
from .model import Removed


SHOWN_TITLE_WORDS = 4
"""Words a <title> shown over the text has at least to be the headline: a shorter one is the section's label."""


def title_from_metadata(hints: PageHints, title: str, lines: list[Line]) -> None:
    """A page with no <h1> takes its <title> as its headline only when a line above the text says it, in four
    words or more (a shorter one there is the section's label, "In de kijker"). A <title>
    the page does not show over its text names the site, its section or the kind of page ("Gemeente X", "Verslag
    commissievergadering"), not this article; such a page names no headline, and none of its lines is taken for one.

    >>> hints = PageHints()
    >>> title_from_metadata(hints, "Gemeente Kortrijk", [Line("De stad opent vandaag een nieuwe brug over het kanaal.", 0)])
    >>> hints.title, hints.untitled
    (None, True)
    """
    if hints.title or not title:
        return
    top = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    shown = any(comparable(line.text) == comparable(title) for line in lines[:top]) and len(title.split()) >= SHOWN_TITLE_WORDS
    hints.title, hints.untitled = (title, False) if shown else (None, True)


_BRACKETED_DATE = re.compile(r"^(.*\S)\s+\(([^()]{6,30})\)$")
"""A headline with a date in brackets after it: "Statushouders doen mee (10-01-2020)"."""


def undated_headline(hints: PageHints, lines: list[Line], removed: list[Removed]) -> list[Line]:
    """The headline without the date a site sets after it in brackets, in the hint and on its line: the date says
    when it was posted, it is no word of the headline.

    >>> hints = PageHints(title="Fietsbrug open (10-01-2020)")
    >>> [l.text for l in undated_headline(hints, [Line("Fietsbrug open (10-01-2020)", 0)], [])], hints.title
    (['Fietsbrug open'], 'Fietsbrug open')
    """
    found = _BRACKETED_DATE.match(hints.title or "")
    if found is None or not furniture.shape.is_date_line(found.group(2)) or len(found.group(1).split()) < 2:
        return lines
    removed.append(Removed(found.group(2), furniture.DATE_LINE))
    title, hints.title = hints.title, found.group(1)
    return [Line(hints.title, line.block, line.hint) if line.text == title else line for line in lines]
