"""A person's name card beside their picture, cut by context: the picture's own line (its credit or its
alternative text) stands right above or below the card.

A name alone, or a name with a lower-case role on the next line ("directeur bij het planbureau"), reads as a
subhead or a paragraph of its own; set against a picture it only says who is pictured.
"""

from __future__ import annotations

import re

from ..people import is_full_name, is_role_word

PICTURE_REASONS = frozenset({"photo caption", "photo credit"})
"""The reasons of a picture's own lines."""


def _name_alone(text: str) -> bool:
    """A person's full name and nothing else.

    >>> _name_alone("Mia Claes"), _name_alone("Mia Claes opent de brug")
    (True, False)
    """
    text = text.strip()
    return 2 <= len(text.split()) <= 4 and is_full_name(text)


def _role_line(text: str) -> bool:
    """A lower-case role and where it is held, no sentence: "directeur bij het planbureau", "burgemeester van Lier".

    >>> _role_line("directeur bij het Centraal Planbureau"), _role_line("directeur was hij nooit.")
    (True, False)
    """
    words = text.split()
    return 1 <= len(words) <= 10 and text[:1].islower() and is_role_word(words[0]) and not re.search(r"[.!?:]$", text.strip())


def pictured_cards(texts: list[str], reasons: list) -> set[int]:
    """The lines of name cards set against a picture: a name alone over the picture's credit or caption, or a name
    and a role line with the picture's line right above or below the two."""
    cards: set[int] = set()
    for i, text in enumerate(texts):
        if reasons[i] is not None or not _name_alone(text):
            continue
        picture_below = i + 1 < len(texts) and reasons[i + 1] in PICTURE_REASONS
        role = i + 1 < len(texts) and reasons[i + 1] is None and _role_line(texts[i + 1])
        framed = role and ((i > 0 and reasons[i - 1] in PICTURE_REASONS) or (i + 2 < len(texts) and reasons[i + 2] in PICTURE_REASONS))
        if picture_below:
            cards.add(i)
        elif framed:
            cards.update({i, i + 1})
    return cards


_AGED_CAPTION = re.compile(r"(?P<name>[^()]{3,60}?)\s*\(\d{1,3}\)\.")
"""A name and an age in brackets closed by a full stop: the sentence a picture's caption makes of its card."""


def aged_captions(texts: list[str]) -> set[int]:
    """Lines that are a person's full name and age, closed by a full stop, and nothing else ("Jan Peeters (23)."): a
    portrait's picture caption.  Over words it labels, a card has no full stop ("Jan Peeters (23), student:").

    >>> sorted(aged_captions(["Vandaag: Jan Peeters (23).", "Jan Peeters (23).", "Jan Peeters (23)", "Reacties (2)."]))
    [1]
    """
    found = set()
    for i, text in enumerate(texts):
        m = _AGED_CAPTION.fullmatch(text.strip())
        if m and is_full_name(m.group("name")):
            found.add(i)
    return found
