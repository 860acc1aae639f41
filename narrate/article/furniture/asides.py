"""Sentences a news page sets around its article, about the article, its author, its outlet or the reader's access
to it, never about the article's subject: the author's bio, the editors' note, the opinion disclaimer, the rules of
the comment section, the paywall's pitch and the notice that an embedded element cannot be shown. Each is a closed
family of Dutch forms, complete by the language."""

from __future__ import annotations

import re

from ..letters import CAPITAL
from ..model import RemovalReason
from ..people import is_full_name
from . import shape
from .vocab import NAME_PARTICLES

_ROLE = (
    r"[\w-]*(?:journalist|journaliste|redacteur|redactrice|verslaggever|verslaggeefster|correspondent|correspondente|"
    r"columnist|columniste|reporter|fotograaf|fotografe|recensent|recensente|blogger)s?"
)
"""Who writes for a page: every trade of the newsroom, with its feminine forms and compounds ("wetenschapsjournalist",
"eindredacteur", "regioredacteur")."""

_NAME = rf"(?-i:[{CAPITAL}][\w'’-]+(?: (?:{NAME_PARTICLES}|[{CAPITAL}][\w'’-]+)){{1,3}})"

_AUTHOR = r"(?:auteur|schrijver|schrijfster|maker)"
"""What a bio calls the one who wrote the piece."""

AUTHOR_BIO = re.compile(
    rf"^(?:over de {_AUTHOR}s?\s*:?\s*)?({_NAME}|de {_AUTHOR}) "
    rf"(?:(?:is|werkt als) (?:\w+ ){{0,2}}?{_ROLE}(?: (?-i:[a-zà-ÿ][\w-]*))?(?: (?:bij|voor|van|op|en|in)\b|[,.]|$)"
    r"|schrijft (?:\w+ ){0,3}?(?:voor|in) (?:deze|onze|dit) (?:krant|site|website|blad|magazine|rubriek|weekblad|tijdschrift)\b)",
    re.IGNORECASE,
)
"""The author's bio under (or over) the article: "Jan Peeters is journalist bij de regioredactie en schrijft over
mobiliteit.", "Over de auteur: Els Smet is freelance journalist"; a person named in full whose trade is the
newsroom's, in the present: one who was a journalist ("was hoofdredacteur van ...") is the article's subject."""

EDITORS_NOTE = re.compile(
    r"^\(?(?:noot (?:van de |der )?redactie|redactionele noot|n\.\s?v\.\s?d\.\s?r\.?|nvdr|naschrift(?: van de redactie| redactie)?"
    r"|correctie|rectificatie|erratum)\s*[:.)–-]\s*\S",
    re.IGNORECASE,
)
"""The editors' note or correction, by its label: "Noot van de redactie: ...", "(Nvdr: ...)", "Rectificatie: ..."."""

_PIECE = r"(?:in|aan|uit) (?:dit|het|ons) (?:artikel|bericht|stuk|verhaal|nieuwsbericht)\b(?!\s*\d)"
_EDITED = r"(?:verwerkt|toegevoegd|verwijderd|aangepast|bijgewerkt|opgenomen|gecorrigeerd|rechtgezet|verbeterd|aangevuld)"
EDITED_PIECE = re.compile(
    rf"\b(?:is|werd|zijn|werden)\b(?![^.!?]*\b(?:zal|zullen|worden)\b)[^.!?]{{0,40}}(?:\b{_PIECE}[^.!?]{{0,30}}\b{_EDITED}\b|\b{_EDITED}\s+{_PIECE})",
    re.IGNORECASE,
)
"""The editors' account of how the piece itself was changed, an edit done: "Die reactie is in het artikel verwerkt.",
"De reactie van de provincie werd aangevuld in dit artikel."; a page that announces what it will hold speaks in the
future ("Het verslag zal aan het nieuwsbericht worden toegevoegd"), a law's article has its number ("in artikel 12")."""

OWN_OPINION = re.compile(
    r"\b(?:auteur|schrijver|schrijfster|columnist|gastauteur|schrijft|schreef|geschreven|stuk|bijdrage|column|opinie)\b"
    r"[^.!?]{0,60}\bop persoonlijke titel\b"
    r"|\b(?:geeft|geven|vertolkt|vertolken|weerspiegelt|weerspiegelen) niet (?:noodzakelijk(?:erwijs)? |per se |altijd )?"
    r"(?:het standpunt|de mening|de visie|de standpunten|de opvattingen?) (?:van|weer)\b",
    re.IGNORECASE,
)
"""The opinion page's disclaimer: "De auteur schreef dit stuk op persoonlijke titel.", "Opiniestukken geven niet
noodzakelijk het standpunt van de redactie weer."."""

