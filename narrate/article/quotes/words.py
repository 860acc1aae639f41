"""Word lists the attribution clauses are read with: verbs of saying and the words that end a noun phrase."""

from __future__ import annotations

import re

from ..letters import CAPITAL

SPEECH_VERBS = frozenset(
    """zegt zei zeggen zeiden vertelt vertelde vertellen vertelden verklaart verklaarde verklaren verklaarden stelt stelde
    stellen stelden benadrukt benadrukte benadrukken merkt merkte merken stipt stipte werpt wierp voegt voegde legt
    legde geeft gaf vult vulde gaat ging verduidelijkt verduidelijkte verduidelijken reageert reageerde reageren
    antwoordt antwoordde antwoorden vraagt vroeg vragen klinkt klonk aldus volgens schrijft schreef schrijven
    tweet tweette twittert twitterde laat liet waarschuwt waarschuwde waarschuwen meent meende menen vindt vond
    vinden erkent erkende bevestigt bevestigde ontkent ontkende besluit besloot concludeert concludeerde lacht
    lachte zucht zuchtte roept riep fluistert fluisterde beaamt beaamde beklemtoont beklemtoonde onderstreept
    onderstreepte preciseert preciseerde nuanceert nuanceerde countert counterde repliceert repliceerde pareert
    pareerde getuigt getuigde vervolgt vervolgde begint begon eindigt eindigde sluit sloot opent opende klaagt
    klaagde hoopt hoopte voorspelt voorspelde betoogt betoogde verzekert verzekerde belooft beloofde wijst wees
    oordeelt oordeelde constateert constateerde beweert beweerde meldt meldde verzucht verzuchtte grapt grapte
    herhaalt herhaalde noemt noemde citeert citeerde argumenteert argumenteerde vertelt reageert stelt kondigt
    kondigde verduidelijkt erkent schetst schetste formuleert formuleerde analyseert analyseerde relativeert relativeerde geeft
    bekent bekende preciseert luidt luidde heet klinkt weet wist concludeert besluit vertrouwt vertrouwde
    oordelen oordeelden melden meldden stellen waarschuwden erkennen erkenden benadrukten bevestigen
    bevestigden schrijven schreven concluderen concludeerden verdedigt verdedigde verdedigen
    verontschuldigt verontschuldigde rechtvaardigt rechtvaardigde reageert onderbreekt onderbrak licht lichtte
    glundert glunderde pleit pleitte pleiten pleitten bepleit bepleitte oppert opperde vat vatte spreekt sprak
    speecht speechte herinnert herinnerde evalueert evalueerde somt somde resumeert resumeerde signaleert
    signaleerde observeert observeerde illustreert illustreerde verwijst verwees onthult onthulde denkt dacht
    verwacht verwachtte gelooft geloofde vreest vreesde beseft besefte verkondigt verkondigde verklapt verklapte
    mompelt mompelde bromt bromde sneert sneerde snauwt snauwde jubelt jubelde juicht juichte stamelt stamelde
    brult brulde schreeuwt schreeuwde moppert mopperde vermeldt vermeldde bezweert bezwoer garandeert garandeerde
    verwoordt verwoordde typeert typeerde omschrijft omschreef beschrijft beschreef memoreert memoreerde
    poneert poneerde glimlacht glimlachte grijnst grijnsde grinnikt grinnikte schatert schaterde vermoedt vermoedde
    kaart kaartte trapt trapte""".split()
)
"""Verbs of saying, as they stand in an attribution clause."""

