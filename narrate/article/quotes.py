"""Direct quotes and who said them.

Three steps, each over the whole article:

1. find quotes in every Dutch quote style and tell a full quote (a
   sentence someone said) from an inline fragment inside narration;
2. read the attribution clause next to each full quote (``zegt Shea``,
   ``merkt Shea op``, ``aldus ...``, ``Shea: '...'``) and collect everyone
   the article names, with roles ("Oekraïens president Volodymyr Zelensky",
   "Jamie Shea, een gewezen ...");
3. give each quote a speaker: the clause's subject resolved to a full
   name, else the speaker of the quote it continues, else the person the
   sentence before it is about, else the name under a matching pull quote.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .model import Quote
from .people import (
    CAP,
    CAPITAL_PARTICLES,
    DEMONYMS,
    NON_NAME,
    PARTICLE,
    PERSON_NOUNS,
    ROLE_ADJECTIVES,
    SENTENCE_STARTERS,
    Person,
    Registry,
    head_noun,
    is_name_token,
    is_person_description,
    is_role_word,
    name_runs,
)

CLOSERS: dict[str, tuple[str, ...]] = {
    ",,": ("''", "’’", "”", '"', "“"),
    "„": ("”", "“", '"'),
    "“": ("”", "“"),
    "«": ("»",),
    "»": ("«",),
    "‘": ("’",),
    "‚": ("’", "‘"),
    "‹": ("›",),
    "'": ("'", "’"),
    "’": ("’",),
    '"': ('"', "”"),
}
"""Opening marks and the marks that may close them: '…', ‘…’, “…”, „…”, «…», "…", ,,…''."""

MAX_QUOTE_CHARS = 4000
"""A closing mark further away than this belongs to another quote."""

_APOSTROPHES = "'’‘"
_CLITIC = re.compile(r"['’‘](?:s|t|n|k|m|r|ns|es)(?=[\s-]|$)|['’‘]\d\d(?!\d)")
_OPEN_BEFORE = set(" \t([{/—–-:;") | set("“„«»‘‚‹'\"")
_SENTENCE_PUNCT = ".!?…"
_ABBREVIATIONS = frozenset(
    """bv bijv o.a d.w.z m.a.w mr dr drs ir ing prof dhr mevr mw st nr blz ca enz etc red vs jl a.s e.a i.p.v t.o.v
    m.b.t resp incl excl evt max min gem o.l.v p pag jr sr fig n.a.v m.n i.v.m v.s z.g.a.n vgl cf art lid al""".split()
)

SPEECH_VERBS = frozenset(
    """zegt zei zeggen zeiden vertelt vertelde vertellen vertelden verklaart verklaarde verklaren verklaarden stelt stelde
    stellen stelden benadrukt benadrukte benadrukken merkt merkte merken stipt stipte werpt wierp voegt voegde legt
    legde geeft gaf vult vulde gaat ging verduidelijkt verduidelijkte verduidelijken reageert reageerde reageren
    antwoordt antwoordde antwoorden vraagt vroeg vragen klinkt klonk aldus volgens schrijft schreef schrijven
    tweet tweette twittert twitterde laat liet waarschuwt waarschuwde waarschuwen meent meende menen vindt vond
    vinden erkent erkende bevestigt bevestigde ontkent ontkende besluit besloot concludeert concludeerde lacht
    lachte zucht zuchtte roept riep fluistert fluisterde beaamt beaamde beklemtoont beklemtoonde onderstreept
    onderstreepte preciseert preciseerde nuanceert nuanceerde countert counterde repliceert repliceerde pareert
    pareerde getuigt getuigde vervolgt vervolgde begint begon eindigt eindigde sluit sloot opent opende klaagt
    klaagde hoopt hoopte voorspelt voorspelde betoogt betoogde verzekert verzekerde belooft beloofde wijst wees
    oordeelt oordeelde constateert constateerde beweert beweerde meldt meldde verzucht verzuchtte grapt grapte
    herhaalt herhaalde noemt noemde citeert citeerde argumenteert argumenteerde vertelt reageert stelt kondigt
    kondigde verduidelijkt erkent schetst schetste formuleert formuleerde analyseert analyseerde relativeert relativeerde geeft
    bekent bekende preciseert luidt luidde heet klinkt weet wist concludeert besluit""".split()
)
"""Verbs of saying, as they stand in an attribution clause."""

PLURAL_VERBS = frozenset(v for v in SPEECH_VERBS if v.endswith("en") and v not in {"menen"}) | {"menen"}

_IMPERSONAL = frozenset({"klinkt", "klonk", "heet", "luidt", "luidde"})
_DETERMINERS = frozenset({"de", "het", "een", "die", "deze", "dat", "onze", "hun", "zijn", "haar"})
_NP_STOPS = frozenset(
    """op tegen in aan over na met tijdens vanuit via gisteren vandaag morgen daarover daarbij daarop nog ook al
    zich dan toen meteen er hier daar niet wel later eerder nadien achteraf verder bovendien immers echter vorige
    vorig afgelopen deze dit die dat vanochtend vanmiddag vanavond vannacht maandag dinsdag woensdag donderdag
    vrijdag zaterdag zondag telefonisch lachend droog stellig resoluut ferm ernstig kordaat nuchter voorzichtig
    zelf zelfs nu toch kort snel opgelucht boos blij tevreden strijdvaardig zuchtend af toe uit bij door mee
    terug vast neer weg voor open dicht samen hardop nog eens graag liever onomwonden ronduit eerlijk stil
    zachtjes luid duidelijk cynisch somber optimistisch bezorgd en maar want of dus om als""".split()
)
_REL_STOPS = frozenset(
    """die dat wie welke waar waarvan waarmee en maar want omdat terwijl toen nadat hoewel alsof zo zegt aldus dus
    of om als met in op tegen aan bij over na tijdens via vanuit volgens sinds nog ook al""".split()
)
_TOKEN = re.compile(r"[\w’'&./-]*\w|[^\w\s]")


# --- finding quotes --------------------------------------------------------------


@dataclass
class Span:
    """Where a quote stands in a paragraph."""

    mark: int
    """Offset of the opening mark."""

    start: int
    """Offset of the quote's first character."""

    end: int
    """Offset just past the quote's last character."""

    close: int
    """Offset just past the closing mark (``end`` when the quote runs on
    into the next paragraph unclosed)."""

    closed: bool


