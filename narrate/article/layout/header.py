"""The header above the body: kicker, headline and byline (authors, date)."""

from __future__ import annotations

import re

from .. import furniture
from ..furniture import vocab
from ..letters import CAPITAL
from ..model import Removed
from ..people import NAME_LINKS, is_full_name, is_role_word, looks_like_name, name_before_role, name_runs
from .banner import article_above, below_banner
from .bylines import NEWSROOM, is_meta_row
from .chapters import is_opening_chapter
from .entries import label_over_entries
from .headline_forms import menu_steps, named_day, page_name_over, without_glued_step
from .labels import GENRES, split_label, unwrap_label
from .lines import HEADING, SENTENCE_END, Line, PageHints, Unit, comparable, cut_marked
from .trail import breadcrumb_page, breadcrumb_sections, cut_step_labels, is_menu_entry, section_pages, site_names, steps_below_home
from .title import TitleChoice, choose_title, names_a_section, is_caption_clause, is_chrome, is_headline_shaped, is_date_line, is_name_list, is_prose, is_ui_line

_MONTHS = r"(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct|nov(?:ember)?|dec(?:ember)?)"
_DATE = re.compile(
    rf"\b\d{{1,2}}\.?\s+{_MONTHS}\.?(?:\s+'?\d{{2,4}})?\b|\b\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    r"|\b(?:vandaag|gisteren|eergisteren)\b|\b\d{1,2}[:.u]\d{2}\b",
    re.IGNORECASE,
)
_DATE_FILLER = re.compile(
    rf"{_DATE.pattern}|\b(?:gepubliceerd|bijgewerkt|aangepast|geüpdatet|update|laatste|laatst|gewijzigd|verschenen|geplaatst|op|om|uur|u|en|door|"
    r"last|updated|published|posted|on|by|at|"
    r"ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|nos|nieuws|vrt|nws|"
    r"leestijd|min|minuten|\d+)\b\.?|[•·|,:–—-]",
    re.IGNORECASE,
)
_AUTHOR = re.compile(
    r"^(?i:door|van onze (?:redacteur|correspondent|verslaggever|medewerker)s?|tekst(?: en beeld)?:?|geschreven door|gepubliceerd door|auteur:?|by|redactie:?):?\s+"
    rf"(?:[{CAPITAL}]|onze\b|(?:de )?redactie\b)",
)


def take_header(
    lines: list[Line], hints: PageHints, removed: list[Removed], repeated: set[str] = frozenset(), dated: set[str] = frozenset()
) -> tuple[str | None, str | None, str | None, list[Line]]:
    """Kicker, title (None when the page has no headline) and byline from the top lines, and the lines left after them.

    What stands above the headline (menus, the site's name, a region line) is cut as navigation.
    """
    kicker = hints.kicker
    bylines: list[str] = [hints.byline] if hints.byline else []
    rest = list(lines)
    while rest and is_top_byline(rest[0].text) and not _entry_head(rest):
        bylines.append(rest.pop(0).text)
    hinted = hints.title if hints.title and _usable_hint(hints.title) else _trail_page(removed, rest)
    if hinted:
        title: str | None = hinted
        # The headline line, as the markup gives it: alone, or after the label the markup set apart as the kicker.
        forms = {comparable(title), comparable(f"{hints.kicker} {title}")} if hints.kicker else {comparable(title)}
        at = next((i for i, line in enumerate(rest[:HINTED_TITLE_WITHIN]) if comparable(line.text) in forms), None)
        if at is not None:
            rest = _around_hinted(rest, at, title, bylines, removed)
    else:
        kicker, rest = unwrap_label(kicker, rest, HINTED_TITLE_WITHIN)
        sections = frozenset(s for r in removed if r.reason == furniture.NAVIGATION for s in breadcrumb_sections(r.text)) | section_pages(removed) | site_names(removed)
        rest = cut_step_labels(rest, steps_below_home(removed), removed, is_prose)
        choice, rest = label_over_entries(rest, below_banner(rest, choose_title(rest, repeated, is_top_byline, _is_kicker, sections), dated, repeated, is_top_byline), bylines, is_top_byline)
        choice = TitleChoice(None, choice.body) if hints.untitled else choice
        section = hints.title if hints.title and names_a_section(hints.title) else _overview_of(rest, removed)
        if section:  # the page lists the section's entries: none of them heads it, and its name is chrome
            choice, rest = TitleChoice(None, choice.body), cut_marked(rest, {comparable(section): furniture.NAVIGATION}, removed)
        if choice.index is None:
            chrome = _top_chrome(rest, sections)
            _drop_above(chrome, bylines, removed)  # chrome only: nothing in it is prose
            rest = [line for line in rest if not any(line is c for c in chrome)]
            return (kicker, *named_day(bylines), rest)
        above, title, rest = rest[: choice.index], rest[choice.index].text, rest[choice.index + 1 :]
        if above and kicker is None and _is_kicker(above[-1].text, title):
            kicker = above.pop().text.strip(" |:")
        kept_above = _drop_above(above, bylines, removed, keep_prose=not choice.banner)
        kicker, title = split_label(kicker, title)
        title, bylines = page_name_over(without_glued_step(_without_date(title, removed), menu_steps(removed)), bylines)
        rest = kept_above + _clear_gap(rest, choice.body - choice.index - 1, title, bylines, removed)
    while rest and len(bylines) < 4:
        if len(rest) > 1 and _DATE_LABEL.match(rest[0].text) and is_byline(rest[1].text):
            removed.append(Removed(rest.pop(0).text, furniture.DATE_LINE))  # "Gepubliceerd op:" over its date
        elif (is_byline(rest[0].text) or _is_author_name(rest, bylines)) and not _entry_head(rest):
            bylines.append(rest.pop(0).text)
        else:
            break
    byline = " · ".join(dict.fromkeys(bylines)) or None
    return kicker, title, byline, rest