_SINGULAR_SAYING = frozenset(
    """knikt knikte gniffelt gniffelde giechelt giechelde knipoogt knipoogde snikt snikte huilt huilde sist siste gromt
    gromde grommelt grommelde sputtert sputterde foetert foeterde vloekt vloekte kreunt kreunde jammert jammerde zeurt
    zeurde krijst krijste tiert tierde raast raasde buldert bulderde prevelt prevelde stottert stotterde hakkelt
    hakkelde murmelt murmelde joelt joelde proest proestte hijgt hijgde aarzelt aarzelde twijfelt twijfelde peinst
    peinsde mijmert mijmerde filosofeert filosofeerde corrigeert corrigeerde verbetert verbeterde protesteert
    protesteerde suggereert suggereerde insinueert insinueerde eist eiste dreigt dreigde smeekt smeekte schertst
    schertste ironiseert ironiseerde grauwt grauwde riposteert riposteerde redeneert redeneerde becijfert becijferde
    adviseert adviseerde raadt raadde maant maande zweert zwoer weerlegt weerlegde bestrijdt bestreed sust suste
    prijst looft loofde dankt dankte feliciteert feliciteerde verwelkomt verwelkomde rapporteert rapporteerde
    noteert noteerde parafraseert parafraseerde specificeert specificeerde informeert informeerde polst polste
    betreurt betreurde interrumpeert interrumpeerde""".split()
)
"""The singular forms (present and past) of verbs of saying and of the sounds and gestures a quote is said with
("'...', knikt Jansen", "'...', sust de burgemeester"); no plural (many are nouns too) and no form that is a common
noun ("spot", "schat", "troost", "groet", "bericht", "verwijt")."""

SPEECH_VERBS = SPEECH_VERBS | _SINGULAR_SAYING

LOOKING_BACK = re.compile(
    r"(?:(?i:kijkt|keek|blikt|blikte)\s+(?:\S+\s+){1,3}?(?:terug|vooruit)|(?i:steekt|stak)\s+(?:\S+\s+){1,3}?van\s+wal)\b"
    r"(?=\s*[.,;!?])"
)
"""A clause that looks back or ahead ("kijkt De Groot terug", "blikt de burgemeester vooruit"), or starts to talk
("steekt Mieke Uyttendaele van wal"): a way of saying, which "De buurvrouw kijkt boos." is not."""

PLURAL_VERBS = frozenset(v for v in SPEECH_VERBS if v.endswith("en") and v not in {"menen"}) | {"menen"}
"""Plural forms ("zeggen ze"): a pronoun after them means a group, not one speaker."""

IMPERSONAL_VERBS = frozenset({"klinkt", "klonk", "heet", "luidt", "luidde"})
"""Verbs that need no speaker: "klinkt het", "luidt het bij de NAVO"."""

RECEIVING_VERBS = frozenset(
    "krijgt kreeg krijgen kregen ontvangt ontving ontvangen ontvingen leest las lezen lazen hoort hoorde horen hoorden".split()
)
"""Every finite form of krijgen, ontvangen, lezen and horen: words after them came to the subject from someone else
("Jan Peeters kreeg een brief: '...'", "'...', hoorde hij")."""

RECEIVING_SINGULAR = frozenset(verb for verb in RECEIVING_VERBS if not verb.endswith("en"))
"""Their singular forms, "krijgt", "kreeg", ..."""

MESSAGE_NOUNS = frozenset(
    """boodschap oproep advies reactie antwoord conclusie verklaring commentaar uitleg devies motto oordeel
    redenering analyse waarschuwing""".split()
)
"""What an impersonal verb can say somebody's words are: "luidt de boodschap van de president"."""

DETERMINERS = frozenset({"de", "het", "een", "die", "deze", "dat", "onze", "hun", "zijn", "haar"})
"""Words that open a description ("de minister") rather than a name."""

NP_STOPS = frozenset(
    """op tegen in aan over na met tijdens vanuit via gisteren vandaag morgen daarover daarbij daarop nog ook al
    zich dan toen meteen er hier daar niet wel later eerder nadien achteraf verder bovendien immers echter vorige
    vorig afgelopen deze dit die dat vanochtend vanmiddag vanavond vannacht maandag dinsdag woensdag donderdag
    vrijdag zaterdag zondag telefonisch lachend droog stellig resoluut ferm ernstig kordaat nuchter voorzichtig
    zelf zelfs nu toch kort snel opgelucht boos blij tevreden strijdvaardig zuchtend af toe uit bij door mee
    terug vast neer weg voor open dicht samen hardop nog eens graag liever onomwonden ronduit eerlijk stil
    zachtjes luid duidelijk cynisch somber optimistisch bezorgd en maar want of dus om als""".split()
)
"""Words that end a description: prepositions, adverbs of time and manner, conjunctions."""

REL_STOPS = frozenset(
    """die dat wie welke waar waarvan waarmee en maar want omdat terwijl toen nadat hoewel alsof zo zegt aldus dus
    of om als met in op tegen aan bij over na tijdens via vanuit volgens sinds nog ook al""".split()
)
"""Words after a comma that start a relative or subordinate clause, not an apposition."""

