"""Where registered people are named (or meant by a pronoun) outside quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..firstnames import is_first_name
from ..people import Person, is_role_word
from .registry import Registry
from .clauses import Analysis
from .words import PLURAL_VERBS, SPEECH_VERBS


@dataclass
class Mention:
    """A person named (or meant by a pronoun) outside quotes."""

    passage: int
    pos: int
    person: Person
    named: bool = True
    """False for a sentence-opening pronoun standing for the person last named."""


class MentionFinder:
    """Finds registered people in text, by full name, alias or a sentence-opening pronoun."""

    def __init__(self, registry: Registry, fits: Callable[[Person, str], bool] = lambda _person, _pronoun: True):
        self.fits = fits
        """Whether a pronoun may stand for a person: "Zij" after Maarten van Gils stands for someone else."""
        self.size = len(registry.people)
        self.person_of: dict[str, Person] = {}
        for person in registry.people:
            if person.is_person:
                for form in {person.name} | person.aliases:
                    self.person_of[form] = person  # a later person wins a shared surname
        forms = sorted(self.person_of, key=len, reverse=True)
        alternatives = "|".join(map(re.escape, forms)) or r"(?!x)x"
        self.pattern = re.compile(rf"(?<![\w-])({alternatives})(?:'s|’s|s|')?(?![\w-])")
        self.last: Mention | None = None
        self.subject: Mention | None = None
        """The last person named who is not the other party of a preposition ("met Van der Windt"): whom a
        sentence-opening pronoun right after means, rather than that other party."""
        self.last_governed = False

    def find(self, index: int, analysis: Analysis) -> list[Mention]:
        """Mentions in one passage; passages must come in reading order."""
        text = analysis.outside_quotes(0, len(analysis.passage.text))
        named = [Mention(index, m.start(), self.person_of[m.group(1)]) for m in self.pattern.finditer(text)]
        opening = {start for start in analysis.starts if re.match(r"(?:Hij|Zij)\s", text[start:]) or _she_speaks(text[start:])}
        # "De kritiek vindt hij onbegrijpelijk.": "hij" after the verb is the subject too ("zij" may be "they"),
        # of someone surely a person (a first name or a role).
        inner = [m.start() for m in re.finditer(r"(?<=\w )hij\b", text)]
        # ", vertelt ze.": after a singular verb of saying, "ze" and "zij" are one woman.
        inner += [m.start(2) for m in _SAID_SHE.finditer(text) if m.group(1).lower() in SPEECH_VERBS - PLURAL_VERBS]
        mentions: list[Mention] = []
        events = sorted(
            [(m.pos, 0, m) for m in named] + [(pos, 1, None) for pos in [*opening, *inner]], key=lambda e: (e[0], e[1])
        )
        for pos, _kind, mention in events:
            if mention is None:
                pronoun = re.match(r"\w+", text[pos:]).group(0).lower()
                last = self.last
                if self.last_governed and self.subject is not None and self.fits(self.subject.person, pronoun):
                    last = self.subject  # "Toch sprak De Gouw met Van der Windt. Hij werkt ...": the subject goes on
                if last is None or not self.fits(last.person, pronoun) or self._two_fit(analysis, text, mentions, pronoun):
                    continue
                if pos not in opening and not _surely_a_person(last.person):
                    continue
                mention = Mention(index, pos, last.person, named=False)
                self.last_governed = False
            else:
                self.last_governed = is_other_party(text, pos)
                if not self.last_governed:
                    self.subject = mention
            mentions.append(mention)
            self.last = mention
        return mentions

    def _two_fit(self, analysis: Analysis, text: str, mentions: list[Mention], pronoun: str) -> bool:
        """The sentence the last person was named in joins them to another who may be meant ("Rector Vinod Subramaniam
        en decaan Pieter de Wit nemen het signaal serieus. Hij ...")."""
        if not mentions or self.last is None or self.last.passage != mentions[-1].passage:
            return False
        start = analysis.sentence_bounds(analysis.sentence_of(self.last.pos))[0]
        fitting = [
            m for m in mentions if m.named and m.pos >= start and self.fits(m.person, pronoun) and not is_other_party(text, m.pos)
        ]
        # Two joined by "en" ("Vinod Subramaniam en decaan Pieter de Wit"): either may be meant.
        return any(
            a.person is not b.person and word_governing(text, b.pos, 3) == "en" and a.pos < b.pos
            for a, b in zip(fitting, fitting[1:], strict=False)
        )


def _surely_a_person(person: Person) -> bool:
    """A first name or a role: "Ars Aequi", a name the register took from a title, is not sure enough."""
    return person.is_person and (bool(person.role) or is_first_name(person.name.split()[0]))


def _she_speaks(sentence: str) -> bool:
    """ "Ze vertelt ...": a sentence-opening "ze" before a singular verb is one woman, not "they" ("Ze zeggen ...").

    >>> _she_speaks("Ze vertelt met passie over haar werk."), _she_speaks("Ze vertellen het graag."), _she_speaks("Ze is blij.")
    (True, False, True)
    """
    m = re.match(r"Ze\s+(\w+)", sentence)
    return bool(m) and (m.group(1) in SPEECH_VERBS - PLURAL_VERBS or m.group(1) in {"is", "was", "heeft", "had", "wil", "kan"})


_SAID_SHE = re.compile(r"\b(\w+) (ze|zij)\b(?=[ .,;])")
"""A verb and "ze" after it: the verb must be a singular one of saying ("vertelt ze", not "zeggen ze")."""


def reported_speaker(analysis: Analysis, mentions: list[Mention]) -> Person | None:
    """The one person whose reported words end the passage ("Programmadirecteur Bram de Kort merkt op dat de
    projecten vlot konden worden goedgekeurd."), as its subject right before a singular verb of saying, perhaps
    after "Ook" and an adjective of the role: a paragraph that is one quote and nothing else, right under it, goes
    on in that person's words.  So does one whose last sentence names them after a comma and the verb ("...,
    schrijft Paul Althuis, directeur van het centrum.")."""
    if analysis.found or not analysis.starts:
        return None
    text = analysis.passage.text
    start, end = analysis.sentence_bounds(len(analysis.starts) - 1)
    here = [m for m in mentions if start <= m.pos < end]
    if len({id(m.person) for m in here}) != 1:
        return None
    first = here[0]
    before = text[start : first.pos].split()
    if len(before) > 3 and before[-2].endswith(",") and before[-1].lower() in SPEECH_VERBS - PLURAL_VERBS:
        return first.person  # "..., schrijft Paul Althuis, directeur van het centrum.": said after, not before
    while before and before[0].lower() in _OPENING_ADVERBS:
        before.pop(0)  # "Ook agrarisch ondernemer Bart Thybaut merkt dit."
    if len(before) > 3 or before and not (is_role_word(before[-1].lower()) and all(w.islower() for w in before[:-1])):
        return None  # the name opens the sentence, after its role at most ("Programmadirecteur Bram de Kort")
    if first.named:  # the longest form of the name standing there ("Bram de Kort", not "Kort")
        length = max((len(f) for f in {first.person.name, *first.person.aliases} if text.startswith(f, first.pos)), default=0)
    else:  # a pronoun
        length = len(re.match(r"\w+", text[first.pos :]).group(0))
    verb = (text[first.pos + length :].split() or [""])[0].lower()
    return first.person if length and verb in SPEECH_VERBS - PLURAL_VERBS else None


_OPENING_ADVERBS = frozenset({"ook", "zo", "daarom", "toch"})
"""Words a sentence may open with before its subject's role and name."""


def word_governing(text: str, pos: int, reach: int) -> str:
    """The word before the name at ``pos`` (lower case), past its role and article, within ``reach`` words.

    >>> word_governing("een brief aan minister Winsemius", 23, 4), word_governing("Winsemius zegt", 0, 4)
    ('aan', '')
    """
    before = text[:pos].split()[-reach:]
    while before and (is_role_word(before[-1]) or before[-1].lower() in {"de", "het", "een"}):
        before.pop()
    return before[-1].lower() if before else ""


def is_other_party(text: str, pos: int) -> bool:
    """The name at ``pos`` follows a preposition that makes it the other party ("een brief aan minister Winsemius").

    >>> is_other_party("een brief aan minister Winsemius", 23), is_other_party("Winsemius zegt", 0)
    (True, False)
    """
    return word_governing(text, pos, 4) in OTHER_PARTY


OTHER_PARTY = frozenset("met aan over tegen naar zonder tussen jegens richting".split())
"""Prepositions that make a name the other party.  Not "van", "bij" or "voor": they mark whose view the sentence
gives ("een jongensdroom van Lowie", "een diepe indruk, ook bij Lowie", "bij monde van minister X"); nor "door"
(the agent of a passive) or "volgens" (an attribution)."""
