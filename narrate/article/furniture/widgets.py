"""Lines of site widgets that hold on every site, as a table of rules: record and date lines, edition lines,
interface buttons and footer links, print and licence notices, contact lines, calls to action, cookie notices.

Each rule names its reason, how long a line it may take (a widget is short; a long line is prose that
mentions a widget's words) and its test. ``widget_reason`` returns the first rule's reason that holds.
"""

from __future__ import annotations

import re
from typing import Callable

from . import asides, counters, figures, newsroom, page_notes, pictures, pointers, provenance, shape, site_chrome, vocab
from ..firstnames import is_first_name
from ..letters import CAPITAL
from ..model import RemovalReason

# "Antwerpen, Limburg, Oost-Vlaanderen, West-Vlaanderen": the editions a press-database page appeared in.
_EDITION = re.compile(rf"^[{CAPITAL}][\w'./-]*(?:[ -][{CAPITAL}][\w'./-]*){{0,3}}(?:,\s*[{CAPITAL}][\w'./-]*(?:[ -][{CAPITAL}][\w'./-]*){{0,3}})+$")
_EDITION_WORD = re.compile(r"\b(?:uitgave|editie|edition|ed\.)\b", re.IGNORECASE)
_TIMEZONE = re.compile(r"^(?:Europe|America|Asia|Africa|Australia|Pacific|Atlantic)/[A-Z][A-Za-z_]+$")
# "rel=nofollow", 'class="x"': an attribute of a link left in the copied text.
_MARKUP = re.compile(r"^(?:[a-z-]+=(?:\"[^\"]*\"|'[^']*'|[\w-]+)\s*)+$")
_BYLINE_AGENCY = re.compile(rf"^(?:door|bron|tekst)\s*:\s*(?:{vocab.AGENCIES})(?:\s*/\s*[\w.]+)*$", re.IGNORECASE)
# A quote in the line: a person speaking, not the site.
_QUOTED = re.compile(r"[\"“”„«»]|(?:^|\s)['‘][^']{3,}['’]")


def _prose_before_contact(text: str) -> bool:
    """Two sentences of text before the contact details: a paragraph that ends by saying whom to ask, whose
    last sentence ``strip_inline`` cuts, not a contact line.

    >>> _prose_before_contact("Het dorp bouwt een brug. Jan leidt het project. Meer info bij jan@dorp.be.")
    True
    >>> _prose_before_contact("Perscontact: Jan Peeters, 0470 12 34 56, jan@dorp.be")
    False
    """
    match = vocab.CONTACT.search(text)
    return shape.prose_before(text[: match.start()] if match else "")


_DATE_LABELS_ONLY = re.compile(
    r"(?i)(?:\d{1,2}\.\s*)?(?:(?:laatst\s+)?(?:gepubliceerd|geplaatst|bijgewerkt|geüpdatet|geupdatet|gewijzigd|aangepast|gecontroleerd)"
    r"(?:\s+op)?\s*:?\s*){1,3}"
)
"""Date labels whose dates the page left out or set apart: "Laatst bijgewerkt op", "Gepubliceerd Laatst geüpdatet";
numbered as a list's item when the page's list markup numbered it ("1. Laatst bijgewerkt op")."""

_FORMS_OFFERED = re.compile(
    r"(?i)(?:je|u) kunt (?:dit|het|deze|dat) (?:interview|gesprek|artikel|verhaal|podcast|aflevering|lezing|webinar)\b"
    r"[^.!?]*\b(?:volgen|bekijken|beluisteren|lezen|terugkijken|terugluisteren)\s*:$"
)
_FORM_ITEM = re.compile(r"(?i)(?:[•·*–-]\s*)?als (?:video|artikel|podcast|audio|tekst|transcript|pdf)[;.,]?")


def _bare(text: str) -> str:
    """The line without its arrow glyphs and closing punctuation, lower case: how a button reads."""
    return newsroom.bare(text).strip().lower()


def _one_sentence(text: str) -> bool:
    """No sentence ends before the line's own end: "Foto: de brug. Daarna ging het mis." is a caption and text."""
    return not re.search(r"[.!?]\s+\S", text.rstrip())


def _speaker_label(text: str) -> bool:
    """A transcript's speaker in brackets, not a link: "[Jean-Pierre Hannequart]", "[Rik De Laet, afdelingshoofd]".

    >>> _speaker_label("[Jean-Pierre Hannequart]"), _speaker_label("[ Print dit bericht ]")
    (True, False)
    """
    inner = text.strip().strip("[]").split()
    return len(inner) >= 2 and text.count("[") == 1 and is_first_name(inner[0]) and inner[1][:1].isupper()


