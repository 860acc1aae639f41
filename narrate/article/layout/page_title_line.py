"""The page's own title line over its headline.

A browser copy may start with the page's <title> the way the tab shows it, "Headline | Site" or "Site - Headline",
and the headline follows further down on a line of its own. The title line is then the headline with the site's name
glued on: it is the page's chrome, and the bare copy under it names the article.
"""

from __future__ import annotations

import re

from .. import furniture
from ..model import Removed
from .institutions import LOWER_OK
from .lines import Line, comparable

_PARTS = re.compile(r"\s+[|–—-]\s+")
"""A bar or a dash set between spaces: what a page's <title> puts between the headline and the site's name."""

HEADLINE_WORDS = 4
"""Words the headline's part has at least: a shorter one is a site's or section's name ("Nieuws - Gemeente X")."""

WITHIN = 8
"""Lines under the title line in which the bare headline must stand: the page's top, not its body."""

TOP = 6
"""Lines at the top of the page where its title line may stand."""


def page_title_headline(lines: list[Line], i: int) -> str | None:
    """The headline line ``i`` carries with the site's name before or after it, when a bare copy of it stands
    on a line of its own just below; None otherwise.

    >>> page = [Line("Nieuwe brug over het kanaal gaat open | De Krant", 0), Line("Home", 1),
    ...         Line("Nieuwe brug over het kanaal gaat open", 2)]
    >>> page_title_headline(page, 0), page_title_headline(page[1:], 0), page_title_headline(page[:1], 0)
    ('Nieuwe brug over het kanaal gaat open', None, None)
    """
    parts = _PARTS.split(lines[i].text, maxsplit=1)
    if len(parts) != 2:
        return None
    # The other part is a name, each word capitalised ("Stadskrant Zandhoven"): a phrase there ("Landen herlanceren
    # hun samenwerking – Nieuw verdrag treedt in werking") makes the whole line the headline, over its second half.
    heads = {comparable(part) for part, other in (parts, parts[::-1]) if len(part.split()) >= HEADLINE_WORDS and _is_name(other)}
    return next((line.text for line in lines[i + 1 : i + 1 + WITHIN] if heads and comparable(line.text) in heads), None)


def _is_name(text: str) -> bool:
    """A site's name: its words capitalised, but for the small words of a name.

    >>> _is_name("Het Dagblad van de Kust"), _is_name("Landen herlanceren hun samenwerking")
    (True, False)
    """
    return all(word[:1].isupper() or word.lower() in LOWER_OK for word in text.split())


def cut_page_title_line(lines: list[Line], removed: list[Removed]) -> tuple[list[Line], str | None]:
    """The lines without the page's title line at the top, reported as navigation, and the headline it names
    (see ``page_title_headline``): the repetition names the headline surer than any shape."""
    for i in range(min(TOP, len(lines))):
        headline = page_title_headline(lines, i)
        if headline is not None:
            removed.append(Removed(lines[i].text, furniture.NAVIGATION))
            return lines[:i] + lines[i + 1 :], headline
    return lines, None
