"""A role noun for a registered person, read in a sentence as their name would be: "Ook de burgemeester is
tevreden. '...'" is the burgemeester's, as "Ook Peeters is tevreden. '...'" is Peeters'."""

from __future__ import annotations

import re

from ..people import FIRST_PERSON, Person, is_body_noun, is_person_description, looks_like_name, name_runs
from .clauses import Analysis, Found, opens_passage
from ..firstnames import is_first_name
from .mentions import Mention, word_governing
from .registry import Registry
from .holders import role_holders
from .words import ADVERB_STARTERS

_DESCRIPTION = re.compile(
    r"(?<![\w-])(?:[Dd]e|[Hh]et)\s+(?:(?P<adjective>[\w-]+(?:e|en))\s+)?(?P<noun>[\w-]+)"
    r"(?P<portfolio>\s+(?:van|voor)(?:\s+(?:de|het))?(?:\s+[A-ZÀ-Ý][\w-]*)+)?"
)
"""A definite description, perhaps with an inflected adjective and its portfolio or body in capitals: "de
burgemeester", "de Spaanse bondscoach", "de minister van Onderwijs" (whose portfolio must be the holder's too)."""


_PREPOSITIONS = frozenset("met aan over tegen naar zonder tussen jegens richting van voor bij door op in om uit onder na".split())
"""Words that make a description governed (the other party, whose view or what place), not a sentence's subject."""


_SUBJECT_AT = re.compile(
    rf"\s*(?:(?:Ook\s+)?(?:[Vv]olgens|Bij)\s+|Ook\s+|(?:{'|'.join(sorted(ADVERB_STARTERS | {'Dat', 'Dit', 'Toch', 'Daarom', 'Daarnaast'}))})"
    r"\s+[a-z]+\s+(?:ook\s+)?)?"
)
"""Where a sentence's subject stands: first, after "Ook", "Volgens" or an opening "Bij" ("Bij de burgemeester klinkt
het: ...": whose view the sentence gives, as with a name), or after an opening adverb and the finite verb
("Dat vindt ook de burgemeester", "Daarna sprak de burgemeester")."""


def role_mentions(registry: Registry, index: int, start: int, outside: str) -> list[Mention]:
    """The registered people a sentence (its words outside quotes, ``outside``, at ``start`` in passage ``index``)
    describes by a role only they hold, as mentions that do not name them; none when any person it describes could
    be someone else (no one, or two, hold that role): then either may be the one who speaks.

    >>> r = Registry(); _ = r.add("Jan Peeters", "burgemeester")
    >>> [m.person.name for m in role_mentions(r, 0, 0, "Ook de burgemeester is tevreden.")]
    ['Jan Peeters']
    >>> role_mentions(r, 0, 0, "Ook de burgemeester en de wethouder zijn tevreden."), role_mentions(r, 0, 0, "De winter was koud.")
    ([], [])
    >>> role_mentions(r, 0, 0, "Ook de burgemeester van Gent is tevreden.")  # Jan Peeters' town is not known to be Gent
    []
    >>> [m.person.name for m in role_mentions(r, 0, 0, "Volgens de burgemeester is het een succes.")]
    ['Jan Peeters']
    >>> role_mentions(r, 0, 0, "Zijn vragen voor de burgemeester zijn kort."), role_mentions(r, 0, 0, "Volgens de buren doet de burgemeester niets.")
    ([], [])
    >>> [m.person.name for m in role_mentions(r, 0, 0, "Dat vindt ook de burgemeester.")]
    ['Jan Peeters']
    """
    subject = _SUBJECT_AT.match(outside)
    if "volgens" in outside.lower().split() and "volgens" not in subject.group().lower():
        return []  # "De minister doet volgens de buren niets": the buren's view, not the minister's words
    found: list[Mention] = []
    for m in _DESCRIPTION.finditer(outside):
        who = m.group(0)
        if m.group("adjective") and not is_person_description(who):
            who = f"{outside[m.start():m.start('adjective')]}{m.group('adjective')}"  # "de gedeputeerde is": no adjective
            if m.group("noun") in {"van", "voor"}:
                return []  # "de gedeputeerde van Cultuur": a portfolio this reading cannot check
        if not found and m.start() != subject.end():
            return []  # the sentence's subject is no description ("Volgens de actievoerders besteedt de minister")
        if found and word_governing(outside, m.start(), 2) in _PREPOSITIONS:
            return []  # "vragen voor de minister": the other party, not the one who speaks
        if not is_person_description(who):
            continue
        holders = {p.name: p for p in role_holders(registry, who)}
        if len(holders) != 1:
            return []
        found.append(Mention(index, start + m.start(), next(iter(holders.values())), named=False))
    return found


