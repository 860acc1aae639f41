"""Vocabularies of page widgets, as tables: the words a site's furniture is made of.

Each table names a kind of widget, not a site: a word is here because
every site's poll, share bar, list of teasers or login box uses it. The
rules in ``shape``, ``blocks`` and ``inline`` decide when a line made of
these words is furniture; nothing here is matched against one article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..letters import CAPITAL

LIST_HEADS = frozenset(
    {
        "gerelateerd", "gerelateerd nieuws", "gerelateerde artikelen", "gerelateerde artikels", "gerelateerde berichten",
        "eerdere berichten", "eerder verschenen", "ook interessant", "ook gelezen", "lees ook", "lees meer", "lees verder",
        "meer nieuws", "meer over dit onderwerp", "meer artikelen", "meer lezen", "meer van", "aanbevolen",
        "aanbevolen artikelen", "aanbevolen voor jou", "voor jou geselecteerd", "meest gelezen", "meest bekeken",
        "meest gedeeld", "populair", "populaire artikelen", "nu populair", "net binnen", "laatste nieuws",
        "het laatste nieuws", "nieuwste artikelen", "hoofdpunten", "top verhalen", "topverhalen", "uitgelicht",
        "in het nieuws", "ander nieuws", "ook in het nieuws", "beste van plus", "dit vind je misschien ook leuk",
        "secties", "rubrieken", "categorieën", "onderwerpen", "tags", "trefwoorden", "archief", "bekijk alles",
        "laad meer artikelen", "meer laden", "toon meer", "bekijk meer", "meer video's", "video's", "podcasts",
        "vacatures", "jobs", "top 10", "lees ook deze artikelen", "lees meer over", "lees meer over:",
    }
)
"""Headings of a list of links to other pages (teasers, menus, tags): what follows them is not the article."""

LIST_HEAD_FORMS = re.compile(
    r"^(?:(?:andere|recente|eerdere|gerelateerde|populaire|vergelijkbare|verwante) \w+|"
    r"meer (?:in|uit|over|van|bij) (?:deze|dit|het|de|onze) \w+|(?:lees )?ook (?:in|over) (?:deze|dit) \w+|meer [\w-]+|"
    r"(?:andere|meer) (?:artikelen|artikels|berichten|bijdragen) (?:in|uit|van|door) (?:deze|dit) \w+)$",
    re.IGNORECASE,
)
"""The shapes of a list head beyond the table: "Andere toespraken", "Meer in deze editie", "Lees ook in dit nummer",
"Andere artikelen in deze editie", "Andere berichten van deze afzender"."""

SITE_OWNER = re.compile(
    r"^(?:[Ee]en (?:officiële )?|(?:[A-Z][\w'-]*(?: [\w'-]+){0,3} is (?:een|de) (?:officiële )?))"
    r"(?:uitgave|website|webstek|site|initiatief|dienst) van (?:de |het )?(?:[\w'-]+ ?){1,6}$"
    r"|^[\w-]+\.(?:nl|be|eu|com|org) is (?:een|de) (?:officiële )?(?:uitgave|website|site) van .{2,60}$",
)
"""A footer's line on whose site this is: "X is een uitgave van het ministerie", "Een officiële website van ..."."""

POWERED_BY = re.compile(r"^(?:[\w .'-]{1,40}\.\s+)?(?:mogelijk gemaakt door|powered by|aangedreven door)\s+[\w .'-]{2,40}\.?$", re.IGNORECASE)
"""A footer's credit to the software the site runs on: "Thema Simple. Mogelijk gemaakt door Blogger."."""

ARCHIVE_ENTRY = re.compile(r"^[▼►▶▸▾]\s*[\w ]{2,30}\s\(\d+\)$")
"""An entry of a blog's archive widget, folded open or shut, with its count of posts: "▼ april (6)"."""

BRACKET_BUTTONS = re.compile(r"^(?:\[\s*[^\[\]]{1,40}?\s*\]\s*)+$")
"""Links set in brackets, alone on their line: "[ Print dit bericht ]  [ Stuur door aan een collega ]"."""

SPONSORED = re.compile(
    r"^(?:aangeboden door|in samenwerking met|mogelijk gemaakt door|partnercontent|opzeggen wanneer (?:je|u) wil)\b",
    re.IGNORECASE,
)
"""Sponsor and subscription-offer lines."""

