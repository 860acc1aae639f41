"""Whether the text before a quote may say whose it is: the sentences before it, when no clause says so (a colon's
included), the quote the section or paragraph before closed with, and the one person the sentences before (or the
paragraph above) are about when the quote speaks in the first person."""

from __future__ import annotations

import re

from ..firstnames import is_first_name
from ..letters import CAPITAL
from ..people import FIRST_PERSON, FIRST_PERSON_SINGULAR, ROLE_ADJECTIVES, Person, is_person_description, is_role_word, looks_like_name, name_runs
from .clauses import Analysis, Found, opens_passage
from .mentions import Mention, word_governing
from .phrases import can_speak, leading_phrase, split_tokens
from .registry import Registry
from .words import ADVERB_STARTERS, RECEIVING_VERBS, SPEECH_VERBS
from .resolve import after_preposition, asks_others, pair_first, people_named
from .holders import role_holders
from .introductions import past_introduction
from .stops import hands_on


def open_to_context(analysis: Analysis, found: Found, mentions: list[Mention]) -> bool:
    """A full quote whose clause gave no subject may take its speaker from the sentences before: one with no clause
    at all (a clause whose subject could not be resolved, "zegt hij" between two people, says they are no safe guess
    either), or one after a colon whose clause has no subject or one that cannot speak ("De frustratie is groot:
    ..."), as long as that clause names one person at most. ``mentions`` are the passage's."""
    if not found.full or found.turn:
        return False
    if found.how != "colon":
        return found.phrase is None
    phrase = found.phrase
    mute = phrase is None or phrase.kind == "description" and not phrase.plural and not can_speak(phrase.text)
    return mute and colon_about_one(analysis, found, mentions)


def colon_about_one(analysis: Analysis, found: Found, mentions: list[Mention]) -> bool:
    """A colon whose clause yields no subject ("Kinderombudsvrouw Margrite Kalverboer ziet drie knelpunten die ...:
    '...'"): the sentences before may say whose the quote is, unless the clause names two people, or one after a
    preposition ("We spraken met X en Y:", "de organisator van de Memorial Van Damme, die stelt:") or as the one
    whose role it names ("Voorzitter van het bestuur van Jan Peeters:"), or one who receives the words ("Jan Peeters
    kreeg een brief:"). ``mentions`` are the passage's."""
    start = analysis.sentence_bounds(found.sentence)[0]
    before = analysis.outside_quotes(start, found.span.mark)
    if RECEIVING_VERBS.intersection(before.lower().split()):
        return False  # "Jan Peeters kreeg een brief: '...'": words that came to the clause's subject from someone else
    here = [m for m in mentions if start <= m.pos < found.span.mark]
    here += [Mention(found.passage, start + at, Person(name)) for at, name in name_runs(before) if looks_like_name(name)]
    text = analysis.passage.text
    return len({m.person.name for m in here}) <= 1 and not any(after_preposition(text, m) or _owner(text, m) for m in here)


def _owner(text: str, mention: Mention) -> bool:
    """A name after "van" or "voor" in a colon's clause ("Voorzitter van het bestuur van Jan Peeters:"): whose the
    speaker's role is, not the speaker.

    >>> peeters = Person("Jan Peeters")
    >>> _owner("De voorzitter van Jan Peeters", Mention(0, 18, peeters)), _owner("Jan Peeters", Mention(0, 0, peeters))
    (True, False)
    """
    before = text[: mention.pos].split()[-3:]
    while before and before[-1].lower() in {"de", "het", "een"}:
        before.pop()
    return bool(before) and before[-1].lower() in {"van", "voor"}


def across_subhead(previous: Analysis, current: Analysis, found: Found, named: set[str]) -> Person | None:
    """Under a subhead, or right under the lead, a body paragraph that opens with a quote goes on in the words of the
    named quote the section (or the lead) before closed with; not when the quote itself names that speaker
    (``named``: it is said of them)."""
    body = previous.passage.part in ("body", "lead") and current.passage.part == "body"
    closing = [f for f in previous.found if f.full and f.speaker is not None][-1:]
    ends = bool(closing) and not previous.outside_quotes(closing[0].span.close, len(previous.passage.text)).strip(" .,")
    if body and found.start <= 1 and ends and closing[0].speaker.name not in named:
        return closing[0].speaker
    return None


