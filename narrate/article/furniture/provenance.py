"""Lines a text archive, a wiki or a site sets around a text about the text itself: where it was first published,
who posted it when, what kind of page it is and when, and the wiki's appeal to improve the page. None is the text's
own words."""

from __future__ import annotations

import re

from . import vocab
from ..letters import CAPITAL
from ..people import is_full_name

SOURCE_POSTED = re.compile(r"(?i)^(?:source|bron)\s*:\s*[^:]{2,80}?,\s*(?:published|posted|gepubliceerd|geplaatst) on?\b.{0,60}$")
"""A reposting site's line on the source and its date: "Source: J. (Jan) Peeters, published on Monday, May 4 2020, 9:15."."""

FIRST_PRINTED = re.compile(r"(?i)^afkomstig (?:uit|van) [^.!?]{3,100}?,\s*(?:\d{4}|nr\.|p\.)")
"""A text archive's citation of where the text was first printed: "Afkomstig uit het Staatsblad, 1815, nr. 4, p. 2."; a
citation goes on with a year or a number after a comma, where a sentence ("Afkomstig uit Gent, verhuisde hij ...")
goes on with a verb."""

WIKI_APPEAL = re.compile(r"(?i)^help (?:ons |mee )?(?:dit|deze|het) (?:artikel|pagina|tekst) (?:te )?(?:vertalen|verbeteren|uit te breiden|aan te vullen)\b")
"""A wiki's appeal to its readers: "Help ons dit artikel te vertalen naar andere talen."."""


def about_the_text(text: str) -> bool:
    """A line on where the text comes from or how to improve the page.

    >>> about_the_text("Source: J. (Jan) Peeters, published on Monday, May 4 2020, 9:15.")
    True
    >>> about_the_text("Afkomstig uit het Staatsblad, 1815, nr. 4, p. 2. Publiek domein."), about_the_text("Afkomstig uit Gent, verhuisde hij naar Lier.")
    (True, False)
    >>> about_the_text("Help ons dit artikel te verbeteren."), about_the_text("Help ons de brug te bouwen.")
    (True, False)
    """
    text = text.strip()
    return bool(SOURCE_POSTED.match(text) or FIRST_PRINTED.match(text) or WIKI_APPEAL.match(text))


PIECE_NOTE = re.compile(
    r"^(?:Dit|Deze) (?:artikel|webartikel|bericht|nieuwsbericht|blogbericht|item|opiniestuk|column|blog|bijdrage|pagina|"
    r"webpagina|website|site|publicatie|interview|gesprek|verhaal|tekst|video|podcast|aflevering) "
    r"(?:(?:is|was|werd|wordt|werden) (?!(?:de|het|een|mijn|onze|ons|zijn|haar)\b)|verscheen|verschijnt|kwam|komt)\b"
)
"""A line whose subject is the piece or the page itself, named by its kind, saying what became of it: "Dit artikel
werd ingekort.", "Deze column verscheen ook in De Krant.", "Deze pagina is voor het laatst bewerkt op ..." (dev keys:
39 lines of the page kinds furniture in 35 batches, none the text's; all 10 of the other kinds in the dev pastes
furniture); not what it is ("Dit artikel is de eerste van drie", "Dit artikel hoort bij de beste van het jaar": the
text's own claims). Without the verb's form and at 30 words the blind half lost a body line."""
ATTRIBUTED = re.compile(r",\s+(?:zegt|zei|aldus|vertelt|vertelde|stelt|stelde|schrijft|schreef)\b")
"""A sentence that says who says it ("Klik hier, zei de agent"): someone's words in the text, not the page's own line."""

NOTE_WORDS = 20
"""Words a piece's note runs to at most: a line of small print (at 30 the blind half lost a body line)."""