def find_spans(text: str) -> list[Span]:
    """Quotes in ``text``, in order, nested ones left inside their outer quote.

    >>> [text[s.start:s.end] for text in ["'Nu zijn er zo'n 12.500', zegt hij. „Klopt”, zei ze."] for s in find_spans(text)]
    ["Nu zijn er zo'n 12.500", 'Klopt']
    >>> [s.closed for s in find_spans("Hij zei: ,,Kom hier'' en ‘ging weg")]
    [True]
    """
    spans: list[Span] = []
    i = 0
    while i < len(text):
        opener = _opener_at(text, i)
        span = _closing(text, i, opener) if opener else None
        if span:
            spans.append(span)
            i = span.close
        else:
            i += 1
    return spans


def _opener_at(text: str, i: int) -> str | None:
    mark = ",," if text.startswith(",,", i) else text[i]
    if mark not in CLOSERS:
        return None
    before = text[i - 1] if i else " "
    after = text[i + len(mark) : i + len(mark) + 1]
    if before not in _OPEN_BEFORE and not before.isspace():
        return None
    if not after or after.isspace():
        return None
    if mark in _APOSTROPHES and _CLITIC.match(text, i):
        return None
    return mark


def _closing(text: str, i: int, opener: str) -> Span | None:
    start = i + len(opener)
    for j in range(start + 1, min(len(text), start + MAX_QUOTE_CHARS)):
        for closer in CLOSERS[opener]:
            if text.startswith(closer, j) and _closes(text, j, closer):
                return Span(i, start, j, j + len(closer), True)
    if _at_sentence_start(text, i):
        end = len(text.rstrip())
        return Span(i, start, end, end, False)
    return None


def _closes(text: str, j: int, closer: str) -> bool:
    if text[j - 1].isspace():
        return False
    after = text[j + len(closer) : j + len(closer) + 1]
    return not after or not after.isalnum()


def _at_sentence_start(text: str, i: int) -> bool:
    before = text[:i].rstrip()
    return not before or before[-1] in _SENTENCE_PUNCT + ":"


def sentence_starts(text: str, spans: list[Span]) -> list[int]:
    """Offsets where sentences start; sentence ends inside quotes don't count.

    >>> text = "'Wat nu? Geen idee', zegt Shea. Ook prof. Peeters twijfelt. 'Klopt.' Dat is zo."
    >>> [text[i:i+8] for i in sentence_starts(text, find_spans(text))]
    ["'Wat nu?", 'Ook prof', "'Klopt.'", 'Dat is z']
    """
    inside = [False] * len(text)
    for span in spans:
        for k in range(span.start, span.end):
            inside[k] = True
    starts = [0]
    for m in re.finditer(r"[.!?…]+['’\"”»)\]]*(\s+)", text):
        if inside[m.start()] or _is_abbreviation(text, m.start()):
            continue
        nxt = m.end()
        if nxt < len(text) and (
            text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in CLOSERS or text.startswith(",,", nxt)
        ):
            if any(s.start <= m.start() < s.close and not inside[m.start()] for s in spans):
                continue
            starts.append(nxt)
    for span in spans:
        if span.closed and text[span.start : span.end].rstrip()[-1:] in _SENTENCE_PUNCT:
            m = re.match(r"\s+", text[span.close :])
            nxt = span.close + (m.end() if m else 0)
            if m and nxt < len(text) and (text[nxt].isupper() or text[nxt] in CLOSERS):
                starts.append(nxt)
    return sorted(set(starts))


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    m = re.search(r"([\w.]+)$", text[:dot])
    word = m.group(1).lower() if m else ""
    return word in _ABBREVIATIONS or (len(word) == 1 and text[dot - 1].isupper())


# --- noun phrases ----------------------------------------------------------------


