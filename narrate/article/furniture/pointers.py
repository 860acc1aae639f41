"""Lines that send the reader elsewhere on the site.

A pointer names what the reader finds on another page or in another part of the site ("Meer foto's vindt u in het
fotoalbum", "Het volledige rapport staat bij Publicaties"): the page's furniture, whatever the article is about.
"""

from __future__ import annotations

import re

from . import shape, vocab
from ..letters import CAPITAL

_FINDS = (
    r"(?:vindt u|vind je|vinden jullie|leest u|lees je|kunt u (?:\w+ )?(?:vinden|lezen|bekijken|raadplegen)|"
    r"kun je (?:\w+ )?(?:vinden|lezen|bekijken|raadplegen)|(?:staat|staan|is|zijn) (?:(?:ook |terug )?te (?:vinden|lezen|"
    r"bekijken|raadplegen|downloaden) |beschikbaar )?)"
)
_WHERE = (
    r"(?:(?:op|via) (?:de|deze|onze) (?:pagina|rubriek)\b|in (?:het|ons|de) (?:digitale |online )?(?:fotoalbum|fotoboek|"
    rf"fotogalerij|galerij|album)\b|bij (?-i:[{CAPITAL}])[\w-]+[.!]?$|onder ?aan (?:het|de|deze|dit) (?:volledige )?(?:artikel|pagina)\b)"
    r"[^.!?]{0,90}"
)
"""Where the pointer sends the reader: another page or section of the same site, a photo album, the foot of the page;
an outside address alone is a sentence a press release may keep as its text."""

POINTER = re.compile(
    r"(?i)^(?:meer (?:informatie|info|foto['’]s|beelden|nieuws|details|uitleg|achtergrond(?:informatie)?|video['’]s)"
    r"(?:\s+(?:over|van|bij|rond|uit)\s+[^.!?]{1,80}?)?"
    r"|(?:het|de) (?:volledige|hele|integrale|uitgebreide) [\w'’-]+(?:\s+(?:over|van|bij)\s+[^.!?]{1,60}?)?"
    r"|bronnen, noten en/of referenties)\s+"
    rf"{_FINDS}\s*{_WHERE}[.!]?$"
)
"""A sentence that says where more is to be found: "Meer foto's van de herdenking vindt u in het digitale fotoalbum.",
"Meer informatie over wegwerkzaamheden vindt u op de pagina Verkeer.", "Het volledige auditrapport staat bij
Publicaties.", "Bronnen, noten en/of referenties staan onder aan het volledige artikel."; not "Meer mensen staan in
de rij." (no noun of a page's content after "Meer")."""


def points_elsewhere(text: str) -> bool:
    """One sentence telling the reader where more is to be found.

    >>> points_elsewhere("Meer foto's van de opening vindt u in ons fotoalbum."), points_elsewhere("Meer mensen staan in de rij.")
    (True, False)
    >>> points_elsewhere("Het volledige verslag staat bij Documenten."), points_elsewhere("Het volledige bedrag staat vast.")
    (True, False)
    """
    return bool(POINTER.match(text.strip())) and not re.search(r"[.!?]\s+\S", text.strip())


_LINK_CLOSE = re.compile(
    r"(?i)(?:^|(?<=[.!?])\s+)(?:lees|bekijk|ontdek|beluister|herbekijk) (?:hier )?(?:al |alle )?(?:onze |ons |de |het )?"
    r"[\w'’-]+(?: [\w'’-]+){0,3} hier[.!]?$"
)
"""A link's sentence at a paragraph's close: "Lees al onze artikels hier.", "Bekijk de hele reeks hier."."""


def is_link_box(text: str) -> bool:
    """A box of two sentences at most that closes with a link to the rest of a series: what the series is, then
    where to read it ("De ploeg zit halverwege haar termijn. Lees al onze artikels hier."); a paragraph of the text
    goes on longer.

    >>> is_link_box("Het college zit halverwege zijn termijn. Lees al onze artikels hier.")
    True
    >>> is_link_box("Het college zit halverwege. Het plan is klaar. De raad stemt in mei. Lees het plan hier.")
    False
    """
    m = _LINK_CLOSE.search(text.strip())
    return bool(m) and len(re.findall(r"[.!?](?:\s|$)", text.strip()[: m.start()])) <= 1 and len(text.split()) <= 35


