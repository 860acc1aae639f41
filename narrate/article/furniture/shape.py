"""Features of one line that hold across sites: length, function-word density, capitals, digits, end punctuation.

Article prose is long, ends like a sentence and is full of function words;
menus, tags and buttons are a word or three; teaser titles are a phrase
without a full stop. The context rules in ``blocks`` group lines by these
shapes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import vocab
from ..letters import CAPITAL

WORD = re.compile(r"[\w'’-]+")
STATEMENT_END = re.compile(r"[.!…]['’\"”»)]?$")
"""A statement's end: a full stop, an exclamation or an ellipsis, perhaps inside a closing mark or bracket."""
BULLET = re.compile(r"^\s*(?:[•·▪►◦‣∙*]|[-–—](?=\s))\s*")
"""A list item's mark at the start of a line."""
_SENTENCE_END = re.compile(r"[.!?…][)'’\"”»]*$|[:;]$")
# "23.V.2005": the month in Roman numerals, as official and European documents write it.
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{1,2}}\.(?-i:(?=[IVX])X?(?:IX|IV|V?I{{0,3}}))\.\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+(?:{vocab.MONTHS})\.?(?:\s+\d{{4}})?"
    rf"|(?:{vocab.MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})\b",
    re.IGNORECASE,
)
# "14u32", "8u05", "14h30": how Flemish copy writes the clock, hours and minutes around a "u" (or a French "h").
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:\s*(?:uur|u)\b|\b)|\b(?:[01]?\d|2[0-3])[uh](?:[0-5]\d)?\b|\b\d+\s+(?:min|minuten|uur|uren|dagen|weken|maanden)\b",
    re.IGNORECASE,
)
_PAGE = re.compile(r"\b(?:p|pag|blz|pagina|page)\.?\s*\d{1,3}\b", re.IGNORECASE)
# "Gepubliceerd in oktober 2011 · 2 minuten leestijd": a month and year, and a reading time, beside the date.
_LABELLED_MONTH = re.compile(rf"(?i)(?:{vocab.DATE_LABELS})\s*:?\s*(?:in\s+)?(?:{vocab.MONTHS})\s+\d{{4}}")
_DATE_FILLER = re.compile(
    rf"\b(?:{vocab.DATE_LABELS}|{vocab.WEEKDAYS}|{vocab.MONTHS}|in|van|tot|en|leestijd|leesduur|\d+|[a-z])\b|[,.:;|/()·•–—-]",
    re.IGNORECASE,
)


_FIELD = re.compile(r"\s*[\w' -]{1,40}\s?:\s*[\w()/.-]*\d[\w()/.-]*\s*")
"""A record's field and its code: "Procedure : 2006/2172(INI)", "Zaaknummer: 200.123/01"."""


def words(text: str) -> list[str]:
    return WORD.findall(text)


def stop_density(text: str) -> float:
    """Share of the line's words that are function words.

    >>> round(stop_density("De minister zegt dat het kabinet valt."), 2)
    0.57
    """
    found = [w.lower() for w in words(text)]
    return sum(w in vocab.stop_words() for w in found) / len(found) if found else 0.0


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def segments(text: str) -> list[str]:
    """A line's parts between separators (" | ", " · ", " • ").

    >>> segments("Persbericht • 15 december 2022 • Landbouw")
    ['Persbericht', '15 december 2022', 'Landbouw']
    """
    return [part.strip() for part in vocab.SEGMENT_BREAK.split(text)]


@lru_cache(maxsize=4096)
def is_prose(text: str) -> bool:
    """A paragraph of article text: a sentence of eight words or more, or a long run of words.

    >>> is_prose("Het kabinet wil dat gemeenten meer geld krijgen voor jeugdzorg."), is_prose("Meest gelezen")
    (True, False)
    """
    count = len(words(text))
    return count >= 15 or (count >= 8 and ends_sentence(text) and not text.rstrip().endswith(":"))