def _top_chrome(rest: list[Line], sections: frozenset[str]) -> list[Line]:
    """The chrome above an untitled page's first prose line; an entry's headline there stays, though it names a day."""
    start = next((i for i, line in enumerate(rest) if is_prose(line.text)), 0)
    return [line for i, line in enumerate(rest[:start]) if not _entry_head(rest[i:])
            and (is_chrome(rest, i, is_byline) or comparable(line.text) in sections | GENRES)]


def _entry_head(rest: list[Line]) -> bool:
    """The first line is one the markup sets as a heading, more than a date, over prose within two lines: an
    entry's headline that names its day ("Het vragenuur van dinsdag 29 mei 2018"), not the page's date line.

    >>> text = Line("De gemeente opent volgende week een nieuwe brug over het kanaal voor fietsers.", 0)
    >>> _entry_head([Line("Het vragenuur van dinsdag 29 mei 2018", 0, HEADING), text])
    True
    >>> _entry_head([Line("dinsdag 29 mei 2018", 0, HEADING), text]), _entry_head([Line("Door Jan Peeters", 0), text])
    (False, False)
    """
    first = rest[0]
    return first.hint == HEADING and not is_date_line(first.text) and any(is_prose(line.text) for line in rest[1:3])


_DATE_LABEL = re.compile(
    r"^(?i:datum|gepubliceerd|geplaatst|verschenen|bijgewerkt|laatst bijgewerkt|laatst gecontroleerd|gecontroleerd|laatste update|aangepast|published|posted|updated)"
    r"(?:\s+op)?\s*:?\s*$"
)
"""A date's label on a line of its own, its date on the next."""


def _trail_page(removed: list[Removed], lines: list[Line]) -> str | None:
    """The page a breadcrumb ends on ("Home › Steun het KMSKA › Partners restauraties"), when a line near the top
    says it again and could head an article: the trail names the page the headline names, unless it ends on a
    section ("Home > Over ons > Pers & nieuws"), whose articles are listed under it."""
    # Only above the text: a copy under a paragraph is the section's name in a name card or caption.
    top = next((i for i, line in enumerate(lines) if is_prose(line.text)), len(lines))
    near = {comparable(line.text): line.text for line in reversed(lines[: min(top, HINTED_TITLE_WITHIN)])}  # the first wins
    for r in removed:
        page = breadcrumb_page(r.text) if r.reason == furniture.NAVIGATION else None
        if page is None or names_a_section(page) or is_menu_entry(page, removed):
            continue
        if comparable(page) in near and is_headline_shaped(page) and _usable_hint(page):
            return near[comparable(page)]
    return None


