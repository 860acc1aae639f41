"""Transcripts and interviews: paragraphs that are one speaker's turn, without quote marks.

A turn is introduced by a label: a paragraph of its own ending in a colon
("De voorzitter:", "Minister Ollongren:"), the start of the paragraph
("Jacques Barrot, vice-voorzitter van de Commissie. - (FR) Mijnheer ..."),
or, in a transcript whose speakers stand as capitalised headings or lines
of their own, the heading or line ("EDWIN EVERS").  The turn is the paragraph the label opens or
introduces: what follows may be the record's narration as well as more
speech, and the page does not say which.  Its speaker comes from the register like any other: a name, or the
one person holding a role; a label that is only a role ("De voorzitter")
names nobody.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..furniture.shape import is_put_question
from ..letters import CAPITAL
from ..people import Person, is_full_name, is_name_label, is_person_description, is_role_word, looks_like_name
from ..people import FIRST_PERSON, name_runs, statement_speaker
from .registry import Registry
from .clauses import Analysis, Found, Passage
from ..firstnames import is_first_name
from .mentions import Mention
from .resolve import introduced_names
from .phrases import leading_phrase, split_tokens, subject_after_verb
from .role_names import Phrase
from .resolve import protagonist, speakable
from .holders import role_holders
from .spans import Span
from .stops import hands_on, narration_before
from .words import SPEECH_VERBS

_LABEL_LINE = re.compile(r"\s*([^.!?:;\"“”„‘’«»()]{2,80}?)\s*(?:\(([^()]{1,30})\))?\s*:\s*$")
_INLINE_LABEL = re.compile(
    rf"\s*([{CAPITAL}][^.!?:;\"“”„«»()]{{1,120}}?)\s*(?:\(([^()]{{1,30}})\))?\s*\.\s+[-–—]\s+(?:\([A-Z]{{2}}\)\s+)?"
)
_BRACKET_LABEL = re.compile(r"\s*\[([^\[\]]{2,120})\]()\s*")
"""A video transcript's speaker line: "[Rik De Laet, Afdelingshoofd (1989-2013), in het Nederlands]"."""
_HONORIFIC = re.compile(rf"(?:[Dd]e heer|[Mm]evrouw|[Mm]eneer|Mevr\.?|Mw\.?|Dhr\.?)\s+(?=[{CAPITAL}])")
_CAPS_HEADING = re.compile(rf"[{CAPITAL}][{CAPITAL}'’-]*(?:\s+[{CAPITAL}][{CAPITAL}'’-]*){{0,3}}")


@dataclass
class Turn:
    """A passage that is someone's turn in a transcript."""

    label: Phrase | None
    """Who speaks, as the label says (None for a label that says no one, "VOICE-OVER")."""

    start: int
    """Where the speech starts in the passage (after an inline label)."""

    titled: bool = False
    """The label addresses its speaker ("Mevrouw Ollongren:"): a surname alone is then a person."""


def label_phrase(label: str, party: str | None = None) -> Phrase | None:
    """The speaker a label names: a name with or without a role, an apposition or a party (after
    "De heer" or "Mevrouw"), or a role alone.

    >>> label_phrase("Minister Ollongren"), label_phrase("De voorzitter").kind
    (Phrase(kind='name', text='Ollongren', role='Minister', plural=False), 'description')
    >>> label_phrase("De heer Wilders", "PVV"), label_phrase("Het plan is eenvoudig")
    (Phrase(kind='name', text='Wilders', role='PVV', plural=False), None)
    >>> label_phrase("Jacques Barrot, vice-voorzitter van de Commissie").text
    'Jacques Barrot'
    """
    label = _HONORIFIC.sub("", label.strip(), count=1)
    tokens = split_tokens(label)
    if not tokens or len(tokens) > 20:
        return None
    phrase, used = leading_phrase(tokens)
    if phrase is None or phrase.kind == "pronoun":
        return None
    if phrase.kind == "description" and not (used <= 4 and is_person_description(phrase.text)):
        return None  # "Het plan is eenvoudig:" introduces no speaker
    if used < len(tokens):
        phrase, _ = subject_after_verb(" " + label)
        if phrase is None or not phrase.role or phrase.kind != "name":
            return None
    if party and phrase.kind == "name" and not phrase.role:
        phrase.role = party
    return phrase


