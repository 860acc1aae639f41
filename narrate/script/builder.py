"""Stage 2: articles become a ``Script`` written for the ear.

A script is what will be spoken, in order: chapters of segments, each
segment with its text as written, its text as spoken and a voice slot.
Voice slots (``narrator``, ``quote-1``, …) are mapped to real voices at
render time, so a script stays valid whichever voices are installed.

Pauses belong to the script: each segment carries the silence after it,
so an editor can lengthen one pause by editing the script, and assembly
lays out exactly what the script says.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field

from ..article import Article, Quote, Section, byline_authors, stand_in_title
from .speech import DEFAULT_LANGUAGE

NARRATOR = "narrator"
"""Voice slot of the narrator."""

QUOTE_MARKS = "'\"‘’‚“”„«»‹›`´,"
"""Characters that open or close a quote, including ``,,`` and ``''`` pairs."""


class Role(str, enum.Enum):
    """What a segment is, which decides its voice and pauses."""

    NARRATOR = "narrator"
    QUOTE = "quote"
    HEADING = "heading"


INTRO = "Intro"
"""The first chapter's title: the programme, the date and the headline(s)."""
OUTRO = "Outro"
"""The closing chapter's title: the credits (each article's headline and authors) and the sign-off."""


@dataclass
class Segment:
    """One stretch of speech by one voice."""

    role: Role
    """Narration, a quote, or a spoken heading."""

    text: str
    """The text as written in the article."""

    spoken: str
    """The text as the voice will say it (normalised for speech)."""

    voice: str = NARRATOR
    """Voice slot that speaks it: ``narrator`` or ``quote-N``."""

    speaker: str | None = None
    """Who said it, for quotes."""

    pause_ms: int = 600
    """Silence after this segment, in milliseconds."""


@dataclass
class Chapter:
    """A titled part of the episode; briefings nest articles' sections inside."""

    title: str
    """Chapter title as shown in podcast apps."""

    segments: list[Segment] = field(default_factory=list)
    """What is spoken in this chapter, before any sub-chapters."""

    chapters: list[Chapter] = field(default_factory=list)
    """Sub-chapters (the sections of one article in a briefing)."""


@dataclass
class Script:
    """Everything that will be spoken in one episode, with its metadata."""

    title: str
    """Episode title."""

    date: dt.date
    """Publication date of the episode."""

    chapters: list[Chapter]
    """Top-level chapters in order."""

    programme: str = "narrate"
    """Name of the podcast programme."""

    language: str = DEFAULT_LANGUAGE
    """Language and variant of the speech (``nl-BE`` or ``nl-NL``)."""

    source: str | None = None
    """Where the article came from (the first article's, for a briefing)."""

    warnings: tuple[str, ...] = field(default=(), compare=False)
    """What the user should know about how the script was made (a title made up for an article without one);
    not part of the script's JSON."""

    def segments(self) -> list[Segment]:
        """All segments in speaking order, through nested chapters."""
        return [seg for chapter in self.chapters for seg in _chapter_segments(chapter)]

    def to_dict(self) -> dict:
        data = asdict(self)
        del data["warnings"]
        data["date"] = self.date.isoformat()
        _roles_to_str(data["chapters"])
        return data


def _chapter_segments(chapter: Chapter) -> list[Segment]:
    return chapter.segments + [seg for sub in chapter.chapters for seg in _chapter_segments(sub)]


def _roles_to_str(chapters: list[dict]) -> None:
    for chapter in chapters:
        for segment in chapter["segments"]:
            segment["role"] = Role(segment["role"]).value
        _roles_to_str(chapter["chapters"])


@dataclass(frozen=True)
class Pauses:
    """Silences the script puts after segments, in milliseconds."""

    clause_ms: int = 250
    """After narration that runs on into a quote within one paragraph."""

    paragraph_ms: int = 600
    """After the last segment of a paragraph."""

    heading_ms: int = 700
    """After a spoken heading."""

    quote_ms: int = 450
    """After a quote, before the narrator picks up again."""

    chapter_ms: int = 1200
    """After the last segment of a chapter."""


