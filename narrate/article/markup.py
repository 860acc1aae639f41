"""What a page's markup says about its text beside the text itself: captions, field lists, pull quotes, the
signatures of block quotes and the elements a CMS's classes mark as the page around the article (boxes, meta,
menus, share bars, footers), each found by element and class, for ``html`` to cut or place."""

from __future__ import annotations

import copy
import re

from . import furniture
from .layout.lines import Line, PageHints, comparable, cut_marked, in_quote_marks
from .model import RemovalReason, Removed
from .people import is_full_name, is_name_label

_CAPTION_CLASS = re.compile(r"caption|bijschrift|onderschrift|fotobijschrift|image-text|img-text|credit", re.IGNORECASE)
"""Class names CMSes give a photo's caption or credit."""
_PULL_CLASS = re.compile(r"pull-?quote|pull_quote|quote--pull|streamer|inline-quote|highlight-?quote", re.IGNORECASE)
"""Class names CMSes give a pull quote: a sentence lifted out of the body and set large beside it."""
_AUTHOR_CLASS = re.compile(r"(?<![a-z])(?:author|byline|auteur)(?:-?box__name)?(?![a-z_-])", re.IGNORECASE)
"""Class names CMSes give the author's name: "author", "byline", "author-box__name"."""


def caption_texts(root) -> set[str]:
    """The texts (flattened) of the page's photo captions: <figcaption> and elements with a caption's class."""
    found = set()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "figcaption" or _CAPTION_CLASS.search(element.get("class") or ""):
            text = comparable(element.text_content())
            if text and len(text.split()) <= 40:
                found.add(text)
    return found


_SUBTITLE_CLASS = re.compile(r"(?<![a-z])(?:sub-?title|kicker|intro|lead|standfirst|deck|chapeau)(?![a-z])", re.IGNORECASE)
"""Class names CMSes give the line under or over the headline that says more of it: a subtitle, a kicker, an intro."""

_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def styled_paragraph_texts(root) -> frozenset[str]:
    """The texts (flattened) of short paragraphs the page gives a class of their own (<p class="afzender">, <p
    class="person">): a sender, a name card, a cover's or a piece's label, which the page styles apart from its text;
    a subhead set in a paragraph is a plain <p> or bold type (dev: 7 such lines read as subheads, none of them one).

    >>> import lxml.html
    >>> sorted(styled_paragraph_texts(lxml.html.fromstring('<div><p class="who">Jan Peeters, wethouder</p>'
    ...                                                    '<p><b>De kosten</b></p></div>')))
    ['jan peeters wethouder']
    """
    found = set()
    for element in root.iter("p"):
        if element.get("class") and not any(e.tag in _HEADING_TAGS for e in element.iterdescendants()):
            text = comparable(element.text_content())
            if text and len(text.split()) <= STYLED_WORDS:
                found.add(text)
    return frozenset(found)


STYLED_WORDS = 12
"""Words a heading-shaped line has at most (``lines.is_heading_like``)."""


def subtitle_texts(root) -> set[str]:
    """The texts (flattened) of the lines under the headline that a class marks as its subtitle, kicker or intro,
    set in a paragraph rather than a heading tag: the page says what they are, a standfirst and no subhead of the text
    (the development half's keys hold none of its 132 such lines as a heading; 2 set in an <h2> are).

    >>> import lxml.html
    >>> sorted(subtitle_texts(lxml.html.fromstring('<div><h1>Kop</h1><p class="news-subtitle">Een nieuwe brug</p>'
    ...                                            '<h2 class="subtitle">Verkeer</h2></div>')))
    ['een nieuwe brug']
    """
    found, headline = set(), False
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body"):
            continue
        headline = headline or element.tag == "h1"
        if element.tag in _HEADING_TAGS or not headline:
            continue  # a kicker over the headline is the page's label ("AV 18 juni 2019"), furniture rather than text
        if _SUBTITLE_CLASS.search(element.get("class") or "") and not any(
            e.tag in _HEADING_TAGS for e in element.iterdescendants()
        ):
            text = comparable(element.text_content())
            # Parts between separators ("Nieuws · 3 mei 2021") are the page's record of the post, no subtitle.
            if text and len(text.split()) <= 40 and not _SEPARATED.search(text):
                found.add(text)
    return found


_SEPARATED = re.compile(r"\s[|·•/>›»]\s")
"""A separator between parts of a line: the parts of a record ("Nieuws · 3 mei 2021"), not one phrase."""


