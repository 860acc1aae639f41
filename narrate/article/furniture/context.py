"""Cutting furniture found by context and inside paragraphs, before the line rules run.

``plan_cuts`` is the entry point: it takes the page's lines (a browser
copy's or an HTML page's) and says which to cut and why (the rules of
``blocks``), and what to cut inside the others (the rules of ``inline``);
the layout records each cut in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import blocks, classify_line, inline, is_reference_heading, is_related_head, portraits, signatures, site_chrome, vocab
from ..model import Removed, RemovalReason
from ..people import is_full_name, is_name_label

_INLINE_REASON: dict[str, RemovalReason] = {
    "byline": "byline in text",
    "reference": "related link",
    "hint": "reading hint",
    "meta": "date line",
    "caption": "photo caption",
}
_SIGN_OFF = re.compile(rf"\((?:{vocab.AGENCIES})(?:\s*/\s*[\w.]{{1,12}})*\)\s*$", re.IGNORECASE)
"""An agency's sign-off after the last sentence, "(ANP/MR)": the article ends there."""
_HEADING = "heading"
_NOT_FOR_HEADINGS = frozenset({"related link", "photo credit", "photo caption", "source credit"})
"""Line rules too greedy for a heading of the page's own ("Meer over de plannen" is a heading, not a link)."""
_HEADER_WIDGETS = frozenset({"photo credit", "share button", "reading time"})
"""What stands under an article's headline (and under no teaser's)."""
_BARE_BYLINE = re.compile(r"(?i)^(?:door|tekst|tekst en (?:beeld|foto(?:['’]s)?)|auteur|geschreven door)\s*:?\s*$")
"""A byline's label with nothing after it: the author's name is on the next line."""
CONTINUED_WORDS = 8
"""A cut line this long that stops mid-sentence was hard-wrapped: the next line goes on with it."""


@dataclass
class Plan:
    """What to cut from a page's lines."""

    lines: list
    """The lines with glued furniture cut out of them (same count and order as given)."""

    glued: dict[int, list[Removed]]
    """Per line index: the pieces cut out of that line."""

    cuts: dict[int, RemovalReason]
    """Per line index: why the whole line is furniture."""

    text: frozenset[int] = frozenset()
    """Lines a line rule takes for furniture that their context shows to be the article's text."""


