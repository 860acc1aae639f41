"""The buttons and labels a news site sets around its articles, family by family, as whole lines.

A browser copy of a Dutch or Flemish news page carries them all: a share and print bar, "Meest gelezen" and
"Misschien ook interessant" blocks, an app and a paywall prompt, a comment box, a poll, a cookie wall, a player,
a gallery, a paid partner's label, an author box, a rating widget, "Tip de redactie", an update stamp, a live
blog's loader. Each family is written out with its common forms (verb forms, word orders, the articles and
pronouns a button takes) by what the language allows, not by what one site prints; each pattern must match the
whole line, and a line may take only a few words, so a sentence that uses the same words stays.
"""

from __future__ import annotations

import re

from ..model import RemovalReason

_OBJECT = (
    r"(?:(?:dit|deze|het|de|je|jouw|uw) )?(?:artikel|artikels|bericht|nieuwsbericht|persbericht|nieuwsartikel|"
    r"pagina|verhaal|video|foto|foto's|fotoreeks|podcast|aflevering|item|nieuwsitem|nieuws|blog|interview|column|reportage|link)"
)
"""What a share, print or save button acts on: "dit artikel", "deze pagina", "het verhaal"."""

_VIA = (
    r"(?:\s+(?:via|op|met|naar)(?:\s+(?:e-?mail|mail|sociale media|social media|(?:je|jouw|uw) (?:vrienden|familie|collega's|"
    r"kennissen|netwerk|volgers)|een vriend|vrienden|[\w-]+))?|\s+voor later)?"
)
"""Where a shared page goes, or when a saved one is read: "via e-mail", "op sociale media", "met je vrienden", "met uw
familie", "voor later"."""

_SHARE_BUTTON = re.compile(
    rf"(?:(?:deel|delen|share|print|printen|druk af|afdrukken|mail|mailen|e-?mail|e-?mailen|stuur|stuur door|"
    rf"doorsturen|bewaar|bewaren|opslaan|sla op|kopieer|kopiëren|download|downloaden|vertaal|vertalen)"
    rf" {_OBJECT}(?: door| op| af)?{_VIA}"
    rf"|{_OBJECT} (?:delen|printen|afdrukken|mailen|e-?mailen|doorsturen|bewaren|opslaan|opgeslagen|bewaard|"
    rf"gekopieerd|gedeeld|downloaden|vertalen){_VIA}"
    r"|(?:stuur door|doorsturen)(?: (?:naar|aan) (?:een vriend|vrienden|een kennis|een collega))?"
    r"|mailen|e-?mailen|opgeslagen|bewaard|gedeeld|lees later|later lezen|bewaar voor later|voor later bewaren"
    r"|(?:toevoegen|toegevoegd) aan (?:je|jouw|uw|mijn) (?:leeslijst|favorieten|bladwijzers)|(?:mijn )?leeslijst)",
    re.IGNORECASE,
)
"""A share, print, mail or save button: "Deel dit verhaal", "Artikel afdrukken", "Stuur dit artikel door",
"Stuur door naar een vriend", "Opgeslagen", "Toegevoegd aan je leeslijst"."""

_LIST_HEAD = re.compile(
    r"(?:meest (?:gelezen|bekeken|gedeeld|recent|besproken|populair|beluisterd)|(?:het )?nieuwste|zojuist binnen|"
    r"(?:het )?laatste nieuws|nu (?:populair|belangrijk|in het nieuws)|(?:misschien )?ook (?:interessant|leuk)"
    r"(?: voor (?:jou|u))?|(?:misschien )?(?:vind|vindt) (?:je|u) (?:dit|deze artikelen|deze artikels) ook "
    r"(?:leuk|interessant)|(?:dit|deze artikelen|deze artikels) (?:vind|vindt) (?:je|u) misschien ook (?:leuk|interessant)"
    r"|misschien (?:interessant|leuk) voor (?:jou|u)|anderen (?:lazen|lezen|bekeken|bekijken|keken) ook"
    r"|(?:ook|veel) (?:gelezen|bekeken|gedeeld)|mis (?:ook )?niet|niet te missen|(?:recent|eerder) (?:gepubliceerd|verschenen)"
    r"|gerelateerde? (?:artikelen|artikels|berichten|nieuws|items|verhalen|video's|links|onderwerpen|content)"
    r"|meer (?:in|uit|over) (?:deze|dit) (?:rubriek|categorie|sectie|dossier|thema|reeks|onderwerp)"
    r"|(?:meer|alle|andere) (?:video's|podcasts|fotoreeksen|afleveringen|columns|interviews)|ook in het nieuws)",
    re.IGNORECASE,
)
"""The head of a block of links to the site's other articles: "Meest gelezen", "Misschien ook interessant",
"Anderen lazen ook", "Gerelateerde artikelen", "Meer uit deze rubriek"."""

_APP = re.compile(
    r"(?:(?:download|installeer|open|bekijk|lees|luister)(?: (?:dit|het|deze) [\w-]+| verder)? in (?:de|onze) (?:[\w-]+[- ])?app"
    r"|(?:download|installeer|probeer) (?:nu )?(?:de|onze) (?:gratis )?(?:nieuws)?(?:[\w-]+[- ])?app"
    r"|(?:nu )?ook (?:in|via) (?:de|onze) app|verder lezen in de app|open (?:de )?app)",
    re.IGNORECASE,
)
"""An app's prompt: "Lees dit artikel in de app", "Installeer de app", "Open in de app"."""

