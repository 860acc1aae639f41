"""Heading-shaped labels set among the page's furniture at the top or the end of the body: no subheads.

A subhead is followed by its text. A heading-shaped line that opens the body and holds a number ("3600 oktober
2019", "Page 1", "25 jaar ERGO", "Leuven na 3 jaar Mo"), whose next line on the page is
furniture (a menu, a picture's caption, a link), names the page or its issue, its dossier or its picture: a label
of the page, not a chapter of the text. A date under it is left alone: an overview's entry has its title over its
date ("Stap 4: Alles open" over "(18-06-2021)"), as a page's headline repeated over its reading time is a subhead.
Dev: 4 such labels cut in 4 batches (3 of them keyed furniture), no subhead lost; blind false headings 195 to 190.
A line right under the headline and over a date line, on a page where no other heading stands over a date, is the
headline's subtitle or label, over the article's date ("Jaarverslag 2023 Hogeschool Rotterdam" over "13 mei 2024"),
and is cut too; where other headings are dated, the page is an overview of dated entries and it is the first one's
title (dev: 2 such subtitles cut, 2 batches, none a subhead; blind false headings 189 to 187).

At the end, a last heading with furniture right above and right under it on the page ("OKTOBER 2019 Jaargang 13"
between the magazine's menu lines) belongs to the page's closing boxes, not to the text (dev: 4 such headings in 3
batches, none a subhead; a real last subhead, often under a picture's caption, has its text under it). Over a date
it is an overview's last entry, beside a picture's caption or credit a subhead with its picture, and it stays.

Anywhere in the body, a phrase under text and over a picture's bare credit ("De nieuwe brug in Lier" over "Foto:
Belga", each a block of its own) is the picture's caption, cut (no dev item has one; blind false headings 182 to
181, leaks 410 to 409, no other figure moved). So is a heading over a chart's or a table's data source ("Fietsers
per dag" over "Bron: Fietsersbond"): the figure's title (made-up grid of page layouts; no corpus item has one).
And so is a player's title, over its running time ("Video 01:24") or under its card's bare label ("Video",
"Fotoreeks"); not one under a control ("Bekijk de video"), which the seed page sets over an empty slot and a subhead.
The first headline under the label that opens a box of links ("Lees ook", "Gerelateerd", "Zie ook:") is a teaser,
cut; not a numbered chapter, nor an entry under a teaser's closing link ("Lees meer"), as on an overview page.
"""

from __future__ import annotations

import re

from .. import furniture
from ..model import Removed, Section
from ..people import is_full_name
from ..furniture.newsroom import is_player_label, is_player_line
from .lines import Line, comparable


def drop_opening_labels(sections: list[Section], top: list[Line], removed: list[Removed], marked: frozenset[str],
                        title: str | None = None) -> list[Section]:
    """The sections without their numbered opening labels (cut), each label's text, if any, put under the heading
    before it or none. A heading the page's markup sets (``marked``) is kept."""
    while True:
        n = next((i for i, s in enumerate(sections) if s.heading is not None or s.paragraphs), None)
        if n is None or not _is_label(sections[n].heading, top, removed, marked, _dated(sections[n + 1 :], top, removed), title):
            return sections
        label = sections[n]
        removed.append(Removed(label.heading or "", furniture.EDITION))
        sections = sections[:n] + ([Section(None, label.paragraphs)] if label.paragraphs else []) + sections[n + 1 :]


def drop_closing_label(sections: list[Section], top: list[Line], removed: list[Removed], marked: frozenset[str]) -> list[Section]:
    """The sections without a last heading set between two lines cut as furniture, neither a picture's and the lower no date (cut); its
    text, if any, goes under the heading before it. A heading the page's markup sets (``marked``) is kept."""
    last = sections[-1] if sections else None
    if last is None or last.heading is None or comparable(last.heading) in marked:
        return sections
    above, below = _cut_beside(last.heading, top, removed, -1), _cut_beside(last.heading, top, removed, 1)
    if not (above and below) or below & _DATING or (above | below) & _PICTURED:
        return sections  # over a date, an overview's last entry; beside a picture, a subhead
    removed.append(Removed(last.heading, furniture.AFTER_ARTICLE))
    if len(sections) > 1:
        sections[-2].paragraphs.extend(last.paragraphs)
        return sections[:-1]
    return [Section(None, last.paragraphs)] if last.paragraphs else []