ADVERB_STARTERS = frozenset(
    """Daarover Daarop Daarna Later Toen Nu Ook Vervolgens Dan Intussen Ondertussen Nadien Achteraf Eerder
    Gisteren Vandaag Maar En Zo Tot Uiteindelijk Meteen Daarbij Verder Bovendien""".split()
)
"""Sentence openers that stand before the subject of a colon clause ("Daarover zegt X:")."""

ADVERBS_BEFORE_SUBJECT = re.compile(
    r"^\s+(?:(?:nog|ook|verder|dan|daarbij|daarover|nu|eens|tenslotte|vervolgens|weer|wel|echter|immers|daarentegen|evenwel"
    r"|desgevraagd|bovendien|eveneens|tevens|zelfs|achteraf|nadien|later|toen|meteen|eerder|al|intussen|ondertussen"
    r"|uiteindelijk|opnieuw|nogmaals|daarnaast|gisteren|vandaag|gisteravond|vanochtend|vanmorgen|vanmiddag|vanavond"
    r"|vannacht|(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:ochtend|morgen|middag|avond|nacht)?"
    r"|op (?:zijn|haar|hun) beurt|van (?:zijn|haar|hun) kant|ten slotte|tot slot)\s+){1,3}"
)
"""Adverbs, of time, order or contrast, that stand between an inverted verb of saying and its subject ("zegt nog
Rudi Vervoort", "zei donderdag de burgemeester", "zegt op haar beurt Claes", "zegt desgevraagd de minister"): the
closed class, the days with their parts included."""

SAID_AT_END = re.compile(r",\s*(?P<verb>\w+)\s+(?P<who>(?:de|het)\s+[\w-]+)\s*[.!]?\s*$")
"""A sentence in indirect speech that ends with its speaker, described: "..., aldus de onderzoeker."."""

CONTINUING = re.compile(r"\b(?:vervolgt|vervolgde|gaat verder|ging verder|gaat voort|ging voort)\b")
"""Verbs of going on speaking: their subject is the one who spoke just before."""


_COPULAS = frozenset("is was wordt werd blijft bleef lijkt leek toont toonde".split())


def before_copula(role: str) -> str:
    """An apposition with no closing comma, up to the verb it runs into: "directeur van het atheneum is bijzonder
    opgetogen" is a director who is pleased, and the role read aloud is the director's.

    >>> before_copula("directeur van het atheneum is bijzonder opgetogen"), before_copula("directeur van het atheneum")
    ('directeur van het atheneum', 'directeur van het atheneum')
    """
    words = role.split()
    at = next((i for i, word in enumerate(words) if i and word in _COPULAS), len(words))
    return " ".join(words[:at])


SURNAME_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "het"})
"""Lower-case particles of a surname ("van der Velden", "ter Horst"), which open one and never end one."""


def lowercase_particle_name(tokens: list[str]) -> int:
    """How many tokens a surname takes that opens with its particles in lower case ("zegt van Houwelingen", "aldus
    van der Velden"); 0 for none. A bare "de" opens a description ("de Bakker" may be the baker).

    >>> lowercase_particle_name(["van", "Houwelingen", "."]), lowercase_particle_name(["van", "der", "Velden"])
    (2, 3)
    >>> lowercase_particle_name(["de", "Bakker"]), lowercase_particle_name(["van", "de", "minister"])
    (0, 0)
    """
    k = 0
    while k < len(tokens) and k < 3 and tokens[k] in SURNAME_PARTICLES:
        k += 1
    starts = bool(tokens) and tokens[0] in {"van", "ter", "ten"}
    return k + 1 if starts and k < len(tokens) and re.fullmatch(rf"[{CAPITAL}][a-zà-ÿ'’-]+", tokens[k]) else 0


ADDRESSING = frozenset({"richtte", "richt", "richtten", "uitte", "uit", "sprak", "spreekt", "deed", "doet",
                        "opende", "opent", "startte", "start", "begon", "begint", "besloot", "besluit", "sloot", "sluit"})
