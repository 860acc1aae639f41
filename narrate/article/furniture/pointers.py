"""Lines that send the reader elsewhere on the site.

A pointer names what the reader finds on another page or in another part of the site ("Meer foto's vindt u in het
fotoalbum", "Het volledige rapport staat bij Publicaties"): the page's furniture, whatever the article is about.
"""

from __future__ import annotations

import re

from ..letters import CAPITAL

_FINDS = (
    r"(?:vindt u|vind je|vinden jullie|leest u|lees je|kunt u (?:\w+ )?(?:vinden|lezen|bekijken|raadplegen)|"
    r"kun je (?:\w+ )?(?:vinden|lezen|bekijken|raadplegen)|(?:staat|staan|is|zijn) (?:(?:ook |terug )?te (?:vinden|lezen|"
    r"bekijken|raadplegen|downloaden) |beschikbaar )?)"
)
_WHERE = (
    r"(?:(?:op|via) (?:de|deze|onze) (?:pagina|rubriek)\b|in (?:het|ons|de) (?:digitale |online )?(?:fotoalbum|fotoboek|"
    rf"fotogalerij|galerij|album)\b|bij (?-i:[{CAPITAL}])[\w-]+[.!]?$|onder ?aan (?:het|de|deze|dit) (?:volledige )?(?:artikel|pagina)\b)"
    r"[^.!?]{0,90}"
)
"""Where the pointer sends the reader: another page or section of the same site, a photo album, the foot of the page;
an outside address alone is a sentence a press release may keep as its text."""

POINTER = re.compile(
    r"(?i)^(?:meer (?:informatie|info|foto['’]s|beelden|nieuws|details|uitleg|achtergrond(?:informatie)?|video['’]s)"
    r"(?:\s+(?:over|van|bij|rond|uit)\s+[^.!?]{1,80}?)?"
    r"|(?:het|de) (?:volledige|hele|integrale|uitgebreide) [\w'’-]+(?:\s+(?:over|van|bij)\s+[^.!?]{1,60}?)?"
    r"|bronnen, noten en/of referenties)\s+"
    rf"{_FINDS}\s*{_WHERE}[.!]?$"
)
"""A sentence that says where more is to be found: "Meer foto's van de herdenking vindt u in het digitale fotoalbum.",
"Meer informatie over wegwerkzaamheden vindt u op de pagina Verkeer.", "Het volledige auditrapport staat bij
Publicaties.", "Bronnen, noten en/of referenties staan onder aan het volledige artikel."; not "Meer mensen staan in
de rij." (no noun of a page's content after "Meer")."""


def points_elsewhere(text: str) -> bool:
    """One sentence telling the reader where more is to be found.

    >>> points_elsewhere("Meer foto's van de opening vindt u in ons fotoalbum."), points_elsewhere("Meer mensen staan in de rij.")
    (True, False)
    >>> points_elsewhere("Het volledige verslag staat bij Documenten."), points_elsewhere("Het volledige bedrag staat vast.")
    (True, False)
    """
    return bool(POINTER.match(text.strip())) and not re.search(r"[.!?]\s+\S", text.strip())
