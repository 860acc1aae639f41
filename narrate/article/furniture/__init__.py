"""Page furniture: the lines a browser copy drags along that no listener
should hear (ad markers, photo credits, share buttons, "Lees ook" links,
cookie banners, newsletter boxes, leftover HTML).

Each rule works on one line of text and says why it is furniture; the
layout stage decides what to do with lines around it (captions repeated
before a credit, the headline after "Lees ook").
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from .. import letters  # not its CAPITAL: this module's upper-case strings are the removal reasons
from ..model import RemovalReason, Removed
from . import pictures, shape, vocab, widgets  # noqa: F401  (vocab, pictures: the layout reads them)

AD: RemovalReason = "ad marker"
CREDIT: RemovalReason = "photo credit"
CAPTION: RemovalReason = "photo caption"
RELATED: RemovalReason = "related link"
SHARE: RemovalReason = "share button"
COMMENTS: RemovalReason = "comments"
NEWSLETTER: RemovalReason = "newsletter"
COOKIES: RemovalReason = "cookie banner"
SUBSCRIPTION: RemovalReason = "subscription prompt"
NAVIGATION: RemovalReason = "navigation"
READING_TIME: RemovalReason = "reading time"
HTML_TAG: RemovalReason = "HTML tag"
CITATION: RemovalReason = "reference marker"
EDIT_LINK: RemovalReason = "edit link"
REFERENCES: RemovalReason = "reference section"
DUPLICATE: RemovalReason = "duplicate"
PULL_QUOTE: RemovalReason = "pull quote"
PULL_SPEAKER: RemovalReason = "pull quote speaker"
PULL_ROLE: RemovalReason = "pull quote speaker role"
SOURCE: RemovalReason = "source credit"
EMPTY_HEADING: RemovalReason = "heading without text"
TEASERS: RemovalReason = "teaser list"
POLL: RemovalReason = "poll"
DATE_LINE: RemovalReason = "date line"
EDITION: RemovalReason = "edition line"
CALL_TO_ACTION: RemovalReason = "call to action"
BYLINE_IN_TEXT: RemovalReason = "byline in text"
READING_HINT: RemovalReason = "reading hint"
AFTER_ARTICLE: RemovalReason = "after the article"
INFOBOX: RemovalReason = "infobox"
CONTACT: RemovalReason = "contact details"
PRINT_NOTICE: RemovalReason = "print notice"
STAGE_DIRECTION: RemovalReason = "stage direction"
OTHER_LANGUAGE: RemovalReason = "other language"
SPEAKER_LABEL: RemovalReason = "speaker label"

_AD = re.compile(
    r"^(?:advertentie|advertisement|advertising|advertorial|reclame|publicité|anzeige|gesponsord|sponsored"
    r"|gesponsorde inhoud|(?:het )?(?:artikel|verhaal) (?:gaat verder|loopt door) (?:onder|na) (?:de|deze) advertentie"
    r"|lees verder (?:onder|na) de advertentie|scroll (?:verder|door) (?:om verder te lezen|voor meer))[.:]?$",
    re.IGNORECASE,
)

# A credit names who made the picture: "©Getty Images", "Foto: ANP",
# "Beeld Reuters", "(c) Belga". Short so that a sentence about a photo
# ("De foto's tonen ...") is not taken for one.
_CREDIT_TAIL = re.compile(
    r"(?:^|\s|\()(?:©|\(c\)|copyright\b|(?:[a-z]{0,10}foto|beeld|foto['’]s|fotografie|fotograaf|photo|photographer|image|video|illustratie|illustrator|afbeelding)(?:\s+(?:by|door|credits?))?\s*[:/|]|"
    r"(?<=[.!?]\s)bron\s*:|(?<=\()(?:foto|beeld|afbeelding)(?:\s+van)?\s+(?=[^()]{2,40}\)$)|(?<=\s[–—]\s)(?:foto|beeld)\s+(?=\w)|"
    r"(?:foto|beeld)\s+(?-i:(?=[A-Z]{2,}|[A-Z][a-z]+(?:\s+(?:(?:van|de|der|den|ter|ten|te|het)\s+){0,2}[A-Z][a-z]+(?:-[a-z]+)?){0,2}"
    r"(?:\s+(?:van|de|der|den|ter|ten|te|het)(?:\s+(?:van|de|der|den|ter|ten|te|het))?\s+[A-Z][a-z]+)?\s*(?:[/|)]|$))))"
    r"\s*(?:[^.!?]|(?<=\d)\.(?=\d)|(?<=\b[a-z])\.|(?<=\w)\.(?=(?:com|nl|be|org|eu)\b)){0,60}?\)?$",
    re.IGNORECASE,
)
_AGENCY = re.compile(
    r"^\(?(?:anp|belga|afp|reuters|ap|epa(?:-efe)?|getty images|hollandse hoogte|shutterstock|istock|"
    r"photo news|imageglobe|isopix|bsr agency|dpa|tass|ria novosti|via reuters|pool|nos|vrt|hln|"
    r"ap photo|ap images|afp/[\w ]+|anp/[\w ]+)(?:\s*[/|,]\s*[\w .'-]{1,40})?\)?$",
    re.IGNORECASE,
)

_RELATED = re.compile(
    r"^(?:lees (?:ook|meer|verder|hier|het hele verhaal|(?:het|de) (?:volledige|hele) \w+)(?=[\s.:>»›-]|$)[.:]?|meer (?:over|lezen|nieuws)(?: (?:dit|dit onderwerp|het onderwerp))?"
    r"|bekijk ook|kijk ook|zie ook|ook interessant|ook gelezen|aanbevolen(?: artikelen)?|gerelateerd(?:e artikels?| nieuws| artikelen)?"
    r"|meest gelezen|populair|net binnen|meer nieuws|lees ook deze artikels?|dit vind je misschien ook interessant"
    r"|lees ook op [\w.]+|see all [\w ]{2,30}|more from [\w .-]{2,40}|andere berichten in deze rubriek|meer uit deze rubriek|luister ook|bekijk de video|bekijk hier de video|video bekijken|(?:ook|meer) in (?:deze|dit) (?:dossier|thema)|(?:lees|bekijk|download|raadpleeg|beluister|open) (?:het |de |dit |deze |ons |onze |hun )?[\w'’-]+(?: [\w'’-]+){0,3} hier)(?!\w)[.:]?[^.!?]{0,160}\.?$",
    re.IGNORECASE,
)
_RELATED_HEAD = re.compile(
    r"^(?:lees ook|lees meer|meer over dit onderwerp|meer over|bekijk ook|kijk ook|ook interessant|lees verder|gerelateerde? artikel(?:s|en)?|meer nieuws|onderwerpen|tags|(?:ander|andere|eerdere|gerelateerd|gerelateerde|vergelijkbare|verwante) (?:nieuws|berichten|artikel(?:s|en)|items|verhalen))\s*[:>»›.]?$",
    re.IGNORECASE,
)

_SHARE = re.compile(
    r"^(?:deel(?: dit| deze)?(?: artikel| bericht| pagina)?(?: via [\w-]+| op [\w-]+)?|delen(?: via [\w-]+| op [\w-]+)?|gedeeld|share(?: this| this article| on \w+)?|tweet|facebook|twitter|x|linkedin|whatsapp|"
    r"telegram|pinterest|messenger|bluesky|e-?mail|mail|stuur door|doorsturen|kopieer (?:de )?link|link kopi[eë]ren|link gekopieerd|"
    r"print|afdrukken|printen|bewaar|bewaren|opslaan|bewaar artikel|artikel bewaren|volg|volgen|voorlezen|lees voor|luister(?: naar (?:dit|het) artikel)?"
    r"|beluister (?:dit|het) artikel|vertaal(?: dit| deze)?(?: artikel| bericht| pagina)?|translate(?: this)?(?: page| article)?|terug naar boven|naar boven|top|home|menu|zoeken|sluiten|inloggen|log in|uitloggen|mijn account|"
    r"volg ons(?: op [\w ,]+)?|volg (?:de |het )?[\w -]{1,30} op (?:facebook|x|twitter|instagram|whatsapp|tiktok|youtube|linkedin|bluesky|threads)[\w ,]*)[.:!]?$",
    re.IGNORECASE,
)
_COMMENTS = re.compile(
    r"^(?:\d+\s+)?(?:reacties?|reageer|reageren|plaats een reactie|bekijk (?:de )?reacties|lees (?:de )?reacties|"
    r"reacties? \(\d+\)|\d+ reacties?|praat mee|discussieer mee|log in om te reageren|geen (?:reacties|opmerkingen)|"
    r"\d+ opmerkingen?|opmerkingen|\d+ comments?|no comments|reageer op (?:dit|deze|het) [\w-]+(?: \([^)]*\))?"
    r"|(?:je|uw) reactie (?:verschijnt|wordt) [^.]*(?:goedkeuring|moderatie|gemodereerd)[^.]*)[.:!]?$",
    re.IGNORECASE,
)
_NEWSLETTER = re.compile(
    r"(?:nieuwsbrief|newsletter|in je (?:mail|in)?box|in uw (?:mail|in)?box|je e-?mailadres|uw e-?mailadres|"
    r"schrijf (?:je|u) (?:nu )?in|meld (?:je|u) (?:nu )?aan voor|^(?:nu |gratis )?inschrijven\W*$|bedankt voor je inschrijving|"
    r"^abonneren op\s*:|\((?:atom|rss)\)$|\bontvangt? deze [\w-]+ omdat\b|"
    # a mailing's web view: "Wordt deze e-mail niet goed weergegeven? Bekijk hem online."
    r"\b(?:deze|dit) (?:e-?mail|mail|bericht) niet (?:goed |correct |juist )?(?:weergegeven|te lezen|leesbaar)|"
    r"\bbekijk (?:hem|het|deze (?:e-?mail|mail|versie)) (?:online|in (?:je|uw) (?:web)?browser)|^webversie\W*$)",
    re.IGNORECASE,
)
_SIGN_UP = re.compile(
    r"(?i)schrijf|inschrij|abonn|aanmeld|meld (?:je|u|jezelf)\b|ontvang|blijf (?:op de hoogte|up-to-date)|mail|inbox|"
    r"\bprivacy|\bgratis\b|\bwekelijks|\bmaandelijks|\bnieuwste\b|\blaatste\b|\bvorige\b|\barchief\b|[|·•]"
)


def _without_bare_newsletter(line: str, words: int) -> str:
    """A line that names a newsletter but asks nothing of the reader ("2018-05 Nieuwsbrief Wikimedia België", "De
    nieuwsbrief bestrijkt de periode van september tot januari") is a newsletter's own title or text: the word
    alone marks a widget only in a label of a few words or beside a sign-up's words."""
    if words <= 3 or _SIGN_UP.search(line):
        return line
    return re.sub(r"(?i)\b(?:nieuwsbrief|newsletter)\w*", "", line)


_COOKIES = re.compile(
    r"(?:cookie|privacyverklaring|privacybeleid|privacy-instellingen|toestemming (?:geven|beheren|intrekken)|"
    r"(?:alles|alle) (?:accepteren|weigeren|toestaan)|instellingen (?:aanpassen|beheren|wijzigen))",
    re.IGNORECASE,
)
_BUTTON = re.compile(
    r"^(?:akkoord|accepteren|accepteer|weigeren|weiger|ok(?:é|e)?|oké, begrepen|begrepen|meer info(?:rmatie)?|"
    r"instellingen|ja, ik ga akkoord|nee, bedankt|ik ga akkoord|doorgaan|ga verder|aanmelden|verzenden|"
    r"aanmelden voor de nieuwsbrief|schrijf me in)[.!]?$",
    re.IGNORECASE,
)
_SUBSCRIPTION = re.compile(
    r"^(?:premium|plus|abo|abonnee|abonnees|alleen voor abonnees|voor abonnees|word abonnee|neem een abonnement|"
    r"probeer (?:nu )?(?:gratis|\d+ (?:weken|maanden))[^.]*|dit (?:is een )?(?:premium|plus)[- ]?artikel[^.]*|"
    r"(?:dit artikel|dit verhaal) (?:is )?(?:gratis|exclusief voor abonnees)[^.]*|gratis artikel|"
    r"al abonnee\?.*|log in(?: om verder te lezen)?|word lid.*|steun onze journalistiek.*|"
    r"je leest nu een gratis artikel.*|je hebt nog \d+ gratis artikel.*|"
    r"wil je (?:onbeperkt|alle artikel)[^?]*\?.*)$",
    re.IGNORECASE,
)
_NAV = re.compile(r"^(?:\S+(?:\s\S+){0,3}\s*[>›»/|]\s*){2,}\S+(?:\s\S+){0,3}$")
_BREADCRUMB = re.compile(
    r"^(?:\S+(?:\s\S+){0,4}\s+[>›»]\s+){2,}[^>›»]{1,120}$|^[^\W\d][^.!?:;>›»]{0,40}\s[>›»]\s#?[^\W\d][^.!?:;>›»]{0,40}$|"
    r"^(?i:home|homepage|start|startpagina)(?:\s+[/>›»]\s+[^/>›»]{1,40}){0,4}\s+[/>›»]\s+[^/>›»]{1,120}$|"
    r"^(?i:home|homepage|startpagina)(?:\s+\|\s+[^|.!?]{1,40}){1,4}$|"
    r"^(?:Nieuws|Actueel|Pers|Persberichten|Nieuwsberichten|Berichten|Publicaties)(?:\s/\s[^/.!?]{1,40}){1,3}$"
)
"""A trail of arrows down to the page itself, whose own title may be long: "Home › Pers › Weertse Dreef wordt autovrij";
or of slashes from home or from the news section down ("Persberichten / Wegen en fietsen"); from home, one step
is enough, whatever the page's title holds ("Home › Kamerstuk 36619, nr. 1")."""
_YOU_ARE_HERE = re.compile(
    r"^(?:\w+(?: \w+){0,3}[.!…]\s+)?"
    r"(?:u bent hier|je bent hier|jij bent hier|u bevindt zich(?: hier)?(?: op)?|hier bent u|you are here|vous êtes ici)"
    r"(?:\s*:?\s+\S.{0,150}|\s*:?)$",
    re.IGNORECASE,
)
"""A breadcrumb's label, whatever trail follows ("Je bent hier: Home / Persberichten"), or none ("U bent hier");
after a page widget's short sentence glued to it ("Gedaan met laden. U bevindt zich op: ...")."""
_TAGS = re.compile(
    r"^(?:tags|labels|onderwerpen|(?:tref|sleutel|kern)woorden|termen|zoektermen|thema['’]s|categorie|categorieën|rubriek|lees meer over|meer over"
    r"|(?:categorie|tag)[- ]?archie(?:f|ven))\s*:\s*\S.{0,120}$"
    r"|^#[^\W\d_][\w-]*(?:[\s,·|]+#[^\W\d_][\w-]*)*$",  # "#Persoonlijk", "#AlleenSamen #Zuid-Holland": hashtags alone
    re.IGNORECASE,
)
_SOURCE = re.compile(
    r"^\(?(?:bron|bronnen|bron foto|met dank aan)\s*:\s*[\w .,/&'-]{1,60}(?:\s*\([\w .&'-]{1,20}\))?\)?$|^bron\s*:\s*[\w .,/&'()-]{1,100}$|^\((?:anp|belga|afp|reuters|ap|dpa|bnr|nu\.nl|redactie|red\.?)\)$",
    re.IGNORECASE,
)
_SEARCH_SECTION = re.compile(rf"^(?i:zoeken|zoek|doorzoek) (?i:in|binnen) (?:[{letters.CAPITAL}][\w’'&-]*)(?: [\w’'&-]+){{0,4}}\s*(?:…|\.\.\.)?$")
"""A search box's prompt naming the section it searches: "Zoeken binnen Nieuws IenW"."""
_SEARCH_BOX = re.compile(
    r"^(?:(?:voer (?:een |je |uw )?)?zoekterm(?: invoeren| invullen| in)?:?|typ (?:hier )?(?:je|uw) zoekterm|zoek op trefwoord)\s*(?:…|\.\.\.)?$|"
    r"^(?:zoeken|zoek) in (?:het|de|alle|ons|onze) \w+\s*(?:…|\.\.\.)?$|^waarmee kunnen we (?:je|u) helpen\??$|"
    r"^(?:waar (?:ben je|bent u) naar op zoek|waar zoek(?:t u| je) naar|wat zoek(?:t u| je))\??$|^filter(?:en)? op \w+(?:\s*:.{0,40})?$|"
    r"^(?:zoeken|zoek|doorzoek)(?:\s+(?:op|in|binnen))?\s+(?:de|deze|onze)?\s*(?:site|website|[\w-]+(?:\.[\w-]+)+)\s*(?:…|\.\.\.)?$|"
    r"^(?:zoek|zoeken) (?:op|naar) [\w ,'’-]{2,60}(?:…|\.\.\.)?$|^(?:zoeken|zoek|doorzoek|search)\s*(?:…|\.\.\.)$",
    re.IGNORECASE,
)
"""A search box's label: "Zoeken op vito.be", "Doorzoek de website"; its bare prompt ("Zoeken…", "Zoek...")."""
_PAGE_REFERENCE = re.compile(r"^(?:[‹«<]\s*vorige\s*[·|]\s*)?(?:page|pagina|blz\.?|hoofdstuk|deel|chapter)\s*\d{1,3}\s*(?:of|van|/)\s*\d{1,3}(?:\s*[·|]\s*volgende(?:\s*[›»>])?)?$|^\(?(?:(?:zie(?: ook)?|lees (?:meer|verder|ook)(?:\s+op)?|vervolg(?:d?\s+(?:op|van))?|verder op)\s+|[^\W\d][\w’\'&-]*(?:\s[\w’\'&-]+){0,2}\s*(?:,|\s[–—-])\s*)?(?:pagina|pag\.|blz\.?|p\.)\s*\d{1,3}(?:\s*(?:en|-|–|,)\s*\d{1,3})*\.?\)?$", re.IGNORECASE)
"""A print edition's pointer, as a scanned or flipbook page shows it: "Pagina 6 en 7", "Zie blz. 9", "Vervolg op pagina 6"; or its section and page ("Regio, blz. 7", "Sport – pagina 3")."""
_WIKI_BANNER = re.compile(
    r"^(?:uit wikipedia, de vrije encyclopedie|inhoud(?:sopgave)?|naar navigatie springen|naar zoeken springen|verbergen|"
    r"(?:dit artikel|deze pagina) (?:is|werd) (?:voor het laatst )?bewerkt op .*|(?:naar (?:navigatie|zoeken) springen\s*)+|"
    r"de tekst is beschikbaar onder de licentie .*)$",
    re.IGNORECASE,
)

_TAG = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*\s*/?>|<!--.*?-->"
)
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_CITATION = re.compile(
    r"\[(?:\d{1,3}|[a-z]|noot \d+|bron\?|bron toevoegen|citation needed|verduidelijking gewenst)\]", re.IGNORECASE
)
_EDIT = re.compile(
    r"\s*\[(?:bewerken|brontekst bewerken|bewerken \| brontekst bewerken|edit|edit source)\]", re.IGNORECASE
)

