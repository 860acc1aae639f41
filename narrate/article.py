"""Stage 1: an article file becomes an ``Article``.

This is the walking-skeleton parser: blocks separated by blank lines,
page furniture (ad markers, photo credits) dropped, short lines without
closing punctuation taken as section headings.
"""

from __future__ import annotations

import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import InputError

MAX_INPUT_BYTES = 5 * 1024 * 1024
"""Articles are a few tens of kB; anything this large is not an article."""


@dataclass
class Section:
    """A run of paragraphs under one heading."""

    heading: str | None
    """The section heading as written, or None for the opening section."""

    paragraphs: list[str] = field(default_factory=list)
    """Body paragraphs, furniture removed, one string each."""


@dataclass
class SummaryItem:
    """One question and answer of a summary box ("Waarover gaat het?")."""

    question: str
    answer: str


@dataclass
class Quote:
    """A direct quote found in the body."""

    text: str
    """The quote without its quote marks."""

    speaker: str | None
    """Resolved full name (or institution) of who said it, if known."""

    role: str | None
    """The speaker's role or job title, if the article gives one."""

    inline: bool
    """True for a short fragment inside a narrated sentence."""

    section: int
    """Index into ``Article.sections``."""

    paragraph: int
    """Index into that section's paragraphs."""


@dataclass
class Removed:
    """A piece of page furniture that was left out, and why."""

    text: str
    reason: str


@dataclass
class Article:
    """A parsed news article: what the listener will hear, and what was cut."""

    title: str
    """The headline."""

    sections: list[Section]
    """Body sections in reading order; the first may have no heading."""

    kicker: str | None = None
    """Genre label above the headline (e.g. ``analyse``)."""

    lead: str | None = None
    """The standfirst paragraph under the headline."""

    byline: str | None = None
    """Author and/or date line, where the page has one."""

    summary: list[SummaryItem] = field(default_factory=list)
    """Questions and answers of a summary box."""

    quotes: list[Quote] = field(default_factory=list)
    """Direct quotes with their speakers."""

    removed: list[Removed] = field(default_factory=list)
    """Furniture dropped from the page, with reasons."""

    source: str | None = None
    """Where the article came from: a path, ``-`` for stdin, or a URL."""

    def to_dict(self) -> dict:
        return asdict(self)


def load_article(path: str | Path) -> Article:
    """Read and parse an article file (``-`` reads standard input)."""
    text = _read_text(str(path))
    article = parse_text(text)
    article.source = str(path)
    return article


def parse_text(text: str) -> Article:
    """Parse article text as copied from a browser."""
    blocks, removed = _split_blocks(text)
    if not blocks:
        raise InputError("the article has no readable text; give a file with the article's title and body")
    kicker, title, rest = _take_title(blocks)
    if not rest:
        raise InputError(
            f"the article has a title ({title!r}) but no body text; copy the whole article, not just its headline"
        )
    lead, sections = _sections(rest)
    return Article(title=title, sections=sections, kicker=kicker, lead=lead, removed=removed)


def _read_text(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    else:
        data = _read_file(Path(path))
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{path} is larger than {MAX_INPUT_BYTES // 1024 // 1024} MB, which is no article; give the article's text only")
    if b"\x00" in data:
        raise InputError(f"{path} is a binary file, not an article; give a .txt or .html file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"article file {path} does not exist; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory; give an article file") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied; check the file's permissions") from None


_AD_MARKER = re.compile(r"^(advertentie|advertisement|advertising|publicité)$", re.IGNORECASE)
_CREDIT = re.compile(r"©\s*\S.*$")
_SENTENCE_END = re.compile(r"[.!:;,'’\"”)]$")


def _split_blocks(text: str) -> tuple[list[str], list[Removed]]:
    """Lines grouped into blank-line separated blocks, furniture removed."""
    removed: list[Removed] = []
    blocks: list[str] = []
    current: list[str] = []
    for raw in text.splitlines() + [""]:
        line = " ".join(raw.split())
        if _AD_MARKER.match(line):
            removed.append(Removed(line, "ad marker"))
            line = ""
        elif _CREDIT.search(line):
            removed.append(Removed(line, "photo caption with credit"))
            line = ""
        if line:
            current.append(line)
        elif current:
            blocks.extend(current)
            current = []
    return blocks, removed


def _is_heading(line: str) -> bool:
    words = line.split()
    return len(words) <= 8 and len(line) <= 70 and not _SENTENCE_END.search(line)


def _take_title(blocks: list[str]) -> tuple[str | None, str, list[str]]:
    kicker = None
    if len(blocks) > 1 and len(blocks[0].split()) == 1 and blocks[0].islower():
        kicker, blocks = blocks[0], blocks[1:]
    return kicker, blocks[0], blocks[1:]


def _sections(blocks: list[str]) -> tuple[str | None, list[Section]]:
    lead = blocks[0] if not _is_heading(blocks[0]) else None
    sections = [Section(heading=None)]
    for block in blocks:
        if _is_heading(block):
            sections.append(Section(heading=block))
        else:
            sections[-1].paragraphs.append(block)
    sections = [s for s in sections if s.paragraphs]
    if not sections:
        raise InputError("the article has headings but no paragraphs; copy the article's body text too")
    return lead, sections