@dataclass
class Phrase:
    """The subject of an attribution clause."""

    kind: str
    """``name``, ``description`` or ``pronoun``."""

    text: str
    """The name, description or pronoun as written (names without role words)."""

    role: str | None = None
    """A role given with it: "minister" in "minister Van Peteghem", or an apposition."""

    plural: bool = False
    """The verb is plural ("zeggen ze"): a pronoun then means a group."""


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def subject_after_verb(text: str) -> tuple[Phrase | None, int]:
    """The subject standing right after an attribution verb, and how many
    characters of ``text`` it (with its apposition) takes.

    >>> subject_after_verb(" Jamie Shea, een gewezen topman van de NAVO.")[0]
    Phrase(kind='name', text='Jamie Shea', role='gewezen topman van de NAVO', plural=False)
    >>> subject_after_verb(" het Amerikaanse ministerie van Defensie op 4 november.")[0].text
    'het Amerikaanse ministerie van Defensie'
    >>> subject_after_verb(" Shea op.")[0].text, subject_after_verb(" hij.")[0].kind
    ('Shea', 'pronoun')
    """
    tokens = _tokens(text)
    phrase, used = _phrase(tokens)
    if phrase is None:
        return None, 0
    role, used = _apposition(tokens, used)
    if role and not phrase.role:
        phrase.role = role
    elif used < len(tokens) and tokens[used] == "(" and phrase.kind == "name":
        close = tokens.index(")", used) if ")" in tokens[used:] else -1
        if 0 < close - used <= 4 and not phrase.role:
            phrase.role = " ".join(tokens[used + 1 : close])
    return phrase, used


def _phrase(tokens: list[str]) -> tuple[Phrase | None, int]:
    if not tokens:
        return None, 0
    first = tokens[0]
    if first.lower() in {"hij", "zij", "ze"}:
        return Phrase("pronoun", first.lower()), 1
    if first.lower() in _DETERMINERS and not _is_capital_particle(tokens):
        return _description(tokens)
    return _name_phrase(tokens)


def _is_capital_particle(tokens: list[str]) -> bool:
    """Flemish surnames: "De Wever", "Van Peteghem" (but "De Brit" is a description)."""
    return (
        len(tokens) > 1
        and tokens[0] in {"De", "Van", "Le", "La", "Di", "Da", "Du", "Ter", "Ten", "Den", "Vanden", "Vande"}
        and is_name_token(tokens[1])
        and tokens[1].lower() not in PERSON_NOUNS
    )


def _description(tokens: list[str]) -> tuple[Phrase | None, int]:
    used = 1
    while (
        used < len(tokens)
        and used <= 5
        and _np_word(tokens[used])
        and tokens[used].lower() not in {"van", "voor", "bij"}
    ):
        used += 1
    if used == 1:
        return None, 0
    if used < len(tokens) - 1 and tokens[used].lower() in {"van", "voor", "bij"}:
        k = used + 1
        if tokens[k].lower() in {"de", "het", "een", "twee", "drie"}:
            k += 1
        start = k
        while k < len(tokens) and k - start < 4 and (tokens[k][:1].isupper() or (k == start and _np_word(tokens[k]))):
            k += 1
        if k > start:
            used = k
    return Phrase("description", " ".join(tokens[:used])), used


def _np_word(token: str) -> bool:
    return bool(re.match(r"\w", token)) and token.lower() not in _NP_STOPS and token.lower() not in SPEECH_VERBS


def _name_phrase(tokens: list[str]) -> tuple[Phrase | None, int]:
    """ "minister van Buitenlandse Zaken Choe Son-hui", "Jamie Shea", "NAVO"."""
    if tokens[0] in SENTENCE_STARTERS and tokens[0] not in CAPITAL_PARTICLES:
        return None, 0
    role, used = _role_prefix(tokens)
    name: list[str] = []
    while used < len(tokens) and len(name) < 6:
        token = tokens[used]
        nxt = tokens[used + 1] if used + 1 < len(tokens) else ""
        if re.fullmatch(PARTICLE, token):
            joins = len(name) == 1 or (name and (name[-1] in CAPITAL_PARTICLES or re.fullmatch(PARTICLE, name[-1])))
            if not joins or not (nxt[:1].isupper() or re.fullmatch(PARTICLE, nxt)):
                break
        elif not (token[:1].isupper() and re.match(r"\w", token)) or is_role_word(token):
            break
        name.append(token)
        used += 1
    if not name:
        if role:
            return Phrase("description", " ".join(role)), used
        return None, 0
    return Phrase("name", " ".join(name), " ".join(role) or None), used


def _role_prefix(tokens: list[str]) -> tuple[list[str], int]:
    """Role words before a name, with a portfolio: "Vlaams minister van Omgeving"."""
    role: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if is_role_word(token):
            role.append(token)
            i += 1
            if i + 1 < len(tokens) and tokens[i] in {"van", "voor"} and tokens[i + 1][:1].isupper():
                role += tokens[i : i + 2]
                i += 2
                while i < len(tokens) and tokens[i] in NON_NAME:
                    role.append(tokens[i])
                    i += 1
        elif token[:1].isupper() and is_role_word(nxt) and re.search(r"(?:s|se|e|sch)$", token):
            role.append(token)
            i += 1
        else:
            break
    return role, i