@lru_cache(maxsize=4096)
def is_short(text: str) -> bool:
    """A menu entry, tag, button, number or date: three words at most and no sentence, or a date/number alone.

    >>> is_short("Binnenland"), is_short("22:43"), is_short("Het kabinet valt.")
    (True, True, False)
    """
    count = len(words(text))
    if count == 0:
        return True
    if is_date_line(text) or re.fullmatch(r"[\d\s.,:%°€$+–|·•/-]*[A-Za-z°]{0,3}", text.strip()) or _FIELD.fullmatch(text):
        return True
    return count <= 3 and not re.search(r"[.!]$", text.strip())


@lru_cache(maxsize=4096)
def is_title_like(text: str) -> bool:
    """A headline-shaped line: a phrase of three words or more, capitalised, not a sentence.

    >>> is_title_like("Starbucks haalt suiker uit drankjes"), is_title_like("Hij zei dat het kon.")
    (True, False)
    """
    count = len(words(text))
    first = text.lstrip()[:1]
    if count < 3 or count > 20 or not (first.isupper() or first.isdigit() or first in "'‘\"“„«"):
        return False
    return not re.search(r"[.,;:]$", text.strip()) and not is_prose(text)


@lru_cache(maxsize=4096)
def is_date_line(text: str) -> bool:
    """A line that is only a date or time with its labels: "Gepubliceerd: 5 maart 2016 17:04", "28-10-2011, p.3".

    >>> is_date_line("28-10-2011, p.3"), is_date_line("Vandaag om 20:07"), is_date_line("Op 5 maart viel het kabinet.")
    (True, True, False)
    >>> is_date_line("Gepubliceerd in oktober 2011 · 2 minuten leestijd"), is_date_line("maandag 15 tot woensdag 17 september")
    (True, True)
    >>> is_date_line("Datum: maart 2021"), is_date_line("maart 2021")
    (True, False)
    >>> is_date_line("Week 14 - 2019"), is_date_line("Week 14: de eerste zonnige dagen")
    (True, False)
    >>> is_date_line("Laatste update: 14u12"), is_date_line("Gisteren om 18u05"), is_date_line("Om 14u30 gaat de brug open.")
    (True, True, False)
    """
    if _LABELLED_MONTH.fullmatch(text.strip()) or _WEEK.fullmatch(text.strip()):
        return True  # "Datum: maart 2021": a month's date, labelled as one; "Week 14 - 2019", a weekly column's stamp
    return len(text) <= 90 and _only_date(text)


def is_dated_meta(text: str) -> bool:
    """A stamp set off from its sender or section: "Agentschap Justitie – Verhalen uit het agentschap – laatst
    gewijzigd op 14 maart 2024", "04-09-2015 | Kabinet van de President"; a date with its year, not a day alone.

    >>> is_dated_meta("Verhalen uit het agentschap – laatst gewijzigd op 14 maart 2024"), is_dated_meta("Open dag – 12 oktober")
    (True, False)
    """
    parts = _SEPARATOR.split(text.strip())
    if len(parts) < 2 or len(text.split()) > 20 or re.search(r"[.!?]\s", text):
        return False
    return any(len(part) <= 90 and re.search(r"\b(?:19|20)\d\d\b", part) and _only_date(part) for part in parts)


_SEPARATOR = re.compile(r"\s+[–|·•]\s+")
"""Where a stamp meets its sender: ``vocab.SEGMENT_BREAK``'s bar and dots, and the dash ("... – laatst gewijzigd op")."""


def _only_date(text: str) -> bool:
    if not (_DATE.search(text) or _TIME.search(text)):
        return False
    rest = _DATE_FILLER.sub(" ", _PAGE.sub(" ", _TIME.sub(" ", _DATE.sub(" ", text))))
    return not rest.strip() or _stamp_of(rest, text)