REFERENCE_HEADINGS = frozenset(
    {
        "zie ook",
        "externe links",
        "externe link",
        "bronnen",
        "bron",
        "referenties",
        "noten",
        "voetnoten",
        "literatuur",
        "bronvermelding",
        "bronnen, noten en/of referenties",
        "noten en referenties",
        "weblinks",
        "references",
        "external links",
    }
)
"""Headings of a Wikipedia page's closing apparatus: everything under them is cut."""


@lru_cache(maxsize=4096)
def classify_line(line: str) -> RemovalReason | None:
    """The furniture reason for a whole line, or None for article text.

    >>> classify_line("ADVERTENTIE")
    'ad marker'
    >>> classify_line("Foto: ANP")
    'photo credit'
    >>> classify_line("Lees ook: Kabinet valt over asielwet")
    'related link'
    >>> classify_line("Shea zegt dat Kim meer soldaten kan sturen.") is None
    True
    """
    if _AD.match(line):
        return AD
    if has_credit(line) or _AGENCY.match(line):
        return CREDIT
    words = len(line.split())
    if shape.READING_TIME.match(line) or shape.labelled_reading_time(line):
        return READING_TIME
    if _SHARE.match(line):
        return SHARE
    if _COMMENTS.match(line):
        return COMMENTS
    if _RELATED.match(line) and not _RELATED_IS_PROSE.search(line) and not is_reference_heading(line):
        return RELATED
    if _BUTTON.match(line):
        return COOKIES
    if words <= 60 and _COOKIES.search(line) and (_ADDRESSES_READER.search(line) or words <= 6):
        return COOKIES
    if words <= 40 and _NEWSLETTER.search(_without_bare_newsletter(line, words)):
        return NEWSLETTER
    if _SUBSCRIPTION.match(line):
        return SUBSCRIPTION
    if _SOURCE.match(line):
        return SOURCE
    if _WIKI_BANNER.match(line) or _TAGS.match(line) or _SEARCH_BOX.match(line) or _PAGE_REFERENCE.match(line):
        return NAVIGATION
    if _SEARCH_SECTION.match(line):
        return NAVIGATION
    if words <= 16 and _NAV.match(line) and not re.search(r"[.!?]$", line) or _BREADCRUMB.match(line):
        return NAVIGATION
    if _YOU_ARE_HERE.match(line) or shape.is_dashed_menu(line) or _is_button_row(line):
        return NAVIGATION
    return widgets.widget_reason(line, words) or _meta_row(line)