def find_turns(passages: list[Passage], headings: list[str | None]) -> dict[int, Turn]:
    """The passages (by index) that are turns of a transcript, with their labels."""
    speakers = _heading_speakers(headings)
    # A transcript pasted as text keeps its capitalised speaker lines ("EDWIN EVERS") as paragraphs
    # of their own; they are labels by the same sign as the headings: at least one returns.
    caps_lines = _heading_speakers([p.text.strip() for p in passages if p.part == "body"])
    turns: dict[int, Turn] = {}
    current: Turn | None = None
    section = None
    for index, passage in enumerate(passages):
        if passage.part == "summary":
            current = None
            continue
        if passage.section != section:
            section = passage.section
            heading = headings[section] if 0 <= section < len(headings) else None
            if heading in speakers:
                label = _unnumbered(heading)
                current = Turn(label_phrase(label.title() if label.isupper() else label), 0)
            elif heading is not None:
                current = None  # a new part of the page; an untitled section goes on with the turn
        if passage.text.strip() in caps_lines:
            current = Turn(label_phrase(passage.text.strip().title()), 0)
            continue
        line = _LABEL_LINE.fullmatch(passage.text) or _BRACKET_LABEL.fullmatch(passage.text)
        if line and label_phrase(*line.groups()) is not None:
            current = Turn(label_phrase(*line.groups()), 0, bool(_HONORIFIC.match(line.group(1))))
            continue
        inline = _INLINE_LABEL.match(passage.text)
        if inline and label_phrase(*inline.groups()) is not None and len(passage.text) > inline.end():
            turns[index] = Turn(label_phrase(*inline.groups()), inline.end(), bool(_HONORIFIC.match(inline.group(1))))
            current = None
        elif current is not None and _is_speech(passage.text):
            # One paragraph per label: the paragraphs after it may be the record's own narration
            # ("Deze mededeling wordt voor kennisgeving aangenomen.", "(applaus)") as well as speech.
            turns[index], current = current, None
    return turns


def _is_speech(text: str) -> bool:
    """A paragraph that can be someone's words: a sentence ("Absoluut."), not a menu line.

    >>> _is_speech("Dank u wel, voorzitter."), _is_speech("Aangenomen teksten :"), _is_speech("(applaus)")
    (True, False, False)
    """
    return bool(re.search(r"\w.*[.!?…\"'”’»]\s*$", text)) and not text.startswith("(")


def _heading_speakers(headings: list[str | None]) -> set[str]:
    """Capitalised headings that stand for speakers: in a transcript at least one of them returns,
    and there are two (a page's "ADVERTENTIE" twice is no conversation).

    >>> sorted(_heading_speakers(["EDWIN EVERS", "DE KONING", "EDWIN EVERS", "Inleiding"]))
    ['DE KONING', 'EDWIN EVERS']
    >>> _heading_speakers(["CORONA", "OVERSTROMINGEN"]), _heading_speakers(["ADVERTENTIE", "ADVERTENTIE"])
    (set(), set())
    >>> sorted(_heading_speakers(["1. Interviewer", "2. Joyce Nelissen", "3. Interviewer", "4. Joyce Nelissen"]))
    ['2. Joyce Nelissen', '4. Joyce Nelissen']
    """
    caps = [h for h in headings if h and _CAPS_HEADING.fullmatch(h) and any(c.isalpha() for c in h)]
    named = Counter(_unnumbered(h) for h in headings if h and is_plain_full_name(_unnumbered(h)))
    # An interview laid out as a list of turns: the interviewee's full name over each answer ("2. Joyce Nelissen").
    returning = {h for h in headings if h and named.get(_unnumbered(h), 0) >= 2}
    if len(set(caps)) < 2 or max(Counter(caps).values()) < 2:
        return returning
    return set(caps) | returning


