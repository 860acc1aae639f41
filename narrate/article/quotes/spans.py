"""Finding quoted spans in a paragraph, and where its sentences start."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..letters import CAPITAL
from .words import SPEECH_VERBS

CLOSERS: dict[str, tuple[str, ...]] = {
    ",,": ("''", "’’", "‘‘", "”", '"', "“"),
    "‚‚": ("’’", "‘‘", "''", "”", "“"),
    "``": ("''", "”", '"', "´´"),
    "''": ("''", "”", '"'),
    "„": ("”", "“", '"'),
    "“": ("”", "“"),
    "‟": ("”", "“"),
    "«": ("»",),
    "»": ("«",),
    "‘": ("’", "‘"),
    "‚": ("’", "‘"),
    "‛": ("’", "‘"),
    "‹": ("›",),
    "›": ("‹",),
    "'": ("'", "’"),
    "`": ("'", "’", "´"),
    "´": ("´", "'", "’"),
    "’": ("’",),
    '"': ('"', "”"),
    "”": ("”", "“"),
    "″": ("″",),
}
"""Opening marks and the marks that may close them: every pairing Dutch and Flemish pages print or type: '…', ‘…’,
“…”, „…”, „…“, ‚…‘, «…», »…«, ‹…›, ›…‹, "…", ,,…'', the typewriter's `…' and ``…'', the acute typed for an
apostrophe (´…´), two commas or low marks for a double one (,,…'', ‚‚…‘‘), the double prime for a straight
double mark (″…″), and each opening mark closed by its mirror image (‘…‘, “…“) as hurried typing leaves it."""

_PAIRED = (",,", "‚‚", "``", "''")
"""Opening marks of two characters: two commas or low marks, two backticks, two apostrophes typed for a double mark."""

MAX_QUOTE_CHARS = 4000
"""A closing mark further away than this belongs to another quote."""

_APOSTROPHES = "'’‘`´"
_MARKS = "'’‘\"”“»«´›‹"
_CLITIC = re.compile(r"['’‘`´](?:s|t|n|k|m|r|ns|es)(?=[\s-]|$)|['’‘`´]\d\d(?!\d)")
_OPEN_BEFORE = set(" \t([{/—–-:;") | set("“„«»‘‚‹'\"")
SENTENCE_PUNCT = ".!?…"
"""Marks that end a sentence."""
_ABBREVIATIONS = frozenset(
    """bv bijv o.a d.w.z m.a.w mr dr drs ir ing prof dhr mevr mw st nr blz ca enz etc red vs jl a.s e.a i.p.v t.o.v
    m.b.t resp incl excl evt max min gem o.l.v p pag jr sr fig n.a.v m.n i.v.m v.s z.g.a.n vgl cf art lid al""".split()
)


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
    >>> [text[s.start:s.end] for text in ['Ze filmen “de zaak". Dat mag.'] for s in find_spans(text)]
    ['de zaak']
    >>> [text[s.start:s.end] for text in ['“Het moet weer open. “Het voldoet niet”, zegt Jan”. Meer uitleg.'] for s in find_spans(text)]
    ['Het moet weer open. “Het voldoet niet”, zegt Jan']
    >>> [text[s.start:s.end] for text in ['“Kom “nu” hier, zei hij.'] for s in find_spans(text)]
    ['Kom “nu']
    """
    spans: list[Span] = []
    i = 0
    dash = dash_span(text)
    if dash is not None:
        spans.append(dash)
        i = dash.close
    while i < len(text):
        opener = _opener_at(text, i)
        span = _closing(text, i, opener) if opener else None
        if span:
            spans.append(span)
            i = span.close
        else:
            i += 1
    return spans


def dash_span(text: str) -> Span | None:
    """A line of dialogue opened by a dash: "— Ik kom morgen terug — zegt hij." or a whole
    paragraph "– Ik kom morgen terug." (a capital after the dash, so no list item "- het plan").

    >>> text = "— Ik kom morgen terug — zegt hij."
    >>> s = dash_span(text); text[s.start:s.end], text[s.close:]
    ('Ik kom morgen terug', ' zegt hij.')
    >>> dash_span("– Ik kom terug."), dash_span("- het wetsvoorstel") is None
    (Span(mark=0, start=2, end=15, close=15, closed=True), True)
    """
    m = re.match(rf"\s*[—–-]\s+(?=[{CAPITAL}\d])", text)
    if not m:
        return None
    close = re.search(r"\s[—–](?=\s+[a-zà-ÿ])", text[m.end() :])
    said = _said_after(text, m.end())
    if said is not None and (close is None or said < m.end() + close.start()):
        return Span(m.start(), m.end(), said, said + 1, True)
    if text.lstrip()[0] == "-":
        return None  # a hyphen opens dialogue only with its verb of saying: alone it is a list's mark
    if close is None:
        end = len(text.rstrip())
        return Span(m.start(), m.end(), end, end, True)
    end = m.end() + close.start()
    return Span(m.start(), m.end(), end, end + 2, True)