_POSTED_BY = re.compile(r"(?i)^(?:geplaatst|gepost|gepubliceerd|geschreven) door\s+\S")


def _meta_row(line: str) -> RemovalReason | None:
    """A post's meta row, every part of it furniture: "Geplaatst door Wijkservicepunt Binnenstad · 3 reacties · 412 keer
    bekeken" (the reason of its first furniture part).

    >>> _meta_row("Geplaatst door Wijkservicepunt Binnenstad · 3 reacties · 412 keer bekeken")
    'comments'
    >>> _meta_row("Geplaatst door Els Smet · De brug gaat open")
    """
    parts = shape.segments(line)
    if len(parts) < 2:
        return None
    reasons = [classify_line(part) for part in parts]
    # "Persbericht provincie Antwerpen | gepubliceerd in de rubriek De pers": what kind of page, and who sends it.
    typed = shape.names_page_type(parts[0])
    if all(r is not None or _POSTED_BY.match(p) or typed and (not k or shape.is_date_or_month(p))
           for k, (p, r) in enumerate(zip(parts, reasons, strict=True))):
        return next((r for r in reasons if r is not None), None)
    return None


def menu_entries(line: str) -> list[str]:
    """A flattened menu's entries, as its gaps (tabs or runs of spaces) set them apart, with the separators a
    gap may hold around it ("Home  |  Wie zijn wij").

    >>> menu_entries("Home  |  Wie zijn wij  |  Nieuws"), menu_entries("Nieuws   Onderwijs")
    (['Home', 'Wie zijn wij', 'Nieuws'], ['Nieuws', 'Onderwijs'])
    """
    return [e for e in re.split(r"\s*(?:\t+|\s{2,})(?:[|·•]\s*(?:\t+|\s{2,}))?", line.strip()) if e not in ("", "|", "·", "•")]


