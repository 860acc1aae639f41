"""Giving each quote a speaker, walking the article in reading order."""

from __future__ import annotations

import re

from ..model import Quote
from ..people import CAP, DEMONYMS, SENTENCE_STARTERS, Person, head_noun, is_name_label, is_name_token
from ..people import is_person_description, looks_like_name, name_runs
from .clauses import Analysis, Found, Passage, analyse, backfill
from .running import closed_later, ends_open, open_to_the_end
from .colon import colon_subject, pronoun_after_volgens
from .anaphora import OPENING_DESCRIPTION, role_anaphor, role_head, same_role_noun
from .context import across_subhead, open_to_context, over_one_sentence, role_subject, subject_above, subject_below
from .context import about_the_speaker_after, fragment_subject, pronoun_thread, quotes_a_fragment, subject_goes_on
from .mentions import MentionFinder, reported_speaker
from .owners import OWNING_COPULAS, OWNING_PLURALS, message_owner
from .pairs import JOINED
from .phrases import can_speak, coloured_description, described_subject, proper_body, split_tokens, subject_after_verb
from .role_names import Phrase
from .role_mentions import named_body, pronoun_below, role_below, role_mentions
from .epithets import HONOUR_NOUNS
from .registry import build_registry
from .heading_names import complete_from_headings
from .resolve import after_preposition, antecedent, fits_pronoun, fragment_speaker, group_first, introduced_names
from .resolve import lower_determiner, pair_first, passes_over, people_named, protagonist, registered_tail, role_as_title, self_introduced, speakable_role
from .objects import not_theirs
from .holders import named_in_colour, role_holders
from .speaker_lookups import SpeakerLookups
from .guests import announced_guest, interviewee_in, opening_quote_of
from .pulls import link_pull_quotes
from .portrait import protagonist_keeps
from .teasers import unname_teasers, unname_unsayable
from .turn_runs import turns_run_on
from .answers import answers_go_on, answers_of_interview, answers_to_the_addressed, asks, later_answers, put_to_someone
from .turns import find_turns, interview, portrait_sections, put_questions, signed_below, sole_speaker, turn_found
from .turns import turn_speaker
from .words import ADDRESSING, CONTINUING, IMPERSONAL_VERBS, PLURAL_VERBS, SAID_AT_END, SEPARABLE_PLURALS, SPEECH_VERBS
from .words import ADVERBS_BEFORE_SUBJECT, WITH_THESE_WORDS, separable_saying


def find_quotes(
    passages: list[Passage],
    pull_names: list[tuple[str, str | None]],
    pull_texts: list[tuple[str, str | None]],
    headings: list[str | None] | None = None,
    title: str | None = None,
    card: str | None = None,
) -> list[Quote]:
    """All quotes of the article, attributed where the text allows; ``headings`` (one per
    section) may name the speakers of a transcript, and a ``title`` the one person an interview
    puts its questions to ("Acht vragen aan Jan Hendrik Dronkers"), as may a name ``card`` over it."""
    analyses: list[Analysis] = []
    for i, passage in enumerate(passages):
        continues = bool(analyses) and ends_open(analyses[-1], passage)
        runs_on = continues and (closed_later(passages, i) or open_to_the_end(passages, i))
        analyses.append(analyse(i, passage, continues, runs_on=runs_on))
    turns = find_turns(passages, headings or [])
    for index, turn in turns.items():
        analyses[index].found = [turn_found(analyses[index], index, turn)]
    registry = build_registry(analyses, pull_names)
    complete_from_headings(registry, analyses, headings or [])
    finder = MentionFinder(registry, fits_pronoun)
    per_passage = [finder.find(index, analysis) for index, analysis in enumerate(analyses)]
    mentions = [mention for found in per_passage for mention in found]
    attributor = _Attributor(analyses, per_passage, mentions, registry)
    for index in range(len(analyses)):
        attributor.attribute(index)
    for found in (f for a in analyses for f in a.found if f.turn and f.phrase is not None):
        found.speaker = turn_speaker(registry, found.phrase)
        found.attribution = "colon" if found.speaker else None
    turns_run_on(analyses)
    link_pull_quotes(analyses, registry, pull_texts)
    # The title, or the lead ("Een gesprek met Nick te Brake, wijkregisseur."), says who the questions go to.
    lead = " ".join(p.text for p in passages if p.part == "lead")
    guest = interviewee_in(title) or interviewee_in(lead) or announced_guest(lead) or interviewee_in(card)
    sole_speaker(analyses, registry, guest, put_questions(passages, headings or []) >= 2, headings or [])
    answers_of_interview(analyses, registry, mentions, guest)
    answers_go_on(analyses, per_passage)
    opening_quote_of(analyses, registry, title)
    answers_to_the_addressed(analyses, registry)
    later_answers(analyses)
    portrait_sections(analyses, registry, headings or [])
    signed_below(analyses, registry)
    interview(analyses, mentions, registry, set(turns))
    protagonist_keeps(analyses, mentions)
    unname_teasers(analyses, registry, title)
    text = "\n".join(p.text for p in passages)
    unname_unsayable([f for a in analyses for f in a.found if f.speaker is not None], registry, guest, text)
    return [_quote(analyses[f.passage].passage, f) for a in analyses for f in a.found]