_WEEK = re.compile(r"(?i)(?:week|wk\.?)\s*\d{1,2}\s*(?:[-–/,]\s*|\s)(?:19|20)\d\d")
"""A week's number and its year, alone: a weekly column's or blog's stamp."""


def _stamp_of(rest: str, text: str) -> bool:
    """A meeting's or a release's stamp: one word and "van" or "op" before a weekday, date and time
    ("Commissievergadering van donderdag 4 maart 2021, 14.00u"); without the weekday and the time a
    headline may read so ("Verkiezingen van 9 juni").

    >>> is_date_line("Commissievergadering van donderdag 4 maart 2021, 14.00u"), is_date_line("Verkiezingen van 9 juni")
    (True, False)
    >>> is_date_line("Persbericht van 3 november 2025"), is_date_line("Persbericht van 3 november")
    (True, False)
    """
    label = re.match(r"\s*[\w-]+\s*$", rest) and re.match(r"\s*[\w-]+\s+(?:van|op)\s", text)
    if label and _RELEASE.match(text) and re.search(r"\b(?:19|20)\d\d\b", text):
        return True  # "Persbericht van 3 november 2025": the release's own stamp, its year told
    return bool(label and _DATE.search(text) and _TIME.search(text) and re.search(rf"(?i)\b(?:{vocab.WEEKDAYS})\b", text))


_RELEASE = re.compile(r"(?i)\s*(?:(?:pers|nieuws)?bericht|persmededeling|mededeling)\b")
"""A release's type before its date: "Bericht van woensdag 5 november 2025"; a speech's or a newsletter's date
may name the page itself ("Toespraak van 4 mei 2025")."""


def has_date(text: str) -> bool:
    return bool(_DATE.search(text) or _WEEK.fullmatch(text.strip()))


def has_page(text: str) -> bool:
    """A date with a page number ("28-10-2011, p.3"): a press database's record line, never a byline."""
    return bool(_PAGE.search(text))


def capitalised_share(text: str) -> float:
    found = [w for w in words(text) if w[:1].isalpha()]
    return sum(w[0].isupper() for w in found) / len(found) if found else 0.0


_COUNTED = r"reacties?|comments?|keer (?:gelezen|bekeken|gedeeld)"
"""What a page counts beside an article: its comments, reads and shares."""
_COUNTERS = (
    rf"{_COUNTED}|opmerkingen?|(?:keer|x) (?:gelezen|bekeken|gedeeld|beluisterd|afgespeeld|gedownload)"
    r"|weergaven|views|likes?|shares?|stemmen|foto['’]s|afbeeldingen|video['’]s"
)
"""Every counter a news page sets alone on a line, the whole family: its comments, reads, plays, shares and likes,
a poll's votes, a gallery's pictures ("5 x gedeeld", "1.234 stemmen", "34 foto's"); inside a meta line only
``_COUNTED``, for after those words a line may go on to say what it shows ("34 foto's van de nieuwe brug")."""
_META_PART = re.compile(
    rf"\s*(?:{_TIME.pattern}|{_DATE.pattern}|\d+\s+(?:{_COUNTED})|[|·•/–—,-]|"
    rf"[{CAPITAL}][\w'’-]+)",
    re.IGNORECASE,
)
_COUNT = re.compile(rf"\d+\s+(?:{_COUNTED})", re.IGNORECASE)


def is_count_line(text: str) -> bool:
    """A page's counter alone on its line: "33668 keer bekeken", "12 reacties", "1.204 weergaven".

    >>> is_count_line("33668 keer bekeken"), is_count_line("12 reacties"), is_count_line("12 reacties op het plan")
    (True, True, False)
    >>> is_count_line("5x gedeeld"), is_count_line("1.234 stemmen"), is_count_line("34 foto's"), is_count_line("34 foto's van de brug")
    (True, True, True, False)
    """
    return bool(re.fullmatch(rf"\s*\d[\d.]*\s*(?:{_COUNTERS})\s*", text, re.IGNORECASE))