def _around_hinted(rest: list[Line], at: int, title: str, bylines: list[str], removed: list[Removed]) -> list[Line]:
    """The lines left around the headline the markup or the breadcrumb named, standing at ``at``."""
    # Above the page's own headline: its sender, date and chrome, not the article; unless its prose stands there.
    kept = _drop_above(rest[:at], bylines, removed, keep_prose=article_above(rest[:at]))
    # Between it and the first paragraph of prose: dates, labels and chrome, as under a headline found by its shape.
    after = rest[at + 1 :]
    gap = next((i for i, line in enumerate(after) if is_prose(line.text)), 0)
    return kept + _clear_gap(after, gap, title, bylines, removed)


def _usable_hint(title: str) -> bool:
    """A page's <h1> or metadata title that can be the headline: not a link, a notice, a date or a list of
    names (a page that puts its menu or region line in the <h1> gets its headline from the lines instead)."""
    return bool(re.search(r"[^\W\d_]{2}", title)) and not (
        is_ui_line(title) or is_name_list(title) or is_date_line(title) or furniture.classify_line(title) is not None
        or names_a_section(title)
    )


def _overview_of(lines: list[Line], removed: list[Removed]) -> str | None:
    """The section's name where the headline would stand, over entries that each end in their own "Lees meer"
    link: an overview of the section's pages, not one article (whose page has one such link, if any)."""
    top = next((line.text for i, line in enumerate(lines[:HINTED_TITLE_WITHIN]) if not is_chrome(lines, i, is_byline)), None)
    links = sum(1 for r in removed if r.text.strip(" .…›»>").lower() in _READ_MORE)
    return top if top is not None and names_a_section(top) and links >= 2 else None


_READ_MORE = frozenset({"lees meer", "lees verder", "meer lezen", "verder lezen", "read more"})
"""The link that closes each entry of an overview."""


HINTED_TITLE_WITHIN = 8
"""Lines of a page's sender, date and labels that may stand above the headline its markup names."""


def _drop_above(lines: list[Line], bylines: list[str], removed: list[Removed], keep_prose: bool = True) -> list[Line]:
    """Lines above the headline: a date or author line is the byline, the rest is the page's chrome,
    except prose, which is kept (returned): losing a sentence of the article is worse than reading a blurb."""
    kept = []
    for line in lines:
        if is_byline(line.text):
            bylines.append(line.text)
        elif (
            keep_prose
            and (is_prose(line.text) or re.search(r"[.!?…]['’\"”»)]?$", line.text))
            and not is_ui_line(line.text)
        ):
            kept.append(line)  # a sentence, however short, is text
        elif line is lines[-1] and is_caption_clause(line.text):
            removed.append(Removed(line.text, furniture.CAPTION))  # the photo's caption over the headline
        else:
            removed.append(Removed(line.text, furniture.NAVIGATION))
    return kept


def _clear_gap(rest: list[Line], gap: int, title: str, bylines: list[str], removed: list[Removed]) -> list[Line]:
    """Between headline and body: repeats of the headline, dates and chrome go; a standfirst stays."""
    if len(rest) > 1 and comparable(rest[1].text) == comparable(title) and len(rest[0].text.split()) <= CAPTION_WORDS:
        # A line between the headline and its copy is the picture's caption (the copy sits over the text).
        removed.extend([Removed(rest[0].text, furniture.CAPTION), Removed(rest[1].text, furniture.DUPLICATE)])
        rest, gap = rest[2:], max(0, gap - 2)
    kept = []
    for n, line in enumerate(rest):
        text = line.text
        if n >= gap:
            kept.append(line)
        elif comparable(text) == comparable(title):
            removed.append(Removed(text, furniture.DUPLICATE))
        elif is_byline(text) or is_date_line(text):
            kept.append(line)  # taken in order with the author lines below
        elif (
            is_ui_line(text)
            or is_name_list(text)
            or not re.search(r"[^\W\d_]{2}", text)
            or _label_after_date(rest, n, gap)
            or (n == 0 and _label_under_headline(rest))
            or _description_line(text)
        ):
            removed.append(Removed(text, furniture.NAVIGATION))
        else:
            kept.append(line)
    return kept


