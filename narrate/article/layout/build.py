"""Putting the layout together: header, summary, pull quotes, lead and sections, in that order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...errors import InputError
from .. import furniture
from ..model import Removed, Section, SummaryItem
from .chrome_labels import chrome_labels
from .cutting import drop_doubled, drop_furniture, drop_reference_sections
from .banner import dated_headlines
from .cards import is_card
from .header import drop_author_box, is_top_byline, take_end_byline, take_header
from .lines import BLOCKQUOTE, HEADING, PARAGRAPH, Line, PageHints, Unit, body_units, comparable
from .pull_quotes import PullQuote, take_pull_quotes
from .summary import paragraph_count, take_summary
from .headings import settle_headings
from .numbered_lists import drop_list_ends
from .furniture_labels import drop_closing_label, drop_opening_labels, drop_picture_labels
from .title import repeated_texts
from .page_title_line import cut_page_title_line
from ..furniture.shape import SECOND_PERSON
from ..furniture.vocab import FINITE_VERBS
from ..people import FIRST_PERSON, is_full_name, is_name_label


@dataclass
class Layout:
    """The article's parts before quotes are looked at."""

    title: str | None
    kicker: str | None
    byline: str | None
    lead: str | None
    summary: list[SummaryItem]
    sections: list[Section]
    removed: list[Removed]
    pull_quotes: list[PullQuote] = field(default_factory=list)
    unsigned_pulls: list[str] = field(default_factory=list)
    """Pull quotes kept in the body (``PageHints.unsigned_pulls``): words whose speaker the page does not say."""
    card: str | None = None
    """A person's name card right over the headline ("Jan Peeters, schepen van Mobiliteit"), cut with the page's top:
    the one whose page it is."""


def build_layout(lines: list[Line], removed: list[Removed], hints: PageHints | None = None) -> Layout:
    """Find the article's parts in its lines."""
    plain = hints is None  # a paste: an HTML page marks its headings and captions itself
    hints = hints or PageHints()
    repeated = repeated_texts(lines)
    dated = dated_headlines(lines, is_top_byline)  # before the cut: a headline's reading time goes with the furniture
    top = lines
    lines = drop_furniture(lines, removed)
    if plain:  # a browser copy may start with the page's <title>; a page's markup names its headline itself
        lines, hints.title = cut_page_title_line(lines, removed)
    if not lines and not hints.title:
        raise InputError("the article has no readable text; give a file with the article's title and body")
    kicker, title, byline, lines = take_header(lines, hints, removed, repeated, dated)
    lines = drop_doubled(lines, removed)
    units = body_units(lines)
    marked = {comparable(line.text) for line in lines if line.hint == HEADING}  # the rest are headings by shape alone
    units, end_byline = take_end_byline(units)
    byline = byline or end_byline
    units = drop_reference_sections(units, removed)
    summary, units = take_summary(units)
    pull_quotes, units = take_pull_quotes(units, removed)
    units = settle_headings(units, title, removed, hints.subtitles, chrome_labels(kicker, removed), hints.ranked, frozenset(marked), hints.parents)
    units = drop_list_ends(units, removed, frozenset(marked))
    units = _drop_bare_dates(units, removed)
    units = _lone_opening_line(units, removed, marked)
    units = _styled_labels(units, hints.styled - marked, removed)
    units = drop_author_box(units, byline, removed)  # after the headings: a byline set below the lead is known then
    lead, units = _take_lead(units, hints.lead)
    sections = drop_opening_labels(_sections(units, removed, plain, lead is None, hints.parents), top, removed, frozenset(marked), title)
    sections = drop_closing_label(sections, top, removed, frozenset(marked))
    sections = drop_picture_labels(sections, top, removed, frozenset(marked))
    if not sections and lead is None:
        raise InputError(
            f"the article has a title ({_clipped(title or '')}) but no body text; copy the whole article, not just its headline"
        )
    return Layout(title, kicker, byline, lead, summary, sections, removed, pull_quotes, hints.unsigned_pulls, _card_over(top, title))


def _card_over(lines: list[Line], title: str | None) -> str | None:
    """The name card on the line right over the headline, where one stands there; None otherwise.

    >>> _card_over([Line("Jan Peeters, schepen van Mobiliteit", 0), Line("“Een brug voor iedereen”", 1)], "“Een brug voor iedereen”")
    'Jan Peeters, schepen van Mobiliteit'
    >>> _card_over([Line("Nieuws", 0), Line("Een brug voor iedereen", 1)], "Een brug voor iedereen")
    """
    at = next((i for i, line in enumerate(lines) if title and comparable(line.text) == comparable(title)), None)
    return lines[at - 1].text if at and is_card(lines, at - 1) else None


LONE_HEAD_TEXT = 4
"""Paragraphs under a text's one heading-shaped line, at its top, that make it the page's label, not a subhead
(dev: 5 such lines at four paragraphs or more, all false; 3 real subheads over three)."""


