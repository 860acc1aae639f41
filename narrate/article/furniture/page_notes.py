"""The page's own notes around and inside an article, said as whole sentences to the reader: what kind of piece it
is ("Dit is een ingezonden opinie."), where it appeared before, the newsroom's disclaimer, the invitation to react,
the podcast, donation, helpline and vacancy prompts. Each family is written out in its forms with ``u`` and ``je``,
present and imperative, by what the language allows.

A line is cut only when every sentence in it belongs to these families. Some sentences say nothing of the page on
their own (a question to the reader: "Wat vind jij?", "Zit je ergens mee?"): they are cut only beside one that does,
or beside a prompt that names the comment box or a helpline ("Laat een reactie achter.", "Praat erover."). A bare
"Laat het ons weten." stays: a city's page asks its readers' view on the article's own subject that way.
"""

from __future__ import annotations

import re

from ..model import RemovalReason
from ..people import is_full_name

_YOU = r"(?:je|jij|u)"
_YOUR = r"(?:je|jouw|uw)"
_TAIL = r"(?: [^.!?]{1,50})?"
_WHO = r"(?: van [^.!?,;:]{1,40})?"

_LABEL = (
    r"(?:opinie|opiniestuk|opiniebijdrage|opinieartikel|column|gastcolumn|gastbijdrage|gastblog|gastopinie|lezersbrief|"
    r"advertorial|partnerbijdrage|vrije tribune|open brief)"
)
"""The kinds of piece a page labels as not its newsroom's own reporting."""

_SENT_IN = r"(?:ingezonden|betaalde|gesponsorde|externe)"
_PIECE = (
    r"(?:artikel|stuk|verhaal|interview|gesprek|column|bijdrage|tekst|opiniestuk|recensie|reportage|bericht|portret|"
    r"blog|essay|analyse|podcast|aflevering)"
)
_EARLIER = r"(?:eerder|oorspronkelijk|ook|al|eveneens|tevens|eerst)(?: al)?"
_PUBLISHED = r"(?:verschenen|gepubliceerd|geplaatst|uitgezonden)"
_WRITERS = r"(?:auteur|auteurs|schrijver|schrijvers|schrijfster|columnist|redactie|hoofdredactie|krant|uitgever|omroep)"
_WRONGLY = r"eerder|aanvankelijk|abusievelijk|ten onrechte|foutief|per abuis|verkeerdelijk"
_OWN = r"(?:niet|geen|uitsluitend|alleen|enkel|persoonlijk|eigen)"

_HELPLINE = r"(?:113|0800[- ]?0113|1813|106|1712|102|116 ?111)"
"""The numbers of the helplines a page names under a piece on suicide, abuse or distress (113, Tele-Onthaal 106, the
Zelfmoordlijn 1813, ...)."""