def plan_cuts(lines: list) -> Plan:
    """What to cut from ``lines`` (layout ``Line``s) by context and inside paragraphs."""
    lines, glued = _strip_inline(lines)
    texts = [line.text for line in lines]
    reasons = [classify_line(t) for t in texts]
    text = _context_text(texts, reasons)
    reasons = [None if i in text else r for i, r in enumerate(reasons)]
    cut: dict[int, RemovalReason] = {}
    banner, origin = blocks.wiki_banner(texts)
    cut.update(dict.fromkeys(banner, "navigation"))
    cut.update(dict.fromkeys(polls := blocks.poll_lines(texts), "poll"))
    cut.update(dict.fromkeys(_split_bylines(texts), "byline in text"))
    box = blocks.infobox_lines(texts, [line.block for line in lines])
    cut.update(dict.fromkeys(set(box) | set(blocks.record_lines(texts)), "infobox"))
    cut.update(dict.fromkeys(portraits.pictured_cards(texts, reasons), "photo caption"))
    cut.update(dict.fromkeys(portraits.aged_captions(texts), "photo caption"))
    flagged = [r is not None or i in cut for i, r in enumerate(reasons)]
    # A caption long enough to read as prose stands inside the article: it must not split it in two.
    core = _core_around(texts, [f and reasons[i] != "photo caption" for i, f in enumerate(flagged)], box | _poll_tails(polls))
    core = _before_closing_widget(lines, texts, ["poll" if i in polls else r for i, r in enumerate(reasons)], core, flagged)
    keep = set(range(core.start, core.end + 1)) if core else set()
    keep.update(_trail_titles(texts))
    if core and core.start >= 1 and blocks.shape.is_short(texts[core.start - 1]) and reasons[core.start - 1] is None:
        keep.add(core.start - 1)  # a short headline just above the article
    keep.update(_headline_over_meta(texts, reasons, core.start) if core else ())
    if origin is not None:
        keep.add(origin - 1)  # the wiki page's title
    marks = {i for i, r in enumerate(reasons) if r in _HEADER_WIDGETS}
    menus = blocks.menu_lines(texts, keep, frozenset(marks))
    for i in menus:
        if not (core and i > core.start and _heads_prose(texts, reasons, menus, i)):
            cut.setdefault(i, reasons[i] or "navigation")
    for i, head in blocks.list_items(texts, keep, marks).items():
        under_link_head = reasons[head] == "related link" and i != head  # the links under a "Lees ook"
        cut.setdefault(i, "related link" if under_link_head else reasons[i] or "teaser list")
    if core:
        _cut_after_release(texts, core.start, cut)
        _cut_reader_buttons(texts, reasons, core.start, cut)
        _cut_tail(texts, reasons, flagged, core, cut)
        for i in range(core.start + 1, core.end):
            if reasons[i] is None and lines[i].hint != _HEADING and blocks.is_caption(texts, i):
                cut.setdefault(i, "photo caption")  # a line the markup sets as a heading is no picture's caption
    for i, line in enumerate(lines):
        if line.hint == _HEADING and reasons[i] is not None and reasons[i] not in _NOT_FOR_HEADINGS:
            cut.setdefault(i, reasons[i])  # a page's widget set as a heading ("Deel deze pagina", "Meer in deze editie")
    _cut_continuations(lines, reasons, cut)
    inside = range(core.start, core.end + 1) if core else range(0)
    for i in [i for i in cut if reasons[i] == "related link" and is_related_head(texts[i]) and i in inside]:
        del cut[i]  # in the article the layout cuts a "Lees ook" with the link under it
    return Plan(lines, glued, cut, text)


def _context_text(texts: list[str], reasons: list) -> frozenset[int]:
    """Lines a line rule takes for furniture that their context shows to be the article's text."""
    rules = (_turns_to_reader, _own_newsletter, _button_subhead)
    return frozenset(i for i in range(len(texts)) if any(rule(texts, reasons, i) for rule in rules))


def _poll_tails(polls: set[int]) -> set[int]:
    """All but the first line of each poll: a poll's question, answers and tallies are one widget, which parts two
    paragraphs no more than a share bar does; like a share bar it closes the article unless the article's statements
    go on under it.

    >>> sorted(_poll_tails({4, 5, 6, 7, 12, 13}))
    [5, 6, 7, 13]
    """
    return {i for i in polls if i - 1 in polls}


def _turns_to_reader(texts: list[str], reasons: list, i: int) -> bool:
    """A paragraph of the article that turns to the reader only after two sentences of its own ("... Wilt u kandidaat
    zijn? Meld u aan bij uw gemeente."), with the article's prose going on under it: no site's box. At the article's
    end such a line still closes it."""
    text = texts[i]
    address, widget = vocab.ADDRESS.search(text), vocab.READER_WIDGET.search(text)
    if reasons[i] != "call to action" or not (address and widget):
        return False
    below = i + 1 < len(texts) and reasons[i + 1] is None and blocks.shape.is_prose(texts[i + 1])
    return below and blocks.shape.prose_before(text[: min(address.start(), widget.start())])


def _button_subhead(texts: list[str], reasons: list, i: int) -> bool:
    """A button's word set as a subhead ("Aanmelden", "Meer informatie"): the article's prose right above it and
    paragraphs of a body's length right under it. A banner's or a form's button stands under the widget's own text or
    over the page's foot, and the few words under a "Meer info" are a contact's.

    >>> body = "Wie de avond wil bijwonen, schrijft zich tot vrijdag in via de website van de gemeente. " * 3
    >>> _button_subhead(["De gemeenteraad stemt in maart over het plan van het college.", "Aanmelden", body], [None, "cookie banner", None], 1)
    True
    >>> _button_subhead(["Wij gebruiken cookies om je de beste ervaring te bieden.", "Aanmelden", body], ["cookie banner"] * 2 + [None], 1)
    False
    """
    words = texts[i].split()
    if reasons[i] != "cookie banner" or len(words) > 3 or re.search(r"[.!?]$", texts[i]) or not 0 < i < len(texts) - 1:
        return False
    def told(j: int) -> bool:
        return reasons[j] is None and blocks.shape.is_prose(texts[j])
    j, words = i + 1, 0
    while j < len(texts) and told(j):  # the prose right under it, one paragraph after another
        words, j = words + len(texts[j].split()), j + 1
    return told(i - 1) and words >= SECTION_WORDS