_PAYWALL = re.compile(
    r"(?:word (?:nu |vandaag )?(?:abonnee|lid|premium-?lid|plus-?abonnee)(?: en lees (?:verder|alles|onbeperkt))?"
    r"|(?:neem|kies|bekijk) (?:nu )?(?:een|je|uw|onze|alle) abonnement(?:en)?|abonneer (?:je |jezelf |u )?(?:nu|hier|vandaag)"
    r"|lees (?:verder|alles|onbeperkt|het hele artikel) (?:met|als) (?:een |je |uw )?(?:abonnement|abonnee|plus|premium|account)"
    r"|(?:al|ben je al|bent u al) (?:abonnee|lid|geregistreerd)\?(?: log (?:dan )?in(?: om verder te lezen)?)?"
    r"|log in (?:of|en) (?:word abonnee|registreer(?: (?:je|u))?(?: gratis)?)|(?:registreer|meld) (?:je|u) (?:gratis )?(?:aan )?en lees verder"
    r"|probeer (?:nu )?(?:\w+ )?(?:\d+|een|één|twee|drie|vier) (?:dag|dagen|week|weken|maand|maanden) (?:gratis|voor \S+)"
    r"|(?:dit|dit is een) (?:premium|plus|abonnee)[- ]?(?:artikel|verhaal)|(?:premium|plus|abonnee)[- ]?(?:artikel|verhaal)"
    r"|(?:dit|het) (?:artikel|verhaal) is (?:alleen|exclusief|enkel|uitsluitend) (?:beschikbaar |toegankelijk |te lezen )?voor "
    r"(?:abonnees|leden|premium-?leden|plus-?abonnees)|ontgrendel (?:dit|het) (?:artikel|verhaal))",
    re.IGNORECASE,
)
"""A paywall's prompt: "Word nu abonnee", "Lees verder met een abonnement", "Al abonnee? Log in", "Probeer 1 maand
gratis", "Dit artikel is exclusief voor abonnees"."""

_COMMENT_BOX = re.compile(
    r"(?:(?:toon|bekijk|verberg|lees|open|sluit|laad|meer|alle) (?:(?:alle|de|\d+|meer) )?(?:reacties|opmerkingen|comments)"
    r"|(?:geef|laat|schrijf|plaats|post|verstuur|verzend|annuleer) (?:een|je|jouw|uw) (?:reactie|opmerking)(?: achter| hier)?"
    r"|reactie (?:annuleren|plaatsen|verzenden|versturen|toevoegen)|(?:er zijn )?(?:nog )?geen (?:reacties|opmerkingen)(?: geplaatst)?"
    r"|wees (?:de )?eerste (?:die reageert|om te reageren|met een reactie)|reageer (?:hier|nu|als eerste)"
    r"|(?:reageren|reacties plaatsen) is (?:niet )?(?:meer )?(?:mogelijk|gesloten)|(?:de )?reacties zijn (?:gesloten|uitgeschakeld)"
    r"|(?:de )?reactiemogelijkheid is (?:gesloten|uitgeschakeld)|meld (?:misbruik|deze reactie)|beantwoorden)",
    re.IGNORECASE,
)
"""A comment box's buttons and notices: "Toon reacties", "Laat een reactie achter", "Nog geen reacties", "Reageren
is niet meer mogelijk"."""

_POLL = re.compile(
    r"(?:stem (?:nu|mee|hier)|breng (?:je|uw) stem uit|(?:je|uw) stem is (?:uitgebracht|geteld|verwerkt|ontvangen)"
    r"|bedankt voor (?:je|jouw|uw) (?:stem|feedback|beoordeling|waardering)|bekijk (?:de )?(?:resultaten|uitslag)|poll)",
    re.IGNORECASE,
)
"""A poll's buttons and its thanks: "Stem nu", "Bedankt voor je stem", "Bekijk de resultaten"."""

_CONSENT = re.compile(
    r"(?:(?:beheer|wijzig|bewerk|pas|bekijk) (?:je |jouw |uw |de )?(?:cookie-?|privacy-?)?(?:voorkeuren|instellingen)(?: aan)?"
    r"|(?:cookie-?|privacy-?)?(?:voorkeuren|instellingen) (?:beheren|aanpassen|wijzigen|opslaan|bewaren)"
    r"|(?:cookie|privacy)-?(?:voorkeuren|instellingen|keuzes)|(?:uw|jouw|je) privacy|(?:keuze|selectie|voorkeuren) (?:opslaan|bevestigen)"
    r"|(?:alles|selectie) toestaan|toestaan|(?:alleen |enkel )?(?:noodzakelijke|functionele|analytische|marketing) cookies)",
    re.IGNORECASE,
)
"""A consent wall's buttons: "Voorkeuren beheren", "Cookievoorkeuren", "Uw privacy", "Selectie toestaan"."""

