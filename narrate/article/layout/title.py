"""Which line at the top of a page is the headline, if any.

A browser copy starts with whatever sat above the article: the site's
name, menus, a "skip to content" link, a region or edition line, a date,
a notice. None of those is a headline. The rules below use what holds
across sites: a headline is a line of headline shape (a few words, no
closing full stop, capitalised), it sits just above the body (only a
byline, a date or a credit between them), and a page often repeats it (a
breadcrumb, a second copy above the photo). When the text starts with the
body itself there is no headline: the article's title is None and the
caller decides what to call it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..furniture.shape import BULLET, has_date, is_date_line, is_menu_of, segments  # one notion of a date line and of a trail, shared with the furniture rules
from ..furniture.vocab import FINITE_VERBS
from ..letters import CAPITAL
from ..people import looks_like_name
from .cards import card_by_headline, is_card
from .institutions import is_institution_name
from .labels import GENRES  # a genre alone ("Reportage") is the kicker of a page whose headline is missing
from .lines import SENTENCE_END, Line, comparable, wraps_into
from .dateline_title import colon_headline, headline_over_date, heads_dated_release, label_over_release
from .repeats import name_over_repeat
from .quote_title import is_quote_headline, is_wholly_quoted, quote_over_meta
from .line_shapes import is_headline_shaped, is_name_list, is_prose, is_slogan, is_ui_line  # the lines' own shapes; the header's rules import them from here


@dataclass
class TitleChoice:
    """Where the headline is among the top lines, and where the body starts."""

    index: int | None
    """The headline's line, or None when the page has none."""

    body: int
    """The first line of the body proper (the first line of dense prose)."""

    banner: bool = False
    """The lines above the headline are a notice set over it, prose or not: none of them is the article's."""


WINDOW = 8
"""Lines over which prose is weighed to find where the body starts."""

LINE_CAP = 40
"""Words a line counts for at most: one huge paragraph further down must not make the opening look thin."""

DENSE = 120
"""Prose words in a window that surely mark the body (a notice or a site's blurb has fewer)."""


def body_start(lines: list[Line]) -> int:
    """The first prose line of the body proper: where prose gets dense.

    A cookie or ad-blocker notice above the article is prose too, but a
    few lines of it; the body holds most of the page's prose.
    """
    mass = [min(len(line.text.split()), LINE_CAP) if is_prose(line.text) else 0 for line in lines]
    windows = [sum(mass[i : i + WINDOW]) for i in range(len(lines))]
    if not windows or max(windows) == 0:
        return len(lines)
    threshold = min(0.6 * max(windows), DENSE)
    return next(i for i, w in enumerate(windows) if w >= threshold and mass[i])


