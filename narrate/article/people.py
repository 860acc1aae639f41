"""People (and institutions) in an article: what a name looks like, which words are roles, and what a description
("De Brit") is about.  Who was introduced with which role, and which full name a surname stands for, is the
register's (``quotes.registry.Registry``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .firstnames import is_first_name
from .name_shapes import CAPITAL_PARTICLES, ELIDED_PARTICLE, INITIALS, PARTICLE, RUN_WORD, SMALL_NAME_WORDS, SMALL_PARTICLE
from .name_shapes import particle_joins

CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*"
"""A capitalised word: Shea, NAVO, Jong-un, O'Neill."""

NAME_LINKS = r"van|de|der|den|ter|ten|von|le|la"
"""The particles a full name in running text has between its capitals ("Hans van Duijn"), fewer than ``PARTICLE``."""

NAME = rf"{CAP}(?:\s+(?:{PARTICLE}\s+){{0,2}}{CAP}){{0,4}}"

ROLE_NOUNS = frozenset(
    """president premier minister staatssecretaris burgemeester schepen gouverneur minister-president kanselier
    koning koningin prins prinses paus woordvoerder woordvoerster directeur directrice voorzitter ondervoorzitter
    ceo cfo topman topvrouw chef leider generaal commandant luitenant kolonel majoor onderzoeker onderzoekster
    professor prof hoogleraar docent expert deskundige analist journalist correspondent advocaat advocate rechter
    procureur officier parketwoordvoerder senator kamerlid parlementslid europarlementslid fractieleider
    fractievoorzitter partijleider partijvoorzitter lijsttrekker ambassadeur secretaris-generaal
    assistent-secretaris-generaal diplomaat minister-president vicepremier vice-premier bondskanselier
    econoom politicoloog historicus socioloog psycholoog arts dokter huisarts viroloog epidemioloog
    wetenschapper klimatoloog meteoroloog weerman weervrouw trainer coach bondscoach spits aanvoerder kapitein
    schrijver auteur dichter zanger zangeres acteur actrice regisseur kunstenaar ondernemer eigenaar bewoner
    buurtbewoner inwoner agent politieagent commissaris hoofdcommissaris korpschef brandweercommandant
    woordvoerster zegsman zegsvrouw bisschop kardinaal imam rabbijn dominee pastoor vakbondsleider
    vakbondsman bestuurder gedeputeerde wethouder gemeenteraadslid raadslid dijkgraaf rector decaan
    student leerling leraar lerares juf meester boer boerin visser piloot soldaat militair militairen
    chirurg verpleegkundige ambtenaar topambtenaar medewerker medewerkster lid oprichter medeoprichter
    specialist kenner strateeg adviseur consultant activist actievoerder demonstrant getuige slachtoffer
    moeder vader zoon dochter broer zus man vrouw architect ontwerper stedenbouwkundige uitbater winkelier
    handelaar teler houder wachter bewoner buurman buurvrouw chauffeur bestuurster bestuurder verkoper
    gedeputeerde fotograaf cameraman presentator presentatrice redacteur hoofdredacteur columnist
    staatshoofd kroonprins premier-minister eurocommissaris commissaris-generaal topdiplomaat spreker
    ingenieur kok boer verpleger dokter apotheker dierenarts psychiater zaakvoerder bedrijfsleider
    kundige bioloog archeoloog ecoloog geoloog oncoloog cardioloog neuroloog criminoloog antropoloog filosoof
    astronoom fysicus chemicus conservator curator bibliothecaris archivaris promovendus promovenda postdoc hoofd
    afdelingshoofd diensthoofd
    secretaris penningmeester griffier ombudsman ombudsvrouw consul statenlid bestuurslid voorzitster
    coo cto zakenman zakenvrouw ondernemster eigenares oprichtster manager coördinator coördinatrice
    organisator organisatrice initiatiefnemer initiatiefneemster vrijwilliger vrijwilligster
    docente lector studente onderwijzer onderwijzeres leerkracht mentor
    agente inspecteur inspectrice hoofdinspecteur rechercheur speurder brandweerman brandweervrouw politiechef
    priester predikant pater pastor diaken kapelaan
    verpleegster tandarts kinderarts therapeut gynaecoloog anesthesist internist verloskundige
    trainster aanvoerster keeper doelman verdediger middenvelder aanvaller speler speelster renner wielrenner
    atleet atlete schaatser schaatsster zwemmer zwemster tennisser tennisster voetballer voetbalster scheidsrechter ploegleider
    aanklager raadsman raadsvrouw notaris deurwaarder verdachte
    verslaggever verslaggeefster schrijfster dichteres regisseuse kunstenares muzikant componist dirigent
    choreograaf danser danseres beeldhouwer cineast filmmaker""".split()
)
"""Nouns that name a person by what they do: "minister Van Peteghem", "de woordvoerder"; whole families of them
(government, justice, police, sport, business, science, school, church, health care, media, the arts), with their
feminine forms, so that a later "de inspecteur" or "de doelman" finds the one person introduced so."""