_MEDIA = (
    r"(?:video|video's|filmpjes?|fragment(?:en)?|beelden|reportages?|uitzending(?:en)?|aflevering(?:en)?|interviews?|podcasts?|"
    r"livestream|stream|foto's|fotoreeks|fotogalerij|galerij|fotoalbum|fotospecial)"
)
_PLAYER = re.compile(
    rf"(?:speel (?:(?:de|het|deze|dit) )?(?:video|fragment|aflevering|podcast) af|speel af|pauzeer|hervat|volume"
    rf"|(?:bekijk|kijk|herbekijk|beluister|luister(?: naar)?) (?:(?:de|het|deze|dit|onze|alle|volledige|hele|\d+) ){{0,2}}{_MEDIA}(?: hier| hieronder| opnieuw)?"
    rf"|(?:\d+ )?{_MEDIA} (?:bekijken|beluisteren|afspelen|starten|terugkijken)|kijk (?:live|terug|mee)|luister live|terugkijken|"
    r"herbekijk|(?:vorige|volgende) (?:foto|afbeelding|video)|sluit (?:de )?(?:galerij|fotogalerij|video)"
    r"|(?:(?:foto|afbeelding|beeld|dia|slide) ?)?\(?\d{1,2} ?(?:van|/) ?\d{1,2}\)?|fotoreeks|fotogalerij|fotoalbum|fotospecial"
    r"|(?:deze )?video is niet (?:meer )?beschikbaar|de video start (?:over|na) \d+ seconden?)",
    re.IGNORECASE,
)
"""A player's or a gallery's controls and labels: "Speel af", "Bekijk de video", "Beluister de podcast", "Kijk
terug", "Foto 1 van 12", "Sluit de galerij"."""

_PICTURE_KIND = re.compile(r"(?:archief|illustratie|stock|sfeer)(?:foto|beeld)|(?:foto|beeld) ter illustratie", re.IGNORECASE)
"""A picture's kind in place of its credit: "Archieffoto", "Illustratiebeeld", "Beeld ter illustratie"."""

_PAID = re.compile(
    r"(?:partner|gesponsorde|commerciële|betaalde)(?:bijdrage| bijdrage| content| inhoud| samenwerking| artikel)"
    r"|partnerbijdrage|in samenwerking met (?:onze )?partner|branded content|(?:advertentie|reclame) (?:sluiten|overslaan)"
    r"|sluit (?:de )?(?:advertentie|reclame)|(?:lees|scroll) verder (?:onder|na) (?:deze|de) (?:advertentie|reclame)",
    re.IGNORECASE,
)
"""A paid partner's label or an ad's button: "Partnerbijdrage", "Betaalde samenwerking", "Advertentie sluiten"."""

_AUTHOR_BOX = re.compile(
    r"(?:over de (?:auteurs?|schrijvers?|columnist|redacteur|journalist|fotograaf)"
    r"|(?:meer|alle) (?:(?:artikelen|artikels|berichten|bijdragen|columns|verhalen) )?van (?:deze|de(?:ze)?) "
    r"(?:auteur|schrijver|columnist|redacteur|journalist)"
    r"|(?:volg|ontvolg) (?:deze |de )?(?:auteur|schrijver|columnist|redacteur|journalist|onderwerp|rubriek|dossier)"
    r"|volg (?:dit|deze) (?:onderwerp|dossier|rubriek|thema)|ontvolgen|gevolgd"
    r"|volg (?:het )?(?:laatste )?nieuws (?:over|uit|van) (?:dit|deze) (?:onderwerp|dossier|rubriek|thema|regio|gemeente))",
    re.IGNORECASE,
)
"""An author box and a follow button: "Over de auteur", "Meer van deze auteur", "Volg deze auteur", "Volg dit
dossier"."""

_RATING = re.compile(
    r"(?:beoordeel (?:dit|deze|het) (?:artikel|bericht|pagina|verhaal)|geef (?:je|jouw|uw) (?:beoordeling|waardering)"
    r"|(?:hoe )?(?:beoordeel|waardeer) (?:je|jij|u) (?:dit|deze|het) (?:artikel|bericht|pagina|verhaal)\??"
    r"|wat (?:vond|vindt|vind) (?:je|jij|u) van (?:dit|deze|het) (?:artikel|bericht|pagina|verhaal)\??"
    r"|(?:vond|vindt|vind) (?:je|jij|u) (?:dit|deze|het) (?:artikel|bericht|pagina|verhaal) (?:nuttig|interessant|goed|leuk|handig)\??"
    r"|\d(?:[.,]\d)? (?:van de|uit|op) 5 sterren)",
    re.IGNORECASE,
)
"""A rating widget: "Beoordeel dit artikel", "Wat vond je van dit artikel?", "4,5 van de 5 sterren"."""

_TIP = re.compile(
    r"(?:tip (?:ons|de redactie|onze redactie)|tips?\?|(?:heb|hebt|heeft) (?:je|jij|u) (?:een|nog een)? ?(?:tip|nieuwstip|tips)"
    r"(?: voor (?:de|onze|ons) (?:redactie|journalisten))?\??|(?:mail|contacteer|bel) (?:de|onze) redactie"
    r"|stuur (?:ons )?(?:je|jouw|uw|een) (?:tip|nieuwstip|tips)(?: in| door)?|tips? voor de redactie|nieuwstip)",
    re.IGNORECASE,
)
"""A newsroom's call for tips: "Tip ons", "Heb je een tip voor de redactie?", "Mail de redactie"."""