def _button_row(text: str) -> bool:
    """A row of the page's interface buttons: "Lettergrootte A A A | Voorlezen".

    >>> _button_row("Lettergrootte A A A  |  Voorlezen"), _button_row("Wonen | Werken")
    (True, False)
    """
    parts = shape.segments(text)
    bare = [_bare(vocab.PLAYING_TIME.sub("", _LETTER_SIZES.sub("", part))) for part in parts]
    return len(parts) >= 2 and all(b in vocab.UI_BUTTONS for b in bare)


_FILE_LINK = re.compile(r"(?i)\(\s*(?:(?:pdf|docx?|xlsx?|odt|zip)\W{1,3})?\d+(?:[.,]\d+)?\s*[kmg]b\s*\)|\((?:pdf|docx?|xlsx?)\)")
"""A file's size or type in brackets: "(1,2 MB)", "(pdf, 340 kB)", "(PDF)"."""

_REFERENCE = re.compile(r"(?i)(?:ref|nr|kenmerk|referentie)\.?:?\s*[\w./-]*\d[\w./-]*")
"""A document's reference in a meta line, standing for its date: "Ref. 07/2024", "Kenmerk: 2024-0123"."""

_LETTER_SIZES = re.compile(r"(?:\s+[Aa][+-]?){2,}\s*$")


def _date_with_page(text: str) -> bool:
    return shape.is_date_line(text) and shape.has_page(text)


# "Den Haag, 15-01-2020": a press release's dateline, a place of a few capitalised words before the date.
_PLACE = re.compile(rf"^[{CAPITAL}][\w'’.-]*(?:[ -](?:[a-z]{{1,3}}|[{CAPITAL}][\w'’.-]*)){{0,3}}$")


def _dateline(text: str) -> bool:
    place, _, date = text.partition(",")
    return bool(date.strip() and _PLACE.match(place.strip())) and shape.has_date(date) and shape.is_date_line(date)


# "SN 8816/05 (Presse 111)", "(OR. fr)": a document's reference and language codes on a line of their own.
_BRACKETED = re.compile(r"\([^()]*\)")
_CODE_WORD = re.compile(r"^(?:[A-Z]{1,4}\.?|[\d/.-]+)$")


def _reference(text: str) -> bool:
    """Codes alone: a number with a slash and capital abbreviations (bracketed words aside), or a bracketed
    pair of abbreviations; a word of text ("Artikel 12/3") makes it prose."""
    if re.fullmatch(r"\(\s*[A-Za-z]{1,3}\.?\s+[A-Za-z]{1,3}\.?\s*\)", text):
        return True
    rest = _BRACKETED.sub(" ", text).split()
    has_letters = any(w[0].isalpha() for w in rest)  # a bare "24/7" or "3/4" is a figure, not a reference
    return bool(re.search(r"\d+/\d+", text)) and has_letters and all(_CODE_WORD.match(w) for w in rest)


def _edition(text: str) -> bool:
    return bool(_EDITION.match(text) and len(text.split(",")) >= 4) or bool(
        shape.has_date(text) and _EDITION_WORD.search(text)
    )


def _other_language(text: str) -> bool:
    """A notice in English or German, not quoted: "Maastricht Aachen Airport will be closed from May 8 to June 30.",
    "Can you help us translate this article?"; a Dutch sentence with an English term stays.

    >>> _other_language("Can you help us translate this article?"), _other_language("De brug is dicht, zegt de stad.")
    (True, False)
    >>> _other_language("Het programma heet Physical therapy for patients in the ICU."), _other_language("It's a beautiful day")
    (False, False)
    """
    words = re.findall(r"[a-zA-ZÀ-ÿß]+", text.lower())
    if len(words) < 5 or _QUOTED.search(text) or not re.search(r"[.!?]$", text.strip()):  # a title in English stays
        return False
    foreign = sum(w in vocab.foreign_stop_words() for w in words)
    dutch = sum(w in vocab.stop_words() for w in words)
    return foreign >= 3 and foreign >= 0.3 * len(words) and dutch <= 0.1 * len(words)


def is_bare_date(text: str) -> bool:
    """A date on a line of its own, in brackets or not ("(15-01-2021)", "3 januari 2019"): when a blog's entry or a
    news list's item was posted; never a time alone, which a live blog reads as its entry's time.

    >>> is_bare_date("(15-01-2021)"), is_bare_date("3 januari 2019"), is_bare_date("11:45"), is_bare_date("Januari")
    (True, True, False, False)
    >>> is_bare_date("11.45 uur"), is_bare_date("maandag 7 april 2014"), is_bare_date("Op 7 april 2014 ging de brug open.")
    (False, True, False)
    >>> is_bare_date("zaterdag 2 september 2023 - 20:54"), is_bare_date("Om 20:54 ging het alarm af.")
    (True, False)
    """
    bare = text.strip().strip("()[]•·-–— ")
    # "zaterdag 2 september 2023 - 20:54": the hour it was posted, after the date, still says only when.
    bare = re.sub(r"(?i)(?<=\d{4})\s*[-–,·|]?\s*(?:om\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:u|uur)?|\d{1,2}[uh]\d{2})$", "", bare)
    day = re.search(rf"(?i)\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?:\d{{1,2}}\s+)?(?:{vocab.MONTHS})\b", bare)
    return len(bare.split()) <= 5 and day is not None and shape.is_date_line(bare)