DEMONYMS = frozenset(
    """brit belg nederlander amerikaan amerikaanse fransman française duitser duitse rus russin oekraïner
    oekraïense chinees chinese japanner japanse italiaan italiaanse spanjaard spaanse pool poolse zweed zweedse
    noor noorse deen deense fin finse canadees australiër israëliër israëlische palestijn palestijnse iraniër
    turk turkse marokkaan marokkaanse vlaming waal brusselaar antwerpenaar gentenaar amsterdammer rotterdammer
    hagenaar utrechter limburger fries zeeuw brabander groninger ier schot oostenrijker zwitser hongaar
    griek portugees braziliaan argentijn mexicaan egyptenaar syriër irakees afghaan indiër pakistaan
    zuid-koreaan noord-koreaan koreaan georgiër wit-rus litouwer let est tsjech slowaak roemeen bulgaar
    serviër kroaat bosniër albanees congolees nigeriaan keniaan""".split()
)
"""Singular nationality nouns: "De Brit vraagt zich af ..." refers to a person."""

PERSON_NOUNS = (
    ROLE_NOUNS | DEMONYMS | frozenset("man vrouw jongen meisje jongeman kenner insider ex-topman ex-minister".split())
)

NON_NAME = frozenset(
    """Zaken Staten Koninkrijk Unie Oceaan Zee Wereldoorlog Huis Kamer Partij Raad Hof Rijk Republiek Federatie
    Emiraten Naties Nations Verenigde Verenigd Stille Tweede Eerste Derde Witte Rode Groene Zwarte Nieuwe Oude
    Grote Heilige Haag Den Kruis Commissie Parlement Senaat Kremlin Pentagon Vaticaan Golf Zuidpool Noordpool
    Oost West Noord Zuid Europa Azië Afrika Amerika Brussel Antwerpen Gent Amsterdam Rotterdam Utrecht Kiev
    Moskou Washington Peking Parijs Londen Berlijn Januari Februari Maart April Mei Juni Juli Augustus
    September Oktober November December Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag
    Kerstmis Pasen Pinksteren Ramadan York Angeles Kong Aires Aviv Lanka Rica Valley Street Square
    Universiteit Hogeschool Ziekenhuis Ministerie Rijksoverheid Gemeente Provincie Stad Station Luchthaven
    Airport Bank Groep Group Holding Stiftung Stichting Instituut Institute Museum Theater Festival Academie
    Akademie Academy Fonds Centrum Agentschap Vereniging Orkest Bibliotheek Koninklijke Koninklijk Nationale Vlaamse
    België Nederland Frankrijk Duitsland Luxemburg Engeland Schotland Ierland Spanje Portugal Italië
    Griekenland Turkije Rusland Oekraïne Wit-Rusland Polen Tsjechië Slowakije Hongarije Roemenië Bulgarije
    Servië Kroatië Bosnië Albanië Oostenrijk Zwitserland Denemarken Noorwegen Zweden Finland IJsland Estland
    Letland Litouwen Georgië Armenië Azerbeidzjan Iran Irak Syrië Libanon Israël Palestina Gaza Jordanië
    Egypte Libië Tunesië Algerije Marokko Soedan Ethiopië Somalië Kenia Nigeria Congo Zuid-Afrika China
    Japan Korea Noord-Korea Zuid-Korea Taiwan India Pakistan Afghanistan Bangladesh Indonesië Vietnam
    Thailand Filipijnen Australië Nieuw-Zeeland Canada Mexico Brazilië Argentinië Chili Peru Colombia
    Venezuela Cuba Suriname Curaçao Aruba Vlaanderen Wallonië Holland Limburg Brabant Friesland Zeeland
    Groningen Drenthe Overijssel Gelderland Flevoland Europese Navo NAVO VN EU VS
    Onderwijs Onderzoek Cultuur Welzijn Financiën Defensie Economie Sport Jeugd Zorg Mobiliteit Wonen Milieu
    Klimaat Landbouw Justitie Volksgezondheid Gezondheid Werk Energie Innovatie Communicatie Personeel
    Veiligheid Omgeving Verkeer Toerisme Erfgoed Media Binnenlandse Buitenlandse Infrastructuur Waterstaat
    Gezin Armoede Integratie Huisvesting Natuur Bedrijfsvoering Beleid""".split()
)
"""Capitalised words that are no part of a person's name, so "Verenigde Staten" or
"Buitenlandse Zaken Choe Son-hui" is not taken for (or into) one; nor a portfolio after a role ("consultant
Onderwijs & Onderzoek")."""

