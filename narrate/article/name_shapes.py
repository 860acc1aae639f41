"""Shapes of Dutch and Flemish names that plain capitalised words miss: initials with their dots ("J.P.M. van
Laarhoven", "Jan P. Smet"), an elided particle ("d'Hondt") and "in 't" ("Sophie in 't Veld")."""

from __future__ import annotations

import re

from .letters import CAPITAL

INITIALS = re.compile(rf"[{CAPITAL}](?:\.[{CAPITAL}])*\.?")
"""A first name written as its initials, with or without the last dot: "J.", "A.B", "P.R.M."."""

ELIDED = re.compile(rf"[dD]['’][{CAPITAL}][\w-]+")
"""A surname opening with an elided particle: "d'Hondt", "d’Ancona"."""

ELIDED_PARTICLE = re.compile(rf"[dD]['’](?=[{CAPITAL}])")
"""The elided particle alone, before the surname's capital."""

PARTICLE = r"(?:van|de|der|den|ter|ten|te|von|da|di|du|le|la|bin|ibn|al|el|'t|’t)"
"""Lowercase name particles: Ursula von der Leyen, Frans van der Linden."""

SMALL_PARTICLE = rf"(?:{PARTICLE}|in)"
"""Lower-case particles of a name, "in" of "in 't" among them."""

SMALL_NAME_WORDS = frozenset({"van", "de", "der", "den", "ter", "ten", "von", "in"})
"""The particles that may follow initials in a name ("J. van Dijk", "S. in 't Veld")."""

RUN_WORD = rf"(?:(?<![\w.’'-])[{CAPITAL}](?:\.[{CAPITAL}])*\.(?=\s)|(?<![\w.’'-])[{CAPITAL}](?:\.[{CAPITAL}])+(?=\s)|[{CAPITAL}][\w’'-]*|[dD]['’][{CAPITAL}][\w’'-]*)"
"""One word of a run of name words: initials with their dots (never the last letter of "WRR."), a capitalised word,
a surname after "d'"."""


CAPITAL_PARTICLES = frozenset(
    {"De", "Van", "Le", "La", "Di", "Da", "Du", "Ter", "Ten", "Den", "Vanden", "Vande", "Von", "Der"}
)
"""Capitalised particles, after which more of the surname follows ("Van der Berg")."""


def particle_joins(name: list[str], particle: str) -> bool:
    """Whether a lower-case particle goes on the name read so far: after a first name ("Jan van Zanen"), after
    another particle or after initials ("J.P.M. van Laarhoven", "Jan P. van Dijk"); after a first name and a surname
    it opens what follows ("Jan Peeters van Groen", "vertelde Jan Peeters de Volkskrant").

    >>> particle_joins(["Jan", "P."], "van"), particle_joins(["Jan", "Peeters"], "van"), particle_joins(["Jan", "Peeters"], "de")
    (True, False, False)
    """
    if not name:
        return False
    last = name[-1]
    if particle == "in" and len(name) > 1 and not INITIALS.fullmatch(last):
        return False
    return len(name) == 1 or last in CAPITAL_PARTICLES or bool(re.fullmatch(SMALL_PARTICLE, last) or INITIALS.fullmatch(last))