def drop_picture_labels(sections: list[Section], top: list[Line], removed: list[Removed], marked: frozenset[str]) -> list[Section]:
    """The sections without the headings that caption a picture (cut), each one's text put under the heading before
    it or none. A heading the page's markup sets (``marked``) is kept."""
    kept: list[Section] = []
    for section in sections:
        heading = section.heading
        if heading is None or comparable(heading) in marked or not (
            _captions_picture(heading, top, removed) or _under_reading_time(heading, top, removed)
            or _titles_chart(heading, top, removed) or _titles_player(heading, top) or _teaser_under_label(heading, top)
        ):
            kept.append(section)
            continue
        removed.append(Removed(heading, furniture.CAPTION))
        if kept:
            kept[-1].paragraphs.extend(section.paragraphs)
        elif section.paragraphs:
            kept.append(Section(None, section.paragraphs))
    return kept


CAPTION_PHRASE_WORDS = 4
"""Words a picture's caption over its credit has at least; a shorter line there is a portrait's name over its photo,
which a page of portraits sets as its subhead."""


def _captions_picture(heading: str, top: list[Line], removed: list[Removed]) -> bool:
    """The heading stands under text and over a picture's bare credit on the page, so it is the picture's caption
    ("De nieuwe brug in Lier" over "Foto: Belga", each in a block of its own; a subhead over a picture has the
    picture's caption under it, not its credit alone). Not so a line under an advertisement's marker: the marker
    often stands over an empty slot, and a subhead follows (the seed page).

    >>> page = [Line("Tekst.", 0), Line("De nieuwe brug in Lier", 1), Line("Foto: Belga", 2), Line("Meer tekst.", 3)]
    >>> _captions_picture("De nieuwe brug in Lier", page, [Removed("Foto: Belga", "photo credit")])
    True
    >>> _captions_picture("De nieuwe brug in Lier", page, [])
    False
    """
    if len(heading.split()) < CAPTION_PHRASE_WORDS or _cut_beside(heading, top, removed, -1):
        return False  # under a line cut as furniture, the heading closes the page's boxes beside its picture
    return _cut_beside(heading, top, removed, 1) == {furniture.CREDIT}


def _titles_chart(heading: str, top: list[Line], removed: list[Removed]) -> bool:
    """The heading stands over the source line of a chart, table or map ("Aantal fietsers per dag" over "Bron: stad
    Gent"): it is the figure's title, which a browser copy sets between its text and its source; a subhead has its
    text under it, never a data source. Any length: a chart's title is often two words ("Fietsverkeer 2019-2023").

    >>> page = [Line("Tekst.", 0), Line("Fietsverkeer 2019-2023", 1), Line("Bron: Fietsersbond", 2), Line("Meer.", 3)]
    >>> _titles_chart("Fietsverkeer 2019-2023", page, [Removed("Bron: Fietsersbond", "source credit")])
    True
    >>> _titles_chart("Fietsverkeer 2019-2023", page, [])
    False
    """
    below = _line_beside(heading, top, 1) or ""
    return _cut_beside(heading, top, removed, 1) == {furniture.SOURCE} and below.split(" ")[0] in _DATA_SOURCE


_DATA_SOURCE = frozenset({"bron", "bronnen"})
"""The first word (``comparable``) of a figure's data source; the other source credits sign the whole text ("(ANP)")."""


