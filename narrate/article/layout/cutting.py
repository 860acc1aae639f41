"""Cutting page furniture in context: captions above their credits, "Lees ook" titles, contents lists, reference sections."""

from __future__ import annotations

import re

from .. import furniture
from ..furniture import newsroom, pictures
from ..furniture.context import plan_cuts
from ..furniture.shape import STATEMENT_END, is_date_line, trail_steps
from ..furniture.signatures import is_quote_alone, is_signature
from ..model import RemovalReason, Removed
from ..people import is_full_name, name_runs
from .lines import HEADING, SENTENCE_END, WORD, Line, Unit, comparable
from .title import is_prose
from .trail import without_label


def drop_furniture(lines: list[Line], removed: list[Removed]) -> list[Line]:
    """Lines less furniture; what was cut goes into ``removed`` with its reason."""
    plan = plan_cuts(lines)  # menus, teaser lists, polls, the page after the article; bylines glued into text
    lines = plan.lines
    kept: list[Line] = []
    skip_next_in_block, taken = None, 0
    toc = _table_of_contents(lines)
    pictured: Line | None = None  # the caption or credit cut just before this line
    for i, line in enumerate(lines):
        text = line.text
        removed.extend(plan.glued.get(i, []))
        after, pictured = pictured, None
        above = lines[i - 1] if i else None
        if i in plan.cuts:
            pictured = _picture_line(line, above, plan.cuts[i], kept, removed)
            _cut(line, plan.cuts[i], kept, removed)
            continue
        if i in toc:
            removed.append(Removed(text, furniture.NAVIGATION))
            continue
        ruled = (line.hint != HEADING or len(text.split()) <= 3) and i not in plan.text  # context shows text
        reason = furniture.classify_line(text) if ruled else None
        if skip_next_in_block is not None:
            if reason is None and _is_related_title(line, skip_next_in_block, taken):
                removed.append(Removed(text, furniture.RELATED))
                taken += 1
                if line.block != skip_next_in_block:
                    skip_next_in_block = None
                continue
            skip_next_in_block = None
        reason = reason or _news_widget(lines, i, kept)
        if reason == furniture.CREDIT and _is_paragraph_with_credit(text):
            # "... zegt hij. (Foto: Belga)": keep the paragraph, cut the credit.
            body = _caption_part(text)
            removed.append(Removed(text[len(body) :].strip(), furniture.CREDIT))
            kept.append(Line(body, line.block, line.hint))
            continue
        if reason == furniture.CREDIT:
            reason = _credit_or_caption(line, kept, removed)
        elif reason is None and _in_picture(lines, i, kept, after):
            reason = furniture.CAPTION
        if reason is None:
            kept.append(line)
            continue
        pictured = _picture_line(line, above, reason, kept, removed)
        _cut(line, reason, kept, removed)
        if reason == furniture.RELATED and (furniture.is_related_head(text) or furniture.widgets.is_more_of_the_site(text)):
            skip_next_in_block, taken = line.block, 0
    return _above_top_menu(lines, kept, removed)


SAID_WORDS = 4
"""Words from which a widget's line that ends a sentence is a notice said to the reader, not a button."""


def _news_widget(lines: list[Line], i: int, kept: list[Line]) -> RemovalReason | None:
    """``lines[i]`` as a news site's button or label ("Meest gelezen", "Speel af"), cut only here, once the article was
    found and the links under a "Lees ook" were taken: it stands at either end of an article or inside it, so it says
    nothing of where the article starts or ends, and a stamp under a link is the link's own. A line the page sets as a
    heading is one only when it has a few words, as a button has. It is cut only under a paragraph that ends a
    statement: under a line with no full stop it stays, for that line names what the button opens (a video's or a
    gallery's title), which the layout drops as a heading with nothing under it only while the button stands below."""
    line, words = lines[i], len(lines[i].text.split())
    # a button is a few words with no stop; a notice said as a sentence names nothing the line above opens
    said = words >= SAID_WORDS and STATEMENT_END.search(line.text) is not None
    if line.hint == HEADING and words > 3 or kept and not STATEMENT_END.search(kept[-1].text) and not said:
        return None
    return newsroom.news_widget_reason(line.text, words)