CHROME_CLASSES: tuple[tuple[re.Pattern[str], RemovalReason], ...] = tuple(
    (re.compile(rf"(?<![a-z])(?:{names})(?![a-z])", re.IGNORECASE), reason)
    for names, reason in (
        # A box set beside the text: a fact box, a tip, a call to act ("kader" is Dutch for box).
        (r"kader|callout|infobox|info-box|call-to-action|notice-box", furniture.INFOBOX),
        # The page's record of the post (date, author, section), its contents and its trail, its tags, its logo,
        # its menus and the links that skip them.
        (r"(?:[a-z-]*__)?meta|toc|breadcrumbs?|taxonomy|tags|logo|nav|navigation|menu|skip|skip-link", furniture.NAVIGATION),
        ("source", furniture.SOURCE),
        ("[a-z]*contact", furniture.CONTACT),
        (r"share|sharebar|social-share|share-buttons", furniture.SHARE),
        ("related|gerelateerd", furniture.RELATED),
        ("footer|site-footer", furniture.AFTER_ARTICLE),
        # The widgets a CMS sets in or under the text, each family in its English and Dutch class names: an ad slot,
        # the readers' comments, a newsletter's or a subscription's prompt, a cookie dialog (on the development half,
        # 19 comment sections and 40 cookie or newsletter boxes, none holding a line of the body; a "teaser" class
        # holds an overview's summaries, and "promo" the call to act that the layout's line rules end the text at).
        (r"ad|ads|advert|adverts|advertisement|advertentie|advertenties|sponsored", furniture.AD),
        ("comment|comments|reactie|reacties", furniture.COMMENTS),
        ("newsletter|nieuwsbrief", furniture.NEWSLETTER),
        ("paywall", furniture.SUBSCRIPTION),
        ("cookie|cookies|cookiebar|consent|gdpr", furniture.COOKIES),
        # Text set for screen readers only, never shown: a skip link, a search box's label, "Delen" over icons (the
        # development half's 335 such elements hold no line of the body).
        (r"sr-only|sr-text|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|element-invisible"
         r"|offscreen", furniture.NAVIGATION),
    )
)
"""Class names CMSes give what stands around the article, with the reason it is cut: the development half's keys
hold every such element as furniture (a box 78 times, the rest some 2,800 times), bar the page's own wrappers. Left
out on purpose: "box" (it may wrap the whole text), "date" (a listing's dates tell its headlines), "header" (it
holds the headline)."""

CHROME_WORDS = 250
"""Words such an element holds at most; one holding more wraps the page's body (<div class="layout-with-meta">)."""

WRAPPER_SHARE = 0.4
"""Share of the page's words an element holds at most to be cut as what stands around the article."""

_WRAPPERS = frozenset({"html", "body", "main", "article"})


def marked_chrome(root) -> dict[str, RemovalReason]:
    """The texts (flattened) of the elements whose class or id, tag or ARIA role marks them as the page around the
    article, whole and line by line, with the reason each is cut (the first class that names it, else the
    role); a text the page also sets outside them is kept (a contents list repeats the headings of the text)."""
    found: dict[str, RemovalReason] = {}
    marked = set()  # lxml keeps one proxy per element while one is held, so membership here is identity
    page_words = len(comparable(root.text_content()).split())
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in _WRAPPERS:
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}"  # an id names a widget as a class does
        reason = next((r for pattern, r in CHROME_CLASSES if pattern.search(names)), None) or chrome_role(element)
        if reason is None or any(a in marked for a in element.iterancestors()):
            continue  # inside a marked element, its texts are already found, with the outer element's reason
        whole = comparable(element.text_content())
        if not whole or len(whole.split()) > min(CHROME_WORDS, WRAPPER_SHARE * page_words):
            continue  # a short page's text in an element whose class says "meta-artikel" is the text, not its aside
        marked.add(element)
        for text in [whole, *(comparable(e.text_content()) for e in element.iter() if isinstance(e.tag, str))]:
            if text:
                found.setdefault(text, reason)
    outside = {
        comparable(e.text_content())
        for e in root.iter()
        if isinstance(e.tag, str) and e not in marked and not any(a in marked for a in e.iterancestors())
    }
    return {text: reason for text, reason in found.items() if text not in outside}


CHROME_ROLES: dict[str, RemovalReason] = {
    "nav": furniture.NAVIGATION, "navigation": furniture.NAVIGATION, "banner": furniture.NAVIGATION,
    "search": furniture.NAVIGATION, "aside": furniture.INFOBOX, "complementary": furniture.INFOBOX,
    "footer": furniture.AFTER_ARTICLE, "contentinfo": furniture.AFTER_ARTICLE, "dialog": furniture.COOKIES,
    "alertdialog": furniture.COOKIES,
}
"""Elements and ARIA roles that say what stands around the article, whatever the site calls their class: the
development half's keys hold none of its 1,800 <nav>, <aside> and <footer> elements' texts as body (<header> and
<form> do: a headline, an ASP.NET page's whole text)."""


