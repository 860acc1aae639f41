"""The short labels a colon clause opens with: a role and a name set apart by a dash, and the body a name
speaks for; and a label whose colon was left out."""

from __future__ import annotations

import re

from ..furniture.vocab import FINITE_VERBS
from ..people import is_full_name, is_role_word
from .phrases import leading_phrase, split_tokens
from .role_names import Phrase
from .words import SPEECH_VERBS


def affiliation(rest: list[str]) -> bool:
    """ "van D66", "namens het wijkcomité": the party or body a name speaks for, right before the verb.

    >>> affiliation(["van", "D66"]), affiliation(["van", "het", "wijkcomité"]), affiliation(["van", "het", "plan", "is"])
    (True, True, False)
    >>> affiliation(["(", "Vechtstromen", ")"]), affiliation(["(", "zie", "foto", ")"])
    (True, False)
    >>> affiliation(["uit", "Sint-Niklaas"]), affiliation(["uit", "de", "buurt"])
    (True, False)
    >>> affiliation(["(", "34", ")"]), affiliation(["(", "34", ",", "CD&V", ")"]), affiliation(["(", "34", ")", "uit", "Gent"])
    (True, True, True)
    >>> affiliation(["(", "1998", ")"]), affiliation(["(", "links", ")"]), affiliation(["(", "34", ")", "en", "Jan"])
    (False, False, False)
    """
    if rest[:1] == ["("] and ")" in rest:
        # "Wim Stegeman (Vechtstromen) vult aan", "Mia Claes (34) twijfelt niet", "Mia Claes (34, CD&V) uit Gent":
        # the body, the age or the place in brackets, and where the person is from after them
        inside, after = rest[1 : rest.index(")")], rest[rest.index(")") + 1 :]
        bracketed = 0 < len(inside) <= 5 and inside[0] != "," and all(_bracketed(t) for t in inside)
        return bracketed and (not after or affiliation(after))
    if 2 <= len(rest) <= 4 and rest[0] == "uit":
        # "Mia Claes uit Gentbrugge twijfelt niet": where a person is from, a place's capitalised words
        return all(re.fullmatch(r"[\w'’-]+", t) is not None and t[:1].isupper() for t in rest[1:])
    if len(rest) < 2 or len(rest) > 5 or rest[0].lower() not in {"van", "namens"}:
        return False
    body = rest[2:] if rest[1].lower() in {"de", "het"} else rest[1:]
    return bool(body) and all(
        re.fullmatch(r"[\w'’&-]+", t) is not None and (t[:1].isupper() or t[:1].isdigit() or (t.lower() not in FINITE_VERBS and t.lower() not in SPEECH_VERBS))
        for t in body
    ) and (body[0][:1].isupper() or body[0][:1].isdigit() or len(body) == 1)


def _bracketed(token: str) -> bool:
    """A word of what brackets after a name hold: a capitalised body, party or place, an age, a comma between them.

    >>> [_bracketed(t) for t in ("CD&V", "34", ",", "Gent", "1998", "links")]
    [True, True, True, True, False, False]
    """
    return token == "," or token[:1].isupper() or re.fullmatch(r"\d{1,3}", token) is not None


def dashed_label(clause: str) -> Phrase | None:
    """A label of a role and a full name set apart by a dash ("Algemeen directeur UCLL - Marc Vandewalle: ...").

    >>> dashed_label("Algemeen directeur UCLL - Marc Vandewalle"), dashed_label("Brussel - De minister zei")
    (Phrase(kind='name', text='Marc Vandewalle', role='algemeen directeur UCLL', plural=False), None)
    """
    parts = re.split(r"\s+[-–—]\s+", clause.strip())
    if len(parts) != 2:
        return None
    role, name = parts
    words = role.split()
    if not is_full_name(name) or not 1 <= len(words) <= 8:
        return None
    if not any(is_role_word(w.lower()) for w in words) or any(w.lower() in SPEECH_VERBS for w in words):
        return None
    if words[0][1:].islower():
        role = role[:1].lower() + role[1:]  # capitalised only because the label opens the line
    return Phrase("name", name, role)


def label_without_colon(clause: str, glued: bool = False) -> Phrase | None:
    """A role and a full name, and nothing else, before the quote: a label whose colon was left out; a full name
    alone when the quote's mark is ``glued`` to it ("Alexander De Croo"België ...").

    >>> label_without_colon("Gedeputeerde provincie Drenthe Henk Brink")
    Phrase(kind='name', text='Henk Brink', role='Gedeputeerde provincie Drenthe', plural=False)
    >>> label_without_colon("Henk Brink"), label_without_colon("Toen zei minister Henk Brink")
    (None, None)
    >>> label_without_colon("Henk Brink", glued=True).text
    'Henk Brink'
    """
    tokens = split_tokens(clause)
    phrase, used = leading_phrase(tokens)
    if phrase is None or phrase.kind != "name" or used != len(tokens) or not (phrase.role or glued):
        return None
    return phrase if is_full_name(phrase.text) else None