def about_the_speaker_after(
    previous: Analysis, current: Analysis, found: Found, named: set[str], mentions: list[Mention]
) -> Person | None:
    """ "‘...’, geeft Roeland aan. Hij is een van de medewerkers die ... ¶ ‘We krijgen inderdaad signalen ...’": under
    a paragraph that ends with one sentence more after its last named quote, a sentence that opens with a pronoun for
    that speaker and names nobody else, a paragraph that opens with a quote goes on in their words; not when the quote
    names them (``named``: it is said of them). ``mentions`` are the previous passage's."""
    closing = [f for f in previous.found if f.full and f.speaker is not None][-1:]
    if found.start > 1 or not found.full or found.how is not None or not closing or current.passage.part != "body":
        return None
    speaker = closing[0].speaker
    if speaker.name in named or not speaker.is_person or closing[0].sentence != len(previous.starts) - 2:
        return None
    start, end = previous.sentence_bounds(len(previous.starts) - 1)
    here = [m for m in mentions if start <= m.pos < end]
    if not here or here[0].named or here[0].pos != start or any(m.person is not speaker for m in here):
        return None
    outside = previous.outside_quotes(start, end)
    surname = speaker.name.split()[-1]
    # A name after a preposition ("medewerker bij Logius") is where they work, not someone else who may speak.
    others = [n for at, n in name_runs(outside) if looks_like_name(n) and surname not in n and not _governed(outside, at)]
    return None if others or previous.found[-1] is not closing[0] else speaker


def subject_goes_on(
    analysis: Analysis, found: Found, mentions: list[Mention], people: list[Person], start: int, outside: str
) -> bool:
    """ "Rector Vinod Subramaniam zegt dat ... Die keten begint bij de docent. 'Mijn vraag is: ...'": one person,
    named in full in the sentence at ``start``, and one sentence naming nobody between it and the quote, which speaks
    in the first person ("ik"; "we" only when no group is named as the source in between, "Volgens het viertal ...",
    and no question is put). The person named there keeps the word.
    ``mentions`` are the passage's; ``people`` and ``outside`` (its words outside quotes) the sentence's at ``start``."""
    if len({p.name for p in people}) != 1 or not FIRST_PERSON.search(found.text):
        return False
    if len(people_named(people, outside)) > 1 or _someone_else_named(outside, people[0]):
        return False  # someone else in that sentence may be the one who speaks
    text = analysis.passage.text
    if not any(m.named and m.person is people[0] for m in mentions if m.pos < found.span.mark):
        return False  # a pronoun alone may have been resolved to the wrong person
    if any(_governed(text, m.pos) for m in mentions if start <= m.pos < found.span.mark and m.person is people[0]):
        return False  # "Het ministerschap is voor Winsemius geen solorol.": about him, not his turn
    between = analysis.outside_quotes(start, found.span.mark)
    if not FIRST_PERSON_SINGULAR.search(found.text) and (_GROUP_SOURCE.search(between) or "?" in between):
        return False  # "we" may be a group's ("Volgens het viertal ...", "Wat betekent dit voor de cursisten?")
    if asks_others(between):
        return False  # "Wat vinden de buren?": one of them answers, even as "ik"
    return sum(1 for at in analysis.starts if start < at < found.span.mark) <= 1


def subject_above(previous: Analysis, found: Found, mentions: list[Mention]) -> Person | None:
    """ "Directeur-generaal Jean-Jacques Dordain vindt dat ESA trots mag zijn. Vooral op de samenwerking. ¶ ‘Toen ik
    in 1986 bij ESA kwam werken, ...’": a paragraph that opens with a quote in the first person singular, under one
    that quotes nobody and whose last two sentences name one person in full, as their subject, and nobody else; or
    whose whole text does, opening with them, its last two sentences still speaking of someone ("De 34-jarige Mia
    Claes opende een bakkerij. Het was een gok. Toch bleef ze."). ``mentions`` are the previous passage's."""
    if not found.full or found.start > 1 or previous.found or not previous.starts:
        return None
    if not FIRST_PERSON_SINGULAR.search(found.text) or hands_on(previous.outside_quotes(0, len(previous.passage.text))):
        return None  # "... De buren zeggen dat het te laat is.": the paragraph above ends with others taking a stand
    last_two = previous.starts[max(0, len(previous.starts) - 2)]
    # The whole paragraph only while its last sentences still speak of someone ("Toch bleef hij er."), not of a thing.
    goes_on = last_two > 0 and _THIRD_PERSON_SINGULAR.search(previous.outside_quotes(last_two, len(previous.passage.text)))
    return _subject_from(previous, mentions, last_two) or (_subject_from(previous, mentions, 0) if goes_on else None)