SENTENCE_STARTERS = frozenset(
    """De Het Een Maar En Ook Dat Die Deze Dit Volgens Als Zo Nu Toen Daarom Dan Want Of Met In Op Bij Na Voor
    Tijdens Door Over Sinds Omdat Hoewel Terwijl Wat Wie Waar Hoe Waarom Welke Ik Wij We Zij Ze Hij Je U Er
    Hier Daar Toch Wel Niet Nog Al Alleen Eerst Zelfs Ondertussen Intussen Inmiddels Vandaag Gisteren Morgen
    Vorige Volgende Afgelopen Even Ook Net Pas Nadat Voordat Zodra Wanneer Tot Vanaf Uit Aan Tegen Naast Onder
    Boven Achter Zonder Behalve Dankzij Ondanks Vanwege Namens Mijn Zijn Haar Ons Onze Hun Uw Jouw Geen Veel
    Weinig Meer Minder Alle Iedereen Niemand Niets Iets Elke Ieder Sommige Enkele Andere Beide Bovendien
    Daarnaast Verder Vooral Ongetwijfeld Misschien Wellicht Waarschijnlijk Helaas Gelukkig Kortom Dus Immers
    Echter Daarbij Daarmee Daarover Hierdoor Daardoor Zowel Noch Laat Kijk Zie Lees Neem Denk Meteen Opvallend Vooralsnog
    Onvermijdelijk Samen Zomaar Welk Waarop Wanneer Zou Moet Kan Mag Wil Gaat Komt Heeft Had Was Is Zal
    Mevrouw Meneer Dhr Mevr Mr Dr Prof Ir Drs Sint""".split()
    # the rest of the closed classes: prepositions, conjunctions, linking adverbs (not "Per", "Om", "Te": first names)
    + """Binnen Buiten Gedurende Jegens Langs Naar Nabij Omtrent Rond Rondom Tegenover Tussen Vanuit Via Voorbij Wegens
    Richting Omwille Inzake Middels Krachtens Ingevolge Betreffende Conform Blijkens Sedert Halverwege Aangezien Alsof
    Doordat Indien Mits Naargelang Naarmate Opdat Tenzij Totdat Zoals Zodat Zolang Ofschoon Daarna Vervolgens
    Uiteindelijk Tenslotte Opnieuw Sindsdien Destijds Vroeger Straks Binnenkort Ooit Overigens Trouwens Eigenlijk
    Natuurlijk Uiteraard Blijkbaar Kennelijk Vermoedelijk Mogelijk Tevens Eveneens Evenmin Soms Vaak Nooit Altijd
    Hierna Daarop Plots Plotseling Ineens Jullie""".split()
)
"""Capitalised only because they open a sentence, so "Maar Shea" is not a name."""