def _type_and_date(text: str) -> bool:
    """ "Nieuwsbericht | 03-12-2020", and with a topic after the date: "Persbericht • 15 december 2022 • Landbouw";
    or any three or more short segments, one a date: "Het verhaal van J&V · Verhaal · 19-06-2023".

    >>> _type_and_date("Europagebouw, Brussel · 21 mei 2019 · Vergaderlocatie en praktische informatie")
    True
    >>> _type_and_date("Het kabinet is gevallen. · 21 mei 2019 · Rutte stapt op.")
    False
    >>> _type_and_date("Persbericht · Ref. 07/2024 · Sectie Werkgelegenheid, sociale zaken en burgerschap")
    True
    >>> _type_and_date("Studie | geplaatst op 14 maart 2003"), _type_and_date("Het kabinet valt vandaag. | geplaatst op 14 maart 2003")
    (True, False)
    >>> _type_and_date("Nieuwsbericht | Asiel"), _type_and_date("Column | De zomer dat alles anders werd")
    (True, False)
    >>> _type_and_date("Laatst bijgewerkt op 3 februari 2021 – Dienst communicatie")
    True
    >>> _type_and_date("Gepubliceerd op 3 februari 2021 – de minister stapt vandaag op")
    False
    """
    parts = shape.segments(text)
    if _typed_labels(parts):
        return True
    parts = parts if len(parts) > 1 else re.split(r"\s+[–—]\s+", text)  # "Laatst bijgewerkt op ... – Dienst communicatie"
    if len(parts) >= 3 and any(shape.is_date_line(p) or _REFERENCE.fullmatch(p) for p in parts):
        return all(shape.is_date_line(p) or len(p.split()) <= 6 and not shape.ends_sentence(p) for p in parts)
    if len(parts) == 2 and any(_POSTED.match(p) for p in parts):
        # "Studie | geplaatst op 14 maart 2003", "Gepost op 19 januari 2021 door team communicatie | Algemeen"
        return all(_POSTED.match(p) or len(p.split()) <= 3 and not shape.ends_sentence(p) for p in parts)
    return bool(vocab.TYPE_AND_DATE.match(text)) and shape.is_date_line(text.split(None, 1)[-1])


def _typed_labels(parts: list[str]) -> bool:
    """A page's type and its labels: "Nieuwsbericht | Asiel", "Persbericht · Brussel · maart 2019 · Ook beschikbaar
    in het Frans". After a type, a headline would be longer than a word or two; and a menu lists several types
    ("Nieuws | Opinie | Blog"), as a section does ("Nieuws | ...")."""
    if len(parts) < 2 or not _ONE_TYPE.fullmatch(parts[0]) or any(_ONE_TYPE.fullmatch(p) for p in parts[1:]):
        return False
    limit = 2 if len(parts) == 2 else 6
    return all(len(p.split()) <= limit and not shape.ends_sentence(p) for p in parts[1:])


_ONE_TYPE = re.compile(rf"(?i)(?!nieuws$|agenda$)(?:{vocab.CONTENT_TYPES})")


_POSTED = re.compile(rf"(?i)^(?:gepost|geplaatst|gepubliceerd|posted|published|(?:laatst\s+)?(?:bijgewerkt|gewijzigd|aangepast))\s+(?:op\s+)?(?:\d{{1,2}}[-/ ]\s*(?:\d{{1,2}}|{vocab.MONTHS})[-/ ]\s*\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})(?:\s+door\s+[^|·•]{{2,60}})?$")
"""A posting date, and its poster: one segment of a meta line."""


def _glued_cells(text: str) -> bool:
    return len(vocab.GLUED_CELLS.findall(text)) >= 2 and not shape.ends_sentence(text)


_CAPITAL_FUNCTION_WORD = re.compile(r"(?<=[\w)])\s+(?:Onze|Ons|Over|Het|Een|Voor|Naar|Meer|Alle|Uw|Jouw)\b")


