"""One passage at a time: its quotes, full or inline, and the attribution clause next to each."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..letters import CAPITAL
from ..model import Attribution, QuotePart
from ..people import FIRST_PERSON, Person, is_name_label, name_runs
from .colon import colon_subject, introduced_by_apposition, second_party
from .labels import label_without_colon
from .phrases import split_tokens, subject_after_verb
from .role_names import Phrase
from .spans import SENTENCE_PUNCT, Span, find_spans, has_quote_mark, sentence_starts
from .words import IMPERSONAL_VERBS, LOOKING_BACK, MESSAGE_NOUNS, PLURAL_VERBS, SEPARABLE_PLURALS, SPEECH_VERBS
from .words import ADVERBS_BEFORE_SUBJECT, AUXILIARIES, GOVERNING_WORDS, separable_saying
from .pairs import pair_label
from .owners import any_verb, owned_clause, subject_of_any_verb

ClauseKind = Literal["clause", "colon"]
"""Where a quote's attribution clause stands: after it (", zegt Shea") or before a colon ("Shea: ...")."""


@dataclass
class Passage:
    """A paragraph (or the lead, or a summary answer) searched for quotes."""

    text: str
    """The passage as it stands in the article."""

    part: QuotePart
    """Where it stands: the lead, a summary answer or a body paragraph."""

    section: int
    """Index of its section; -1 for the lead and the summary."""

    paragraph: int
    """Index of the paragraph in its section (of the answer in the summary; 0 for the lead)."""

    def same_part(self, other: Passage) -> bool:
        """Both of one part and section: paragraphs a quote or its attribution may run across."""
        return (self.part, self.section) == (other.part, other.section)

    def runs_into(self, other: Passage) -> bool:
        """``other``, the passage after this one, reads on from it: of the same part and section, or the body's first
        paragraph under the lead (a lead that is one quote, then "Dat zegt X ..." or X's name line)."""
        return self.same_part(other) or (self.part, other.part, other.section, other.paragraph) == ("lead", "body", 0, 0)


@dataclass
class Found:
    """A quote found in a passage, before and after attribution."""

    passage: int
    """Index of the passage it stands in."""

    span: Span
    """Where it stands, quote marks included."""

    text: str
    """The quote without its marks and without a trailing comma."""

    start: int
    """Offset of ``text`` in the passage."""

    end: int
    """Offset just past ``text`` in the passage."""

    sentence: int
    """Index of the sentence its opening mark stands in."""

    full: bool
    """A sentence someone said, rather than a fragment inside narration."""

    phrase: Phrase | None = None
    """The subject of its attribution clause, if it has one."""

    phrase_at: int = 0
    """Offset of the clause's subject (of the sentence start, for a colon clause)."""

    how: ClauseKind | None = None
    """Which kind of clause it has: after the quote (``clause``) or before a colon (``colon``)."""

    speaker: Person | None = None
    """Who said it, once attributed."""

    attribution: Attribution | None = None
    """How ``speaker`` was found."""

    turn: bool = False
    """A whole paragraph of a transcript, its speaker named by a label rather than a clause."""

    titled: bool = False
    """Its label addresses the speaker ("Mevrouw Ollongren:"), so a surname alone may be said."""


@dataclass
class Analysis:
    """Quotes and sentences of one passage."""

    passage: Passage
    spans: list[Span]
    starts: list[int]
    found: list[Found] = field(default_factory=list)

    def sentence_of(self, pos: int) -> int:
        index = 0
        for i, start in enumerate(self.starts):
            if start <= pos:
                index = i
        return index

    def sentence_bounds(self, index: int) -> tuple[int, int]:
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.passage.text)
        return self.starts[index], end

    def outside_quotes(self, start: int, end: int) -> str:
        """The text between ``start`` and ``end`` with quote interiors blanked."""
        chars = list(self.passage.text[start:end])
        for span in self.spans:
            for k in range(max(span.start, start), min(span.end, end)):
                chars[k - start] = " "
        return "".join(chars)