def is_menu_of(entries: list[str]) -> bool:
    """A line's parts are a flattened menu's entries: four or more, each one to three capitalised words with no
    digits or punctuation.

    >>> is_menu_of(["Wonen en leven", "Vrije tijd", "Ondernemen", "Bestuur"]), is_menu_of(["Ajax", "PSV", "2", "1"])
    (True, False)
    """
    return len(entries) >= 4 and all(
        1 <= len(entry.split()) <= 3 and entry[:1].isupper() and not re.search(r"[\d.!?:;,]", entry) for entry in entries
    )


def is_meta_line(text: str) -> bool:
    """An article's meta line: time, comment count, section or region with separators ("10:45 | 23 reacties | Binnenland").

    >>> is_meta_line("10:45 | 23 reacties | Binnenland"), is_meta_line("Binnenland | Politiek")
    (True, False)
    """
    pos, parts = 0, 0
    while pos < len(text) and (match := _META_PART.match(text, pos)) and match.end() > pos:
        pos, parts = match.end(), parts + 1
    rest = text[pos:].strip()
    capitals = len(re.findall(rf"(?<![\w'’-])[{CAPITAL}][\w'’-]+", text))
    counted = bool(_COUNT.search(text)) or (bool(_TIME.search(text)) and bool(re.search(r"[|·•]", text)))
    return not rest and parts >= 3 and capitals <= 2 and counted  # a date and time alone are the byline's


_NUMBER_WORDS = frozenset("twee drie vier vijf zes zeven acht negen tien twaalf twintig honderd duizend".split())


def is_verbless_sentence(text: str) -> bool:
    """A photo caption's shape: one short phrase with a full stop, a name or place first, and no finite verb.

    >>> is_verbless_sentence("Verlinden tijdens de coronacrisis."), is_verbless_sentence("Verlinden opent de brug.")
    (True, False)
    >>> is_verbless_sentence("Momenteel telt Beveren 12 netwerken."), is_verbless_sentence("Kunst uit de collectie.")
    (False, True)
    >>> is_verbless_sentence("Ten eerste omdat we meer investeren in het onderhoud van het natuurbeheer.")
    False
    >>> is_verbless_sentence("Ons college bestaat uit één lid per lidstaat."), is_verbless_sentence("Minister Peeters tijdens het bezoek.")
    (False, True)
    >>> is_verbless_sentence("Onder druk van die crisis, kantelde het beeld."), is_verbless_sentence("Jan Peeters, tijdens de opening.")
    (False, True)
    >>> is_verbless_sentence("Zorgbedrijf Antwerpen registreerde 136 klachten."), is_verbless_sentence("Vervolgens deelden wethouders hun ervaring.")
    (False, False)
    >>> is_verbless_sentence("Mia Claes twijfelt niet."), is_verbless_sentence("Mia Claes begrijpt er niets van.")
    (False, False)
    """
    found = words(text)
    first = text.lstrip()[:1]
    if not 4 <= len(found) <= 20 or not re.search(r"\.['’\"”]?$", text.rstrip()) or not first.isupper():
        return False
    if found[0].lower() in vocab.SENTENCE_STARTERS | _NUMBER_WORDS or re.search(r"[\"“”„«»:;?!]", text[:-2]):
        return False
    if any(w.lower() in _SUBJECT_PRONOUNS for w in found):
        return False  # "Ten eerste omdat we meer investeren ...": a subject, so a verb, however it is spelt
    if any(w.lower() in _NEGATIONS for w in found[1:]):
        return False  # "Mia Claes twijfelt niet.": a picture shows, only a clause denies, whatever its verb
    if _verb_after_fronted(text) or _verb_after_subject(found):
        return False
    if any(_eren_verb(w) for w in found):
        return False  # "Burgemeester Wim Dries (CD&V) reageert verrast.": a verb of the -eren class, however rare
    return not any(w.lower() in vocab.FINITE_VERBS for w in found) and not _verb_second(found)