def _lone_opening_line(units: list[Unit], removed: list[Removed], marked: frozenset[str]) -> list[Unit]:
    """Cut a heading-shaped line that opens the body and heads no text of its own: either a short one right over
    another heading ("Mondriaan Fonds", "Voorwoord" over the piece's first subhead: the page's or the section's name;
    a longer one is left, read as text when nothing is under it), or a text's only one, above all of a long text
    ("Jeugddebat 3", "Interview met directeur X" under the headline): with no second subhead it divides nothing, so
    it is the page's label, a caption or an unfinished standfirst, not a chapter. Not read as text: as the lead,
    "Interview met X" would name the interview's answers. A heading the page's markup sets (``marked``) is kept."""
    if not units or units[0].kind != HEADING or comparable(units[0].text) in marked:
        return units
    over_heading = len(units) > 1 and units[1].kind == HEADING and len(units[0].text.split()) <= PARENT_LABEL_WORDS
    heads = [unit for unit in units if unit.kind == HEADING]
    if not over_heading and (len(heads) != 1 or paragraph_count(units[1:]) < LONE_HEAD_TEXT):
        return units
    removed.append(Removed(units[0].text, furniture.EMPTY_HEADING))
    return units[1:]


PARENT_LABEL_WORDS = 4
"""Words of a name or label; a longer line over a heading is a standfirst or a sentence, spoken (dev: cutting those
too lost two body sentences)."""


def _styled_labels(units: list[Unit], styled: frozenset[str], removed: list[Removed]) -> list[Unit]:
    """Cut the heading-shaped lines that the page sets in a paragraph of a class of its own (``styled``: a sender,
    a name card, a cover's label): no subheads, and the page's rather than the text's words (read as text instead,
    dev and blind leaks both rose)."""
    kept = []
    for unit in units:
        if unit.kind != HEADING or comparable(unit.text) not in styled:
            kept.append(unit)
        else:
            removed.append(Removed(unit.text, furniture.EMPTY_HEADING))
    return kept


def _drop_bare_dates(units: list[Unit], removed: list[Removed]) -> list[Unit]:
    """A paragraph that is only a date ("(15-01-2021)" under a blog entry's headline) says when, not what: cut once
    the headings are settled, since a news list's date line helps tell its headlines."""
    kept = []
    for unit in units:
        if unit.kind == PARAGRAPH and furniture.widgets.is_bare_date(unit.text):
            removed.append(Removed(unit.text, furniture.DATE_LINE))
        else:
            kept.append(unit)
    return kept