def analyse(index: int, passage: Passage, continues: bool = False, runs_on: bool = False) -> Analysis:
    """The quotes of one passage and their clauses; ``continues`` when the passage before ended
    inside an open quote, so that this one may go on with it up to a closing mark; ``runs_on`` when a
    later paragraph closes that quote, so that this one, with no mark of its own, is all quote."""
    text = passage.text
    spans = find_spans(text)
    carried = continued_span(text, spans) if continues else labelled_span(text, spans) or clause_span(text, spans)
    if carried is None and continues and runs_on and not spans and not has_quote_mark(text):
        carried = Span(0, 0, len(text.rstrip()), len(text.rstrip()), False)
    if carried is not None:
        # A quote in other marks inside the carried one ("... bij ‘de wethouder’ ...”) is part of it, not its own.
        spans = [carried, *(s for s in spans if s.mark >= carried.close)]
    analysis = Analysis(passage, spans, sentence_starts(text, spans))
    previous: Found | None = None
    for span in spans:
        quote_text, start, end = _quote_text(text, span)
        if not re.search(r"\w", quote_text):
            continue
        found = Found(index, span, quote_text, start, end, analysis.sentence_of(span.mark), False)
        found.full = span is carried or _is_full(analysis, found, previous)
        if found.full:
            _read_clause(analysis, found)
        analysis.found.append(found)
        previous = found
    return analysis


CLOSING_MARK = re.compile(r"(?<=[\w.!?…,])[”’\"»“«›](?!\w)|(?<=[.!?…])['‘´‹](?!\w)")
"""A closing mark, of any pairing in use (»…«, „…“, ‹…›, ›…‹, and ‘ or “ typed the wrong way round): an apostrophe, or
a mark that also opens, only after a sentence's end ("Peeters' huis" has none)."""


def continued_span(text: str, spans: list[Span]) -> Span | None:
    """A quote that goes on from the paragraph before (its opening mark left there, as many
    papers print one quote over paragraphs): the text up to a closing mark that no opening
    mark in this paragraph explains.

    >>> text = "We luisteren naar iedereen.” Dat zei hij."
    >>> text[: continued_span(text, []).end]
    'We luisteren naar iedereen.'

    >>> continued_span("Dat zei hij. „Kom.”", find_spans("Dat zei hij. „Kom.”")) is None
    True
    """
    m = outer_closing(text, spans)
    if m is None:
        return None
    return Span(0, 0, m.start(), m.end(), True)


_SINGLE_MARKS = "'‘’‚‹›`´"


def outer_closing(text: str, spans: list[Span]) -> re.Match | None:
    """The first closing mark of a quote opened in an earlier paragraph: one no quote of this paragraph explains,
    with before it only quotes in the other kind of marks, closed, inside a paragraph in the first person (the
    speaker's own words citing a phrase: "... aan tafel bij ‘de wethouder’. Dat vind ik goed.”).

    >>> text = "Wij spreken van ‘de hand’ en de uitkomst telt.” Meer zei hij niet."
    >>> text[: outer_closing(text, find_spans(text)).start()]
    'Wij spreken van ‘de hand’ en de uitkomst telt.'
    >>> outer_closing("Dat zei hij. „Kom.”", find_spans("Dat zei hij. „Kom.”")) is None
    True
    """
    m = next((c for c in CLOSING_MARK.finditer(text) if not any(s.mark <= c.start() < s.close for s in spans)), None)
    if m is None:
        return None
    inside = [span for span in spans if span.mark < m.start()]
    single = m.group() in _SINGLE_MARKS
    if inside and not FIRST_PERSON.search(text[: m.start()]):
        return None
    if any(not s.closed or s.close > m.start() or (text[s.mark] in _SINGLE_MARKS) == single for s in inside):
        return None
    return m


_LABEL = re.compile(rf"^([^.:!?\"“”„«»‘’']{{3,80}}?):\s*(?=[{CAPITAL}])")


def labelled_span(text: str, spans: list[Span]) -> Span | None:
    """A quote after a speaker's label whose opening mark the page lost ("UGent-rector Rik Van de
    Walle:Er is nood aan ... denken.”"): from the colon to the closing mark that nothing opened.

    >>> text = "Rector Rik Van de Walle:Er is nood aan tegenspraak.” Dat zei hij."
    >>> s = labelled_span(text, []); text[s.start:s.end]
    'Er is nood aan tegenspraak.'
    """
    label = _LABEL.match(text)
    m = CLOSING_MARK.search(text, label.end()) if label else None
    if m is None or (spans and spans[0].mark < m.start()) or not re.search(r"[.!?…]$", text[: m.start()]):
        return None
    return Span(label.end() - 1, label.end(), m.start(), m.end(), True)