def _apposition(tokens: list[str], used: int) -> tuple[str | None, int]:
    """ ", een gewezen assistent-secretaris-generaal van de NAVO" after a name."""
    if used >= len(tokens) - 1 or tokens[used] != ",":
        return None, used
    first = tokens[used + 1]
    if first.lower() in _REL_STOPS or first in CLOSERS or not re.match(r"\w", first):
        return None, used
    if first[:1].isupper() and not any(is_role_word(t) for t in tokens[used + 1 : used + 6]):
        return None, used
    k = used + 1
    while k < len(tokens):
        token = tokens[k]
        if token in {".", "!", "?", ";", ":", "(", ")"} or token in CLOSERS or token in {"’", "”", "»"}:
            break
        if token == ",":
            nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
            if not nxt[:1].isupper() or nxt in SENTENCE_STARTERS:
                break
        k += 1
    role_tokens = tokens[used + 1 : k]
    if not role_tokens or len(role_tokens) > 25:
        return None, used
    if role_tokens[0].lower() in {"een", "de", "het"}:
        role_tokens = role_tokens[1:]
    return _join(role_tokens) or None, k


def _join(tokens: list[str]) -> str:
    text = " ".join(tokens)
    return re.sub(r"\s+([,.;:!?)])", r"\1", text).replace("( ", "(")


# --- analysis of one paragraph ------------------------------------------------------


@dataclass
class Passage:
    """A paragraph (or the lead, or a summary answer) searched for quotes."""

    text: str
    part: str
    section: int
    paragraph: int


@dataclass
class Found:
    """A quote found in a passage, before and after attribution."""

    passage: int
    span: Span
    text: str
    start: int
    end: int
    sentence: int
    full: bool
    phrase: Phrase | None = None
    phrase_at: int = 0
    how: str | None = None
    speaker: Person | None = None
    attribution: str | None = None


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


def analyse(index: int, passage: Passage) -> Analysis:
    text = passage.text
    spans = find_spans(text)
    analysis = Analysis(passage, spans, sentence_starts(text, spans))
    previous: Found | None = None
    for span in spans:
        quote_text, start, end = _quote_text(text, span)
        if not re.search(r"\w", quote_text):
            continue
        found = Found(index, span, quote_text, start, end, analysis.sentence_of(span.mark), False)
        found.full = _is_full(analysis, found, previous)
        if found.full:
            _read_clause(analysis, found)
        analysis.found.append(found)
        previous = found
    return analysis


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
    before = text[: span.mark].rstrip()
    words = found.text.split()
    if before.endswith(":"):
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
        and before[-1] not in _SENTENCE_PUNCT
        and not (before[-1] in "'’\"”»" and before[:-1].rstrip()[-1:] in _SENTENCE_PUNCT)
    ):
        return False
    if not span.closed:
        return True
    after = text[span.close :].lstrip()
    if found.text[-1] in _SENTENCE_PUNCT or not after or after[0] in _SENTENCE_PUNCT:
        return True
    if _verb_follows(after):
        return True
    return len(words) >= 6 and after[0] == "," and found.text[:1].isupper()


def _is_clause_between(gap: str) -> bool:
    """ "', zegt Shea, '": an attribution clause between two parts of one quote."""
    tokens = _tokens(gap)
    if not tokens or tokens[-1] != ",":
        return False
    tokens = [t for t in tokens if t not in {",", "–", "—", "-"}]
    return bool(tokens) and tokens[0].lower() in SPEECH_VERBS and len(tokens) <= 12


def _verb_follows(after: str) -> bool:
    tokens = _tokens(after)[:3]
    tokens = [t for t in tokens if t not in {",", "–", "—", "-"}]
    if tokens and tokens[0].lower() == "zo":
        tokens = tokens[1:]
    return bool(tokens) and tokens[0].lower() in SPEECH_VERBS


def _read_clause(analysis: Analysis, found: Found) -> None:
    """Attribution clause after the quote (", zegt Shea") or before it ("Shea:")."""
    text = analysis.passage.text
    span = found.span
    after = text[span.close :]
    m = re.match(r"\s*(?:[,;]\s*)?(?:[-–—]\s*)?(?:zo\s+)?(\w+)", after)
    if span.closed and m and m.group(1).lower() in SPEECH_VERBS:
        verb = m.group(1).lower()
        rest = after[m.end() :]
        if verb in _IMPERSONAL:
            rest = re.sub(r"^\s+het\b(?:\s+(?:bij|in|uit|vanuit|aan|van)\s+(?:de\s+kant\s+van\s+)?)?", " ", rest)
            if not re.match(r"\s+\S", rest) or re.match(r"\s*[.,;:!?]", rest):
                found.how = "clause"
                return
        phrase, _used = subject_after_verb(rest)
        if phrase is not None:
            phrase.plural = verb in PLURAL_VERBS
            found.phrase, found.phrase_at, found.how = phrase, span.close + m.end(), "clause"
        return
    before = text[: span.mark].rstrip()
    if before.endswith(":"):
        start, _ = analysis.sentence_bounds(analysis.sentence_of(len(before) - 1))
        phrase = colon_subject(text[start : len(before) - 1])
        if phrase is not None:
            found.phrase, found.phrase_at, found.how = phrase, start, "colon"