def _quote(passage: Passage, found: Found) -> Quote:
    person = found.speaker
    return Quote(
        text=found.text,
        speaker=person.name if person else None,
        role=speakable_role(role_as_title(person.role)) if person and person.role else None,
        inline=not found.full,
        section=passage.section,
        paragraph=passage.paragraph,
        part=passage.part,
        start=found.start,
        end=found.end,
        attribution=found.attribution if person else None,
    )


class _Attributor(SpeakerLookups):
    """Walks the article in reading order, giving quotes their speakers."""

    def attribute(self, index: int) -> None:
        analysis = self.analyses[index]
        for found in analysis.found:
            if found.turn:
                continue
            if found.phrase is not None or (found.how and found.full):
                person = self._resolve(found.phrase, index, self._subject_at(found), found) if found.phrase else None
                if person is not None:
                    found.speaker, found.attribution = person, found.how
            elif not found.full:
                person = self._inline_speaker(analysis, index, found) or fragment_subject(analysis, found, self.per_passage[index])
                if person is not None:
                    found.speaker, found.attribution = person, "clause"
        for found in analysis.found:
            if found.speaker is None and found.how is None and not found.turn:  # a fragment too: "..., “wat niet kan”. Dat zei X"
                self._from_next_sentence(analysis, index, found)
            if found.speaker is None and not found.full and not found.turn:
                self._fragment_after_report(analysis, index, found)
            if found.speaker is None and open_to_context(analysis, found, self.per_passage[index]):
                self._from_context(analysis, index, found)
            if found.speaker is None and not found.turn and (
                below := subject_below(analysis, found, self.per_passage[index])
                or role_below(analysis, found, self.per_passage[index], self.registry)
                or pronoun_below(analysis, found, self.per_passage[index])
                or pronoun_thread(self.analyses, self.per_passage, index, found)
            ):
                found.speaker, found.attribution = below, "context"
            if found.speaker is None and found.full and found.how is None and not found.turn:
                self._clause_inside(found)
            if found.full and found.speaker is None and not found.turn and (own := self_introduced(found.text)):
                found.speaker, found.attribution = self.registry.find(own) or self.registry.add(own), "context"
        backfill(analysis)
        for found in analysis.found:
            if found.full and found.speaker is not None:
                self.last_speaker = found.speaker
                self.last_speaker_at = (index, analysis.passage.section)

    # -- clause subjects

    @staticmethod
    def _subject_at(found: Found) -> int:
        """Where names a clause's subject may stand for end: for a pronoun before a colon, at the quote, since
        the sentence may name its man first ("overhandigde wethouder Guus Elkhuizen ... en sprak hij: '...'")."""
        pronoun = found.phrase is not None and found.phrase.kind == "pronoun"
        return found.span.mark if found.how == "colon" and pronoun else found.phrase_at

    def _resolve(self, phrase: Phrase, index: int, pos: int, found: Found | None) -> Person | None:
        if phrase.kind == "pronoun":
            if phrase.plural:
                return None
            return self._pronoun(phrase.text, index, pos, found)
        if phrase.kind == "description":
            return self._describe(phrase.text, index, pos, found, phrase.plural)
        if phrase.plural:
            return None  # "..., zeggen Walter Cremers en Luc Wouters": said by two, so by neither alone
        if JOINED.search(phrase.text):
            return Person(phrase.text)  # a pair's label ("Jan Peeters en Els Smet: ..."): kept out of the register's names
        person = registered_tail(self.registry, phrase.text) or self.registry.find(phrase.text)
        if person is None:
            person = self.registry.add(phrase.text, phrase.role)
        elif phrase.role and not person.role:
            person.role = phrase.role
        return person

    def _describe(
        self, description: str, index: int, pos: int, found: Found | None, plural: bool = False
    ) -> Person | None:
        """A description as speaker: someone introduced right here ("een woordvoerder", "de
        onderzoekers" with a plural verb), the one registered person holding its role ("de
        bondscoach"), or, when nobody in the register holds it, the description itself ("de minister
        van Waterstaat", "het ministerie van Defensie"), as the corpus keys have it; nobody when two
        hold it."""
        if not plural and (body := proper_body(description) or named_body(self.analyses, index, pos, description)):
            # "aldus het Haarlems Dagblad"; "aldus de stichting" after "Stichting Zeezicht", the one so named
            return self.registry.find(body) or self.registry.add(body, is_person=False)
        noun = head_noun(description)
        coloured = role_holders(self.registry, c) if (c := coloured_description(description)) else named_in_colour(self.registry, description)
        if len(coloured) == 1 and not plural:
            return coloured[0]  # "aldus een tevreden rector": the one rector the article names
        if description.split()[0].lower() in {"een", "ene"} or plural:
            return self.registry.add(lower_determiner(description), is_person=False)
        if noun in DEMONYMS or noun.endswith("-jarige") or noun in {"man", "vrouw", "expert", "kenner"}:
            return self._recent_speaker(index, pos)
        if _FORMER.search(description):
            # "de voormalig topambtenaar", "de oud-burgemeester": a variation on someone already
            # named, not a role to say aloud: the speaker just heard, or nobody.
            return self._recent_speaker(index, pos) or self._sole_person(index, pos)
        holders = {p.name: p for p in role_holders(self.registry, description)}
        if len(holders) == 1:
            return next(iter(holders.values()))
        if len(holders) > 1 and (near := self._sole_in_passage(index, pos)) is not None and near.name in holders:
            return near  # two hoogleraren in the article, one named in this paragraph: "..., stelt de onderzoeker"
        if not holders and found is not None and CONTINUING.search(self.analyses[index].passage.text[found.span.close : pos]):
            # "'...', vervolgde de directeur-generaal van Fedasil": the speaker just heard goes on.
            return self._recent_speaker(index, pos)
        honour = noun in HONOUR_NOUNS  # "vertelt de winnaar": the one person the article named, whatever their job
        if not holders and description.split()[0].lower() == "de" and (is_person_description(description) or role_head(noun) or honour):
            # "aldus de burgemeester van Grunn" of the one person named (in the article, or in the paragraph: "Minister
            # Blok ... aldus de minister van Buitenlandse Zaken"): a role with no portfolio that could contradict it,
            # its noun one of the role's or a compound of the same role ("de Avansdocent" of a "Mechanicadocent")
            for sole in (self._sole_person(index, pos), self._sole_in_passage(index, pos)):
                if sole is not None and (honour or sole.role and same_role_noun(noun, sole.role) and " van " not in f" {sole.role} "):
                    return sole
        if holders or description.split()[0].lower() not in {"de", "het"} or not can_speak(description):
            return None  # two hold the role, a bare role word ("Koning: ...") that may be a name, or no speaker
        return self.registry.add(lower_determiner(description), is_person=False)

    def _pronoun(self, pronoun: str, index: int, pos: int, found: Found | None) -> Person | None:
        """ "zegt hij": the one person the nearest passage that names anyone it can stand for can
        mean (this one, then up to three back)."""
        excluded = self._named_in(found) if found else set()
        if (quoted := self._just_quoted(index, pos)) is not None and fits_pronoun(quoted, pronoun.lower()):
            return quoted  # "“...” Vervolgens ging hij in op de toekomst: “...”": the one just quoted goes on
        main = protagonist([m for m in self.mentions if (m.passage, m.pos) < (index, pos)])
        for back in range(min(4, index + 1)):  # this passage and up to three before it, never past the first
            window = [
                m for m in self.mentions if m.passage == index - back and (m.passage, m.pos) < (index, pos) and m.named
            ]
            window += self._unregistered(index - back, index, pos) + self._described(index - back, index, pos)
            window = self._topic_window(sorted(window, key=lambda m: m.pos), index - back, pronoun.lower(), pos)
            # A passage naming only people the pronoun cannot stand for ("ze" after "Joachim Coens")
            # sends the search further back.
            if any(fits_pronoun(m.person, pronoun.lower()) and m.person.name not in excluded for m in window):
                return antecedent(window, pronoun.lower(), excluded, main)
        return None

    def _just_quoted(self, index: int, pos: int) -> Person | None:
        """The person the last named quote before ``pos`` in its passage is given to, when no one is named between."""
        before = [f for f in self.analyses[index].found if f.span.close <= pos and f.speaker is not None]
        if not before or not before[-1].speaker.is_person:
            return None
        named = any(m.passage == index and m.named and before[-1].span.close <= m.pos < pos for m in self.mentions)
        return None if named else before[-1].speaker

    def _inline_speaker(self, analysis: Analysis, index: int, found: Found) -> Person | None:
        """A fragment's speaker, when its own sentence says who: "Ook
        Appathurai merkt op dat het leger niet 'uitgerust' is"."""
        start, end = analysis.sentence_bounds(found.sentence)
        sentence = analysis.outside_quotes(start, end)
        hit = fragment_speaker(sentence, found.span.mark - start, found.span.close - start)
        if hit is not None:
            return self._named_at(index, start + hit[0], hit[1])
        if re.search(r"\bnaar (?:eigen|zijn|haar) zeggen\b", sentence):
            # "De beslissing nam ze naar eigen zeggen 'in vijf minuten'": the sentence's subject said it.
            subject = re.search(r"\b([Hh]ij|[Zz]ij|[Zz]e)\b", sentence)
            named = [m.person for m in self.per_passage[index] if start <= m.pos < end and m.named]
            if named and (subject is None or start + subject.start() > min(m.pos for m in self.per_passage[index] if start <= m.pos < end)):
                return named[0]
            return self._pronoun(subject.group(1).lower(), index, start + subject.start(), found) if subject else None
        for m in re.finditer(r"\b(\w+)\b", sentence):
            verb = m.group(1).lower()
            talks = verb in {"heeft", "had"} and sentence[m.end() :].lstrip().startswith("het over")  # "had het over 'x'"
            if (verb not in SPEECH_VERBS or verb in IMPERSONAL_VERBS) and not talks:
                continue
            if verb == "volgens" or m.start() > 0:
                phrase = pronoun_after_volgens(sentence[m.end() :].split()) if verb == "volgens" else None
                phrase = phrase or subject_after_verb(sentence[m.end() :])[0]  # "volgens hem": "hem" is no subject
                if phrase is not None and phrase.kind in {"name", "pronoun"} and (phrase.kind == "pronoun" or phrase.text[:1].isupper()):
                    if phrase.kind == "pronoun" and verb in PLURAL_VERBS:
                        continue
                    return self._resolve(phrase, index, start + m.start(), found)
            if verb == "volgens":
                continue
            # "Minister Hugo de Wit, destijds ..., noemde de wet 'een historische stap'"
            named = [x.person for x in self.per_passage[index] if start <= x.pos < start + m.start()]
            if named:
                return named[0]
            if (described := described_subject(sentence[: m.start()])) is not None:
                return self._resolve(described, index, start, found)  # "De minister noemde de wet 'een stap'"
            left = re.search(rf"((?:{CAP}\s+)*{CAP})\s+$", sentence[: m.start()])
            if left:
                words = [w for w in left.group(1).split() if w not in SENTENCE_STARTERS]
                if words and all(is_name_token(w) for w in words):
                    return self._resolve(Phrase("name", " ".join(words)), index, start + left.start(), found)
        return None

    def _from_next_sentence(self, analysis: Analysis, index: int, found: Found) -> None:
        """ "'We gaan door.' Dat zegt Peeters.": the sentence after a whole quote says who spoke (with "hij" between two, nobody)."""
        rest = analysis.outside_quotes(found.span.close, len(analysis.passage.text))
        at, where = found.span.close, index
        if not rest.strip() and self._opens_passage(analysis, found) and self._reads_on(index):
            # A paragraph that is one quote, and the next that opens "Dat zegt Wouters, ...".
            where, at = index + 1, -1  # the space put before the next paragraph is not in it
            rest = " " + self.analyses[where].outside_quotes(0, len(self.analyses[where].passage.text))
        # The full stop may stand inside the marks or, as often with single marks, after them: "... duwen'. Dat zei"
        m = re.match(r"(?P<stop>[.!?])?\s+(?:Het|Dat|Dit|Zo|Daarmee|Met (?:die|deze|dat|dit|zulke) \w+|(?P<words>(?:Deze|Die) \w*"
                     r"(?:woorden|boodschap|oproep)))\s+(\w+)(?=\s)", rest)
        ends = found.text.rstrip()[-1:] in ".!?…" or (m is not None and m.group("stop"))
        if m is None and (m := WITH_THESE_WORDS.match(rest)) is not None:
            ends = True  # "“...”, met die woorden startte Bernard Vanheusden zijn speech": the clause goes on after a comma
        # "‘...’ Dat is de boodschap van Jan Peeters.": the message's owner, with no verb of saying ("Het" says no more)
        owned = m is not None and m.group(3) in OWNING_COPULAS | OWNING_PLURALS and message_owner(split_tokens(rest[m.end() :]))
        het = m is not None and m.group(0).lstrip(".!? ").startswith("Het ")
        saying = SPEECH_VERBS | (ADDRESSING if m and m.group("words") else frozenset())
        said = m is not None and (m.group(3) in saying or separable_saying(m.group(3), rest[m.end() :]))
        if not m or not ends or not owned and (het or not said):
            return  # "Dat heeft Peeters gezegd", "Dat houdt Peeters vol": a verb that says with the participle it ends on
        if m.group(3) in IMPERSONAL_VERBS | {"volgens", "aldus"}:
            return
        phrase, _ = (owned, 0) if owned else subject_after_verb(ADVERBS_BEFORE_SUBJECT.sub(" ", rest[m.end() :]), m.group(3))
        if phrase is None:
            return
        phrase.plural = m.group(3) in PLURAL_VERBS | SEPARABLE_PLURALS
        found.phrase, found.phrase_at, found.how = phrase, at + m.end(), "clause"
        person = self._resolve(phrase, where, found.phrase_at, found)
        if person is not None:
            found.speaker, found.attribution = person, "clause"

    def _clause_inside(self, found: Found) -> None:
        """ "‘Hierin blijkt dat ..., zegt Mieck Vos, algemeen directeur van de VVSG’": marks that took in the clause
        of saying at their end name a registered person in it; the words said stop before its comma."""
        for m in reversed(list(re.finditer(r",\s+(\w+)\s+(?=[A-Z])", found.text))):
            if m.group(1) in SPEECH_VERBS - PLURAL_VERBS - IMPERSONAL_VERBS - {"volgens"}:
                break
        else:
            return
        phrase = subject_after_verb(found.text[m.end() - 1 :])[0]
        person = self.registry.find(phrase.text) if phrase is not None and phrase.kind == "name" else None
        if person is None and phrase is not None and phrase.kind == "name" and looks_like_name(phrase.text):
            person = self.registry.add(phrase.text, phrase.role)  # a name only the marks hold is still one the page gives
        after = found.text[m.end() + len(phrase.text) :] if person is not None and found.text[m.end() :].startswith(phrase.text) else "-"
        if person is None or not person.is_person or len(person.name.split()) < 2 or not re.fullmatch(r"(?:,[^,.!?]*)?[.!?…]?\s*", after):
            return
        found.speaker, found.attribution = person, "clause"
        found.text, found.end = found.text[: m.start()], found.start + m.start()

    # -- context
    def _from_context(self, analysis: Analysis, index: int, found: Found) -> None:
        """Continuation, or the person the preceding sentences are about."""
        named = self._named_in(found)
        only_excluded = True
        for sentence in range(found.sentence, -1, -1):
            # A quote before it whose clause named nobody we know ("..., vertelt hij.") holds the thread: nobody.
            earlier = [f for f in analysis.found
                       if f.sentence == sentence and f.span.mark < found.span.mark and f.full and (f.speaker or f.phrase)]
            if earlier:
                self._goes_on_from(analysis, index, found, earlier[-1])
                return
            start, end = analysis.sentence_bounds(sentence)
            end = min(end, found.span.mark)
            if not analysis.passage.text[start:end].strip():
                continue
            here = [m for m in self.per_passage[index] if start <= m.pos < end and m.person.name not in named]
            outside = analysis.outside_quotes(start, end)
            here = here or [m for m in role_mentions(self.registry, index, start, outside) if m.person.name not in named]
            if pair_first(analysis.passage.text, here) or group_first(outside) or not_theirs(analysis.passage.text, start, end, here, found.text):
                return  # "Doeko Bosscher en Hans Renders worden hard getroffen. '...'": either may speak; or a group; or a death, a title
            # "Doeko Bosscher belde met Hans Renders": the other party is no second speaker.
            people = [m.person for m in here if not after_preposition(analysis.passage.text, m)] or [m.person for m in here]
            described = self._described_subject(analysis, index, start, end, found) or role_subject(analysis, here, outside, self.registry)
            described = described or (None if people else role_anaphor(self.analyses, self.per_passage, index, start, outside, self.registry))
            opener = None if described is not None or people else OPENING_DESCRIPTION.match(outside)
            if opener and is_person_description(opener.group(1)):
                # "De staatssecretaris, ook oud-burgemeester, valt haar bij: ...": someone else takes the word,
                # the one person holding that role, or nobody we can name ("De buurvrouw kijkt boos.").
                holders = {h.name: h for h in role_holders(self.registry, opener.group(1))}
                if len(holders) != 1:
                    return
                described = next(iter(holders.values()))
            people = people if described is None else [described]
            if described is None and here and all(after_preposition(analysis.passage.text, m) for m in here):
                return  # "De kennismaking met Winsemius was voor hem verrassend. '...'": about him, not his words
            if people and only_excluded:
                if len(people_named(people, outside)) > 1:
                    return  # two people in the sentence before: either may speak, so nobody is named
                found.speaker, found.attribution = people[0], "context"
                return
            if any(start <= m.pos < end for m in self.per_passage[index]) and not people:
                continue
            if people or any(looks_like_name(n) for _, n in name_runs(outside)):
                if not only_excluded and subject_goes_on(analysis, found, self.per_passage[index], people, start, outside):
                    found.speaker, found.attribution = people[0], "context"
                return  # someone else is named in between: nobody is a safe guess
            if _keeps_the_thread(analysis, found, sentence, outside):
                continue
            only_excluded = False
        self._from_passage_before(analysis, index, found)

    def _goes_on_from(self, analysis: Analysis, index: int, found: Found, before: Found) -> None:
        """A quote after another of its paragraph goes on in its speaker's words; after a question that one put to
        someone ('"Om te laten zien dat u nog bestaat?", vroeg Brinckman. ‘Neen, ...’'), in the words of whoever spoke
        last in the paragraph right before, of the same part: the one asked answers."""
        if before.speaker is None:
            return
        if not put_to_someone(analysis, before):
            found.speaker, found.attribution = before.speaker, "continued"
            return
        last = self.last_speaker
        if last is not None and last is not before.speaker and self.last_speaker_at[0] == index - 1 and self._same_part(index, index - 1):
            found.speaker, found.attribution = last, "continued"

    def _from_passage_before(self, analysis: Analysis, index: int, found: Found) -> None:
        """A quote that opens its paragraph, or follows one sentence naming nobody, may go on from the one before."""
        if found.span.mark == 0 or not analysis.passage.text[: found.span.mark].strip():
            self._from_previous_passage(index, found)
        elif self._same_part(index, index - 1):
            found.speaker = over_one_sentence(self.analyses[index - 1], analysis, found, self._named_in(found))
            found.attribution = "continued" if found.speaker else None

    def _described_subject(self, analysis: Analysis, index: int, start: int, end: int, found: Found) -> Person | None:
        """ "De Brit vraagt zich hardop af ...", "..., aldus de onderzoeker.": a description as subject of a speaking verb."""
        sentence = analysis.outside_quotes(start, end)
        m = re.match(r"\s*(?P<who>(?:De|de|Het|het)\s+[\w-]+)\s+(?P<verb>\w+)", sentence) or SAID_AT_END.search(sentence)
        if m and m.group("verb").lower() in SPEECH_VERBS and is_person_description(m.group("who")):
            return self._describe(m.group("who"), index, start, found)
        # "Fietsersbond Mechelen reageert sceptisch." An organisation speaks.
        m = re.match(rf"\s*((?:{CAP})(?:\s+{CAP}){{0,3}})\s+(\w+)\b", sentence)
        if (
            m
            and m.group(2) in SPEECH_VERBS
            and m.group(2) not in PLURAL_VERBS
            and m.group(1).split()[0] not in SENTENCE_STARTERS
        ):
            if not any(start <= x.pos < end for x in self.per_passage[index]):
                return self.registry.add(m.group(1), is_person=False)
        return None

    def _fragment_after_report(self, analysis: Analysis, index: int, found: Found) -> None:
        """ "..., aldus de rector. Zo hoort het ook, want “de kennis is groter dan de mens”.": several words in marks,
        in a sentence that names nobody, right after indirect speech that ends with its speaker (the one registered
        person holding that role) and quotes nothing, go on in that speaker's words."""
        if found.phrase is not None or found.sentence == 0 or len(found.text.split()) < 4:
            return
        start, end = analysis.sentence_bounds(found.sentence)
        outside = analysis.outside_quotes(start, end)
        if any(start <= m.pos < end for m in self.per_passage[index]) or any(looks_like_name(n) for _, n in name_runs(outside)):
            return
        if any(f.sentence == found.sentence - 1 for f in analysis.found):
            return
        before, _ = analysis.sentence_bounds(found.sentence - 1)
        m = SAID_AT_END.search(analysis.outside_quotes(before, start))
        if m is None or m.group("verb").lower() not in SPEECH_VERBS or not is_person_description(m.group("who")):
            return
        person = self._describe(m.group("who"), index, before, found)
        if person is not None and person in self.registry.people and person.is_person and looks_like_name(person.name):
            found.speaker, found.attribution = person, "context"

    def _from_previous_passage(self, index: int, found: Found) -> None:
        if index == 0:
            return
        previous = self.analyses[index - 1]
        if not self._same_part(index, index - 1):
            found.speaker = across_subhead(previous, self.analyses[index], found, self._named_in(found)) or about_the_speaker_after(
                previous, self.analyses[index], found, self._named_in(found), self.per_passage[index - 1])
            found.attribution = "continued" if found.speaker else None
            if found.speaker is None and found.full and found.how is None and previous.passage.part == "lead":
                found.speaker = reported_speaker(previous, self.per_passage[index - 1]) or subject_above(
                    previous, found, self.per_passage[index - 1]
                )
                found.attribution = "context" if found.speaker else None  # a lead that ends "..., schrijft X."
            return
        text = previous.passage.text.rstrip()
        # "Minister Peeters:" over the quote; or a label without its colon over a paragraph that opens with the quote
        label = not text.endswith(":") and is_name_label(text) and not previous.found and found.start <= 1
        if text.endswith(":") or label:
            start = 0 if label else previous.sentence_bounds(previous.sentence_of(len(text) - 1))[0]
            phrase = colon_subject(text[start:].removesuffix(":"))
            person = self._resolve(phrase, index - 1, start, None) if phrase is not None else None
            if person is not None:
                found.speaker, found.attribution = person, "colon"
                return
        last_sentence = len(previous.starts) - 1
        closing = [f for f in previous.found if f.full and f.speaker is not None and f.sentence >= last_sentence - 1]
        if closing and not asks(closing[-1]) and (not closing[-1].span.closed or closing[-1].sentence == last_sentence):
            found.speaker, found.attribution = closing[-1].speaker, "continued"
        elif found.full and (reported := reported_speaker(previous, self.per_passage[index - 1])) is not None:
            found.speaker, found.attribution = reported, "context"  # "X merkt op dat ..." over a paragraph of X's words
        elif (above := subject_above(previous, found, self.per_passage[index - 1])) is not None:
            found.speaker, found.attribution = above, "context"