SECTION_WORDS = 30
"""The words of the paragraphs under a subhead: a body's, more than a contact's line or a page's blurb on itself."""


_NEWSLETTER_WORD = re.compile(r"(?i)\b(?:nieuwsbrief|newsletter)\w*")
"""The word that makes a line speak about a newsletter, a sign-up box's or the newsletter's own."""


def _own_newsletter(texts: list[str], reasons: list, i: int) -> bool:
    """A newsletter's own opening ("Hieronder vindt u de nieuwsbrief van mei 2018") on a page that is the newsletter:
    the page opens with it, or a headline above it names a newsletter. Without the word the line asks nothing of the
    reader; a sign-up box ("Schrijf u in op onze nieuwsbrief") still does and stays furniture.

    >>> _own_newsletter(["Nieuwsbrief van de Buurtraad mei", "Hieronder vindt u de nieuwsbrief van mei."], [None, "call to action"], 1)
    True
    >>> _own_newsletter(["Nieuwsbrief van de Buurtraad mei", "Schrijf u in op onze nieuwsbrief."], [None, "call to action"], 1)
    False
    >>> _own_newsletter(["De gemeente bouwt een brug", "Hieronder vindt u de nieuwsbrief van mei."], [None, "call to action"], 1)
    False
    """
    text = texts[i]
    if reasons[i] != "call to action" or not _NEWSLETTER_WORD.search(text):
        return False
    if classify_line(_NEWSLETTER_WORD.sub("", text)) is not None:
        return False
    named = (reasons[j] is None and blocks.shape.is_title_like(texts[j]) and _NEWSLETTER_WORD.search(texts[j]) for j in range(i))
    return i == 0 or any(named)


def _cut_after_release(texts: list[str], start: int, cut: dict[int, RemovalReason]) -> None:
    """Cut what follows a press release's end mark below the article's start ("Noot voor de redactie", "Einde
    persbericht"): it is for the newsroom, not the reader."""
    release_end = next((i for i, t in enumerate(texts) if vocab.END_OF_RELEASE.match(t)), None)
    if release_end is not None and release_end > start:
        cut.update({i: "after the article" for i in range(release_end, len(texts)) if i not in cut})


def _cut_reader_buttons(texts: list[str], reasons: list, start: int, cut: dict[int, RemovalReason]) -> None:
    """Cut a public site's contact buttons ("Stuur ons een bericht") and a news site's push buttons ("Zet meldingen
    aan") under the article's first paragraph (``start``), once the article's end is found, so that none ends it: one
    stands beside the text as often as under it. Above the article such a line may be a menu's entry or the headline
    of a page called "Stel uw vraag"."""
    for i in range(start + 1, len(texts)):
        if i not in cut and reasons[i] is None:
            if site_chrome.is_contact_button(texts[i]):
                cut[i] = "contact details"
            elif site_chrome.is_push_button(texts[i]):
                cut[i] = "call to action"


def _trail_titles(texts: list[str]) -> set[int]:
    """A line just under a breadcrumb that names the page the trail ends on again: the page's headline, not a menu's.

    >>> sorted(_trail_titles(["Home / Nieuws / Het KCE voorstellen", "Het KCE voorstellen", "RAM"]))
    [1]
    """
    found = set()
    for i, text in enumerate(texts):
        steps = blocks.shape.trail_steps(text)
        last = steps[-1].lower() if len(steps) >= 2 else None
        found.update(j for j in range(i + 1, min(i + 4, len(texts))) if last and texts[j].strip().lower() == last)
    return found