def speaker_headings(headings: list[str | None]) -> set[str]:
    """Headings that only say whose turn follows: a transcript's speakers, and in a numbered list of turns the
    other party's too ("1. Interviewer" beside "2. Joyce Nelissen").

    >>> sorted(speaker_headings(["1. Interviewer", "2. Joyce Nelissen", "3. Interviewer", "4. Joyce Nelissen"]))
    ['1. Interviewer', '2. Joyce Nelissen', '3. Interviewer', '4. Joyce Nelissen']
    >>> speaker_headings(["1. Inleiding", "2. Joyce Nelissen"])
    set()
    """
    speakers = _heading_speakers(headings)
    if any(_unnumbered(h) != h for h in speakers):
        speakers |= {h for h in headings if h and re.fullmatch(r"\d{1,2}\.\s+\S+(?:\s+\S+){0,3}", h)}
    return speakers


def _unnumbered(heading: str) -> str:
    return re.sub(r"^\d{1,2}\.\s+", "", heading)


def is_plain_full_name(text: str) -> bool:
    """ "Joyce Nelissen": a first name and a surname, nothing else."""
    return len(text.split()) <= 4 and is_full_name(text)


def find_interview(passages: list[Passage], taken: set[int]) -> tuple[list[int], list[int]]:
    """The questions and answers of a written interview, by passage index: at least three
    questions put to "je" or "u", each followed by answers in the first person.  Passages in
    ``taken`` (with quotes or turns of their own) are neither.

    >>> ps = [Passage(t, "body", 0, i) for i, t in enumerate(["Intro.", "Hoe gaat het met u?", "Ik ben moe.",
    ...       "Waarom stopt u?", "Mijn lijf wil niet meer.", "Wat doet u nu?", "We reizen."])]
    >>> find_interview(ps, set())
    ([1, 3, 5], [2, 4, 6])
    """
    questions = [i for i, p in enumerate(passages) if p.part == "body" and i not in taken and is_question(p.text)]
    answers = []
    for n, question in enumerate(questions):
        stop = questions[n + 1] if n + 1 < len(questions) else len(passages)
        answers += [
            k
            for k in range(question + 1, stop)
            if k not in taken and passages[k].part == "body" and FIRST_PERSON.search(passages[k].text)
        ]
    if len(questions) < 3 or len({a for a in answers}) < 2:
        return [], []
    return questions, answers


QUESTION_WORDS = 60
"""A question put to the interviewee is one short paragraph."""


def is_question(text: str) -> bool:
    return is_put_question(text, QUESTION_WORDS)


def turn_found(analysis: Analysis, index: int, turn: Turn) -> Found:
    """A transcript paragraph as one quote, its own quote marks left inside it."""
    text = analysis.passage.text
    end = len(text.rstrip())
    whole = [f for f in analysis.found if f.full and not text[turn.start : f.span.mark].strip()]
    if len(whole) == 1 and len(analysis.found) == 1 and not text[whole[0].span.close :].strip(" .\n"):
        # A turn that is one quote in marks ("[Rik De Laet]" over "“...”"): the quote, without them.
        only = whole[0]
        found = Found(index, only.span, only.text, only.start, only.end, only.sentence, True, turn.label, turn.start, "colon")
        found.turn, found.titled = True, turn.titled
        return found
    span = Span(turn.start, turn.start, end, end, True)
    found = Found(index, span, text[turn.start : end], turn.start, end, 0, True, turn.label, turn.start, "colon")
    found.turn, found.titled = True, turn.titled
    return found


def turn_speaker(registry: Registry, label: Phrase) -> Person | None:
    """A label's speaker: the named person, or the one person holding the role it gives."""
    if label.kind == "name":
        return registry.find(label.text) or registry.add(label.text, label.role)
    holders = {p.name: p for p in role_holders(registry, label.text)}
    return next(iter(holders.values())) if len(holders) == 1 else None


