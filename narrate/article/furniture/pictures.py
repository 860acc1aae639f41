"""Vocabularies of pictures left in the text: what only a photo's label and caption say.

Like ``vocab``, tables of words that every site's pictures use, never one article's.
"""

from __future__ import annotations

import re

BARE_PICTURE_LABEL = re.compile(
    r"(?i)\s*(?:(?:responsive |featured |header )?image|afbeelding|photo|foto|beeld|placeholder|"
    r"(?:toelichting|beschrijving|uitleg|tekstversie) (?:bij|van) (?:deze|de) (?:afbeelding|foto|grafiek|kaart|infographic))\s*"
)
"""A picture's bare label, where a browser copy leaves the image ("Image" over its alt text), or the button that
opens its description ("Toelichting bij deze afbeelding"); match it whole."""

PICTURE_LABEL = re.compile(
    r"^(?:(?:foto|beeld|afbeelding|video|illustratie|grafiek|kaart)(?: van| bij| uit|:)|(?:photo|picture|image) of|op (?:de|deze) (?:foto|afbeelding)(?: \(?v\.?l\.?n\.?r\.?\)?)?:|"
    r"(?:grafiek|figuur|tabel|kaart|afbeelding|illustratie|infographic)\s+\d{1,2}\s*[:.–—-]|"
    r"v\.?l\.?n\.?r\.?:?)\s",
    re.IGNORECASE,
)
"""A picture's label left in the text: "Foto van de ramp", "Grafiek 1 – Jaarlijkse groei van de bevolking"."""

POSED = re.compile(
    r"(?i)\b(?:poseert|poseren|poserend|poseerde|poseerden|groepsfoto"
    r"|(?:kijkt|kijken|keek|keken|lacht|lachen|glimlacht)\s+(?:\w+\s+){0,2}(?:in|naar)\s+(?:de\s+)?camera(?![\w'’])"
    r"|van (?:de zijkant|achteren|opzij|boven) gezien|v\.\s?l\.\s?n\.\s?r|vlnr"
    r"|(?:tweede|derde|vierde|uiterst|helemaal|staand|zittend)\s+(?:van\s+)?(?:links|rechts)"
    r"|(?:met|en|naast)\s+(?:links|rechts)(?:\s+van\s+het\s+midden)?\s+(?-i:[A-ZÀ-Þ])\w*)"
    r"(?![\w'’])|\((?:links|rechts|midden|l|r)\)"
)
"""What only a picture's description says: people posing, looking into the camera, seen from the side, named from left
to right ("v.l.n.r."), placed in it ("tweede van links", "met rechts Senna Maatoug", "Barack Obama (links)")."""