def _subject_from(previous: Analysis, mentions: list[Mention], start: int) -> Person | None:
    """The one person named in full, as a sentence's subject, in ``previous`` from ``start`` on, where nobody else
    is named: see ``subject_above``."""
    text = previous.passage.text
    here = [m for m in mentions if m.pos >= start]
    people = {id(m.person): m.person for m in here}
    if len(people) != 1 or not any(m.named for m in here) or any(_governed(text, m.pos) for m in here):
        return None
    if pair_first(text[start:], [Mention(m.passage, m.pos - start, m.person, m.named) for m in here]):
        return None  # "Mia Claes en haar man zijn boos.": either may speak
    person = next(iter(people.values()))
    opens = [m for m in here
             if m.named and (_opens_sentence(previous, m.pos) or not start and _opens_paragraph(text[: m.pos]))]
    if not opens or not is_first_name(person.name.split()[0]):
        return None  # "Het is de hoogleraar Harald Merckelbach.": named, not the one acting
    if _someone_else_named(previous.outside_quotes(start, len(text)), person):
        return None
    return person if person.is_person else None


def subject_below(analysis: Analysis, found: Found, mentions: list[Mention]) -> Person | None:
    """ "“Er is geen rationeel antwoord op de vraag waarom ik me engageer.” Ludovic Deprez vormt samen met ... het
    voorzittersteam.": a paragraph that opens with a whole quote in the first person and no clause, and goes on with a
    sentence that quotes nothing and opens with one person's full name (after a role at most) as its subject, a verb
    after it: the page presents its speaker right after the words. ``mentions`` are the passage's."""
    text = analysis.passage.text
    if not found.full or not opens_passage(text, found.span.mark) or found.how is not None or not FIRST_PERSON.search(found.text):
        return None
    rest = text[found.span.close :]
    gap = re.match(r"[.!?]?\s+", rest)
    if gap is None or not (found.text.rstrip()[-1:] in ".!?…" or gap.group().strip()):
        return None  # the quote must end its sentence: "“...” Jan Peeters" may run on as one sentence
    start = found.span.close + gap.end()
    end = analysis.sentence_bounds(analysis.sentence_of(start))[1]
    if any(start <= f.span.mark < end for f in analysis.found):
        return None  # a sentence that introduces its own quote is about that quote
    here = sorted((m for m in mentions if start <= m.pos < end), key=lambda m: m.pos)
    if not here or not here[0].named or not here[0].person.is_person or not is_first_name(here[0].person.name.split()[0]):
        return None
    # "De voorzitter van het Europees Parlement, Roberta Metsola, richtte zich ...": the name in apposition to its role
    described = _DESCRIBED_BEFORE.fullmatch(text[start : here[0].pos]) is not None
    if not described and not _opens_sentence(analysis, here[0].pos):
        return None  # "Rector magnificus Carel Stolker refereerde ...", not "Ook voor Carel Stolker ..."
    tokens = split_tokens(text[here[0].pos if described else start : end])
    phrase, used = leading_phrase(tokens)
    if phrase is None or phrase.kind != "name" or described and tokens[used : used + 1] != [","]:
        return None
    # "Jeroen, boa bij de gemeente, werkt met passie", "Mia Claes (34) uit Gentbrugge schudt het hoofd"
    used = used + 1 if described else past_introduction(tokens, used)
    verb = tokens[used] if used < len(tokens) else ""
    if not verb.isalpha() or not verb.islower() or verb in _NOT_A_VERB:
        return None  # "Jan Peeters en ...", "Jan Peeters van de gemeente ...": no verb that makes the name its subject
    return here[0].person


