"""A page's counters and meters, each a closed family of forms complete by the language: where a gallery's viewer
stands ("Foto 3 van 8", "Beeld 2/5"), a counter with its label before or after its figure ("Bekeken: 1.204 keer",
"1,2 mln. views"). Only a whole line of one is cut: a sentence with the same figures has words around them.
"""

from __future__ import annotations

import re

from ..model import RemovalReason

_GALLERY_PLACE = re.compile(
    r"(?i)\(?\s*(?:(foto|beeld|afbeelding|dia|slide|plaat|image|photo|video)|aflevering|vraag)\s*\d{1,3}\s*(?:van|/|uit|of)\s*\d{1,3}\s*\)?"
)
"""A viewer's place, whatever it shows: a gallery's picture ("Foto 3 van 8", "Afbeelding 1/4", "(Dia 2 van 9)"), a
series' episode or a quiz's question ("Aflevering 3 van 8", "Vraag 3 van 10")."""

_FIGURE = r"\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{1,2})?\s*(?:[km]\b|mln\.?|mio\.?|mld\.?|miljoen|duizend|k\b)?"
"""A counter's figure, as a page prints a big one: "1.204", "12 345", "3,4K", "1,2 mln.", "2 miljoen"."""

_COUNTED = (
    r"(?:keer|x)\s*(?:bekeken|gelezen|gedeeld|beluisterd|afgespeeld|gedownload|bewaard|geliked|geopend)|views?|"
    r"weergaven|vertoningen|likes?|vind-ik-leuks?|shares?|deelacties|reacties?|comments?|opmerkingen?|downloads?"
)
"""What a page counts beside its article: reads, plays, shares, likes, comments, in each form (not its audience:
"Een miljoen kijkers" may be a subhead of the text)."""

_LABEL = (
    r"(?:(?:aantal\s+)?(?:keer\s+)?(?:bekeken|gelezen|gedeeld|beluisterd|afgespeeld|gedownload)|(?:aantal\s+)?"
    r"(?:views|weergaven|vertoningen|likes|shares|reacties|comments|opmerkingen|stemmen|downloads|volgers|lezers))"
)
"""A counter's label before its figure: "Bekeken", "Aantal keer gelezen", "Weergaven"."""

_COUNTER = re.compile(
    rf"(?i)(?:(?:nu|al)\s+)?(?:{_FIGURE}\s*(?:{_COUNTED})|{_LABEL}\s*:?\s*{_FIGURE}(?:\s*(?:keer|x))?)"
    r"|(?i:reageer|reageren|reacties?|comments?|opmerkingen?)\s*\(\d+\)"
)
"""A counter, its label before or after the figure, "nu" or "al" before it ("Nu 3 reacties"); or the comments' button
with its count in brackets ("Reageer (12)")."""


def counter_reason(text: str, words: int) -> RemovalReason | None:
    """The reason a whole line is a gallery's place or a labelled counter, or None.

    >>> counter_reason("Foto 3 van 8", 4), counter_reason("Beeld 2/5", 2), counter_reason("(Afbeelding 1 van 12)", 4)
    ('photo caption', 'photo caption', 'photo caption')
    >>> counter_reason("Aflevering 3 van 8", 4), counter_reason("Nu 3 reacties", 3), counter_reason("Reageer (12)", 2)
    ('navigation', 'date line', 'date line')
    >>> counter_reason("Bekeken: 1.204 keer", 3), counter_reason("1,2 mln. views", 3), counter_reason("Aantal reacties: 12", 3)
    ('date line', 'date line', 'date line')
    >>> counter_reason("Foto 3 van 8 toont de brug in 1962.", 9), counter_reason("1,2 miljoen mensen keken.", 4)
    (None, None)
    """
    if words > 6:
        return None
    line = text.strip().rstrip(".").strip()
    place = _GALLERY_PLACE.fullmatch(line)
    if place:
        return "photo caption" if place.group(1) else "navigation"
    # a counter's line is filed with the meta line it belongs to, as the other counters are ("12 reacties")
    return "date line" if _COUNTER.fullmatch(line) else None
