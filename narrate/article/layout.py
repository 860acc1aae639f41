"""From lines of text to the article's layout: kicker, title, byline, lead,
summary box, sections; furniture and pull quotes cut and recorded.

A browser copy has no markup, so every decision rests on the shape of a
line (short, no closing punctuation: a heading), on its neighbours (a
caption repeated above its credit, a name under a pull quote) and on
repetition (a pull quote repeats a quote in the body). An HTML page
gives hints (headings, block quotes, list items) that override the
guesswork.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from . import furniture
from .model import Removed, Section, SummaryItem
from .people import ROLE_NOUNS, looks_like_name
from ..errors import InputError

PULL_QUOTE_REACH = 15
"""How many units before or after a pull quote its original may stand."""

HEADING = "heading"
PARAGRAPH = "paragraph"
ITEM = "item"
BLOCKQUOTE = "blockquote"

GENRES = frozenset(
    """analyse opinie column interview recensie review reportage achtergrond commentaar reconstructie profiel
    portret duiding explainer liveblog nieuws podcast video essay longread verslag factcheck uitgelegd
    brief lezersbrief premium plus binnenland buitenland politiek economie sport cultuur media wetenschap
    tech klimaat regio wereld europa nederland belgië vlaanderen misdaad justitie gezondheid onderwijs
    oorlog-in-oekraïne oekraïne kort update breaking exclusief reactie""".split()
) | {"vraag en antwoord", "q&a", "het interview", "de analyse", "ingezonden brief", "oorlog in oekraïne", "het verhaal"}
"""Labels that sit above a headline."""

SUMMARY_TITLES = frozenset(
    {
        "waarover gaat het?",
        "wat moet je weten?",
        "wat je moet weten",
        "in het kort",
        "kort samengevat",
        "samengevat",
        "samenvatting",
        "het belangrijkste",
        "het belangrijkste in het kort",
        "in een notendop",
        "snel samengevat",
        "wat we weten",
        "wat weten we?",
        "wat weten we tot nu toe?",
        "in 30 seconden",
        "in één minuut",
        "kort",
        "de essentie",
        "het belangrijkste op een rij",
        "op een rij",
        "wat is er aan de hand?",
        "waar gaat het over?",
    }
)
"""Titles of summary boxes; a question title is also the box's first question."""

_SENTENCE_END = re.compile(r"[.,;:…]$|[.!?]['’\"”»)]?$")
_CLOSING_QUOTE_END = re.compile(r"['’\"”»]$")
_BULLET = re.compile(r"^(?:[•·▪►◦‣∙*]|[-–—](?=\s))\s*")
_WORD = re.compile(r"\w+")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")

_MONTHS = r"(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct|nov(?:ember)?|dec(?:ember)?)"
_DATE = re.compile(
    rf"\b\d{{1,2}}\.?\s+{_MONTHS}\.?(?:\s+'?\d{{2,4}})?\b|\b\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    r"|\b(?:vandaag|gisteren|eergisteren)\b|\b\d{1,2}[:.u]\d{2}\b",
    re.IGNORECASE,
)
_DATE_FILLER = re.compile(
    rf"{_DATE.pattern}|\b(?:gepubliceerd|bijgewerkt|aangepast|geüpdatet|update|laatste|gewijzigd|verschenen|geplaatst|op|om|uur|u|en|"
    r"ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|nos|nieuws|vrt|nws|"
    r"leestijd|min|minuten|\d+)\b\.?|[•·|,:–—-]",
    re.IGNORECASE,
)
_AUTHOR = re.compile(
    r"^(?i:door|van onze (?:redacteur|correspondent|verslaggever|medewerker)s?|tekst(?: en beeld)?:?|geschreven door|gepubliceerd door|auteur:?|by|redactie:?)\s+"
    r"(?:[A-ZÀ-Þ]|onze\b|de redactie\b)",
)


@dataclass
class Line:
    """One line of input text, or one element of an HTML page."""

    text: str
    """The line, whitespace normalised."""

    block: int
    """Number of the blank-line separated block it stands in."""

    hint: str = ""
    """What the HTML markup says it is: ``heading``, ``item``, ``blockquote``, or empty."""