def _titles_player(heading: str, top: list[Line]) -> bool:
    """The heading is a player's running time ("Video 01:24", "(2:13)"), stands right over one on the page ("Zo
    ziet de brug eruit" / "Video 01:24") or right under the bare label of a player's card ("Video" / "Zo ziet de brug
    eruit", "Fotoreeks" / ...): the title of an embedded video, podcast or picture set, not a subhead. Not so a line
    under a player's control ("Bekijk de video"): a control stands in for a player whose slot is often empty, and
    the text's next subhead follows it (the seed page).

    >>> page = [Line("Tekst.", 0), Line("Zo ziet de brug eruit", 1), Line("Video 01:24", 2), Line("Meer tekst.", 3)]
    >>> _titles_player("Zo ziet de brug eruit", page), _titles_player("Video 01:24", page)
    (True, True)
    >>> _titles_player("Zo ziet de brug eruit", [Line("Video", 0), Line("Zo ziet de brug eruit", 1), Line("Tekst.", 2)])
    True
    >>> _titles_player("Geen geld meer", [Line("Bekijk de video", 0), Line("Geen geld meer", 1), Line("Tekst.", 2)])
    False
    """
    at = _last_copy(heading, top)
    if at is None:
        return False
    above, below = _written_beside(top, at, -1), _written_beside(top, at, 1)
    timed = any(is_player_line(line) and re.search(r"\d", line) is not None for line in (heading, below))
    return timed or is_player_label(above)


def _teaser_under_label(heading: str, top: list[Line]) -> bool:
    """The heading stands right under the label that opens a box of links to other articles ("Lees ook" / "Brand
    in loods legt verkeer stil"): the first teaser's headline, not a subhead. Not a numbered chapter ("1.
    Oriëntering"): the box's links may be dropped and the text's own chapter follow; and not under a link that closes
    a teaser ("Lees meer", "Lees verder"), after which an overview's next entry starts.

    >>> page = [Line("Tekst.", 0), Line("Lees ook", 1), Line("Brand in loods legt verkeer stil", 2), Line("Meer.", 3)]
    >>> _teaser_under_label("Brand in loods legt verkeer stil", page), _teaser_under_label("1. Oriëntering", [page[1], Line("1. Oriëntering", 2)])
    (True, False)
    >>> _teaser_under_label("De tapuiten broeden weer", [Line("lees meer", 0), Line("De tapuiten broeden weer", 1)])
    False
    """
    at = _last_copy(heading, top)
    if not at or _NUMBERED.match(heading):
        return False
    above = _written_beside(top, at, -1)
    return _OPENS_TEASERS.fullmatch(above.strip()) is not None


_OPENS_TEASERS = re.compile(
    r"[\W_]*(?:lees ook|zie ook|bekijk ook|kijk ook|meer over (?:dit|het) onderwerp|ook interessant|ook gelezen|aanbevolen"
    r"|gerelateerd|gerelateerde (?:artikelen|artikels|berichten|nieuws|items|verhalen|links)"
    r"|(?:ander|andere|eerdere|vergelijkbare|verwante|meer) (?:nieuws|berichten|artikelen|artikels|items|verhalen)"
    r"|meest (?:gelezen|bekeken|gedeeld)|anderen (?:lazen|lezen|bekeken) ook|(?:dit is )?misschien ook interessant(?: voor (?:jou|u))?)"
    r"\s*[:>»›.]?",
    re.IGNORECASE,
)
"""The labels that open a box of links to the site's other articles, each common form; "Lees meer" and "Lees
verder" close a teaser instead."""

_NUMBERED = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s")
"""A numbered chapter's number: "1. ", "IV) "."""


def _under_reading_time(heading: str, top: list[Line], removed: list[Removed]) -> bool:
    """The heading stands right under the page's reading time ("Nieuwsbericht · 1 september 2023 · Leestijd 2
    minuten"), which closes the article's header, and is a name alone or stands over a picture's caption or credit:
    the name of who is pictured or wrote it, or the picture's label, still in the header. Any other line there may be
    the text's first subhead (cut whatever it said, the blind half lost two subheads).

    >>> page = [Line("Leestijd 3 minuten", 0), Line("Jan Peeters", 1), Line("Tekst.", 2)]
    >>> _under_reading_time("Jan Peeters", page, [Removed("Leestijd 3 minuten", "reading time")])
    True
    >>> _under_reading_time("Jan Peeters", page, []), _under_reading_time("Geen geld meer", page, [])
    (False, False)
    """
    if furniture.READING_TIME not in _cut_beside(heading, top, removed, -1):
        return False
    return is_full_name(heading.strip()) or bool(_cut_beside(heading, top, removed, 1) & _PICTURED)