CAPTION_WORDS = 25
"""A caption is a sentence or two; a standfirst between two copies of a headline would run longer."""


def _description_line(text: str) -> bool:
    """A phrase in lower case under the headline, no sentence: a wiki's short description ("terreurdaad van
    IS waarbij 32 mensen omkwamen") or a site's tag line, not the article's lead.

    >>> _description_line("terreurdaad van IS waarbij 32 mensen omkwamen"), _description_line("De minister stapt op")
    (True, False)
    """
    return text[:1].islower() and len(text.split()) <= 15 and not re.search(r"[.!?…:;,]['’\"”»)]?$", text)


def _label_under_headline(rest: list[Line]) -> bool:
    """One capitalised word right under the headline, over a date or over text that never says it ("Natuurbeheer"
    over "15/07"): the page's section label; a subhead's word comes back in its text ("Persrichtlijn" over "In de
    persrichtlijn van ...")."""
    word = rest[0].text
    if not re.fullmatch(rf"[{CAPITAL}][a-zà-ÿ-]{{3,}}", word) or is_opening_chapter(word) and rest[0].hint == HEADING:
        return False
    if len(rest) > 1 and is_date_line(rest[1].text):
        return True
    return not any(word.lower() in line.text.lower() for line in rest[1:])


def _label_after_date(rest: list[Line], n: int, gap: int) -> bool:
    """One word between the header's date and the body ("3 mei 2024" / "Verkeer"): the page's section label,
    not a subhead (a subhead sits between paragraphs)."""
    text = rest[n].text
    return n == gap - 1 and n > 0 and is_date_line(rest[n - 1].text) and bool(re.fullmatch(rf"[{CAPITAL}][\w-]+", text))


_SIGNED = re.compile(
    r"^\W*(?:\d|(?:ma|di|wo|do|vr|za|zo)[a-z]*\b|door\b|by\b|van onze\b|tekst\b|auteur\b|redactie\b"
    r"|gepubliceerd\b|bijgewerkt\b|geplaatst\b|laatste update\b|update\b)",
    re.IGNORECASE,
)


def is_top_byline(text: str) -> bool:
    """A byline among the top lines: an author or date line, but not a headline that mentions a date
    ("Overval op NOS-gebouw op 29 januari 2015"), which starts with its subject rather than a date or "Door".
    """
    if not is_byline(text):
        return False
    in_phrase = _DATE_IN_PHRASE.search(text) and not re.search(r"[•·|]", text)
    return not (in_phrase and is_headline_shaped(text)) or bool(_SIGNED.match(text) or _PUBLISHED_ON.search(text))


_DATE_IN_PHRASE = re.compile(rf"\b(?:op|in|sinds|tot|van|na|voor)\s+(?:(?:{vocab.WEEKDAYS})\s+)?\d{{1,2}}\s+[a-z]")
"""A date inside the headline's phrase: "op 29 januari", "op zaterdag 9 december"."""


def _is_kicker(first: str, second: str | None) -> bool:
    words = first.split()
    if len(words) > 4 or len(first) > 40 or SENTENCE_END.search(first) or first.endswith("?"):
        return False
    if first.strip(" |:").lower() in GENRES:
        return True
    if second is None or len(words) > 3 or _description_line(second):
        return False  # "UA sport aangekaart" over "waarom de sportkaart duurder moet": a headline over its description
    # A label of one word heads a headline of three ("Mobiliteit" over "Fietsbrug eindelijk open"); of more, one of four.
    return len(second.split()) >= (3 if len(words) == 1 else 4) and len(second.split()) > len(words) and not second.endswith(".")