def _in_picture(lines: list[Line], i: int, kept: list[Line], pictured: Line | None) -> bool:
    """``lines[i]``, which no rule of its own cuts, belongs to a picture: its caption by its neighbours, or a person
    shown acting; ``pictured`` is the caption or credit cut right above it, if any."""
    line, text = lines[i], lines[i].text
    above, below = lines[i - 1] if i else None, lines[i + 1 : i + 2]
    return (
        _caption_below_credit(line, above, below) or _lower_case_label(line, above, below)
        or _repeats_next_caption(line, below) or _under_enlarge_button(above, text)
        or _under_button_and_credit(lines, i) or _pictured_acting(line, above, below, kept)
        # below the first prose line (a headline may have this shape, over its date)
        or pictures.is_person_in_scene(text) and any(is_prose(k.text) for k in kept) and not _dated(below)
        or pictured is not None and _second_caption(line, pictured, below)
    )


SECOND_CAPTION_WORDS = 12
"""Words a picture's second line (its title over the caption, or a line of it set apart) runs to at most."""


def _picture_line(line: Line, above: Line | None, reason: RemovalReason, kept: list[Line], removed: list[Removed]) -> Line | None:
    """``line`` when it is cut as a picture's caption or credit, after cutting the picture's second line above it."""
    if reason not in (furniture.CAPTION, furniture.CREDIT):
        return None
    if above is not None and kept and kept[-1] is above and _second_caption(above, line, [line]):
        removed.append(Removed(kept.pop().text, furniture.CAPTION))
    return line


def _second_caption(line: Line, caption: Line, below: list[Line]) -> bool:
    """A short sentence in a block of its own right above or below a line cut as a picture's caption or credit,
    repeating two of its words ("Koning bevorderd matroos." over "Koning Willem-Alexander bevordert Matroos 2 ...";
    "Dit is de Dorpsstraat hier." over "Dorpsstraat (Foto: ...)"): the picture's title or the rest of its caption.
    A paragraph beside a picture shares one word with it (the article's subject), runs on longer, or tells in the
    past what the picture shows in the present ("Minister Peeters bracht een bezoek aan ..." under "Minister Peeters
    op bezoek")."""
    text = line.text
    alone = caption.block != line.block and (not below or below[0] is caption or below[0].block != line.block)
    one_sentence = len(text.split()) <= SECOND_CAPTION_WORDS and text.endswith(".") and not re.search(r"[.!?…:;]\s", text)
    return (
        alone and one_sentence and text[:1].isupper() and line.hint != HEADING
        and not re.search(r"['‘’\"“”„«»]", text)  # a quote's words are said, not shown
        and not any(pictures.is_past_verb(word) for word in WORD.findall(text))  # a past tense reports
        and len(_long_words(text) & _long_words(caption.text)) >= 2
    )


def _long_words(text: str) -> set[str]:
    """The words of four letters or more, in lower case: what a picture's two lines share.

    >>> sorted(_long_words("De koning kijkt (Foto: ANP)"))
    ['foto', 'kijkt', 'koning']
    """
    return {w for w in WORD.findall(text.lower()) if len(w) >= 4 and not w.isdigit()}


def _dated(below: list[Line]) -> bool:
    """The next line is a date or a reading time: what a page sets under its headline, never under a caption."""
    return bool(below) and (is_date_line(below[0].text) or furniture.classify_line(below[0].text) == furniture.READING_TIME)


def _pictured_acting(line: Line, above: Line | None, below: list[Line], kept: list[Line]) -> bool:
    """ "Rob Verhofstad opent het studiejaar in de Stevenskerk" in a block of its own, below prose that told in the past
    what he did ("Dat benadrukte Rob Verhofstad", "Verhofstad sprak"): a picture's caption, which shows that in the
    present; a paragraph in the present brings a person in, and a hard-wrapped paragraph's line shares its block."""
    name = pictures.acting_person(line.text) if line.hint != HEADING else None
    alone = (above is None or above.block != line.block) and (not below or below[0].block != line.block)
    return bool(name) and alone and any(is_prose(k.text) and _told_in_past(k.text, name) for k in kept)