def interview(analyses: list[Analysis], mentions: list[Mention], registry: Registry, turns: set[int]) -> None:
    """A written interview: each question a quote of the (unnamed) interviewer, each answer one of
    the interviewee, the one person the introduction names (else the article's protagonist)."""
    taken = turns | {i for i, a in enumerate(analyses) if a.found}
    questions, answers = find_interview([a.passage for a in analyses], taken)
    if not questions:
        return
    intro = {m.person.name: m.person for m in mentions if m.passage < questions[0] and m.named and m.person.is_person}
    main = protagonist(mentions)
    interviewee = next(iter(intro.values())) if len(intro) == 1 else registry.find(main) if main else None
    for index in questions + answers:
        found = turn_found(analyses[index], index, Turn(None, 0))
        if index in answers and interviewee is not None:
            found.speaker, found.attribution = interviewee, "context"
        analyses[index].found = [found]


def portrait_sections(analyses: list[Analysis], registry: Registry, headings: list[str | None]) -> None:
    """A section under someone's name and words ("Dylan: ‘Ik heb mijn droom waargemaakt’"): the quotes in it that
    nothing else attributes are theirs."""
    stopped = set()
    for analysis in analyses:
        section = analysis.passage.section
        heading = headings[section] or "" if 0 <= section < len(headings) else ""
        who = statement_speaker(heading) or _card_name(heading)
        label = label_phrase(who) if who else None
        if label is None or label.kind != "name" or section in stopped:
            continue
        person = turn_speaker(registry, label)
        if any(registry.find(name) is not person for _, name in name_runs(analysis.passage.text) if looks_like_name(name)):
            stopped.add(section)  # someone else is named: the portrait's words may be theirs from here on
            continue
        for found in analysis.found:
            # Words that went on from the section above are the card's person's: the card says who speaks now.
            free = found.speaker is None or found.attribution == "continued"
            if found.full and free and found.phrase is None and not found.turn:
                found.speaker, found.attribution, found.titled = person, "colon", True


def _card_of_another(heading: str, person: Person) -> bool:
    """A section's card that names someone other than ``person``: the words under it may be theirs.

    >>> _card_of_another("KOEN, POLITICUS", Person("Wim Smet")), _card_of_another("Wim, technicus", Person("Wim Smet"))
    (True, False)
    """
    who = statement_speaker(heading) or _card_name(heading)
    return who is not None and not set(who.split()) & set(person.name.split())


def _card_name(heading: str) -> str | None:
    """The person a name card over a section names ("LUDWIG, HOOFDVERPLEEGKUNDIGE", "Jan Peeters, schepen").

    >>> _card_name("LUDWIG, HOOFDVERPLEEGKUNDIGE"), _card_name("Jan Peeters, schepen van Mobiliteit"), _card_name("Gent, stad")
    ('Ludwig', 'Jan Peeters', None)
    >>> _card_name("Yichun Zhou (23), S&I (Sustainability & Internationalisation)"), _card_name("Gent (3), stad")
    ('Yichun Zhou', None)
    """
    name, comma, role = (part.strip() for part in heading.partition(","))
    name = name.title() if name.isupper() else name
    aged = re.fullmatch(r"(.+?)\s+\(\d{1,3}\)", name)
    if aged and comma and " " in aged.group(1) and looks_like_name(aged.group(1)):
        return aged.group(1)  # a name with an age, then what they do: a portrait's card, whatever the role's words
    if not comma or not role or not is_role_word(role.split()[0].lower()):
        return None
    return name if is_full_name(name) or " " not in name and is_first_name(name) else None


def signed_below(analyses: list[Analysis], registry: Registry) -> None:
    """A paragraph that is one quote and nothing else, with a name line under it ("Sven Taeldeman, fractieleider
    van sp.a in de gemeenteraad"): the quote is theirs."""
    for above, below in zip(analyses, analyses[1:]):
        text = below.passage.text.strip()
        if below.found or len(above.found) != 1 or not is_name_label(text) or not above.passage.runs_into(below.passage):
            continue
        found, label = above.found[0], label_phrase(text)
        alone = not re.sub(r"[\W_]", "", above.outside_quotes(0, len(above.passage.text)))
        if alone and found.speaker is None and not found.turn and label is not None and label.kind == "name":
            found.speaker, found.attribution = turn_speaker(registry, label), "colon"


def put_questions(passages: list[Passage], headings: list[str | None]) -> int:
    """How many paragraphs and headings are questions put to "je" or "u": two make a written interview."""
    return sum(1 for p in passages if is_question(p.text)) + sum(1 for h in headings if h and is_question(h))