"""Verbs by which someone addresses words to others, or opens or closes a speech with them: "Deze dankwoorden richtte
minister Ollongren aan ...", "Met die woorden opende de burgemeester de avond"."""

WITH_THESE_WORDS = re.compile(r"(?P<stop>),\s+met (?P<words>(?:die|deze) (?:woorden|boodschap|oproep))\s+(\w+)(?=\s)")
"""After the quote and a comma: "“...”, met die woorden startte X zijn speech"."""


_SEPARABLE_PARADIGMS = """
    wil wilde willen wilden: weten | wil wou willen wouden: weten | zet zette zetten zetten: uiteen
    deelt deelde delen deelden: mee | pikt pikte pikken pikten: in | haakt haakte haken haakten: in
    voert voerde voeren voerden: aan | houdt hield houden hielden: vol staande | haalt haalde halen haalden: aan uit
    dringt drong dringen drongen: aan | wuift wuifde wuiven wuifden: weg | doet deed doen deden: doeken
    maakt maakte maken maakten: duidelijk bekend | brengt bracht brengen brachten: voren in
    valt viel vallen vielen: bij in | rekent rekende rekenen rekenden: voor | kaatst kaatste kaatsen kaatsten: terug
    tekent tekende tekenen tekenden: aan | zwakt zwakte zwakken zwakten: af | treedt trad treden traden: bij
    komt kwam komen kwamen: tussen
"""
"""Verbs that say only with the particle (or "weten") their clause ends on, each as its whole finite paradigm
(present singular and plural, past singular and plural) with its particles: "wou hij van de minister weten", "zet de
burgemeester uiteen", "houdt de minister vol", "doet hij uit de doeken"; "wil hij" alone is no way of saying."""

SAYING_PARTICIPLES = frozenset(
    """gezegd verteld verklaard gesteld benadrukt opgemerkt toegevoegd uitgelegd aangegeven toegegeven meegegeven
    aangevuld verduidelijkt gereageerd geantwoord gevraagd geschreven getweet getwitterd gewaarschuwd gemeend erkend
    bevestigd ontkend geconcludeerd gezucht geroepen gefluisterd beaamd beklemtoond onderstreept gepreciseerd
    genuanceerd gerepliceerd gepareerd getuigd vervolgd geklaagd gehoopt voorspeld betoogd verzekerd beloofd geoordeeld
    geconstateerd beweerd gemeld verzucht gegrapt herhaald geargumenteerd aangekondigd geschetst geformuleerd
    gerelativeerd bekend verdedigd geopperd gepleit bepleit gesproken gespeecht herinnerd gesignaleerd geïllustreerd
    verwezen gewezen onthuld verkondigd verklapt gemompeld gesneerd gesnauwd gejubeld gestameld geschreeuwd gemopperd
    vermeld bezworen gegarandeerd verwoord getypeerd omschreven beschreven gememoreerd geponeerd toegelicht
    samengevat opgesomd uiteengezet meegedeeld aangevoerd volgehouden aangehaald aangedrongen bijgevallen
    aangetekend afgezwakt teruggekaatst voorgerekend bekendgemaakt duidelijkgemaakt geëist gedreigd geadviseerd
    aangeraden gecorrigeerd geprotesteerd gesuggereerd gerapporteerd genoteerd opgeworpen aangestipt""".split()
)
"""Past participles of the verbs of saying, the separable ones with their particle: the word a clause in the perfect
ends on ("heeft Jan Peeters gezegd", "had de minister eerder al toegegeven")."""

SAYING_INFINITIVES = frozenset(
    """zeggen vertellen verklaren stellen benadrukken opmerken toevoegen uitleggen aangeven toegeven meegeven aanvullen
    verduidelijken reageren antwoorden erkennen bevestigen bekennen beklemtonen onderstrepen preciseren nuanceren
    waarschuwen beloven verzekeren herhalen kwijt""".split()
)
"""Infinitives of the verbs of saying a modal verb takes ("moet Jan Peeters toegeven", "zou hij later zeggen"), and
"kwijt" ("wil de minister nog kwijt")."""