_SAID_CLAUSE = re.compile(r"(,)\s+(\w+)\s|([?!])\s+(\w+)\s")


def _said_after(text: str, start: int) -> int | None:
    """Where a dash's line of dialogue ends, before the clause that says who spoke ("Ik kom terug, zegt hij."):
    the comma's offset, or just past a question or exclamation mark; None without such a clause.

    >>> text = "— Ik kom terug, zegt Peeters, want de haven wacht."
    >>> text[2:_said_after(text, 2)]
    'Ik kom terug'
    >>> _said_after("— Ik kom terug, want de haven wacht.", 2) is None
    True
    """
    for m in _SAID_CLAUSE.finditer(text, start):
        verb = m.group(2) or m.group(4)
        if verb in SPEECH_VERBS:
            return m.start(1) if m.group(1) else m.end(3)
    return None


def _opener_at(text: str, i: int) -> str | None:
    mark = next((pair for pair in _PAIRED if text.startswith(pair, i) and _pair_opens(text, i, pair)), text[i])
    if mark not in CLOSERS:
        return None
    before = text[i - 1] if i else " "
    after = text[i + len(mark) : i + len(mark) + 1]
    if (before not in _OPEN_BEFORE and not before.isspace() and not _glued_opener(text, i, mark)
            and not glued_after_stop(text, i, mark)):
        return None
    if not after or after.isspace() and not _opens_set_apart(text, i, mark):
        return None
    if mark in _APOSTROPHES and _CLITIC.match(text, i):
        return None
    if mark == "”" and not (text[:i].rstrip().endswith(":") or _after_a_sentence(text, i) and after.isupper()):
        return None  # a closing mark typed to open ("Spencer Roozeboom: ”Wij wonen ...”"), only where a quote starts
    return mark


def _pair_opens(text: str, i: int, pair: str) -> bool:
    """Two apostrophes open a quote only where two close it ("''Kom hier'', zei ze"), not before an elided
    letter ("''s Avonds ...'": an apostrophe that opens, then the one of 's).

    >>> _pair_opens("''Kom hier'', zei ze.", 0, "''"), _pair_opens("''s Avonds is het stil', zei ze.", 0, "''")
    (True, False)
    """
    return pair != "''" or (not _CLITIC.match(text, i + 1) and "''" in text[i + 2 :])


def glued_after_stop(text: str, i: int, mark: str) -> bool:
    """ "... meevalt.'Ik denk ...'": an opening mark stuck to the full stop of the sentence before and to the
    capitalised word it opens, a space lost between two sentences.

    >>> glued_after_stop("Het valt mee.'Ik denk", 13, "'"), glued_after_stop("Het is zo.'' En", 10, "'")
    (True, False)
    """
    return (i >= 2 and text[i - 1] in SENTENCE_PUNCT and text[i - 2].isalpha()
            and re.match(rf"[{CAPITAL}][a-zà-ÿ]", text[i + len(mark) : i + len(mark) + 2]) is not None)


def _glued_opener(text: str, i: int, mark: str) -> bool:
    """ "Carl Devos“De provincies ...": a double mark that no quote has closed, stuck to a name before it and to a
    capitalised word after it, opens the quote the name introduces.

    >>> _glued_opener('Alexander De Croo"België heeft', 17, '"'), _glued_opener('zei hij."Daarna', 8, '"')
    (True, False)
    """
    return mark in {"“", "„", '"'} and text[i - 1 : i].isalpha() and re.match(rf"[{CAPITAL}][a-zà-ÿ]", text[i + 1 : i + 3]) is not None


def _opens_set_apart(text: str, i: int, mark: str) -> bool:
    """ "Minister Kaag: “ Ik heb ...", "' Ik kom '": an opening mark after a colon, a stop (or first), a space, then
    a capital (or an ellipsis and a capital: “ ... Dan is het"); a guillemet spaced the French way anywhere.

    >>> _opens_set_apart("Kaag: “ Ik kom.”", 6, "“"), _opens_set_apart("Hij zei “ ik", 8, "“")
    (True, False)
    >>> _opens_set_apart('Laschet : " Ik kom.', 10, '"'), _opens_set_apart('Het is af. " Ik kom.', 11, '"')
    (True, True)
    """
    if mark == "«":  # French spacing, « Comme ceci », « 's Avonds ... »: the guillemet opens wherever it stands
        return re.match(r" ['’]?\w", text[i + 1 :]) is not None
    return (mark in {"“", "„", '"', "‘", "'", "»", "‹"} and re.match(rf" (?:\.\.\.|…)? ?[{CAPITAL}]", text[i + 1 :]) is not None
            and (not text[:i].strip() or text[:i].rstrip().endswith((":", ".", "!", "?"))))