_CORRECTION = re.compile(r"(?:correctie|rectificatie|erratum)", re.IGNORECASE)
"""A correction notice's label alone on its line: "Correctie:", "Rectificatie"."""

_CORRECTED = re.compile(
    r"(?:(?:correctie|rectificatie|noot van de redactie)\s*:\s*)?(?:(?:in )?een eerdere versie van (?:dit|het) "
    r"(?:artikel|bericht|stuk|verhaal)\b[^!?]*|dit (?:artikel|bericht|stuk|verhaal) (?:is|werd) "
    r"(?:aangepast|gecorrigeerd|bijgewerkt|gewijzigd|geactualiseerd)(?: (?:op|om) [\w :.-]{1,30}|\s*:\s+[^!?]*)?)",
    re.IGNORECASE,
)
"""A correction notice: "In een eerdere versie van dit artikel stond ...", "Dit artikel is aangepast om 14.20 uur."; an
article of a law that was changed goes on to say how ("Dit artikel is gewijzigd bij de wet van ...")."""

_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?: uur| u)?|\d{1,2}[uh]\d{2})"
"""A clock time as a stamp writes it: "14:32", "14.32 uur", or the Flemish "18u05" and "14h30"."""

_STAMP = re.compile(
    r"(?:(?:pagina |deze pagina is )?(?:voor het )?laatste? (?:wijziging|bijgewerkt|aangepast|gewijzigd)(?: op)?:? "
    rf"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{1,2}} [a-z]+ \d{{4}})(?: (?:om )?{_CLOCK})?"
    r"|(?:laatst )?(?:bijgewerkt|aangepast|gewijzigd|geüpdatet|geupdatet|geactualiseerd)|(?:laatste )?update)"
    rf"(?: (?:op|om))?:?(?: (?:vandaag|gisteren|eergisteren),?)?(?: (?:om )?{_CLOCK})?"
    rf"|(?:vandaag|gisteren|eergisteren|\d{{1,2}}/\d{{1,2}}),? (?:om )?{_CLOCK}"
    r"|(?:(?:bijgewerkt|geplaatst|gepubliceerd|aangepast) )?(?:\d+|een|één) (?:seconden?|minuut|minuten|min\.?|uur|uren|dag|dagen|week|weken)"
    r" geleden",
    re.IGNORECASE,
)
"""An update stamp: "Bijgewerkt om 14:32", "Laatste update: 12:03", "Vandaag, 14:32", "14/04 08:31", "2 uur geleden"."""

_STAMP_BREAK = re.compile(r"\s+[-–—|·•]\s+")
"""Where a page sets its stamps side by side: "Gisteren, 22:15 - Bijgewerkt vandaag, 07:30"."""


def _stamps_only(text: str) -> bool:
    """Two or more stamps side by side, nothing else: when the article was posted and when it was updated.

    >>> _stamps_only("Gisteren, 22:15 - Bijgewerkt vandaag, 07:30"), _stamps_only("Gisteren, 22:15 - de brug gaat open")
    (True, False)
    """
    parts = _STAMP_BREAK.split(text)
    return len(parts) >= 2 and all(_STAMP.fullmatch(part) for part in parts)

_LIVE = re.compile(
    r"(?:live|liveblog|live blog|live-blog|nu live|live:|(?:volg|bekijk) (?:het |ons |onze |de )?(?:liveblog|live blog|livestream)"
    r"|volg (?:alles|het (?:nieuws|debat|proces|verloop|duel|weekend)|de wedstrijd) live|(?:toon |laad |bekijk )?(?:\d+ )?nieuwe? "
    r"(?:berichten|updates|bericht|update)|er (?:zijn|is) (?:\d+ )?nieuwe? (?:berichten|updates|bericht|update)"
    r"|(?:laad|toon) (?:meer|oudere|eerdere) (?:berichten|updates)|meer laden|(?:dit|het) liveblog (?:is|wordt) "
    r"(?:gesloten|beëindigd|afgelopen|niet meer bijgewerkt)|vastgepind(?: bericht)?|vastgezet(?: bericht)?)",
    re.IGNORECASE,
)
"""A live blog's chrome: "Liveblog", "Volg het liveblog", "Toon 3 nieuwe berichten", "Laad meer updates",
"Vastgepind bericht"."""

_ALERTS = re.compile(
    r"(?:zet (?:de )?(?:meldingen|notificaties|pushberichten) aan|(?:ontvang|activeer) (?:(?:de|onze) )?(?:push)?"
    r"(?:meldingen|notificaties|pushberichten|berichten)|(?:push)?meldingen (?:aan|uit)|scroll (?:verder|door|naar (?:beneden|onder|boven))"
    r"|(?:spring|ga|ga direct|ga meteen|direct|meteen) naar (?:de )?(?:hoofd)?(?:inhoud|content|navigatie|menu|footer|zoekveld)"
    r"|(?:wil (?:je|jij|u) )?(?:altijd )?op de hoogte blijven\??|(?:tags|trefwoorden|sleutelwoorden|kernwoorden|labels|zoektermen|onderwerpen|thema['’]s)\s*:?)",
    re.IGNORECASE,
)
"""Alert prompts, scroll hints and skip links: "Zet meldingen aan", "Scroll verder", "Spring naar inhoud"; a tag box's
head alone, in each of its names ("Tags", "Trefwoorden", "Onderwerpen", "Thema's")."""