def _glued_labels(text: str) -> bool:
    """Menu entries or a breadcrumb a copy joined without separators: a function word capitalised twice in mid-line,
    where only an entry's start would capitalise it ("Over het Radboudumc Onze impact in 2021 Onze impact voor ...").

    >>> _glued_labels("Over het Radboudumc Onze impact in 2021 Onze impact voor lerenden"), _glued_labels("Het Rode Kruis helpt")
    (True, False)
    """
    return len(_CAPITAL_FUNCTION_WORD.findall(text)) >= 2 and not shape.ends_sentence(text)


def _call_to_action(text: str) -> bool:
    """A line that asks the reader to do something, perhaps after a short question put to them.

    >>> _call_to_action("Zelf een buurtnetwerk opstarten in jouw straat? Neem contact op met je wijkagent.")
    True
    >>> _call_to_action("Persvragen? Neem contact op met de woordvoerders."), _call_to_action("Vragen? Bel 112")
    (True, False)
    >>> _call_to_action("Hebt u een taalvraag? Bel de Taaltelefoon."), _call_to_action("Bel de buren.")
    (True, False)
    >>> _call_to_action("Waarom stopt de bus hier niet? Neem contact op met De Lijn, zei de burgemeester.")
    False
    """
    text = re.sub(r"^[<‹«←▶►▸]+\s*", "", text)  # "« Terug naar alle incidenten", "▶ Bekijk de aflevering"
    asked = _READER_QUESTION.match(text) or pointers.box_hook(text)
    rest = text[asked.end() :] if asked else ""
    asks = vocab.CALL_TO_ACTION.match(text) or asked and (vocab.CALL_TO_ACTION.match(rest) or _ASKED_TO.match(rest))
    return bool(asks) and not provenance.ATTRIBUTED.search(text)


_READER_QUESTION = re.compile(r"^(?:(?=[^?]*\b(?:je|jij|jou|jouw|u|uw)\b)[^.!?]{3,80}|[^\W\d]+(?:\s[^\W\d]+)?)\?\s+")
"""A short question put to the reader, or a word or two asked ("Persvragen?"), before what they are asked to do."""

_ASKED_TO = re.compile(r"(?i)(?:bel|mail|e-mail|stuur|dien|vul|kijk op|surf naar|contacteer|meld)\b(?!\s*\d)")
"""What the reader is told to do once a question is put to them ("Hebt u een taalvraag? Bel de Taaltelefoon"): the
imperative alone would be any sentence's ("Bel de buren"); a number to call is contact details ("Noodgeval? Bel 112")."""


def _asked_to_call(text: str) -> bool:
    """A number to call after a question put to the reader: "Noodgeval? Bel 101 of 112", "Vragen? Bel gratis 0800 ..."."""
    asked = _READER_QUESTION.match(text)
    return bool(asked and re.match(r"(?i)(?:bel|sms|whatsapp)\s+(?:gratis\s+)?(?:naar\s+)?\+?\d", text[asked.end() :]))


def _site_box(text: str) -> bool:
    return bool(vocab.ADDRESS.search(text) and vocab.READER_WIDGET.search(text)) and not _QUOTED.search(text)


# "IMG_2041.jpg", "dsc01234", "nieuwjaar 01 99852": a picture's file name or CMS label where the picture stood.
_IMAGE_EXTENSION = r"\.(?:jpe?g|png|gif|webp|svg|tiff?)"
_FILE_NAME = re.compile(
    rf"(?i){_IMAGE_EXTENSION}\b|" r"\b(?:img|dsc|dscn|dscf|pxl|pict?|foto)[_-]?\d{3,}\b|\w+_\w*\d\w*"
)


def _file_name_line(text: str) -> bool:
    """A picture's whole file name, spaces and all: "Rule Segment - Lozenge 5px - 400px.svg" (no word of a sentence).

    >>> _file_name_line("Rule Segment - Lozenge 5px - 400px.svg"), _file_name_line("Het logo staat in logo.svg")
    (True, False)
    """
    return bool(re.search(rf"(?i)\S{_IMAGE_EXTENSION}$", text)) and not re.search(r"(?:^|\s)[a-zà-ÿ]", text)


def _picture_file(text: str) -> bool:
    """A picture's file name, or a lower-case label with a long serial number and no sentence in it.

    >>> _picture_file("IMG_2041.jpg"), _picture_file("nieuwjaar 01 99852"), _picture_file("in 2023 was het 12345 keer raak.")
    (True, True, False)
    >>> _picture_file("20160115 eedaflegging"), _picture_file("20160115 Eedaflegging van de burgemeester")
    (True, False)
    """
    if shape.ends_sentence(text):
        return False
    serials = len(re.findall(r"(?<![\d.,])\d{5,}(?![\d.,])", text))
    dated = _DATED_FILE.fullmatch(text.strip()) is not None  # "20160115 eedaflegging": a date stamp and a word, lower case
    return bool(_FILE_NAME.search(text)) or (text[:1].islower() and serials >= 1) or serials >= 2 or dated  # "236870 perssalon ff28f5 1487235479"