def is_spaced_menu(line: str) -> bool:
    """A menu a browser copy flattened into one line: three or more entries of a few words each,
    set apart by tabs or runs of spaces, and no sentence.

    >>> is_spaced_menu("Nieuws   Onderwijs   Cultuur   Wetenschap"), is_spaced_menu("Home\tOver ons\tContact")
    (True, True)
    >>> is_spaced_menu("Het kabinet valt.  Rutte gaat."), is_spaced_menu("Ajax   3   1")
    (False, False)
    >>> is_spaced_menu("Onderwijs  Onderzoek  Over ons  |  EN"), is_spaced_menu("Home   Wat kun je zelf doen?   Over ons")
    (True, True)
    >>> is_spaced_menu("Zoeken    Menu"), is_spaced_menu("NL | EN   Zoeken"), is_spaced_menu("Ajax   PSV")
    (True, True, False)
    >>> is_spaced_menu("Taal  ☆ Volgen  ✎ Bewerken"), is_spaced_menu("Video afspelen (2:04)   Download ondertitels")
    (True, True)
    """
    entries = [_without_icon(e) for e in menu_entries(line) if e not in {"|", "·", "•", "/"}]
    if _buttons(entries, _SHARE):
        return True  # "Zoeken    Menu", "NL | EN   Zoeken": a header's buttons
    if len(entries) >= 2 and all(vocab.PLAYING_TIME.sub("", e).strip().lower() in vocab.UI_BUTTONS for e in entries):
        return True  # "Video afspelen (2:04)   Download ondertitels": a player's buttons
    return (
        len(entries) >= 3
        and not re.search(r"\d|[.:;](?:\s|$)", line)  # a web address's dots are no sentence's
        and all(1 <= len(entry.split()) <= 5 and entry[0].isalpha() and "?" not in entry[:-1] for entry in entries)
    )