_MEDIUM_LABEL = re.compile(
    r"(?:video|video's|audio|podcast|livestream|infographic|foto's|breaking(?: news)?|exclusief)", re.IGNORECASE
)
"""The label a page sets over an embedded player or picture set, or a story's flag, alone on its line: "Video",
"Podcast", "Infographic", "Exclusief"; never a subhead, which says what its part is about."""

_PAGES = r"(?:nieuws|pers)?(?:berichten|artikelen|artikels|items)|nieuws"
_SITE_NAVIGATION = re.compile(
    rf"(?:(?:terug )?naar (?:het |de )?(?:nieuws|pers)?overzicht|(?:terug )?naar (?:alle|de|het) (?:{_PAGES})"
    rf"|(?:alle|overzicht|bekijk alle|toon alle) (?:{_PAGES})|(?:{_PAGES})[- ]?archief|nieuwsarchief|persarchief"
    r"|(?:vorig|volgend|vorige|volgende) (?:persbericht|nieuwsbericht|nieuwsitem|bericht|item)|toon (?:alle|alles)"
    r"|(?:sluit|open|toon|verberg) (?:het )?(?:hoofd)?menu|(?:hoofd)?menu (?:openen|sluiten|tonen|verbergen)|zoekveld"
    r"|gerelateerde (?:documenten|publicaties|pagina's|downloads|diensten|producten|thema's)"
    r"|lees (?:het|de|dit) (?:volledige |hele |originele )?(?:persbericht|nieuwsbericht|bericht|artikel))",
    re.IGNORECASE,
)
"""A site's own links and menu buttons: "Naar het nieuwsoverzicht", "Alle nieuwsberichten", "Volgend persbericht",
"Menu openen", "Gerelateerde documenten", "Lees het persbericht"."""

_FEEDBACK = re.compile(
    r"(?:(?:geef|stuur) (?:ons )?(?:je |jouw |uw )?feedback(?: over (?:deze|dit) (?:pagina|artikel|bericht))?|feedback geven"
    r"|(?:een )?fout (?:op|in) (?:deze|dit) (?:pagina|artikel|bericht)(?: gezien| melden)?\??"
    r"|(?:iets|klopt er iets) niet (?:in orde |juist |correct )?op (?:deze|dit) (?:pagina|artikel|bericht)\??"
    r"|meld een fout(?: op (?:deze|dit) (?:pagina|artikel|bericht))?|reageren\?"
    r"|vragen over (?:dit|deze) (?:bericht|artikel|persbericht|nieuwsbericht|pagina)\?)",
    re.IGNORECASE,
)
"""A feedback box: "Geef feedback over deze pagina", "Fout op deze pagina?", "Vragen over dit bericht?"."""

_YOU = r"(?:u|je|jij)"
_NEEDED = rf"{_YOU} (?:zocht|zoekt|nodig had|nodig hebt|nodig heeft)"
_SOUGHT = rf"(?:(?:alles )?wat {_NEEDED}|(?:de|alle) (?:informatie|antwoorden|info)(?: (?:die|waarnaar) {_NEEDED})?|het antwoord)"
_FOUND = re.compile(
    rf"(?:(?:heeft|hebt|heb|had) {_YOU} (?:niet )?(?:gevonden {_SOUGHT}|{_SOUGHT} (?:niet )?gevonden)"
    rf"|(?:vond|vindt|vind) {_YOU} (?:niet )?{_SOUGHT}|(?:niet )?gevonden {_SOUGHT}"
    rf"|(?:kon|kan|kunt|kun) {_YOU} (?:niet )?(?:vinden {_SOUGHT}|{_SOUGHT} (?:niet )?vinden)"
    r"|(?:staat|stond) (?:uw|jouw|je) (?:vraag|antwoord) er (?:niet )?(?:tussen|bij)"
    rf"|(?:hebben|heeft) (?:we|wij) (?:{_YOU}|jou) (?:hiermee |voldoende |goed )?(?:geholpen|kunnen helpen)"
    rf"|(?:konden|kunnen|kon|kan) (?:we|wij) (?:{_YOU}|jou) (?:hiermee |voldoende |goed )?helpen)\??",
    re.IGNORECASE,
)
"""A search page's or help page's closing question, every person and tense: "Vond u wat u zocht?", "Heb je gevonden
wat je zocht?", "Niet gevonden wat je zoekt?", "Kunt u de informatie niet vinden?", "Hebben we je geholpen?"."""

_REQUIRED = re.compile(
    r"(?:\(?\*\)?\s*)?(?:(?:verplichte|vereiste) (?:velden|vakken|veld|vak)(?: (?:zijn|is) (?:gemarkeerd|aangeduid|"
    r"aangegeven) met (?:een )?(?:\(?\*\)?|sterretje))?|(?:velden|vakken|gegevens) (?:met|gemarkeerd met|aangeduid met|"
    r"voorzien van) (?:een )?(?:\(?\*\)?|sterretje) (?:zijn|is) (?:verplicht|vereist)(?: in te vullen)?"
    r"|verplicht (?:veld|in te vullen))\s*\*?|\(?\*\)?\s*=?\s*(?:verplicht|vereist)",
    re.IGNORECASE,
)
"""A form's note on its required fields: "Vereiste velden zijn gemarkeerd met *", "Velden met een * zijn verplicht",
"* Verplicht veld"."""