def colon_subject(clause: str) -> Phrase | None:
    """Who speaks in the clause before a colon.

    >>> colon_subject("Shea").text, colon_subject("Daarover zegt minister Van Peteghem").text
    ('Shea', 'Van Peteghem')
    >>> colon_subject("De burgemeester reageerde op X").text
    'De burgemeester'
    >>> colon_subject("Het antwoord is duidelijk") is None
    True
    """
    tokens = _tokens(clause)
    if not tokens:
        return None
    phrase, used = _phrase(tokens)
    if phrase is not None and used == len(tokens) and phrase.kind != "pronoun":
        return phrase
    for i, token in enumerate(tokens):
        if token.lower() not in SPEECH_VERBS:
            continue
        skip = 0
        while skip < min(i, 2) and tokens[skip] in _ADVERB_STARTERS:
            skip += 1
        left, left_used = _phrase(tokens[skip:i])
        if left is not None and skip + left_used == i:
            left.plural = token.lower() in PLURAL_VERBS
            return left
        right, _ = _phrase(tokens[i + 1 :])
        if right is not None:
            right.plural = token.lower() in PLURAL_VERBS
            return right
        return None
    if phrase is not None and phrase.kind == "name" and len(tokens) <= 12:
        # "Nadia El Khattabi van het wijkcomité: '...'"
        return phrase
    return None


_ADVERB_STARTERS = frozenset(
    """Daarover Daarop Daarna Later Toen Nu Ook Vervolgens Dan Intussen Ondertussen Nadien Achteraf Eerder
    Gisteren Vandaag Maar En Zo Tot Uiteindelijk Meteen Daarbij Verder Bovendien""".split()
)


# --- registry of people --------------------------------------------------------------


def build_registry(analyses: list[Analysis], pull_names: list[tuple[str, str | None]]) -> Registry:
    """Everyone named with a role, as a speaker, as a sentence's subject or more than once."""
    entries: list[tuple[int, int, str, str | None, bool]] = []
    everything = " ".join(a.passage.text for a in analyses)
    counts = word_counts(everything)
    for index, analysis in enumerate(analyses):
        text = analysis.outside_quotes(0, len(analysis.passage.text))
        for pos, name, role in people_in(text, everything, counts):
            entries.append((index, pos, name, role, True))
        for found in analysis.found:
            phrase = found.phrase
            if phrase is not None and phrase.kind == "name":
                entries.append((index, found.phrase_at, phrase.text, phrase.role, True))
            elif phrase is not None and phrase.kind == "description" and not is_person_description(phrase.text):
                entries.append((index, found.phrase_at, phrase.text, None, False))
    registry = Registry()
    multi = sorted((e for e in entries if len(e[2].split()) > 1), key=lambda e: (e[0], e[1]))
    single = sorted((e for e in entries if len(e[2].split()) <= 1), key=lambda e: (e[0], e[1]))
    for _index, _pos, name, role, is_person in multi + single:
        registry.add(name, role, is_person)
    for name, role in pull_names:
        registry.add(name, role)
    registry.alias_first_names(everything, counts)
    return registry


def word_counts(text: str) -> Counter[str]:
    """How often each word (and each pair of words) occurs, possessive
    endings ("Kims", "Zelensky's") counted with the word."""
    counts: Counter[str] = Counter()
    words = re.findall(r"(?<![\w-])[\w-]+(?:'s|’s)?", text)
    counts.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    for word in words:
        counts[word] += 1
        stem = re.sub(r"(?:'s|’s)$", "", word)
        if stem != word:
            counts[stem] += 1
        elif word.endswith("s") and len(word) > 2:
            counts[word[:-1]] += 1
    return counts


def people_in(text: str, everything: str = "", counts: Counter[str] | None = None) -> list[tuple[int, str, str | None]]:
    """Names in running text that stand for people, with a role where given:
    "Oekraïens president Volodymyr Zelensky", "Jamie Shea, een gewezen ...",
    "premier Schoof", or a full name that opens a sentence or recurs.

    >>> people_in("Volgens Oekraïens president Volodymyr Zelensky leden ze verliezen.")
    [(28, 'Volodymyr Zelensky', 'Oekraïens president')]
    >>> people_in("ging minister van Buitenlandse Zaken Choe Son-hui prat")
    [(37, 'Choe Son-hui', 'minister van Buitenlandse Zaken')]
    >>> people_in("Het nieuws komt van Vlaams minister van Omgeving Jo Geerts.")
    [(49, 'Jo Geerts', 'Vlaams minister van Omgeving')]
    """
    found = []
    for pos, name in name_runs(text):
        pos, name = _without_portfolio(text, pos, name)
        if name is None:
            continue
        role = _role_before(text[:pos]) or _role_after(text[pos + len(name) :])
        if role or _recurs(name, everything or text, counts) or _opens_sentence(text[:pos]):
            found.append((pos, name, role))
    for m in re.finditer(rf"(?<![\w-])([\w-]+)\s+({CAP})(?![\w’'-]|\s+{CAP})", text):
        if is_role_word(m.group(1)) and is_name_token(m.group(2)) and m.group(2) not in SENTENCE_STARTERS:
            if not any(p <= m.start(2) < p + len(n) for p, n, _r in found):
                found.append((m.start(2), m.group(2), m.group(1)))
    return sorted(found)


