"""The same words said twice are the same speaker's: a standfirst's quote that the body says again (nearly word
for word, or as part of a longer quote) and names, or that the title gives to a speaker's label."""

from __future__ import annotations

import re

from ..layout import containment
from ..people import Person
from .clauses import Analysis
from .registry import Registry

REPEAT_SHARE = 0.75
"""Share of the shorter quote's words that the longer says in the same order: a lead trims or rewords its
original by a word or two ("verbindt onderwijs en onderzoek" beside "verbindt het onderwijs met het onderzoek")."""

REPEAT_WORDS = 5
"""Fewest words a repeat holds: "Nooit meer" or "Dat klopt" may be anyone's."""

_TITLE_LABEL = re.compile(r"^(?P<label>[^:‘’“”'\"«»]{3,80}?)(?:\s+over\s+[^:]+)?:\s*[‘“'\"«](?P<quote>.+?)[’”'\"»]?\s*$")
"""A headline of a speaker's label and a quote: "Jan Peeters: '...'", "Jan Peeters over de school: '...'"."""

_TITLE_CLAUSE = re.compile(r"^[‘“'\"«](?P<quote>.+?)[’”'\"»],?\s+(?:zegt|aldus)\s+(?P<label>[^,.:]{3,80}?)\.?$")
"""A headline of a quote and its clause: "'...', zegt Jan Peeters"."""


def near_repeat(a: str, b: str) -> bool:
    """One quote says the other again: nearly all the shorter's words stand in the longer, in the same order.

    >>> near_repeat("Wij verbinden op een unieke manier onderwijs en onderzoek",
    ...             "Wij verbinden op een unieke manier het onderwijs met het onderzoek")
    True
    >>> near_repeat("We kijken vooral naar de kosten", "We willen de school openhouden"), near_repeat("Dat klopt.", "Dat klopt wel")
    (False, False)
    """
    short, long = sorted((re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower())), key=len)
    return len(short) >= REPEAT_WORDS and containment(short, long) >= REPEAT_SHARE


def title_speaker(title: str | None, registry: Registry) -> tuple[str, Person | None] | None:
    """The quote of a headline that labels its speaker, and the registered person the label names (None: a label
    the body does not name, "Nieuws" or someone else, which gives the quote to nobody).

    >>> r = Registry(); _ = r.add("Jan Peeters")
    >>> title_speaker("Jan Peeters over de wijk: ‘We bouwen verder’", r)[1].name, title_speaker("Nieuws: ‘We bouwen’", r)
    ('Jan Peeters', ('We bouwen', None))
    """
    match = _TITLE_LABEL.match(title or "") or _TITLE_CLAUSE.match(title or "")
    if match is None:
        return None
    label = match.group("label").strip()
    return match.group("quote"), registry.find(label) if label[:1].isupper() else None


def name_repeats(analyses: list[Analysis], registry: Registry, title: str | None) -> None:
    """An unnamed quote of the lead that the body says again takes the speaker whom the repeat's own clause names,
    and one that the title gives to a label takes the person the label names; only when all who said those words
    are one person, and only a name (a description said once is not carried to a second quote). A repeat named
    only by its context, or a body quote repeating another, gives no name: the same words there may be another's
    (a slogan, a question said back)."""
    full = [f for a in analyses for f in a.found if f.full and not f.turn]
    headline = title_speaker(title, registry)
    for found in full:
        if found.speaker is not None or analyses[found.passage].passage.part != "lead":
            continue
        repeats = [other for other in full if other.passage != found.passage and near_repeat(found.text, other.text)]
        said_by = [o.speaker if o.attribution in _OWN_CLAUSE else None for o in repeats]
        if headline is not None and near_repeat(found.text, headline[0]):
            said_by.append(headline[1])
        named = {id(p): p for p in said_by if p is not None}
        if said_by and None not in said_by and len(named) == 1:
            person = next(iter(named.values()))
            if person.name[:1].isupper():
                found.speaker, found.attribution = person, "context"


_OWN_CLAUSE = frozenset({"clause", "colon"})
"""Attributions by the quote's own clause of saying ("..., zegt X", "X: ..."), the sure ones to carry over."""