def chrome_role(element) -> RemovalReason | None:
    """The reason to cut an element that its tag, its role or its ``hidden`` attribute marks as the page around the
    article; a pull quote or a block quote's signature (<blockquote><footer>) is the text's, placed elsewhere.

    >>> import lxml.html
    >>> page = lxml.html.fromstring('<div><aside><p>Meer lezen</p></aside><blockquote><p>Ja.</p><footer>Jan</footer>'
    ...                             '</blockquote><div role="navigation">Home</div><p hidden>Sluiten</p></div>')
    >>> [chrome_role(e) for e in page.iter("aside", "footer")], chrome_role(page.find("div")), chrome_role(page[-1])
    (['infobox', None], 'navigation', 'navigation')
    """
    reason = CHROME_ROLES.get(element.tag) or CHROME_ROLES.get(element.get("role") or "")
    if reason is None and element.get("hidden") is not None:
        reason = furniture.NAVIGATION
    if reason is None or _PULL_CLASS.search(element.get("class") or ""):
        return None
    inside_quote = any(a.tag in ("blockquote", "figure") for a in element.iterancestors())
    return None if inside_quote or element.find(".//blockquote") is not None else reason


def cut_pull_quotes(lines: list[Line], pulls: list[set[str]], removed: list[Removed], hints: PageHints) -> list[Line]:
    """Lines of a marked-up pull quote that says what the body does not (one that repeats a body
    sentence is the layout's to link to its speaker and cut); one in somebody's own words stays where it stands,
    its speaker unsaid (``hints.unsigned_pulls``): the only place the page gives them."""
    keys = [comparable(line.text) for line in lines]
    cut: set[str] = set()
    for texts in pulls:
        if any(t in key and t != key for t in texts for key in keys):
            continue
        shown = [line.text for line, key in zip(lines, keys) if key in texts]
        said = [text for text in shown if not is_name_label(text.lstrip("—–- "))]  # its signature is no one's words
        if said and all(_own_words(text) for text in said):
            hints.unsigned_pulls += said if said == shown else []
            lines = [_marked_as_said(line) if key in texts and line.text in said else line for line, key in zip(lines, keys)]
        else:
            cut |= texts
    return cut_marked(lines, dict.fromkeys(cut, furniture.PULL_QUOTE), removed)


def _marked_as_said(line: Line) -> Line:
    """A pull quote kept in somebody's own words, set in the quote marks its large type stood for: the words are a
    quote, though the page prints them bare ("Sinds 1837 hebben we ...").

    >>> _marked_as_said(Line("Sinds 1837 hebben we dezelfde opdracht.", 0)).text
    '“Sinds 1837 hebben we dezelfde opdracht.”'
    >>> _marked_as_said(Line("‘We gaan ervoor’", 0)).text
    '‘We gaan ervoor’'
    """
    if in_quote_marks(line.text) or _QUOTE_MARK.search(line.text):
        return line
    return Line(f"“{line.text}”", line.block, line.hint)


_QUOTE_MARK = re.compile(r"[\"“”„«»]|(?<!\w)[‘']\w")
"""A quotation inside a line: a pull quote that quotes somebody within it is no quote of its own as a whole."""


_OWN_WORDS = re.compile(r"[\"“”„«»‘’]|(?<!\w)'|\b(?:ik|we|wij|mijn|ons|onze)\b", re.IGNORECASE)


def _own_words(text: str) -> bool:
    """A pull quote in quote marks or in the first person: somebody's words, not a fact set large ("Tijdens de
    aanleg worden 11 bomen herplant.").

    >>> _own_words("Sinds 1837 hebben we dezelfde opdracht."), _own_words("Tijdens de aanleg worden 11 bomen herplant.")
    (True, False)
    """
    return bool(_OWN_WORDS.search(text))


def field_list_texts(root) -> set[str]:
    """The texts of a page's field lists: a <dl> whose terms and values are all a few words ("Publicatiedatum
    21-04-2023", "Onderdeel van Ministerie van ..."), each alone and with its term, the page's record of the
    document rather than its text (a glossary's definitions are sentences)."""
    found = set()
    for dl in root.iter("dl"):
        terms = [comparable(e.text_content()) for e in dl if e.tag == "dt"]
        values = [comparable(e.text_content()) for e in dl if e.tag == "dd"]
        if terms and all(len(t.split()) <= 4 for t in terms) and all(len(v.split()) <= FIELD_WORDS for v in values):
            found.update(t for t in terms + values if t)
            found.add(comparable(dl.text_content()))
    return found


FIELD_WORDS = 8
"""Words a field's value has at most: a date, a sender, a minister's name and title."""


CITE_KEY = 120
"""Characters of a block quote's flattened text that find its signature."""