def choose_title(
    lines: list[Line], repeated: set[str], is_byline: Callable[[str], bool], is_kicker: Callable[[str, str], bool],
    sections: frozenset[str] = frozenset(),
) -> TitleChoice:
    """The headline among the lines above the body, from shape, place and repetition.

    ``is_byline`` and ``is_kicker`` tell author or date lines and labels over a headline (the header's rules);
    ``sections`` are the breadcrumb's sections (comparable), which name where the page is, never the page.
    """
    body = body_start(lines)
    if body == len(lines):
        # No prose anywhere (a headline over a line or two): the first line is all there is to go on.
        return TitleChoice(0 if lines else None, body)
    for i in range(body):
        if is_prose(lines[i].text):
            break  # a headline stands above the text, never below a paragraph of it
        if (
            is_headline_shaped(lines[i].text)
            and comparable(lines[i].text) in repeated
            and not is_institution_name(lines[i].text)  # a logo's text over a contact block repeats it too
            and _long_or_heads(lines, i, body, is_byline)
            and not (_heads_a_section_below(lines, i, body) or _card(lines, i, body, is_byline))
        ):
            # The page says it twice: the first copy is the headline (the second sits over the photo or body).
            return TitleChoice(name_over_repeat(lines, i, lambda k: is_chrome(lines, k, is_byline) or is_institution_name(lines[k].text)), body)
    first = next((i for i in range(body + 1) if not (is_chrome(lines, i, is_byline) or _section_of(lines, i, sections) or label_over_release(lines, i, FIELD_LABELS))), body)
    first += _labels_headline(lines, first, body, is_byline, is_kicker)
    if first < len(lines) and _sentence_headline(lines, first, is_byline):
        return TitleChoice(first, max(body, first + 1))
    if first >= body or is_prose(lines[first].text):
        return TitleChoice(None, body)
    best, best_score = None, 0
    for i in range(first, body):
        text = lines[i].text
        if not (is_headline_shaped(text) or (i == first and _is_short_title(text))) or _wraps_on(lines, i):
            continue
        if is_byline(text) or is_slogan(text) or _is_chapter(lines, i) or _section_of(lines, i, sections) or _card(lines, i, body, is_byline):
            continue
        # The nearer the body, the likelier: a site's slogan over a blurb also heads some prose.
        # A section's name ("Nieuws en pers") opens many a page over its headline: being first makes it none.
        score = 2 * (i == first and not names_a_section(text)) + 2 * _heads_prose(lines, i, body, is_byline)
        score += _heads_prose(lines, i, body, is_byline, standfirsts=0, shorts=1)  # right over the text: nearer still
        score -= sum(1 for line in lines[i + 1 : body] if is_prose(line.text))
        if score > best_score:
            best, best_score = i, score
    best = _beside_caption_or_standfirst(lines, best, first, body, is_byline)
    if best is None and first < body and _headline_with_stop(lines[first].text) and _heads_prose(lines, first, body, is_byline):
        best = first  # "Snelheidscontroles op de eerste schooldag.": the only candidate, typed with a full stop
    return TitleChoice(headline_over_date(lines, best, first, is_byline, is_headline_shaped), body)


def _labels_headline(
    lines: list[Line], first: int, body: int, is_byline: Callable[[str], bool], is_kicker: Callable[[str, str], bool]
) -> bool:
    """The first line is a label over the headline under it (a kicker, a genre, a line in capitals)."""
    # A headline long enough to read as prose opens the body by its length: a label over it is a kicker still.
    under = first + 1 < body or first + 1 == body < len(lines) and _long_headline(lines, body, is_byline)
    labelled = is_kicker(lines[first].text, lines[first + 1].text) or _caps_kicker(lines, first, body, is_byline) if under else False
    return labelled and not _under_caps_label(lines, first) and not is_chrome(lines, first + 1, is_byline)


def _under_caps_label(lines: list[Line], i: int) -> bool:
    """Line ``i`` stands under a label in capitals ("BINNENLAND"): a page sets one label over its headline, so line
    ``i`` is the headline, not a second label."""
    return i > 0 and lines[i - 1].text.isupper() and len(lines[i - 1].text.split()) <= 3


def _caps_kicker(lines: list[Line], i: int, body: int, is_byline: Callable[[str], bool]) -> bool:
    """Line ``i`` is set in capitals over a line in mixed case of a headline's shape right over the text ("ANALYSE
    50 JAAR LRD" over "LRD: van idee naar onderneming"): the genre and topic over the headline, however long."""
    text, below = lines[i].text, lines[i + 1].text
    return text.isupper() and not below.isupper() and is_headline_shaped(below) and _heads_prose(lines, i + 1, body, is_byline, standfirsts=0)


def _card(lines: list[Line], i: int, body: int, is_byline: Callable[[str], bool]) -> bool:
    """A name card with another line above the body that could head the page: not the headline."""
    return card_by_headline(lines, i, body, lambda text: is_headline_shaped(text) and not is_byline(text))


def _heads_a_section_below(lines: list[Line], i: int, body: int) -> bool:
    """The line comes again further down, after prose and over prose: a subhead of the text, listed above it (a
    summary's or contents' entry), not the headline the page repeats over its photo or in its footer."""
    again = [j for j in range(body + 1, len(lines) - 1) if comparable(lines[j].text) == comparable(lines[i].text)]
    return any(is_prose(lines[j - 1].text) and is_prose(lines[j + 1].text) for j in again)


