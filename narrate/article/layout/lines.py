"""Lines of input and the body units made of them: heading, paragraph, list item, block quote."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from .. import furniture
from ..letters import CAPITAL
from ..model import RemovalReason, Removed

UnitKind = Literal["heading", "paragraph", "item", "blockquote"]
"""What a piece of the body is: a heading, a paragraph, a list item or a block quote."""

HEADING: UnitKind = "heading"
PARAGRAPH: UnitKind = "paragraph"
ITEM: UnitKind = "item"
BLOCKQUOTE: UnitKind = "blockquote"


SENTENCE_END = re.compile(r"[.,;:…]$|[.!?]['’\"”»)]?$")
"""A line that ends like a sentence (or mid-sentence, at a comma or colon)."""
_CLOSING_QUOTE_END = re.compile(r"['’\"”»]$")
WORD = re.compile(r"\w+")
"""A word, for comparing texts word by word."""
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_CAPS_LABEL = re.compile(rf"[{CAPITAL}][{CAPITAL}'’-]*(?:\s+[{CAPITAL}][{CAPITAL}'’-]*){{0,3}}")
_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")


@dataclass
class Line:
    """One line of input text, or one element of an HTML page."""

    text: str
    """The line, whitespace normalised."""

    block: int
    """Number of the blank-line separated block it stands in."""

    hint: UnitKind | Literal[""] = ""
    """What the HTML markup says it is: ``heading``, ``item``, ``blockquote``, or empty."""


@dataclass
class Unit:
    """A classified piece of the body: heading, paragraph, list item or block quote."""

    kind: UnitKind
    """What the piece is."""

    text: str
    """Its text; the lines of a hard-wrapped paragraph joined with spaces."""

    block: int
    """Number of the blank-line separated block it starts in."""


@dataclass
class PageHints:
    """What an HTML page's markup and metadata say about the article."""

    title: str | None = None
    kicker: str | None = None
    byline: str | None = None
    lead: str | None = None
    subtitles: frozenset[str] = frozenset()
    """Texts (flattened) the markup sets as the headline's subtitle or intro in a paragraph: text, no subhead."""
    ranked: frozenset[str] = frozenset()
    """Subheads (flattened) the markup sets at the level of a later heading (<h2> then <h2>): the first of a run of
    chapters or entries, no standfirst where it opens the body."""
    styled: frozenset[str] = frozenset()
    """Short paragraphs (flattened) the page styles with a class of their own: its labels, no subheads."""
    untitled: bool = False
    """The page has no <h1> and does not show its <title> over its text: it names no headline, and no line is one."""
    parents: frozenset[str] = frozenset()
    """Subheads (flattened) the markup sets right over a subhead of a lower rank (<h2> over <h3>): a chapter's head
    over its first section, a heading though no text of its own stands under it."""
    unsigned_pulls: list[str] = field(default_factory=list)
    """Pull quotes the markup sets apart that repeat no body text and sign no name: someone's words kept where they
    stand, whose speaker the page does not say."""


def text_lines(text: str) -> tuple[list[Line], list[Removed]]:
    """Split text into lines with block numbers, cutting leftover HTML tags
    and reference markers."""
    removed: list[Removed] = []
    lines: list[Line] = []
    block = 0
    for raw in normalise(text).split("\n"):
        if furniture.is_spaced_menu(raw):  # told by its gaps, which the steps below close
            raw = " | ".join(furniture.menu_entries(raw))
        line, tags = furniture.strip_tags(raw)
        if tags:
            removed.append(Removed(" ".join(tags), furniture.HTML_TAG))
        line = furniture.cut_citations(line, removed)
        if line:
            lines.append(Line(line, block))
        elif not raw.strip():
            block += 1
    return lines, removed


