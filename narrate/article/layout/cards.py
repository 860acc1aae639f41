"""A name card among the top lines: who is pictured, never what the page is about.

A portrait or a speech sets a card over or under its picture: the person's name and role after a comma
("Jan Peeters, schepen van Mobiliteit"), often twice (the photo's alt text and its caption, with a full
stop). The card is shaped as a headline (a few capitalised words, no full stop) and sits right over the
text, so the title rules would take it. Where the page has another line of a headline's shape above the
text, that line is the title; a page whose only such line is the card may well be headed by the person
(a portrait, whose unattributed words are then hers), and keeps it.
"""

from __future__ import annotations

from collections.abc import Callable

from ..people import is_name_label
from .lines import Line


def is_card(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a name card: a person's full name and a role after a comma; a copy may close with a full stop.

    >>> is_card([Line("Jan Peeters, schepen van Mobiliteit.", 0)], 0), is_card([Line("Jan Peeters opent de brug", 0)], 0)
    (True, False)
    >>> is_card([Line("Gent, Brugge en Kortrijk", 0)], 0)
    False
    """
    text = lines[i].text.strip()
    return "," in text and is_name_label(text.rstrip("."))


def card_by_headline(lines: list[Line], i: int, body: int, is_headline: Callable[[str], bool]) -> bool:
    """Line ``i`` is a name card with another line above the body that could head the page (``is_headline``):
    that line is the title, the card only says who is pictured."""
    if not is_card(lines, i):
        return False
    return any(j != i and not is_card(lines, j) and is_headline(lines[j].text) for j in range(body))