META_LINES = 4
"""Lines of date, author and tags that may stand between an article's headline and its first paragraph."""
_META_REASONS = frozenset({"date line", "byline in text", "reading time"})


def _headline_over_meta(texts: list[str], reasons: list, start: int) -> list[int]:
    """The headline over the article's date, author or tag lines, right over its first paragraph (``start``):
    "Brand in leegstaande school" over "Afgerond · Brand · Rotterdam" and "Geplaatst op 2 mei 2023"; kept though
    a run of short lines or a teaser list takes it in, for nothing but the article's own header stands below it.

    >>> _headline_over_meta(["Home", "Brand in school", "Geplaatst op 2 mei 2023", "De brandweer blust een brand in een school."], [None] * 4, 3)
    [1]
    >>> _headline_over_meta(["Home", "Nieuws", "De brandweer blust een brand in een school."], [None] * 3, 2)
    []
    >>> _headline_over_meta(["Thema:", "Zorg en welzijn", "Veilige stad", "2 mei 2023", "De brandweer blust een brand."], [None] * 5, 4)
    []
    """
    j = start - 1
    while j >= 0 and start - j <= META_LINES and (reasons[j] in _META_REASONS | _HEADER_WIDGETS or _dated_meta(texts[j])
                                                  or _tag_row(texts[j]) or _author_line(texts[j])):
        j -= 1
    if j == start - 1 or j < 0 or reasons[j] is not None or blocks.shape.is_prose(texts[j]) or len(texts[j].split()) < 2:
        return []
    # The last of a list of tags or menu entries; a headline under a menu set one entry a line is longer than them.
    in_list = j >= 2 and all(blocks.shape.is_short(texts[k]) for k in (j - 1, j - 2))
    longer = blocks.shape.is_title_like(texts[j]) and all(len(texts[k].split()) < len(texts[j].split()) - 1 for k in (j - 1, j - 2))
    signed = _author_line(texts[j + 1])  # a menu's last entry never stands over an author
    return [] if in_list and not (longer or signed) else [j]


def _dated_meta(text: str) -> bool:
    """A date line, or a short line that dates the post and says who wrote it ("Geplaatst op 2 mei door de redactie")."""
    shape = blocks.shape
    return shape.is_date_line(text) or shape.has_date(text) and len(text.split()) <= 10 and not shape.is_prose(text)


def _author_line(text: str) -> bool:
    """Who wrote it, alone on its line: a byline's label and a name ("Door Jan Peeters"), or a full name alone.

    >>> _author_line("Door Jan Peeters"), _author_line("Jan Peeters"), _author_line("Door de regen gaat de markt niet door.")
    (True, True, False)
    """
    words = text.split()
    signed = bool(vocab.BYLINE_START.match(text)) and len(words) <= 8 and not re.search(r"[.!?]$", text)
    newsroom = re.fullmatch(r"(?i)(?:(?:door )?de )?redactie", text.strip())  # the newsroom signs without a name
    return signed or bool(newsroom) or len(words) <= 4 and is_full_name(text.strip())


def _tag_row(text: str) -> bool:
    """Tags or a status row under a headline: three or more parts of one or two words between separators.

    >>> _tag_row("Afgerond · Brand · Rotterdam"), _tag_row("Brand in de haven")
    (True, False)
    """
    parts = blocks.shape.segments(text)
    return len(parts) >= 3 and all(1 <= len(part.split()) <= 2 for part in parts)


def _split_bylines(texts: list[str]) -> list[int]:
    """A byline set over two lines, its label on the first ("tekst:") and the author's name on the next.

    >>> _split_bylines(["Onderwijsprijzen uitgereikt", "tekst:", "Koen Guiking", "Docenten kregen een prijs."])
    [1, 2]
    >>> _split_bylines(["Door:", "De regels veranderen in januari."])
    []
    """
    return [j for i in range(len(texts) - 1) if _BARE_BYLINE.match(texts[i]) and is_full_name(texts[i + 1].strip())
            for j in (i, i + 1)]