def clause_span(text: str, spans: list[Span]) -> Span | None:
    """A quote whose opening mark the page lost, with its clause after it ("... nodig. De ervaring leert dat
    het kan,’ zegt Jan Jorissen."): the sentence up to the closing mark that nothing opened.

    >>> text = "Het was druk. De ervaring leert dat het kan,’ zegt Jan Jorissen."
    >>> s = clause_span(text, []); text[s.start:s.end]
    'De ervaring leert dat het kan,'
    >>> clause_span("Het huis van Peeters’ buren brandde af.", []) is None
    True
    """
    m = CLOSING_MARK.search(text)
    if m is None or (spans and spans[0].mark < m.start()):
        return None
    after = split_tokens(text[m.end() :].lstrip(" ,"))
    if not after or after[0].lower() not in SPEECH_VERBS | {"aldus"}:
        return None
    start = max(s for s in sentence_starts(text, spans) if s < m.start())
    return Span(start, start, m.start(), m.end(), True)


def _quote_text(text: str, span: Span) -> tuple[str, int, int]:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return text[start:end], start, end


def _is_full(analysis: Analysis, found: Found, previous: Found | None) -> bool:
    text = analysis.passage.text
    span = found.span
    before = "" if opens_passage(text, span.mark) else text[: span.mark].rstrip()  # "DEN HAAG - “...”": a sentence
    words = found.text.split()
    if span.closed and found.text[-1:] not in SENTENCE_PUNCT and _NAMED_THING.match(text, span.close):
        return False  # "... van het waterschap: ‘Limburgs water in een veranderend klimaat’ dat vanaf maart ter inzage ligt"
    if before.endswith(":"):
        return True
    if found.text[:1].isupper() and len(words) >= 4 and _label_before(analysis, before, len(before) == span.mark)[0] is not None:
        return True
    if (
        previous is not None
        and previous.full
        and previous.how == "clause"
        and _is_clause_between(text[previous.span.close : span.mark])
    ):
        return True
    if (
        before
        and before[-1] not in SENTENCE_PUNCT
        and not (before[-1] in "'’\"”»" and before[:-1].rstrip()[-1:] in SENTENCE_PUNCT)
    ):
        return False
    if not span.closed:
        return True
    after = text[span.close :].lstrip()
    if found.text[-1] in SENTENCE_PUNCT or not after or after[0] in SENTENCE_PUNCT:
        return True
    if _verb_follows(after):
        return True
    return len(words) >= 6 and after[0] == "," and found.text[:1].isupper()


_DATELINE = re.compile(
    rf"\s*(?:[{CAPITAL}][{CAPITAL}'’ .-]+|[{CAPITAL}][a-z]+(?: [{CAPITAL}][a-z]+)?)(?:\s*\([^()]{{1,30}}\))?\s*[-–—]\s*"
)
"""A news dateline before the text: a place in capitals, or one or two capitalised words, perhaps the agency in
brackets, and a dash ("DEN HAAG (ANP) - ")."""


def opens_passage(text: str, mark: int) -> bool:
    """Nothing stands before the quote's opening mark at ``mark`` but a dateline: the quote opens the paragraph.

    >>> opens_passage("“Ja.” Zegt hij.", 0), opens_passage("DEN HAAG (ANP) - “Ja.”", 17), opens_passage("Hij zei: “Ja.”", 8)
    (True, True, False)
    """
    return not text[:mark].strip() or bool(_DATELINE.fullmatch(text[:mark]))


_NAMED_THING = re.compile(r"\s+(?:dat|die|waarin|waarmee|waarvan|waarop|waarbij)\s+[a-zà-ÿ]")
"""A relative clause right after the closing mark: the quote names a thing (a plan, a book, a campaign), and
the sentence goes on about it; nobody says it."""