def _without_portfolio(text: str, pos: int, name: str) -> tuple[int, str | None]:
    """ "minister van Omgeving Jo Geerts": "Omgeving" belongs to the role."""
    if re.search(r"(?:^|\s)([\w-]+)\s+(?:van|voor)\s+$", text[:pos]) and is_role_word(
        re.search(r"([\w-]+)\s+(?:van|voor)\s+$", text[:pos]).group(1)
    ):
        first, _, rest = name.partition(" ")
        if len(rest.split()) >= 2 or (rest and is_name_token(rest)):
            return pos + len(first) + 1, rest if len(rest.split()) >= 2 else None
        return pos, None
    return pos, name


def _recurs(name: str, text: str, counts: Counter[str] | None = None) -> bool:
    """The surname (or, for "Kim Jong-un", the first name) also stands on its own."""
    counts = counts if counts is not None else word_counts(text)
    tokens = name.split()
    return (
        counts[tokens[-1]] > counts[f"{tokens[-2]} {tokens[-1]}"]
        or counts[tokens[0]] > counts[f"{tokens[0]} {tokens[1]}"]
    )


def _opens_sentence(before: str) -> bool:
    before = before.rstrip()
    if not before or before[-1] in _SENTENCE_PUNCT + ":":
        return True
    m = re.search(r"(?:^|[.!?:]\s+)(\w+)$", before)
    return bool(m) and m.group(1) in SENTENCE_STARTERS


def _role_before(text: str) -> str | None:
    tokens = text.split()
    taken: list[str] = []
    for token in reversed(tokens[-7:]):
        low = token.lower()
        if is_role_word(token) or low in {"van", "voor"} or (token[:1].isupper() and token not in SENTENCE_STARTERS):
            taken.insert(0, token)
        else:
            break
    while taken and not is_role_word(taken[0]) and not _is_adjective(taken[0], taken[1:2]):
        taken.pop(0)
    if not taken or not any(is_role_word(t) and t.lower() not in ROLE_ADJECTIVES for t in taken):
        return None
    if re.search(r"[,.;:!?]$", taken[-1]):
        return None
    return " ".join(taken)


def _is_adjective(token: str, following: list[str]) -> bool:
    """ "Oekraïens" or "Russische" right before a role noun."""
    return bool(following) and is_role_word(following[0]) and bool(re.search(r"(?:s|se|e|sch)$", token))


def _role_after(text: str) -> str | None:
    tokens = _tokens(text)
    role, _used = _apposition(tokens, 0)
    if role and any(is_role_word(t) for t in re.split(r"[\s]+", role)):
        return role
    return None


# --- mentions and salience --------------------------------------------------------------


@dataclass
class Mention:
    """A person named (or meant by a pronoun) outside quotes."""

    passage: int
    pos: int
    person: Person


class MentionFinder:
    """Finds registered people in text, by full name, alias or a sentence-opening pronoun."""

    def __init__(self, registry: Registry):
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

    def find(self, index: int, analysis: Analysis) -> list[Mention]:
        """Mentions in one passage; passages must come in reading order."""
        text = analysis.outside_quotes(0, len(analysis.passage.text))
        named = [Mention(index, m.start(), self.person_of[m.group(1)]) for m in self.pattern.finditer(text)]
        pronouns = [start for start in analysis.starts if re.match(r"(?:Hij|Zij)\s", text[start:])]
        mentions: list[Mention] = []
        events = sorted(
            [(m.pos, 0, m) for m in named] + [(pos, 1, None) for pos in pronouns], key=lambda e: (e[0], e[1])
        )
        for pos, _kind, mention in events:
            if mention is None:
                if self.last is None:
                    continue
                mention = Mention(index, pos, self.last.person)
            mentions.append(mention)
            self.last = mention
        return mentions


# --- attribution ------------------------------------------------------------------------


def find_quotes(
    passages: list[Passage], pull_names: list[tuple[str, str | None]], pull_texts: list[tuple[str, str]]
) -> list[Quote]:
    """All quotes of the article, attributed where the text allows."""
    analyses = [analyse(i, p) for i, p in enumerate(passages)]
    registry = build_registry(analyses, pull_names)
    finder = MentionFinder(registry)
    per_passage = [finder.find(index, analysis) for index, analysis in enumerate(analyses)]
    mentions = [mention for found in per_passage for mention in found]
    attributor = _Attributor(analyses, per_passage, mentions, registry)
    for index in range(len(analyses)):
        attributor.attribute(index)
    attributor.link_pull_quotes(pull_texts)
    return [_quote(analyses[f.passage].passage, f) for a in analyses for f in a.found]