_DESCRIBED_BEFORE = re.compile(r"(?:De|Het)\s+[a-zà-ÿ][^,.!?:;“”‘’\"]{2,80},\s*")
"""A description opening the sentence, a comma after it: the name that follows is in apposition to it."""


def quotes_a_fragment(analysis: Analysis, sentence: int) -> bool:
    """A sentence between a speaker and a quote that quotes several words no clause gives anyone (none, or the
    speaker's by context: "Zo hoort het ook, want “de kennis is groter dan de mens”."): the reported words go on, still
    the speaker's; a word or two in marks is a term ("de ‘slimme’ stad"), not what anyone said."""
    return any(
        f.sentence == sentence and not f.full and f.phrase is None and f.attribution in (None, "context")
        and len(f.text.split()) >= 4
        for f in analysis.found
    )


def _someone_else_named(outside: str, person: Person) -> bool:
    """A name in the words outside quotes that is not ``person``'s (their surname is not in it)."""
    surname = person.name.split()[-1]
    return any(looks_like_name(n) and surname not in n for _, n in name_runs(outside))


def _opens_sentence(analysis: Analysis, pos: int) -> bool:
    """The name stands first in its sentence, after its role at most ("Directeur-generaal Jean-Jacques Dordain"), or
    inside the noun phrase that opens it, however long its description ("De Gentse schepen Hafsa El-Bazioui",
    "Schepen van Mobiliteit Filip Watteeuw", "De 67-jarige Rita Peeters")."""
    start = analysis.sentence_bounds(analysis.sentence_of(pos))[0]
    text = analysis.passage.text
    before = text[start:pos].split()
    if len(before) <= 2 and all(is_role_word(w) or w.islower() for w in before):
        return True
    phrase, used = leading_phrase(split_tokens(text[start:]))
    return phrase is not None and phrase.kind == "name" and len(split_tokens(text[start:pos])) < used \
        and (before[0] in ("De", "Het", "Een") or is_role_word(before[0].lower())) and all(_describes(w) for w in before)


def _describes(word: str) -> bool:
    """A word that may stand in a description before a name, not a verb that makes the name its object: a role, an
    age, a capitalised word, an article or particle, an adjective (not one ending as a past tense does, "-de", "-te").

    >>> [_describes(w) for w in ("Gentse", "schepen", "67-jarige", "van", "voormalige", "arresteerde", "ontsloeg")]
    [True, True, True, True, True, False, False]
    """
    if word[:1].isupper() or is_role_word(word) or word in ("van", "de", "het", "der") or word.endswith("jarige"):
        return True
    return word in ROLE_ADJECTIVES or word.endswith("e") and not word.endswith(("de", "te"))


def over_one_sentence(previous: Analysis, current: Analysis, found: Found, named: set[str]) -> Person | None:
    """ "... “Maar een grote kolos willen we niet.” ¶ Niet alle ideeën zullen slagen. “Je moet ook missers
    incalculeren.”": after one sentence that names nothing (no capital past its first word) and introduces no colon,
    a full quote goes on in the words of the named quote the paragraph before (of one section) ended with, as a
    paragraph opening with the quote would; not when the quote itself names that speaker (``named``: it is said of
    them)."""
    before = current.outside_quotes(0, found.span.mark)
    if found.sentence > 1 or found.how is not None or not found.full or _NAMES_OR_COLON.search(before) or hands_on(before):
        return None
    closing = [f for f in previous.found if f.full and f.speaker is not None][-1:]
    if not closing or closing[0].speaker.name in named or not looks_like_name(closing[0].speaker.name):
        return None  # "een buurman" is anyone: the next quote may be another's
    rest = previous.outside_quotes(closing[0].span.close, len(previous.passage.text))
    # Nothing after it but a short clause of saying (", voegde hij toe.")
    return closing[0].speaker if len(rest.split()) <= 6 else None


_NAMES_OR_COLON = re.compile(rf"\s[{CAPITAL}]|:\s*$")


