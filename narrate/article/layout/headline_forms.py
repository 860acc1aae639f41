"""Two forms of one headline at the top of a page: which of them is the title.

A wiki sets its page's name over the document's own heading, which says the same and more ("Radiotoespraak
Wilhelmina 12 september 1940" over "Radiotoespraak Wilhelmina 12 september 1940 op Radio Oranje"). A name with a
date in it reads as a dateline, so the header rules take it for the byline and the longer heading under it for the
title. The page is named by the shorter line: the longer one is its subtitle.
"""

from __future__ import annotations

from .lines import comparable
from .title import is_headline_shaped

PAGE_NAME_WORDS = 3
"""Words a page's name has at least: a shorter line that starts the headline is a kicker or a label."""


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