def _told_in_past(text: str, name: str) -> bool:
    """A verb in the past right before or after ``name`` or its surname in ``text``.

    >>> _told_in_past("Dat benadrukte Rob Verhofstad tijdens de opening.", "Rob Verhofstad")
    True
    >>> _told_in_past("Verhofstad opent de deuren.", "Rob Verhofstad"), _told_in_past("Verhofstad nam deel.", "Rob Verhofstad")
    (False, True)
    """
    who = rf"(?:{re.escape(name)}|{re.escape(name.split()[-1])})"
    around = re.findall(rf"(\w+)\s+{who}\b", text) + re.findall(rf"\b{who}\s+(\w+)", text)
    return any(pictures.is_past_verb(w) for w in around)


def _under_enlarge_button(above: Line | None, text: str) -> bool:
    """ "Vergroot afbeelding Malieveld tijdens Veteranendag." over "Het Malieveld liep al snel vol.": the government
    sites' photo button carries the picture's description; the short sentence under it is its caption. So is the
    short line under a picture's bare label ("Image" over "Deelnemers gaan in gesprek over ...")."""
    if above is not None and furniture.pictures.BARE_PICTURE_LABEL.fullmatch(above.text):
        return len(text.split()) <= 20 and not re.search(r"[.!?]\s", text)
    button = above is not None and re.match(_ENLARGE_BUTTON + r"\s+\w", above.text)
    return bool(button) and _one_short_sentence(text)


def _under_button_and_credit(lines: list[Line], i: int) -> bool:
    """ "Vergroot afbeelding Koningin Máxima en burgemeester." and "Beeld: ©Pepijn van den Broeke" over "Koningin Máxima
    opent het nieuwe Huis ...": the line that closes a photo's button and credit, in their block, is its caption."""
    if i < 2 or not (lines[i - 2].block == lines[i - 1].block == lines[i].block):
        return False
    button = re.match(_ENLARGE_BUTTON + r"\b", lines[i - 2].text)
    credit = furniture.has_credit(lines[i - 1].text) and not _caption_part(lines[i - 1].text)
    return bool(button and credit) and len(lines[i].text.split()) <= BUTTON_CAPTION_WORDS


_ENLARGE_BUTTON = r"(?i)vergroot (?:de )?(?:foto|afbeelding)"
"""The photo button of government sites ("Vergroot afbeelding"), which carries the picture's description."""
BUTTON_CAPTION_WORDS = 40
"""Words the caption under a photo's button and credit runs to at most, a sentence or two."""


def _one_short_sentence(text: str) -> bool:
    """ "70 veteranen ontvingen vandaag hun onderscheiding.": a caption's length and one stop, at its end."""
    return len(text.split()) <= 25 and bool(re.search(r"[.!]$", text)) and not re.search(r"[.!?]\s", text)


def _above_top_menu(lines: list[Line], kept: list[Line], removed: list[Removed]) -> list[Line]:
    """The site's name and slogan over its menu or breadcrumb at the top of a page: no headline stands above the
    menu, nor above the trail, which a page sets under its masthead and menus and over its headline."""
    cut = {id(line) for line in kept}
    # The last of the top's menus: a site's name and slogan may stand between a service menu and the main one.
    menu = max((i for i, line in enumerate(lines[:TOP_LINES]) if id(line) not in cut and _is_menu(line.text)), default=None)
    widgets = {r.text for r in removed if r.reason in _HEADER_WIDGETS}
    menu = _menu_run(lines, cut, widgets) if menu is None else menu
    trail = _trail_under_name(lines, cut)  # the trail under a menu ends the frame lower down
    menu = trail if menu is None or trail is not None and trail > menu else menu
    if menu is None or any(is_prose(line.text) for line in lines[:menu]):
        return kept
    above = {id(line) for line in lines[:menu]}
    removed.extend(Removed(line.text, furniture.NAVIGATION) for line in kept if id(line) in above)
    return [line for line in kept if id(line) not in above]


_HEADER_WIDGETS = frozenset({furniture.SHARE, "reading time"})
"""What an article sets under its headline in a run of short lines: share buttons and its reading time."""

TOP_LINES = 8
"""Lines at the top of a page among which its menu stands, if anywhere."""
MENU_RUN = 5
"""Cut lines of a word or three in a row that make a menu set one entry a line."""