def normalise(text: str) -> str:
    """Unify line ends and spaces, drop invisible characters, compose accents.

    >>> normalise("Zo\\u00a0gaat\\u00ad het\\r\\nverder")
    'Zo gaat het\\nverder'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _SPACES.sub(" ", text.translate(_INVISIBLE).replace("\t", "  "))  # a tab stays a gap
    return unicodedata.normalize("NFC", text)


def body_units(lines: list[Line]) -> list[Unit]:
    """The body's lines as units: hard-wrapped paragraph lines joined, headings and list items told apart."""
    units: list[Unit] = []
    verse = verse_blocks(lines)
    for n, line in enumerate(lines):
        text = line.text
        if line.hint:
            units.append(Unit(line.hint, text, line.block))
            continue
        if line.block in verse:
            if units and units[-1].kind == PARAGRAPH and units[-1].block == line.block:
                units[-1].text += " " + text
            else:
                units.append(Unit(PARAGRAPH, text, line.block))
            continue
        bullet = furniture.shape.BULLET.match(text)
        if bullet and len(text) > bullet.end() and not is_dialogue_line(text):
            units.append(Unit(ITEM, text[bullet.end() :], line.block))
        elif units and _continues(units[-1], line):
            units[-1].text += " " + text
        elif units and _wrapped_after_head(units[-1], line):
            units[-1] = Unit(PARAGRAPH, units[-1].text + " " + text, units[-1].block)
        elif is_heading_like(text) or quote_title_over_text(line, lines[n + 1] if n + 1 < len(lines) else None):
            units.append(Unit(HEADING, text, line.block))
        else:
            units.append(Unit(PARAGRAPH, text, line.block))
    return _join_turns(units)


QUOTE_TITLE_WORDS = 12
"""Words a subhead in quote marks runs to when prose follows on the very next line; free-standing, 8 (``is_heading_like``)."""


_DIALOGUE = re.compile(
    rf"\s*[—–-]\s+[{CAPITAL}\d][^\n]*?[,?!]\s+(?:[—–-]\s+)?[a-zà-ÿ]+\s+(?:[a-zà-ÿ-]+\s+)?(?:hij|zij|ze|ik|we|wij|[{CAPITAL}][\w'’-]+)\b"
)
"""A line of dialogue opened by a dash: a sentence, then its speaker said after it ("— Ik kom morgen terug, zegt
Peeters."), which a list item lacks."""


def is_dialogue_line(text: str) -> bool:
    """A dash that opens a speaker's words, not a list item: the quotes tell the verb of saying.

    >>> is_dialogue_line("— Ik kom morgen terug, zegt Peeters."), is_dialogue_line("– Volgend voorjaar, antwoordt hij.")
    (True, True)
    >>> is_dialogue_line("- een nieuwe kade voor de schepen"), is_dialogue_line("— Een fietspad langs het water")
    (False, False)
    """
    return bool(_DIALOGUE.match(text))


def quote_title_over_text(line: Line, below: Line | None) -> bool:
    """A longer line wholly in quote marks, with no stop inside them, set right on top of a paragraph of prose (no
    blank line between): a portrait's subhead in the speaker's words ("‘Vroeger zat ik aan de andere kant van de
    tafel’"). Standing alone, or over a name line, such a line is a pull quote or a standfirst.

    >>> head, prose = Line("‘Vroeger zat ik aan de andere kant van de tafel’", 1), "Mensen met een afstand tot de arbeidsmarkt helpen is haar werk, en dat doet ze al jaren."
    >>> quote_title_over_text(head, Line(prose, 1)), quote_title_over_text(head, Line(prose, 2))
    (True, False)
    """
    text, words = line.text, line.text.split()
    if below is None or below.block != line.block or not QUOTED_TERM_WORDS < len(words) <= QUOTE_TITLE_WORDS:
        return False
    if text[:1] not in "‘'\"“„«" or not _CLOSING_QUOTE_END.search(text) or re.search(r"[.!?…,;:]['’\"”»]$", text):
        return False
    return len(below.text.split()) > QUOTE_TITLE_WORDS and re.search(r"[.!?…]['’\"”»)]?$", below.text) is not None