CALL_TO_ACTION = re.compile(
    r"^(?:(?:en |of )?klik (?:hier|dan hier|op)|raadpleeg|reserveer (?:hier |nu |snel )?(?:je|jouw|uw|een) (?:plaats|plek|tickets?|kaartjes?)|bekijk (?:hier|alles|de (?:laatste|volledige|hele)|ook|meer|alle)|"
    r"ontdek (?:hier|meer|alle|ons)|bekijk (?:in|op) (?:het|de|onze) \w+$|download (?:de|onze|hier|deze|dit|het)|ga naar|terug naar(?! (?:die|dat|deze|dit)\b)|keer terug naar|"
    r"lees ook (?:het|de|ons|onze|wat)\b|(?:het|de) volledige (?:[\w-]+ ){1,5}?(?:vindt u|vind je|leest u|lees je|staat op (?:pagina|(?:de|onze) (?:website|site))|"
    r"is (?:terug )?te (?:zien|vinden|lezen|raadplegen|bekijken))\b|like ons|volg ons|volg \w+ op|vind ons op|word (?:lid|abonnee|fan)|registreer|registreren|schrijf (?:je|u) in|"
    r"meld (?:je|u) aan|tip (?:de|onze) redactie|stuur (?:uw|je) (?:foto|tip|video)|lees (?:in je|de) (?:browser|krant)|"
    r"neem contact op|(?:heeft u|heb je) (?:nog )?(?:een )?(?:vraag|vragen)\b|neem (?:dan )?(?:gerust )?contact (?:met ons )?op\b|wil (?:je|u) (?:meehelpen|op de hoogte|meer weten|reageren|ook|dit|onbeperkt)|"
    r"mis (?:niets|geen)|blijf op de hoogte|abonneer|alle \w+ (?:bekijken|tonen|lezen|zien)$|"
    r"(?:vorige?|volgende?) (?:editie|uitgave|aflevering|artikel|bericht|pagina|hoofdstuk|nieuwsbericht)\b|inhoudsopgave \w+|"
    r"bekijk (?:de|het|onze|alle|deze) (?:video|foto|fotoreeks|beelden|reportage|uitzending|podcast|aflevering|vergadering|zitting|livestream)|"
    r"fout gezien|zag (?:je|u) een fout|meld (?:het|een fout|dit)\b|"
    r"(?:heeft|hebben|was|is|vond (?:je|u)) (?:deze|dit|de) (?:informatie|pagina|artikel|antwoord|tekst)(?:\s+(?:u|je|jou|jullie))?\s+"
    r"(?:geholpen|nuttig|duidelijk|handig)\b|(?:heeft|had) (?:u|je) iets aan (?:deze|dit|de) (?:informatie|pagina|artikel|antwoord)\b|(?:read|lees|bekijk) (?:this |dit (?:bericht|artikel) |deze (?:pagina|tekst) )?in:? (?:english|het engels|het nederlands|dutch|het frans|het duits|français|deutsch)|"
    r"grotere versie (?:foto|afbeelding)|vergroot (?:de )?(?:foto|afbeelding)|bekijk (?:de )?grotere versie|"
    r"(?:bekijk|ontdek) (?:onze|al onze|de) (?:openstaande )?(?:vacatures|functies|jobs)|"
    r"(?:ook|wil (?:je|jij|u) ook|zin om te) (?:werken bij(?=\?)|werken bij [^.!?]{1,39}\w(?=\?$)|"
    r"bij [^.!?]{1,39}\w werken(?=\?)|aan de slag (?:bij|in) [^.!?]{1,39}\w(?=\?)|(?:\w+\s+)?\w+ worden(?=\?$)))\b",
    re.IGNORECASE,
)
"""The start of a line that asks the reader to do something on the site: click, like, follow, go to, sign up."""

SHARE_LIST = re.compile(
    r"^(?:(?:deel|delen|share)\b[^:.!?]{0,30}|(?:dit|deze) (?:bericht|artikel|pagina) delen)\s*(?::|\svia\s|\sop\s)\s*\S",
    re.IGNORECASE,
)
"""A share row with its label: "Deel dit incident: WhatsApp · Facebook · X · Kopieer link", "Dit bericht delen: ...",
"Deel dit interview via Facebook – Twitter – e-mail"."""

PREV_NEXT = re.compile(
    r"^(?:[‹«<←]\s*)?(?:vorige|volgende)(?: (?:artikel|bericht|pagina|hoofdstuk))?\s*:\s+\S.{0,120}$", re.IGNORECASE
)
"""A link to the previous or next page of a series: "‹ Vorige: Voorwoord van de voorzitter"."""

LANGUAGE_SWITCH = re.compile(
    r"^(?:(?i:deze pagina is (?:ook )?beschikbaar in|beschikbaar in|andere talen|kies (?:uw|je) taal|taal|language)\s*:?\s*)?"
    r"(?:[A-Z]{2}\b[\s|·/]*){3,}$"
)
"""A page's language switch: "Deze pagina is beschikbaar in: EN FR DE NL", "NL | FR | EN"."""

FILED_UNDER = re.compile(
    r"^(?:posted in|filed under|tagged|geplaatst in|gepubliceerd in|(?:berichten )?getagd met|berichten over)\s+\S.{0,120}$",
    re.IGNORECASE,
)
"""The categories or tags a post is filed under, with their label: "Posted in Wikimedia België · Wikipedia"."""

MORE_INFO_CALL = re.compile(
    r"^(?:meer (?:weten|info(?:rmatie)?)(?: over [^?:]{1,80})?|(?:nog )?vragen(?: over [^?:]{1,80})?|vragen van (?:journalisten|de pers)|persvragen|"
    r"(?:hulp|advies|ondersteuning) nodig|"
    r"(?:het )?(?:hele|volledige) (?:artikel|bericht|verhaal|interview)(?: lezen)?)\s*[?:]\s+"
    r"(?:contacteer|neem|bel|mail|stuur|kijk|bekijk|surf|ga|lees|bezoek|raadpleeg|klik|https?://|www\.)"
    r"|^(?:zelf )?iets gezien of gehoord\?|^tip (?:de|onze|ons) redactie\b|^staat (?:uw|je|jouw) vraag (?:er )?niet (?:bij|tussen)\b"
    r"|^(?:(?:persvoorlichting|perscontact|mediacontact|persinformatie)\s*:\s*)?voor (?:meer )?(?:vragen|informatie) "
    r"(?:van|voor) (?:de )?(?:media|pers|journalisten)\b"
    r"|^journalisten (?:kunnen|met vragen)\b[^.!?]{0,60}\b(?:terecht|contact|bellen|mailen)\b"
    r"|^voor (?:meer )?(?:informatie|vragen|inlichtingen)(?: over [^,.?!]{1,60})?,?\s+(?:kunt u|kun je|kan je|kunnen journalisten)\s+"
    r"(?:contact opnemen|terecht|bellen|mailen|zich wenden)\b",
    re.IGNORECASE,
)
"""A box that sends the reader elsewhere: "Meer weten? Contacteer de dienst Sport via het Sportcentrum.", "Meer weten
over de werken? Bekijk de projectpagina.", "Meer info :
https://...", "Zelf iets gezien of gehoord? Tip de redactie via WhatsApp", "Persvoorlichting: voor vragen van de media
kunt u contact opnemen met de persrechter.", "Journalisten kunnen met vragen terecht bij de afdeling Communicatie"."""