def _sentence_headline(lines: list[Line], i: int, is_byline: Callable[[str], bool]) -> bool:
    """The first line is a headline, though prose by its shape: long, a sentence over its byline, or a quote."""
    below = lines[i + 1].text if i + 1 < len(lines) else None
    return _long_headline(lines, i, is_byline) or _sentence_over_byline(lines, i, is_byline) or is_quote_headline(lines[i].text) \
        or heads_dated_release(lines[i].text, below) or colon_headline(lines, i) or quote_over_meta(lines[i].text, below, is_prose)



LONG_HEADLINE = 40
"""Words a headline may run to: a press release's or a speech's title names its occasion in full."""


def _long_headline(lines: list[Line], i: int, is_byline: Callable[[str], bool]) -> bool:
    """The first line is a headline too long for a headline's shape: prose by its length alone (twenty words or
    more), with no sentence's end, capitalised, right over the text."""
    text = lines[i].text
    words = len(text.split())
    if not (is_prose(text) and words <= LONG_HEADLINE) or SENTENCE_END.search(text) or text.endswith(("!", "?")):
        return False
    if re.search(rf"[.!?]['’\"”»)]?\s+[{CAPITAL}]", text) or not (text[0].isupper() or text[0] in "‘'\"“„«"):
        return False
    return i + 1 < len(lines) and (is_prose(lines[i + 1].text) or is_byline(lines[i + 1].text))


def _section_of(lines: list[Line], i: int, sections: frozenset[str]) -> bool:
    return i < len(lines) and comparable(lines[i].text) in sections


def _wraps_on(lines: list[Line], i: int) -> bool:
    """The line is the first of a hard-wrapped paragraph: the next line of its block goes on in lower case."""
    return i + 1 < len(lines) and wraps_into(lines[i], lines[i + 1])


def _sentence_over_byline(lines: list[Line], i: int, is_byline: Callable[[str], bool]) -> bool:
    """A headline written as a sentence ("“De toekomst is samen en de toekomst is lokaal”."), first under the
    page's chrome, with its author and date right below it and the text after them: a lead has no byline under it."""
    text = lines[i].text
    one_sentence = not re.search(r"[.!?]['’\"”]?\s+\S", text)
    if not is_prose(text) or len(text.split()) > SENTENCE_HEADLINE_WORDS or not one_sentence or BULLET.match(text):
        return False  # no item of a list of entries (each with its date) either
    below = [line.text for line in lines[i + 1 : i + 1 + BYLINE_LINES]]
    at = next((k for k, t in enumerate(below) if is_byline(t) and has_date(t)), None)
    return at is not None and all(is_chrome(lines, i + 1 + k, is_byline) for k in range(at)) \
        and i + 2 + at < len(lines) and is_prose(lines[i + 2 + at].text)


SENTENCE_HEADLINE_WORDS = 25
"""A headline in a sentence's form is short; a lead's first sentence often runs longer."""
BYLINE_LINES = 2
"""The author's name and the date, each on a line of its own, under a headline."""


def _headline_with_stop(text: str) -> bool:
    """A headline's phrase that ends in a full stop: a few words, capitalised, no finite verb.

    >>> _headline_with_stop("Snelheidscontroles op de eerste schooldag."), _headline_with_stop("De brug gaat open.")
    (True, False)
    """
    words = re.findall(r"[\w'’-]+", text)
    return (
        text.endswith(".")
        and not text.endswith("..")
        and 2 <= len(words) <= 10
        and is_headline_shaped(text[:-1])
        and not any(w.lower() in FINITE_VERBS for w in words)
    )


def is_caption_clause(text: str) -> bool:
    """A caption's shape without its full stop: a clause, with a comma and a finite verb ("Bij de brug, die
    volgend jaar opent, staat een bord"); a headline is a phrase ("Fietsbrug eindelijk open").

    >>> is_caption_clause("Bij de nieuwe brug, die in mei opent, staat een bord"), is_caption_clause("Brug, sluis en dijk")
    (True, False)
    """
    return "," in text and any(w.lower() in FINITE_VERBS for w in re.findall(r"[\w'’-]+", text))