@dataclass(frozen=True)
class ScriptOptions:
    """How articles are turned into a script."""

    programme: str = "narrate"
    """Programme name, spoken in the intro and outro."""

    title: str | None = None
    """Episode title; None uses the article's title (or a briefing title)."""

    date: dt.date | None = None
    """Episode date; None means today in Brussels."""

    language: str = DEFAULT_LANGUAGE
    """``nl-BE`` (Flemish) or ``nl-NL`` (Dutch) speech."""

    summary: bool = True
    """Read the summary box (questions and answers) after the lead."""

    intro: bool = True
    """Open with the programme, the date and the headline(s)."""

    outro: bool = True
    """Close with the source and credits."""

    pauses: Pauses = field(default_factory=Pauses)
    """Silences between segments."""


Normalizer = Callable[[str], str]
"""Text as written → text as spoken."""


def build_script(articles: list[Article], options: ScriptOptions, speak: Normalizer) -> Script:
    """One article: intro, summary, one chapter per section, outro.

    Several articles make a briefing: the intro lists the headlines and each
    article becomes a top-level chapter with its sections nested inside.
    """
    date = options.date or dt.date.today()
    writer = _ScriptWriter(options, speak)
    writer.single = len(articles) == 1
    if len(articles) == 1:
        body = writer.article_chapters(articles[0])
        title = options.title or writer.headline(articles[0])  # --title names the episode, whatever the headline
    else:
        body = [writer.briefing_chapter(article) for article in articles]
        title = options.title or f"{options.programme}: {say_headlines_title(articles)}"
    chapters = []
    if options.intro:
        chapters.append(writer.intro(articles, date))
    chapters += body
    if options.outro:
        chapters.append(writer.outro(articles))
    _end_chapters(chapters, options.pauses)
    return Script(title=title, date=date, chapters=chapters, programme=options.programme,
                  language=options.language, source=articles[0].source if len(articles) == 1 else None,
                  warnings=tuple(writer.untitled))


def say_headlines_title(articles: list[Article]) -> str:
    """A briefing's title: its first headlines, shortened.

    >>> say_headlines_title([Article("Eerste", []), Article("Tweede", []), Article("Derde", [])])
    'Eerste, Tweede en Derde'
    """
    titles = [a.title or stand_in_title(a) for a in articles[:3]]
    joined = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " en " + titles[-1]
    return joined + (" en meer" if len(articles) > 3 else "")


def _end_chapters(chapters: list[Chapter], pauses: Pauses) -> None:
    """The last segment of every chapter gets the longer chapter pause."""
    for chapter in chapters:
        _end_chapters(chapter.chapters, pauses)
        if chapter.segments and not chapter.chapters:
            chapter.segments[-1].pause_ms = max(chapter.segments[-1].pause_ms, pauses.chapter_ms)