def _closing(text: str, i: int, opener: str) -> Span | None:
    start = i + len(opener)
    closers = CLOSERS[opener]
    straight = {"“": '"', "‘": "'"}.get(opener)
    if straight and CLOSERS[opener][0] not in text[start:]:
        # Typed by hand: a curly opening mark closed by a straight one (“de zaak", ‘de zaak'), but only where
        # no curly closing mark follows, so a straight pair inside a curly quote stays nested.
        closers += (straight,)
    inner, first, repeated = 0, None, None
    for j in range(start + 1, min(len(text), start + MAX_QUOTE_CHARS)):
        if text[j] == opener and (comma := _unclosed_before_clause(text, start, j)) is not None:
            return Span(i, start, comma, comma, True)
        if text[j] in _NESTING.get(opener, "") and _opener_at(text, j) == text[j]:
            inner += 1  # “Amper ... “De werken ...”, zegt de schepen”: a quote cited inside the quote
            if repeated is None and text[j] == opener and _REPEATED.search(text, start, j):
                repeated = j
            continue
        for closer in closers:
            if text.startswith(closer, j) and _closes(text, j, closer):
                if not inner:
                    return Span(i, start, j, j + len(closer), True)
                inner -= 1
                first = first or Span(i, start, j, j + len(closer), True)
                break
        if text[j] in _MARKS and text[j - 1] == " " and text[j - 2] == "," and _clause_after(text, j + 1):
            # "..., ‘ zegt Bert Brugghemans": a mark set apart after the comma, with the clause after it, closes
            # the quote whatever its shape (here typed as an opening one).
            return Span(i, start, j - 1, j + 1, True)
        if (opener, text[j]) in _MISMATCHED and _closes(text, j, text[j]) and _clause_after(text, j + 1):
            # “Tienduizenden ...", schetst X. "Dat ...”: a straight mark with the speaking clause after it
            # closes the curly one; a straight pair nested in a curly quote is not followed by "zegt X"; so does
            # a double mark after a single opening one (‘... volwaardig”, zei X).
            return Span(i, start, j, j + 1, True)
    if first is not None and repeated is not None and (_clause_after(text, first.close) or _LABELLED.search(text, start, repeated)):
        # “Maar ... conjunctuur. “Dat is een luxe”, waarschuwde ze.: the opening mark repeated at a sentence's start
        # where the first quote never closed opens a new quote, when a clause of saying or a speaker's label of its
        # own says so; the first one ends before it, unclosed.
        end = _REPEATED.search(text, start, repeated).start() + 1
        return Span(i, start, end, end, False)
    if first is not None:
        return first  # an opening mark that never closed: the first closing mark ends the quote after all
    if opener in "'\"" and glued_after_stop(text, i, opener):
        return None  # a straight mark after a stop may close the quote of the paragraph before: open only if it closes
    if _at_sentence_start(text, i) or _glued_opener(text, i, opener) or _resumed(text, i):
        end = len(text.rstrip())
        return Span(i, start, end, end, False)
    return None


_REPEATED = re.compile(r"[.!?…]\s+(?:[^.!?…:\"“”„‘’']{1,60}:\s*)?$")
"""Before a repeated opening mark: a sentence's end, perhaps a speaker's label after it ("... inrichten. Heather: ‘")."""

_LABELLED = re.compile(r"[.!?…]\s+[^.!?…:\"“”„‘’']{1,60}:\s*$")
"""Before a repeated opening mark: a sentence's end and a speaker's label."""

_CLAUSE_THEN_OPENER = re.compile(r",\s+(\w+)\s+[^,.!?‘’“”\"']{2,60}[.:]\s+$")
"""A clause of saying that closes a sentence right before a new opening mark: ", vertelt Roeland. ‘"."""


def _unclosed_before_clause(text: str, start: int, j: int) -> int | None:
    """Where a quote that never got its closing mark ends: at the comma of a clause of saying when, after that
    clause, the same opening mark starts the next quote (‘Wij krijgen tips, vertelt Roeland. ‘Zij hebben ...’).

    >>> text = "‘Wij krijgen tips, vertelt Roel. ‘Zij hebben data.’"
    >>> text[1 : _unclosed_before_clause(text, 1, text.index("‘", 2))]
    'Wij krijgen tips'
    >>> _unclosed_before_clause("‘Het boek ‘Zij’ is mooi.’", 1, 10) is None
    True
    """
    m = _CLAUSE_THEN_OPENER.search(text, start, j)
    if m is None or m.end() != j or m.group(1).lower() not in SPEECH_VERBS:
        return None
    return m.start()


