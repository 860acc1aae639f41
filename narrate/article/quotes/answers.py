"""Written interviews: the answers to the questions a paragraph puts, and the questions a quote asks."""

from __future__ import annotations

import re

from ..letters import CAPITAL
from ..people import Person, looks_like_name, name_runs
from .registry import Registry
from .clauses import Analysis, Found
from .mentions import Mention
from .turns import is_plain_full_name, is_question, names_another


def answers_of_interview(analyses: list[Analysis], registry: Registry, mentions: list[Mention], interviewee: str | None) -> None:
    """A written interview's answers set in quote marks, each right after its question (in the next paragraph,
    or after the question in the same one): the interviewee's, whom the title names, or else the one person
    the lead names.  Two questions at least, or one when the title or lead announces the interview with its guest,
    or names one person in full, and nobody else is named; otherwise nothing is done."""
    asked = [
        i
        for i, a in enumerate(analyses)
        if is_question(a.passage.text) or _ends_with_question(a) or _answered_question(analyses, i)
    ]
    if not asked:
        return
    person = registry.find(interviewee) if interviewee else None
    if person is None:
        lead = {m.person.name: m.person for m in mentions if m.passage == 0 and m.named and m.person.is_person}
        person = next(iter(lead.values())) if len(lead) == 1 and asked[0] > 0 else None
    if person is None or len(asked) == 1 and (
        not interviewee and not is_plain_full_name(person.name) or any(names_another(a, person) for a in analyses)
    ):
        return  # one question is enough only for someone named in full, while nobody else is named who might answer it
    for q in asked:
        for index in (q, q + 1):
            if index >= len(analyses) or analyses[index].passage.section != analyses[q].passage.section:
                continue
            for found in analyses[index].found:
                before = analyses[index].passage.text[: found.span.mark].rstrip()
                answers = not before if index != q else before.endswith("?")
                if answers and found.full and found.speaker is None and found.phrase is None and not found.turn:
                    found.speaker, found.attribution = person, "context"


_ADDRESSED = re.compile(rf"(?:Meneer|Mevrouw|De heer|Dokter|Professor)\s+((?:[a-z]+\s+)?[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+)?),\s")


def answers_to_the_addressed(analyses: list[Analysis], registry: Registry) -> None:
    """A question that opens by addressing someone ("Meneer Dordain, waarom heeft u ...?"): the quoted answer
    that opens the next paragraph is theirs, when the register knows them."""
    for n, (question, answer) in enumerate(zip(analyses, analyses[1:])):
        text = question.passage.text.strip()
        m = _ADDRESSED.match(text)
        person = registry.find(m.group(1)) if m and text.endswith("?") and not question.found else None
        if person is None and not question.found and is_question(text):
            person = _only_person_named(analyses[: n + 1], registry)  # "... waar leidt u dat uit af?"
        if person is None or not person.is_person or not answer.passage.same_part(question.passage):
            continue
        for found in answer.found[:1]:
            opens = not answer.passage.text[: found.span.mark].strip()
            if opens and found.full and found.speaker is None and found.phrase is None and not found.turn:
                found.speaker, found.attribution = person, "context"


def _only_person_named(analyses: list[Analysis], registry: Registry) -> Person | None:
    """The one person the text names in full so far, when every name in it is theirs: whom a question put to
    "u" asks."""
    found = [registry.find(name) for a in analyses for _, name in name_runs(a.passage.text) if looks_like_name(name)]
    named = {id(person): person for person in found}
    person = next(iter(named.values())) if len(named) == 1 else None  # a name the register lacks counts too: None
    return person if person is not None and person.is_person else None


def _answered_question(analyses: list[Analysis], i: int) -> bool:
    """A paragraph of the writer's that ends in a question ("Hoe is de relatie met Luc Sels nu?"), and the
    next one of the same part a quote with no clause, opening at its first character: asked and answered."""
    text = analyses[i].passage.text.rstrip()
    if analyses[i].found or not text.endswith("?") or i + 1 == len(analyses):
        return False
    answer = analyses[i + 1]
    return (
        answer.passage.same_part(analyses[i].passage)
        and bool(answer.found)
        and not answer.passage.text[: answer.found[0].span.mark].strip()
        and answer.found[0].phrase is None
    )


def _ends_with_question(analysis: Analysis) -> bool:
    """A paragraph whose text before its first quote ends in a question put to "je" or "u"."""
    first = analysis.found[0].span.mark if analysis.found else len(analysis.passage.text)
    return is_question(analysis.passage.text[:first].rstrip() or "-")