def quote_cites(root) -> dict[str, str]:
    """A block quote's signature (<cite>, or a <footer> in the quote), by the quote's flattened text."""
    found = {}
    for quote in root.iter("blockquote"):
        sign = next(iter(quote.iter("cite")), None)
        if sign is None:
            sign = next(iter(quote.iter("footer")), None)
        if sign is None:
            sign = _signed_beside(quote)
        if sign is None:
            continue
        cite = "\n".join(" ".join(part.split()) for part in _broken_text(sign).split(_BREAK) if part.strip()).lstrip("—–- ")
        said = " ".join(" ".join(p.text_content().split()) for p in quote.iter("p") if p is not sign and sign not in p.iterancestors())
        if cite and said and len(cite.split()) <= 15 and cite not in said:
            found[comparable(said)[:CITE_KEY]] = cite
    return found


def _signed_beside(quote):
    """The signature set beside a block quote rather than in it: the one other line of the figure or pull quote that
    holds it, when that line only names someone ("<div class="pullquote"><blockquote>...</blockquote><p>Jan Peeters,
    schepen</p></div>"); None otherwise."""
    box = quote.getparent()
    if box is None or not (box.tag == "figure" or _PULL_CLASS.search(box.get("class") or "")):
        return None
    others = [child for child in box if child is not quote and isinstance(child.tag, str)]
    if len(others) != 1 or others[0].tag not in ("p", "div", "span", "figcaption"):
        return None
    return others[0] if is_name_label(" ".join(others[0].text_content().split()).lstrip("—–- ")) else None


def _broken_text(element) -> str:
    """An element's text with a mark where a line break stood: "Wolter Leiseboer<br>Voorzitter namens ..." is a
    name, then a role."""
    element = copy.deepcopy(element)
    for br in element.iter("br"):
        br.tail = _BREAK + (br.tail or "")
    return element.text_content()


_BREAK = "\u2028"


def pull_quote_texts(root) -> list[set[str]]:
    """The texts (flattened) of each of the page's elements marked up as a pull quote."""
    found = []
    for element in root.iter():
        if isinstance(element.tag, str) and _PULL_CLASS.search(element.get("class") or ""):
            texts = {comparable(element.text_content())} | {comparable(c.text_content()) for c in element.iter("p", "cite")}
            found.append({text for text in texts if text})
    return found


def marked_author(root) -> str | None:
    """The name in the page's first element that its class marks as the author's (<span class="author">Vincent
    Bongers</span>); None when that element holds more than a name."""
    for element in root.iter():
        if isinstance(element.tag, str) and _AUTHOR_CLASS.search(element.get("class") or ""):
            text = " ".join(element.text_content().split())
            return text if is_full_name(text) else None
    return None


ACCORDION_WORDS = 30
"""Words under a list item's head that make it a section folded away, not a teaser's summary."""


def is_accordion(items: list) -> bool:
    """List items that each open with a head over paragraphs of text ("Coronatijden" over what the foreword says of
    them): an article's sections folded into an accordion, read as headings and text."""
    return bool(items) and all(
        item.find("head") is not None and len(" ".join(item.itertext()).split()) >= ACCORDION_WORDS for item in items
    )


def unwrap_quote_figures(page: str) -> str:
    """The page with each figure that holds a signed block quote and no picture turned into a plain block: the
    extraction drops a <figure> with all it holds, and a CMS sets its pull quotes in one ("<figure
    class="wp-block-pullquote"><blockquote>...<cite>Jan Peeters</cite>"); the page itself, unchanged, still gives the
    hints of its markup. An unsigned one stays dropped: no one's words, it would only be read unnamed.

    >>> unwrap_quote_figures('<p>Tekst</p><figure class="x"><blockquote><p>Wij gaan door.</p><cite>Jan Peeters</cite></blockquote></figure>')
    '<div><p>Tekst</p><div class="x"><blockquote><p>Wij gaan door.</p><cite>Jan Peeters</cite></blockquote></div></div>'
    >>> unwrap_quote_figures('<figure><img src="a.jpg"><blockquote>Wij<cite>Jan</cite></blockquote></figure>').startswith('<figure')
    True
    """
    if "<figure" not in page or "<blockquote" not in page:
        return page
    import lxml.html

    try:
        root = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return page
    figures = [f for f in root.iter("figure") if _signed_quote_figure(f)]
    for figure in figures:
        figure.tag = "div"
    return lxml.html.tostring(root, encoding="unicode") if figures else page


def _signed_quote_figure(figure) -> bool:
    """A figure that sets a block quote with its signature (<cite> or <footer>), and no picture."""
    quote = next(figure.iter("blockquote"), None)
    return quote is not None and next(figure.iter("img"), None) is None and next(figure.iter("cite", "footer"), None) is not None