PRONOUNS = frozenset({"hij", "zij", "ze"})

FIRST_PERSON_WORDS = frozenset("ik mij me mijn wij we ons onze".split())
"""The words of one who speaks for themselves or for their organisation, singular or plural, as whole words."""
FIRST_PERSON = re.compile(rf"\b(?:{'|'.join(sorted(FIRST_PERSON_WORDS))})\b", re.IGNORECASE)
"""The same words found in a text."""
FIRST_PERSON_SINGULAR = re.compile(r"\b(?:ik|mij|me|mijn)\b", re.IGNORECASE)
"""The words of one who speaks for themselves alone."""

_ADJECTIVE_END = re.compile(
    r"(?:aanse|ische|iaanse|landse|sche|eense|eese|ese|iese|aagse|ijnse|ordse|ense|[bcdfghjklmnpqrtvwxz]se)$"
)
_ROLE_COMPOUND = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9&]+(?:-[A-Z0-9&]+)*-[a-zà-ÿ][\w-]*$")
ROLE_ADJECTIVES = frozenset(
    """gewezen voormalig voormalige huidig huidige nieuw nieuwe oud waarnemend waarnemende demissionair
    demissionaire interim kersvers kersverse toenmalig toenmalige ex""".split()
)
_LONG_ROLE_NOUNS = tuple(sorted((n for n in ROLE_NOUNS if len(n) >= 5), key=len, reverse=True))
_ORG_ENDINGS = (
    "corporatie", "bond", "partij", "vereniging", "stichting", "comité", "bedrijf", "ziekenhuis",
    "universiteit", "hogeschool", "maatschappij", "federatie", "ministerie", "fonds", "raad", "groep", "bank",
    "krant", "omroep", "gemeente", "provincie", "instituut", "agentschap", "dienst", "kantoor", "fabriek",
    "school", "club", "vakbond", "organisatie", "beweging", "coalitie", "regering", "kabinet", "parlement",
    "commissie", "politie", "brandweer", "museum", "bibliotheek", "archief", "theater", "schouwburg", "centrum",
    "waterstaat", "schap",
    # the English of Dutch institutions' own names ("Utrecht Valorisation Center", "Dairy Campus")
    "center", "centre", "campus", "institute", "university", "foundation",
)
"""Endings of organisation names ("Woningcorporatie Woonstad", "Fietsersbond"): no person's name."""

_AGENT_SUFFIXES = ("icus", "icien", "trice", "iater")
"""Endings of nouns for who practises a science, craft or function, and of nothing else: the Latin "-icus"
("informaticus", "politicus", "technicus", "musicus"), its French "-icien" ("elektricien", "opticien"), the
feminine "-trice" ("directrice", "moderatrice", "inspectrice") and the healer's "-iater" ("psychiater",
"kinderpsychiater"); every such word of seven letters or more names a function ("ficus" is shorter)."""

FORMS_OF_ADDRESS = frozenset({"mevrouw", "meneer", "juffrouw", "mevr", "mw", "dhr", "heer"})
"""Words of address before a name: no role ("Mevrouw Ollongren" is Ollongren)."""

def is_role_word(token: str) -> bool:
    """A word that names a function: "minister", "NAVO-topman", "brandweerwoordvoerder", "oud-premier".

    >>> [is_role_word(t) for t in ["Gedeputeerde", "brandweerwoordvoerder", "N-VA-fractieleider", "Shea", "gewezen"]]
    [True, True, True, False, True]
    >>> [is_role_word(t) for t in ["INFORMATICUS", "elektricien", "moderatrice", "jeugdpsychiater", "Ficus", "circus"]]
    [True, True, True, True, False, False]
    """
    low = token.lower().strip(",.;:")
    if low in FORMS_OF_ADDRESS:
        return False  # "Mevrouw Ollongren" ends in "vrouw" but names no function
    if low in ROLE_NOUNS or low in ROLE_ADJECTIVES:
        return True
    if _ROLE_COMPOUND.match(token):
        return True
    parts = low.split("-")
    if len(parts) > 1 and (parts[-1] in ROLE_NOUNS or parts[0] in {"oud", "ex", "vice", "co"}):
        return True
    return len(low) > 6 and low.endswith(_LONG_ROLE_NOUNS + _AGENT_SUFFIXES)