PAGE_ON_ITSELF = re.compile(
    r"\b(?:hieronder|op deze pagina) (?:vindt?|lees|leest) (?:je|u)\b[^.!?]{0,40}"
    r"\b(?:overzicht|persberichten|nieuwsberichten|berichten|nieuws)\b",
    re.IGNORECASE,
)
"""A page that says what it lists: "Op deze pagina vindt u onze persberichten.", "Hieronder vind je een overzicht van
..."; not "Hieronder vindt u de drie maatregelen die ..."."""

POST_FOOTER = re.compile(
    r"(?:gepost|geplaatst|posted) (?:door|by) .{2,60}? (?:om|at) \d{1,2}[:.]\d\d\b"
    r"\s*(?:(?:geen|no|\d+) (?:opmerkingen?|reacties?|comments?))?\W*$",
    re.IGNORECASE,
)
"""A blog post's footer, as every Blogger site prints it: "Gepost door Stadsarchief Kortrijk om 10:12 Geen
opmerkingen:", "Posted by X at 10:12"."""

CALL_NUMBER = re.compile(r"\bbel\s+(?:dan\s+)?(?:ons\s+)?(?:op\s+)?(?:112|101|0800|0900|14\s?0\d\d)\b", re.IGNORECASE)
"""An emergency, service or municipal number to ring: "Bij direct gevaar bel 112", "Bel 14 045"."""

SOCIAL = re.compile(
    r"\b(?:facebook|twitter|instagram|linkedin|whatsapp|tiktok|youtube|pinterest|bluesky|threads|snapchat|"
    r"telegram|messenger|google\+|rss(?:[- ]feeds?)?)\b",
    re.IGNORECASE,
)
"""Social networks and feeds a share bar or a follow-us line names."""

ACCOUNT_WORDS = frozenset(
    {
        "inloggen", "uitloggen", "registreren", "aanmelden", "afmelden", "mijn gegevens", "mijn profiel", "mijn account",
        "mijn nieuwsbrieven", "wachtwoord vergeten", "webmail", "e-mail", "mail", "account aanmaken", "digitale krant",
        "e-paper", "epaper", "krant van vandaag", "de krant van vandaag", "abonneren", "mijn abonnement",
        "contactformulier", "colofon", "huisregels", "disclaimer", "gebruiksvoorwaarden",         "cookie instellingen", "cookie-instellingen", "adverteren", "over ons",
        "english", "engels", "in english", "read in english", "english version", "français", "deutsch",
        "rss", "sitemap", "zoeken", "menu", "home", "voorpagina", "over deze site", "over deze website",
        "kwetsbaarheid melden", "toegankelijkheid", "toegankelijkheidsverklaring", "wettelijke vermeldingen",
        "privacyverklaring", "privacybeleid", "cookieverklaring", "cookiebeleid", "contacteer ons", "permanente link",
        "downloaden als pdf", "download als pdf", "download pdf", "afspelen", "uitgebreid zoeken",
        "laden...", "laden", "bezig met laden", "deel deze pagina", "deel deze pagina via", "naar de hoofdinhoud",
        "persberichten", "nieuwsberichten", "zoekopdracht", "inhoudsopgave", "op deze pagina",
        "naar boven", "terug naar boven", "menu sluiten", "hoofdmenu", "hoofdnavigatie", "zoekterm",
        "juridische mededeling", "juridische informatie", "disclaimers",         "mobiele weergave", "downloads", "bijlagen", "persvoorlichting",
        # a wiki's own menus: tools, languages, pages about the wiki
        "navigatiemenu", "persoonlijke hulpmiddelen", "naamruimten",         "geschiedenis weergeven", "brontekst bewerken", "hoofdpagina", "vind een artikel", "categorieën",
        "recente wijzigingen", "willekeurige pagina", "gebruikersportaal", "snelcursus", "hulp en contact",
        "donaties", "hulpmiddelen", "links naar deze pagina", "gerelateerde wijzigingen", "bestand uploaden",
        "speciale pagina's", "permanente koppeling", "paginagegevens", "deze pagina citeren", "wikidata-item",
        "afdrukken/exporteren", "boek aanmaken", "printvriendelijke versie", "in andere projecten",
        "wikimedia commons", "in andere talen", "links bewerken", "over wikipedia",         "verbergen", "naar navigatie springen", "naar zoeken springen",
    }
)
"""Whole lines of a login box, a webmail link or a site's footer menu."""

READER_WIDGET = re.compile(
    r"\b(?:adblocker|adblock|advertentieblokkering|uitzondering maken|account aan|donatie|doneer|"
    r"nieuwsbrief|cookies?|inloggen|registreer|abonnement|abonnee|plusartikel\w*|premium|meld (?:je|u) aan|"
    r"de app|onze app|pushberichten|notificaties|klik (?:dan )?hier)\b",
    re.IGNORECASE,
)
"""Words of a box that talks to the visitor about the site (adblocker, account, donation, subscription, app)."""

ADDRESS = re.compile(r"\b(?:je|jij|jou|jouw|u|uw|beste bezoeker|beste lezer)\b", re.IGNORECASE)
"""The reader addressed: site boxes talk to the visitor, articles about others."""