_NOTES: tuple[tuple[RemovalReason, re.Pattern[str]], ...] = tuple((reason, re.compile(pattern)) for reason, pattern in (
    # the piece's kind: "Dit is een ingezonden opinie", "Dit artikel is een column van Els Smet", "Ingezonden brief"
    ("source credit", rf"(?:dit|het|(?:dit|deze) (?:artikel|stuk|tekst|bijdrage|blog|bericht)) is (?:een|het) "
                      rf"(?:{_SENT_IN} (?:{_LABEL}|brief|stuk|bijdrage|tekst|artikel|bericht)|{_LABEL}){_WHO}"),
    ("source credit", rf"{_SENT_IN} (?:opinie|opiniestuk|brief|stuk|bijdrage|column)"),
    # where it appeared before: "Dit stuk werd eerder gepubliceerd in ...", "Eerder verschenen in ..."
    ("source credit", rf"(?:dit|deze) {_PIECE} (?:verscheen|verschijnt|is|werd|stond) {_EARLIER} (?:{_PUBLISHED} )?"
                      rf"(?:in|op|bij|als) [^!?]{{1,80}}"),
    ("source credit", rf"(?:dit|deze) {_PIECE} (?:is|werd) {_EARLIER} (?:in|op|bij) [^.!?]{{1,60}} {_PUBLISHED}"),
    ("source credit", rf"{_EARLIER} {_PUBLISHED} (?:in|op|bij) [^!?]{{1,80}}"),
    # the disclaimer: "De meningen in dit stuk zijn die van de auteur", "De redactie is niet verantwoordelijk voor ..."
    ("source credit", rf"(?:de |het )?(?:mening|meningen|standpunt|standpunten|opvatting|opvattingen|visie|ideeën|inhoud)"
                      rf"\b(?=[^.!?]*\b(?:{_OWN}|die|dat)\b)[^.!?]{{0,80}}\b(?:van|door) (?:de |het )?{_WRITERS}"
                      rf"(?: weer| en niet [^.!?]{{1,40}})?"),
    # the correction: "Eerder stond in dit artikel dat ...", "In dit artikel stond abusievelijk ..."
    ("source credit", rf"(?:{_WRONGLY}) stond (?:er )?in dit (?:artikel|bericht|stuk|verhaal)\b[^!?]*"),
    ("source credit", rf"in dit (?:artikel|bericht|stuk|verhaal) stond (?:er )?(?:{_WRONGLY})\b[^!?]*"),
    ("source credit", r"(?:de )?(?:redactie|hoofdredactie|uitgever|uitgeverij|webredactie|beheerder|webmaster)s? (?:is|zijn|kan|kunnen|"
                      r"draagt|dragen|aanvaardt|aanvaarden|stelt|stellen) (?:zich )?(?:niet|geen)(?: \w+){0,3} (?:verantwoordelijk|"
                      r"aansprakelijk|verantwoordelijkheid|aansprakelijkheid)\b[^!?]{0,80}"),
    ("source credit", r"(?:de )?(?:redactie|hoofdredactie|uitgever|uitgeverij|webredactie) (?:behoudt|behouden) zich het recht (?:voor )?[^!?]{0,80}"),
    ("source credit", r"de inhoud van (?:dit|deze) (?:artikel|tekst|bijdrage|advertorial|pagina|rubriek|stuk|bericht) (?:valt|is) "
                      r"(?:onder|voor) (?:de )?(?:(?:volledige |uitsluitende |eigen )?verantwoordelijkheid|rekening) van [^!?]{1,60}"),
    # the invitation to react, with where: "Laat het weten in de reacties", "Praat mee en deel je mening hieronder"
    ("comments", rf"(?:laat (?:het )?(?:ons )?weten|reageer|laat (?:een|{_YOUR}) (?:reactie|mening|bericht|berichtje|comment) achter"
                 rf"|deel {_YOUR} (?:mening|reactie|ervaring|ervaringen|verhaal)|geef {_YOUR} (?:mening|reactie)|praat mee|discussieer mee)"
                 rf"(?: en (?:deel|laat|geef|reageer|praat)[^.!?]{{1,50}})?"
                 r" (?:hieronder|in de (?:reacties|comments|reactiesectie|commentaren)|onder (?:dit|het) (?:artikel|bericht|stuk))[^.!?]{0,30}"),
    # the podcast: "Luister naar onze podcast via Spotify", "Beluister de volledige aflevering in je podcastapp"
    ("call to action", rf"(?:be)?luister (?:naar )?(?:onze|de volledige|de hele|het hele|alle|dit|deze|de nieuwe) (?:[\w-]+ )?"
                       rf"(?:podcast|podcasts|aflevering|afleveringen|artikel|gesprek|interview|reeks)(?: [^.!?]{{1,30}})?"
                       rf" (?:via|in|op|bij) (?:{_YOUR} |de |alle |elke )?[^.!?]{{1,50}}"),
    ("call to action", r"(?:be)?luister (?:dit|het) (?:artikel|verhaal|bericht)"),
    # donation: "Steun onafhankelijke journalistiek en word abonnee", "Help ons om dit werk te blijven doen"
    ("call to action", r"steun (?:onze |onafhankelijke |lokale |kritische |goede |vrije )*(?:kwaliteits)?(?:journalistiek|redactie)"
                       r"(?: (?:en|met) [^.!?]{1,50})?"),
    ("call to action", r"steun ons(?: werk)? (?:met|via) (?:een )?(?:donatie|gift|bijdrage|lidmaatschap)[^.!?]{0,40}"),
    ("call to action", r"doneer (?:nu|vandaag|hier|direct|via [^.!?]{1,40}|een bedrag[^.!?]{0,40})(?: [^.!?]{1,40})?"),
    ("call to action", r"help ons (?:om )?(?:dit|ons|onze) (?:werk|journalistiek)[^.!?]{0,50}"),
    # helpline: "Praat erover met Tele-Onthaal op 106", "Bel anoniem en gratis naar 1712"
    ("contact details", r"(?:praat erover|bel|chat|neem contact op|sms|mail)(?: (?:anoniem|gratis|en|dan|24/7))*"
                        rf"(?: (?:met|naar|op|via))?[^.!?]{{0,50}}\b(?:{_HELPLINE}|0900[- ]?0113)\b[^!?]{{0,40}}"),
    # vacancies and events: "Bekijk onze vacatures", "Solliciteer nu", "Koop nu je tickets"
    ("call to action", r"(?:bekijk|ontdek) (?:onze|al onze|de|alle) (?:openstaande )?(?:vacatures|functies|jobs)[^.!?]{0,30}"),
    ("call to action", r"solliciteer (?:nu|vandaag|direct|hier|online|via [^.!?]{1,40}|voor [^.!?]{1,30}|uiterlijk [^.!?]{1,30}|vóór [^.!?]{1,30})"),
    ("call to action", r"kom (?:bij ons werken|ons team versterken|werken bij [^.!?]{1,30})"),
    ("call to action", rf"(?:koop|bestel|reserveer) (?:nu |hier |snel |meteen )*(?:{_YOUR} )?(?:tickets?|kaarten|kaartjes|plaats|plek)"
                       r"(?: (?:via|op|bij|aan) [^.!?]{1,40})?"),
    # the app and its channels: "Installeer de gratis nieuwsapp en mis niets", "Zet meldingen aan", "Volg ons WhatsApp-kanaal"
    ("call to action", r"(?:download|installeer) (?:nu )?(?:de|onze) (?:gratis )?(?:[\w-]+[- ])?[\w-]*app\b[^.!?]{0,50}"),
    ("call to action", rf"zet (?:de |{_YOUR} )?(?:meldingen|pushmeldingen|pushberichten|notificaties) aan[^.!?]{{0,50}}"),
    ("call to action", r"ontvang (?:het (?:laatste |belangrijkste )?nieuws|onze [\w-]+) (?:ook )?via (?:whatsapp|telegram|de app|onze app|sms)"
                       r"[^.!?]{0,30}"),
    ("call to action", r"volg (?:ons|onze|het) (?:[\w-]+[- ])?(?:whatsapp|telegram)-?kanaal[^.!?]{0,40}"),
    ("call to action", r"volg (?:al )?het (?:laatste )?nieuws (?:in|via|op) (?:ons|onze|het) (?:liveblog|live-blog|app|[\w-]*kanaal)"),
    # the live blog's state: "Dit liveblog is afgesloten", "Dit liveblog wordt niet meer bijgewerkt"
    ("date line", r"(?:dit|deze|ons|het) (?:liveblog|live-blog|liveverslag|livestream) (?:is|werd) (?:nu )?(?:afgesloten|gesloten|beëindigd|gestopt)"),
    ("date line", r"(?:dit|deze|ons|het) (?:liveblog|live-blog|liveverslag|artikel|bericht) wordt niet (?:meer|langer) (?:bijgewerkt|geüpdatet|aangevuld)"),
    # what the page holds and who may read it: "Dit artikel bevat affiliate links", "U leest een gratis artikel"
    ("source credit", r"(?:dit|deze) (?:artikel|pagina|bericht|tekst|video) bevat (?:affiliate ?links|affiliatelinks|affiliate-links|"
                      r"gesponsorde links|advertenties|reclame|productplaatsing)"),
    ("subscription prompt", rf"{_YOU} (?:leest|lees) (?:nu )?(?:een|het) (?:gratis |betaald |premium |plus-?)?(?:artikel|verhaal|stuk)"
                            r"(?: uit (?:onze|de|ons) [^.!?]{1,40})?"),
    # donation: "Word donateur en steun ons werk", "Word vriend van de krant"
    ("call to action", r"word (?:donateur|steunlid|vriend van [^.!?]{1,40})(?: en steun [^.!?]{1,40})?"),
    ("call to action", r"word (?:lid|abonnee) en steun [^.!?]{1,40}"),
    # the event's tickets: "Meer info en tickets via havenstad.be"
    ("call to action", r"(?:meer )?(?:info|informatie) (?:en|&) (?:tickets|kaarten|inschrijvingen|reservaties|reservering)"
                       r"(?: (?:via|op|bij))? [^!?]{1,40}"),
    # the helpline named as where to turn: "Met vragen over zelfdoding kan je terecht bij de Zelfmoordlijn op 1813"
    ("contact details", rf"[^.!?]{{0,60}}\bterecht (?:bij|op|via) [^.!?]{{0,50}}\b{_HELPLINE}\b[^!?]{{0,40}}"),
    ("byline in text", r"(?:tekst|foto's|foto|beeld|fotografie|illustratie|illustraties|redactie|eindredactie)"
                       r"(?: (?:en|&) (?:tekst|beeld|foto's|foto|fotografie|illustratie|illustraties|redactie))?\s*:\s*\w[^.!?]{1,50}"),
    ("photo credit", r"met dank aan [^.!?]{1,50} voor (?:de |het )?(?:foto|foto's|beeld|beelden|illustratie|illustraties|fotomateriaal)"),
    # consent: "Geef toestemming om ze te tonen", "U heeft geen toestemming gegeven voor het tonen van deze inhoud"
    ("cookie banner", rf"{_YOU} (?:hebt|heeft|heb) (?:nog )?geen toestemming gegeven (?:voor|om) [^.!?]{{1,60}}"),
    ("cookie banner", rf"geef (?:{_YOUR} )?toestemming (?:om|voor) [^.!?]{{1,60}}"),
))
"""The page's notes that make a line furniture on their own, each with its reason."""