@dataclass
class Unit:
    """A classified piece of the body: heading, paragraph, list item or block quote."""

    kind: str
    text: str
    block: int


@dataclass
class PullQuote:
    """A pull quote that was cut, and who it names as its speaker."""

    text: str
    name: str | None
    role: str | None


@dataclass
class Layout:
    """The article's parts before quotes are looked at."""

    title: str
    kicker: str | None
    byline: str | None
    lead: str | None
    summary: list[SummaryItem]
    sections: list[Section]
    removed: list[Removed]
    pull_quotes: list[PullQuote] = field(default_factory=list)


@dataclass
class PageHints:
    """What an HTML page's markup and metadata say about the article."""

    title: str | None = None
    kicker: str | None = None
    byline: str | None = None
    lead: str | None = None


def text_lines(text: str) -> tuple[list[Line], list[Removed]]:
    """Split text into lines with block numbers, cutting leftover HTML tags
    and reference markers."""
    removed: list[Removed] = []
    lines: list[Line] = []
    block = 0
    for raw in normalise(text).split("\n"):
        line, tags = furniture.strip_tags(raw)
        if tags:
            removed.append(Removed(" ".join(tags), furniture.HTML_TAG))
        line, cites = furniture.strip_citations(line)
        for cite in cites:
            removed.append(
                Removed(cite, furniture.EDIT_LINK if "bewerk" in cite or "edit" in cite else furniture.CITATION)
            )
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
    text = _SPACES.sub(" ", text.translate(_INVISIBLE))
    return unicodedata.normalize("NFC", text)


def build_layout(lines: list[Line], removed: list[Removed], hints: PageHints | None = None) -> Layout:
    """Find the article's parts in its lines."""
    hints = hints or PageHints()
    lines = _drop_furniture(lines, removed)
    if not lines and not hints.title:
        raise InputError("the article has no readable text; give a file with the article's title and body")
    kicker, title, byline, lines = _take_header(lines, hints)
    if not hints.title and len(title) > MAX_TITLE_CHARS and title.rstrip("\"'”’»)").endswith("."):
        # Headlines do not end in a full stop and are rarely over 150 characters; paragraphs do and are.
        raise InputError(f"the article seems to have no title: its first line is a paragraph ({_clipped(title)}); "
                         "put the headline on a line of its own at the top")
    units = _units(lines)
    units, end_byline = _take_end_byline(units)
    byline = byline or end_byline
    units = _drop_reference_sections(units, removed)
    summary, units = _take_summary(units)
    pull_quotes, units = _take_pull_quotes(units, removed)
    lead, units = _take_lead(units, hints.lead)
    sections = _sections(units, removed)
    if not sections and lead is None:
        raise InputError(
            f"the article has a title ({_clipped(title)}) but no body text; copy the whole article, not just its headline"
        )
    return Layout(title, kicker, byline, lead, summary, sections, removed, pull_quotes)


MAX_TITLE_CHARS = 150
"""Longer than any headline in the test articles (the longest is 136), shorter than most paragraphs."""


