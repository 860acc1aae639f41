"""Saved HTML pages: the article's text extracted with trafilatura, its
markup kept as hints (headings, block quotes, list items) and its
metadata (headline, author, date, standfirst) read from the page.

Boilerplate is trafilatura's to leave out; what it keeps of a page's
link lists (teasers under "Meest gelezen", cards of other articles) is
found by jusText's link density: a list whose items are links, or whose
items are headlines, is a list of other articles.
"""

from __future__ import annotations

import re
from collections import Counter

from . import furniture
from .layout import BLOCKQUOTE, HEADING, ITEM, PARAGRAPH, Line, PageHints, in_quote_marks
from .layout.lines import comparable, cut_marked
from .markup import CITE_KEY, caption_texts, subtitle_texts, styled_paragraph_texts, cut_pull_quotes, field_list_texts, is_accordion, marked_author, marked_chrome, pull_quote_texts, quote_cites, unwrap_quote_figures
from .model import Removed
from .page_title import SHOWN_TITLE_WORDS, title_from_metadata, undated_headline
from .page_heads import (chapter_heads, contents_entries, is_own_chapter, page_headings, parent_heads, ranked_headings,
                         restore_chapter_heads, restore_headings)
from .people import is_full_name
from ..errors import InputError

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_BLOCK_TAG = re.compile(r"</?(?:p|div|article|section|h[1-6]|br|li|ul|span|a)\b", re.IGNORECASE)
_KICKER_CLASS = re.compile(r"kicker|label|genre|rubriek|rubric|overline|eyebrow|tag-line|section-name|category", re.IGNORECASE)
_LEAD_CLASS = re.compile(r"(?<![a-z])(?:intro|lead|standfirst|article-summary|summary|excerpt|chapeau|deck)(?![a-z])", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True for a whole HTML page (not a text with a stray tag or two).

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hallo</p></body></html>")
    True
    >>> looks_like_html("Tekst met een <b>vet</b> woord.")
    False
    """
    if _HTML_START.match(text):
        return True
    lines = [line for line in text.splitlines() if line.strip()]
    tagged = sum(1 for line in lines if _BLOCK_TAG.search(line))
    return len(lines) >= 5 and tagged / len(lines) > 0.6


LINK_DENSITY = 0.5
"""A block more than half of whose text is link text is a link (jusText's own default bound)."""

LINK_LINE_WORDS = 14
"""A headline's length: a link line longer than this may be a paragraph with a link in it."""

TEASER_HEAD_WORDS = 4
"""A heading this short right above a list of links is the list's head ("Meest gelezen")."""


def html_lines(page: str) -> tuple[list[Line], PageHints]:
    """The article's lines and the page's hints about title, kicker, byline and lead."""
    lines, hints, _ = html_article_lines(page)
    return lines, hints


def html_article_lines(page: str) -> tuple[list[Line], PageHints, list[Removed]]:
    """The article's lines, the page's hints, and what was cut as lists of links (with reasons)."""
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        unwrap_quote_figures(page),
        output_format="xml",
        include_comments=False,
        include_tables=False,
        include_formatting=True,
        include_images=False,
        with_metadata=True,
        favor_recall=True,
    )
    if not xml:
        raise InputError(
            "the HTML page holds no article text; save the article page itself, or copy its text into a .txt file"
        )
    doc = etree.fromstring(xml.encode("utf-8"))
    root = _dom(page)
    hints = _dom_hints(root)
    removed: list[Removed] = []
    links, chapters, cites = _link_texts(page), contents_entries(root), quote_cites(root)
    lines = _body_lines(doc, hints, links, chapters, removed, cites)
    if not _has_prose(lines) or _is_overview(root):
        # Nothing but lists of other pages' headlines and summaries: an overview page, read as one.
        removed.clear()
        lines = _body_lines(doc, hints, links, chapters, removed, cites, entries=True)
    lines = cut_pull_quotes(lines, pull_quote_texts(root), removed, hints)
    # One cut, each text reported with the reason the separate cuts gave it before: a caption's first, then a field list's.
    marked = dict.fromkeys(field_list_texts(root), furniture.INFOBOX) | dict.fromkeys(caption_texts(root), furniture.CAPTION)
    lines = cut_marked(lines, marked_chrome(root) | marked, removed)
    lines = restore_chapter_heads(restore_headings(lines, page_headings(root)), chapter_heads(root))
    author = marked_author(root)  # <span class="author">Vincent Bongers</span>: who wrote it, not the text's words
    lines = cut_marked(lines, {comparable(author): furniture.BYLINE_IN_TEXT} if author else {}, removed)
    hints.byline = hints.byline or author
    lines = _without_citations(lines, removed)
    hints.parents = parent_heads(lines, root)
    while lines and hints.kicker and lines[0].text == hints.kicker:
        lines.pop(0)  # the label above the headline, already the kicker
    title_from_metadata(hints, _clean_title(doc.get("title") or ""), lines)
    lines = undated_headline(hints, lines, removed)
    hints.byline = hints.byline or " · ".join(p for p in (doc.get("author"), doc.get("date")) if p) or None
    if not _has_prose(lines):
        raise InputError(
            "the HTML page holds no article text; save the article page itself, or copy its text into a .txt file"
        )
    return lines, hints, removed


def _has_prose(lines: list[Line]) -> bool:
    return any(len(line.text.split()) >= 8 for line in lines)


def _quote_lines(element, block: int, cites: dict[str, str], everything: str, removed: list[Removed]) -> list[Line]:
    """A block quote's lines, its signature (which the extraction drops) before it, or under it when it repeats the
    body (a pull quote's name line); a role on a line under the name is no one's words; signed, the block is a quote."""
    inner = [_text(p) for p in element.findall("p")] or [_text(element)]
    cite = cites.get(comparable(" ".join(inner))[:CITE_KEY])
    signed = bool(cite and inner and comparable(cite) not in comparable(_text(element)))
    name, _, role = (cite or "").partition("\n")
    if signed and role and is_full_name(name):
        removed.append(Removed(" ".join(role.split()), furniture.PULL_ROLE))
        cite = name
    cite = (cite or "").replace("\n", ", ")
    if signed and _repeated(inner, everything):
        return [Line(t, block, BLOCKQUOTE) for t in inner if t] + [Line(cite, block)]
    if signed and not in_quote_marks(inner[0]) and not in_quote_marks(inner[-1]):
        inner[0] = f"“{inner[0]}"
        inner[-1] = f"{inner[-1]}”"
    if signed:
        inner[0] = f"{cite.rstrip(' .')}: {inner[0]}"
    tail = " ".join("".join(child.tail or "" for child in element).split())
    return [Line(t, block, BLOCKQUOTE) for t in inner if t] + ([Line(tail, block)] if tail else [])


def _body_lines(
    doc, hints: PageHints, links: list[str], chapters: list[str], removed: list[Removed], cites: dict[str, str],
    entries: bool = False,
) -> list[Line]:
    """The extraction's blocks as lines; with ``entries``, a list of headlines with their summaries is read as
    an overview's entries, each headline a heading, where it is otherwise cut as teasers of other pages. ``chapters``:
    the entries of the page's table of contents."""
    main = doc.find("main")
    if main is None:
        main = doc
    lines: list[Line] = []
    everything = comparable(" ".join(main.itertext()))
    for block, element in enumerate(_blocks(main)):
        tag = element.tag
        own = tag == "head" and is_own_chapter(_text(element), chapters)  # listed by the page's contents
        if tag in ("head", "p") and not (entries and tag == "head" or own) and _is_link_line(_text(element), links):
            removed.append(Removed(_text(element), furniture.RELATED))
        elif tag == "head":
            text = _text(element)
            if element.get("rend") == "h1":
                hints.title = hints.title or text
                lines.append(Line(text, block, HEADING))  # where the headline stands: what is above it is the page's
            else:
                lines.append(Line(text, block, HEADING))
        elif tag == "quote":
            lines.extend(_quote_lines(element, block, cites, everything, removed))
        elif tag == "list":
            items = [item for item in element.iter("item") if _text(item)]
            if (entries or is_accordion(items)) and any(item.find("head") is not None for item in items):
                for item in items:
                    lines.extend(Line(_text(part), block, HEADING if part.tag == "head" else "")
                                 for part in item if _text(part))
            elif _is_teaser_list(items, links):
                _cut_teasers(items, lines, removed)
            else:
                lines.extend(Line(_text(item), block, ITEM) for item in items)
        else:
            lines.extend(_paragraph_lines(element, block))
    return [line for line in lines if line.text]


def _paragraph_lines(element, block: int) -> list[Line]:
    parts = _broken_lines(element)
    hint = PARAGRAPH if _plain_question(element, parts) else ""
    return [Line(part, block, hint) for part in parts]


def _plain_question(element, parts: list[str]) -> bool:
    """A paragraph that is one question in plain type ("Hoeveel spreektijd is er nog?"): said; a subhead is marked."""
    text = _text(element)
    emphasised = any(child.tag == "hi" and comparable(_text(child)) == comparable(text) for child in element)
    return element.tag == "p" and text.endswith("?") and not emphasised and len(parts) == 1


def _repeated(inner: list[str], everything: str) -> bool:
    """The quote's words stand twice on the page: in the quote and in the body."""
    said = comparable(" ".join(inner)).strip("\"'“”‘’„ ")
    return len(said.split()) >= 4 and everything.count(said) >= 2


_CONTAINERS = frozenset({"table", "row", "cell", "div", "section"})


def _blocks(main):
    """The extraction's block elements in reading order, a layout table's rows and cells opened up (an old
    site's article sits in a cell of its page table)."""
    for element in main:
        if element.tag in _CONTAINERS:
            yield from _blocks(element)
        else:
            yield element


SHORT_PART = 6
"""Words of a part of a paragraph on a line of its own (a sender, a date) that a <br> sets apart."""


def _broken_lines(element) -> list[str]:
    """A paragraph's text, split where a <br> ends a sentence or sets a short part apart ("Erasmus MC
    Persbericht<br>Rotterdam, 25 juli 2014"); other breaks are spaces."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append(child.tail or "")
        else:
            parts[-1] += _spaced(child) + (child.tail or "")
    parts = [" ".join(part.split()) for part in parts]
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        if out and not re.search(r"[.!?:…]['’\"”»)]?$", out[-1]) and min(len(out[-1].split()), len(part.split())) > SHORT_PART:
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def _is_teaser_list(items: list, links: list[str]) -> bool:
    """Two or more items, most of them links on the page or headlines of their own (cards of other articles)."""
    teasers = sum(1 for item in items if item.find("head") is not None or _is_link(_text(item), links))
    return len(items) >= 2 and teasers * 3 >= len(items) * 2


def _cut_teasers(items: list, lines: list[Line], removed: list[Removed]) -> None:
    if lines and lines[-1].hint == HEADING and len(lines[-1].text.split()) <= TEASER_HEAD_WORDS:
        removed.append(Removed(lines.pop().text, furniture.TEASERS))
    removed.extend(Removed(_text(item), furniture.TEASERS) for item in items)


def _is_link_line(text: str, links: list[str]) -> bool:
    """A short line that is a link on the page (a teaser or menu entry trafilatura kept), not a sentence."""
    return 2 <= len(text.split()) <= LINK_LINE_WORDS and not text.rstrip().endswith((".", "!", "?", ":")) and _is_link(
        text, links
    )


def _is_link(text: str, links: list[str]) -> bool:
    key = comparable(text)
    return len(key) >= 8 and any(key in link for link in links)


def _link_texts(page: str) -> list[str]:
    """The page's link-dense blocks by jusText (menus, teasers, cards), flattened for lookup."""
    import justext

    try:
        paragraphs = justext.justext(page.encode("utf-8"), justext.get_stoplist("Dutch"))
    except (ValueError, TypeError, justext.core.JustextError):
        return []
    return [comparable(p.text) for p in paragraphs if p.links_density() > LINK_DENSITY]


def _without_citations(lines: list[Line], removed: list[Removed]) -> list[Line]:
    """Reference markers and edit links ("[1]", "[bewerken]") out of the lines, as from a pasted wiki page."""
    texts = [furniture.cut_citations(line.text, removed) for line in lines]
    return [Line(text, line.block, line.hint) for text, line in zip(texts, lines) if text]


def _text(element) -> str:
    return " ".join(_spaced(element).split())


def _spaced(element) -> str:
    """An element's text with each line break a space between words ("Kermis van start<lb/>15 augustus")."""
    inner = "".join((" " if child.tag == "lb" else _spaced(child)) + (child.tail or "") for child in element)
    return (element.text or "") + inner


def _dom(page: str):
    """The page's DOM, parsed once for the hints its markup gives (an empty one for a page lxml cannot read)."""
    import lxml.html

    try:
        return lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return lxml.html.fromstring("<html></html>")


def _headline_under_label(h1) -> str | None:
    """The headline of a page whose <h1> is only its section's label ("Nieuws", "Pers & nieuws", "DE WATERGROEP"):
    a heading of four words or more after it, before any paragraph of text, and the only one of its level
    (under a label, several are an overview's entries).

    >>> import lxml.html
    >>> page = lxml.html.fromstring("<div><h1>Nieuws</h1><p>03/12</p><h2>Fluvius schort alle werken op</h2><p>x</p></div>")
    >>> _headline_under_label(page.find(".//h1"))
    'Fluvius schort alle werken op'
    >>> page = lxml.html.fromstring("<div><h1>Brexit</h1><p>Het Verenigd Koninkrijk stapt uit de Europese Unie, na jaren "
    ...                             "van onderhandelen.</p><h2>Wat verandert er voor reizigers</h2></div>")
    >>> _headline_under_label(page.find(".//h1")) is None
    True
    """
    if len(h1.text_content().split()) > 3:
        return None
    for element in _after(h1):
        text = " ".join(element.text_content().split())
        if element.tag in ("h2", "h3"):
            if len(text.split()) < 4 or _long_headings(h1, element.tag) > 1:
                return None  # several entries under the label: an overview, which the label heads
            return text
        if element.tag in ("p", "li") and len(text.split()) >= 8:
            return None
    return None


def _is_overview(root) -> bool:
    """A page under a section's label ("Nieuws") whose text is its entries: two or more headings of one level
    that each head a paragraph, and no paragraph before the first of them.

    >>> import lxml.html
    >>> entry = "<article><h2><a href='#'>Rekenkamer start onderzoek</a></h2><p>De rekenkamer start een onderzoek naar de vergunningen.</p></article>"
    >>> _is_overview(lxml.html.fromstring(f"<div><header><h1>Nieuws</h1></header>{entry}{entry}</div>"))
    True
    >>> _is_overview(lxml.html.fromstring(f"<div><h1>Nieuws</h1><p>Het college besluit vandaag over de nieuwe brug.</p>{entry}{entry}</div>"))
    False
    """
    h1 = _headline_h1(root)
    if h1 is None or len(h1.text_content().split()) > 3:
        return False
    below = list(_following(root, h1))
    first = next((e.tag for e in below if e.tag in ("h2", "h3") or e.tag == "p" and len(e.text_content().split()) >= 8), None)
    return first in ("h2", "h3") and max(_long_headings(h1, tag, below) for tag in ("h2", "h3", "h4")) >= 2


def _following(root, element):
    """The elements after ``element`` in reading order, outside it."""
    inside = set(element.iter())
    seen = False
    for other in root.iter():
        if other is element:
            seen = True
        elif seen and other not in inside and isinstance(other.tag, str):
            yield other


def _after(element):
    """The elements after ``element`` among its parent's children, each followed by what it holds."""
    for sibling in element.itersiblings():
        yield from (inner for inner in sibling.iter() if isinstance(inner.tag, str))


def _shown_text(element) -> str:
    """An element's text without what it hides from screen readers (a ticker's repeats, an icon's label).

    >>> import lxml.html
    >>> _shown_text(lxml.html.fromstring('<h1><span>Samen</span> <span aria-hidden="true">Samen</span></h1>'))
    'Samen'
    >>> _shown_text(lxml.html.fromstring('<h1>Sigrid Kaag<br><span class="subtitle">Minister</span></h1>'))
    'Sigrid Kaag'
    """
    parts = [element.text or ""]
    for child in element:
        if child.tag == "br":
            parts.append(" ")  # a line break sets the words apart: "Sigrid Kaag<br>Minister ..." is no "KaagMinister"
        elif isinstance(child.tag, str) and child.get("aria-hidden") != "true" and not _SUBTITLE.search(child.get("class") or ""):
            parts.append(_shown_text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


_SUBTITLE = re.compile(r"(?i)\bsub-?title\b|\bsubkop\b|\btagline\b")
"""The class of a line the headline's markup sets under it: a subtitle, not words of the headline."""


def _long_headings(h1, tag: str, below=None) -> int:
    """Headings ``tag`` after ``h1`` (among its siblings, or in ``below``) that head a paragraph of text (an
    overview's entries, not a list's label)."""
    count, open_heading = 0, False
    for element in _after(h1) if below is None else below:
        if element.tag in ("h2", "h3", "h4"):
            open_heading = element.tag == tag
        elif open_heading and element.tag == "p" and len(element.text_content().split()) >= 8:
            count, open_heading = count + 1, False
    return count


def _headline_h1(root):
    """The page's headline element: its one <h1>, or of several (the site's name in the masthead, the article's
    headline) the one the page's <title> repeats.

    >>> import lxml.html
    >>> page = lxml.html.fromstring("<html><head><title>Kop van het stuk - Het Blad</title></head><body>"
    ...                             "<h1>Het Blad</h1><h2>Nieuws van de campus</h2><h1>Kop van het stuk</h1></body></html>")
    >>> _headline_h1(page).text
    'Kop van het stuk'
    """
    found = root.findall(".//h1")
    if len(found) < 2:
        return _headline_beside_site(root, found[0]) if found else None
    title = " ".join(root.findtext(".//title", "").split()).lower()
    shown = [(len(text), h1) for h1 in found if (text := _shown_text(h1)) and text.lower() in title]
    # The longest the title repeats is the headline, not the site's name after it; ties go to the first on the page.
    return max(shown, key=lambda pair: pair[0])[1] if shown else found[0]


def _headline_beside_site(root, h1):
    """The page's one <h1>, unless it holds the site's name: the <title> is then the headline and that name set
    apart ("Kop van het stuk | Het Blad" over <h1>Het Blad</h1>), and the <h2> or <h3> that shows the title's other
    part, in four words or more, is the headline.

    >>> import lxml.html
    >>> page = lxml.html.fromstring("<html><head><title>Kop van het stuk | Het Blad</title></head><body>"
    ...                             "<h1>Het Blad</h1><h2>Kop van het stuk</h2></body></html>")
    >>> _headline_beside_site(page, page.find(".//h1")).text
    'Kop van het stuk'
    """
    parts = [comparable(part) for part in _TITLE_PARTS.split(" ".join(root.findtext(".//title", "").split()))]
    site = comparable(_shown_text(h1))
    if len(parts) < 2 or site not in parts:
        return h1
    others = set(parts) - {site}
    shown = (h for h in root.iter("h2", "h3") if comparable(_shown_text(h)) in others and len(_shown_text(h).split()) >= SHOWN_TITLE_WORDS)
    return next(shown, h1)


_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")
"""What a <title> sets between the headline and the site's name: a bar or a dash between spaces."""


def _dom_hints(root) -> PageHints:
    hints = PageHints(subtitles=frozenset(subtitle_texts(root)), ranked=ranked_headings(root), styled=styled_paragraph_texts(root))
    h1 = _headline_h1(root)
    if h1 is not None:
        hints.title = _headline_under_label(h1) or _shown_text(h1) or None
        label = _label_in(h1)
        if label and hints.title and hints.title.startswith(label + " "):
            hints.kicker, hints.title = label, hints.title[len(label) :].strip()
    shared = Counter(e.get("class") for e in root.iter() if isinstance(e.tag, str) and len(e.text_content().split()) >= 8)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        classes = element.get("class") or ""
        text = " ".join(element.text_content().split())
        if (
            hints.kicker is None
            and _KICKER_CLASS.search(classes)
            and 0 < len(text.split()) <= 4
            and furniture.classify_line(text) is None
        ):
            hints.kicker = text
        if (
            hints.lead is None
            and _LEAD_CLASS.search(classes)
            and len(text.split()) >= 8
            and element.tag in {"p", "div", "section"}
            and not any(e.tag in ("h1", "h2", "h3", "figure", "img") for e in element.iterdescendants())  # a page's intro
            and furniture.classify_line(text) not in _NOT_A_LEAD  # a consent dialog's "cc-intro" is no standfirst
            and shared[classes] < 2  # "newslist__intro" on each entry of an overview: the entries' summaries
        ):
            hints.lead = text
    return hints


_NOT_A_LEAD = frozenset({furniture.COOKIES, furniture.NAVIGATION, furniture.CONTACT})


def _label_in(h1) -> str | None:
    """A label the headline's markup sets apart at its start (<h1><span class="type">Nieuwsbericht</span> ...)."""
    first = next((child for child in h1 if isinstance(child.tag, str)), None)
    if first is None or (h1.text or "").strip():
        return None
    text = " ".join(first.text_content().split())
    return text if 0 < len(text.split()) <= 3 and first.tag in {"span", "small", "em", "strong", "div"} else None


def _clean_title(title: str) -> str:
    """A <title> without its site name: "Kop - NRC" -> "Kop"."""
    return re.sub(r"\s+[|–—-]\s+[^|–—-]{2,40}$", "", title).strip()
