"""What a page's breadcrumb says about the lines at its top: which of them name a section, not the page.

A trail runs from the site's home down to the page ("Home › Actueel › Weblog"). Its steps are sections,
and the page may set a section's name near its headline: as a label under it ("Weblogs"), or as the last
step itself when the trail stops at the section ("Home › Editie 1 › Natuur en milieu", with "Natuur en
milieu" also an entry of the site's menu). None of those is the headline.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import furniture
from ..furniture.shape import is_menu_of, segments, trail_steps
from ..model import Removed
from .lines import Line, comparable

_HERE = re.compile(r"^(?i:u bent hier|je bent hier|jij bent hier|hier bent u|u bevindt zich(?: hier)?(?: op)?|you are here)\s*:\s*")
"""The label a trail may open with ("Je bent hier: Home / Jaarverslag 2016 / Voorwoord")."""


def without_label(trail: str) -> str:
    """The trail without its "you are here" label, which would hide a trail of slashes and stick to its first step.

    >>> without_label("Je bent hier: Home / Nieuws / Opening"), without_label("Home › Nieuws")
    ('Home / Nieuws / Opening', 'Home › Nieuws')
    """
    return _HERE.sub("", trail.strip())


def _trails(removed: list[Removed]) -> list[list[str]]:
    """The steps of each breadcrumb cut as navigation."""
    return [steps for r in removed if r.reason == furniture.NAVIGATION and (steps := trail_steps(without_label(r.text)))]


def steps_below_home(removed: list[Removed]) -> set[str]:
    """Every step of the page's breadcrumbs but the first (the site's home), comparable."""
    return {comparable(step) for steps in _trails(removed) for step in steps[1:]}


def site_names(removed: list[Removed]) -> set[str]:
    """The start of each breadcrumb (comparable), and each of its words: where it is not "Home", the site's own name
    ("Overheid Vlaanderen"), which its logo or a one-word mark ("Vlaanderen") sets above the article too.

    >>> sorted(site_names([Removed("Stad Gent > Nieuws > Brug", furniture.NAVIGATION)]))
    ['gent', 'stad', 'stad gent']
    """
    roots = {comparable(steps[0]) for steps in _trails(removed) if len(steps) > 1}
    return roots | {word for root in roots for word in root.split() if len(word) >= 4}


def section_pages(removed: list[Removed]) -> set[str]:
    """The pages trails end on that are entries of the site's menu too (comparable): sections, not articles."""
    return {comparable(steps[-1]) for steps in _trails(removed) if len(steps) > 1 and is_menu_entry(steps[-1], removed)}


def is_menu_entry(page: str, removed: list[Removed]) -> bool:
    """The page a trail ends on is also an entry of the site's menu (cut as furniture): the trail stops at a section,
    whose name the page sets over the article's own headline."""
    key = comparable(page)
    for r in removed:
        entries = segments(r.text)
        if is_menu_of(entries) and key in {comparable(entry) for entry in entries}:
            return True
    return False


def plural_of(word: str, steps: set[str]) -> bool:
    """A one-word label that is a step's plural ("Weblogs" under a trail through "Weblog"): the kind of page,
    set under the headline, not a headline.

    >>> plural_of("Weblogs", {"weblog", "actueel"}), plural_of("Weblog", {"weblog"}), plural_of("Nieuws over", {"nieuw"})
    (True, False, False)
    """
    key = comparable(word)
    return " " not in key and any(key in (step + "s", step + "en") for step in steps if " " not in step)


def cut_step_labels(lines: list[Line], steps: set[str], removed: list[Removed], is_prose: Callable[[str], bool]) -> list[Line]:
    """The lines less any one-word plural of a trail's step (``steps``, comparable) above the first prose."""
    top = next((n for n, line in enumerate(lines) if is_prose(line.text)), len(lines))
    labels = [n for n, line in enumerate(lines[:top]) if plural_of(line.text, steps)]
    removed.extend(Removed(lines[n].text, furniture.NAVIGATION) for n in labels)
    return [line for n, line in enumerate(lines) if n not in labels]


def breadcrumb_sections(trail: str) -> set[str]:
    """The sections a breadcrumb passes on its way down (comparable), less its start and the page itself; none for a
    line that is no trail (of arrows, or of slashes from Home).

    >>> sorted(breadcrumb_sections("Home > Pers en media > Alle media")), breadcrumb_sections("Over ons | Contact")
    (['pers en media'], set())
    """
    trail = without_label(trail)
    if not trail_steps(trail):
        return set()
    parts = [p.strip() for p in re.split(r"\s[>›»/]\s", trail)]
    return {comparable(p) for p in parts[1:-1] if p}


def breadcrumb_page(trail: str) -> str | None:
    """The page a breadcrumb ends on; None for a line that is no trail (of arrows, or of slashes from Home).

    >>> breadcrumb_page("Home › Steun het KMSKA › Partners restauraties"), breadcrumb_page("Over ons | Contact")
    ('Partners restauraties', None)
    """
    steps = trail_steps(without_label(trail))
    return steps[-1] if steps else None