def _heads_prose(texts: list[str], reasons: list, menus: set[int], i: int) -> bool:
    """The last line of a run of short lines, right over a paragraph of the article ("Contact / Theo Buijserd /
    Projectleider / Planning" over "De voorlopige projectplanning is ..."): the next section's heading, not a menu's."""
    return reasons[i] is None and i + 1 < len(texts) and i + 1 not in menus and blocks.shape.is_prose(texts[i + 1])


def _core_around(texts: list[str], flagged: list[bool], box: set[int]) -> blocks.Core | None:
    """The article's core, found as if the fact box beside the text were not there: a wiki's infobox
    stands between the first paragraph and the rest, and is no sign that the article is over."""
    seen = [i for i in range(len(texts)) if i not in box]
    core = blocks.find_core([texts[i] for i in seen], [flagged[i] for i in seen])
    return blocks.Core(seen[core.start], seen[core.end]) if core else None


_CLOSING_WIDGETS = frozenset({"share button", "newsletter", "navigation", "call to action", "cookie banner", "comments",
                               "subscription prompt", "after the article", "poll"})
"""What a page sets under its article's last paragraph, never between two of its paragraphs (a "Lees ook" may be)."""
LAST_WORDS = 40
"""Prose after a share bar or a newsletter box this short is the page's ("Het NPLW is een programma van ..."):
an article goes on under such a widget for at least a paragraph of its own."""


def _before_closing_widget(lines: list, texts: list[str], reasons: list, core: blocks.Core | None,
                           flagged: list[bool]) -> blocks.Core | None:
    """The core ends before a share bar, newsletter box or call to action that only a line or two of prose follow,
    right under it: prose under a heading of its own after the widget may still be the article's last section, and
    a widget the page set as a heading ("Deel deze pagina via e-mail") stands inside the article's own markup."""
    if core is None:
        return None
    prose = [i for i in range(core.start, core.end + 1) if reasons[i] is None and blocks.shape.is_prose(texts[i])]
    for before, after in zip(prose, prose[1:]):
        rest = [i for i in prose if i >= after]
        words = sum(len(texts[i].split()) for i in rest)
        if len(rest) <= 2 and (words < LAST_WORDS or words < WALLED_WORDS and _walled(lines, reasons, rest[0], rest[-1])) \
                and any(_closes(lines[j], reasons[j]) and not _in_embed(texts, j) for j in range(before + 1, after)) \
                and (reasons[after - 1] is not None or _teaser_under_head(texts, before, after)) \
                and not _goes_on(texts, flagged, before, rest):
            return blocks.Core(core.start, before)
    return core


def _teaser_under_head(texts: list[str], before: int, after: int) -> bool:
    """The prose under a widget is a teaser's summary: a list head ("Gerelateerd nieuws") and a title stand right
    above it, where an article's last section stands under a subhead alone.

    >>> _teaser_under_head(["Het plan kost geld.", "Deel dit", "Meer nieuws", "Markt verhuist naar plein", "De markt verhuist."], 0, 4)
    True
    >>> _teaser_under_head(["Het plan kost geld.", "Deel dit", "De planning", "De bouw start in mei."], 0, 3)
    False
    """
    return after - 2 > before and blocks.is_list_head(texts[after - 2]) and blocks.shape.is_title_like(texts[after - 1])


def _goes_on(texts: list[str], flagged: list[bool], before: int, rest: list[int]) -> bool:
    """The article's text goes on under a widget set between two of its paragraphs ("Deel dit artikel", a newsletter
    pitch): nothing but furniture stands between the paragraphs, and what follows is a run of two or more of the
    article's statements, one paragraph right under the other. A page's own prose under its closing widgets asks
    ("Hoe kies je een warmtebron?"), turns to the reader ("Houd onze vacaturepagina in de gaten"), or stands apart
    between other lines of the page; and one statement alone may be the page's blurb on itself ("Het programma is een
    samenwerking van ..."), which no shape tells from an article's last paragraph, so it still ends the article.

    >>> _goes_on(["Het plan kost veel geld.", "Deel dit artikel", "De raad stemt in maart.", "De bouw start in mei."], [False, True, False, False], 0, [2, 3])
    True
    >>> _goes_on(["Het plan kost veel geld.", "Deel dit artikel", "Wil je weten wat er in jouw straat verandert?"], [False, True, False], 0, [2])
    False
    """
    return (all(flagged[j] for j in range(before + 1, rest[0]))
            and (len(rest) >= 2 or _said(texts[rest[0]])) and rest == list(range(rest[0], rest[0] + len(rest)))
            and all(_told(texts[i]) for i in rest))