def _governed(text: str, pos: int) -> bool:
    """A name after any preposition, whose view ("voor Winsemius") or whose agency ("door Peeters") the sentence may
    give: not the subject that goes on speaking.

    >>> _governed("Het is voor Winsemius geen solorol.", 12), _governed("Toch ziet Cees Loggen kansen.", 10)
    (True, False)
    """
    return word_governing(text, pos, 3) in _ANY_PREPOSITION


_ANY_PREPOSITION = frozenset("met aan over tegen naar zonder tussen jegens richting van voor bij door volgens op in om".split())
_GROUP_SOURCE = re.compile(r"\b(?:[Vv]olgens|[Aa]ldus)\s+(?:het|de|deze|die|beide|alle)\b")


_WHEN = r"(?:In|Op|Sinds|Begin|Eind|Medio)\s+(?:(?:\d{1,2}\s+)?[a-z]+(?:\s+\d{4})?|\d{4})"
"""An opening phrase of time: "In 2020", "Op 3 maart", "Begin januari 2021"."""

_ROLE_AFTER_VERB = re.compile(
    rf"\s*(?:(?:{_WHEN}|{'|'.join(sorted(ADVERB_STARTERS))})\s+(?P<verb>[a-z]+)\s+)?"
    r"(?P<who>(?:[Dd]e|[Hh]et)\s+[\w-]+)\b"
)
"""A sentence whose subject is a description: opening with it ("De wethouder zocht ..."), or right after the finite
verb that follows an opening adverb or a time ("In 2020 zocht de wethouder ...", "Op 3 maart opende de ..."); not
after another phrase ("Volgens de actievoerders besteedt de minister ...": the actievoerders speak)."""

_ROLE_AFTER_VERB_ADJECTIVE = re.compile(_ROLE_AFTER_VERB.pattern.replace(r"\s+[\w-]+)\b", r"\s+[\w-]+(?:e|en)\s+[\w-]+)\b"))
"""The same with an inflected adjective before the noun: "De nieuwe bondscoach", "de 45-jarige trainer"."""

_NOT_A_VERB = frozenset(
    "met aan over tegen naar zonder tussen van voor bij door op in om uit onder na en of maar dat die".split()
)
"""Words before "de" that make the description governed by them ("samen met de wethouder"), not the subject."""


def role_subject(analysis: Analysis, here: list[Mention], outside: str, registry: Registry) -> Person | None:
    """The one person whose role describes a sentence's subject ("In 2020 zocht de wethouder contact met Frank
    Tierolff.", after "Wim Willems is wethouder."), when anyone the sentence names is the other party of a
    preposition: the description, not them, acts.  ``here`` are the sentence's mentions and ``outside`` its words
    outside quotes.

    >>> r = Registry(); _ = r.add("Wim Willems", "wethouder")
    >>> role_subject(Analysis.__new__(Analysis), [], "In 2020 zocht de wethouder contact.", r).name
    'Wim Willems'
    >>> role_subject(Analysis.__new__(Analysis), [], "Volgens de actievoerders doet de wethouder te weinig.", r) is None
    True
    """
    m = subject_description(outside)
    if m is None:
        return None
    if any(not after_preposition(analysis.passage.text, mention) for mention in here):
        return None
    found = {p.name: p for p in role_holders(registry, m.group("who"))}
    return next(iter(found.values())) if len(found) == 1 else None


def subject_description(outside: str) -> re.Match[str] | None:
    """A sentence's subject when it is a description of a person, in group "who" ("De wethouder zocht ...", "In 2020
    zocht de wethouder ..."), from the sentence's words outside quotes.

    >>> subject_description("In juni had de voorzitter kritiek geuit.").group("who")
    'de voorzitter'
    >>> subject_description("Samen met de wethouder opende hij."), subject_description("De winter was koud.")
    (None, None)
    >>> subject_description("De Spaanse bondscoach ziet het anders.").group("who")
    'De Spaanse bondscoach'
    >>> subject_description("De gedeputeerde zegt dat het kan.").group("who")
    'De gedeputeerde'
    """
    m = _ROLE_AFTER_VERB_ADJECTIVE.match(outside)  # "De Spaanse bondscoach ziet ...": the noun, not the adjective
    if m is None or not is_person_description(m.group("who")):
        m = _ROLE_AFTER_VERB.match(outside)
    if m is None or (m.group("verb") or "") in _NOT_A_VERB or not is_person_description(m.group("who")):
        return None
    return m