def _menu_run(lines: list[Line], kept: set[int], widgets: set[str] = frozenset()) -> int | None:
    """The first of ``MENU_RUN`` lines in a row near the top, each a word or three, all cut: the site's menu, set
    one entry a line (a contents list's numbers are no menu, and a share bar under the headline is none either:
    most of its lines are ``widgets``, the texts cut as an article header's buttons)."""
    for i in range(1, TOP_LINES):
        run = lines[i : i + MENU_RUN]
        shared = sum(l.text in widgets for l in run) * 2 > len(run)
        if len(run) == MENU_RUN and not shared and all(id(l) not in kept and len(l.text.split()) <= 3 and re.search(r"[^\W\d_]{3}", l.text) for l in run):
            return i
    return None


def _trail_under_name(lines: list[Line], kept: set[int]) -> int | None:
    """A breadcrumb from the site's home near the top ("Home > Publicaties > Stadskrant"), cut, with the line under it
    cut too or opening the page: the page's frame ends there, and what stands above it is the site's name and slogan."""
    for i, line in enumerate(lines[1:TOP_LINES], start=1):
        steps = trail_steps(without_label(line.text))  # "Je bent hier: Home > ..."
        home = len(steps) >= 2 and steps[0].lower() in {"home", "homepage", "start", "startpagina"}
        under = lines[i + 1] if i + 1 < len(lines) else None
        if home and id(line) not in kept and under is not None and (id(under) not in kept or _opens_page(under.text)):
            return i
    return None


def _opens_page(text: str) -> bool:
    """A line that may open the page under its trail: prose, or a headline; not a kicker in capitals over the headline
    nor a row of menu entries set apart by gaps, nor a line with a number, which may be a service menu's whose gaps
    the reading closed ("Onze zone Contact Noodnummer 101"): the layout weighs those against the headline by the
    lines above the trail.

    >>> _opens_page("Zandhoven krijgt een nieuwe brug"), _opens_page("ANALYSE 50 JAAR BRUGGEN"), _opens_page("Wonen    Werken    Contact")
    (True, False, False)
    """
    return is_prose(text) or not text.isupper() and not re.search(r"\d", text) and len(furniture.menu_entries(text)) < 3


def _is_menu(text: str) -> bool:
    # A menu, not a date or meta line such as "Nieuwsbericht | 12-05-2022 | 17:00"; or the header's own buttons.
    if furniture.is_page_header_row(text):
        return True
    if text.count(" | ") < 2 or re.search(r"\d", text):
        return False
    reason = furniture.classify_line(text)
    # A row of short entries is a menu, whichever widget's name the line rules gave it first ("infobox").
    return reason == furniture.NAVIGATION or reason is not None and all(len(e.split()) <= 3 for e in text.split(" | "))


def _cut(line: Line, reason: RemovalReason, kept: list[Line], removed: list[Removed]) -> None:
    """Record a line cut as furniture; a photo's button ("Grotere versie foto") takes its caption above along."""
    if furniture.is_photo_button(line.text):
        _caption_above(line, kept, removed)
    removed.append(Removed(line.text, reason))


def _table_of_contents(lines: list[Line]) -> set[int]:
    """Numbered lines ("1 Geschiedenis", "2.1 Bouw") that repeat a later heading."""
    last = {line.text.lower(): i for i, line in enumerate(lines)}
    toc = set()
    for i, line in enumerate(lines):
        m = re.match(r"^\d+(?:\.\d+)*\.?\s+(\S.{0,60})$", line.text)
        # Only a heading further down makes this line its entry; the heading itself repeats the contents above it.
        if m and last.get(m.group(1).lower(), -1) > i:
            toc.add(i)
    # A contents list has entries; one numbered line that a heading repeats is the page's own numbered title
    # ("8 Regeling van werkzaamheden" over the record, with the heading again below).
    return toc if len(toc) >= 2 else set()


def _is_related_title(line: Line, block: int, taken: int) -> bool:
    """The link text under a bare "Lees ook": same block, or a headline-like line; after the first, in the same
    block, each headline-like line that follows (a list of titles), up to the first sentence."""
    if line.block == block and (not taken or not SENTENCE_END.search(line.text) or _title_question(line.text)):
        return True
    if taken:
        return False  # the list ends with its block
    words = line.text.split()
    return not SENTENCE_END.search(line.text) and (
        len(words) > 5 or ":" in line.text or bool(re.search(r"['‘’\"“”]", line.text))
    )


RELATED_QUESTION_WORDS = 12
"""Words of a question in a list of titles that make it one more title: a listed headline may ask."""