def _quote(passage: Passage, found: Found) -> Quote:
    person = found.speaker
    return Quote(
        text=found.text,
        speaker=person.name if person else None,
        role=role_as_title(person.role) if person and person.role else None,
        inline=not found.full,
        section=passage.section,
        paragraph=passage.paragraph,
        part=passage.part,
        start=found.start,
        end=found.end,
        attribution=found.attribution if person else None,
    )


def role_as_title(role: str) -> str:
    """A role as it reads after a name: "Woordvoerder" (capitalised only
    because it opened a sentence) becomes "woordvoerder".

    >>> role_as_title("Schepen van Mobiliteit"), role_as_title("Vlaams minister"), role_as_title("NAVO-topman")
    ('schepen van Mobiliteit', 'Vlaams minister', 'NAVO-topman')
    """
    first = role.split()[0]
    if (
        is_role_word(first)
        and first[1:] == first[1:].lower()
        and first.lower() not in ROLE_ADJECTIVES
        or first.lower() in ROLE_ADJECTIVES
    ):
        return role[0].lower() + role[1:]
    return role


class _Attributor:
    """Walks the article in reading order, giving quotes their speakers."""

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

    def attribute(self, index: int) -> None:
        analysis = self.analyses[index]
        for found in analysis.found:
            if found.phrase is not None or (found.how and found.full):
                person = self._resolve(found.phrase, index, found.phrase_at, found) if found.phrase else None
                if person is not None:
                    found.speaker, found.attribution = person, found.how
            elif not found.full:
                person = self._inline_speaker(analysis, index, found)
                if person is not None:
                    found.speaker, found.attribution = person, "clause"
        for found in analysis.found:
            if found.full and found.speaker is None:
                self._from_context(analysis, index, found)
        self._backfill(analysis)
        for found in analysis.found:
            if found.full and found.speaker is not None:
                self.last_speaker = found.speaker
                self.last_speaker_at = (index, analysis.passage.section)

    # -- clause subjects

    def _resolve(self, phrase: Phrase, index: int, pos: int, found: Found | None) -> Person | None:
        if phrase.kind == "pronoun":
            if phrase.plural:
                return None
            return self._latest_person(index, pos, exclude=found)
        if phrase.kind == "description":
            if not is_person_description(phrase.text):
                return self.registry.add(_lower_determiner(phrase.text), is_person=False)
            return self._describe(phrase.text, index, pos, found)
        person = self.registry.find(phrase.text)
        if person is None:
            person = self.registry.add(phrase.text, phrase.role)
        elif phrase.role and not person.role:
            person.role = phrase.role
        return person

    def _describe(self, description: str, index: int, pos: int, found: Found | None) -> Person | None:
        noun = head_noun(description)
        for mention in reversed(self.mentions):
            if (mention.passage, mention.pos) >= (index, pos):
                continue
            role = (mention.person.role or "").lower()
            if noun and any(word.startswith(noun) or word.endswith(noun) for word in re.findall(r"[\w-]+", role)):
                return mention.person
        if (
            noun in DEMONYMS
            or noun.endswith("-jarige")
            or noun in {"man", "vrouw", "expert", "topman", "topvrouw", "kenner"}
        ):
            if self.last_speaker is not None and self.last_speaker_at[0] >= index - 3:
                return self.last_speaker
            return self._latest_person(index, pos, exclude=found)
        # "een getuige", "de minister van Waterstaat": as good as it gets.
        return self.registry.add(_lower_determiner(description), is_person=False)

    def _latest_person(self, index: int, pos: int, exclude: Found | None) -> Person | None:
        named = self._named_in(exclude) if exclude else set()
        for mention in reversed(self.mentions):
            if (mention.passage, mention.pos) < (index, pos) and mention.person.name not in named:
                return mention.person
        return None

    def _named_in(self, found: Found) -> set[str]:
        """Full names of the people the quote itself names."""
        if self.finder is None or self.finder.size != len(self.registry.people):
            self.finder = MentionFinder(self.registry)
        return {self.finder.person_of[m.group(1)].name for m in self.finder.pattern.finditer(found.text)}

    def _inline_speaker(self, analysis: Analysis, index: int, found: Found) -> Person | None:
        """A fragment's speaker, when its own sentence says who: "Ook
        Appathurai merkt op dat het leger niet 'uitgerust' is"."""
        start, end = analysis.sentence_bounds(found.sentence)
        sentence = analysis.outside_quotes(start, end)
        for m in re.finditer(r"\b(\w+)\b", sentence):
            verb = m.group(1).lower()
            if verb not in SPEECH_VERBS or verb in _IMPERSONAL:
                continue
            if verb == "volgens" or m.start() > 0:
                phrase, _ = subject_after_verb(sentence[m.end() :])
                if (
                    phrase is not None
                    and phrase.kind in {"name", "pronoun"}
                    and (phrase.kind == "pronoun" or phrase.text[:1].isupper())
                ):
                    if phrase.kind == "pronoun" and verb in PLURAL_VERBS:
                        continue
                    return self._resolve(phrase, index, start + m.start(), found)
            if verb == "volgens":
                continue
            # "Minister Hugo de Wit, destijds ..., noemde de wet 'een historische stap'"
            named = [x.person for x in self.per_passage[index] if start <= x.pos < start + m.start()]
            if named:
                return named[0]
            left = re.search(rf"((?:{CAP}\s+)*{CAP})\s+$", sentence[: m.start()])
            if left:
                words = [w for w in left.group(1).split() if w not in SENTENCE_STARTERS]
                if words and all(is_name_token(w) for w in words):
                    return self._resolve(Phrase("name", " ".join(words)), index, start + left.start(), found)
        return None

    # -- context

    def _from_context(self, analysis: Analysis, index: int, found: Found) -> None:
        """Continuation, or the person the preceding sentences are about."""
        named = self._named_in(found)
        only_excluded = True
        for sentence in range(found.sentence, -1, -1):
            earlier = [
                f
                for f in analysis.found
                if f.sentence == sentence and f.span.mark < found.span.mark and f.full and f.speaker is not None
            ]
            if earlier:
                found.speaker, found.attribution = earlier[-1].speaker, "continued"
                return
            start, end = analysis.sentence_bounds(sentence)
            end = min(end, found.span.mark)
            if not analysis.passage.text[start:end].strip():
                continue
            people = [m.person for m in self.per_passage[index] if start <= m.pos < end and m.person.name not in named]
            described = self._described_subject(analysis, index, start, end, found)
            if described is not None:
                people = [described] + people
            if people and only_excluded:
                found.speaker, found.attribution = people[0], "context"
                return
            if any(start <= m.pos < end for m in self.per_passage[index]) and not people:
                continue
            only_excluded = False
        if found.span.mark == 0 or not analysis.passage.text[: found.span.mark].strip():
            self._from_previous_passage(index, found)

    def _described_subject(self, analysis: Analysis, index: int, start: int, end: int, found: Found) -> Person | None:
        """ "De Brit vraagt zich hardop af ...": a description as subject of a speaking verb."""
        sentence = analysis.outside_quotes(start, end)
        m = re.match(r"\s*((?:De|de|Het|het)\s+[\w-]+)\s+(\w+)", sentence)
        if m and m.group(2).lower() in SPEECH_VERBS and is_person_description(m.group(1)):
            return self._describe(m.group(1), index, start, found)
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

    def _from_previous_passage(self, index: int, found: Found) -> None:
        if index == 0:
            return
        previous = self.analyses[index - 1]
        if (
            previous.passage.section != self.analyses[index].passage.section
            or previous.passage.part != self.analyses[index].passage.part
        ):
            return
        text = previous.passage.text.rstrip()
        if text.endswith(":"):
            start, _ = previous.sentence_bounds(previous.sentence_of(len(text) - 1))
            phrase = colon_subject(text[start:-1])
            if phrase is not None:
                person = self._resolve(phrase, index - 1, start, None)
                if person is not None:
                    found.speaker, found.attribution = person, "colon"
                    return
        last_sentence = len(previous.starts) - 1
        closing = [f for f in previous.found if f.full and f.speaker is not None and f.sentence >= last_sentence - 1]
        if closing and (not closing[-1].span.closed or closing[-1].sentence == last_sentence):
            found.speaker, found.attribution = closing[-1].speaker, "continued"

    def _backfill(self, analysis: Analysis) -> None:
        """ "'Eerste zin.' 'Tweede zin', zegt Shea.": the later clause names both."""
        for before, after in zip(analysis.found, analysis.found[1:], strict=False):
            if before.full and before.speaker is None and after.speaker is not None and after.full:
                gap = analysis.passage.text[before.span.close : after.span.mark]
                if not re.search(r"\w", gap):
                    before.speaker, before.attribution = after.speaker, "continued"

    # -- pull quotes

    def link_pull_quotes(self, pulls: list[tuple[str, str]]) -> None:
        """A pull quote's name line tells who said the body quote it repeats."""
        from .layout import containment

        full = [
            (found, words, set(words))
            for analysis in self.analyses
            for found in analysis.found
            if found.full
            for words in [re.findall(r"\w+", found.text.lower())]
        ]
        for pull_text, name in pulls:
            words = re.findall(r"\w+", pull_text.lower())
            unique = set(words)
            best, score = None, 0.5
            for found, quote_words, quote_unique in full:
                if len(unique & quote_unique) < min(len(unique), len(quote_unique)) * 0.5:
                    continue
                s = max(containment(words, quote_words), containment(quote_words, words))
                if s > score:
                    best, score = found, s
            if best is not None and best.attribution in (None, "context"):
                person = self.registry.find(name) or self.registry.add(name)
                best.speaker, best.attribution = person, "pull quote"


def _lower_determiner(text: str) -> str:
    first, _, rest = text.partition(" ")
    return (first.lower() + " " + rest) if first in {"De", "Het", "Een"} and rest else text


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