_DAYS = r"(?:maan|dins|woens|donder|vrij|zater|zon)dag"
SCHEDULE = re.compile(
    rf"(?i)^[^.!?]{{2,60}}\b(?:is|zijn|wordt|worden) (?:elke|iedere) (?:{_DAYS}|werkdag|week|avond|ochtend)\w*\b[^.!?]{{0,40}}?"
    r"\b(?:te zien|te horen|te beluisteren|te volgen|uitgezonden)\b[^.!?]{0,80}[.!]?$"
)
"""A programme's broadcast time: "Het magazine is elke zaterdag te zien op de regionale zender en staat daarna
online."; what the page offers beside the article, not what it says."""

DEADLINE_CALL = re.compile(
    r"(?i)^(?:stemmen|inschrijven|aanmelden|deelnemen|meedoen|solliciteren|insturen)(?: (?:op|voor|via) [^.!?]{1,50}?)? "
    r"kan (?:nog )?(?:tot(?: en met)?|t/m|uiterlijk(?: tot)?) [^.!?]{1,40}[.!]?$"
)
"""The reader's deadline to act: "Stemmen op de Docent van het jaar kan nog tot en met 29 november.", "Inschrijven
kan tot 1 mei."."""


def is_offer_line(text: str) -> bool:
    """A programme's broadcast time or the reader's deadline to vote or sign up: the page's offer, not its text.

    >>> is_offer_line("Stemmen op de Wethouder van het jaar kan nog tot en met 3 mei."), is_offer_line("Stemmen kan niet.")
    (True, False)
    >>> is_offer_line("Brugpraat is elke maandag te zien op de lokale zender."), is_offer_line("Het is elke dag druk.")
    (True, False)
    """
    return bool(SCHEDULE.match(text.strip()) or DEADLINE_CALL.match(text.strip()))


PRESS_PICTURES = re.compile(
    r"(?i)^(?:(?:hoge[- ]resolutie |rechtenvrije |gratis )?(?:pers)?foto['’]s|persbeelden|beeldmateriaal|fotomateriaal)\b[^.!?]{0,60}?"
    r"\b(?:zijn|is|staan|staat|kunnen|kan)\b[^.!?]{0,40}?\b(?:verkrijgbaar|beschikbaar|te downloaden|gedownload|op te vragen|"
    r"aangevraagd|opgevraagd)\b[^.!?]{0,80}[.!]?$"
)
"""A press release's note to the newsroom on where to get its pictures: "Persfoto's van de sprekers zijn op aanvraag
verkrijgbaar bij de dienst communicatie.", "Beeldmateriaal is te downloaden via de persruimte."."""


def offers_press_pictures(text: str) -> bool:
    """A note on where the press gets the pictures.

    >>> offers_press_pictures("Persfoto's van de opening zijn op aanvraag verkrijgbaar bij de dienst communicatie.")
    True
    >>> offers_press_pictures("Foto's van de brand tonen een zwartgeblakerde gevel.")
    False
    """
    return bool(PRESS_PICTURES.match(text.strip()))


_STREETS = r"straat|laan|weg|plein|kade|dreef|steenweg|singel|gracht|markt|dijk|baan|lei|vest|wal"
STREET_ADDRESS = re.compile(
    rf"^[{CAPITAL}][\w'’-]*(?:{_STREETS})\s+\d{{1,4}}[a-zA-Z]?(?:\s*[-–]\s*\d{{1,4}})?\s*,\s*(?:\d{{4}}\s*(?:[A-Z]{{2}}\s+)?)?"
    rf"[{CAPITAL}][\w'’-]+(?:\s[{CAPITAL}][\w'’-]+)?$"
    rf"|^(?i:postbus|antwoordnummer)\s+\d{{1,6}}\s*,\s*\d{{4}}\s*(?:[A-Z]{{2}}\s+)?[{CAPITAL}][\w'’-]+(?:\s[{CAPITAL}][\w'’-]+)?$"
    rf"|^\d{{4}}\s?[A-Z]{{2}}\s+[{CAPITAL}][\w'’-]+(?:\s[{CAPITAL}][\w'’-]+)?$"
)
"""A street address and its town alone on a line: "Kerkstraat 12, Zandhoven", "Stationslaan 4, 2240 Zandhoven": the
place of an event or an office, set apart from the text; a post box or reply number with its postcode ("Postbus 123,
1000 AB Amsterdam", "Antwoordnummer 1234, 1000 VB Amsterdam"), or a Dutch postcode and its town alone ("1234 AB
Zandhoven"), the address block's last line."""


