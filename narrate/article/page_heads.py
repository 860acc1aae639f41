"""Subheads a saved page sets but the extraction dropped (a heading that is a link, an entry's headline over
its date and picture), found in the page's markup and put back over the paragraph they head."""

from __future__ import annotations

from . import furniture
from .layout import HEADING, Line
from .layout.lines import comparable

MAX_HEAD_WORDS = 20
"""A subhead's length at most."""

META_WORDS = 12
"""An entry's meta line (its date and section, "zondag 15 augustus 2021 · Zoek- en reddingsactie") at most."""


def page_headings(root) -> list[tuple[str, str]]:
    """The page's subheads (h2 to h6), each with the flattened text of what follows it."""
    found = []
    for head in root.iter("h2", "h3", "h4", "h5", "h6"):
        text = " ".join(head.text_content().split())
        following = head.getnext()
        while following is not None and _between(following):
            following = following.getnext()
        if text and following is not None and len(text.split()) <= MAX_HEAD_WORDS:
            found.append((text, comparable(following.text_content())))
    return found


def _between(element) -> bool:
    """What stands between an entry's headline and its text and is none of it: a comment, an empty block, the
    entry's date ("10 september, 2018"), a meta line around its <time>, a picture with its caption.

    >>> import lxml.html
    >>> _between(lxml.html.fromstring("<div><time>3 mei 2021</time> · Organisatie</div>"))
    True
    >>> _between(lxml.html.fromstring("<figure><img src='a.jpg'><figcaption>Het nieuwe plein</figcaption></figure>"))
    True
    >>> _between(lxml.html.fromstring("<p>Het college opent op 3 mei het nieuwe plein aan de haven.</p>"))
    False
    """
    if not isinstance(element.tag, str):
        return True
    text = " ".join(element.text_content().split())
    if not text or furniture.shape.is_date_line(text) or element.tag == "figure":
        return True
    return element.find(".//time") is not None and len(text.split()) <= META_WORDS


def restore_headings(lines: list[Line], heads: list[tuple[str, str]]) -> list[Line]:
    """Subheads the extraction dropped, put back over the paragraph that follows them on the page (a
    fallback extractor keeps the paragraphs of a page but not its headings)."""
    out: list[Line] = []
    known = {comparable(line.text) for line in lines if line.hint == HEADING}
    after = {below[:200]: text for text, below in heads if comparable(text) not in known and len(below) >= 40}
    for line in lines:
        text = after.get(comparable(line.text)[:200]) if line.hint != HEADING else None
        if text and not (out and comparable(out[-1].text) == comparable(text)):
            out.append(Line(text, line.block, HEADING))
        out.append(line)
    return out


def ranked_headings(root) -> frozenset[str]:
    """The page's subheads (h2 to h6), flattened, whose next heading is of the same level: one of a run of chapters
    or entries (a standfirst set as a heading has the text's subheads, a level down, under it).

    >>> import lxml.html
    >>> sorted(ranked_headings(lxml.html.fromstring("<div><h2>Wat is de raad</h2><p>x</p><h2>Leden</h2><h3>Wie</h3><h2>Waarom</h2></div>")))
    ['wat is de raad']
    """
    heads = [(head.tag, comparable(head.text_content())) for head in root.iter("h2", "h3", "h4", "h5", "h6")]
    return frozenset(text for (tag, text), (after, _) in zip(heads, heads[1:]) if text and after == tag)


def contents_entries(root) -> list[str]:
    """The texts of the page's links to a place on the page itself (<a href="#voorwoord">): a table of contents,
    whose entries are the page's own chapters, flattened for lookup; a bare "#" goes nowhere and names none.

    >>> import lxml.html
    >>> contents_entries(lxml.html.fromstring("<div><a href='#wie'>Wie we zijn</a> <a href='#'>Deel</a> <a href='/x'>X</a></div>"))
    ['wie we zijn']
    """
    return [comparable(a.text_content()) for a in root.iter("a") if (a.get("href") or "").startswith("#")
            and len(a.get("href")) > 1 and a.text_content().strip()]