_YOUR = r"(?:uw|je|jouw|jullie)"
_COMMENT_FORM = re.compile(
    rf"(?:(?:alle |de )?reacties worden (?:eerst |vooraf )?(?:gemodereerd|gecontroleerd|nagelezen|goedgekeurd)"
    rf"(?: voor (?:ze|zij) (?:online )?(?:verschijnen|worden geplaatst|gepubliceerd worden))?"
    rf"|{_YOUR} (?:reactie|opmerking|bericht) (?:wordt|moet) (?:eerst |nog )?(?:gemodereerd|goedgekeurd|gecontroleerd)(?: worden)?"
    rf"|{_YOUR} (?:reactie|opmerking) wacht op (?:moderatie|goedkeuring)"
    rf"|(?:het|je|uw|jouw) e-?mail(?:adres)? wordt niet (?:gepubliceerd|getoond|weergegeven|openbaar gemaakt)"
    rf"|(?:je|u|jij) (?:moet|dient) (?:ingelogd|aangemeld) (?:te )?(?:zijn|worden) om (?:een reactie te (?:plaatsen|geven)|te reageren)"
    rf"|om (?:een reactie te (?:plaatsen|geven)|te reageren) (?:moet|dien) (?:je|u|jij) (?:ingelogd|aangemeld) (?:te )?zijn"
    rf"|(?:log|meld) (?:je |u )?(?:in|aan) om (?:een reactie te (?:plaatsen|geven)|te reageren)"
    rf"|(?:bedankt|dank (?:je|u)(?: wel)?) voor {_YOUR} (?:reactie|opmerking|feedback|bericht|beoordeling|inschrijving)"
    rf"|dit (?:veld|vak) is (?:verplicht|vereist)(?: in te vullen)?)",
    re.IGNORECASE,
)
"""A comment form's notices: "Reacties worden eerst gemodereerd", "Je moet ingelogd zijn om een reactie te plaatsen",
"Het e-mailadres wordt niet gepubliceerd", "Bedankt voor uw reactie", "Dit veld is verplicht"."""

_PAGE_AGE = re.compile(
    r"(?:let op:? )?(?:dit|deze) (?:is een )?(?:archief(?:pagina|bericht|artikel)?|gearchiveerde? (?:pagina|bericht|artikel|nieuwsbericht))"
    r"|(?:let op:? )?(?:dit|deze|het) (?:informatie|pagina|bericht|artikel|nieuwsbericht|persbericht|item) (?:is|kan) "
    r"(?:mogelijk |inmiddels |misschien )?(?:verouderd|niet (?:meer )?actueel|gearchiveerd|(?:meer dan|ouder dan) "
    r"(?:een|één|\d+) (?:jaar|jaren|maanden)(?: oud)?|(?:meer dan )?(?:een|één|\d+) (?:jaar|jaren|maanden) oud)"
    r"(?: en (?:mogelijk|misschien|inmiddels) (?:verouderd|niet meer actueel))?"
    r"|(?:dit|deze|het) (?:informatie|pagina|bericht|artikel|nieuwsbericht) (?:is|kan) (?:mogelijk )?(?:niet meer|verouderd) (?:actueel|zijn)",
    re.IGNORECASE,
)
"""A page's age notice: "Dit is een archiefpagina", "Deze informatie is mogelijk verouderd", "Let op: dit bericht is
meer dan een jaar oud"."""

_IMPROVE = re.compile(
    r"(?:(?:hoe|wat) (?:kunnen|kan) (?:we|wij|ik) (?:aan )?(?:deze|dit|onze|de) (?:pagina|website|site|artikel|informatie) "
    r"(?:verbeteren|beter maken)|(?:kunnen|kan) (?:we|wij) (?:deze|dit|onze|de) (?:pagina|website|site|informatie) "
    r"(?:verbeteren|beter maken)|help (?:ons|mee) (?:deze|dit|onze|de) (?:pagina|website|site|informatie) "
    r"(?:te )?(?:verbeteren|beter (?:te )?maken))\??",
    re.IGNORECASE,
)
"""A feedback box's question: "Hoe kunnen we deze pagina verbeteren?", "Help ons deze website te verbeteren"."""

_TRY_AGAIN = r"probeer (?:het )?(?:later |straks )?(?:opnieuw|nog eens|nogmaals)(?: later)?"
_FORM_STATUS = re.compile(
    rf"(?:(?:oeps[,!.]? )?(?:er (?:is|ging) iets (?:mis|fout)(?: gegaan)?|er is een fout opgetreden)(?:[.!,]? {_TRY_AGAIN})?"
    rf"|{_TRY_AGAIN}|(?:je|u|jij) (?:bent|is) (?:nu |succesvol |met succes |al )?(?:ingeschreven|aangemeld|uitgeschreven|afgemeld)"
    r"(?: (?:voor|op) (?:de|onze) nieuwsbrief)?|(?:je|uw|jouw) (?:inschrijving|aanmelding) is (?:gelukt|geslaagd|ontvangen))",
    re.IGNORECASE,
)
"""A form's answer after sending: "Er ging iets mis. Probeer het later opnieuw.", "Je bent nu ingeschreven"."""