def _without_icon(entry: str) -> str:
    """A menu entry without the pictogram before its word ("☆ Volgen")."""
    return entry.lstrip("".join(c for c in entry[:2] if unicodedata.category(c) == "So")).strip() or entry


def _is_button_row(line: str) -> bool:
    """A row of buttons and language switches, whatever sets them apart.

    >>> _is_button_row("NL | EN | Zoeken"), _is_button_row("Zoeken | Menu"), _is_button_row("NL | EN")
    (True, True, True)
    >>> _is_button_row("Home | Nieuws over de stad"), _is_button_row("Menu")
    (False, False)
    """
    return _buttons(_bar_parts(line), _SHARE)


def is_page_header_row(line: str) -> bool:
    """A row of the buttons a page's header carries (search, menu, log-in, languages), not those under an article.

    >>> is_page_header_row("Zoeken | Menu"), is_page_header_row("NL | EN"), is_page_header_row("Delen | Printen")
    (True, True, False)
    """
    return _buttons(_bar_parts(line), _HEADER_BUTTON)


def _bar_parts(line: str) -> list[str]:
    return [p for p in re.split(r"\s*[|·•]\s*", line.strip()) if p]


def _buttons(parts: list[str], button: re.Pattern[str]) -> bool:
    """Two or more parts, each a button or a language switch."""
    return len(parts) >= 2 and all(button.match(p) or _LANGUAGES.match(p) for p in parts)