SITE_ITSELF = re.compile(
    r"(?i)^(?:dit|deze site|deze website) is (?:de|een) (?:officiële )?(?:website|site|webstek|portaalsite) van [^.!?]{2,80}"
    r"(?:,\s*(?:beheerd|onderhouden|uitgegeven|gemaakt) door [^.!?]{2,80})?[.!]?$"
)
"""The site's own line on whose site it is: "Dit is de officiële website van de gemeente Zandhoven, beheerd door de
dienst communicatie."."""

SERIES_BLURB = re.compile(
    r"(?i)^(?:elke|iedere) (?:week|maand|dag|twee weken|vrijdag|maandag|zaterdag|zondag)\s+"
    r"(?:schrijft|blogt|vertelt|deelt|beantwoordt|kiest|bespreekt|tekent)\b[^.!?]{3,120}[.!]?$"
)
"""A column's or a blog's standing line on what it is: "Elke week schrijft burgemeester Claes over wat hem bezighield
in en rond Zandhoven."."""


def about_the_site(text: str) -> bool:
    """The site's or a series' standing line about itself.

    >>> about_the_site("Dit is de officiële website van de gemeente Zandhoven, beheerd door de dienst communicatie.")
    True
    >>> about_the_site("Elke week schrijft burgemeester Claes over wat hem bezighield."), about_the_site("Elke week schreef hij.")
    (True, False)
    """
    text = text.strip()
    return bool(SITE_ITSELF.match(text) or SERIES_BLURB.match(text))


OWN_LIST_HEAD = re.compile(
    r"(?i)^(?:activiteiten|berichten|artikels|artikelen|bijdragen|evenementen|blogs|publicaties) van deze "
    r"(?:contributor|auteur|schrijver|organisator|organisatie|partner|blogger|spreker|afzender)\b[^.!?]{0,60}$"
)
"""The head of the list of a contributor's other pages: "Activiteiten van deze contributor op zondag 27 september"."""

NEWS_TAGLINE = re.compile(
    r"(?i)^(?:dagelijks|wekelijks|onafhankelijk|al het|het laatste) nieuws (?:uit|over|van|voor|in) [^.!?]{3,80}$"
)
"""A news site's masthead tagline: "Dagelijks nieuws uit de Utrechtse wetenschap en het studentenleven"."""


def is_masthead_or_list_head(text: str) -> bool:
    """A news site's tagline or the head of a contributor's other pages.

    >>> is_masthead_or_list_head("Dagelijks nieuws uit de Zandhovense wetenschap"), is_masthead_or_list_head("Nieuws uit de raad")
    (True, False)
    >>> is_masthead_or_list_head("Artikels van deze auteur")
    True
    """
    text = text.strip()
    return bool(OWN_LIST_HEAD.match(text) or NEWS_TAGLINE.match(text))


READER_SERVICE = re.compile(
    r"(?i)^waarom (?:ontvang|krijg) (?:ik|je|u) (?:dit|deze|die)\b[^.!]{0,40}\?$"
    r"|^(?:wie|waar) kan (?:ik|je|u) (?:hier|daar)?(?:over|mee|voor)? ?(?:terecht|spreken|bellen|mailen|contacteren)\b[^.!]{0,40}\?$"
    r"|^(?:beluister|luister naar) (?:het|de|dit|deze|ons|onze) [\w-]*(?:magazine|krant|blad|nieuwsbrief)\b"
    r"|\bis (?:ook )?beschikbaar (?:in luistervorm|als (?:podcast|luisterversie|audioversie))\b"
    r"|^tip\s*:\s+(?=[^.!?]*\b(?:u|uw|je|jij|jouw)\b)[^.!?]{5,140}[.!]?$"
)
"""The publication's service to its reader beside the text: why the mailing comes ("Waarom ontvang ik dit?"), whom
to ask ("Wie kan ik hierover spreken?"), the version to listen to ("Beluister het stadsmagazine", "... is
beschikbaar in luistervorm"), a tip put to the reader ("Tip: met een spaardouchekop bespaart u water.")."""


def is_reader_service(text: str) -> bool:
    """A line of the publication's service to its reader.

    >>> is_reader_service("Waarom ontvang ik dit?"), is_reader_service("Wie kan ik hierover spreken?")
    (True, True)
    >>> is_reader_service("Waarom krijgt de brug geen fietspad?"), is_reader_service("Beluister het stadsmagazine")
    (False, True)
    >>> is_reader_service("Tip: met een spaardouchekop bespaart u water."), is_reader_service("Tip: de brug gaat open.")
    (True, False)
    """
    return bool(READER_SERVICE.search(text.strip()))