_TOKEN = re.compile(rf"{CAP}|{PARTICLE}(?=\s+{CAP})")


@dataclass
class Person:
    """Someone (or an institution) who speaks or is spoken about."""

    name: str
    """The fullest name the article gives."""

    role: str | None = None
    """Job title or description, the first the article gives."""

    aliases: set[str] = field(default_factory=set)
    """Shorter forms that refer to this person: surname, "De Wever", "Kim"."""

    is_person: bool = True
    """False for an institution ("het Amerikaanse ministerie van Defensie")."""


def is_name_token(token: str, last: bool = True) -> bool:
    """True for a capitalised word that may be part of a person's name
    (an adjective like "Gelderse" only when more of the name follows).

    >>> [is_name_token(t) for t in ["Shea", "Jong-un", "NAVO-topman", "Zaken", "Voorzitter"]]
    [True, True, False, False, False]
    >>> is_name_token("Amerikaanse", last=False), is_name_token("Bossche"), is_name_token("Collega-regiomanager")
    (False, True, False)
    >>> is_name_token("Koenraad"), is_name_token("d'Hondt"), is_name_token("Adviesraad")
    (True, True, False)
    """
    if ELIDED_PARTICLE.match(token):
        token = token[2:]  # "d'Hondt": a surname behind its elided particle
    if not token or not token[0].isupper() or not re.match(r"\w", token) or last and len(token) == 1:
        return False  # nor is a letter last ("Fractie B"): a group's label, not a surname
    if token in NON_NAME or is_role_word(token):
        return False
    if token.lower().endswith(_ORG_ENDINGS) and not is_first_name(token):
        return False  # "Koenraad", "Everaard": first names that end like a council
    if is_role_compound(token):
        return False
    if not last and len(token) >= 5 and _ADJECTIVE_END.search(token):
        return False
    return not (token.isupper() and len(token) > 1 and "-" not in token)


def is_role_compound(token: str) -> bool:
    """A compound with a lower-case word after its hyphen: a role with its field or rank, never part of a name.

    >>> is_role_compound("Collega-regiomanager"), is_role_compound("BRP-specialist"), is_role_compound("Jong-un")
    (True, True, False)
    """
    return bool(re.search(r"-[a-zà-ÿ]{4,}$", token))


def looks_like_name(text: str) -> bool:
    """True if ``text`` reads as a person's full name: two to five
    capitalised words, particles allowed between them.

    >>> looks_like_name("Jamie Shea"), looks_like_name("Ursula von der Leyen")
    (True, True)
    >>> looks_like_name("Rol van China"), looks_like_name("Verenigde Staten"), looks_like_name("Shea")
    (False, False, False)
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= 6 or tokens[0] in SENTENCE_STARTERS:
        return False
    return [t for _pos, t in _name_tokens([(0, t) for t in tokens])] == tokens


def is_full_name(text: str) -> bool:
    """A person's full name that starts with a first name: "Joyce Nelissen", "Gerlien van Dalen"; not a body's name
    ("Stichting Lezen") or a surname alone.

    >>> is_full_name("Joyce Nelissen"), is_full_name("Stichting Lezen"), is_full_name("De Wever")
    (True, False, False)
    """
    return looks_like_name(text) and is_first_name(text.split()[0])


def is_name_label(text: str) -> bool:
    """A line that only names someone, with a role after a comma: a speaker's label over their words.

    >>> is_name_label("Janneke Snijder-Hazelhoff, burgemeester van de gemeente Bellingwedde"), is_name_label("Nella van Willigen")
    (True, True)
    >>> is_name_label("Jan Peeters opent de brug."), is_name_label("Stichting Lezen")
    (False, False)
    >>> is_name_label("Harm Ligtenberg (21), CSF (Christelijke Studenten Fractie)")  # a portrait's card gives the age
    True
    """
    name = re.sub(r"\s*\(\d{1,3}\)$", "", text.split(",")[0].strip())
    return len(text.split()) <= 14 and not re.search(r"[.!?:;]$", text.strip()) and is_full_name(name)


_STATEMENT = re.compile(r"^(?P<who>[^:‘’“”\"„']{2,60}):\s*[‘“\"„'][^‘’“”\"„]{3,120}[^?.!…‘’“”\"„][’”\"']$")
"""Someone's name, a colon and their words in marks, headline-like: words ending in a stop or a question are said."""