def fragment_subject(analysis: Analysis, found: Found, mentions: list[Mention]) -> Person | None:
    """ "Hij ziet graag dat ambtenaren weer ‘terugkomen bij de inhoud’": several words in marks, in a sentence that
    has no verb of saying but names one person before them, by name or pronoun, and no one else, under no
    preposition (whose view "voor Winsemius" gives, or whom "met" makes the other party): that person's words.
    ``mentions`` are the passage's."""
    if found.full or len(found.text.split()) < 4:
        return None
    start, end = analysis.sentence_bounds(found.sentence)
    here = [m for m in mentions if start <= m.pos < end]
    people = {id(m.person): m.person for m in here}
    if len(people) != 1 or any(m.pos > found.span.mark or _governed(analysis.passage.text, m.pos) for m in here):
        return None
    person = next(iter(people.values()))
    if _someone_else_named(analysis.outside_quotes(start, end), person) or _signed_report_before(analysis, found.sentence):
        return None
    return person if person.is_person else None


def _signed_report_before(analysis: Analysis, sentence: int) -> bool:
    """The sentence before ends with a clause of saying ("Onderzoekers zijn te bescheiden, aldus de rector."): the
    words in marks after it may go on in that report, so the next sentence's own subject is no safe guess."""
    if sentence == 0:
        return False
    before = analysis.outside_quotes(*analysis.sentence_bounds(sentence - 1)).strip()
    m = re.search(r",\s*(\w+)\s+[^,]+$", before)
    return m is not None and m.group(1).lower() in SPEECH_VERBS


def pronoun_thread(analyses: list[Analysis], per_passage: list[list[Mention]], index: int, found: Found) -> Person | None:
    """ "Maryam Lyousoufi begon in april als apotheker. ... ¶ Nadat ze haar master had gehaald, volgde ze ... “Ik
    ...”": a whole quote in the first person singular, no clause, in a paragraph that quotes nothing before it and
    speaks of someone only as "ze"/"hij" (names no one who could be another speaker), under a paragraph of the same
    section that opens with one person's full name as its subject and names no other registered person: the page
    still speaks of that person, and the "ik" is theirs."""
    analysis = analyses[index]
    if index < 1 or not found.full or found.how is not None or not FIRST_PERSON_SINGULAR.search(found.text):
        return None
    previous = analyses[index - 1]
    if not previous.passage.same_part(analysis.passage) or any(f.span.mark < found.span.mark for f in analysis.found):
        return None
    before = analysis.outside_quotes(0, found.span.mark)
    if not _THIRD_PERSON_SINGULAR.search(before) or before.rstrip().endswith((":", "?")) or hands_on(before):
        return None
    mine = [m for m in per_passage[index] if m.pos < found.span.mark]
    theirs = per_passage[index - 1]
    if not theirs or not theirs[0].named or not _opens_paragraph(previous.passage.text[: theirs[0].pos]):
        return None
    person = theirs[0].person
    if not person.is_person or not is_first_name(person.name.split()[0]) or any(m.person is not person for m in theirs + mine):
        return None
    if any(f.full and f.speaker is not None and f.speaker is not person for f in previous.found):
        return None  # the paragraph above hands the word to someone else
    surname = person.name.split()[-1]
    others = [n for _, n in name_runs(before) if surname not in n and is_first_name(n.split()[0])]
    return None if others else person


_THIRD_PERSON_SINGULAR = re.compile(r"\b(?:hij|ze|zij|haar|hem|zijn)\b", re.IGNORECASE)


def _opens_paragraph(before: str) -> bool:
    """The words before a name that still make it the paragraph's first subject: a role, an age or an article.

    >>> [_opens_paragraph(w) for w in ("De 22-jarige ", "Burgemeester ", "Volgens ", "Het is ", "De politie arresteerde ")]
    [True, True, False, False, False]
    """
    words = before.split()
    words = words[1:] if words[:1] in (["De"], ["Het"]) else words
    # An age ("22-jarige") describes the name; another lowercase word may be a verb ("arresteerde").
    return len(words) <= 2 and all(is_role_word(w) or w[:1].isdigit() and w.endswith("jarige") for w in words)