def _eren_verb(word: str) -> bool:
    """A present form of a verb in -eren ("reageert", "protesteert", "investeert"): no lowercase noun ends so.

    >>> _eren_verb("reageert"), _eren_verb("Geert"), _eren_verb("keert")
    (True, False, False)
    """
    return word.islower() and word.isalpha() and len(word) >= 7 and word.endswith("eert")


_NEGATIONS = frozenset({"niet", "geen", "niets", "nooit", "nergens", "niemand"})
"""The words of denial: a caption says what the picture shows, a sentence with one of these says what is not so."""

_SUBJECT_PRONOUNS = frozenset({"ik", "we", "wij", "jij", "hij", "jullie"})
"""Pronouns that are only ever a clause's subject (not "ze", "zij" or "je", which may be objects or possessives)."""


def _verb_second(found: list[str]) -> bool:
    """A sentence's finite verb in second place, as Dutch puts it after an adverb: "Momenteel telt ...", "Vervolgens
    deelden ..."; a caption's second word is a preposition or part of a name."""
    second = found[1] if len(found) > 1 else ""
    return second.isalpha() and second.islower() and second not in _NOT_VERBS and _verb_shaped(second)


def _verb_shaped(word: str) -> bool:
    """A word with a finite verb's ending: the present's -t, the past's -de(n) or -te(n)."""
    return len(word) >= 4 and word.endswith("t") or _past_shaped(word)


def _past_shaped(word: str) -> bool:
    """A word with the past tense's ending, -de(n) or -te(n), long enough not to be a short word ("rode", "ten")."""
    return len(word) >= 6 and word.endswith(("de", "te", "den", "ten"))


def _verb_after_subject(found: list[str]) -> bool:
    """ "Ons college bestaat uit ...", "Zorgbedrijf Antwerpen registreerde ...": a determiner and its noun, or a
    name, then a finite verb (a name's in the past: a caption names who is pictured in the present); a caption goes
    on with a preposition ("Onze leden tijdens ...")."""
    if len(found) < 3 or not found[1][:1].isalpha():
        return False
    third = found[2]
    if not (third.isalpha() and third.islower()) or third in _NOT_VERBS or third in _PREPOSITIONS:
        return False
    if found[0].lower() in NOUN_OPENERS:
        return _verb_shaped(third)
    named = found[0][:1].isupper() and found[1][:1].isupper()
    return named and _past_shaped(third)


NOUN_OPENERS = frozenset("de het een ons onze mijn zijn haar hun uw jouw deze dit die dat".split())
"""Words before a noun (articles, demonstratives, possessives): a verb's form right after one is the noun ("het
besluit", "zijn antwoord"); the word after a noun opened so may be the clause's verb ("Ons college bestaat")."""
_PREPOSITIONS = frozenset(
    """van voor met tijdens bij op in aan naar na om onder over uit door tegen naast achter tussen rond rondom langs
    sinds vanaf zonder binnen buiten boven tot per via dankzij namens volgens waaronder en of maar""".split()
)


def _verb_after_fronted(text: str) -> bool:
    """ "Onder druk van al die gebeurtenissen, kantelde het beeld.": a fronted phrase, a comma, then the verb before
    its subject; a caption's comma sets off a function ("Jan Peeters, burgemeester van Gent.")."""
    after = re.search(r",\s+([a-z]{3,})\s+(?:het|de|een|ik|we|wij|je|jij|u|hij|zij|ze|er|dit|dat|die)\b", text)
    return after is not None and after.group(1) not in _PREPOSITIONS


_NOT_VERBS = frozenset("niet toch echt zelfs almaar straks inmiddels thuis vanuit vast naast langst laatst eerst ooit".split())