def statement_speaker(line: str) -> str | None:
    """Who a line of someone's name and their words in marks names ("Decaan Paul Herijgers: “Eenheidsworst is het
    laatste wat we willen”"), a portrait's subhead; None for any other line.

    >>> statement_speaker("Dylan: ‘Ik heb mijn droom waargemaakt’"), statement_speaker("Het plan: ‘een brug voor iedereen’")
    ('Dylan', None)
    """
    m = _STATEMENT.match(line)
    words = m.group("who").split() if m else []
    if (len(words) == 1 and is_first_name(words[0])) or any(is_full_name(" ".join(words[i:])) for i in range(len(words) - 1)):
        return m.group("who")
    return None


def name_runs(text: str) -> list[tuple[int, str]]:
    """Multi-word person-like names in running text, with their offsets.

    >>> name_runs("Als Donald Trump denkt, zegt Jamie Shea in de Verenigde Staten.")
    [(4, 'Donald Trump'), (29, 'Jamie Shea')]
    >>> name_runs("minister van Buitenlandse Zaken Choe Son-hui")
    [(32, 'Choe Son-hui')]
    >>> name_runs("Van de Leuvense universiteit naar een museum"), name_runs("Daarna sprak Anna Wiese zelf.")
    ([], [(13, 'Anna Wiese')])
    >>> name_runs("ontving Frank van de Utrechtse burgemeester Jan van Zanen een lintje")
    [(44, 'Jan van Zanen')]
    """
    runs = []
    for m in re.finditer(rf"{RUN_WORD}(?:\s+(?:{SMALL_PARTICLE}\s+){{0,3}}{RUN_WORD})+", text):
        run, last = m.group(), m.group().split()[-1]
        before_noun = _ADJECTIVE_END.search(last) and re.match(r"\s+[a-zà-ÿ]", text[m.end() :])
        # "Frank van de Utrechtse burgemeester": an article before the adjective, and a role after it
        described = before_noun and re.search(r"\s(?:de|het)$", run[: -len(last)].rstrip()) is not None \
            and (role := re.match(r"\s+([\w-]+)", text[m.end() :])) is not None and is_role_word(role.group(1))
        if before_noun and (described or not any(is_first_name(t) and t not in CAPITAL_PARTICLES for t in run.split())):
            run = run[: -len(last)].rstrip()  # "Van de Leuvense universiteit": an adjective before its noun, no surname
            if described:
                run = re.sub(r"(?:\s+(?:van|de|het))+$", "", run)
        runs.extend(_split_run(run, m.start()))
    return runs