_MISMATCHED = frozenset({("“", '"'), ("‘", "”")})
"""An opening mark and a closing mark of another shape that ends its quote where the clause of saying follows."""


_NESTING = {"“": "“", "„": "„", "‘": "‘", "'": "‘", '"': "“"}
"""The opening marks a quote inside the quote may have, by the outer quote's opening mark: the mark repeated, or
the curly one of a straight opening mark ('... het motto ‘Een burgemeester ...’ van zijn collega ...' ends at the
straight mark, not at the curly one that closes the motto); its closing mark then does not end the outer one."""


def _clause_after(text: str, k: int) -> bool:
    """A verb of saying right after offset ``k`` (past a comma): the quote before it has ended.

    >>> _clause_after('", zegt Gillis', 1), _clause_after('" is een slogan', 1)
    (True, False)
    """
    m = re.match(r"\s*,?\s*(\w+)", text[k:])
    return bool(m) and m.group(1).lower() in SPEECH_VERBS


def _closes(text: str, j: int, closer: str) -> bool:
    after = text[j + len(closer) : j + len(closer) + 1]
    # « Comme ceci »: French spacing sets the guillemet apart; a right double mark spaced off too (" Het is een
    # ontmoetingsplek ”, benadrukt ...) before the comma or full stop that ends the quote.
    if text[j - 1].isspace() and closer not in ("«", "»", "‹", "›") and not (closer in ("”", "’", '"', "'") and _spaced_closer(text, j, after)):
        return False
    if closer in _APOSTROPHES and after == closer and text[j - 1].isalpha():
        return False  # "‘... bussen voor Jos’’, zegt hij": the first of two is the apostrophe of the word before
    # '... grondgebied”stelt Isabelle Grippa': a double mark glued to the verb of saying still closes the quote
    return not after or not after.isalnum() or closer not in _APOSTROPHES and _clause_after(text, j + len(closer))


def _spaced_closer(text: str, j: int, after: str) -> bool:
    """A right double mark set apart from the quote's last word closes it: before the punctuation that ends the
    quote, after the quote's own full stop ("... verder. ” verklaart X"), or before the clause that says who spoke."""
    return not after or after in ",.;!?" or text[:j].rstrip()[-1:] in SENTENCE_PUNCT or _clause_after(text, j + 1)


_RESUMING = re.compile(r"[”\"’'],\s*(\w+)[^.!?“”\"‘’]{0,60},\s*$")
"""A closed quote, its clause of saying, and a comma: where a quote broken by its clause goes on."""


def _resumed(text: str, i: int) -> bool:
    """ "“Het is van belang”, gaat Jan voort, “en dat ...": an opening mark after the clause that broke a quote
    goes on with it, though no mark closes it before the paragraph ends.

    >>> _resumed("“Het is zo”, gaat Jan voort, “en dat", 29), _resumed("Het huis, een oud pand, “de", 24)
    (True, False)
    """
    m = _RESUMING.search(text[:i])
    return m is not None and m.group(1).lower() in SPEECH_VERBS


def _at_sentence_start(text: str, i: int) -> bool:
    before = text[:i].rstrip()
    return not before or before[-1] in SENTENCE_PUNCT + ":"


def _after_a_sentence(text: str, i: int) -> bool:
    """A sentence, or a quote that is one, ends right before offset ``i`` ("... geven?” ”Euh ...").

    >>> _after_a_sentence("Hij aarzelde. ”Euh", 14), _after_a_sentence("geven?” ”Euh", 8), _after_a_sentence("de ”Euh", 3)
    (True, True, False)
    """
    return _at_sentence_start(text, i) or re.search(r"[.!?…][”’\"»]\s*$", text[:i]) is not None


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
        if span.closed and text[span.start : span.end].rstrip()[-1:] in SENTENCE_PUNCT:
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


_WORD_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
"""An apostrophe inside a word ("GGD’en", "agenda’s"): no quote mark, so a paragraph with one may go on with a quote."""


def has_quote_mark(text: str) -> bool:
    """A quote mark stands in the text, an apostrophe inside a word being none.

    >>> has_quote_mark("De GGD’en en de regio’s."), has_quote_mark("Hij zei ‘ja’.")
    (False, True)
    """
    return re.search(r"[\"“”„‘’«»]", _WORD_APOSTROPHE.sub("", text)) is not None