def _caption_over_headline(lines: list[Line], i: int, body: int, is_byline: Callable[[str], bool]) -> bool:
    """Line ``i`` is a photo's caption over the headline: a shorter headline-shaped line follows it and stands
    right over the text (only a date or byline between). A standfirst runs the other way: longer, below."""
    if i + 1 >= body:
        return False
    below = lines[i + 1].text
    return (
        is_caption_clause(lines[i].text)
        and not is_wholly_quoted(lines[i].text)
        and is_headline_shaped(below)
        and not is_byline(below)
        and len(below.split()) < len(lines[i].text.split())
        and _heads_prose(lines, i + 1, body, is_byline, standfirsts=0)
    )


def _beside_caption_or_standfirst(lines: list[Line], best: int | None, first: int, body: int, is_byline: Callable[[str], bool]) -> int | None:
    """The headline next to the line ``best`` the scores chose, when that is a caption or teaser over it, or a
    standfirst under it."""
    if best is not None and (_caption_over_headline(lines, best, body, is_byline) or _teaser_over_headline(lines, best, is_byline)):
        return best + 1
    return best - 1 if best is not None and _standfirst_under_headline(lines, best, first, is_byline) else best


def _standfirst_under_headline(lines: list[Line], i: int, first: int, is_byline: Callable[[str], bool]) -> bool:
    """Line ``i`` is a standfirst's long phrase under the headline: the line above it is of a headline's shape, four
    words or more (a label over a headline is shorter), says something (a quote, a question or a finite verb: a
    section's or site's name says nothing), and line ``i`` runs longer, to a standfirst's length."""
    if i - 1 < first:
        return False
    above, words = lines[i - 1].text, len(lines[i].text.split())
    says = is_quote_headline(above) or is_wholly_quoted(above) or above.endswith(("?", "!")) or any(w.lower() in FINITE_VERBS for w in re.findall(r"[\w'’-]+", above))
    headline = (is_headline_shaped(above) or is_quote_headline(above)) and says and not is_byline(above) and len(above.split()) >= 4
    return headline and words >= DECK_WORDS and words > len(above.split())


def _teaser_over_headline(lines: list[Line], i: int, is_byline: Callable[[str], bool]) -> bool:
    """Line ``i`` asks or exclaims ("Hoe gaat het nu met hen?") over a line of a headline's shape, four words or more
    (a shorter one is the question headline's category, "Uit de gemeenteraad"), that stands right over the text: a
    teaser set above the headline, which names the page."""
    if not lines[i].text.endswith(("?", "!")) or i + 2 >= len(lines):
        return False
    below = lines[i + 1].text
    headline = is_headline_shaped(below) and not is_byline(below) and not below.endswith(("?", "!"))
    # A line of a standfirst's length, longer than the question, is the question headline's standfirst.
    standfirst = len(below.split()) >= DECK_WORDS and len(below.split()) > len(lines[i].text.split())
    return headline and len(below.split()) >= 4 and not standfirst and is_prose(lines[i + 2].text)


_CHAPTER = re.compile(r"^(\d{1,2})((?:\.\d{1,2})*)\.?\s")


def _is_chapter(lines: list[Line], i: int) -> bool:
    """A numbered section of a document ("1.1. Aanleiding", or "1. Inleiding" with "1.1" or "2." further on):
    a heading, never the headline (a record's own number, "8 Regeling van werkzaamheden", has no sections)."""
    number = _CHAPTER.match(lines[i].text)
    if not number:
        return False
    if number.group(2):
        return True
    n = int(number.group(1))
    later = re.compile(rf"^(?:{n}\.\d|{n + 1}\.?\s)")
    return any(later.match(line.text) for line in lines[i + 1 :])


FIELD_LABELS = frozenset(
    """datum auteur auteurs bron bronnen categorie rubriek locatie plaats tags onderwerp onderwerpen trefwoorden
    thema type persbericht nieuwsbericht nieuws actueel agenda inhoud samenvatting contact contactgegevens
    persinformatie perscontact gepubliceerd geplaatst gepost bijgewerkt gewijzigd published posted updated tijd tijdstip
    adres""".split()
)
"""Labels of a page's fields and sections: a word alone that names what follows, never a headline."""