def prose_before(before: str) -> bool:
    """Two sentences of the text's own before a line turns to the reader or gives an address: its paragraph's close.

    >>> prose_before("De raad telt in totaal 45 leden uit vijf partijen. In maart zijn er verkiezingen. ")
    True
    >>> prose_before("Gratis abonnement? "), prose_before("Het blad verschijnt vier keer per jaar. Gratis abonnement? ")
    (False, False)
    """
    return len(re.findall(r"\w[.!?](?:\s|$)", before)) >= 2 and len(words(before)) >= PROSE_BEFORE_WORDS


PROSE_BEFORE_WORDS = 12
"""Words of text a line holds at least before it turns to the reader: a paragraph's, not a box's opening."""


SECOND_PERSON = re.compile(r"\b(?:je|jij|jou|jouw|u|uw|jullie)\b", re.IGNORECASE)


def is_put_question(text: str, most_words: int) -> bool:
    """A question put to someone ("je", "u"), of ``most_words`` at most; not one a section answers.

    >>> is_put_question("Van welke projecten had jij slapeloze nachten?", 40), is_put_question("Hoe reageert het Westen?", 40)
    (True, False)
    """
    return text.rstrip().endswith("?") and len(text.split()) <= most_words and bool(SECOND_PERSON.search(text))


_TRAIL = re.compile(r"\s[>›»]\s")
"""The arrow between two steps of a breadcrumb."""
_SLASH_TRAIL = re.compile(r"(?i)^(?:home|start|homepage|hoofdpagina)\s/\s")
"""A trail of slashes, which only its start tells from a pair of words ("Home / Nieuws", not "Jan / Piet")."""


def trail_steps(line: str) -> list[str]:
    """The steps of a breadcrumb, first to last; none for a line that is no trail.

    >>> trail_steps("Home › Steun het KMSKA › Partners restauraties")
    ['Home', 'Steun het KMSKA', 'Partners restauraties']
    >>> trail_steps("Home / Nieuws / Het KCE voorstellen"), trail_steps("Over ons | Contact"), trail_steps("Jan / Piet")
    (['Home', 'Nieuws', 'Het KCE voorstellen'], [], [])
    """
    if _TRAIL.search(line):
        return [step.strip() for step in _TRAIL.split(line)]
    return [step.strip() for step in line.split(" / ")] if _SLASH_TRAIL.match(line) else []


def is_dashed_menu(line: str) -> bool:
    """A menu whose entries dashes set apart: four or more capitalised entries of one to three words.

    >>> is_dashed_menu("Wonen en leven – Vrije tijd – Onderwijs – Ondernemen – Bestuur – Contact")
    True
    >>> is_dashed_menu("Rutte – die gisteren aankwam – zei niets"), is_dashed_menu("Ajax – PSV – 2 – 1")
    (False, False)
    >>> is_dashed_menu("Menu jaarverslag: Voorwoord – In de kijker – Zorginspectie – Samenwerken – Cijfers")
    True
    """
    line = re.sub(r"(?i)^(?:[\w-]+\s+)?\w*menu(?:\s+[\w-]+)?\s*:\s*", "", line.strip())  # its label: "Menu jaarverslag:"
    return is_menu_of(re.split(r"\s[–—]\s", line))


_PAGE_TYPE = re.compile(r"(?i)(?:pers|nieuws)?bericht\b|persmededeling\b|toespraak\b|speech\b|nieuwsbrief\b")
"""The kinds of page a meta row may open with ("Persbericht van ...", "Toespraak bij ...")."""

PAGE_TYPE_WORDS = 8
"""A page's kind and its sender or occasion; a longer part says more than a meta row does."""


def names_page_type(part: str) -> bool:
    """The first part of a meta row that says what kind of page this is, and who sends it or why.

    >>> names_page_type("Persbericht van Brandweerzone Vlaams-Brabant West"), names_page_type("Brandweer rukt uit")
    (True, False)
    """
    return bool(_PAGE_TYPE.match(part)) and len(part.split()) <= PAGE_TYPE_WORDS