_DURATION = (
    r"(?:\d{1,2}:)?\d{1,2}:\d{2}|\d{1,3}\s*(?:min|minuten|minuut|sec|seconden|s)\.?(?:\s*\d{1,2}\s*(?:sec|seconden|s)\.?)?"
)
"""A player's running time: "02:13", "1:23:45", "12 min.", "2 min. 41 sec."."""
_MEDIUM = r"(?:video|audio|podcast|fragment|aflevering|(?:be)?luister|(?:be)?kijk|speel af|afspelen)"
_RUNNING_TIME = re.compile(
    rf"(?:{_MEDIUM}\s*[:|·–-]?\s*)?[(\[]\s*(?:{_DURATION})\s*[)\]]|{_MEDIUM}\s*[:|·–-]?\s*(?:{_DURATION})"
    r"|\d{1,2}:\d{2}:\d{2}",
    re.IGNORECASE,
)
"""A player's label and running time, or a running time in brackets or with its hours: "Video 02:13", "Beluister
(12 min)", "(2:13)", "1:23:45"; a bare "14:32" is a clock time, which a live blog sets over its entry."""

_PLAYED = re.compile(rf"[▶►▸]\s*[(\[]?\s*(?:{_DURATION})\s*[)\]]?")
"""A play sign and the running time it starts: "▶ 02:13"."""

_GOALS = r"\d{1,2}\s*[-–]\s*\d{1,2}"
_SIDE = r"(?-i:[A-ZÀ-Þ][\w.'’&-]*(?:\s+(?:[A-ZÀ-Þ\d][\w.'’&-]*|[a-z]{1,3})){0,3})"
_SCORE = re.compile(
    rf"(?:eindstand|einduitslag|uitslag|ruststand|rust|tussenstand|stand|score|na verlenging|strafschoppen|ns|nv)"
    rf"\s*:?\s*{_GOALS}(?:\s*\(\s*{_GOALS}\s*\))?"
    rf"|{_SIDE}\s+\d{{1,2}}\s+[-–]\s+\d{{1,2}}\s+{_SIDE}|{_SIDE}\s+[-–]\s+{_SIDE}\s+{_GOALS}(?:\s*\(\s*{_GOALS}\s*\))?",
    re.IGNORECASE,
)
"""A match's result row: the score labelled ("Eindstand: 2-1", "Rust: 1-0") or between or after the two sides
("Club Brugge 2 - 1 Anderlecht", "Ajax - PSV 2-1 (1-0)"); a headline says who won ("Ajax wint met 2-1"). Between
the sides the score's dash stands apart, as a scoreboard sets it: a range in a label is written close ("Groep 1-2 Juf Anna")."""

_SIGNED = r"(?:[▲▼]\s*[+−-]?|[+−-])\d[\d.]*(?:,\d+)?\s*%|(?:[▲▼]\s*[+−-]?|[+−-])\d[\d.]*,\d+"
"""A change with its sign or arrow set against it, in a percentage or with decimals ("+0,34%", "▲ 0,5%", "-12,5"): not a
dash between a label and a year ("Week 14 - 2019")."""
_TICKER = re.compile(
    rf"(?-i:[A-Z][\w&/.-]*(?:\s[A-Z][\w&/.-]*){{0,2}})(?:\s+\d[\d.,]*)?\s+(?:{_SIGNED})(?:\s+(?:{_SIGNED}|\d[\d.,]*\s*%))?"
    r"|(?-i:[A-Z]{3}/[A-Z]{3})\s+\d[\d.,]*(?:\s+(?:" + _SIGNED + r"))?",
)
"""A market ticker's row: an index or a rate, its level and its change, signed or by an arrow ("Dow Jones +0,5%",
"AEX 812,3 ▲ 0,5%", "EUR/USD 1,0845"); a figure without a sign ("Inflatie 3,2%") may be a chart's subhead."""

_PORTAL = re.compile(
    r"(?-i:Mijn [A-Z][\w-]+)|mijn (?:omgeving|dossier|loket|pagina|berichten|instellingen|favorieten|bestellingen|aanvragen)",
    re.IGNORECASE,
)
"""The link to a site's own portal for the signed-in reader, by the site's or the city's name or by what it holds:
"Mijn Zandhoven", "Mijn dossier", "Mijn loket" (one glued into a word, "MijnGemeente", goes by the rule for glued
labels)."""