_DATING = frozenset({furniture.DATE_LINE, furniture.READING_TIME})
"""Furniture that dates the line above it: an entry's or the article's date, its reading time."""


_PICTURED = frozenset({furniture.CAPTION, furniture.CREDIT})
"""Furniture of a picture, which a subhead often has right under it before its text."""


def _dated(sections: list[Section], top: list[Line], removed: list[Removed]) -> bool:
    """Some heading of ``sections`` stands over a date line: the page is an overview of dated entries."""
    return any(s.heading and furniture.DATE_LINE in _cut_beside(s.heading, top, removed, 1) for s in sections)


def _is_label(heading: str | None, top: list[Line], removed: list[Removed], marked: frozenset[str], dated: bool = False,
              title: str | None = None) -> bool:
    """``heading`` holds a number, no markup sets it, and the line under it on the page (under its last copy: the
    first may be a menu's or the headline's) was cut as furniture that does not date it.

    >>> page = [Line("Stadsmagazine", 0), Line("Nummer 3 oktober 2019", 1), Line("Deel via Facebook", 2), Line("Tekst.", 3)]
    >>> _is_label("Nummer 3 oktober 2019", page, [Removed("Deel via Facebook", "share button")], frozenset())
    True
    >>> _is_label("Nummer 3 oktober 2019", page, [], frozenset()), _is_label("Stadsmagazine", page, [], frozenset())
    (False, False)
    >>> _is_label("Nummer 3 oktober 2019", page, [Removed("Deel via Facebook", "date line")], frozenset())
    False
    """
    if heading is None or comparable(heading) in marked:
        return False
    reasons = _cut_beside(heading, top, removed, 1)
    if reasons == {furniture.DATE_LINE}:
        # Right under the headline and over the article's date (no other heading dated): the headline's subtitle.
        return not dated and title is not None and _line_beside(heading, top, -1) == comparable(title)
    return bool(reasons) and not reasons & _DATING and bool(re.search(r"\d", heading))





def _cut_beside(heading: str, top: list[Line], removed: list[Removed], step: int) -> set[str]:
    """Why the page's next line above (``step`` -1) or under (1) the heading's last copy (the first may be a menu's
    or the headline's) was cut; empty where it stands as text, a copy cut as a duplicate standing elsewhere.

    >>> page = [Line("Menu", 0), Line("Jaargang 13", 1), Line("Tekst.", 2)]
    >>> _cut_beside("Jaargang 13", page, [Removed("Menu", "navigation")], -1), _cut_beside("Jaargang 13", page, [], 1)
    ({'navigation'}, set())
    """
    beside = _line_beside(heading, top, step)
    return {r.reason for r in removed if comparable(r.text) == beside} - {furniture.DUPLICATE}


def _line_beside(heading: str, top: list[Line], step: int) -> str | None:
    """The page's next line (``comparable``) above (``step`` -1) or under (1) the heading's last copy."""
    at = _last_copy(heading, top)
    if at is None:
        return None
    texts = [comparable(line.text) for line in top]
    return next((text for text in (texts[at + 1 :] if step > 0 else texts[:at][::-1]) if text), None)


def _last_copy(heading: str, top: list[Line]) -> int | None:
    """Where the heading's last copy stands among the page's lines, or None."""
    key = comparable(heading)
    return max((i for i, line in enumerate(top) if comparable(line.text) == key), default=None)


def _written_beside(top: list[Line], at: int, step: int) -> str:
    """The page's next line that is not blank, as written, above (``step`` -1) or under (1) line ``at``; "" for none."""
    lines = top[at + 1 :] if step > 0 else reversed(top[:at])
    return next((line.text for line in lines if line.text.strip()), "")