POLL_ANSWERS = frozenset({
    "ja", "nee", "neen", "weet niet", "weet ik niet", "geen mening", "geen idee", "misschien", "eens", "oneens", "neutraal",
    *(f"{much}{agree}" for much in ("", "helemaal ") for agree in ("eens", "oneens", "mee eens", "niet mee eens")),
    "soms", "nooit", "altijd", "vaak", "stem", "stemmen", "resultaat", "resultaten", "uitslag", "verstuur", "vote", "yes", "no",
    *(f"{verb} {the}{what}" for verb in ("bekijk", "toon") for the in ("", "de ") for what in ("resultaat", "resultaten", "uitslag")),
})
"""Answer buttons of a poll widget."""
POLL_LABELS = frozenset({
    "poll", "stelling", "peiling", "enquête", "mini-enquête", "stem mee", "stem nu", "stemming", "de vraag", "lezerspoll",
    "lezersvraag", *(f"{kind} van de {when}" for kind in ("poll", "stelling", "peiling", "enquête", "vraag") for when in ("dag", "week", "maand")),
    *(f"{ask}{whose} mening" for ask in ("", "geef ") for whose in ("jouw", "je", "uw")),
    *(f"wat {verb}{it}?" for verb in ("vind jij", "vind je", "vindt u") for it in ("", " ervan")),
})
"""The label over a poll's question."""

VOTE_COUNT = re.compile(
    r"^(?:\d{1,3}(?:[.,]\d{1,3})?\s*%|\d[\d.]*\s+(?:stemmen|stem|votes?|keer gestemd|deelnemers|reacties?)|"
    r"(?:totaal|aantal)\s*(?:aantal\s*)?stemmen:?\s*\d[\d.]*)$",
    re.IGNORECASE,
)
"""A poll's tally: "63%", "1.204 stemmen"."""

AGENCIES = (
    r"anp|belga|afp|reuters|ap|dpa|epa|bnr|novum|rtr|nu\.nl|redactie|red\.?|persbureau|"
    r"[a-z]{2,12}\.(?:nl|be|com)"
)
"""News agencies and sites that sign a story (used in "Door: ANP", "(ANP/MR)")."""
NEWSROOM = re.compile(rf"(?:de\s+)?(?:{AGENCIES}|redactie\s+(?:van\s+)?\S+(?:\s+\S+){{0,2}})", re.IGNORECASE)
"""An agency, site or newsroom as a whole signature ("Belga", "de redactie", "redactie Punt"): no author; use
with ``fullmatch``."""

WIKI_ORIGIN = re.compile(
    r"^(?:uit (?:\w*wiki\w*|\w*pedia\w*)(?:,.{0,60})?|\((?:doorverwezen|redirected) (?:vanaf|from) [^()]{1,80}\))$", re.IGNORECASE
)
"""The "From Wikipedia, the free encyclopedia" line every wiki prints under the page title, and the notice of the
redirect that led there: "(Doorverwezen vanaf Inauguratie)"."""

WIKI_NAMESPACE = re.compile(
    r"\b(?:portaal|categorie|sjabloon|overleg|gebruiker|help|bestand|speciaal|wikipedia|wikisage|project):\S",
    re.IGNORECASE,
)
"""A link into a wiki's own pages ("Portaal:Gebruikers"), never article text."""

EVENT_FIELDS = frozenset({"datum", "tijd", "tijdstip", "locatie", "plaats", "adres"})
"""The fields of an event's record, when and where: "Datum: 3 mei", "Locatie: Gemeentehuis"."""

MONTHS = (
    r"jan(?:uari)?|feb(?:ruari)?|maa(?:rt)?|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|"
    r"sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"january|february|march|may|june|july|oct|october"
)
WEEKDAYS = r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"

_ISSUE_NO = r"(?:(?:editie|uitgave|nummer|nr\.?|no\.?|jaargang|jg\.?|volume|vol\.?)\s*\d{1,4}|#\d{1,4})"
_ISSUE_DATE = rf"(?:(?:voorjaar|zomer|najaar|herfst|winter|lente|(?:\d{{1,2}}\s+)?(?:{MONTHS}))\.?\s+)?(?:19|20)\d\d"
_ISSUE_SEP = r"\s*[,·|/–—-]?\s*"
ISSUE_LINE = re.compile(
    rf"^(?:editie|uitgave|nummer|nr\.?|jaargang|jg\.?)\s*\d{{1,4}}\b(?:(?:\s*[-–,|·]\s*|\s+)(?:{MONTHS})\.?\s+\d{{4}})?$"
    rf"|^(?:[\w-]+\s+){{0,2}}\w*(?:magazine|nieuwsbrief|krant|blad)(?:\s+[\w-]+)?\s+(?:voorjaar|zomer|najaar|herfst|winter|lente|{MONTHS})\s+\d{{4}}$"
    r"|^(?:[\w-]+,?\s+)?(?:jaargang|jg\.?)\s*\d{1,4}\s*[,·|-]?\s*(?:no|nr|nummer)\.?\s*\d{1,3}$"
    rf"|^(?:[\w'’&.-]+\s+){{0,2}}?(?:{_ISSUE_DATE}{_ISSUE_SEP}{_ISSUE_NO}|{_ISSUE_NO}{_ISSUE_SEP}(?:{_ISSUE_NO}|{_ISSUE_DATE}))"
    rf"(?:{_ISSUE_SEP}\(?(?:{_ISSUE_NO}|{_ISSUE_DATE})\)?)*$",
    re.IGNORECASE,
)
"""A magazine's issue line: "Editie 11 - Maart 2016", "Stadsmagazine Kortrijk zomer 2025", "Informatieblad, jaargang 21 no. 3";
number and date (a day's too, bracketed or not) in any order: "Oktober 2019 Jaargang 13", "Krant jg. 12 nr. 3 (5 mei 2025)"."""

IMPRINT = re.compile(rf"^(?:verantwoordelijke uitgever|v\.\s?u\.)\s*(?::\s*|\s+(?=(?-i:[{CAPITAL}]))|$)", re.IGNORECASE)
"""A printed publication's imprint, the publisher the law requires it to name ("Verantwoordelijke uitgever: Jan
Peeters, Markt 1, 9000 Gent", "V.U. ..."), alone or as the label over that name: never the article's text."""