def _sentence_below(analysis: Analysis, found: Found, mentions: list[Mention]) -> tuple[int, str] | None:
    """Where the sentence after a paragraph's opening quote (whole, first person, no clause, ending its sentence)
    starts, and its words outside quotes, when it quotes nothing and names no one in full."""
    text = analysis.passage.text
    if not found.full or found.how is not None or not opens_passage(text, found.span.mark) or not FIRST_PERSON.search(found.text):
        return None
    gap = re.match(r"[.!?]?\s+", text[found.span.close :])
    if gap is None or not (found.text.rstrip()[-1:] in ".!?…" or gap.group().strip()):
        return None  # the quote must end its sentence
    start = found.span.close + gap.end()
    end = analysis.sentence_bounds(analysis.sentence_of(start))[1]
    if any(start <= f.span.mark < end for f in analysis.found) or any(start <= m.pos < end and m.named for m in mentions):
        return None
    outside = analysis.outside_quotes(start, end)
    return None if any(looks_like_name(name) for _, name in name_runs(outside)) else (start, outside)


def role_below(analysis: Analysis, found: Found, mentions: list[Mention], registry: Registry) -> Person | None:
    """ "“Ik ben blij met de brug.” De burgemeester schudt het hoofd.": a paragraph that opens with a whole quote in the
    first person and no clause, and goes on with a sentence that quotes nothing, names no one and opens with a role only
    one registered person holds, a verb after it: the page presents its speaker after the words, as "Jan Peeters
    schudt het hoofd" would.  ``mentions`` are the passage's."""
    below = _sentence_below(analysis, found, mentions)
    if below is None or any(below[0] <= m.pos for m in mentions if m.pos < below[0] + len(below[1])):
        return None
    start, outside = below
    m = _DESCRIPTION.match(outside)
    if m is None or m.group("portfolio"):
        return None
    here = role_mentions(registry, found.passage, start, outside[: m.end()])  # the subject; the rest may be its object
    if len(here) != 1:
        return None
    after = m.end("adjective") if m.group("adjective") and not is_person_description(m.group(0)) else m.end()
    return here[0].person if _verb(outside[after:]) else None


def pronoun_below(analysis: Analysis, found: Found, mentions: list[Mention]) -> Person | None:
    """ "“Ik ben blij met de brug.” Hij schudt het hoofd.": the same, with "hij" or "zij" opening the sentence for the one
    person it stands for (a first name of theirs known), and no one else in it."""
    below = _sentence_below(analysis, found, mentions)
    if below is None:
        return None
    start, outside = below
    here = [m for m in mentions if start <= m.pos < start + len(outside)]
    lead = re.match(r"\s*(?:Hij|Zij)\s", outside)
    if lead is None or not here or here[0].pos != start + lead.end() - len(lead.group().strip()) - 1:
        return None
    person = here[0].person
    if any(m.person is not person for m in here) or not person.is_person or not is_first_name(person.name.split()[0]):
        return None
    return person if _verb(outside[lead.end() - 1 :]) else None


def _verb(rest: str) -> bool:
    """The next word may be the subject's finite verb: a lowercase word, no preposition or conjunction."""
    verb = (rest.split() or [""])[0]
    return verb.isalpha() and verb.islower() and verb not in _PREPOSITIONS | {"en", "of"}


def named_body(analyses: list[Analysis], index: int, pos: int, description: str) -> str | None:
    """The one body the text before ``pos`` (in passage ``index``) names by a proper name that opens with the noun of
    ``description``, a body's kind ("de stichting" after "Stichting Zeezicht", "de vereniging" after "Vereniging
    Eigen Huis"): the body the description takes up; none when two such names stand there, or none.

    >>> from .clauses import Passage, analyse
    >>> a = analyse(0, Passage("Dat meldt Stichting Zeezicht uit Petten, aldus de stichting.", "body", 0, 0))
    >>> named_body([a], 0, 40, "de stichting"), named_body([a], 0, 40, "de vereniging")
    ('Stichting Zeezicht', None)
    """
    words = description.split()
    if len(words) != 2 or words[0].lower() not in {"de", "het"} or not is_body_noun(words[1].lower()):
        return None
    kind = words[1][:1].upper() + words[1][1:].lower()
    names: set[str] = set()
    for passage in range(index + 1):
        text = analyses[passage].outside_quotes(0, pos if passage == index else len(analyses[passage].passage.text))
        for m in re.finditer(rf"(?<![\w-]){kind}((?:\s+[A-ZÀ-Ý][\w&'’-]*)+)", text):
            names.add(f"{kind}{m.group(1)}")
    return next(iter(names)) if len(names) == 1 else None