def _clipped(text: str, limit: int = 60) -> str:
    """``text`` quoted for an error message, cut short: the message must stay one readable line."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


# --- furniture -------------------------------------------------------------


def _drop_furniture(lines: list[Line], removed: list[Removed]) -> list[Line]:
    kept: list[Line] = []
    skip_next_in_block = None
    toc = _table_of_contents(lines)
    for i, line in enumerate(lines):
        text = line.text
        if i in toc:
            removed.append(Removed(text, furniture.NAVIGATION))
            continue
        reason = furniture.classify_line(text) if line.hint != HEADING or len(text.split()) <= 3 else None
        if skip_next_in_block is not None:
            if reason is None and _is_related_title(line, skip_next_in_block):
                removed.append(Removed(text, furniture.RELATED))
                if line.block != skip_next_in_block or len(text.split()) > 4:
                    skip_next_in_block = None
                continue
            skip_next_in_block = None
        if reason == furniture.CREDIT and _is_paragraph_with_credit(text):
            # "... zegt hij. (Foto: Belga)": keep the paragraph, cut the credit.
            body = _caption_part(text)
            removed.append(Removed(text[len(body) :].strip(), furniture.CREDIT))
            kept.append(Line(body, line.block, line.hint))
            continue
        if reason == furniture.CREDIT:
            reason = _credit_or_caption(line, kept, removed)
        elif reason is None and _repeats_next_caption(line, lines[i + 1 : i + 2]):
            reason = furniture.CAPTION
        if reason is None:
            kept.append(line)
            continue
        removed.append(Removed(text, reason))
        if reason == furniture.RELATED and furniture.is_related_head(text):
            skip_next_in_block = line.block
    return kept


def _table_of_contents(lines: list[Line]) -> set[int]:
    """Numbered lines ("1 Geschiedenis", "2.1 Bouw") that repeat a later heading."""
    later = {line.text.lower() for line in lines}
    toc = set()
    for i, line in enumerate(lines):
        m = re.match(r"^\d+(?:\.\d+)*\.?\s+(\S.{0,60})$", line.text)
        if m and m.group(1).lower() in later:
            toc.add(i)
    return toc


def _is_related_title(line: Line, block: int) -> bool:
    """The link text under a bare "Lees ook": same block, or a headline-like line."""
    if line.block == block:
        return True
    words = line.text.split()
    return not _SENTENCE_END.search(line.text) and (
        len(words) > 5 or ":" in line.text or bool(re.search(r"['‘’\"“”]", line.text))
    )


def _credit_or_caption(line: Line, kept: list[Line], removed: list[Removed]) -> str:
    """A credit with caption text before it is a caption; a bare credit
    also takes the caption just above it in the same block."""
    caption = _caption_part(line.text)
    if caption:
        if kept and _same_caption(kept[-1].text, caption):
            removed.append(Removed(kept.pop().text, furniture.CAPTION))
        return furniture.CAPTION
    if kept and kept[-1].block == line.block and len(kept[-1].text.split()) <= 40 and kept[-1].hint != HEADING:
        removed.append(Removed(kept.pop().text, furniture.CAPTION))
    return furniture.CREDIT


def _is_paragraph_with_credit(text: str) -> bool:
    body = _caption_part(text)
    return len(body.split()) > 30 and len(re.findall(r"[.!?]\s+[A-Z‘'\"“„«]", body)) >= 1


def _caption_part(text: str) -> str:
    m = re.search(r"\s*(?:©|\(c\)|\(?(?:foto|beeld|photo|image)\b)", text, re.IGNORECASE)
    return text[: m.start()].strip() if m else ""


def _same_caption(previous: str, caption: str) -> bool:
    return previous == caption or (len(previous) > 20 and caption.startswith(previous))


def _repeats_next_caption(line: Line, following: list[Line]) -> bool:
    """A caption line repeated just below with its credit appended."""
    if not following or not furniture.has_credit(following[0].text):
        return False
    return _same_caption(line.text, _caption_part(following[0].text))


# --- header ----------------------------------------------------------------


def _take_header(lines: list[Line], hints: PageHints) -> tuple[str | None, str, str | None, list[Line]]:
    kicker = hints.kicker
    bylines: list[str] = [hints.byline] if hints.byline else []
    rest = list(lines)
    while rest and _is_byline(rest[0].text):
        bylines.append(rest.pop(0).text)
    if hints.title:
        title = hints.title
        if rest and _norm(rest[0].text) == _norm(title):
            rest.pop(0)
    else:
        if len(rest) > 1 and kicker is None and _is_kicker(rest[0].text, rest[1].text):
            kicker = rest.pop(0).text.strip(" |:")
        if not rest:
            raise InputError("the article has no readable text; give a file with the article's title and body")
        title = rest.pop(0).text
        kicker, title = _split_label(kicker, title)
    while rest and len(bylines) < 4 and (_is_byline(rest[0].text) or _is_author_name(rest, bylines)):
        bylines.append(rest.pop(0).text)
    byline = " · ".join(dict.fromkeys(bylines)) or None
    return kicker, title, byline, rest


def _is_kicker(first: str, second: str | None) -> bool:
    words = first.split()
    if len(words) > 4 or len(first) > 40 or _SENTENCE_END.search(first) or first.endswith("?"):
        return False
    if first.strip(" |:").lower() in GENRES:
        return True
    if second is None or len(words) > 3:
        return False
    return len(second.split()) >= 4 and len(second.split()) > len(words) and not second.endswith(".")


def _split_label(kicker: str | None, title: str) -> tuple[str | None, str]:
    """ "ANALYSE | Poetin tergt Westen" puts its label in the kicker."""
    m = re.match(r"^([\w ]{3,25}?)\s*[|:]\s+(\S.*)$", title)
    if kicker is None and m and m.group(1).lower() in GENRES:
        return m.group(1), m.group(2)
    return kicker, title


def _is_byline(text: str) -> bool:
    """An author or date line.

    >>> _is_byline("Door Jan Peeters en Els Jacobs"), _is_byline("za 16 nov 2024 om 06:00")
    (True, True)
    >>> _is_byline("Door de inschakeling van Noord-Koreaanse militairen heeft de oorlog een nieuwe dimensie.")
    False
    """
    words = text.split()
    if len(words) > 14:
        return False
    if _AUTHOR.match(text) and not re.search(r"\w{3,}\.$", text):
        return True
    if _DATE.search(text) and not text.endswith("."):
        leftover = _DATE_FILLER.sub(" ", text).split()
        return len(leftover) <= 3
    return False


def _is_author_name(rest: list[Line], bylines: list[str]) -> bool:
    """A bare author name under the headline (VRT NWS, De Standaard), given
    that a date line sits next to it."""
    text = rest[0].text
    names = [n for n in re.split(r"\s*(?:,|\ben\b|&)\s*", text) if n]
    if not names or not all(looks_like_name(n) for n in names):
        return False
    follows_date = len(rest) > 1 and _is_byline(rest[1].text)
    return follows_date or bool(bylines)


def _take_end_byline(units: list[Unit]) -> tuple[list[Unit], str | None]:
    if units and _AUTHOR.match(units[-1].text) and len(units[-1].text.split()) <= 10:
        return units[:-1], units[-1].text
    return units, None


# --- body units ----------------------------------------------------------------


def _units(lines: list[Line]) -> list[Unit]:
    units: list[Unit] = []
    for line in lines:
        text = line.text
        if line.hint:
            units.append(Unit(line.hint, text, line.block))
            continue
        bullet = _BULLET.match(text)
        if bullet and len(text) > bullet.end():
            units.append(Unit(ITEM, text[bullet.end() :], line.block))
        elif units and _continues(units[-1], line):
            units[-1].text += " " + text
        elif is_heading_like(text):
            units.append(Unit(HEADING, text, line.block))
        else:
            units.append(Unit(PARAGRAPH, text, line.block))
    return units


def _continues(previous: Unit, line: Line) -> bool:
    """A hard-wrapped paragraph: the line goes on mid-sentence."""
    return (
        previous.kind == PARAGRAPH
        and previous.block == line.block
        and not _SENTENCE_END.search(previous.text)
        and not previous.text.endswith(("?", "!"))
        and line.text[:1].islower()
    )


def is_heading_like(text: str) -> bool:
    """Short, one phrase, no closing punctuation (a question mark is fine).

    >>> is_heading_like("Gamechanger?"), is_heading_like("Rol van China")
    (True, True)
    >>> is_heading_like("De Brit vraagt zich hardop af wat ze waard zijn."), is_heading_like("en verder")
    (False, False)
    """
    words = text.split()
    if not words or len(words) > 12 or len(text) > 90:
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "‘'\"“„«"):
        return False
    if _CLOSING_QUOTE_END.search(text):
        if re.search(r"[.!…]['’\"”»]$", text) or (text[-2:-1] == "?" and len(words) > 4):
            return False
        return first in "‘'\"“„«" and len(words) <= 8
    if text.endswith("?"):
        return len(words) <= 12
    text = re.sub(r"^\d{1,2}\.\s+", "", text)  # numbered headings: "2. Het plan"
    return not _SENTENCE_END.search(text) and not text.endswith("!") and not re.search(r"[.!?]\s+[A-Z]", text)


def _drop_reference_sections(units: list[Unit], removed: list[Removed]) -> list[Unit]:
    for i, unit in enumerate(units):
        if unit.kind == HEADING and furniture.is_reference_heading(unit.text) and i > len(units) // 3:
            removed.extend(Removed(u.text, furniture.REFERENCES) for u in units[i:])
            return units[:i]
    return units


# --- summary box ---------------------------------------------------------------


def _take_summary(units: list[Unit]) -> tuple[list[SummaryItem], list[Unit]]:
    for i, unit in enumerate(units):
        if unit.kind != HEADING:
            continue
        end, items = _summary_at(units, i)
        if items and _paragraph_count(units[:i] + units[end:]) >= 2:
            return items, units[:i] + units[end:]
    return [], units


def _summary_at(units: list[Unit], i: int) -> tuple[int, list[SummaryItem]]:
    titled = units[i].text.lower() in SUMMARY_TITLES
    if titled and not units[i].text.endswith("?"):
        return _bullet_box(units, i)
    items: list[SummaryItem] = []
    j = i
    while (
        j + 1 < len(units)
        and units[j].kind == HEADING
        and units[j].text.endswith("?")
        and units[j + 1].kind == PARAGRAPH
        and len(units[j + 1].text.split()) <= 80
    ):
        items.append(SummaryItem(units[j].text, units[j + 1].text))
        j += 2
    if titled and items:
        return j, items
    if len(items) >= 2 and all(len(item.question.split()) >= 3 for item in items):
        return j, items
    return i, []


def _bullet_box(units: list[Unit], i: int) -> tuple[int, list[SummaryItem]]:
    j = i + 1
    bullets = []
    while j < len(units) and (
        units[j].kind == ITEM or (units[j].block == units[i].block and units[j].kind == PARAGRAPH)
    ):
        bullets.append(units[j].text if re.search(r"[.!?]$", units[j].text) else units[j].text + ".")
        j += 1
    if not bullets:
        return i, []
    return j, [SummaryItem(units[i].text, " ".join(bullets))]


def _paragraph_count(units: list[Unit]) -> int:
    return sum(1 for u in units if u.kind in (PARAGRAPH, ITEM, BLOCKQUOTE))


# --- pull quotes ---------------------------------------------------------------


def _take_pull_quotes(units: list[Unit], removed: list[Removed]) -> tuple[list[PullQuote], list[Unit]]:
    pulls: list[PullQuote] = []
    cut: set[int] = set()
    body_text = " ".join(u.text for u in units)
    for i, unit in enumerate(units):
        if i in cut or unit.kind not in (PARAGRAPH, BLOCKQUOTE) or len(unit.text.split()) > 60:
            continue
        repeated = _repeats_elsewhere(units, i, cut)
        name_at = i + 1 if i + 1 < len(units) and _is_speaker_line(units[i + 1], body_text) else None
        if not repeated and name_at is None:
            continue
        if not repeated and (len(unit.text.split()) > 45 or _has_own_attribution(unit.text)):
            continue
        if repeated == "duplicate" and name_at is None:
            removed.append(Removed(unit.text, furniture.DUPLICATE))
            cut.add(i)
            continue
        removed.append(Removed(unit.text, furniture.PULL_QUOTE))
        cut.add(i)
        name = role = None
        if name_at is not None:
            name, role = _speaker_line(units[name_at].text)
            removed.append(Removed(units[name_at].text, furniture.PULL_SPEAKER))
            cut.add(name_at)
            role_at = name_at + 1
            if role is None and role_at < len(units) and _is_role_line(units[role_at], units[name_at]):
                role = units[role_at].text
                removed.append(Removed(role, furniture.PULL_ROLE))
                cut.add(role_at)
        pulls.append(PullQuote(_strip_marks(unit.text), name, role))
    return pulls, [u for i, u in enumerate(units) if i not in cut]


def _repeats_elsewhere(units: list[Unit], i: int, cut: set[int]) -> str | None:
    """``pull`` when another paragraph says (nearly) the same, ``duplicate``
    when an earlier one says exactly the same."""
    words = _WORD.findall(units[i].text.lower())
    if len(words) < 6:
        return None
    # A pull quote stands near the quote it repeats; looking further only costs time.
    for j in range(max(0, i - PULL_QUOTE_REACH), min(len(units), i + PULL_QUOTE_REACH + 1)):
        other = units[j]
        if j == i or j in cut or other.kind not in (PARAGRAPH, BLOCKQUOTE, ITEM):
            continue
        other_words = _WORD.findall(other.text.lower())
        if words == other_words:
            return "duplicate" if j < i else None
        if len(other_words) < len(words) * 0.8:
            continue
        if containment(words, other_words) >= 0.6 and _shared_content_words(words, other_words) >= 4:
            return "pull"
    return None


def containment(words: list[str], other: list[str]) -> float:
    """Share of ``words`` found, in order, in ``other`` (0.0 when under half).

    >>> containment("de wereld ziet er anders uit".split(), "zegt hij de wereld ziet er nu anders uit".split())
    1.0
    """
    if not words:
        return 0.0
    others = set(other)
    if sum(1 for w in words if w in others) < len(words) * 0.5:
        return 0.0  # cheap bound: an ordered match cannot beat the unordered one
    matcher = SequenceMatcher(None, words, other, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(words)


def _shared_content_words(words: list[str], other: list[str]) -> int:
    """Longer words two passages share: "alinea van het stuk" is no repetition."""
    return len({w for w in words if len(w) >= 4} & set(other))


def _is_speaker_line(unit: Unit, body_text: str) -> bool:
    if unit.kind not in (HEADING, PARAGRAPH) or len(unit.text.split()) > 12:
        return False
    name, _role = _speaker_line(unit.text)
    if not name or not looks_like_name(name):
        return False
    surname = name.split()[-1]
    return body_text.count(surname) >= 2


def _speaker_line(text: str) -> tuple[str | None, str | None]:
    """Name and role from a pull quote's signature line.

    >>> _speaker_line("— Jamie Shea, ex-NAVO-topman")
    ('Jamie Shea', 'ex-NAVO-topman')
    >>> _speaker_line("James Appathurai")
    ('James Appathurai', None)
    """
    text = re.sub(r"^[-–—~]+\s*", "", text).strip()
    m = re.match(r"^([^,(|]+?)\s*(?:[,|]\s*|\(\s*)(.+?)\)?$", text)
    if m:
        return m.group(1), m.group(2)
    return text, None


def _is_role_line(unit: Unit, name_unit: Unit) -> bool:
    text = unit.text
    if unit.kind != HEADING or text.endswith("?") or len(text.split()) > 8:
        return False
    if unit.block == name_unit.block:
        return True
    tokens = re.split(r"[\s-]+", text.lower())
    return any(token in ROLE_NOUNS for token in tokens) or text[:1].islower()


def _has_own_attribution(text: str) -> bool:
    return bool(re.search(r"['’\"”],?\s+(?:zegt|zei|aldus|vertelt|vertelde|stelt|stelde)\b", text))


def _strip_marks(text: str) -> str:
    return text.strip("'‘’\"“”„«» ")


# --- lead and sections ---------------------------------------------------------


def _take_lead(units: list[Unit], hinted: str | None) -> tuple[str | None, list[Unit]]:
    if hinted:
        return hinted, [u for u in units if _norm(u.text) != _norm(hinted)]
    if not units or units[0].kind != PARAGRAPH or len(units[0].text.split()) > 120:
        return None, units
    if _paragraph_count(units[1:]) < 1:
        return None, units
    return units[0].text, units[1:]


def _sections(units: list[Unit], removed: list[Removed]) -> list[Section]:
    sections = [Section(heading=None)]
    for unit in units:
        if unit.kind == HEADING:
            sections.append(Section(heading=unit.text))
        else:
            sections[-1].paragraphs.append(unit.text)
    kept: list[Section] = []
    for section in sections:
        if section.paragraphs:
            kept.append(section)
        elif section.heading is not None and len(section.heading.split()) > 4 and kept:
            # A long line with nothing under it is text, not a heading.
            kept[-1].paragraphs.append(section.heading)
        elif section.heading is not None:
            removed.append(Removed(section.heading, furniture.EMPTY_HEADING))
    return kept


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))