COLOPHON = re.compile(
    r"\b(?:verschijnt|verschijnen)\b[^.!?]{0,30}\b(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) keer "
    r"per jaar\b|^(?:(?:dit|deze) [\w-]+|(?:het|de) [\w-]*(?:magazine|krant|blad|nieuwsbrief)) is een (?:gratis |\w+ )?(?:uitgave|publicatie|informatieblad"
    r"|magazine|tijdschrift|nieuwsbrief) (?:van|dat|die)\b|^(?:deze|dit) (?:publicatie|document|pagina|website) (?:wordt "
    r"(?:aangeboden|uitgegeven|beheerd|gepubliceerd) door|is (?:een )?onderdeel van)\b|^(?:deze|dit) (?:blog|artikel|interview|portret|"
    r"aflevering|verhaal|column|gesprek)\w* (?:is|maakt) (?:een )?(?:onderdeel|deel) (?:uit )?van (?:de|een|onze) (?:reeks|serie|rubriek)\b",
    re.IGNORECASE,
)
"""A publication's colophon: "EESC info verschijnt negen keer per jaar ...", "Dit jaaroverzicht is een uitgave van GGD
Zuid Limburg, ...", "Het stadsmagazine is een gratis informatieblad dat 11 keer per jaar verschijnt.", "Deze publicatie
wordt aangeboden door stad Lier ...", "Deze blog maakt deel uit van de reeks ..."; not "Het rapport is een uitgave van
het ministerie."."""

RUBRIC_OR_ISSUE = re.compile(
    rf"(?:^|[|·]\s*)(?:[Rr]ubriek\s+[{CAPITAL}][\w'’-]+)|\b(?i:lente|zomer|herfst|winter|voorjaars|najaars|kerst)nummer\b"
)
"""A magazine's rubric or seasonal issue in a meta line: "Rubriek Onvergetelijk | Maguza, lentenummer"."""