_ASKED: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in (
    rf"wat (?:vind|vindt|denk|denkt) {_YOU}(?: zelf)?(?: ervan| daarvan| hiervan| van [^.!?]{{1,40}})?",
    rf"(?:heb|hebt|heeft) {_YOU} (?:een mening|een idee|een vraag|een reactie|iets te zeggen|een suggestie|een opmerking|ervaring|"
    rf"ervaringen|vragen|zelfmoordgedachten|hulp nodig|het moeilijk)(?: (?:over|met|bij) [^.!?]{{1,40}})?",
    rf"(?:ben|bent) {_YOU} het (?:er )?(?:(?:niet )?eens|oneens)(?: met [^.!?]{{1,40}})?",
    rf"wat is {_YOUR} mening(?: over [^.!?]{{1,40}})?",
    rf"(?:luister|luistert) {_YOU} (?:liever|graag)",
    rf"(?:zit|zat) {_YOU} ergens mee",
    rf"(?:denk|denkt) {_YOU} (?:aan|soms aan|weleens aan|vaak aan) (?:zelfdoding|zelfmoord|de dood)",
    rf"(?:zoek|zoekt) {_YOU} (?:hulp|steun|iemand om mee te praten)",
    rf"(?:wil|wilt) {_YOU} (?:ons|onze journalistiek|ons werk|de redactie) (?:steunen|helpen)",
    rf"(?:ben|bent) {_YOU} (?:onze|de) nieuwe (?:collega|medewerker|[\w-]+)",
))
"""Questions to the reader that a note opens with; cut only beside a note."""