_HEADER_BUTTON = re.compile(r"^(?:zoeken|zoek|menu|inloggen|log in|mijn account|search|home)$", re.IGNORECASE)


_LANGUAGES = re.compile(
    r"^(?:NL|EN|FR|DE|ES|IT|PT|PL|TR|AR|Nederlands|English|Français|Deutsch)"
    r"(?:\s*[|/·]\s*(?:NL|EN|FR|DE|ES|IT|PT|PL|TR|AR|Nederlands|English|Français|Deutsch))*$"
)
"""A language switch: "NL | EN", "English"."""


# "Lees ook het rapport, zegt de minister." is a sentence; "Lees ook: Kabinet
# valt" and "LEES OOK. Mechelen wil ..." are links.
_RELATED_IS_PROSE = re.compile(
    rf"^(?i:zie ook|lees (?:ook|meer|verder|hier))\s+(?!over\b|(?:in|op)\s+(?:[{letters.CAPITAL}\d]|pagina\b|blz\b))[a-zà-ÿ]"
    r"|,\s+(?:zegt|zei|aldus|vertelt|stelt|schrijft)\b"
)
_ADDRESSES_READER = re.compile(
    r"\b(?:je|jij|jouw|u|uw|wij|we|onze|ons|klik|accepteer|akkoord|instellingen|toestemming)\b", re.IGNORECASE
)


