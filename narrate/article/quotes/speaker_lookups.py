"""What the attribution walk asks of the article so far: the one person it has named, the speaker just heard,
the people a pronoun may mean (named, unregistered or described), and the names a quote itself holds."""

from __future__ import annotations

import re

from ..letters import CAPITAL
from ..people import Person, is_person_description, looks_like_name, name_runs
from .clauses import Analysis, Found, opens_passage
from ..firstnames import is_first_name
from .mentions import Mention, MentionFinder
from .registry import Registry
from .resolve import after_preposition, fits_pronoun
from .holders import role_holders


class SpeakerLookups:
    """The article's analyses, mentions and register as the walk in reading order sees them, and the lookups
    over them that do not themselves give a quote its speaker."""

    def __init__(
        self, analyses: list[Analysis], per_passage: list[list[Mention]], mentions: list[Mention], registry: Registry
    ):
        self.analyses = analyses
        self.per_passage = per_passage
        self.mentions = mentions
        self.registry = registry
        self.finder: MentionFinder | None = None
        self.last_speaker: Person | None = None
        self.last_speaker_at: tuple[int, int] = (-1, -1)

    def _sole_person(self, index: int, pos: int) -> Person | None:
        """The one person the article has named so far, when it has named exactly one."""
        before = [m for m in self.mentions if m.named and m.person.is_person and (m.passage, m.pos) < (index, pos)]
        people = {m.person.name: m.person for m in before}
        if len(people) != 1:
            return None
        # Anyone else named in full, registered or not, leaves two who may be meant.
        for passage in range(index + 1):
            text = self.analyses[passage].outside_quotes(0, len(self.analyses[passage].passage.text))
            for at, name in name_runs(text):
                if (passage, at) < (index, pos) and looks_like_name(name) and self.registry.find(name) is None:
                    return None
        return next(iter(people.values()))

    def _sole_in_passage(self, index: int, pos: int) -> Person | None:
        """The one person this passage has named so far, when it names exactly one and no one else in full."""
        people = {m.person.name: m.person for m in self.per_passage[index] if m.named and m.pos < pos and m.person.is_person}
        text = self.analyses[index].outside_quotes(0, pos)
        if len(people) != 1 or any(self.registry.find(name) not in people.values() for _, name in name_runs(text) if looks_like_name(name)):
            return None
        return next(iter(people.values()))

    def _recent_speaker(self, index: int, pos: int) -> Person | None:
        """ "De Brit vraagt zich af": the speaker just heard, if no one else was named since."""
        if self.last_speaker is None or self.last_speaker_at[0] < index - 3:
            return None
        since = {
            m.person.name
            for m in self.mentions
            if self.last_speaker_at[0] <= m.passage and (m.passage, m.pos) < (index, pos) and m.named
        }
        return self.last_speaker if since <= {self.last_speaker.name} else None

    def _topic_window(self, window: list[Mention], passage: int, pronoun: str, pos: int) -> list[Mention]:
        """Without the other party of a sentence ("een opmerking over Thierry Baudet") when the one a
        sentence-opening pronoun already took up since he was named is still there: "hij" stays with him."""
        text = self.analyses[passage].passage.text
        kept = [m for m in window if not after_preposition(text, m)]
        fitting = [m for m in kept if fits_pronoun(m.person, pronoun)]
        if len(kept) == len(window) or not fitting:
            return window
        topic = fitting[-1]
        taken_up = any(
            not m.named and m.person is topic.person and topic.pos < m.pos < pos
            for m in self.per_passage[passage]
        )
        return kept if taken_up else window

    def _unregistered(self, passage: int, index: int, pos: int) -> list[Mention]:
        """Full names the register left out (named once, in passing) that start with a first name:
        still someone a pronoun may mean ("Democratische Vernieuwing" is not)."""
        if passage < 0:
            return []
        analysis = self.analyses[passage]
        text = analysis.outside_quotes(0, len(analysis.passage.text))
        return [
            Mention(passage, at, Person(name))
            for at, name in name_runs(text)
            if (passage, at) < (index, pos)
            and is_first_name(name.split()[0])
            and self.registry.find(name) is None
            and not any(at <= m.pos < at + len(name) for m in self.per_passage[passage])
        ]

    def _described(self, passage: int, index: int, pos: int) -> list[Mention]:
        """ "De hacker refereerde ...", "Een buurman vertelt ...": someone a sentence opens with,
        unnamed, whom a pronoun may mean (and who, being nameless, keeps it from meaning anyone
        named before)."""
        if passage < 0:
            return []
        analysis, found = self.analyses[passage], []
        for start in analysis.starts:
            m = re.match(rf"(?:De|Een)\s+([a-zà-ÿ][\w-]+|[{CAPITAL}][a-zà-ÿ-]+(?=\s+van\s))\s+[a-zà-ÿ]", analysis.passage.text[start:])
            # An agent noun ("de hacker", "de eigenaar") or a person noun; "de winter" at worst costs a name.
            if m and (passage, start) < (index, pos) and (
                m.group(1).endswith(("er", "aar", "ist", "ent", "ant", "eur", "man", "vrouw", "ling", "genoot", "getuige")) or is_person_description(m.group(0))
            ):
                holders = {p.name: p for p in role_holders(self.registry, m.group(0)[:-1].strip())}
                person = next(iter(holders.values())) if len(holders) == 1 else Person(m.group(0)[:-1].strip())
                found.append(Mention(passage, start, person))
        return found

    def _named_in(self, found: Found) -> set[str]:
        """Full names of the people the quote itself names."""
        if self.finder is None or self.finder.size != len(self.registry.people):
            self.finder = MentionFinder(self.registry)
        return {self.finder.person_of[m.group(1)].name for m in self.finder.pattern.finditer(found.text)}

    @staticmethod
    def _opens_passage(analysis: Analysis, found: Found) -> bool:
        return opens_passage(analysis.passage.text, found.span.mark)

    def _same_part(self, index: int, other: int) -> bool:
        """Two passages of one section and part (the body's paragraphs under one heading)."""
        return 0 <= other < len(self.analyses) and self.analyses[index].passage.same_part(self.analyses[other].passage)

    def _reads_on(self, index: int) -> bool:
        """The passage after ``index`` reads on from it (see ``Passage.runs_into``)."""
        return index + 1 < len(self.analyses) and self.analyses[index].passage.runs_into(self.analyses[index + 1].passage)

    def _named_at(self, index: int, pos: int, name: str) -> Person | None:
        """The person named at ``pos``: a registered mention, or a full name the register lacked."""
        for mention in self.per_passage[index]:
            if mention.pos == pos and mention.named:
                return mention.person
        person = self.registry.find(name)
        if person is None and looks_like_name(name):
            person = self.registry.add(name)
        return person