def sole_speaker(
    analyses: list[Analysis], registry: Registry, interviewee: str | None = None, questioned: bool = False,
    headings: Sequence[str | None] = (),
) -> None:
    """An article that names one person only and quotes nobody else (a profile, an interview
    written as prose): its full quotes that nothing introduces are theirs.  With a second person
    named anywhere, another speaker quoted (even "een buurman"), someone described in the paragraph
    before the quote ("De buurvrouw kijkt boos."), or a new actor taking a stand since the quote before ("De buren
    zeggen dat ...", "Zijn vrouw is het niet eens.": ``hands_on``), the quote stays unnamed.  An
    ``interviewee`` the title names counts as named; it, or a written interview's questions
    (``questioned``), make a clause that names the one person first unnecessary; so does a pull quote they sign, or
    two quotes the context already gave them (then only from where the text first names them).
    Outside an interview, a quote in the standfirst is a teaser anyone may have said, and stays unnamed.  A name card
    of someone else over a section (one of the ``headings``) is a second person too."""
    # A capitalised word the register took for someone ("Milieu maakte hier nog geen deel van
    # uit: ...") is no second person; anyone quoted by name still is, below.
    people = [p for p in registry.people if p.is_person and speakable(p, strong=False)]
    if interviewee is not None and not any(p.name == interviewee or interviewee.endswith(p.name) for p in people):
        people.append(registry.add(interviewee))
    found = [(a, f) for a in analyses for f in a.found if f.full and not f.turn]
    # Fragments count with the full quotes: "antwoordt Ilona dat het ‘helpen is met de handen op de rug’".
    attributed = [f for a in analyses for f in a.found if not f.turn and f.speaker is not None]
    # Speakers as the last check before naming will see them: a bare word a colon clause opens
    # with ("Milieu maakte ...: '...'") will be dropped there, so it counts for nobody here.
    speakers = {id(f.speaker) for f in attributed if speakable(f.speaker, strong=False) or f.how == "clause" or f.titled}
    asked = interviewee is not None or questioned
    if asked and not people:
        # An interview's guest is often named once, in the introduction, and so never registered.
        named = {name for a in analyses for name in _full_names(a)}
        people = [registry.add(named.pop())] if len(named) == 1 else []
    if len(people) != 1 or not (speakers == {id(people[0])} or asked and speakers <= {id(people[0])}):
        return
    if any(names_another(a, people[0]) for a in analyses) or any(_card_of_another(h, people[0]) for h in headings if h):
        return
    said = asked or any(f.attribution in ("clause", "colon", "pull quote") for f in attributed)
    if not said and sum(1 for _a, f in found if f.speaker is not None) < 2:
        return
    first = _first_named(analyses, people[0])
    text = "\n".join(a.passage.text for a in analyses)
    for analysis, quote in found:
        if not said and (quote.passage, quote.span.mark) < first or _names(quote.text, people[0]):
            continue  # known by context alone, they speak once the text has named them, and never of themselves
        before = analysis.outside_quotes(0, quote.span.mark)
        after = analysis.outside_quotes(quote.span.close, len(analysis.passage.text))
        if analysis.passage.part == "lead" and not asked:
            continue
        unsaid = quote.speaker is None and quote.phrase is None or _dropped_subject(quote, speakers, before, text)
        handed_on = hands_on(narration_before(analyses, quote.passage, quote)) or heard_by_someone(after)
        if unsaid and not describes_someone(before) and not body_speaks(before) and not handed_on:
            quote.speaker, quote.attribution = people[0], "context"


def _dropped_subject(quote: Found, speakers: set[int], before: str, text: str) -> bool:
    """A colon clause whose subject is a bare word the last check will drop, a common noun that opens the sentence
    ("Milieu maakte hier nog geen deel van uit: '...'"): it says no one.  Not a label ("Luurt: '...'"), a word before a
    verb of saying ("Peeters vult aan:"), a first name, nor a word the article (``text``) capitalises mid-sentence too:
    those are someone."""
    if quote.how != "colon" or quote.speaker is None or id(quote.speaker) in speakers:
        return False
    word = quote.speaker.name
    clause = re.split(r"(?<=[.!?])\s+", before.strip())[-1]
    verb = re.match(rf"{re.escape(word)}\s+(\w+)\s", clause)
    if verb is None or verb.group(1).lower() in SPEECH_VERBS or " " in word or is_first_name(word):
        return False
    return not re.search(rf"[\w,;]\s+{re.escape(word)}\b", text)