def _title_question(text: str) -> bool:
    """A headline that asks, as a list of titles holds one: one short question, no sentence before it.

    >>> _title_question("Muzikant en zzp'er: wat verandert er in 2025?"), _title_question("Klaar. Wat nu?")
    (True, False)
    """
    return text.endswith("?") and len(text.split()) <= RELATED_QUESTION_WORDS and not re.search(r"[.!?…;]\s", text)


def _credit_or_caption(line: Line, kept: list[Line], removed: list[Removed]) -> str:
    """A credit with caption text before it is a caption; a bare credit
    also takes the caption just above it in the same block."""
    caption = _caption_part(line.text)
    if caption:
        if kept and _same_caption(kept[-1].text, caption):
            removed.append(Removed(kept.pop().text, furniture.CAPTION))
        return furniture.CAPTION
    _caption_above(line, kept, removed)
    return furniture.CREDIT


def _caption_above(line: Line, kept: list[Line], removed: list[Removed]) -> None:
    """The caption just above a photo's own line (its credit, its "Grotere versie foto"), in the same block."""
    above = kept[-1] if kept else None
    # One sentence at most: a paste without blank lines puts the paragraph above a credit in its block too.
    if (
        above is not None
        and above.block == line.block
        and len(above.text.split()) <= 40
        and above.hint != HEADING
        and len(re.findall(r"[.!?](?:\s|$)", above.text)) <= 1
    ):
        caption = kept.pop()
        removed.append(Removed(caption.text, furniture.CAPTION))
        start = kept[-1] if kept else None
        # A caption wrapped over two lines ("Regiomanagers An en Ben," over "geflankeerd door ..."): its start too.
        if start is not None and start.block == caption.block and caption.text[:1].islower() \
                and start.text.rstrip().endswith(",") and len(start.text.split()) <= 20:
            removed.insert(len(removed) - 1, Removed(kept.pop().text, furniture.CAPTION))


def _is_paragraph_with_credit(text: str) -> bool:
    body = _caption_part(text)
    return len(body.split()) > 30 and len(re.findall(r"[.!?]\s+[A-Z‘'\"“„«]", body)) >= 1


def _caption_part(text: str) -> str:
    m = re.search(r"\s*(?:©|\(c\)|\(?(?:foto|beeld|photo|image)\b|(?<=[.!?]\s)bron\s*:)", text, re.IGNORECASE)
    return text[: m.start()].strip() if m else ""


def _same_caption(previous: str, caption: str) -> bool:
    return previous == caption or (len(previous) > 20 and caption.startswith(previous))


def _caption_below_credit(line: Line, above: Line | None, following: list[Line]) -> bool:
    """A short line right under a bare credit, closing the credit's block: the photo's caption, set below it
    ("Beeld: ©Rijksoverheid / Peter van Embden" over "SG Gert-Jan Buitendijk")."""
    if above is None or above.block != line.block or not furniture.has_credit(above.text) or _caption_part(above.text):
        return False
    ends_block = not following or following[0].block != line.block
    return ends_block and len(line.text.split()) <= 12 and not re.search(r"[.!?:]['’\"”]?$", line.text)


def _lower_case_label(line: Line, above: Line | None, following: list[Line]) -> bool:
    """A phrase in lower case in a block of its own between sentences ("aad straathof spreekt"): a picture's
    alternative text left in the copy, never a paragraph (those start with a capital) nor a subhead."""
    text = line.text
    alone = (above is None or above.block != line.block) and (not following or following[0].block != line.block)
    after_sentence = above is None or bool(re.search(r"[.!?…:]['’\"”»)]?$", above.text))
    return (
        alone
        and line.hint != HEADING
        and after_sentence
        and text[:1].islower()
        and len(text.split()) <= 12
        and not re.search(r"[.!?…:;,]['’\"”»)]?$", text)
        # a signature in lower case under a quote alone ("gedeputeerde Riet Gillis, bevoegd voor Mobiliteit")
        and not (above is not None and is_quote_alone(above.text) and is_signature(text))
    )


