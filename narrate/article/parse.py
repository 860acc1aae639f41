"""Stage 1: an article file becomes an ``Article``.

Inputs are plain text as copied from a browser (``.txt``), saved pages
(``.html``/``.htm``, or any input that is a whole HTML page) and ``-`` for
standard input, in any common encoding. The parser finds the kicker,
headline, byline, lead, summary box and sections, cuts page furniture
(recording what it cut and why) and attributes direct quotes to their
speakers.

The work is split over helper modules, one concern each::

    decoding.py    bytes -> clean text (encodings, mojibake, binary)
    html.py        HTML page -> lines with markup hints
    furniture.py   which lines are ads, credits, share buttons, ...
    layout/        lines -> kicker, title, lead, summary, sections
    people.py      names, roles and who "Shea" or "De Brit" is
    quotes/        quotes, attribution clauses, speakers
    model.py       the dataclasses handed on: Article, Section, Quote, ...
"""

from __future__ import annotations

import re
from pathlib import Path

from .html import html_article_lines, looks_like_html
from .decoding import MAX_INPUT_BYTES, DecodedText, decode_bytes, read_input, repair_text
from .letters import CAPITAL
from .layout import Layout, Line, PageHints, build_layout, text_lines
from .model import Article, Quote, Removed, Section, SummaryItem
from ..errors import InputError
from . import furniture
from .quotes import find_quotes, introduced_in_title, passage_list, runs_into_body, speaker_headings

__all__ = [
    "Article",
    "Section",
    "SummaryItem",
    "Quote",
    "Removed",
    "MAX_INPUT_BYTES",
    "load_article",
    "article_from_decoded",
    "parse_text",
    "parse_html",
    "format_outline",
    "stand_in_title",
]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


def load_article(path: str | Path) -> Article:
    """Read and parse an article file (``-`` reads standard input)."""
    data, name = read_input(str(path))
    return article_from_decoded(decode_bytes(data, name), str(path), name)


def article_from_decoded(decoded: DecodedText, path: str, name: str) -> Article:
    """Parse input already read and decoded; ``path`` decides HTML by its suffix."""
    if not decoded.text.strip():
        raise InputError(f"{name} is empty; give a file with the article's title and body")
    if Path(str(path)).suffix.lower() in HTML_SUFFIXES or looks_like_html(decoded.text):
        article = parse_html(decoded.text)
    else:
        article = _parse_plain(decoded.text)
    article.source = str(path)
    article.encoding = decoded.encoding
    return article


def parse_text(text: str) -> Article:
    """Parse article text as copied from a browser (a whole HTML page is
    recognised and extracted too)."""
    if not text.strip():
        raise InputError("the article is empty; give the article's title and body text")
    if looks_like_html(text):
        return parse_html(text)
    return _parse_plain(repair_text(text))


def parse_html(page: str) -> Article:
    """Parse a saved HTML page: extract the article, keep headings and quotes."""
    lines, hints, removed = html_article_lines(page)
    return _article(lines, removed, hints)


def _parse_plain(text: str) -> Article:
    lines, removed = text_lines(text)
    return _article(lines, removed, None)


def _article(lines: list[Line], removed: list[Removed], hints: PageHints | None) -> Article:
    layout = build_layout(lines, removed, hints)
    _lead_into_body(layout)
    sections, quotes = _without_speaker_headings(layout.sections, _quotes(layout), layout.removed)
    return Article(
        title=layout.title,
        sections=sections,
        kicker=layout.kicker,
        lead=layout.lead,
        byline=layout.byline,
        summary=layout.summary,
        quotes=quotes,
        removed=layout.removed,
    )


def _lead_into_body(layout: Layout) -> None:
    """A lead that opens a quote the body's first paragraphs carry on is the body's first paragraph: a quote runs
    over paragraphs of one part only, and a standfirst is the narrator's."""
    first = layout.sections[0] if layout.sections else None
    paragraphs = [section.paragraphs for section in layout.sections]
    if layout.lead and first is not None and first.heading is None and runs_into_body(layout.lead, paragraphs):
        first.paragraphs.insert(0, layout.lead)
        layout.lead = None