DATE_LABEL_WORDS = frozenset(
    """op laatst laatste datum publicatie publicatiedatum wijziging wijzigingsdatum aangemaakt aangepast geüpdatet update
    versie last modified date created on""".split()
)
"""With ``FIELD_LABELS``, the words a date's label is made of ("Gepubliceerd op", "Laatst gewijzigd", "Datum publicatie")."""


def is_field_label(text: str) -> bool:
    """A field's label of a word or two, made of label words only: "Datum", "Laatst gewijzigd:"; a headline of two
    words over the page's date ("Fietsbrug open") names something else.

    >>> is_field_label("Laatst gewijzigd:"), is_field_label("Gepubliceerd op"), is_field_label("Fietsbrug open")
    (True, True, False)
    """
    words = comparable(text).split()
    return 0 < len(words) <= 2 and all(w in FIELD_LABELS | DATE_LABEL_WORDS for w in words)


SECTION_WORDS = frozenset("pers media en persberichten nieuwsberichten berichten publicaties blog nieuwsbrieven".split())
"""With ``FIELD_LABELS``, the words a site's section names are made of ("Pers & nieuws", "Nieuws en media")."""


def names_a_section(text: str) -> bool:
    """ "Pers & nieuws", "Nieuws en media": a section of the site, whose pages are listed under it, not one page.

    >>> names_a_section("Pers & nieuws"), names_a_section("Nieuws over de brug")
    (True, False)
    """
    return set(comparable(text).split()) <= FIELD_LABELS | SECTION_WORDS


def _is_short_title(text: str) -> bool:
    """A headline of one word ("Gamechanger"): allowed only as the first line that is not chrome.

    >>> _is_short_title("Gamechanger"), _is_short_title("Datum"), _is_short_title("Reportage")
    (True, False, False)
    """
    return text.strip(" :").lower() not in FIELD_LABELS | GENRES and text[:1].isupper() and bool(re.search(r"[^\W\d_]{3}", text)) and not re.search(r"[.,;:]$", text) and not is_ui_line(text)


def _long_or_heads(lines: list[Line], i: int, body: int, is_byline: Callable[[str], bool]) -> bool:
    """A repeated line long enough for a headline, or one over the prose: a site's or institution's name of
    two or three words stands twice too (logo and footer)."""
    return len(lines[i].text.split()) >= 4 or _heads_prose(lines, i, body, is_byline, standfirsts=0)