def _without_date(title: str, removed: list[Removed]) -> str:
    """ "Stalen boogbrug in Brugge geplaatst - 12/03/2018": the page's date set after its headline is a date
    line of its own, not words of the title.

    >>> _without_date("Stalen boogbrug geplaatst - 12/03/2018", []), _without_date("Overval op 12 mei - een reconstructie", [])
    ('Stalen boogbrug geplaatst', 'Overval op 12 mei - een reconstructie')
    >>> _without_date("Voorbereiding Europese Raad van 30 – 31 mei", [])
    'Voorbereiding Europese Raad van 30 – 31 mei'
    """
    m = re.match(r"^(.*\w\W?)\s+[|–—-]\s+(\S.{5,40})$", title)
    if m is None or not is_date_line(m.group(2)) or not re.search(r"\d{4}", m.group(2)) or len(m.group(1).split()) < 3:
        return title
    removed.append(Removed(m.group(2), furniture.DATE_LINE))
    return m.group(1)


_GENRE = r"(?:gast)?column|opinie|blog"
"""Genres a line names before its author ("Column burgemeester Jan Kottelenberg")."""
_AUTHOR_LEAD = re.compile(
    rf"^[|/·•–—-]*\s*(?i:(?:gepubliceerd |geschreven |bewerkt )?door:?|\[?tekst(?: en (?:beeld|foto'?s?))?\]?:?|auteur:?|redactie:|by"
    rf"|(?:{_GENRE})(?: van)?)\s+"
)
"""The words before an author's name that the name does not need when read aloud."""
_TYPE_AND_AUTHOR = re.compile(
    rf"^(?:[{CAPITAL}][\w-]*\s+)?(?i:{_GENRE})(?:\s+van|\s*[|–—-])?(?:\s+[a-zà-ÿ][\w-]*){{0,3}}\s+([{CAPITAL}][^.!?:;]*)$"
)
"""A genre (after the site's short name, if it signs so), the author's role in lower case, and a name:
"Column burgemeester Jan Kottelenberg", "CPB Column - Pieter Hasekamp"."""


def is_byline(text: str) -> bool:
    """An author or date line.

    >>> is_byline("Door Jan Peeters en Els Jacobs"), is_byline("za 16 nov 2024 om 06:00"), is_byline("Door: Paul Althuis")
    (True, True, True)
    >>> is_byline("Last updated on 2-2-2023 by Marinka Vangenck"), is_byline("Bijgewerkt op 3 mei 2024 door Els Smet")
    (True, True)
    >>> is_byline("| Rense Kuipers"), is_byline("Rense Kuipers")
    (True, False)
    >>> is_byline("Door de inschakeling van Noord-Koreaanse militairen heeft de oorlog een nieuwe dimensie.")
    False
    >>> is_byline("Column burgemeester Jan Kottelenberg"), byline_authors("Column burgemeester Jan Kottelenberg")
    (True, 'burgemeester Jan Kottelenberg')
    >>> is_byline("Column over de Nieuwe Brug"), is_byline("CPB Column - Pieter Hasekamp"), is_byline("Blog Nieuwe Brug")
    (False, True, False)
    >>> is_byline("Nieuwsbericht – gepubliceerd op 13 mei, dienst Sport en Evenementen")
    True
    >>> is_byline("Gepubliceerd door het kabinet Smet"), is_byline("Redactie"), is_byline("Door de redactie")
    (True, True, True)
    """
    words = text.split()
    if len(words) > 14 or furniture.vocab.CONTACT.search(text):
        return False  # a contact line with its opening hours has times in it, but no author
    if NEWSROOM.fullmatch(text.strip(" |/·•–—-")) or is_meta_row(text, is_byline):
        return True  # "Redactie": the newsroom signs without a name; "3 min leestijd · Door Jan Peeters": meta in any order
    if _AUTHOR.match(text.lstrip(" |/·•–—-")) and not re.search(r"\w{3,}\.$", text):
        return True  # "/ Auteur: Corporate communicatie": after the separator of a date left out of the copy too
    if re.match(r"(?i)(?:gepubliceerd|geschreven|opgesteld) door\s", text) and len(words) <= 8 and not text.endswith("."):
        return True  # "Gepubliceerd door het kabinet Smet": a body or office signs, not only a person
    typed = _TYPE_AND_AUTHOR.match(text)
    if typed and looks_like_name(typed.group(1)):
        return True  # "Column burgemeester Jan Kottelenberg": the genre, the author's role and name
    bare = text.strip(" |·•–—-")
    if bare != text.strip() and _NAME_ALONE.fullmatch(bare):
        return True  # "| Rense Kuipers": the author after the separator of a date or section left out of the copy
    if _DATE.search(text) and not text.endswith("."):
        leftover = _DATE_FILLER.sub(" ", text).split()
        return len(leftover) <= 3 or _PUBLISHED_ON.search(text) is not None or dated_author(text)
    return bool(_SIGNED.match(text)) and is_date_line(text)  # "Gepubliceerd in oktober 2011 · 2 minuten leestijd"