def verse_blocks(lines: list[Line]) -> set[int]:
    """Blocks of verse (a poem's stanza): four or more short lines, each capitalised and none a sentence of
    prose's length, some ending in a stop or comma and some not. Its lines are one passage of text, never
    headings ("Er werd hard gevochten, er was verraad en bedrog" is a line of the poem).

    >>> stanza = ["Wat weet ik nu van de oorlog?", "Ik ben pas 12 jaar…", "Er werd hard gevochten, er was bedrog",
    ...           "Het is lang geleden, mijn grootouders waren daar."]
    >>> verse_blocks([Line(t, 3) for t in stanza]), verse_blocks([Line(t, 1) for t in ["Meer nieuws", "Krans gelegd", "Vuur in Kapelle"]])
    ({3}, set())
    """
    by_block: dict[int, list[Line]] = {}
    for line in lines:
        by_block.setdefault(line.block, []).append(line)
    verse = set()
    for block, members in by_block.items():
        texts = [m.text for m in members]
        if len(texts) < 4 or any(
            m.hint or len(t.split()) > 14 or not t[:1].isupper() or re.search(r"[@|·•/]|\d{3}|www\.", t)
            for m, t in zip(members, texts)
        ):
            continue  # a stanza has four lines or more; a contact or link block has addresses and numbers
        if furniture.blocks.is_list_head(texts[0]):
            continue  # "Andere artikelen in deze editie" over their titles
        stopped = sum(1 for t in texts if re.search(r"[.,;?!…][’'\"”»)]?$", t))
        if 0 < stopped < len(texts) and stopped * 3 >= len(texts):
            verse.add(block)
    return verse


def _join_turns(units: list[Unit]) -> list[Unit]:
    """A transcript pasted as text: under a speaker line in capitals ("EDWIN EVERS"), in a text
    with two such lines of which one returns, the lines of the same blank-line block are one
    turn, so one paragraph.  A single line break inside a turn is the page's <br>, not a new
    paragraph.

    >>> [u.text for u in _join_turns([Unit(PARAGRAPH, t, b) for t, b in [("AN", 0), ("Ja.", 0), ("Nee.", 0),
    ...     ("BO", 1), ("Zo.", 1), ("AN", 2), ("Goed.", 3)]])]
    ['AN', 'Ja. Nee.', 'BO', 'Zo.', 'AN', 'Goed.']
    """
    labels = [u.text for u in units if _CAPS_LABEL.fullmatch(u.text) and any(c.isalpha() for c in u.text)]
    if len(labels) == len(set(labels)) or len(set(labels)) < 2:
        return units  # no label returns, or only one does ("ADVERTENTIE" twice): no conversation
    joined: list[Unit] = []
    for unit in units:
        previous = joined[-1] if joined else None
        label = joined[-2].text if len(joined) > 1 else ""
        same_turn = previous is not None and previous.kind == unit.kind == PARAGRAPH and previous.block == unit.block
        if same_turn and label in labels and joined[-2].block == unit.block and unit.text not in labels:
            previous.text += " " + unit.text
        else:
            joined.append(unit)
    return joined


def _continues(previous: Unit, line: Line) -> bool:
    """A hard-wrapped paragraph: the line goes on mid-sentence."""
    return (
        previous.kind == PARAGRAPH
        and previous.block == line.block
        and not SENTENCE_END.search(previous.text)
        and not previous.text.endswith(("?", "!"))
        and line.text[:1].islower()
    )


WRAPPED_LINE = 45
"""Characters a hard-wrapped line has at least (text is wrapped at 60 to 80): a shorter line is a head or a label."""


def _wrapped_after_head(previous: Unit, line: Line) -> bool:
    """A hard-wrapped paragraph whose first line, short and unstopped, looked like a heading: the next
    line of its block goes on in lower case, as no paragraph under a subhead starts."""
    return (
        previous.kind == HEADING
        and not previous.text.endswith(("?", "!", ":"))
        and wraps_into(previous, line)
        and furniture.classify_line(line.text) is None  # "foto: Jan de Boer" under a caption
    )