def _said(text: str) -> bool:
    """A quote and the narrator's verb of saying beside it ("‘We gaan door’, zegt Claes."): the article's own voice,
    which no page's blurb on itself has.

    >>> _said("‘We willen snel beginnen met de werken’, zegt wethouder Mia Claes."), _said("Het fonds is een samenwerking.")
    (True, False)
    """
    from ..quotes.words import SPEECH_VERBS  # here: the quotes package reads furniture when it loads
    quoted = [m.group() for m in _QUOTE_SPAN.finditer(text)]
    outside = _QUOTE_SPAN.sub(" ", text).lower().split()
    return any(len(q.split()) >= 3 for q in quoted) and any(w.strip(".,;:!") in SPEECH_VERBS for w in outside)


_PAGE_VOICE = re.compile(r"(?i)\b(?:je|jij|jou|jouw|u|uw|we|wij|ons|onze)\b|\?|[|·•]|https?:|www\.|@|\.(?:nl|be|com)\b")
"""What the page's own prose has and an article's told statement has not outside its quotes: the reader or the
site's "we" addressed, a question, a link, a row's separators."""
_QUOTE_SPAN = re.compile(r"[\"“„«][^\"“”„«»]*[\"”»]|(?:^|(?<=\s))[‘'][^‘’']*[’'](?=[\s.,;:!?]|$)")
"""A quoted span: the speaker's words may say "we" or ask, the narrator's may not."""


def _told(text: str) -> bool:
    """A statement the article tells: it ends a sentence, and outside its quotes it neither asks nor addresses.

    >>> _told("‘We hadden op drukte gerekend’, zegt beheerder Sanne de Vries."), _told("Hoe kies je een warmtebron?")
    (True, False)
    """
    return blocks.shape.STATEMENT_END.search(text.strip()) is not None and not _PAGE_VOICE.search(_QUOTE_SPAN.sub(" ", text))


def _in_embed(texts: list[str], j: int) -> bool:
    """A line of a post embedded in the text (its sign line "— Name (@handle) 6 december", "Bekijk dit bericht op
    Instagram", or the post's words right above such a line): a post stands between two paragraphs, so the
    article goes on under it and no share bar closes it there.

    >>> _in_embed(["Blij met de brug!", "— Jan Peeters (@janpeeters) 6 december 2026", "Deel dit artikel"], 0)
    True
    >>> _in_embed(["Blij met de brug!", "— Jan Peeters (@janpeeters) 6 december 2026", "Deel dit artikel"], 2)
    False
    >>> _in_embed(["Om deze video te bekijken, moet je cookies accepteren.", "Cookies accepteren"], 1)
    True
    """
    return blocks.in_post(texts, j) or any(_stands_in(texts[k]) for k in (j - 1, j) if k >= 0)


_SHOWN_THING = re.compile(r"(?i)\b(?:deze|dit|this)\s+(?:inhoud|content|video|tweet|post|bericht|embed|reel|kaart|podcast)\b|"
                          r"^(?:tweet|post|bericht|video)\b")
"""What an embed's stand-in points at: the content that stands in its place ("deze video", "dit bericht")."""
_SHOWING = re.compile(r"(?i)\b(?:bekijk\w*|zien|tonen|getoond|weer\s?te\s?geven|weergegeven|afspelen|afgespeeld|laden|"
                      r"geladen|view|watch|see|load\w*)\b")
"""Showing it: what a stand-in says needs the reader's consent or a click."""