def is_chrome(lines: list[Line], i: int, is_byline: Callable[[str], bool]) -> bool:
    """A line of the page around the article: a link, a notice, a date, a label, an institution's name, or one
    of a run of menu items."""
    text = lines[i].text
    if is_ui_line(text) or is_name_list(text) or is_date_line(text) or is_byline(text):
        return True
    if re.match(r"[\w-]+\.(?:nl|be|eu|com|org|net|info)\s+[–|-]\s", text, re.IGNORECASE):
        return True  # "UKrant.nl – onafhankelijk nieuws over de RUG": the site's address and slogan
    if i + 1 < len(lines) and any(is_institution_name(part) for part in _short_segments(text)):
        return True  # "Veiligheidsregio Midden- en West-Brabant | Jaarverslag 2023": the site and its section
    if not re.search(r"[^\W\d_]{2}", text) or (text.isupper() and len(text.split()) <= 3) or _separated_menu(text):
        return True
    if " · " in text and all(len(part.split()) <= 10 for part in segments(text)) and not re.search(r"[.!?]$", text):
        return True  # "Nieuws en pers · Bewust Natuurlijk": a trail, tags or a meta row, as a heading would be
    if len(text.split()) <= 2 and i + 1 < len(lines) and is_date_line(lines[i + 1].text) and not re.search(r"[.!?]$", text):
        # A field's label over its value ("Datum" over "22/02/2019"), a category over the date and the headline; but
        # a word or two right over the date and the text, first on the page, is the headline itself ("Fietsbrug open").
        return not _short_headline_over_date(lines, i)
    neighbours = [lines[j].text for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    # A short line over prose is a (sub)head, and so is one over a standfirst's long phrase, or over its author and date.
    heads_text = i + 1 < len(lines) and (is_prose(lines[i + 1].text) or len(lines[i + 1].text.split()) >= DECK_WORDS)
    heads_text = heads_text or _over_meta(lines, i, is_byline)
    return _menu_item(text) and not heads_text and any(_menu_item(n) and not (is_byline(n) or is_date_line(n)) for n in neighbours)


def _short_headline_over_date(lines: list[Line], i: int) -> bool:
    """Line ``i``, a word or two that are neither a field's label nor a name, stands over a date line and that over
    prose, with no line above it that could head the text (a category set under the headline is no headline)."""
    text = lines[i].text
    over_text = i + 2 < len(lines) and is_prose(lines[i + 2].text)
    first = not any(is_prose(line.text) or is_headline_shaped(line.text) and not is_institution_name(line.text) for line in lines[:i])
    return over_text and first and not (is_field_label(text) or looks_like_name(text) or text.isupper())


def _over_meta(lines: list[Line], i: int, is_byline: Callable[[str], bool]) -> bool:
    """Line ``i``, two words or three, stands over its author or date lines, and those over prose: a short headline
    ("Brug eindelijk open" over "Door Jan Peeters" and "3 mei 2021"), not a menu's last entry; unless two entries
    stand right above it, a menu's run that ends over the page's date (a menu's entry is often one word)."""
    meta = [j for j in range(i + 1, min(len(lines), i + 1 + MAX_GAP)) if is_byline(lines[j].text) or is_date_line(lines[j].text)]
    if len(lines[i].text.split()) < 2 or not meta or meta[0] != i + 1 or all(i - k >= 0 and _menu_item(lines[i - k].text) for k in (1, 2)):
        return False
    after = next((j for j in range(i + 1, len(lines)) if j not in meta), None)
    return after is not None and after == meta[-1] + 1 and (is_prose(lines[after].text) or len(segments(lines[after].text)) >= 3)


def _separated_menu(text: str) -> bool:
    """A menu flattened into one line with separators: four or more capitalised entries of one to three words.

    >>> _separated_menu("Wonen en leven · Vrije tijd · Ondernemen · Bestuur · Contact")
    True
    >>> _separated_menu("Persbericht · 15 december 2022 · Landbouw"), _separated_menu("Rutte · Biden · Macron")
    (False, False)
    """
    return is_menu_of(segments(text))


def _short_segments(text: str) -> list[str]:
    """A line's parts between separators, the whole line when it has no short parts."""
    parts = segments(text)
    return parts if all(len(part.split()) <= 6 for part in parts) else [text]


def _menu_item(text: str) -> bool:
    return len(text.split()) <= 3 and not re.search(r"[.,;:!?]$", text)


DECK_WORDS = 12
"""Words of a standfirst's phrase under a headline; a menu's entries are a word or three."""

MAX_GAP = 4
"""Short lines (a kicker, a counter, a stray label) allowed between a headline and its body."""


def _heads_prose(
    lines: list[Line], i: int, body: int, is_byline: Callable[[str], bool], standfirsts: int = 1, shorts: int = MAX_GAP
) -> bool:
    """Only a byline, a date, chrome, ``shorts`` short lines or ``standfirsts`` standfirst lines between line ``i`` and prose."""
    title = comparable(lines[i].text)
    short, standfirst = 0, 0
    for j in range(i + 1, min(len(lines), max(body, i + 1) + 1)):
        text = lines[j].text
        if is_prose(text):
            return True
        if comparable(text) == title or is_byline(text) or is_date_line(text) or is_ui_line(text) or is_card(lines, j):
            continue
        if len(text.split()) <= 2:
            short += 1
        elif standfirst < standfirsts and len(text.split()) >= 3:
            standfirst += 1
        else:
            return False
        if short > shorts:
            return False
    return False


def repeated_texts(lines: list[Line]) -> set[str]:
    """Texts that stand on two or three lines (in comparable form): a page repeats its headline,
    in a breadcrumb or over its photo; a line on more is a label (a speaker's name, a menu)."""
    counts: dict[str, int] = {}
    for line in lines:
        key = comparable(line.text)
        counts[key] = counts.get(key, 0) + 1
    return {key for key, count in counts.items() if 2 <= count <= 3}