def wraps_into(first: Line | Unit, following: Line | Unit) -> bool:
    """``following`` goes on ``first``'s hard-wrapped paragraph: the same block, in lower case, after a line
    long enough to have been wrapped."""
    return following.block == first.block and following.text[:1].islower() and len(first.text) >= WRAPPED_LINE


def is_heading_like(text: str) -> bool:
    """Short, one phrase, no closing punctuation (a question mark is fine).

    >>> is_heading_like("Gamechanger?"), is_heading_like("Rol van China")
    (True, True)
    >>> is_heading_like("De Brit vraagt zich hardop af wat ze waard zijn."), is_heading_like("en verder")
    (False, False)
    >>> is_heading_like("Veilige ‘schoolzones’"), is_heading_like("Hij zei: ‘Kom maar.’")
    (True, False)
    """
    words = text.split()
    if not words or len(words) > 12 or len(text) > 90:
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "‘'\"“„«"):
        return False
    if _CLOSING_QUOTE_END.search(text) and not (_QUOTED_TERM_END.search(text) and len(words) <= QUOTED_TERM_WORDS):
        if re.search(r"[.!…]['’\"”»]$", text) or (text[-2:-1] == "?" and len(words) > 4):
            return False
        return first in "‘'\"“„«" and len(words) <= 8
    if text.endswith("?"):
        return len(words) <= 12
    text = re.sub(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+", "", text)  # numbered headings: "2. Het plan", "1.1. Verandering"
    return not SENTENCE_END.search(text) and not text.endswith("!") and not two_sentences(text)


def two_sentences(text: str) -> bool:
    """A stop inside the line with a capital after it: two sentences, not one phrase. A stop after a lone capital is
    a name's initial ("Joan C. Williams"), no sentence's end.

    >>> two_sentences("Nieuw plan. Het kost veel"), two_sentences("Eredoctoraat voor Joan C. Williams")
    (True, False)
    """
    return any(not re.fullmatch(r"[A-Z]", m.group(1)) for m in re.finditer(r"(\S*?)[.!?]\s+[A-Z]", text))


_QUOTED_TERM_END = re.compile(r"^[^‘'\"“„«].*\s[‘“\"„'][^‘’“”\"„'.!?…,;:]{1,40}[’”\"']$")
"""A line that ends on a term in quote marks opened inside it ("Bewoners onderweg naar ‘nul op de meter’"): the
phrase around it is the writer's, no one's quoted words."""

QUOTED_TERM_WORDS = 8
"""Words a subhead ending on a term in quote marks runs to; a longer such line is as often a sentence without its stop."""

_OPENS_IN_MARKS = re.compile(r"\s*(?:[\"“”„«»‘‚']|,,)")
_CLOSES_IN_MARKS = re.compile(r"[\"”“»«’'][.!?,]?\s*$")


def in_quote_marks(text: str) -> bool:
    """A block set in quote marks of its own: one opening it or closing it. Marks inside it are no sign, since an
    apostrophe ("regio’s") or a title cited in it ("het plan ‘Gevangenissen’") leaves the block's words unmarked.

    >>> in_quote_marks("“Het gaat goed.”"), in_quote_marks("Het plan ‘Gevangenissen’ en de regio’s gaan voor.")
    (True, False)
    """
    return bool(_OPENS_IN_MARKS.match(text) or _CLOSES_IN_MARKS.search(text))


def comparable(text: str) -> str:
    """Lower-case words only: two texts that differ only in punctuation compare equal."""
    return " ".join(WORD.findall(text.lower()))


def cut_marked(lines: list[Line], marked: dict[str, RemovalReason], removed: list[Removed]) -> list[Line]:
    """The lines whose text (as ``comparable`` gives it) is marked as furniture cut, each reported with its reason."""
    keys = [comparable(line.text) for line in lines]
    removed.extend(Removed(line.text, marked[key]) for line, key in zip(lines, keys) if key in marked)
    return [line for line, key in zip(lines, keys) if key not in marked]
