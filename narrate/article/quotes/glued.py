"""Names glued from words that are no name and a name the register holds: a subhead set in a paragraph's first line
("Regiodeal Van ’t Hoog: ...") reads as one name but is the person the tail names. Shared by the register, which
should not record such a name as a second person, and by the resolver, which maps it to the first."""

from __future__ import annotations

from ..firstnames import is_first_name
from ..people import Person


def glued_tail(people: list[Person], name: str) -> Person | None:
    """The listed person a name ends with, after words that are no first name run into it (the latest such person).

    >>> p = Person("Peter van ’t Hoog", None, {"Van ’t Hoog", "van ’t Hoog"})
    >>> glued_tail([p], "Regiodeal Van ’t Hoog").name, glued_tail([p], "Jan Hoog")
    ('Peter van ’t Hoog', None)
    """
    tokens = name.split()
    for k in range(1, len(tokens)):
        if is_first_name(tokens[k - 1]):
            return None
        tail = " ".join(tokens[k:])
        tails = {tail, tail[:1].lower() + tail[1:]}
        for person in reversed(people):
            if person.is_person and person.name != name and (person.name in tails or tails & person.aliases):
                return person
    return None


def run_in_surname(people: list[Person], name: str) -> Person | None:
    """The listed person whose surname a name ends with, written as a surname standing alone ("Van ’t Hoog" for
    Peter van ’t Hoog): Dutch capitalises the particle only when no first name goes before it, so the words before
    it are no first name of his but a subhead run into the line. A name that keeps its capital after a first name
    ("Jan Van Damme") or has no particle proves nothing: two people may share a surname.

    >>> p = Person("Peter van ’t Hoog", None, {"Van ’t Hoog", "van ’t Hoog"})
    >>> run_in_surname([p], "Regiodeal Van ’t Hoog").name, run_in_surname([p], "Zeneb van ’t Hoog")
    ('Peter van ’t Hoog', None)
    """
    person = glued_tail(people, name)
    if person is None or name in person.name:
        return None
    lowered = person.name.split()
    return person if any(t[:1].isupper() and t.lower() in lowered for t in name.split()[1:]) else None