_SAID: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in (
    r"reageer hieronder", rf"laat (?:een|{_YOUR}) (?:reactie|comment) achter",
    r"dat (?:klopt|was) niet(?: juist| correct)?",
    r"dat is (?:inmiddels |intussen |nu )?(?:aangepast|gecorrigeerd|rechtgezet|hersteld)", r"praat erover", r"praten helpt",
    r"elke (?:bijdrage|gift|donatie|euro) (?:telt|helpt|maakt (?:het )?(?:een |het )?verschil)",
    r"(?:wij zoeken|we zoeken) (?:een )?(?:nieuwe )?(?:collega|collega's|versterking|medewerker|medewerkers)[^.!?]{0,40}",
    r"(?:kom|word|wordt) (?:jij|je|u) ons team versterken",
    r"deze (?:inhoud|video|content|embed|post) wordt (?:aangeboden|gehost|geleverd) (?:door|via) [^.!?]{1,40}",
))
"""Imperatives and statements that make a line furniture only beside a question or a note."""

_POSTED = re.compile(
    r"(?:geschreven|geplaatst|gepost|gepubliceerd|bijgewerkt|aangepast) (?=[^.!?]*\d)"
    r"(?:(?:door|op|om|in) (?:[^.!?]|(?<=\d)\.(?=\d)){1,40}?){1,3}"
)
"""Who posted the piece and when, said as a sentence with its stop: "Geplaatst door Ine Maes op 12 maart 2024 om 10.15
uur."; without the stop it is the meta line under a headline, which the layout reads to find that headline."""

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
_QUOTED = re.compile(r"[\"“”„«»‘]|,\s+(?:zegt|zei|aldus|vertelt|vertelde|stelt|stelde|schrijft|schreef|vraagt|vroeg)\b")