_DATED_FILE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])[_ -][a-zà-ÿ][\w-]*(?:[_ -][a-zà-ÿ][\w-]*)?")


Rule = tuple[RemovalReason, int, Callable[[str], bool]]
"""Reason, most words a line may have, test."""

WIDGET_RULES: tuple[Rule, ...] = (
    ("date line", 12, _date_with_page),
    ("date line", 8, _dateline),
    ("edition line", 20, _edition),
    ("edition line", 8, _reference),
    ("navigation", 12, lambda t: bool(_MARKUP.match(t) or vocab.WIKI_ORIGIN.match(t))),
    ("navigation", 15, lambda t: bool(vocab.WIKI_NAMESPACE.search(t))),
    ("edit link", 3, lambda t: _bare(t) in {"bewerken", "brontekst bewerken"}),
    ("navigation", 6, lambda t: _bare(t) in vocab.ACCOUNT_WORDS or _bare(vocab.PLAYING_TIME.sub("", t)) in vocab.UI_BUTTONS),
    ("navigation", 12, lambda t: _button_row(t)),
    # "↑ NOS, 'Peter R. de Vries neergeschoten', 6 juli 2021.": a wiki's footnote, by the arrow back to where it is cited.
    ("reference section", 60, lambda t: t.startswith("↑") and len(t.split()) >= 4),
    # "Volgende spreker ›", "Alle persberichten »": a few words with the arrow of a link after them.
    ("navigation", 5, lambda t: bool(re.search(r"\w\s*[›»→]$", t))),
    # A line that is only a web address ("news.belgium.be", "BIBLIOTHEEKGENK.BE"): a link or a logo, never said.
    ("navigation", 1, lambda t: bool(vocab.WEB_ADDRESS.fullmatch(t.lower().rstrip(".")))),
    ("stage direction", 12, lambda t: bool(vocab.STAGE_DIRECTION.match(t)) or shape.is_sound_cue(t)),
    # "Je kunt het interview met X op drie manieren volgen:" over "Als video;", "Als artikel;", "Als podcast.":
    # the forms the page offers its piece in, said to the reader
    ("reading hint", 20, lambda t: bool(_FORMS_OFFERED.match(t))),
    ("reading hint", 3, lambda t: bool(_FORM_ITEM.fullmatch(t.strip()))),
    ("print notice", 60, lambda t: bool(vocab.PRINT_NOTICE.search(t))),
    ("source credit", 40, lambda t: bool(vocab.SYNDICATION.match(t))),
    ("contact details", 40, lambda t: bool(vocab.CONTACT.search(t)) and not _QUOTED.search(t) and not _prose_before_contact(t)),
    ("edition line", 15, lambda t: bool(vocab.RECORD_NUMBER.search(t)) and not shape.ends_sentence(t)),
    ("call to action", 15, lambda t: bool(vocab.LISTEN_VIA.search(t))),
    # "Meer weten?", "Meer info:": the label of a box that points elsewhere, never a subhead of the text.
    ("call to action", 3, lambda t: bool(re.fullmatch(r"(?i)meer (?:weten|info(?:rmatie)?)\s*[?:.]?", t))),
    # "Download deze rapportage als pdf (1,2 MB)": a file's link, by its type and size.
    ("call to action", 15, lambda t: bool(_FILE_LINK.search(t))),
    # "▶ Bekijk de animatiefilm (2 min. 41 sec.)": a video's link, by its play sign or its running time.
    ("call to action", 10, lambda t: bool(_VIDEO_LINK.match(t))),
    # "Elke gift vanaf 40 euro is fiscaal aftrekbaar.": the fund's appeal beside the article
    ("call to action", 15, lambda t: bool(_TAX_DEDUCTIBLE_GIFT.match(t))),
    ("contact details", 30, lambda t: bool(_OPENING_HOURS.match(t))),
    ("related link", 12, lambda t: bool(_MORE_OF_THE_SITE.fullmatch(t))),
    # "In deze reeks", "Hoofdstukken", "Over deze publicatie": the label of a box of links to the other parts.
    ("navigation", 3, lambda t: bool(re.fullmatch(
        r"(?i)(?:(?:in|uit) (?:deze|dit) (?:reeks|serie|nummer|editie|dossier|artikel)|hoofdstukken|over deze (?:publicatie|uitgave))\s*:?", t))),
    # "Lees alle berichten op aaenmaas.nl/actueel": a pointer to an address, never a sentence of the text
    # (a line the address opens names the site: the header's rules weigh it against the headline).
    ("call to action", 16, lambda t: _points_to_address(t) and not shape.ends_sentence(t)),
    ("source credit", 8, lambda t: bool(_BYLINE_AGENCY.match(t))),
    ("navigation", 16, lambda t: bool(vocab.PREV_NEXT.match(t))),
    ("navigation", 20, lambda t: bool(vocab.LANGUAGE_SWITCH.match(t))),
    # "Toon meer portretten", "Laad meer berichten": a list's button; "Doneer nu": a fund's.
    ("navigation", 4, lambda t: bool(re.fullmatch(r"(?i)(?:toon|laad|bekijk|lees) (?:meer|alle|minder) [\w'’-]+", t))),
    ("call to action", 3, lambda t: bool(re.fullmatch(r"(?i)(?:doneer|steun ons|word donateur|word lid)(?: nu| hier| vandaag)?[.!]?", t))),
    ("navigation", 16, lambda t: bool(vocab.FILED_UNDER.match(t)) and not shape.ends_sentence(t)),
    ("call to action", 30, lambda t: bool(vocab.MORE_INFO_CALL.match(t))),
    ("call to action", 30, lambda t: bool(vocab.PAGE_ON_ITSELF.search(t))),
    ("navigation", 20, lambda t: bool(vocab.SITE_OWNER.match(t) or vocab.POWERED_BY.match(t))),
    # "Meer foto's vindt u in het fotoalbum", "Het volledige rapport staat bij Publicaties": the way to another page.
    ("call to action", 30, pointers.points_elsewhere),
    ("navigation", 30, pointers.about_the_site),
    ("call to action", 25, pointers.about_this_page),
    ("navigation", 25, pointers.reserves_rights),
    ("navigation", 16, pointers.is_masthead_or_list_head),
    ("call to action", 25, pointers.is_reader_service),
    # "De reeks zit halverwege. Lees al onze artikels hier.": a series' box, what it is and where to read it.
    ("related link", 35, pointers.is_link_box),
    ("call to action", 30, pointers.is_offer_line),
    ("contact details", 30, pointers.offers_press_pictures),
    ("contact details", 8, lambda t: bool(pointers.STREET_ADDRESS.match(t.strip()))),
    ("source credit", 30, provenance.about_the_text),
    ("date line", 4, provenance.is_dated_label),
    ("date line", 6, provenance.is_clock_time),
    ("infobox", 4, provenance.is_field_without_colon),
    ("reading time", 8, provenance.rubric_time_and_author),
    # "Rumst - Wommelgem - Belsele - Gent": a row of place names, a shop's or a service's branches, not a sentence.
    ("navigation", 12, lambda t: bool(re.fullmatch(rf"[{CAPITAL}][\w'’-]+(?:\s[–-]\s[{CAPITAL}][\w'’-]+){{3,}}", t))),
    ("navigation", 6, lambda t: bool(vocab.ARCHIVE_ENTRY.match(t))),
    ("navigation", 16, lambda t: bool(vocab.BRACKET_BUTTONS.match(t)) and not _speaker_label(t)),
    ("ad marker", 12, lambda t: bool(vocab.SPONSORED.match(t))),
    ("date line", 15, lambda t: bool(vocab.POST_FOOTER.match(t))),
    ("other language", 60, _other_language),
    ("date line", 6, lambda t: bool(_DATE_LABELS_ONLY.fullmatch(t))),
    ("date line", 15, lambda t: bool(_TIMEZONE.match(t)) or shape.is_meta_line(t) or _type_and_date(t)
     or shape.is_count_line(t)),
    ("navigation", 40, lambda t: bool(vocab.WIKI_NOTICE.search(t))),
    ("infobox", 12, lambda t: bool(vocab.COORDINATES.search(t))),
    ("navigation", 6, lambda t: bool(re.search(r"(?i)\bwebmail\b", t))),
    # A contact panel's chat and mail widget: "Uw chatgesprek wordt automatisch gestart ...", "... positie in de wachtrij".
    ("contact details", 25, lambda t: bool(re.search(
        r"(?i)\bchatgesprek|\bchat met (?:ons|een medewerker)\b|\bvia de chat\b|\bpositie in de wachtrij\b"
        r"|\bkopie van (?:uw|je) bericht\b|^stuur (?:ons |een )?e-?mail naar\b", t))),
    ("navigation", 12, lambda t: bool(vocab.SITE_STATUS.match(t))),
    ("cookie banner", 60, lambda t: bool(vocab.SITE_COOKIES.match(t))),
    ("photo caption", 20, lambda t: bool(pictures.PICTURE_LABEL.match(t)) and not shape.ends_sentence(t)),
    # "Kaart: ligging van beide polders tussen ...": a label and a colon, then what the picture shows.
    ("photo caption", 25, lambda t: bool(pictures.PICTURE_LABEL.match(t)) and ":" in t[:60] and not shape.ends_sentence(t)),
    ("photo caption", 25, lambda t: bool(re.match(r"(?i)(?:beeld|video|foto)titel\s*:\s", t))),  # "Beeldtitel: Wat doet ..."
    # "Video (4 min.) – Karine Moykens stelt het jaarverslag voor": a player's label and length, then what it shows.
    ("photo caption", 25, lambda t: bool(re.match(r"(?i)(?:▶\s*)?video\s*\((?:\d+:\d\d|\d+\s*min\.?)\)\s*[–—:-]\s", t))),
    # "Foto: Ondertekening van de overeenkomst door ...": the label itself and a colon open it, whatever its length.
    ("photo caption", 45, lambda t: bool(re.match(r"(?i)(?:foto|beeld|afbeelding)\s*:\s+\S", t)) and _one_sentence(t)),
    ("photo caption", 30, lambda t: bool(pictures.NAMES_THEN_SCENE.match(t))),
    ("photo caption", 40, lambda t: bool(pictures.POSED.search(t)) and _one_sentence(t) and not _QUOTED.search(t)),
    # Its label says what the line is, however many people it names with their functions.
    ("photo caption", 80, pictures.who_in_picture),
    ("photo caption", 6, _picture_file),
    # "Logo Wikimedia Belgium", "Logo gemeente Westerkwartier": the alternative text of a logo.
    ("photo caption", 10, lambda t: bool(re.match(r"(?i)logo(?:\s*:)?\s+\S", t)) and not shape.ends_sentence(t)),
    ("photo caption", 12, _file_name_line),
    ("photo caption", 5, lambda t: bool(pictures.BARE_PICTURE_LABEL.fullmatch(t))),
    # "Afbeelding overhandiging eerste ei": the label, then what it shows in lower case (a maker's name is a credit).
    ("photo caption", 6, lambda t: bool(re.match(r"(?i)(?:foto|afbeelding|illustratie)\s+(?!en\b)(?-i:[a-zà-ÿ])", t))
     and not shape.ends_sentence(t)),
    ("navigation", 20, lambda t: bool(vocab.CODE.match(t)) or _glued_cells(t)),
    ("navigation", 15, lambda t: _glued_labels(t)),
    # "NieuwsPreventie": two labels (a section, a tag) run together into one word.
    ("navigation", 1, lambda t: bool(re.fullmatch(rf"[{CAPITAL}][a-zà-ÿ]{{2,}}(?:[{CAPITAL}][a-zà-ÿ]{{2,}})+", t))),
    ("infobox", 30, lambda t: t.count("|") >= 2 and not shape.ends_sentence(t.rstrip(" |"))),
    ("call to action", 25, _call_to_action),
    ("contact details", 25, _asked_to_call),
    ("call to action", 60, _site_box),
    ("share button", 8, lambda t: bool(vocab.SOCIAL.search(t)) and not shape.ends_sentence(t)),
    ("share button", 16, lambda t: bool(vocab.SHARE_LIST.match(t)) and len(vocab.SOCIAL.findall(t)) >= 2),
    ("contact details", 30, lambda t: bool(vocab.CALL_NUMBER.search(t)) and not _QUOTED.search(t)),
    ("edition line", 8, lambda t: bool(vocab.ISSUE_LINE.match(t))),
    ("edition line", 30, lambda t: bool(vocab.IMPRINT.match(t))),
    ("edition line", 40, lambda t: bool(vocab.COLOPHON.search(t))),
    ("edition line", 14, lambda t: bool(_PUBLICATION_TAGLINE.match(t))),
    # "Digitale editie april 2014 · pagina 5 van 68": where in a paged edition or list the reader is.
    ("navigation", 12, lambda t: bool(re.search(r"(?i)\bpagina \d+ (?:van|/) \d+\b", t)) and not shape.ends_sentence(t)),
    ("edition line", 8, lambda t: bool(vocab.RUBRIC_OR_ISSUE.search(t)) and not shape.ends_sentence(t)),
    ("share button", 30, lambda t: bool(vocab.SOCIAL_EMBED.search(t))),
    ("source credit", provenance.NOTE_WORDS, provenance.is_own_note),  # last: a note the rules above name better goes by theirs
    ("contact details", figures.FIGURES_WORDS, figures.is_figures_row),
    ("contact details", 6, lambda t: bool(_REGISTRATION.fullmatch(t.strip()))),
)
"""In order: the first rule that holds names the reason."""