_THIS_PAGE = re.compile(
    r"(?i)\b(?:deze (?:pagina|webpagina|website|site|tekst|informatie|blog|nieuwsbrief)|"
    r"dit (?:artikel|bericht|nieuwsbericht|blogbericht|stuk|webartikel))\b"
)
"""The page naming itself: "deze pagina", "dit artikel"."""


def about_this_page(text: str) -> bool:
    """A sentence about the page itself rather than the news: when it was last changed ("Deze pagina is voor het laatst
    bijgewerkt op 3 mei 2022."), or a question to the reader about it ("Heeft u een fout gezien in dit artikel? Laat het
    ons weten."). An article that mentions itself does so in its own sentences, dateless and asking nobody.

    >>> about_this_page("Deze pagina is voor het laatst bijgewerkt op 3 mei 2022.")
    True
    >>> about_this_page("Vond je dit artikel interessant? Deel het dan met je vrienden.")
    True
    >>> about_this_page("In dit artikel blikken we terug op 2021."), about_this_page("Wat vindt u van dit plan?")
    (False, False)
    """
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    if not sentences or not _THIS_PAGE.search(sentences[0]):
        return False
    if len(sentences) == 1 and shape.has_date(sentences[0]) and not sentences[0].endswith("?"):
        return not re.match(r"(?i)(?:in|op|met|via) (?:deze|dit)\b", sentences[0])  # "In dit artikel ...": the text's own
    return len(sentences) <= 2 and sentences[0].endswith("?") and bool(shape.SECOND_PERSON.search(sentences[0]))


COMMENTS_STATE = re.compile(
    r"(?i)^(?:(?:de )?reacties (?:zijn )?gesloten|reageren is (?:niet (?:meer )?mogelijk|gesloten)"
    r"|er zijn (?:nog )?geen reacties|wees de eerste (?:om te reageren|die reageert))[.!]?$"
)
"""The state of the comments box under a post: closed, or still empty ("Er zijn nog geen reacties.")."""

RIGHTS = re.compile(
    r"(?i)^(?:(?:copyright|©)\s*(?:\d{4}\s*)?[^.!?]{0,60}[.,]?\s*)?alle rechten voorbehouden[.!]?$"
    r"|^(?:aan|uit) (?:deze|dit|de|het) [^.!?]{2,60} kunnen geen rechten (?:worden )?ontleend[^.!?]{0,40}[.!]?$"
)
"""The page's legal lines: "Alle rechten voorbehouden.", "Copyright 2023 Stichting X. Alle rechten voorbehouden.",
"Aan deze informatie kunnen geen rechten worden ontleend."."""


def reserves_rights(text: str) -> bool:
    """A line of the page's small print: its legal lines, or the state of its comments box.

    >>> reserves_rights("Aan deze informatie kunnen geen rechten worden ontleend."), reserves_rights("Alle rechten voorbehouden.")
    (True, True)
    >>> reserves_rights("De gemeente behoudt zich alle rechten voor om het plan te wijzigen."), reserves_rights("Reacties zijn gesloten.")
    (False, True)
    """
    return bool(RIGHTS.match(text.strip()) or COMMENTS_STATE.match(text.strip()))


_WH_WORDS = frozenset("waarom wat wie hoe waar wanneer welke welk hoeveel".split())
"""The words an interviewer's question opens with."""
_SUBJECTS = frozenset("ik je jij u we wij ze zij hij jullie".split())
"""The subjects a question put to a person has."""


def box_hook(text: str) -> re.Match[str] | None:
    """The question a box hooks the reader with, a few words with no subject and at most an infinitive at its end
    ("Zelf een artikel schrijven?", "Vragen over dit bericht?"), before what the reader is told to do: an
    interviewer's question has its subject and finite verb ("Waarom stopt de bus?", "Gaat u verhuizen?").

    >>> bool(box_hook("Zelf een artikel schrijven? Stuur het naar de redactie.")), bool(box_hook("Gaat u verhuizen? Nee."))
    (True, False)
    """
    asked = re.match(r"^([^.!?]{3,60})\?\s+", text)
    words = asked.group(1).lower().split() if asked else []
    if not 0 < len(words) <= HOOK_WORDS or words[0] in _WH_WORDS or set(words) & _SUBJECTS:
        return None
    return None if set(words[:-1]) & vocab.FINITE_VERBS else asked


HOOK_WORDS = 5
"""Words a box's hook runs to at most."""