def is_own_chapter(text: str, entries: list[str]) -> bool:
    """A heading the page's table of contents lists, in whole or as the end of an entry: a chapter of the page,
    not a link to another one.

    >>> is_own_chapter("Onze échte ambtenarenfamilie", ["steven en gwendolyne, onze échte ambtenarenfamilie"])
    True
    >>> is_own_chapter("Meest gelezen", ["wie we zijn"])
    False
    """
    key = comparable(text).strip(" .…")
    return len(key) >= 8 and any(key in entry for entry in entries)


def chapter_heads(root) -> list[tuple[str, str]]:
    """Chapter heads set straight over a block that opens with a subhead of a lower rank (<h2> over a <div> whose
    first words are an <h3>), each with that subhead, flattened: the extraction keeps the subhead but may drop the
    chapter's head, having no paragraph under it. Only a chapter the page's own links lead to (its section's id is
    the target of an <a href="#...">), so that a box's label over its teasers' headlines is not taken for one.

    >>> import lxml.html
    >>> page = "<div><a href='#k'>Kwaliteit</a><section id='k'><h2>Kwaliteit eerst</h2><div><h3>Het jaar</h3><p>x</p></div></section></div>"
    >>> chapter_heads(lxml.html.fromstring(page))
    [('Kwaliteit eerst', 'het jaar')]
    >>> chapter_heads(lxml.html.fromstring("<div><section><h2>Meer nieuws</h2><div><h3>Ander bericht</h3></div></section></div>"))
    []
    """
    targets = {(a.get("href") or "")[1:] for a in root.iter("a") if (a.get("href") or "").startswith("#")} - {""}
    found = []
    for head in root.iter("h2", "h3", "h4", "h5"):
        following = head.getnext()
        while following is not None and _between(following):
            following = following.getnext()
        parent = head.getparent()
        if following is None or not {head.get("id"), parent.get("id") if parent is not None else None} & targets:
            continue
        first = next((e for e in following.iterdescendants() if isinstance(e.tag, str) and e.text_content().strip()), None)
        if first is not None and first.tag in _HEADS and first.tag > head.tag:
            found.append((" ".join(head.text_content().split()), comparable(first.text_content())))
    return found


_HEADS = ("h3", "h4", "h5", "h6")


def parent_heads(lines: list[Line], root) -> frozenset[str]:
    """The subheads (flattened) right over a subhead the page ranks lower (<h2>Hooibeekhoeve</h2><h3>Kennis oogsten</h3>),
    with no text between: a chapter's head over its first section (dev: 13 such, all subheads in the keys).

    >>> import lxml.html
    >>> page = lxml.html.fromstring("<div><h2>De hoeve</h2><h3>Het domein</h3><p>x</p><h3>De stallen</h3></div>")
    >>> sorted(parent_heads([Line("De hoeve", 0, HEADING), Line("Het domein", 1, HEADING), Line("De stallen", 2, HEADING)], page))
    ['de hoeve']
    """
    ranks: dict[str, int] = {}
    for head in root.iter("h2", *_HEADS):
        ranks.setdefault(comparable(head.text_content()), int(head.tag[1]))
    keys = [comparable(line.text) if line.hint == HEADING else "" for line in lines]
    return frozenset(key for key, below in zip(keys, keys[1:]) if key in ranks and below in ranks and ranks[key] < ranks[below])


def restore_chapter_heads(lines: list[Line], heads: list[tuple[str, str]]) -> list[Line]:
    """Chapter heads the extraction dropped, put back over the subhead that opens their chapter."""
    known = {comparable(line.text) for line in lines if line.hint == HEADING}
    over = {sub: text for text, sub in heads if comparable(text) not in known and len(text.split()) <= MAX_HEAD_WORDS}
    out: list[Line] = []
    for line in lines:
        text = over.pop(comparable(line.text), None) if line.hint == HEADING else None
        if text:
            out.append(Line(text, line.block, HEADING))
        out.append(line)
    return out