def _clipped(text: str, limit: int = 60) -> str:
    """``text`` quoted for an error message, cut short: the message must stay one readable line."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _take_lead(units: list[Unit], hinted: str | None) -> tuple[str | None, list[Unit]]:
    if hinted:
        return hinted, [u for u in units if comparable(u.text) != comparable(hinted)]
    if not units or units[0].kind != PARAGRAPH or len(units[0].text.split()) > 120:
        return None, units
    if paragraph_count(units[1:]) < 1:
        return None, units
    if _first_of_questions(units):
        # A page of questions, each over its answer: the first one heads its answer like the rest, no lead.
        return None, [Unit(HEADING, units[0].text, units[0].block), *units[1:]]
    return units[0].text, units[1:]


def _first_of_questions(units: list[Unit]) -> bool:
    """The opening paragraph is a short question, and later headings are questions too."""
    first = units[0].text.strip()
    if not first.endswith("?") or len(first.split()) > QUESTION_HEADING_WORDS or len(units) < 2 or units[1].kind != PARAGRAPH:
        return False
    return any(u.kind == HEADING and u.text.strip().endswith("?") for u in units[2:])


QUESTION_HEADING_WORDS = 20
"""Words a question heading runs to at most."""


def _sections(units: list[Unit], removed: list[Removed], plain: bool = False, top: bool = False,
              parents: frozenset[str] = frozenset()) -> list[Section]:
    """The units as sections under their headings; a heading with nothing under it is text, a caption or cut, unless
    it heads a chapter over its first section (``parents``: the markup's chapter heads)."""
    sections = [Section(heading=None)]
    for unit in units:
        if unit.kind == HEADING:
            sections.append(Section(heading=unit.text))
        else:
            sections[-1].paragraphs.append(_marked(unit))
    kept: list[Section] = []
    for n, section in enumerate(sections):
        under_chapter = bool(kept) and n > 0 and kept[-1] is sections[n - 1] and _numbered_over(sections, n)
        if section.paragraphs or _numbered_parent(section.heading, sections[n + 1 :]) or _parent(sections, n, under_chapter) or (
            n + 1 < len(sections) and comparable(section.heading or "") in parents
        ):
            kept.append(section)
        elif plain and section.heading is not None and is_caption_between(kept, section.heading, sections[n + 1 :], top):
            removed.append(Removed(section.heading, furniture.CAPTION))
        elif section.heading is not None and len(section.heading.split()) > 4:
            # A long line with nothing under it is text, not a heading (at the top: a standfirst).
            if not kept:
                kept.append(Section(heading=None))
            kept[-1].paragraphs.append(section.heading)
        elif section.heading is not None:
            removed.append(Removed(section.heading, furniture.EMPTY_HEADING))
    return kept


def _marked(unit: Unit) -> str:
    """A paragraph's text; a block quote's in quote marks when the page sets it apart by its markup alone: someone's
    words, which the quote finder knows by their marks."""
    text = unit.text
    if unit.kind != BLOCKQUOTE or re.search(r"[\"“”„«»‘’']", text) or len(text.split()) < 4:
        return text
    return f"“{text}”"


CAPTION_WORDS = 15
"""Words a picture's line between two sections runs to at most; a longer one is a paragraph cut short."""


def is_caption_between(kept: list[Section], line: str, after: list[Section], top: bool = False) -> bool:
    """A phrase with nothing under it, after a section's closing sentence and over the next subhead ("Toespraak van
    de koningin op 29 april" between two chapters): a picture set between two sections, whose alternative text a
    paste keeps; so is such a phrase right under the title of a page with no lead (``top``), over its first subhead.
    Text standing there has a verb, and a stop, question mark or colon at its end; a quote in marks is a pull quote,
    words in the first or second person someone's (a speech's closing wish), and a name below signs it.

    >>> before = [Section(None, ["Het debat begint om tien uur."])]
    >>> is_caption_between(before, "Kinderen op het plein bij de school in Lier", [Section("Verkeer", ["Er is file."])])
    True
    >>> is_caption_between(before, "De gemeente maakt het plein dit jaar groener", [Section("Verkeer", ["Er is file."])])
    False
    >>> is_caption_between(before, "Ik wens u allen een gezond nieuwjaar", [Section("Jan Peeters", [])])
    False
    >>> is_caption_between([Section(None, ["Eerste punt", "Tweede punt"])], "Derde punt van de lange lijst", [])
    False
    >>> is_caption_between([], "Een overzicht van de plannen voor de gemeente", [Section("Bruggen", ["Er is file."])], top=True)
    True
    """
    last = kept[-1].paragraphs[-1] if kept and kept[-1].paragraphs else ""
    following = after[0].heading or "" if after else ""
    return (
        4 < len(line.split()) <= CAPTION_WORDS
        and (bool(re.search(r"[.!?]['’\"”»)]?$", last)) or top and not any(k.paragraphs for k in kept))
        and line[:1].isupper()
        and not re.search(r"[.!?…:;,]['’\"”»)]?$|:\s", line)
        and not FIRST_PERSON.search(line)
        and not SECOND_PERSON.search(line)
        and not any(w.lower() in FINITE_VERBS for w in re.findall(r"\w+", line))
        and not is_full_name(following.strip())
        and not is_name_label(following)
    )


PARENT_WORDS = 6
"""A chapter's heading is short; a longer line over a subhead is a standfirst or a sentence cut short."""


def _parent(sections: list[Section], n: int, under_chapter: bool = False) -> bool:
    """A heading over a subhead with text, itself after text ("Verloop van de aanslagen" over "Aanslagen op
    Brussels Airport"): a chapter over its first section. Two empty headings in a row are a menu's, save under a
    numbered chapter kept as one (``under_chapter``: "1. Digitale markt" over "Adviezen" over a decision's subhead,
    three levels of one outline)."""
    after = sections[n + 1] if n + 1 < len(sections) else None
    before = sections[n - 1] if n > 0 else None
    return (
        sections[n].heading is not None
        and len(sections[n].heading.split()) <= PARENT_WORDS
        and after is not None
        and bool(after.paragraphs)
        and (before is None or bool(before.paragraphs) or before.heading is None or under_chapter)
    )


_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s")


def _numbered_over(sections: list[Section], n: int) -> bool:
    """The heading before section ``n`` is numbered and the one after it is not: ``n`` is the second level of a
    numbered outline ("1. Digitale markt" / "Adviezen" / "Commissie verzoekt ..."). With a number after it too
    ("3. Interviewer" / "Hadden die gevolgen?" / "4. Joyce Nelissen"), it stands between two items of one list."""
    after = sections[n + 1].heading if n + 1 < len(sections) else None
    return _NUMBER.match(sections[n - 1].heading or "") is not None and not _NUMBER.match(after or "")


def _numbered_parent(heading: str | None, after: list[Section]) -> bool:
    """A numbered heading right over its first numbered child ("1. Burgerperspectief" over "1.1. Verandering"),
    or over an unnumbered subhead, a chapter with no text of its own before its first section: a heading all the same."""
    parent = _NUMBER.match(heading or "")
    child = _NUMBER.match(after[0].heading or "") if after else None
    if parent and after and not child:
        # A numbered chapter over its unnumbered subheads ("1. Bruggen" over "Nieuwe aanvragen" over text):
        # the text starts within two headings (a numbered line over a run of empty headings is a menu).
        return any(section.paragraphs for section in after[:2])
    return bool(parent and child and child.group(1).startswith(parent.group(1) + "."))