_FAMILIES: tuple[tuple[RemovalReason, int, re.Pattern[str]], ...] = (
    ("share button", 8, _SHARE_BUTTON),
    ("teaser list", 8, _LIST_HEAD),
    ("subscription prompt", 10, _APP),
    ("subscription prompt", 14, _PAYWALL),
    ("comments", 8, _COMMENT_BOX),
    ("poll", 6, _POLL),
    ("cookie banner", 6, _CONSENT),
    ("call to action", 8, _PLAYER),
    ("photo credit", 4, _PICTURE_KIND),
    ("ad marker", 8, _PAID),
    ("navigation", 9, _AUTHOR_BOX),
    ("call to action", 10, _RATING),
    ("call to action", 12, _TIP),
    ("navigation", 1, _CORRECTION),
    ("date line", 8, _STAMP),
    ("navigation", 10, _LIVE),
    ("navigation", 8, _ALERTS),
    ("navigation", 2, _PORTAL),
    ("call to action", 2, _MEDIUM_LABEL),
    ("source credit", 40, _CORRECTED),
    ("navigation", 6, _SITE_NAVIGATION),
    ("call to action", 10, _FEEDBACK),
    ("call to action", 12, _FOUND),
    ("comments", 12, _REQUIRED),
    ("comments", 16, _COMMENT_FORM),
    ("navigation", 14, _PAGE_AGE),
    ("call to action", 10, _IMPROVE),
    ("newsletter", 12, _FORM_STATUS),
    ("call to action", 5, _RUNNING_TIME),
    ("infobox", 10, _SCORE),
    ("infobox", 8, _TICKER),
)
"""Each family with its reason and the most words its line may have."""

_TRIM = re.compile(r"^[\s>›»<‹«←→▶►▸↗+•·|\-–—]+|\s*\((?:\d+|[A-Z]{2})\)$|[\s>›»→↗.:!|-]+$")


def bare(line: str) -> str:
    """The line as a button reads, without its arrow glyphs, dashes, closing stop and colon, or a count or language
    code in brackets after it.

    >>> bare("» Lees later."), bare("▶ Speel af"), bare("Correctie:"), bare("— Reacties (12)"), bare("Lees meer (NL)")
    ('Lees later', 'Speel af', 'Correctie', 'Reacties', 'Lees meer')
    """
    return _TRIM.sub("", line).replace("’", "'")


def news_widget_reason(line: str, words: int) -> RemovalReason | None:
    """The reason a whole line is one of a news site's buttons or labels, or None.

    >>> news_widget_reason("Deel dit verhaal", 3), news_widget_reason("Anderen lazen ook", 3)
    ('share button', 'teaser list')
    >>> news_widget_reason("Deel dit verhaal met de buren, vroeg de burgemeester.", 9) is None
    True
    >>> news_widget_reason("▶ 02:13", 2), news_widget_reason("Eindstand: 2-1", 2), news_widget_reason("Dow Jones +0,5%", 3)
    ('call to action', 'infobox', 'infobox')
    >>> news_widget_reason("14:32", 1), news_widget_reason("Ajax wint met 2-1 van PSV", 6), news_widget_reason("Inflatie 3,2%", 2)
    (None, None, None)
    """
    if _PLAYED.fullmatch(line.strip()):
        return "call to action"
    text = bare(line)
    if words <= 12 and _stamps_only(text):
        return "date line"
    for reason, most, pattern in _FAMILIES:
        if words <= most and pattern.fullmatch(text):
            return reason
    return None


def is_player_line(line: str) -> bool:
    """A player's or a picture set's own line: its label ("Video", "Fotoreeks"), a control ("Bekijk de video",
    "Speel af") or its running time with a label, brackets or a play sign ("Video 02:13", "(2:13)", "▶ 02:13"); the
    line next to it names what it plays. A bare "14:32" is a live blog's clock time, not a running time.

    >>> is_player_line("Video"), is_player_line("Bekijk de video"), is_player_line("Video 01:24"), is_player_line("(2:13)")
    (True, True, True, True)
    >>> is_player_line("12 foto's"), is_player_line("Fotoreeks (24 foto's)"), is_player_line("12 miljoen euro")
    (True, True, False)
    >>> is_player_line("14:32"), is_player_line("14/06"), is_player_line("Zo ziet de brug eruit"), is_player_line("Exclusief")
    (False, False, False, False)
    """
    text = bare(line)
    if _PLAYED.fullmatch(line.strip()) or _RUNNING_TIME.fullmatch(text) or _PICTURE_COUNT.fullmatch(text):
        return True
    if _PLAYER.fullmatch(text):
        return len(text.split()) <= 8 and re.search(r"[^\W\d_]", text) is not None  # "14/06" is a date, no counter
    return _MEDIUM_LABEL.fullmatch(text) is not None and text.lower() not in ("breaking", "breaking news", "exclusief")


_PICTURE_COUNT = re.compile(
    r"(?:(?:fotoreeks|fotogalerij|fotoalbum|fotospecial|galerij)\s*[:|·–-]?\s*)?\(?\d{1,3}\s+(?:foto's|fotos|foto|beelden|afbeeldingen)\)?",
    re.IGNORECASE,
)
"""A picture set's count, alone or after its label: "12 foto's", "Fotoreeks (24 foto's)"."""


def is_player_label(line: str) -> bool:
    """The bare label a page sets over a player's or a picture set's card, whose title follows: "Video", "Podcast",
    "Fotoreeks", "Foto's"; not a control ("Bekijk de video"), which stands in for the player itself.

    >>> is_player_label("Video"), is_player_label("Fotoreeks"), is_player_label("Bekijk de video"), is_player_label("Exclusief")
    (True, True, False, False)
    """
    return _CARD_LABEL.fullmatch(bare(line)) is not None


_CARD_LABEL = re.compile(r"(?:video|video's|audio|podcast|infographic|foto's|fotoreeks|fotogalerij|fotoalbum|fotospecial)", re.IGNORECASE)
"""The kinds of media a card's label names (the flags "Exclusief", "Breaking" head no player)."""