def _split_run(run: str, offset: int) -> list[tuple[int, str]]:
    """The names in a run of capitalised words; a capital particle before a first name is a preposition
    ("Van Caspar Reuvens tot het koningsgraf": Caspar Reuvens), for a surname's particle follows the first name.

    >>> _split_run("Van Caspar Reuvens", 0), _split_run("Van Peteghem", 4), _split_run("Vechtstreek John van der Zwan", 0)
    ([(4, 'Caspar Reuvens')], [(4, 'Van Peteghem')], [(12, 'John van der Zwan')])
    >>> _split_run("Cognitieve Psychologie Stefan van der Stigchel", 0)
    [(23, 'Stefan van der Stigchel')]
    """
    tokens = [(offset + m.start(), m.group()) for m in re.finditer(r"\S+", run)]
    if len(tokens) >= 3 and is_first_name(tokens[1][1]) and tokens[0][1] in CAPITAL_PARTICLES:
        tokens = tokens[1:]
    for k in range(1, len(tokens) - 1):
        # a place or a field before a first name and its particles: "Vechtstreek John van der Zwan"
        if is_first_name(tokens[k][1]) and re.fullmatch(PARTICLE, tokens[k + 1][1]):
            if not any(is_first_name(t) for _, t in tokens[:k]):
                tokens = tokens[k:]
            break
    runs = []
    while tokens:
        part = _name_tokens(tokens)
        if len(part) >= 2:
            start = part[0][0]
            end = part[-1][0] + len(part[-1][1])
            runs.append((start, run[start - offset : end - offset]))
        tokens = tokens[max(len(part), 1) :]
    return runs