def drop_doubled(lines: list[Line], removed: list[Removed]) -> list[Line]:
    """Lines less a phrase said twice in a row below the headline ("Dijkgraven ondertekenen waterakkoord" over
    itself): a picture's alternative text over its caption. A subhead or a paragraph stands once."""
    doubled = {
        i
        for i in range(len(lines) - 1)
        if comparable(lines[i].text) == comparable(lines[i + 1].text) and _phrase(lines[i].text)
        or HEADING not in (lines[i].hint, lines[i + 1].hint)
        and (_restates(lines[i].text, lines[i + 1].text) or _restates(lines[i + 1].text, lines[i].text))
    }
    doubled |= {i + 1 for i in doubled} | {i for i, line in enumerate(lines) if _glued_twice(line.text)}
    removed.extend(Removed(lines[i].text, furniture.CAPTION) for i in sorted(doubled))
    return [line for i, line in enumerate(lines) if i not in doubled]


def _glued_twice(text: str) -> bool:
    """A phrase and the same phrase again on one line: a picture's alternative text run into its caption.

    >>> _glued_twice("Opening nieuwe brug Zandhoven Opening nieuwe brug Zandhoven"), _glued_twice("Dag na dag")
    (True, False)
    """
    words = text.split()
    half = len(words) // 2
    return len(words) % 2 == 0 and half >= 3 and words[:half] == words[half:] and _phrase(" ".join(words[:half]))


def _restates(phrase: str, other: str) -> bool:
    """A picture's alternative text over or under its caption, in other words: a phrase and a line of one sentence
    that name the same person in full and share most of the phrase's words ("Aly van Berckel in workshop tassen maken
    bij MijnBuuf" and "Hoofddirecteur IND Aly van Berckel bij een workshop tasjes maken van MijnBuuf.").

    >>> _restates("Aly van Berckel in workshop tassen maken bij MijnBuuf", "Hoofddirecteur IND Aly van Berckel bij een workshop tasjes maken van MijnBuuf.")
    True
    >>> _restates("Minister Jan Peeters op bezoek", "Minister Jan Peeters bracht vandaag een bezoek aan de school in Lier.")
    False
    """
    if not _phrase(phrase) or len(other.split()) > 25 or len(re.findall(r"[.!?](?:\s|$)", other)) > 1:
        return False
    if not (_names_in(phrase, other) or _names_in(other, phrase)):
        return False
    words = {w for w in WORD.findall(phrase.lower()) if len(w) >= 4}
    shared = words & set(WORD.findall(other.lower()))
    return len(shared) >= 0.6 * len(words) and len(shared) >= 4


def _names_in(text: str, other: str) -> bool:
    """A full name of ``text`` that ``other`` says word for word, whatever stands around it there ("Frans Floris" of
    "Het oordeel van Salomo - Frans Floris" in "Schilderij Het oordeel van Salomo van Frans Floris").

    >>> _names_in("Het oordeel van Salomo - Frans Floris, KMSKA", "Schilderij Het oordeel van Salomo van Frans Floris")
    True
    """
    return any(is_full_name(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", other) for _, name in name_runs(text))


def _phrase(text: str) -> bool:
    """A caption's shape: a few words, no sentence's stop and no quote closing it (a second headline may quote)."""
    return 3 <= len(text.split()) <= 25 and not re.search(r"(?:[.!?…:]['’\"”»)]?|['’\"”»])$", text)


def _repeats_next_caption(line: Line, following: list[Line]) -> bool:
    """A caption line repeated just below with its credit appended."""
    if not following or not furniture.has_credit(following[0].text):
        return False
    return _same_caption(line.text, _caption_part(following[0].text))


def _text_or_subhead(units: list[Unit], j: int) -> bool:
    """Prose, or a heading with prose under it: where a list of links ends."""
    return is_prose(units[j].text) or units[j].kind == HEADING and j + 1 < len(units) and is_prose(units[j + 1].text)


def drop_reference_sections(units: list[Unit], removed: list[Removed]) -> list[Unit]:
    """Units less a closing reference section ("Bronnen", "Zie ook"), recorded in ``removed``; a reference label
    set as a line of text ("Zie ook:") takes only the links under it, up to the next prose or subhead over prose."""
    for i, unit in enumerate(units):
        if not furniture.is_reference_heading(unit.text) or i <= len(units) // 3:
            continue
        end = len(units)
        if unit.kind != HEADING:
            if not unit.text.rstrip().endswith(":"):
                continue
            end = next((j for j in range(i + 1, len(units)) if _text_or_subhead(units, j)), len(units))
        removed.extend(Removed(u.text, furniture.REFERENCES) for u in units[i:end])
        return units[:i] + units[end:]
    return units