NOTE_WORDS = 40
"""Words a line of notes runs to at most: small print, never a paragraph of the story."""


def _kind(sentence: str) -> tuple[str, RemovalReason | None]:
    """Whether one sentence is a note ('note', with its reason), a question to the reader ('asked'), a prompt that
    needs company ('said'), or none ('')."""
    asked = sentence.endswith("?")
    bare = re.sub(r"[\s.!?:]+$", "", sentence).replace("’", "'").lower()
    for reason, pattern in _NOTES:
        if pattern.fullmatch(bare):
            return "note", reason
    if sentence.endswith(".") and _POSTED.fullmatch(bare):
        return "note", "date line"
    if asked and any(p.fullmatch(bare) for p in _ASKED):
        return "asked", None
    if any(p.fullmatch(bare) for p in _SAID):
        return "said", None
    return "", None


_BY_PERSON = re.compile(
    r"(?i)(?:een )?(?:column|opinie|opiniestuk|gastcolumn|gastbijdrage|gastblog|blog|analyse|commentaar|recensie|"
    r"reportage|essay|beschouwing)s? (?:van|door) (?P<name>.+)"
    r"|(?:alle|meer) (?:artikelen|artikels|berichten|columns|verhalen|blogs|stukken|bijdragen|opinies) (?:van|door) (?P<by>.+)"
    r"|volg (?P<followed>.+)"
)
"""A label that names the piece's kind and its author, a link to the author's other pieces or a button to follow
them: "Column van Els Smet", "Alle artikelen van Jan Peeters", "Volg Jan Peeters"; a person named in full."""

_LABELS: tuple[tuple[RemovalReason, re.Pattern[str]], ...] = tuple((reason, re.compile(pattern, re.IGNORECASE)) for reason, pattern in (
    ("related link", r"(?:alle |meer )?(?:artikelen|artikels|berichten|columns|verhalen|stukken|bijdragen|meer) "
                     r"(?:van|door) (?:deze|dezelfde) (?:auteur|schrijver|schrijfster|columnist|journalist|redacteur|maker)"),
    ("source credit", r"(?:gesponsord|aangeboden|(?:mede )?mogelijk gemaakt|ondersteund|gefinancierd|gesteund) (?:door|met steun van) "
                      r"[^.!?]{1,50}"),
    ("source credit", r"ingezonden (?:mededeling|brief|stuk|opinie|bijdrage)|betaalde (?:bijdrage|mededeling)|partner ?content"),
    ("byline in text", r"(?:bewerkt|geredigeerd|vertaald|aangevuld|samengesteld|opgetekend) door (?:de (?:redactie|webredactie|eindredactie)|"
                       r"(?-i:[A-Z])[^.!?]{1,40})"),
    ("byline in text", r"(?:eindredactie|hoofdredactie|coördinatie|vormgeving|opmaak|illustraties?|infografiek|montage|camera|"
                       r"productie|vertaling|research|bewerking|fotografie|beeldredactie)\s*:\s*(?-i:[A-Z])[^.!?]{1,60}"),
))
"""Labels the page sets over, under or inside the piece, in its forms without a verb: sponsor, credits, kinds."""