def _first_named(analyses: list[Analysis], person: Person) -> tuple[int, int]:
    """Where the text first names ``person`` outside quotes, by full name or surname."""
    for index, analysis in enumerate(analyses):
        if m := _names(analysis.outside_quotes(0, len(analysis.passage.text)), person):
            return index, m.start()
    return len(analyses), 0


def _names(text: str, person: Person) -> re.Match[str] | None:
    return re.search(rf"(?<![\w-]){re.escape(person.name.split()[-1])}(?![\w-])", text)


def _full_names(analysis: Analysis) -> list[str]:
    """Full names that start with a first name in the passage, outside its quotes ("Provinciale
    Statenverkiezingen" is no one)."""
    text = analysis.outside_quotes(0, len(analysis.passage.text))
    return [name for _at, name in name_runs(text) if is_first_name(name.split()[0])]


def names_another(analysis: Analysis, person: Person) -> bool:
    """A full name in the passage that is not ``person``'s, registered or not; inside a quote too when a speaking
    verb stands before it ("‘Hierin blijkt dat ..., zegt Mieck Vos.’": marks that took a clause in)."""
    outside = analysis.outside_quotes(0, len(analysis.passage.text))
    names = _full_names(analysis) + _said_inside(analysis.passage.text) + introduced_names(outside)
    return any(person.name.split()[-1] not in name.split() for name in names)


def _said_inside(text: str) -> list[str]:
    """Full names right after a speaking verb, wherever they stand.

    >>> _said_inside("‘Het lukt, zegt Mieck Vos, directeur.’ En verder.")
    ['Mieck Vos']
    """
    return [name for at, name in name_runs(text) if looks_like_name(name) and _word_before(text, at) in SPEECH_VERBS]


def _word_before(text: str, at: int) -> str:
    words = text[:at].split()
    return words[-1].lower() if words else ""


def body_speaks(text: str) -> bool:
    """A body the sentence before the quote makes its speaker ("De Vlaamse Ouderenraad stelt vast dat ..."): its
    words, not those of the one person the article names.

    >>> body_speaks("De Vlaamse Ouderenraad stelt vast dat het akkoord veel belooft. "), body_speaks("De minister zegt: ")
    (True, False)
    """
    last = re.split(r"(?<=[.!?])\s+(?=\S)", text.strip())[-1]
    m = re.match(rf"(?:De|Het)\s+(?:[{CAPITAL}][\w-]*\s+){{1,4}}(\w+)", last)
    return bool(m) and m.group(1) in SPEECH_VERBS


_HEARD = re.compile(r"\s*(?:Die|Deze|Dat|Dit|Zo'n|Zulke)\b[^.!?]{0,40}?\b(?:krijgt|kreeg|krijgen|kregen|hoort|hoorde|horen|hoorden)\b")


def heard_by_someone(after: str) -> bool:
    """Words someone is told, as the sentence after them says ("Die reactie krijgt Sebastiaan weleens"): the
    one person named hears them, so they are not theirs.

    >>> heard_by_someone(" Die reactie krijgt hij weleens."), heard_by_someone(" Dat zegt hij lachend.")
    (True, False)
    """
    return _HEARD.match(after) is not None


def describes_someone(text: str) -> bool:
    """A person described, not named: "de buurvrouw", "een agent".

    >>> describes_someone("De buurvrouw kijkt boos."), describes_someone("Er is wat te kiezen op 15 maart.")
    (True, False)
    """
    return any(is_person_description(m.group(0)) for m in re.finditer(r"\b(?:[Dd]e|[Hh]et|[Ee]en|[Dd]ie|[Dd]eze)\s+[\w-]+", text))