def _name_tokens(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The longest name at the start of ``tokens``: capitalised words, and
    lowercase particles right after a first name ("Frans van Dijk", but
    "Linda Bos" in "Linda Bos van Mitros")."""
    part: list[tuple[int, str]] = []
    for k, (pos, token) in enumerate(tokens):
        nxt = tokens[k + 1][1] if k + 1 < len(tokens) else ""
        if re.fullmatch(SMALL_PARTICLE, token):
            if token == "in" and not re.fullmatch(r"['’]t", nxt):
                break  # "Jan in Gent": only "in 't" opens a surname
            if not particle_joins([t for _p, t in part], token) or not (nxt[:1].isupper() or re.fullmatch(PARTICLE, nxt)):
                break
        elif (not part or is_first_name(part[0][1])) and INITIALS.fullmatch(token) and _after_initials(tokens[k + 1 : k + 3]):
            pass  # "Jan P. Smet", "J.P.M. van Laarhoven": initials before more of the name
        elif not is_name_token(token, last=not is_name_token(nxt)) and not surname_of_role([t for _p, t in part], token, nxt):
            break
        elif not part and token in SENTENCE_STARTERS:
            break
        part.append((pos, token))
    while part and re.fullmatch(PARTICLE, part[-1][1]):
        part.pop()
    return part


def _after_initials(tokens: list[tuple[int, str]]) -> bool:
    """More of a name after initials: a particle, or a surname ("J. De Smet", not "plan B. De wethouder").

    >>> _after_initials([(0, "De"), (3, "Smet")]), _after_initials([(0, "De"), (3, "wethouder")])
    (True, False)
    """
    words = [t for _p, t in tokens]
    if not words or not (is_name_token(words[0]) or words[0] in SMALL_NAME_WORDS):
        return False
    return words[0] not in SENTENCE_STARTERS or words[0] in CAPITAL_PARTICLES and is_name_token(words[1:2][0] if words[1:] else "")


def surname_of_role(before: list[str], token: str, nxt: str = "") -> bool:
    """A surname that is also a role word, last after a first name and its particles: "Wim Kok", "Kees de Koning".

    >>> surname_of_role(["Kees", "de"], "Koning"), surname_of_role(["Wim"], "Kok")
    (True, True)
    >>> surname_of_role(["Voor"], "Minister"), surname_of_role(["Jan"], "Minister", "Peeters")
    (False, False)
    >>> surname_of_role(["Irene", "de"], "BRP-specialist")
    False
    """
    if not before or not is_first_name(before[0]) or not token[:1].isupper() or not is_role_word(token) \
            or is_role_compound(token):
        return False  # "Irene de BRP-specialist": a role with its field, no surname
    return all(re.fullmatch(PARTICLE, t) for t in before[1:]) and not is_name_token(nxt)


def aliases_for(name: str) -> set[str]:
    """Short forms of a full name that the article may use later.

    >>> sorted(aliases_for("Bart De Wever"))
    ['De Wever', 'Wever', 'de Wever']
    >>> sorted(aliases_for("Ursula von der Leyen"))
    ['Leyen', 'Von der Leyen', 'von der Leyen']
    """
    tokens = name.split()
    if len(tokens) < 2:
        return set()
    aliases = {tokens[-1]}
    first_particle = next((i for i, t in enumerate(tokens[1:-1], 1) if re.fullmatch(PARTICLE, t, re.IGNORECASE)), None)
    if first_particle is not None:
        tail = " ".join(tokens[first_particle:])
        aliases |= {tail, tail[0].upper() + tail[1:], tail[0].lower() + tail[1:]}
        aliases.discard(name)
    return aliases


def is_body_noun(noun: str) -> bool:
    """A word for an organisation, by its ending ("de fietsersbond", "het ministerie", "de inspectie").

    >>> is_body_noun("woningcorporatie"), is_body_noun("inspectie"), is_body_noun("krijtlijnen")
    (True, True, False)
    >>> is_body_noun("Rijkswaterstaat"), is_body_noun("hoogheemraadschap")
    (True, True)
    """
    return noun.lower().endswith(_ORG_ENDINGS + _BODY_WORDS)


_BODY_WORDS = ("inspectie", "directie", "redactie", "justitie", "overheid", "parket", "rechtbank", "ministerie", "raad", "hof")
"""Bodies that speak as a whole and whose names do not end like the organisations' above."""


def head_noun(description: str) -> str:
    """The word a description is about: "de Russische president" -> president.

    >>> head_noun("het Amerikaanse ministerie van Defensie"), head_noun("De Brit")
    ('ministerie', 'brit')
    """
    words = description.split()
    for i, word in enumerate(words):
        if word.lower() in {"van", "voor", "bij", "uit", "aan", "op", "in"} and i > 0:
            return words[i - 1].lower()
    return words[-1].lower() if words else ""


def is_person_description(description: str) -> bool:
    """True when a description names a person, not an institution.

    >>> is_person_description("De Brit"), is_person_description("de 62-jarige")
    (True, True)
    >>> is_person_description("het Amerikaanse ministerie van Defensie")
    False
    """
    noun = head_noun(description)
    base = noun.split("-")[-1]
    return noun in PERSON_NOUNS or base in PERSON_NOUNS or noun.endswith("-jarige")


def name_before_role(credit: str) -> str:
    """A credit's name without the role run on after it with no comma ("Michiel van Dorst CEO LVNL") or the label
    set before it with a dash ("Column - Jan Peeters"): the capitalised words and particles up to a word in lower
    case or an acronym, when they open with a first name; a second name ("Jan Peeters en Els Smet") keeps the credit
    whole, and a role in lower case before the name stays ("burgemeester Jan Peeters").

    >>> name_before_role("Michiel van Dorst CEO LVNL"), name_before_role("Robert Crince le Roy algemeen deken NOvA")
    ('Michiel van Dorst', 'Robert Crince le Roy')
    >>> name_before_role("burgemeester Jan Peeters"), name_before_role("Weekblad Column - Jan Peeters")
    ('burgemeester Jan Peeters', 'Jan Peeters')
    >>> name_before_role("Jan Peeters en Els Smet"), name_before_role("Jan Peeters"), name_before_role("Het kabinet Smet")
    ('Jan Peeters en Els Smet', 'Jan Peeters', 'Het kabinet Smet')
    """
    pieces = [p for p in re.split(r"\s+[-–—]\s+", credit) if p]
    if len(pieces) > 1 and sum(1 for p in pieces if is_full_name(p)) == 1:
        return next(p for p in pieces if is_full_name(p))
    words = credit.split()
    end = 0
    while end < len(words) and (
        words[end][:1].isupper() and not (len(words[end]) >= 2 and words[end].isupper())
        or re.fullmatch(PARTICLE, words[end]) and end + 1 < len(words) and words[end + 1][:1].isupper()
    ):
        end += 1
    name, rest = " ".join(words[:end]), " ".join(words[end:])
    capitals = sum(1 for w in words[:end] if w[:1].isupper())
    if not rest or capitals < 2 or not is_first_name(words[0]) or name_runs(rest):
        return credit
    return name