def _keeps_the_thread(analysis: Analysis, found: Found, sentence: int, outside: str) -> bool:
    """A sentence that names nobody between a person and a quote and keeps the quote theirs: one still about them
    (``passes_over``), one quoting a fragment of theirs, or the quote's own colon clause with no subject that can
    speak ("Daarnaast sprak ze met ... De frustratie is groot: '...'"), which says how the words are, not whose."""
    if introduced_names(outside):
        return False
    # A verb of saying in it ("De UB doet zichzelf schade aan, aldus het verweer, en: '...'") gives the words to
    # someone it does not name; a person in it ("Ze kreeg een sms: '...'") is its subject, and not speaking.
    words = set(re.findall(r"\w+", outside.lower()))
    mute = not words & (SPEECH_VERBS | _PERSONAL_PRONOUNS)
    own_colon = sentence == found.sentence and mute and (found.how == "colon" or outside.rstrip().endswith(":"))
    return own_colon or passes_over(outside) or quotes_a_fragment(analysis, sentence)


_PERSONAL_PRONOUNS = frozenset("ik je jij u hij zij ze we wij jullie men".split())
"""Pronouns that may stand as a clause's subject: a person acting in it."""

_FORMER = re.compile(r"(?i)\b(?:voormalig|voormalige|gewezen|vertrekkende|oud-|ex-)")