def has_credit(line: str) -> bool:
    """True if the line ends with (or is) a photo credit.

    >>> has_credit("Kim Jong-un in Pyongyang. ©Getty Images")
    True
    >>> has_credit("De foto is gemaakt door een toerist.")
    False
    >>> has_credit("Beeld Reuters"), has_credit("Photo by: RIKKERT HARINK"), has_credit("Afbeelding ter illustratie. Bron: Elmarye")
    (True, True, True)
    >>> has_credit("Fotograaf: Loraine Bodewes"), has_credit("Illustratie: Jan Peeters"), has_credit("Foto Thomas van Oorschot")
    (True, True, True)
    >>> has_credit("Foto Loes Spruijt-van der Meer"), has_credit("Foto Jan Peeters opent de brug")
    (True, False)
    >>> has_credit("Workshop in het museum. Foto: Sebastiaan ter Burg, CC BY 2.0")
    True
    >>> has_credit("Het mediapark in Hilversum (archieffoto: Omroep Brabant)"), has_credit("handen (afbeelding van Pixabay.com)")
    (True, True)
    >>> has_credit("Het schepencollege stelde het plan voor in het stadhuis (foto stad Bilzen-Hoeselt)")
    True
    >>> has_credit("Wethouder bij het bord – foto gemeente Brielle"), has_credit("Rapporten. Foto: COVRA N.V."), has_credit("Foto: J. Peeters")
    (True, True, True)
    >>> has_credit("Foto: Handschrift van Felix Timmermans. Copyright: Victoriano Moreno voor Letterenhuis.")
    True
    """
    return "©" in line or bool(_CREDIT_TAIL.search(line) or _COPYRIGHT_SENTENCE.search(line))