_REGISTRATION = re.compile(
    r"(?i)(?:ondernemings|btw|kvk|kbo|rsz|erkennings|registratie|vestigings|rsin)[- ]?(?:nummer|nr\.?)?\s*:?\s*"
    r"(?:[a-z]{2}\s?)?\d[\d. ]{3,14}\d|(?:rpr|rpm)\s*:?\s*(?-i:[A-Z][\w-]+)|bic\s*:?\s*(?-i:[A-Z]{6}[A-Z\d]{2,5})"
)
"""A company's registration in a page's footer, every label it goes by: "Ondernemingsnummer 0123.456.789", "BTW BE
0123.456.789", "KvK-nummer: 12345678", "RPR Antwerpen", "BIC GEBABEBB"."""

_VIDEO_LINK = re.compile(
    r"(?i)^(?:[▶►▸]\s*(?:bekijk|kijk|bekijk hier|speel af)\b.{2,60}"
    r"|(?:bekijk|kijk naar) (?:de|het|onze) [\w-]+(?:\s+[\w-]+)?\s*\(\d+\s*(?:min|sec|seconden|minuten)\.?[^()]{0,20}\))$"
)
_TAX_DEDUCTIBLE_GIFT = re.compile(r"(?i)^(?:(?:elke|uw|je|jouw)\s+)?(?:gift|giften|donatie|donaties)\b[^,;]{0,50}\bfiscaal aftrekbaar\b[^,;]{0,40}$")
_OPENING_HOURS = re.compile(
    r"(?i)^(?:(?:openingstijden|openingsuren|bezoekuren|bezoektijden)\b[^.!?:]{0,60}:\s*|(?:open|geopend)\s+(?:op\s+|van\s+|elke\s+)?)"
    r"(?:(?:ma|di|wo|do|vr|za|zo)\b|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|werkdagen|weekdagen|dagelijks|elke dag)"
    r"[^!?]{0,120}?(?:\b\d{1,2}(?:[.:]\d{2})?\s*(?:uur|u)\b|\b\d{1,2}[.:]\d{2}\b)"
)
"""A service's opening hours, labelled or opening with "Open": "Openingsuren: maandag tot vrijdag van 8.30 tot 12 uur"."""
_PUBLICATION_TAGLINE = re.compile(
    r"(?i)^(?:[\w-]+\s+){0,2}[\w-]*(?:magazine|tijdschrift|blad|krant|platform)\s+(?:van|voor)\s+"
    r"(?!.*\b(?:is|was|zijn|waren|wordt|werd|heeft|had|kreeg|krijgt|lag|ligt|staat|stond|gaat|ging|komt|kwam)\b)[^.!?]{3,90}$"
)
"""A publication's masthead tagline: what it is and whose ("Onafhankelijk nieuwsplatform van de Universiteit Utrecht",
"Magazine voor veteranen | uitgave van het Veteraneninstituut", "Dagblad van de Universiteit Utrecht"); a finite verb
makes it a sentence ("De krant van zomer 2025 was dik")."""
_MORE_OF_THE_SITE = re.compile(
    r"(?i)(?:meer (?:features|verhalen|berichten|artikels|artikelen|interviews|blogs|columns|portretten|video['’]s)"
    r"(?: (?:uit|over|van) [^.!?]{1,60})?|(?:andere|eerdere) (?:berichten|artikels|artikelen|verhalen|nieuws) (?:van|uit|in|over) "
    r"(?:deze|dit|onze|die) [\w-]+)\s*[:>»›]?"
)
"""The label over the site's other pages: "Meer features", "Meer verhalen uit 25 jaar Team Taaladvies", "Andere
berichten van deze afzender"."""


def is_more_of_the_site(text: str) -> bool:
    """The label over a list of the site's other pages, whose titles follow it ("Meer features")."""
    return bool(_MORE_OF_THE_SITE.fullmatch(text.strip()))


def _points_to_address(text: str) -> bool:
    """
    >>> _points_to_address("Lees alle berichten op aaenmaas.nl/actueel"), _points_to_address("UKrant.nl – nieuws over de RUG")
    (True, False)
    """
    m = vocab.WEB_ADDRESS.search(text)
    return m is not None and m.start() > 0


def widget_reason(line: str, words: int) -> RemovalReason | None:
    """The reason a whole line is a site widget, or None.

    >>> widget_reason("Deel deze pagina", 3), widget_reason("De minister deelde het bericht op Facebook.", 7)
    ('navigation', None)
    """
    text = line.strip()
    for reason, most, test in WIDGET_RULES:
        if words <= most and test(text):
            return reason
    found = asides.aside_reason(text, words) or site_chrome.chrome_reason(text, words)
    return found or page_notes.note_reason(text, words) or counters.counter_reason(text, words)