def dated_author(text: str) -> bool:
    """A date, then an author with or without a role, and where the entry is filed: a blog's entry line.

    >>> dated_author("2 juni 2021 Boswachter Widmar van der Meer in Drents-Friese Wold")
    True
    >>> dated_author("2 juni 2021 Opening van de nieuwe brug in Gent"), dated_author("(15-01-2021) burgemeester Fred Veenstra")
    (False, True)
    """
    text = re.sub(r"^\(([^()]{6,30})\)", r"\1", text.strip())  # the date in brackets: "(15-01-2021) ..."
    m = _DATE.match(text)
    rest = re.sub(rf"\s+in\s+[{CAPITAL}][\w-]*(?:\s+[{CAPITAL}][\w-]*)*$", "", text[m.end() :]).split() if m else []
    if rest and is_role_word(rest[0]) and len(rest) > 2:
        rest = rest[1:]
    return bool(rest) and looks_like_name(" ".join(rest))


_PUBLISHED_ON = re.compile(
    rf"(?:^|[–—|·•:]\s*)(?i:gepubliceerd|geplaatst|bijgewerkt|verschenen)\s+(?i:op\s+)?(?:{_DATE.pattern})", re.IGNORECASE
)
"""A publication stamp set off as a part of its line, whatever else the line holds
("Nieuwsbericht – gepubliceerd op 13 mei, dienst Sport en Evenementen")."""

_NAME_ALONE = re.compile(rf"[{CAPITAL}][\w'’-]+(?:\s+(?:(?:{NAME_LINKS})\s+)*[{CAPITAL}][\w'’-]+){{1,3}}")
"""Two to four capitalised words, particles between them: a name on its own."""


def byline_authors(byline: str) -> str | None:
    """Who wrote the article, from its byline: the people's names without dates, times or a "Door" in front.  A
    byline that names no person (an office, a department, a section label taken for one) credits nobody: most of
    them are the page's labels, and the outro would read "door Nieuwjaarsreceptie".

    >>> byline_authors("Door Jan Peeters · za 16 nov 2024 om 06:00"), byline_authors("14 oktober 2005")
    ('Jan Peeters', None)
    >>> byline_authors("Els Jacobs, Tom Smet, 3 december 2026")
    'Els Jacobs, Tom Smet'
    >>> byline_authors("donderdag, 2 februari 2023 · Last updated on 2-2-2023 by Marinka Vangenck")
    'Marinka Vangenck'
    >>> byline_authors("door de redactie"), byline_authors("Door Belga"), byline_authors("Door redactie Punt")
    (None, None, None)
    >>> byline_authors("Redactie: Jan Peeters"), byline_authors("/ Auteur: Corporate communicatie")
    ('Jan Peeters', None)
    >>> byline_authors("Gepubliceerd in oktober 2011 · 2 minuten leestijd") is None
    True
    >>> byline_authors("Door: Paul Althuis"), byline_authors("Gepubliceerd door het kabinet Smet"), byline_authors("DOOR JAN PEETERS")
    ('Paul Althuis', None, 'Jan Peeters')
    >>> byline_authors("Gepubliceerd: woensdag 26 juni | Categorie: Noordzee"), byline_authors("2019-01-01 · Naam: Maudy Mulder")
    (None, 'Maudy Mulder')
    >>> byline_authors("Door Pauline Dekhuizen, persvoorlichter Radboudumc"), byline_authors("06/07/2009 515 views 0 likes")
    ('Pauline Dekhuizen', None)
    """
    if is_date_line(byline):
        return None  # "Gepubliceerd in oktober 2011 · 2 minuten leestijd": dates and labels only
    parts = (p.strip() for p in re.split(r"\s*(?:·|\||,|;|•)\s*", byline))
    names = [name_before_role(_FIELD_LABEL.sub("", _author_in(p))) for p in parts if p and not is_date_line(p)]
    names = [n for n in names if re.search(r"[^\W\d_]{2}", n) and not vocab.NEWSROOM.fullmatch(n) and _credit_like(n)]
    # "Pauline Dekhuizen, persvoorlichter Radboudumc", "Kurt Moens; Eerste gedeputeerde ...": the name, not its role.
    people = [n for n in names if any(is_full_name(run) for _at, run in name_runs(n))]
    return ", ".join(people) or None