_COPYRIGHT_SENTENCE = re.compile(r"(?i)(?:^|\s)copyright\s*:\s*[^.!?:]{2,60}\.$")
"""A credit typed as a sentence of its own, with its full stop: "... Copyright: Victoriano Moreno voor Letterenhuis."."""


_PHOTO_BUTTON = re.compile(
    r"^(?:grotere versie (?:foto|afbeelding)|vergroot (?:de )?(?:foto|afbeelding)|bekijk (?:de )?grotere versie|"
    r"klik (?:op de foto )?om te vergroten|(?:foto|afbeelding) vergroten)[.!]?$",
    re.IGNORECASE,
)


def is_photo_button(line: str) -> bool:
    """A button under a photo ("Grotere versie foto"): the line above it is the photo's caption."""
    return bool(_PHOTO_BUTTON.match(line.strip()))


def is_related_head(line: str) -> bool:
    """True for a bare "Lees ook" line whose link text follows on the next line."""
    return bool(_RELATED_HEAD.match(line))


def strip_tags(line: str) -> tuple[str, list[str]]:
    """Remove leftover HTML tags and decode entities; return the tags cut.

    >>> strip_tags("<p>Een <b>vette</b> zin &amp; meer</p>")
    ('Een vette zin & meer', ['<p>', '<b>', '</b>', '</p>'])
    """
    tags = _TAG.findall(line)
    if tags:
        line = _TAG.sub(" ", line)
    if "&" in line and _ENTITY.search(line):
        line = html.unescape(line)
    return " ".join(line.split()), tags


def cut_citations(line: str, removed: list[Removed]) -> str:
    """``line`` without its reference markers and edit links, each one recorded in ``removed``."""
    line, cuts = strip_citations(line)
    removed.extend(Removed(cut, EDIT_LINK if "bewerk" in cut or "edit" in cut else CITATION) for cut in cuts)
    return line


def strip_citations(line: str) -> tuple[str, list[str]]:
    """Remove Wikipedia-style reference markers and edit links.

    >>> strip_citations("De dijk werd in 1932 gesloten.[1][2]")
    ('De dijk werd in 1932 gesloten.', ['[1]', '[2]'])
    >>> strip_citations("Geschiedenis[bewerken | brontekst bewerken]")
    ('Geschiedenis', ['[bewerken | brontekst bewerken]'])
    >>> strip_citations("Verloop van de aanslagen bewerken"), strip_citations("bewerkenVan der Graaf werd geboren.")
    (('Verloop van de aanslagen', ['bewerken']), ('Van der Graaf werd geboren.', ['bewerken']))
    >>> strip_citations("Aankondiging van de troonsafstandBewerken")
    ('Aankondiging van de troonsafstand', ['Bewerken'])
    """
    cut = [m.strip() for m in _EDIT.findall(line)] + _CITATION.findall(line)
    if cut:
        line = _CITATION.sub("", _EDIT.sub("", line))
        line = " ".join(line.split())
    mobile = _MOBILE_EDIT.search(line)
    if mobile and len(line.split()) <= 13:
        cut.append(mobile.group(1) or mobile.group(2))
        line = line[: mobile.start()]
    glued = _GLUED_EDIT.match(line)
    if glued:
        cut.append(glued.group(1))
        line = line[glued.end() :]
    return line, cut


_GLUED_EDIT = re.compile(rf"^(bewerken)(?=[{letters.CAPITAL}])")
"""A mobile wiki's edit link glued to the section's first word: "bewerkenVan der Graaf werd ..."."""
_MOBILE_EDIT = re.compile(r"(?<=[\w)])\s+(bewerken|brontekst bewerken)$|(?<=[a-zà-ÿ)])(Bewerken)$")
"""A mobile Wikipedia heading's edit link, set after it without brackets ("Verloop van de aanslagen bewerken") or
glued to its last word ("AchtergrondBewerken")."""


def is_reference_heading(line: str) -> bool:
    return line.strip().rstrip(":").lower() in REFERENCE_HEADINGS