class _ScriptWriter:
    """Turns parsed articles into chapters; remembers the quote voices handed out."""

    def __init__(self, options: ScriptOptions, speak: Normalizer):
        self.options = options
        self.pauses = options.pauses
        self.speak = speak
        self.quote_slots: dict[str | None, str] = {}
        self.introduced: set[str] = set()
        self.untitled: list[str] = []
        self.single = False

    def headline(self, article: Article) -> str:
        """The article's title; for one without (a paste that starts with its body) --title, else its first sentence.

        A made-up title is reported once in ``untitled``: the user should know, and may give --title.
        """
        given = self.options.title if self.single else None
        if article.title or given:
            return article.title or given
        title = stand_in_title(article)
        note = (f"{article.source or 'the article'}: no headline found; called it '{title}' after its first sentence"
                + (" (name it with --title)" if self.single else ""))
        if note not in self.untitled:
            self.untitled.append(note)
        return title

    def segment(self, role: Role, text: str, pause_ms: int, voice: str = NARRATOR, speaker: str | None = None) -> Segment:
        text = " ".join(text.split())
        return Segment(role=role, text=text, spoken=self.speak(text), voice=voice, speaker=speaker, pause_ms=pause_ms)

    def intro(self, articles: list[Article], date: dt.date) -> Chapter:
        from .normalize import say_date

        welcome = f"Welkom bij {self.options.programme}. Het is {say_date(date, self.options.language)}."
        segments = [self.segment(Role.NARRATOR, welcome, self.pauses.paragraph_ms)]
        if len(articles) == 1 and (articles[0].title or self.options.title):
            segments.append(self.segment(Role.HEADING, self.headline(articles[0]), self.pauses.heading_ms))
        elif len(articles) > 1:
            segments.append(self.segment(Role.NARRATOR, "Vandaag in deze briefing:", self.pauses.clause_ms))
            segments += [self.segment(Role.HEADING, self.headline(a), self.pauses.clause_ms) for a in articles]
        return Chapter(title=INTRO, segments=segments)

    def outro(self, articles: list[Article]) -> Chapter:
        lines = [f"Dat was {self.options.programme}."]
        for article in articles:
            credit = f"U hoorde: {self.headline(article)}"
            authors = byline_authors(article.byline) if article.byline else None
            credit += f", door {authors}." if authors else "."  # a byline's date is no author
            lines.append(credit)
        lines.append("Deze aflevering werd voorgelezen door een computerstem, gemaakt met narrate en Piper.")
        segments = [self.segment(Role.NARRATOR, line, self.pauses.paragraph_ms) for line in lines]
        return Chapter(title=OUTRO, segments=segments)

    def article_chapters(self, article: Article) -> list[Chapter]:
        chapters = []
        summary = self.summary(article)
        if summary.segments:
            chapters.append(summary)
        for index, section in enumerate(article.sections):
            chapters.append(self.section_chapter(article, index, section))
        return chapters

    def briefing_chapter(self, article: Article) -> Chapter:
        title = self.headline(article)
        heading = self.segment(Role.HEADING, title, self.pauses.heading_ms)
        return Chapter(title=title, segments=[heading], chapters=self.article_chapters(article))

    def summary(self, article: Article) -> Chapter:
        segments = []
        if article.lead:
            segments.append(self.segment(Role.NARRATOR, article.lead, self.pauses.paragraph_ms))
        if self.options.summary:
            for item in article.summary:
                segments.append(self.segment(Role.HEADING, item.question, self.pauses.heading_ms))
                segments.append(self.segment(Role.NARRATOR, item.answer, self.pauses.paragraph_ms))
        return Chapter(title="In het kort", segments=segments)

    def section_chapter(self, article: Article, index: int, section: Section) -> Chapter:
        title = section.heading or self.headline(article)
        segments = [self.segment(Role.HEADING, section.heading, self.pauses.heading_ms)] if section.heading else []
        for number, paragraph in enumerate(section.paragraphs):
            quotes = [q for q in article.quotes if q.section == index and q.paragraph == number and not q.inline]
            segments += self.paragraph(paragraph, quotes, segments)
        return Chapter(title=title, segments=segments)

    def paragraph(self, paragraph: str, quotes: list[Quote], before: list[Segment]) -> list[Segment]:
        pieces = list(split_quotes(paragraph, quotes))
        segments: list[Segment] = []
        for position, (text, quote) in enumerate(pieces):
            if quote is None:
                segments.append(self.segment(Role.NARRATOR, text, self.pauses.clause_ms))
                continue
            following = pieces[position + 1][0] if position + 1 < len(pieces) else ""
            if not _attributed_nearby(quote, before + segments, following):
                segments.append(self.segment(Role.NARRATOR, self.announcement(quote), self.pauses.clause_ms))
            segments.append(self.segment(Role.QUOTE, text, self.pauses.quote_ms, self.quote_slot(quote.speaker), quote.speaker))
        if segments:
            segments[-1].pause_ms = max(segments[-1].pause_ms, self.pauses.paragraph_ms)
        return segments

    def announcement(self, quote: Quote) -> str:
        """``Name, role:`` the first time a speaker is announced, ``Name:`` after that."""
        speaker = quote.speaker or ""
        first = speaker not in self.introduced
        self.introduced.add(speaker)
        return f"{speaker}, {quote.role}:" if quote.role and first else f"{speaker}:"

    def quote_slot(self, speaker: str | None) -> str:
        """Speakers get quote voices in order of first appearance."""
        if speaker not in self.quote_slots:
            self.quote_slots[speaker] = f"quote-{len(self.quote_slots) + 1}"
        return self.quote_slots[speaker]


