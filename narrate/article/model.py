"""The parsed article: what stage 1 hands to the script writer.

These dataclasses are re-exported by ``narrate.article``; import them from
there.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

QuotePart = Literal["lead", "summary", "body"]
"""Where a quote stands: the lead, an answer of the summary box, or a body paragraph."""

Attribution = Literal["clause", "colon", "continued", "context", "pull quote"]
"""How a quote's speaker was found: ``clause`` (zegt X, aldus X), ``colon``
(X: '...'), ``continued`` (same speaker as the quote before), ``context``
(the person the sentence before is about) or ``pull quote`` (a pull
quote's name line)."""

RemovalReason = Literal[
    "ad marker",
    "photo credit",
    "photo caption",
    "related link",
    "share button",
    "comments",
    "newsletter",
    "cookie banner",
    "subscription prompt",
    "navigation",
    "reading time",
    "HTML tag",
    "reference marker",
    "edit link",
    "reference section",
    "duplicate",
    "pull quote",
    "pull quote speaker",
    "pull quote speaker role",
    "source credit",
    "heading without text",
    "teaser list",
    "poll",
    "date line",
    "edition line",
    "call to action",
    "byline in text",
    "reading hint",
    "after the article",
    "infobox",
    "contact details",
    "print notice",
    "stage direction",
    "other language",
    "speaker label",
]
"""Why a piece of the page was cut; ``narrate.article.furniture`` names each one."""


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
    """The question as written, or the box's title for a box of bullets."""

    answer: str
    """The answer paragraph (bullets joined into one paragraph)."""


@dataclass
class Quote:
    """A direct quote found in the lead, the summary or the body."""

    text: str
    """The quote without its quote marks."""

    speaker: str | None
    """Resolved full name (or institution) of who said it, if known."""

    role: str | None
    """The speaker's role or job title, if the article gives one."""

    inline: bool
    """True for a short fragment inside a narrated sentence."""

    section: int
    """Index into ``Article.sections``; -1 when ``part`` is not ``body``."""

    paragraph: int
    """Index into that section's paragraphs (or into ``Article.summary``
    when ``part`` is ``summary``; 0 for the lead)."""

    part: QuotePart = "body"
    """Where the quote stands: ``lead``, ``summary`` or ``body``."""

    start: int = 0
    """Offset of the quote's first character (after its opening mark) in
    its paragraph string; ``text`` is ``paragraph[start:end]`` less a
    trailing comma."""

    end: int = 0
    """Offset just past the quote's last character (before its closing mark)."""

    attribution: Attribution | None = None
    """How the speaker was found: ``clause`` (zegt X, aldus X), ``colon``
    (X: '...'), ``continued`` (same speaker as the quote before),
    ``context`` (the person the sentence before is about), ``pull quote``
    (a pull quote's name line), or None when not attributed."""


@dataclass
class Removed:
    """A piece of page furniture that was left out, and why."""

    text: str
    """The removed line or fragment as it stood in the input."""

    reason: RemovalReason
    """Why it was cut: ``ad marker``, ``photo credit``, ``photo caption``,
    ``pull quote``, ``pull quote speaker`` (its name line: who said it),
    ``pull quote speaker role``, ``related link`` ("Lees ook"),
    ``share button``, ``comments``, ``newsletter``, ``cookie banner``,
    ``subscription prompt``, ``navigation``, ``reading time``,
    ``HTML tag``, ``reference marker``, ``edit link``, ``reference section``,
    ``source credit``, ``duplicate``, ``heading without text``, ``teaser list``
    (other articles' titles), ``poll``, ``date line``, ``edition line``,
    ``call to action``, ``byline in text`` (glued into a paragraph),
    ``reading hint``, ``after the article`` (the page below it), ``infobox``,
    ``contact details``, ``print notice``, ``stage direction``, ``other language`` (a notice in English or
    German, not quoted) or ``speaker label`` (a transcript's heading that names whose turn follows, said with the
    quote instead); the constants live in ``narrate.article.furniture``."""


@dataclass
class Article:
    """A parsed news article: what the listener will hear, and what was cut."""

    title: str | None
    """The headline; None when the page has none (the text starts with the body).

    ``narrate.article.stand_in_title`` makes one from the first sentence for whoever needs a name."""

    sections: list[Section]
    """Body sections in reading order; the first may have no heading."""

    kicker: str | None = None
    """Genre label above the headline (e.g. ``analyse``)."""

    lead: str | None = None
    """The standfirst paragraph under the headline; not repeated in ``sections``."""

    byline: str | None = None
    """Author and/or date line, where the page has one."""

    summary: list[SummaryItem] = field(default_factory=list)
    """Questions and answers of a summary box."""

    quotes: list[Quote] = field(default_factory=list)
    """Direct quotes with their speakers, in reading order."""

    removed: list[Removed] = field(default_factory=list)
    """Furniture dropped from the page, with reasons."""

    source: str | None = None
    """Where the article came from: a path, ``-`` for stdin, or a URL (a fetched page's canonical URL)."""

    site: str | None = None
    """The outlet that published it (``VRT NWS``), for a page fetched from the web or a feed; else None."""

    encoding: str | None = None
    """How the input bytes were decoded (``utf-8``, ``cp1252``, ...), with
    ``+repaired`` when mojibake was fixed; None for text given as str."""

    def to_dict(self) -> dict:
        """The article as plain JSON-ready data (str, int, bool, None, lists, dicts).

        ``site`` appears only where known, so the JSON of an article read from a file is as it always was.
        """
        data = asdict(self)
        if self.site is None:
            del data["site"]
        return data