COMMENT_RULES = re.compile(
    r"^(?:reageren|een reactie (?:plaatsen|achterlaten|geven)|reacties plaatsen|commentaar (?:geven|plaatsen))\b[^.!?]{0,40}"
    r"\b(?:niet (?:meer |langer )?(?:mogelijk|toegestaan|open)|gesloten|uitgeschakeld)"
    r"|\b(?:reactiemogelijkheid|reactiefunctie|reactieveld|reactiesectie|commentaarsectie)\b"
    r"|^om te (?:kunnen )?reageren\b[^.!?]{0,40}\b(?:ingelogd|aangemeld|inloggen|aanmelden|registreren|account|abonnee)\b"
    r"|^(?:reacties|commentaren|(?:je|jouw|uw) reactie)\b[^.!?]{0,100}\b(?:worden|wordt)\b[^.!?]{0,40}"
    r"\b(?:verwijderd|gemodereerd|gecontroleerd|nagelezen|geweigerd|beoordeeld|goedgekeurd)\b"
    r"|\b(?:reactieregels|reactiebeleid)\b",
    re.IGNORECASE,
)
"""The comment section's rules: "Reageren is niet meer mogelijk bij dit bericht.", "De reactiemogelijkheid is
gesloten.", "Om te reageren moet je ingelogd zijn.", "Reacties die beledigend zijn, worden verwijderd."."""

PAYWALL = re.compile(
    r"^(?:nog )?geen abonnee\b[^.!?]{0,40}\?"
    r"|^(?=.*\b(?:abonne\w*|abonnement\w*|log in|inloggen|aanmelden|registreer\w*|account)\b)"
    r".*\b(?:om|wil (?:je|u)|wilt u)\b[^.!?]{0,30}\b(?:dit|het|deze|alles|de rest)\b[^.!?]{0,30}\b(?:verder |volledig |helemaal )?(?:te )?lezen\b"
    r"|^.*\bom verder te lezen\b",
    re.IGNORECASE,
)
"""The paywall's pitch: "Nog geen abonnee? Probeer een maand gratis.", "Om dit artikel verder te lezen, heb je een
abonnement nodig.", "Log in of neem een abonnement om verder te lezen."."""

CONTRIBUTION = re.compile(r"^(?:met medewerking van|m\.m\.v\.)\s[^.!?,:;]{2,50}\.$", re.IGNORECASE)
"""Who helped write the article, alone on its line as a sentence: "Met medewerking van Belga.", "m.m.v. Els Smet."; a
heading of thanks has no stop ("Met dank aan onze partners")."""

SCREEN_NOTICE = re.compile(
    r"^(?:deze|dit) (?:video|inhoud|content|tweet|post|bericht|kaart|grafiek|embed|audiofragment|fragment|podcast|widget|"
    r"formulier|speler|element) (?:wordt geladen|kan (?:hier |momenteel |helaas |nu )?niet (?:worden )?(?:afgespeeld|weergegeven|"
    r"getoond|geladen)|is (?:hier |momenteel |helaas |nu )?niet (?:meer |langer )?beschikbaar)(?=[.!]?(?:\s+(?-i:[A-Z])|\s*$))"
    r"|^schakel javascript in\b|\bjavascript (?:is )?(?:uitgeschakeld|vereist|nodig)\b",
    re.IGNORECASE,
)
"""The notice that an embedded element cannot show on the reader's screen, its subject the page's own element named
with a demonstrative: "Deze video kan niet worden weergegeven.", "Deze inhoud is niet beschikbaar.", "Schakel
JavaScript in."; news of a removal names it with an article ("De podcast is niet meer beschikbaar op Spotify")."""

ASIDE_WORDS = 40
"""Words an aside runs to at most: a line of small print, never a paragraph of the story."""


def _bio(text: str) -> bool:
    """The line is the author's bio, of a person named in full or of "de auteur".

    >>> _bio("Jan Peeters is journalist bij de regioredactie."), _bio("Jan Peeters was hoofdredacteur van de krant.")
    (True, False)
    >>> _bio("De Lijn is verslaggever van niets."), _bio("De auteur is journalist en schrijft over sport.")
    (False, True)
    >>> _bio("Ine Maes is redacteur binnenland en schrijft over onderwijs."), _bio("Karel Wouters schrijft voor deze krant.")
    (True, True)
    """
    m = AUTHOR_BIO.match(text)
    return bool(m) and (is_full_name(m.group(1)) or bool(re.fullmatch(rf"(?i)de {_AUTHOR}", m.group(1))))


def aside_reason(text: str, words: int) -> RemovalReason | None:
    """The reason a line is one of the page's asides around its article, or None.

    >>> aside_reason("Nog geen abonnee? Probeer een maand gratis.", 7)
    'subscription prompt'
    >>> aside_reason("De stad stuurt bewoners elke maand een nieuwsbrief.", 8) is None
    True
    """
    # a subhead has no stop: every aside is said as a sentence, or asked
    if words > ASIDE_WORDS or re.search(r"[\"“”„«»]", text) or not shape.ends_sentence(text):
        return None
    if COMMENT_RULES.search(text):
        return "comments"
    if PAYWALL.search(text):
        return "subscription prompt"
    if _bio(text):
        return "byline in text"
    if SCREEN_NOTICE.search(text):
        return "share button"  # with the embedded post it stands for
    if EDITORS_NOTE.match(text) or OWN_OPINION.search(text) or EDITED_PIECE.search(text) or words <= 8 and CONTRIBUTION.match(text):
        return "source credit"
    return None