def _is_clause_between(gap: str) -> bool:
    """ "', zegt Shea, '": an attribution clause between two parts of one quote; typed without its
    commas (" grapte Rik ") it is one all the same, as long as no sentence ends in it.

    >>> [_is_clause_between(gap) for gap in [", zegt Shea, ", " grapte Rik ", " zegt Shea. ", ", zegt Shea in "]]
    [True, True, False, False]
    """
    tokens = split_tokens(gap)
    if not tokens or (tokens[-1] != "," and any(t in {".", "!", "?", ";", ":"} for t in tokens)):
        return False
    if tokens[-1].lower() in GOVERNING_WORDS:
        return False  # ", beaamt Jan in ‘Het Gesprek’": the marks name the programme the clause's preposition governs
    tokens = [t for t in tokens if t not in {",", "–", "—", "-"}]
    return bool(tokens) and tokens[0].lower() in SPEECH_VERBS and len(tokens) <= 12


def _verb_follows(after: str) -> bool:
    tokens = split_tokens(after)[:3]
    tokens = [t for t in tokens if t not in {",", "–", "—", "-"}]
    if tokens and tokens[0].lower() == "zo":
        tokens = tokens[1:]
    looks_back = LOOKING_BACK.match(re.sub(r"^[\s,–—-]*(?:zo\s+)?", "", after))
    return bool(tokens) and tokens[0].lower() in SPEECH_VERBS or looks_back is not None


def _signature(after: str) -> tuple[Phrase, int] | None:
    """The quote's signature right after it, and where it starts: in brackets ("(Luc Loos, algemeen directeur)"), or
    ending the paragraph ("Frederik D'hulster - Algemeen Directeur", "Ann Smet & Suzanne Koster"); the name's own
    bracket, an age or a party ("Mia Claes (34), buurvrouw"), is read past."""
    after = _NAME_BRACKET.sub("", after, count=1)  # the name's start stays where it was: the bracket follows it
    bracket = re.match(r"\s*\(([^()]{3,80})\)", after)
    if bracket and is_name_label(bracket.group(1)) and (phrase := colon_subject(bracket.group(1))):
        return phrase, bracket.start(1)
    signed = _SIGNATURE.fullmatch(after)
    label = re.sub(r"\s+[-–—]\s+", ", ", signed.group(1)) if signed else ""
    if label and (is_name_label(label) or pair_label(label)) and (phrase := colon_subject(label)) and phrase.kind == "name":
        return phrase, signed.start(1)
    return None


_CARD_WORD = r"(?:\d{1,3}|[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*)?)"
_NAME_BRACKET = re.compile(rf"(?<=[\w'’])\s*\({_CARD_WORD}(?:,\s*{_CARD_WORD})?\)")
"""A bracket right after a name that holds an age, a party or a place, or two of them: "(34)", "(CD&V)", "(34, Gent)";
not a year ("(1998)") nor a place in a picture ("(links)")."""

_SIGNATURE = re.compile(r"\s*\.?\s*[-–—]?\s*([^\n.!?()]{5,100}?)\.?\s*")
"""What may stand after a quote's closing mark to the paragraph's end: a signature, a name and its role."""


