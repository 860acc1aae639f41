"""A role noun for the person just named: "Met die boodschap reageert Douwe Hoogland. De gedeputeerde wil er geen
twijfel over laten bestaan. '...'" — journalists vary the name with a role the text never gave that person."""

from __future__ import annotations

import re

from ..firstnames import is_first_name
from ..people import ROLE_NOUNS, Person, head_noun, is_person_description, is_role_word, looks_like_name, name_runs
from .clauses import Analysis
from .context import subject_description
from .mentions import Mention
from .predicates import RELATIONAL_NOUNS
from .registry import Registry
from .resolve import after_preposition
from .holders import role_holders, role_nouns
from .words import ADVERB_STARTERS


OPENING_DESCRIPTION = re.compile(
    rf"\s*(?:(?:{'|'.join(sorted(ADVERB_STARTERS))}|Daarnaast|Daarom|Toch)\s+[a-z]\w+\s+(?=de\s|het\s)|(?=De\s|Het\s))"
    r"((?:[Dd]e|[Hh]et)\s+[\w-]+)\b"
)
"""A sentence's subject described ("De burgemeester wacht ...", or after an adverb, "Daarnaast wacht de burgemeester ...")."""


def role_anaphor(
    analyses: list[Analysis], per_passage: list[list[Mention]], index: int, start: int, outside: str, registry: Registry
) -> Person | None:
    """The person named just before whom the subject of the sentence at ``start`` in passage ``index`` (its words
    outside quotes: ``outside``) describes by a role nobody holds ("De gedeputeerde wil ...", "In juni had de
    voorzitter ...").  ``per_passage`` are the mentions of each passage.

    >>> from narrate.article.quotes.clauses import Passage, analyse
    >>> r = Registry(); p = r.add("Douwe Hoogland")
    >>> a = analyse(0, Passage("Zo reageert Douwe Hoogland. De gedeputeerde wil geen twijfel laten.", "body", 0, 0))
    >>> role_anaphor([a], [[Mention(0, 12, p)]], 0, 28, a.outside_quotes(28, 69), r).name
    'Douwe Hoogland'
    >>> _ = r.add("Jan Smit", "burgemeester")
    >>> role_anaphor([a], [[Mention(0, 12, r.find("Jan Smit"))]], 0, 28, a.outside_quotes(28, 69), r) is None
    True
    """
    m = subject_description(outside)
    return None if m is None else _anaphor_at(analyses, per_passage, index, start + m.start("who"), m.group("who"), registry)


def _anaphor_at(
    analyses: list[Analysis], per_passage: list[list[Mention]], index: int, pos: int, description: str, registry: Registry
) -> Person | None:
    """The one person the sentence before the one at ``pos`` (in passage ``index``; the last of the paragraph before
    for a paragraph's first) names, whom ``description`` there takes up: a role ("de gedeputeerde") nobody in the
    register holds, in a sentence that names nobody else."""
    if description.split()[0].lower() != "de" or not is_person_description(description):
        return None
    noun = head_noun(description).lower()
    if not is_role_word(noun) or noun.split("-")[-1] in RELATIONAL_NOUNS or role_holders(registry, description):
        return None  # "de Brit", "de buurvrouw": said of anyone's origin or home, not a function to take up
    analysis, mentions = analyses[index], per_passage[index]
    sentence = analysis.sentence_of(pos)
    if sentence > 0:
        before, before_mentions, bounds = analysis, mentions, analysis.sentence_bounds(sentence - 1)
    elif index > 0 and analyses[index - 1].passage.same_part(analysis.passage) and analyses[index - 1].starts:
        before, before_mentions = analyses[index - 1], per_passage[index - 1]
        bounds = before.sentence_bounds(len(before.starts) - 1)
    else:
        return None
    person = _one_named(before, before_mentions, *bounds)
    start, end = analysis.sentence_bounds(sentence)
    if person is None or any(start <= x.pos < end and x.person is not person for x in mentions):
        return None
    return None if _someone_else(analysis.outside_quotes(start, end), person) else person


def _one_named(analysis: Analysis, mentions: list[Mention], start: int, end: int) -> Person | None:
    """The one person a sentence names, in full and not after a preposition, with no role of their own (another
    role makes the description someone else's), when it names nobody else."""
    named = [m for m in mentions if start <= m.pos < end and m.named]
    people = {m.person.name: m.person for m in named}
    if len(people) != 1 or any(after_preposition(analysis.passage.text, m) for m in named):
        return None
    person = next(iter(people.values()))
    if not person.is_person or person.role or not looks_like_name(person.name) or len(person.name.split()) < 2:
        return None
    if any(m.person is not person for m in mentions if start <= m.pos < end):
        return None
    return None if _someone_else(analysis.outside_quotes(start, end), person) else person


def _someone_else(outside: str, person: Person) -> bool:
    """A full name that starts with a first name and is not ``person``'s, in words outside quotes; a body's name
    ("de Eems Dollard Regio") is nobody who could hold the role.

    >>> _someone_else("Jan Smit sprak met Piet de Vries.", Person("Jan Smit"))
    True
    >>> _someone_else("Jan Smit sprak in de Eems Dollard Regio.", Person("Jan Smit"))
    False
    """
    surname = person.name.split()[-1]
    return any(looks_like_name(n) and is_first_name(n.split()[0]) and surname not in n for _, n in name_runs(outside))


def same_role_noun(noun: str, role: str) -> bool:
    """A description's noun that is one of the role's words, or a compound with the same role at its end as one of
    them ("de Avansdocent" of a "Mechanicadocent").

    >>> same_role_noun("avansdocent", "Mechanicadocent"), same_role_noun("burgemeester", "wethouder van Cultuur")
    (True, False)
    """
    words = role_nouns(role)
    return noun in words or (head := role_head(noun)) is not None and any(role_head(w) == head for w in words)


def role_head(word: str) -> str | None:
    """The longest role noun a lowercase compound ends with ("docent" of "mechanicadocent")."""
    for k in range(1, len(word) - 3):
        if word[k:] in ROLE_NOUNS:
            return word[k:]
    return word if word in ROLE_NOUNS else None