_AUXILIARY_PARADIGMS = f"""
    heeft had hebben hadden: {' '.join(SAYING_PARTICIPLES)} weten optekenen
    wil wilde willen wilden: {' '.join(SAYING_INFINITIVES)} | moet moest moeten moesten: {' '.join(SAYING_INFINITIVES)}
    kan kon kunnen konden: {' '.join(SAYING_INFINITIVES)} | zal zou zullen zouden: {' '.join(SAYING_INFINITIVES)}
    mag mocht mogen mochten: {' '.join(SAYING_INFINITIVES)}
"""
"""The auxiliaries of the perfect and the modal verbs, each as its whole finite paradigm, with the participles and
infinitives that make their clause one of saying ("heeft Jan Peeters gezegd", "heeft hij laten weten", "moet ze
toegeven"): the auxiliary alone says nothing."""

_SEPARABLE_FORMS = [
    (forms.split(), frozenset(particles.split()))
    for forms, particles in (
        group.split(":") for group in re.split(r"[|\n]", _SEPARABLE_PARADIGMS + _AUXILIARY_PARADIGMS) if group.strip()
    )
]

SEPARABLE_SAYING: dict[str, frozenset[str]] = {}
"""Each form of a separable verb of saying (or an auxiliary), with the particles (participles, infinitives) that
make it one; "wil" takes both "weten" and the infinitives."""
for _forms, _particles in _SEPARABLE_FORMS:
    for _form in _forms:
        SEPARABLE_SAYING[_form] = SEPARABLE_SAYING.get(_form, frozenset()) | _particles

AUXILIARIES = frozenset(
    form for group in re.split(r"[|\n]", _AUXILIARY_PARADIGMS) if group.strip() for form in group.split(":")[0].split()
)
"""The finite forms of the perfect's auxiliary and of the modal verbs: their clause runs longer, its adjuncts all
standing before the participle ("heeft de minister donderdag in de Kamer gezegd")."""

SEPARABLE_PLURALS = frozenset(form for forms, _particles in _SEPARABLE_FORMS for form in forms[2:])
"""The plural forms of the separable verbs of saying ("houden de ministers vol"): their subject is no one person."""

_CLAUSE_END = re.compile(r"[.,;:!?…“”\"‘’«»()]")


def separable_saying(verb: str, rest: str) -> bool:
    """``verb`` and the clause after it (up to its first sign) say something: its particle ends the clause, within
    eight words.

    >>> separable_saying("wou", " hij onder andere van de minister weten. Het debat"), separable_saying("wil", " hij niet.")
    (True, False)
    >>> separable_saying("zet", " de burgemeester uiteen, en"), separable_saying("deelt", " zij de taart mee met hem.")
    (True, False)
    >>> separable_saying("heeft", " Jan Peeters (54) donderdag in de raad gezegd."), separable_saying("heeft", " hij nooit gezegd.")
    (True, False)
    >>> separable_saying("heeft", " de burgemeester laten weten."), separable_saying("moet", " ze toegeven."), separable_saying("heeft", " hij gewonnen.")
    (True, True, False)
    """
    particles = SEPARABLE_SAYING.get(verb.lower(), frozenset())
    # "houdt Jan Peeters (54) vol", "heeft Jan Peeters, de voorzitter, gezegd", "heeft J. Peeters gezegd": the age or
    # party in brackets, an apposition between commas, an initial's full stop are inside the clause
    rest = re.sub(rf"\s*\([^()]{{1,40}}\)|,[^,.;:!?()]{{1,60}},|(?<=\b[{CAPITAL}])\.(?=\s)", "", rest)
    words = _CLAUSE_END.split(rest, maxsplit=1)[0].split()
    if verb.lower() in AUXILIARIES and _NEGATION.intersection(words):
        return False  # "heeft Jan Peeters nooit gezegd": words the subject did not say
    return 1 < len(words) <= (12 if verb.lower() in AUXILIARIES else 8) and words[-1] in particles


_NEGATION = frozenset({"niet", "nooit", "geen", "allerminst", "nergens"})
"""Words that deny a clause: "heeft Jan Peeters nooit gezegd" is no attribution."""


GOVERNING_WORDS = frozenset(
    """aan achter bij binnen boven buiten door in langs met na naar naast om onder op over per rond sinds tegen
    tijdens tot tussen uit van vanaf vanuit via volgens voor voorbij zonder de het een""".split()
)
"""Prepositions and articles: the quote marks after one enclose a name or a title the word governs, not speech."""
