"""Who holds a role: the words of a registered person's role, and whether a later description ("de
bondscoach", "de minister van Financiën", "de Surinaamse president") stands for them."""

from __future__ import annotations

import re

from ..letters import CAPITAL
from ..people import ROLE_NOUNS, Person, head_noun
from .epithets import ROLE_EPITHETS
from .registry import Registry

_NOT_THE_ROLE = frozenset({"vice", "ex", "oud", "co", "adjunct", "onder", "sub", "plaatsvervangend", "waarnemend"})

def role_nouns(role: str) -> list[str]:
    """The lowercase words of a role, "Vlaams minister van Omgeving" -> vlaams, minister, van, omgeving.

    >>> role_nouns("gewezen NAVO-topman"), role_nouns("vice-voorzitter"), role_nouns("Sportwethouder")
    (['gewezen', 'navo-topman', 'topman'], ['vice-voorzitter'], ['sportwethouder', 'wethouder'])
    """
    words = [w.lower() for w in re.findall(r"[\w-]+", role)]
    # "NAVO-topman" is a topman, but a "vice-voorzitter" or an "ex-minister" is not the voorzitter.
    return words + [w.rsplit("-", 1)[-1] for w in words if "-" in w and w.split("-")[0] not in _NOT_THE_ROLE] + [
        head for w in words if (head := _compound_head(w))
    ]


def _compound_head(word: str) -> str | None:
    """The role a compound written as one word ends with ("sportwethouder" is a wethouder, "jeugdtrainer" a trainer),
    its first part at least three letters and no rank below or beside it ("ondervoorzitter", "vicepremier",
    "hulptrainer" are not the voorzitter, premier or trainer).

    >>> _compound_head("sportwethouder"), _compound_head("ondervoorzitter"), _compound_head("wethouder")
    ('wethouder', None, None)
    """
    if word in ROLE_NOUNS or "-" in word:
        return None
    for k in range(3, len(word) - 2):
        if word[k:] in ROLE_NOUNS:
            first = word[:k]
            return None if first in _NOT_THE_ROLE or first in {"hulp", "assistent", "oud", "ex", "vice", "sub"} else word[k:]
    return None


def holds_role(person: Person, description: str) -> bool:
    """True when a registered person's role fits a description: its noun ("de bondscoach"), and
    any name in it ("de minister van Financiën"), stand in the role.

    >>> martinez, minister = Person("Roberto Martínez", "bondscoach"), Person("Vincent Van Peteghem", "minister van Financiën")
    >>> holds_role(martinez, "de bondscoach"), holds_role(martinez, "de coach"), holds_role(Person("X Y"), "de coach")
    (True, False, False)
    >>> holds_role(minister, "de minister"), holds_role(minister, "de minister van Financiën"), holds_role(minister, "de minister van Waterstaat")
    (True, True, False)
    >>> santokhi = Person("Chan Santokhi", "President")
    >>> holds_role(santokhi, "het staatshoofd"), holds_role(minister, "de bewindsman"), holds_role(santokhi, "de Surinaamse president")
    (True, True, True)
    """
    if not person.role or not person.is_person:
        return False
    words = role_nouns(person.role)
    tokens = description.split()  # "de Surinaamse president": a place's adjective names no part of the role
    named = [w.lower() for i, w in enumerate(tokens[1:], 1) if w[:1].isupper() and not (i < len(tokens) - 1 and _PLACE_ADJECTIVE.fullmatch(w))]
    head = head_noun(description)
    fits = head in words or bool(ROLE_EPITHETS.get(head, frozenset()) & set(words)) or _compound_of(head, words)
    return fits and all(w in words for w in named)


_PLACE_ADJECTIVE = re.compile(rf"[{CAPITAL}][a-zà-ÿ]+(?:se|sche)")  # "Surinaamse", "Utrechtse", "Vlaamse"


def _compound_of(head: str, words: list[str]) -> bool:
    """ "parlementsvoorzitter" for a "voorzitter van het Vlaams Parlement": the role as one word, the body first.

    >>> _compound_of("parlementsvoorzitter", role_nouns("voorzitter van het Vlaams Parlement"))
    True
    >>> _compound_of("ondervoorzitter", role_nouns("voorzitter van het Vlaams Parlement"))
    False
    """
    for role in words:
        if len(role) > 3 and head.endswith(role) and len(head) > len(role) + 2:
            body = head[: -len(role)].rstrip("-")
            if body in words or body.endswith("s") and body[:-1] in words:
                return True
    return False


def role_holders(registry: Registry, description: str) -> list[Person]:
    """Everyone in the register whose role fits ``description``."""
    return [p for p in registry.people if holds_role(p, description)]


def named_in_colour(registry: Registry, description: str) -> list[Person]:
    """ "aldus een strijdvaardige Claes", "zegt een opgeluchte burgemeester Claes": an indefinite article and words
    of mood (a role at most) before a name colour someone the article has named; that registered person.

    >>> r = Registry(); p = r.add("An Claes")
    >>> named_in_colour(r, "een strijdvaardige Claes") == [p], named_in_colour(r, "een opgeluchte burgemeester An Claes") == [p]
    (True, True)
    >>> named_in_colour(r, "een strijdvaardige Peeters"), named_in_colour(r, "de burgemeester Claes"), named_in_colour(r, "een Claes")
    ([], [], [])
    """
    m = _COLOURED_NAME.fullmatch(description.strip())
    person = registry.find(m.group("name")) if m else None
    return [person] if person is not None and person.is_person else []


_COLOURED_NAME = re.compile(rf"[Ee]en(?:\s+[a-zë-]+){{1,3}}\s+(?P<name>[{CAPITAL}][\w'’-]*(?:\s+(?:[a-z]+\s+)?[{CAPITAL}][\w'’-]*)*)")
"""An indefinite article, one to three lowercase words (mood, a role), then a name."""