def _stands_in(text: str) -> bool:
    """The stand-in of an embedded post, video or map that the page shows without the reader's consent to a platform's
    cookies ("Om deze video te bekijken, moet je cookies accepteren", "Dit bericht op X bekijken"): it stands where the
    embed does, between two paragraphs; a share bar ("Deel dit bericht") shows nothing.

    >>> _stands_in("Deze inhoud kan niet worden getoond zonder cookies."), _stands_in("Deel dit bericht via e-mail")
    (True, False)
    """
    return bool(_SHOWN_THING.search(text) and _SHOWING.search(text))


WALLED_WORDS = 80
"""Prose between two closing widgets may run this long and still be the page's: with a share bar right under it
too, it stands in the page's frame ("Het platform is een overleg van ... ." between a site notice and "Deel op
Facebook"), not at the article's end."""


def _walled(lines: list, reasons: list, first: int, last: int) -> bool:
    """The lines right above and right under the last prose are both closing widgets of a few words: a one-word
    widget ("Aanmelden", "Downloads") may be a subhead the line rules misread."""
    walls = (first - 1, last + 1)
    return all(0 <= j < len(lines) and _closes(lines[j], reasons[j]) and len(lines[j].text.split()) >= WALL_WORDS
               for j in walls)


WALL_WORDS = 3
"""Words a closing widget has at least to wall prose in: a notice or a share bar, not a lone label."""


def _closes(line, reason: RemovalReason | None) -> bool:
    """A widget that closes an article: not one of a picture's ("Vergroot afbeelding"), which stands in the text."""
    return reason in _CLOSING_WIDGETS and line.hint != _HEADING and not _PICTURE_WORD.search(line.text)


_PICTURE_WORD = re.compile(r"(?i)\b(?:foto|afbeelding|beeld|video)")


def _cut_tail(texts, reasons, flagged, core: blocks.Core, cut: dict[int, RemovalReason]) -> None:
    """Everything after the article once the page shows it is over, up to a reference section (cut elsewhere)."""
    # A "Bron" over a name and a role is the sender's box of a press release, no list of sources: no stop there.
    stop = next((j for j in range(core.end + 1, len(texts)) if is_reference_heading(texts[j])
                 and not (j + 1 < len(texts) and is_name_label(texts[j + 1]))), len(texts))
    ends = bool(_SIGN_OFF.search(texts[core.end]))
    links = False  # under a "Lees ook": the links are related links
    for j in sorted(blocks.tail_lines(texts[:stop], flagged[:stop], core, ends)):
        if reasons[j] is None and vocab.BYLINE_START.match(texts[j]):
            continue  # the author's line: the layout keeps it as the byline
        if j == core.end + 1 and signatures.is_quote_alone(texts[core.end]) and signatures.is_signature(texts[j]):
            continue  # who said the article's last words: the layout reads it as the quote's signature
        if reasons[j] is not None:
            links = reasons[j] == "related link"
            cut.setdefault(j, reasons[j])
        elif links or blocks.is_list_head(texts[j]):
            cut.setdefault(j, "related link" if links else "teaser list")
        elif blocks.shape.is_title_like(texts[j]):
            cut.setdefault(j, "teaser list")
        else:
            cut.setdefault(j, "after the article")


def _cut_continuations(lines: list, reasons: list, cut: dict[int, RemovalReason]) -> None:
    """A hard-wrapped line that goes on mid-sentence from a line cut as furniture is cut with it."""
    for i in range(1, len(lines)):
        reason = cut.get(i - 1) or reasons[i - 1]
        text, above = lines[i].text, lines[i - 1].text
        if (
            reason
            and i not in cut
            and lines[i].block == lines[i - 1].block
            and text[:1].islower()
            and len(above.split()) >= CONTINUED_WORDS
            and not re.search(r"[.!?:]$", above)
        ):
            cut[i] = reason
            reasons[i] = reason


def _strip_inline(lines: list) -> tuple[list, dict[int, list[Removed]]]:
    out, glued = [], {}
    for i, line in enumerate(lines):
        text, cuts = inline.strip_inline(line.text) if line.hint != _HEADING else (line.text, [])
        if cuts:
            glued[i] = [Removed(piece, _INLINE_REASON[kind]) for piece, kind in cuts]
            line = replace(line, text=text or line.text)
        out.append(line)
    return out, glued