_FIELD_LABEL = re.compile(r"^(?i:naam|bron|auteur)\s*:\s*")
"""A field's label before the author's name ("Naam: Maudy Mulder")."""

_NOT_A_CREDIT = frozenset(
    "categorie rubriek leestijd jaargang nummer embargo views likes cet datum in op nieuwsbericht persbericht foto beeld".split()
)
"""Words opening or closing a byline's other fields, never who wrote it ("Categorie: Noordzee", "515 views", "Foto
Levien Willemse": who took the picture)."""


def _credit_like(name: str) -> bool:
    """A part of a byline that may follow "door" in the outro: no field label, figure or list mark left in it.

    >>> _credit_like("het kabinet Smet"), _credit_like("Categorie: Noordzee"), _credit_like("in Weblog")
    (True, False, False)
    """
    words = name.lower().split()
    return not re.search(r"[\d:=•]", name) and not any(w in _NOT_A_CREDIT for w in words[:1] + words[-1:])


def _author_in(part: str) -> str:
    """A byline part without its date words: "Last updated on 2-2-2023 by Marinka Vangenck" is Marinka
    Vangenck, "donderdag" nobody; a part without a date keeps its "en" ("Jan Peeters en Els Jacobs")."""
    if _DATE.search(part) or not _DATE_FILLER.sub(" ", part).strip():
        return " ".join(_DATE_FILLER.sub(" ", part).split())
    name = _AUTHOR_LEAD.sub("", part)
    return name.title() if name.isupper() and len(name.split()) >= 2 else name  # "DOOR JAN PEETERS": a name, not letters


def _is_author_name(rest: list[Line], bylines: list[str]) -> bool:
    """A bare author name under the headline (VRT NWS, De Standaard), given
    that a date line sits next to it."""
    text = rest[0].text
    names = [n for n in re.split(r"\s*(?:,|\ben\b|&)\s*", text) if n]
    if not names or not all(looks_like_name(n) for n in names):
        return False
    follows_date = len(rest) > 1 and is_byline(rest[1].text)
    return follows_date or bool(bylines)


def drop_author_box(units: list[Unit], byline: str | None, removed: list[Removed]) -> list[Unit]:
    """The author's box below the text: the byline's name on a line of its own, and the one-line bio under it
    ("Christien Boomsma" / "Wetenschapsredacteur bij UKrant. Schrijft over ...")."""
    signed = [byline or "", *(r.text for r in removed if r.reason == furniture.BYLINE_IN_TEXT)]
    authors = {comparable(name) for line in signed if (name := byline_authors(line)) and looks_like_name(name)}
    if not authors:
        return units
    kept: list[Unit] = []
    bio = False
    for unit in units:
        if comparable(unit.text) in authors:
            removed.append(Removed(unit.text, furniture.BYLINE_IN_TEXT))
            bio = True
            continue
        words = unit.text.split()
        if bio and 1 <= len(words) <= 25 and is_role_word(words[0].strip(",.")):
            removed.append(Removed(unit.text, furniture.BYLINE_IN_TEXT))
        else:
            kept.append(unit)
        bio = False
    return kept


def take_end_byline(units: list[Unit]) -> tuple[list[Unit], str | None]:
    """An author line closing the body ("Door Jan Peeters"), taken off the units."""
    if units and _AUTHOR.match(units[-1].text) and len(units[-1].text.split()) <= 10:
        return units[:-1], units[-1].text
    return units, None