def label_reason(text: str, words: int) -> RemovalReason | None:
    """The reason a line without a stop is the page's label on the piece, or None.

    >>> label_reason("Column van Sander Pauwels", 4), label_reason("Gesponsord door de stad Havenstad", 5)
    ('byline in text', 'source credit')
    >>> label_reason("Analyse van de cijfers", 4), label_reason("Volg de wedstrijd live", 4)
    (None, None)
    """
    line = text.strip()
    if words > 10 or re.search(r"[.!?]$", line):
        return None
    m = _BY_PERSON.fullmatch(line)
    if m and is_full_name((m.group("name") or m.group("by") or m.group("followed")).strip()):
        return "byline in text" if m.group("name") else "related link"
    return next((reason for reason, pattern in _LABELS if pattern.fullmatch(line)), None)


def note_reason(text: str, words: int) -> RemovalReason | None:
    """The reason a whole line is the page's note to the reader, or None.

    >>> note_reason("Dit is een ingezonden opinie.", 5), note_reason("Wat vind jij? Laat het weten in de reacties.", 9)
    ('source credit', 'comments')
    >>> note_reason("Zit je ergens mee? Praat erover met Tele-Onthaal op 106.", 10)
    'contact details'
    >>> note_reason("Wat vind jij?", 3), note_reason("Laat het ons weten, zegt de schepen.", 7)
    (None, None)
    >>> note_reason("Dit is een column over mijn moeder.", 7), note_reason("Het plan verscheen eerder in de krant.", 7)
    (None, None)
    """
    if words > NOTE_WORDS or _QUOTED.search(text):
        return None
    if (label := label_reason(text, words)) is not None:
        return label
    kinds = [_kind(s) for s in _SENTENCE.split(text.strip()) if s]
    if not kinds or any(k == "" for k, _ in kinds):
        return None
    notes = [reason for k, reason in kinds if k == "note"]
    if notes:
        return notes[0]
    return "call to action" if len(kinds) >= 2 and any(k == "said" for k, _ in kinds) else None


_CREDITS: frozenset[RemovalReason] = frozenset({"byline in text", "photo credit"})
_GLUED = frozenset(("note", reason) for reason, _ in _NOTES if reason not in _CREDITS) | {("note", "date line")}
"""The notes cut when glued after a paragraph's last sentence: not a credit, which after a sentence marks that
sentence as a picture's caption ("De brug in aanbouw. Foto: Jan Peeters"), for the caption rules to cut both."""


def trailing_notes(text: str) -> tuple[str, str]:
    """The paragraph less the page's notes glued after its last sentence, and those notes ("" when none): a copy may
    run the note under an article into its last paragraph. Only notes that are the page's on their own are cut, never
    a question to the reader, and the paragraph keeps its first sentence.

    >>> trailing_notes("De raad stemt in juni. Dit artikel verscheen eerder in de krant van zaterdag.")
    ('De raad stemt in juni.', 'Dit artikel verscheen eerder in de krant van zaterdag.')
    >>> trailing_notes("De raad stemt in juni. Wat vind jij?"), trailing_notes("De brug in aanbouw. Foto: Jan Peeters")[1]
    (('De raad stemt in juni. Wat vind jij?', ''), '')
    """
    sentences = [s for s in _SENTENCE.split(text.strip()) if s]
    keep = len(sentences)
    while keep > 1 and _kind(sentences[keep - 1]) in _GLUED and not _QUOTED.search(sentences[keep - 1]):
        keep -= 1
    # the question to the reader that opens a note goes with it ("Zit je ergens mee? Praat erover ...")
    while len(sentences) > keep > 1 and _kind(sentences[keep - 1])[0] == "asked":
        keep -= 1
    notes = " ".join(sentences[keep:])
    if not notes or len(notes.split()) > NOTE_WORDS:
        return text, ""
    return " ".join(sentences[:keep]), notes