def _read_clause(analysis: Analysis, found: Found) -> None:
    """Attribution clause after the quote (", zegt Shea") or before it ("Shea:")."""
    text = analysis.passage.text
    span = found.span
    after = text[span.close :]
    signature = (_signature(after) or owned_clause(found.text, after)) if span.closed else None
    if signature is not None:
        found.phrase, found.phrase_at, found.how = signature[0], span.close + signature[1], "clause"
        return
    m = re.match(r"\s*(?:[,;]\s*)?(?:[-–—]\s*)?(?:zo\s+)?(\w+)", after)
    # "‘... sluiten.’ Volgens Von Berg heeft CBS veel werk verzet.": after a quote that ends its sentence, a
    # sentence of its own that gives someone's view ("Aldus Cornips." still signs the quote).
    new_sentence = bool(m) and m.group(1) == "Volgens" and found.text.rstrip()[-1:] in SENTENCE_PUNCT \
        and len(re.split(r"[.!?]", after[m.start(1) :], maxsplit=1)[0].split()) > 6
    says = bool(m) and (m.group(1).lower() in SPEECH_VERBS or separable_saying(m.group(1), after[m.end() :])
                        or any_verb(m.group(1), found.text, after) and m.group(1).lower() not in AUXILIARIES
                        and subject_of_any_verb(after[m.end() :]) is not None)
    if span.closed and m and not new_sentence and (says or LOOKING_BACK.match(after, m.start(1))):
        verb = m.group(1).lower()
        rest = after[m.end() :]
        if verb in IMPERSONAL_VERBS:
            rest = re.sub(rf"^\s+(?:de|het)\s+(?:\w+\s+)?(?:{'|'.join(MESSAGE_NOUNS)})\s+van\s", " ", rest)
            rest = re.sub(r"^\s+het\b(?:\s+(?:bij|in|uit|vanuit|aan|van)\s+(?:de\s+kant\s+van\s+)?)?", " ", rest)
            if not re.match(r"\s+\S", rest) or re.match(r"\s*[.,;:!?]", rest):
                found.how = "clause"
                return
        rest = ADVERBS_BEFORE_SUBJECT.sub(" ", rest)  # "..., aldus nog Rudi Vervoort", "zegt op haar beurt Claes"
        phrase, _used = subject_after_verb(rest, verb)
        if phrase is not None:
            phrase.plural = verb in PLURAL_VERBS | SEPARABLE_PLURALS
            found.phrase, found.phrase_at, found.how = phrase, span.close + m.end(), "clause"
        return
    before = text[: span.mark].rstrip()
    if before.endswith(":"):
        start, _ = analysis.sentence_bounds(analysis.sentence_of(len(before) - 1))
        # '... luistert” Spencer: “En ...': a quote closed without its full stop ends the clause before the label
        start = max([start] + [f.span.close for f in analysis.found if f.full and start < f.span.close < len(before)])
        clause = text[start : len(before) - 1]
        phrase = colon_subject(clause)
        if phrase is not None:
            found.phrase, found.phrase_at, found.how = phrase, start, "colon"
        elif second_party(split_tokens(clause)) or name_runs(clause):
            # "Wilders tegen Rutte: ...", "Bos citeert Smit: ...": the clause names someone but not as the
            # one speaking, so the sentence before is no better guess.
            found.how = "colon"
    else:
        phrase, start = _label_before(analysis, before, glued=len(before) == span.mark)
        if phrase is not None:
            found.phrase, found.phrase_at, found.how = phrase, start, "colon"


def _label_before(analysis: Analysis, before: str, glued: bool) -> tuple[Phrase | None, int]:
    """The label a quote follows without a colon, and where its sentence starts: a name and its apposition with a
    comma for the colon ("John Tump, operationeel expert Team Verkeer, ‘Gelukkig ...’"), or a role and a full name
    with the colon left out ("Gedeputeerde Henk Brink “In 2014 ...”"), or a full name the mark is glued to."""
    if not (before.endswith(",") or before[-1:].isalpha()):
        return None, 0
    start, _ = analysis.sentence_bounds(analysis.sentence_of(len(before) - 1))
    clause = analysis.passage.text[start : len(before)]
    return (introduced_by_apposition(clause) if before.endswith(",") else label_without_colon(clause, glued)), start


def passage_list(lead: str | None, summary_answers: list[str], sections_paragraphs: list[list[str]]) -> list[Passage]:
    """The places quotes can stand, in reading order."""
    passages = []
    if lead:
        passages.append(Passage(lead, "lead", -1, 0))
    for i, answer in enumerate(summary_answers):
        passages.append(Passage(answer, "summary", -1, i))
    for s, paragraphs in enumerate(sections_paragraphs):
        for p, paragraph in enumerate(paragraphs):
            passages.append(Passage(paragraph, "body", s, p))
    return passages


_SINGLE = re.compile(r"['‘‚]")


def backfill(analysis: Analysis) -> None:
    """ "'Eerste zin.' 'Tweede zin', zegt Shea.": the later clause names both."""
    text = analysis.passage.text
    for before, after in zip(analysis.found, analysis.found[1:], strict=False):
        if before.full and before.speaker is None and after.speaker is not None and after.full:
            gap = text[before.span.close : after.span.mark]
            # "‘Van afval naar grondstof.’ “Het is inmiddels een bekend begrip ...”, blikt X terug": other marks
            # set a motto apart from the words said about it.
            same_marks = (_SINGLE.match(text, before.span.mark) is None) == (_SINGLE.match(text, after.span.mark) is None)
            if not re.search(r"\w", gap) and same_marks:
                before.speaker, before.attribution = after.speaker, "continued"