DATE_LABELS = (
    r"gepubliceerd(?:\s+op)?|geplaatst(?:\s+op)?|bijgewerkt(?:\s+op)?|laatste update|laatst bijgewerkt|update|"
    r"laatst gewijzigd|gewijzigd(?:\s+op)?|laatst bewerkt|bewerkt(?:\s+op)?|wanneer|datum|publicatiedatum|uitgesproken(?:\s+op)?|vastgesteld(?:\s+op)?|ingezonden(?:\s+op)?|ontvangen(?:\s+op)?|verschenen(?:\s+op)?|"
    r"aangepast(?:\s+op)?|ge-?[uü]pdatet?(?:\s+op)?|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|last updated(?:\s+on)?|on|at|vandaag|gisteren|eergisteren|om|op|uur|geleden|minuten?|uren|dagen|weken|maanden"
)
"""Words a publication-date line is made of besides the date itself."""


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Dutch function words (jusText's stop list): prose is full of them, menus and teasers hardly."""
    import justext

    return frozenset(justext.get_stoplist("Dutch"))


@lru_cache(maxsize=1)
def foreign_stop_words() -> frozenset[str]:
    """English and German function words that are no Dutch ones (jusText's stop lists): "the", "will", "bleibt"."""
    import justext

    dutch = stop_words()
    return frozenset((justext.get_stoplist("English") | justext.get_stoplist("German")) - dutch)


SENTENCE_STARTERS = frozenset(
    {
        "de", "het", "een", "er", "dat", "die", "dit", "deze", "daar", "daarom", "daarna", "dan", "toen", "nu", "ook",
        "maar", "en", "want", "toch", "zo", "in", "op", "bij", "na", "met", "voor", "volgens", "ondanks", "hij", "zij",
        "ze", "we", "wij", "ik", "je", "u", "men", "wie", "wat", "waar", "hoe", "waarom", "als", "omdat", "terwijl",
        "inmiddels", "intussen", "vooral", "bovendien", "verder", "al", "wel", "niet", "geen", "veel", "sinds", "tot",
    }
)
"""Function words that begin a Dutch sentence; capitalised right after a name, they show where a glued byline ends."""

NAME_PARTICLES = r"(?:van|de|der|den|ten|ter|te|het|'t|von|le|la|du|d'|el|al|bin|ben|da|dos|di|mc)"
"""The small words inside Dutch and foreign surnames (van der, de, ten, von)."""

BYLINE_START = re.compile(
    r"^(?:door|gepubliceerd door|geschreven door|tekst|tekst en beeld|redactie|bewerkt door|van onze \w+)\b[: ]",
    re.IGNORECASE,
)
"""The start of an author line, which the layout keeps as the byline."""

UI_BUTTONS = frozenset(
    {
        "alles uitklappen", "alles inklappen", "uitklappen", "inklappen", "toon meer", "toon minder", "meer tonen",
        "minder tonen", "alles tonen", "meer weergeven", "minder weergeven", "sluit", "sluiten", "vorige",
        "volgende", "index", "volledige tekst", "naar boven", "terug", "meer", "laad meer", "vergroot",
        "bewerken", "brontekst bewerken", "naar de hoofdinhoud", "naar de inhoud", "ga naar de inhoud",
        "skip to main content", "skip to content", "spring naar de inhoud", "toegankelijkheid", "pauzeren", "pauze",
        "ondertiteling", "ondertitels", "download ondertitels", "uitgeschreven tekst", "uitgeschreven tekst tonen",
        "uitgeschreven tekst verbergen", "tekst tonen", "tekst verbergen", "video afspelen", "volledig scherm", "dempen", "geluid aan", "geluid uit", "video laden",
        "bekijk op youtube", "afspelen op youtube", "kopieer link", "link kopiëren", "dit artikel delen", "artikel delen",
        "tekst (smal)", "tekst (breed)", "tekst groter", "tekst kleiner", "tekstgrootte", "lettergrootte",
        "hoog contrast", "contrast", "lees voor", "voorlezen", "voorleesfunctie", "readspeaker", "beluister", "luister", "a a a", "a- a a+",
        "zoom", "fullscreen", "full screen", "blogarchief", "archief", "nieuwere post", "oudere post", "homepage",
        "nieuwere berichten", "oudere berichten", "dit e-mailen", "blogthis", "manage preferences", "accept all",
        "reject all", "cookie settings", "privacy settings", "toon oudere updates", "toon nieuwere updates",
        "oudere updates", "meer updates", "laad meer updates", "ondertiteling beschikbaar", "zoek",
        "bekijk transcriptie", "bekijk de transcriptie", "toon transcriptie", "transcriptie tonen", "lees transcriptie",
        "geef uw mening", "geef je mening",
        # a page still loading when it was copied
        "een ogenblik geduld", "een ogenblik geduld a.u.b", "even geduld", "even geduld a.u.b", "een moment geduld",
        "bezig met laden", "laden", "wordt geladen", "loading", "laden…", "bezig met laden…",
        # a print link, and an ARIA landmark's text a copy picks up
        "printversie", "printen", "afdrukken", "print deze pagina", "pagina afdrukken", "this is main content",
        "main content", "hoofdinhoud",
        "meteen naar de inhoud", "direct naar de inhoud", "read more", "read more...", "lees meer...",
    }
)
"""Buttons of a page's interface (expand, collapse, previous, next), with or without their arrow glyph."""

PRINT_NOTICE = re.compile(
    r"\b(?:afdruk van (?:een|deze) pagina|(?:deze )?pagina is (?:geprint|afgedrukt) op|geprint op \d|"
    r"printversie van|voor de meest actuele (?:informatie|versie)|(?:deze )?pagina is (?:gebouwd|gegenereerd) op \d|"
    r"(?:alleen |uitsluitend )?het gesproken woord geldt)",
    re.IGNORECASE,
)
"""The note a site prints on a printed page, or puts over a speech's text ("Alleen het gesproken woord geldt")."""

SYNDICATION = re.compile(
    r"^(?:tenzij anders (?:vermeld|aangegeven)|met dank overgenomen (?:van|uit)|overgenomen (?:van|uit)|"
    r"(?:dit|deze) (?:artikel|bericht|stuk|column|interview|gesprek|portret|reportage|verhaal|tekst|blog) (?:verscheen|is) (?:eerder |oorspronkelijk |ook )?(?:verschenen )?(?:in|op|bij)|oorspronkelijk verschenen (?:in|op)|"
    r"(?:dit|deze) (?:artikel|bericht|stuk|column|interview|verhaal) (?:hoort|behoort) bij(?=\s*:)|"
    r"dit (?:persbericht|bericht|artikel) is (?:afkomstig van|aangeleverd door|geplaatst door|geplaatst (?:onder|in) de (?:rubriek|categorie))|"
    r"afzender van dit (?:persbericht|bericht)|(?:bekijk (?:het )?)?origine(?:el|le) (?:persbericht|bericht)(?=(?:\s+op\s+[\w.-]+)?\.?$)|dit (?:artikel|bericht|stuk) is overgenomen (?:van|uit)|.{2,60}\baanvaardt geen (?:enkele )?aansprakelijkheid voor de inhoud\b"
    r"|(?:dit|deze) (?:blog|artikel|column|bijdrage|opiniestuk|stuk) is geschreven door een gastauteur"
    rf"|(?:(?:interview|artikel|column) uit (?=(?-i:[{CAPITAL}]))|(?:lezing|toespraak|speech|rede|voordracht) (?:gehouden|uitgesproken) "
    r"(?:op|tijdens|bij|ter gelegenheid)|(?:hij|zij|ze) werd geïnterviewd (?:op|door))(?=[^.!?]*[.!?]?$)"
    r"|de inhoud (?:van (?:dit|deze) \w+ )?geeft niet (?:per se |noodzakelijk(?:erwijs)? )?(?:het standpunt|de mening|de visie) van)\b",
    re.IGNORECASE,
)
"""Whose text this is when a site republishes it, where a press-release site filed it, and its disclaimer; where
an interview or a speech first appeared or was given ("Interview uit Waterspiegel, ...", "Lezing gehouden op ...")."""

END_OF_RELEASE = re.compile(
    r"^\W*(?:noot (?:voor|aan) (?:de )?redacties?|einde (?:van het )?persbericht|niet voor publicatie|"
    r"-{2,}\s*einde\s*-{2,}|#{3}|note to editors?)\b"
    r"|^\W*(?:noot |informatie |alleen |enkel |uitsluitend )?voor (?:de )?(?:journalisten|pers|media|redacties?|persmensen)"
    r"(?: en (?:de )?(?:journalisten|pers|media|redacties?))?(?:\s*\(niet voor publicatie\))?\s*(?::|$)",
    re.IGNORECASE,
)
"""Where a press release stops being the article: its note for the newsroom ("Voor journalisten:"), "Einde persbericht"."""

CONTACT = re.compile(
    r"(?:\btel(?:efoon)?\.?:?\s*\+?\d[\d \-/().]{6,}|\+\d{2}[\d \-/().]{7,}|[\w.+-]+@[\w-]+\.[\w.]+"
    r"|^contact(?:perso(?:on|nen))?(?:\s+(?:pers|media|voor de pers))?\s*(?::|$)|\b(?:ma(?:andag)?|di(?:nsdag)?)\.?\s*(?:t/m|tot en met|-|–)\s*(?:vr(?:ijdag)?|za(?:terdag)?|do(?:nderdag)?)\b"
    r"|^(?:bel|telefoon)\s+(?:ons\s+)?(?:op\s+)?\d{2,4}\b|^(?:pers|media)(?:contact|dienst)\b"
    r"|^contacteer\s+(?:het|de|ons)\b[^.!?]{0,40}$)",
    re.IGNORECASE,
)
"""A phone number, an e-mail address, a contact label ("Perscontact", "Persdienst") or opening hours: a site's or
press contact's line."""

WEB_ADDRESS = re.compile(
    r"(?:\b[Hh][Tt][Tt][Pp][Ss]?://|\b[Ww][Ww][Ww]\.)\S+|(?<![\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    r"\.(?:nl|be|eu|com|org|net|frl|vlaanderen|brussels)(?:/\S*)?(?!\w)"
)
"""A web address, written out or as a bare domain in lower case ("aaenmaas.nl/actueel", "www.belgium.be"); a
capitalised one is a brand's name ("Limburg.net en EcoWerf")."""

LISTEN_VIA = re.compile(
    r"\b(?:te (?:beluisteren|bekijken|downloaden|volgen|lezen|zien)|verkrijgbaar|beschikbaar) (?:via|op|bij)\b.{0,40}:$",
    re.IGNORECASE,
)
"""A line that points to where to listen or watch, its list of places below it."""

STAGE_DIRECTION = re.compile(
    r"^[(\[](?:(?:[\w'’-]+ ){0,2}(?:applaus|gelach|hilariteit|geroffel|rumoer|stilte|geluid|muziek|gejuich|geroezemoes)|interruptie|onrust|instemming|protest|opmerkingen|"
    r"(?:opmerkingen|interrupties?|tussenkomsten?|applaus|gelach) (?:van|bij|op) [^()\[\]]{2,60}|"
    r"de vergadering wordt (?:geschorst|heropend)[^)]*|einde (?:van de )?vergadering[^)]*)[.!]?[)\]]$",
    re.IGNORECASE,
)
"""A transcript's note of what happened in the room: "(applaus)"."""

RECORD_NUMBER = re.compile(r"nr\.\s*\d+.{0,30}\b(?:item|blz\.?|pagina|p\.)\s*\d+|\d{4}-\d{4}\s*nr\.\s*\d+", re.IGNORECASE)
"""A record's issue line in a parliamentary or legal database: "2010-2011 nr. 102, item 8"."""

SITE_COOKIES = re.compile(
    r"^(?:deze (?:web)?site|onze (?:web)?site|wij|we|[\w-]+\.(?:nl|be|com|eu|org))\s+"
    r"(?:gebruikt|gebruiken|plaatst|plaatsen|maakt gebruik van|maken gebruik van)\b.{0,80}\bcookies\b"
    r"|^(?:this (?:web)?site|we|[\w.-]+)\s+uses?\s+cookies\b"
    # A site that signs with its owner's name says what the cookies are for: its site, the visitor's experience.
    rf"|^(?-i:[{CAPITAL}][\w.&'’-]*)(?:\s+[\w.&'’-]+){{0,4}}\s+(?:gebruikt|plaatst|maakt gebruik van)\b.{{0,60}}\bcookies\b"
    r".{0,80}\b(?:website|site|surfervaring|gebruikservaring|bezoek)\b",
    re.IGNORECASE,
)
"""A cookie notice in the site's own voice: "Deze website gebruikt ... cookies", "X.nl gebruikt ... cookies",
"Tilburg University gebruikt cookies voor een goed werkende website"."""

SITE_STATUS = re.compile(
    r"(?i)^(?=.*\b(?:momenteel|op dit moment|tijdelijk|even)\b)(?:[^,;]{0,40}\b)?(?:website|site|pagina)\s+(?:is\s+)?"
    r"(?:momenteel\s+|op dit moment\s+|tijdelijk\s+|even\s+)?(?:te druk|overbelast|onbereikbaar|niet (?:goed\s+)?bereikbaar"
    r"|in onderhoud)[.!]?$"
    r"|^probeer het (?:later|straks|over [\w\s]{1,25}?)\s+(?:a\.u\.b\.\s+)?(?:opnieuw|nogmaals)[.!]?$"
    r"|^(?:verouderde browser\W*$|(?:u gebruikt|je gebruikt|jij gebruikt) een (?:verouderde|oude|niet ondersteunde) "
    r"(?:versie van (?:uw|je) )?(?:web)?browser\b|(?:uw|je) (?:web)?browser (?:is verouderd|wordt niet (?:meer )?ondersteund)\b)"
)
"""The site's own notice that it is busy or down, or that the reader's browser is too old: "Website momenteel te
druk.", "Probeer het later opnieuw.", "U gebruikt een verouderde browser. DNB.nl werkt het beste met:"."""

PLAYING_TIME = re.compile(r"\(\d{1,2}:\d{2}(?::\d{2})?\)")
"""A video's length beside its play button: "Video afspelen (3:12)"."""

CODE = re.compile(r"^(?=.*[/_()])(?=.*\d)[A-Z0-9][A-Za-z0-9_./()-]{5,}$")
"""A document's reference code on a line of its own: "A6-0127/2007", "P6_TA(2007)0179" (never "COVID-19")."""

GLUED_CELLS = re.compile(r"[a-z]{2,}[A-Z][a-z]")
"""Table cells run together by a copy ("publicatieOrganisatieVergaderjaar"): two or more in a line."""

FINITE_VERBS = frozenset(
    """is zijn ben bent was waren wordt worden word werd werden heeft hebben heb hebt had hadden kan kunnen kun kunt kon
    konden zal zullen zult zou zouden moet moeten moest moesten mag mogen mocht mochten wil wilt willen wilde wilden
    wou gaat gaan ga ging gingen komt komen kom kwam kwamen zegt zeggen zeg zei zeiden staat staan sta stond stonden
    ligt liggen lag lagen blijft blijven bleef bleven krijgt krijgen kreeg kregen maakt maken maakte maakten doet doen
    deed deden ziet zien zag zagen vindt vinden vond vonden geeft geven gaf gaven neemt nemen nam namen houdt houden
    hield hielden laat laten liet lieten weet weten wist wisten denkt denken dacht dachten heet heten lijkt lijken leek
    leken blijkt blijken bleek bleken spreekt spreken sprak speelt spelen speelde werkt werken werkte woont wonen
    woonde loopt lopen liep rijdt rijden reed valt vallen viel vielen zit zitten zat zaten toont tonen toonde opent
    openen opende sluit sluiten sloot wint winnen won wonnen verliest verliezen verloor brengt brengen bracht zoekt
    zoeken zocht vraagt vragen vroeg vroegen antwoordt antwoordde vertelt vertellen vertelde noemt noemen noemde
    stelt stellen stelde meldt melden meldde schrijft schrijven schreef betaalt betalen betaalde kost kosten kostte
    begint beginnen begon begonnen stopt stoppen stopte stijgt stijgen steeg daalt dalen daalde groeit groeien groeide
    wacht wachten wachtte hoopt hopen hoopte vreest vrezen vreesde kiest kiezen koos leidt leiden leidde voert voeren
    voerde zet zetten zette legt leggen legde trekt trekken trok volgt volgen volgde helpt helpen hielp dreigt
    dreigen dreigde eist eisen eiste ontvangt ontvangen ontving bezoekt bezoeken bezocht""".split()
)
"""Frequent finite verbs: a sentence has one, a photo caption ("Verlinden tijdens de coronacrisis.") often none."""

WIKI_NOTICE = re.compile(
    r"(?:wikimedia commons heeft media|categorie .{1,80} van wikimedia commons|mediabestanden over dit onderwerp|dit artikel is een beginnetje|"
    r"beschikbaar onder de licentie creative commons|creative commons naamsvermelding|beschikbaar onder cc[ -]by\b|"
    r"(?:deze|dit) (?:pagina|artikel) is (?:het )?laatst (?:bewerkt|gewijzigd) op|"
    r"dit artikel (?:is gearchiveerd|wordt niet langer bijgewerkt)|"
    r"(?:deze|dit) (?:activiteit|evenement|bijeenkomst) (?:heeft|is) al (?:plaatsgevonden|geweest)|"
    r"(?:dit|deze) (?:bericht|artikel|nieuwsbericht|pagina|informatie|item) is (?:gearchiveerd|verouderd|verlopen|niet (?:meer )?actueel)|"
    r"(?:dit|deze) (?:verslag|tekst|versie) is een voorlopige versie)",
    re.IGNORECASE,
)
"""A site's notes about the page itself: licence, last edit, stub, media on Commons, archived or past."""

COORDINATES = re.compile(r"\d{1,3}°\s*\d{0,2}[′']?\s*\d{0,2}[″\"]?\s*(?:NB|ZB|N|S)\b.{0,20}\d{1,3}°.{0,20}(?:OL|WL|O|W|E)\b")
"""Map coordinates ("52° 14′ NB, 6° 54′ OL"): a fact box's row, never read aloud."""

CONTENT_TYPES = (
    r"nieuwsbericht|persbericht|toespraak|publicatie|kamerstuk|kamerbrief|besluit|rapport|brochure|nieuws|video|"
    r"podcast|interview|column|opinie|achtergrond|analyse|recensie|blog|artikel|bericht|verslag|mededeling|agenda"
)
SEGMENT_BREAK = re.compile(r"\s[|·•]\s")
"""Where a meta line's segments meet: "Persbericht • 15 december 2022 • Landbouw", "Hoofdstuk 3.2 · leestijd"."""
TYPE_AND_DATE = re.compile(rf"^(?:{CONTENT_TYPES})\s*[|·•:,–-]\s*\S.{{0,40}}$", re.IGNORECASE)
"""A government site's type-and-date line: "Nieuwsbericht | 03-12-2020"."""

SOCIAL_EMBED = re.compile(
    r"(?:(?:bekijk|view|watch) (?:deze |dit |this )?(?:post |bericht |tweet |foto |photo |video )?(?:op|on) (?:instagram|facebook|tiktok|x|twitter|youtube|threads|bluesky)\b|^(?:deze |dit )?(?:post|bericht|tweet|video) op (?:instagram|facebook|tiktok|x|twitter|youtube|threads|bluesky) bekijken$|^(?:tweet|post|bericht) (?:van|door|by|from) @\w|^[\d.,]+\s?[km]? (?:vind-ik-leuks?|likes?|weergaven|views)$|"
    r"^(?:een|a) (?:bericht|post|foto|video) gedeeld door [^.!?]{2,80}$|^a post shared by|^(?:een|a) (?:bericht|post|foto|photo|video|reel)(?: die is)? (?:gedeeld|geplaatst|gepost|shared|posted) (?:door|by) [^.!?]{2,60}\(@|^(?:gepost|geplaatst|posted) (?:door|by) .{2,60} (?:op|on) [^.!?]{0,30}\d{4}\s*$|♬|"
    r"pic\.twitter\.com/|^[—–-]\s*[\w .'-]{2,40}\(@[\w.-]+(?:@[\w.-]+)?\)|^\S.{0,60}\(@[\w.-]{2,40}(?:@[\w.-]+)?\)\s*(?:op\s+)?\d|"
    r"(?:uw|je) browser ondersteunt (?:geen|deze)|(?:deze )?video (?:wordt geladen|kan niet worden afgespeeld)|^(?:deze|dit) (?:video|inhoud|content|tweet|post|bericht|embed|kaart|podcast|audiofragment) (?:is|kan) (?:op dit moment |momenteel |helaas )?niet (?:beschikbaar|(?:worden )?(?:weergegeven|getoond|geladen|afgespeeld)(?: worden)?)\b[^.!?]{0,30}[.!]?$|^sta (?:[\w-]+ ){0,3}cookies toe\b)",
    re.IGNORECASE,
)
"""What an embedded post or player leaves in a copy: "Een bericht gedeeld door NOS (@nos)", "— Name (@handle) 12 maart"."""
