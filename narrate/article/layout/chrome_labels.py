"""The page's own labels: its kicker and the steps of its breadcrumbs. Set again over a part of the text
("Features" under a trail "Home › Features › Interviews"; the magazine's name "Wageningen World" that is the
kicker too), such a line names the page's place on the site, not a chapter. A menu's entries are not taken: a
site's menu may list the very sections the text has as its chapters."""

from __future__ import annotations

from .. import furniture
from ..furniture.shape import trail_steps
from ..model import Removed
from .lines import comparable

def chrome_labels(kicker: str | None, removed: list[Removed]) -> frozenset[str]:
    """The kicker and the steps of the breadcrumbs cut so far but their last (the page itself, whose headline may
    head its text), as ``comparable`` gives them.

    >>> sorted(chrome_labels("Wageningen World", [Removed("Home › Features › Interviews", furniture.NAVIGATION)]))
    ['features', 'home', 'wageningen world']
    """
    steps = [step for r in removed if r.reason == furniture.NAVIGATION for step in trail_steps(r.text)[:-1]]
    return frozenset(key for key in map(comparable, [*steps, kicker or ""]) if key)