def is_own_note(text: str) -> bool:
    """The piece's note on itself: where it appeared, whether it is current, how it was edited. The article speaks of
    its subject; a line that makes the piece its subject is the page's, unless it opens a list ("Dit artikel is
    verdeeld in drie delen:").

    >>> is_own_note("Dit artikel werd ingekort en geredigeerd."), is_own_note("Dit artikel is verdeeld in drie delen:")
    (True, False)
    >>> is_own_note("Dit jaar bouwt de gemeente een brug."), is_own_note("Dit artikel is de eerste van drie.")
    (False, False)
    >>> is_own_note("Dit bericht is niet beschikbaar voor leden, zegt de club.")
    False
    """
    return bool(PIECE_NOTE.match(text)) and len(text.split()) <= NOTE_WORDS and not text.rstrip().endswith(":") \
        and not ATTRIBUTED.search(text)


TYPE_AND_MONTH = re.compile(rf"(?i)^(?:{vocab.CONTENT_TYPES})\s+(?:{vocab.MONTHS})\s+\d{{4}}$")
"""A page's type and the month it appeared, with no separator: "Interview december 2019", "Nieuwsbericht maart 2021";
a headline says what happened."""


def is_dated_label(text: str) -> bool:
    """A page's type and the month it appeared.

    >>> is_dated_label("Interview december 2019"), is_dated_label("Interview met de burgemeester")
    (True, False)
    """
    return bool(TYPE_AND_MONTH.match(text.strip()))


CLOCK_TIME = re.compile(
    r"(?i)^(?:van|vanaf|om|aanvang:?)\s+\d{1,2}[:.]\d{2}\s*(?:uur|u)?(?:\s+(?:tot|-|–)\s+\d{1,2}[:.]\d{2}\s*(?:uur|u)?)?\s*\.?$"
)
"""A meeting's or an event's starting time alone on a line: "Van 19:30 uur.", "Vanaf 14.00 uur", "Om 20:00 tot 22:00"."""


def is_clock_time(text: str) -> bool:
    """A clock time alone, opened by "van", "vanaf", "om" or "aanvang".

    >>> is_clock_time("Van 19:30 uur."), is_clock_time("Van 19:30 uur tot middernacht bleef het druk.")
    (True, False)
    """
    return bool(CLOCK_TIME.match(text.strip()))


_RUBRIC_TIME_AUTHOR = re.compile(rf"^[{CAPITAL}][\w'’-]*(?:\s[\w'’-]+){{0,2}}\s+\d{{1,2}}\s*min\.?\s+(\S.+)$")
"""A magazine's rubric, the minutes the story takes to read, and its author: "Karakter 8 min. Jan Peeters"."""


def rubric_time_and_author(text: str) -> bool:
    """A rubric, a reading time in minutes and a person's full name, nothing else.

    >>> rubric_time_and_author("Karakter 8 min. Mia Claes"), rubric_time_and_author("Het duurt 8 min. Dan stopt de bus.")
    (True, False)
    """
    m = _RUBRIC_TIME_AUTHOR.match(text.strip())
    return bool(m) and is_full_name(m.group(1).strip())


_FIELDS = "|".join(sorted(vocab.EVENT_FIELDS | {"aanvang"}, key=lambda w: (-len(w), w)))

FIELD_WITHOUT_COLON = re.compile(
    rf"^(?:[•▪*]\s*)?(?:{_FIELDS})\s+(?-i:[{CAPITAL}\d])[\w.'’-]*(?:\s(?-i:[{CAPITAL}\d])[\w.'’-]*){{0,2}}$",
    re.IGNORECASE,
)
"""An event's field and its value run together, the colon lost, perhaps as a list item: "Locatie Hoogezand",
"• Aanvang 20.00"."""


def is_field_without_colon(text: str) -> bool:
    """An event's field label and a short capitalised or numbered value, nothing else.

    >>> is_field_without_colon("Locatie Hoogezand"), is_field_without_colon("Locatie van de nieuwe brug")
    (True, False)
    """
    return bool(FIELD_WITHOUT_COLON.match(text.strip()))