def asks(found: Found) -> bool:
    """A closed quote that is a question: the quote opening the next paragraph answers it, in someone else's words."""
    return found.span.closed and found.text.rstrip(" ’”'\"").endswith("?")


def put_to_someone(analysis: Analysis, found: Found) -> bool:
    """A question whose clause says it was put to someone ('"Om te laten zien dat u nog bestaat?", vroeg
    Brinckman'): the quote after it is the answer, someone else's."""
    if not found.text.rstrip().endswith("?") or found.how not in ("clause", "colon"):
        return False
    if found.how == "colon":  # "... en daarbij de vraag: ”Wil jij ...?” ”Euhm, ja ...”": the label says it was asked
        return bool(_ASKING.search(analysis.passage.text[analysis.starts[found.sentence] : found.span.mark]))
    clause = analysis.passage.text[found.span.close : found.phrase_at + 1]
    return bool(_ASKING.search(clause)) and "zich af" not in analysis.passage.text[found.span.close : found.span.close + 80]


_ASKING = re.compile(r"\b(?:vraag|vroeg|vroegen|vraagt|vragen|wil weten|wilde weten)\b")


def answers_go_on(analyses: list[Analysis], per_passage: list[list[Mention]]) -> None:
    """The answer after a question put to "u" or "je" is the words of whoever spoke last, in the same section or
    the lead above it, when nobody else is named between, or when the text, having named another, comes back to
    them by name last before the question ("... ontving Frank van burgemeester Jan van Zanen ... In dit
    interview blikt Frank terug."): the interview goes on with them ("Edith Feskens bekleedt ... ‘...’" /
    "Waar wilt u heen?" / "‘Hoe kunnen we ...’")."""
    speaker: Person | None = None
    heard: Person | None = None
    for n, analysis in enumerate(analyses):
        passage = analysis.passage
        if n and not (passage.same_part(analyses[n - 1].passage) or analyses[n - 1].passage.part == "lead"):
            speaker = heard = None  # a new section may bring its own person
        said = [f.speaker for f in analysis.found if f.full and f.speaker is not None]
        if said:
            speaker = heard = said[-1]
            continue
        if speaker is not None and names_another(analysis, speaker):
            speaker = None
        named = [m.person for m in per_passage[n] if m.named]
        if named and named[-1] is heard:
            speaker = heard  # the text came back to the last speaker: the question is put to them again
        if speaker is None or analysis.found or not is_question(passage.text) or n + 1 == len(analyses):
            continue
        _name_the_answer(analysis, analyses[n + 1], speaker)


def later_answers(analyses: list[Analysis]) -> None:
    """Once a question to "u" or "je" has had its answer in marks, named, the interview's later short questions
    ("En nu?", "Waarom juist Utrecht?") need not say whom they ask: the quote opening the next paragraph is the
    same person's answer, while the text, from that answer on, names nobody else (a new part of the page ends it)."""
    speaker: Person | None = None
    for n, analysis in enumerate(analyses[:-1]):
        if speaker is not None and (not analysis.passage.same_part(analyses[n - 1].passage) or names_another(analysis, speaker)):
            speaker = None
        said = [f.speaker for f in analysis.found if f.full and f.speaker is not None]
        if said:
            opens = not analysis.passage.text[: analysis.found[0].span.mark].strip()
            before = analyses[n - 1].passage.text
            asked = n > 0 and not analyses[n - 1].found and (is_question(before) or speaker is not None and _short_question(before))
            speaker = said[-1] if opens and asked and len(set(map(id, said))) == 1 else None
            continue
        if speaker is None or analysis.found or not _short_question(analysis.passage.text):
            continue
        _name_the_answer(analysis, analyses[n + 1], speaker)


def _name_the_answer(question: Analysis, answer: Analysis, speaker: Person) -> None:
    """The quote opening ``answer``, the paragraph under ``question`` in its part, is ``speaker``'s, when it is whole,
    unnamed, no transcript's turn, and nothing stands before its mark."""
    first = answer.found[0] if answer.found and answer.passage.same_part(question.passage) else None
    if first and first.full and first.speaker is None and first.phrase is None and not first.turn:
        if not answer.passage.text[: first.span.mark].strip():
            first.speaker, first.attribution = speaker, "context"


def _short_question(text: str) -> bool:
    """A paragraph that is one short question ("En wat nu?", "Waarom juist Utrecht?").

    >>> _short_question("En wat nu?"), _short_question("Het kan. Maar waarom?"), _short_question("Zo gaat het.")
    (True, False, False)
    """
    return text.rstrip().endswith("?") and len(text.split()) <= 20 and not re.search(r"[.!:;]\s", text)