def _quotes(layout: Layout) -> list[Quote]:
    passages = passage_list(
        layout.lead,
        [item.answer for item in layout.summary],
        [section.paragraphs for section in layout.sections],
    )
    names = [(p.name, p.role) for p in layout.pull_quotes if p.name]
    names += introduced_in_title(layout.title, " ".join(p.text for p in passages))
    texts: list[tuple[str, str | None]] = [(p.text, p.name) for p in layout.pull_quotes if p.name]
    texts += [(text, None) for text in layout.unsigned_pulls]
    # A transcript's speakers may stand as section headings ("EDWIN EVERS").
    return find_quotes(passages, names, texts, [section.heading for section in layout.sections], layout.title, layout.card)


def _without_speaker_headings(
    sections: list[Section], quotes: list[Quote], removed: list[Removed]
) -> tuple[list[Section], list[Quote]]:
    """A transcript's headings that only say whose turn follows ("EDWIN EVERS", "2. Joyce Nelissen") name the
    speaker of the quote under them; read as chapter titles they would be heard as headings, so each such section
    joins the one before, its quotes moved along, and the label is reported."""
    labels = speaker_headings([section.heading for section in sections])
    if not labels:
        return sections, quotes
    merged: list[Section] = []
    moved: dict[int, tuple[int, int]] = {}  # old section -> new section, and the paragraphs before it there
    for index, section in enumerate(sections):
        if section.heading in labels:
            removed.append(Removed(section.heading, furniture.SPEAKER_LABEL))
        if section.heading in labels and merged:
            moved[index] = (len(merged) - 1, len(merged[-1].paragraphs))
            merged[-1].paragraphs.extend(section.paragraphs)
        else:
            moved[index] = (len(merged), 0)
            merged.append(Section(None if section.heading in labels else section.heading, list(section.paragraphs)))
    for quote in quotes:
        if quote.part == "body":
            quote.section, offset = moved[quote.section]
            quote.paragraph += offset
    return merged, quotes


STAND_IN_WORDS = 12
"""Words of the first sentence kept in a stand-in title: a headline's length."""


def stand_in_title(article: Article) -> str:
    """A title for an article without one: its first sentence, cut to a headline's length.

    >>> stand_in_title(Article(None, [Section(None, ["De minister legde de eed af. Daarna sprak hij."])]))
    'De minister legde de eed af'
    """
    texts = [article.lead] + [p for s in article.sections for p in s.paragraphs] + [i.answer for i in article.summary]
    text = next((t for t in texts if t and t.strip()), "") or "Zonder titel"
    sentence = re.split(rf"(?<=[.!?…])\s+(?=[{CAPITAL}0-9‘'\"“„«])", text.strip(), maxsplit=1)[0].rstrip(" .")
    words = sentence.split()
    return sentence if len(words) <= STAND_IN_WORDS else " ".join(words[:STAND_IN_WORDS]).rstrip(",;:") + "…"


def format_outline(article: Article) -> str:
    """A readable outline: title (``(no title)`` where the page has none), headings, quotes with speakers, removed lines."""
    out = [article.title or "(no title)"]
    if article.kicker:
        out[0] = f"[{article.kicker}] {out[0]}"
    if article.byline:
        out.append(f"  {article.byline}")
    if article.lead:
        out.append(f"Lead: {_short(article.lead, 100)}")
    if article.summary:
        out.append("Summary:")
        out.extend(f"  ? {item.question}  {_short(item.answer, 70)}" for item in article.summary)
    out.append("Sections:")
    for i, section in enumerate(article.sections):
        heading = section.heading if section.heading is not None else "(opening)"
        out.append(f"  {i}. {heading} ({len(section.paragraphs)} paragraphs)")
    if article.quotes:
        out.append("Quotes:")
        out.extend(f"  {_where(q)} {_quote_line(q)}" for q in article.quotes)
    if article.removed:
        out.append("Removed:")
        out.extend(f"  {r.reason}: {_short(r.text, 80)}" for r in article.removed)
    return "\n".join(out)


def _where(quote: Quote) -> str:
    if quote.part == "body":
        return f"[{quote.section}.{quote.paragraph}]"
    return f"[{quote.part}]"


def _quote_line(quote: Quote) -> str:
    text = f"“{_short(quote.text, 70)}”"
    if quote.inline:
        return f"{text} (inline{', ' + quote.speaker if quote.speaker else ''})"
    speaker = quote.speaker or "?"
    if quote.role:
        speaker += f", {quote.role}"
    return f"{text} — {speaker}"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