def split_quotes(paragraph: str, quotes: list[Quote]) -> Iterator[tuple[str, Quote | None]]:
    """Cut a paragraph into narration and the full quotes inside it.

    Quote marks are dropped (the voice change marks the quote) and so is
    punctuation left dangling at a cut, such as the comma before ``zegt``.

    >>> q = Quote("De wereld ziet er vandaag helemaal anders uit", "Jamie Shea", None, False, 0, 0)
    >>> [(text, quote is not None) for text, quote in split_quotes(
    ...     "'De wereld ziet er vandaag helemaal anders uit', zegt Jamie Shea.", [q])]
    [('De wereld ziet er vandaag helemaal anders uit.', True), ('zegt Jamie Shea.', False)]
    """
    cursor = 0
    for quote in sorted(quotes, key=lambda q: q.start):
        start, end = _quote_span(paragraph, quote, cursor)
        if start < 0:
            continue  # the parser's text differs from the paragraph; keep it as narration
        narration = _trim(paragraph[cursor:start])
        if narration:
            yield narration, None
        yield _as_sentence(quote.text), quote
        cursor = end
    rest = _trim(paragraph[cursor:])
    if rest:
        yield rest, None


def _quote_span(paragraph: str, quote: Quote, cursor: int) -> tuple[int, int]:
    """Where the quote stands: the parser's offsets, or a search when it gave none."""
    if cursor <= quote.start < quote.end <= len(paragraph):
        return quote.start, quote.end
    start = paragraph.find(quote.text, cursor)
    return start, start + len(quote.text)


def _trim(text: str) -> str:
    text = text.strip().strip(QUOTE_MARKS).strip()
    return text.lstrip(",;").strip()


def _as_sentence(text: str) -> str:
    """A quote spoken on its own needs closing punctuation for its intonation."""
    text = text.strip()
    return text if re.search(r"[.!?…]$", text) else text + "."


def _surname(speaker: str) -> str:
    return speaker.split()[-1] if speaker.split() else speaker


def _attributed_nearby(quote: Quote, previous: list[Segment], following: str) -> bool:
    """Whether the listener already hears who speaks, without an announcement.

    True when the speaker is named in the clause right after the quote
    (``…', zegt Shea``), in a narration ending in a colon just before it, or
    when the quote continues one by the same speaker, perhaps after an
    attribution clause naming them (``'…', zegt Appathurai. '…'``).
    """
    if quote.speaker is None:
        return True
    name = _surname(quote.speaker)
    if name in re.split(r"[.!?]\s", following, maxsplit=1)[0]:
        return True
    last = previous[-1] if previous else None
    if last is not None and last.role is Role.NARRATOR and last.text.endswith(":") and name in last.text:
        return True
    if last is not None and last.role is Role.QUOTE:
        return last.speaker == quote.speaker
    between = previous[-2] if len(previous) > 1 else None
    return (last is not None and name in last.text and between is not None
            and between.role is Role.QUOTE and between.speaker == quote.speaker)