_MONTH_OF_YEAR = re.compile(rf"(?i)(?:{vocab.MONTHS})\.?\s+\d{{4}}")
"""A month and its year, a meta row's date when the day is left out."""


def is_date_or_month(part: str) -> bool:
    """A date, or a month and its year ("maart 2019"), alone.

    >>> is_date_or_month("maart 2019"), is_date_or_month("12 december 2018"), is_date_or_month("in maart 2019")
    (True, True, False)
    """
    return is_date_line(part) or bool(_MONTH_OF_YEAR.fullmatch(part.strip()))


READING_TIME = re.compile(
    r"^(?:(?:leestijd|leesduur|leesvoorstel)[: ]+(?:ca\.?\s*|±\s*|(?:circa|ongeveer|zo['’]n|bijna|minder dan|max(?:imaal|\.)?)\s+)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:uten|uut|\.)?)"
    r"|\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:uten|uut|\.)?)\s*(?:leestijd|leesduur|lezen|om te lezen)|[⏱⌚⏰🕒]\ufe0f?\s*\d+\s*min(?:uten|uut|\.)?)\.?$",
    re.IGNORECASE,
)
"""A reading time alone, in each of its forms: "Leestijd: 3 minuten", "4 min. lezen", "Leesduur: ongeveer 5 minuten",
"Leestijd 3-4 min", after a clock's sign ("⏱ 4 min")."""


def labelled_reading_time(line: str) -> bool:
    """A reading time beside a label or two: "Hoofdstuk 3.2 · leestijd 2 minuten".

    >>> labelled_reading_time("Hoofdstuk 3.2 · leestijd 2 minuten"), labelled_reading_time("Leestijd 2 minuten · Het kabinet valt vandaag")
    (True, False)
    >>> labelled_reading_time("Blog van de programmamanager · januari 2019 · 2 min. lezen")
    True
    >>> labelled_reading_time("Nieuwsbericht – serie De Wandeling, aflevering 3 – leestijd 2 min")
    True
    """
    parts = segments(line)
    parts = parts if len(parts) > 1 else re.split(r"\s+[–—-]\s+", line)  # "Nieuwsbericht – Organisatie – leestijd 2 min"
    times = [p for p in parts if READING_TIME.match(p)]
    # "Blog van de programmamanager · januari 2019 · 2 min. lezen": a genre, a date and the time it takes
    return len(parts) >= 2 and len(times) == 1 and all(
        p in times or len(p.split()) <= 3 or len(parts) >= 3 and (len(p.split()) <= 6 or is_date_line(p)) for p in parts)


_SOUNDS = r"(?:MUZIEK|APPLAUS|GELACH|GEJUICH|GEROEZEMOES|GEKLAP|GERUIS|GELUIDE?N?|STILTE|TUNE|JINGLE|GEZANG|SIRENES?)"
_CUE_WORD = r"(?!(?:EN|OF)\b)[A-ZÀ-Þ'’-]{2,}"
_SOUND_CUE = re.compile(rf"(?:{_CUE_WORD} ){{1,3}}{_SOUNDS}(?: {_CUE_WORD}){{0,3}}|{_SOUNDS}(?: {_CUE_WORD}){{1,3}}")


def is_sound_cue(text: str) -> bool:
    """A video transcript's sound in capitals, with a word that says which or what it does: a stage direction. A word
    alone ("MUZIEK") or two joined ("DANS EN MUZIEK") may be a heading in capitals.
    >>> [is_sound_cue(t) for t in ("RUSTIGE MUZIEK", "MUZIEK STOPT", "GELUID VAN VERKEER", "MUZIEK", "DANS EN MUZIEK")]
    [True, True, True, False, False]
    """
    return _SOUND_CUE.fullmatch(text.strip()) is not None
