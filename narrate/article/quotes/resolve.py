"""Resolving a later mention (a pronoun, a role noun) to someone in the register, and the
test every speaker must pass before the narrator says its name.

A wrong name is worse than none: the listener believes the name the narrator
says.  So each rule here names someone only when exactly one registered
person fits, and otherwise nobody.
"""

from __future__ import annotations

import re
from collections import Counter

from ..letters import CAPITAL
from ..people import (
    CAPITAL_PARTICLES,
    NAME_LINKS,
    ROLE_ADJECTIVES,
    SENTENCE_STARTERS,
    Person,
    is_full_name,
    is_person_description,
    is_name_token,
    is_role_word,
    looks_like_name,
    name_runs,
    surname_of_role,
)
from ..firstnames import first_name_gender, is_first_name
from ..name_shapes import SMALL_PARTICLE
from .mentions import OTHER_PARTY, Mention, is_other_party
from .glued import glued_tail
from .registry import Registry
from .initials import INITIALS
from .expansions import without_expansions
from .employers import employs
from .phrases import is_role_start
from .holders import role_nouns
from .words import PLURAL_VERBS

FEMININE_ENDINGS = ("ster", "trice", "eres", "ares", "ses", "gin", "rin", "ica", "ate", "euse", "vrouw", "moeder", "dochter", "zus")
MASCULINE_ENDINGS = ("man", "vader", "zoon", "broer", "heer", "koning", "prins")


def gender(person: Person) -> str | None:
    """ "f", "m" or None, from the first name or the role's noun: "woordvoerster" is a woman,
    "topman" a man, and so are Annelies and Joachim.

    >>> gender(Person("A B", "woordvoerster")), gender(Person("A B", "gewezen topman")), gender(Person("A B", "minister"))
    ('f', 'm', None)
    >>> gender(Person("Annelies Verlinden")), gender(Person("Joachim Coens")), gender(Person("Kim Smet"))
    ('f', 'm', None)
    """
    first = person.name.split()[0] if person.is_person and len(person.name.split()) > 1 else ""
    said = first_name_gender(first) if first else None
    if said in ("f", "m"):
        return said
    nouns = [w for w in role_nouns(person.role or "") if len(w) > 3 and (is_role_word(w) or w.endswith("ica"))]
    if any(w.endswith(FEMININE_ENDINGS) and not w.endswith("ister") for w in nouns):
        return "f"
    if any(w.endswith(MASCULINE_ENDINGS) for w in nouns):
        return "m"
    return None


def fits_pronoun(person: Person, pronoun: str) -> bool:
    """ "hij" never stands for a woman, "zij"/"ze" never for a man, as far as the role tells.

    >>> fits_pronoun(Person("A B", "woordvoerster"), "hij"), fits_pronoun(Person("A B", "woordvoerster"), "ze")
    (False, True)
    """
    said = gender(person)
    return said is None or (said == "m") == (pronoun == "hij")


def antecedent(
    mentions: list[Mention], pronoun: str, excluded: set[str], protagonist: str | None = None
) -> Person | None:
    """The one person a pronoun can stand for, from the names mentioned before it (in reading
    order, nearest last), or None when two could be meant.

    One person fits when only one is named, or when the nearest one is named at least twice as
    often as all the others together (the person the passage is about), or is the article's
    ``protagonist`` (named far more often than anyone else so far).

    >>> a, b, c = Person("Jan Peeters", "topman"), Person("Els Smet", "woordvoerster"), Person("Ann Peel")
    >>> [antecedent(m, "hij", set()) for m in ([], [Mention(0, 0, a)])]
    [None, Person(name='Jan Peeters', role='topman', aliases=set(), is_person=True)]
    >>> antecedent([Mention(0, 0, a), Mention(0, 9, b)], "ze", set()).name, antecedent([Mention(0, 0, c), Mention(0, 9, b)], "ze", set())
    ('Els Smet', None)
    """
    named = [m.person for m in mentions if m.person.is_person and m.person.name not in excluded]
    named = [p for p in named if fits_pronoun(p, pronoun)]
    if not named:
        return None
    nearest = named[-1]
    counts = Counter(p.name for p in named)
    others = sum(counts.values()) - counts[nearest.name]
    if others == 0 or (counts[nearest.name] >= 2 and counts[nearest.name] >= 2 * others):
        return nearest
    return nearest if nearest.name == protagonist else None


def protagonist(mentions: list[Mention]) -> str | None:
    """The person an article is about: named at least three times, and at least twice as often as
    anyone else.

    >>> a, b = Person("Els Smet"), Person("Jan Peeters")
    >>> protagonist([Mention(0, i, a) for i in range(3)] + [Mention(1, 0, b)]), protagonist([Mention(0, 0, a)])
    ('Els Smet', None)
    """
    counts = Counter(m.person.name for m in mentions if m.person.is_person and m.named).most_common(2)
    if not counts or counts[0][1] < 3 or (len(counts) > 1 and counts[0][1] < 2 * counts[1][1]):
        return None
    return counts[0][0]


def speakable(person: Person, strong: bool) -> bool:
    """True when the narrator may say this speaker's name: a person's name must read as a name
    (no sentence opener, no common word), and a single word counts only when the article gave it a
    role or the clause right after the quote names it (``strong``).

    >>> speakable(Person("Jan Peeters"), False), speakable(Person("Peeters", "minister"), False)
    (True, True)
    >>> speakable(Person("Koning"), False), speakable(Person("Weeronline"), True), speakable(Person("Alles"), True)
    (False, True, False)
    >>> speakable(Person("De Jonge", "minister"), False), speakable(Person("De", "minister"), False)
    (True, False)
    >>> speakable(Person("Woensdag", is_person=False), True), speakable(Person("het ministerie", is_person=False), False)
    (False, True)
    >>> speakable(Person("Jan Peeters en Els Smet"), False), speakable(Person("Jan Peeters en Alles"), False)
    (True, False)
    """
    pair = re.split(r" (?:en|&) ", person.name)
    if person.is_person and len(pair) == 2:
        return all(speakable(Person(name), strong) for name in pair)  # "Jan Peeters en Els Smet" speak together
    tokens = person.name.split()
    if not person.is_person:
        # An institution or a group: a description ("het ministerie van Defensie") or a name that
        # is no sentence opener, weekday or month ("Woensdag noemde ..." is no one speaking).
        return not tokens or tokens[0][:1].islower() or (tokens[0] not in SENTENCE_STARTERS | _NOT_NAMES | _TIMES)
    particle_first = tokens[:1] and tokens[0] in CAPITAL_PARTICLES and len(tokens) > 1  # "De Jonge", "Van Ark"
    # "Elke Decruynaere, schepen": a first name that also opens sentences, with a surname and a role after it
    carded = len(tokens) > 1 and bool(person.role) and is_first_name(tokens[0])
    if not tokens or (tokens[0] in SENTENCE_STARTERS and not particle_first and not carded) or tokens[0] in _NOT_NAMES:
        return False
    if capital_surname(tokens):
        return True
    for k, token in enumerate(tokens):
        last = k == len(tokens) - 1
        if not (re.fullmatch(SMALL_PARTICLE, token) or is_name_token(token, last=last) or _surname_like_a_role(person, token)
                or last and surname_of_role(tokens[:k], token) or not last and INITIALS.fullmatch(token)):
            return False
    return len(tokens) > 1 or bool(person.role) or strong


def capital_surname(tokens: list[str]) -> bool:
    """A first name and a surname in capitals, as lists and notices write it ("Jan PEETERS", "Anne DE CLERCQ",
    "Marie VAN DEN BROECK"): every word after the first name capitals, so no acronym after a whole name ("Mark
    Rutte VVD") and no acronym alone.

    >>> capital_surname("Jan PEETERS".split()), capital_surname("Marie VAN DEN BROECK".split())
    (True, True)
    >>> capital_surname("Mark Rutte VVD".split()), capital_surname(["NAVO"]), capital_surname("Jan DE".split())
    (False, False, False)
    """
    rest = tokens[1:]
    return (len(rest) >= 1 and is_first_name(tokens[0]) and not tokens[0].isupper()
            and all(t.isupper() and len(t) >= 2 and t.replace("-", "").replace("'", "").isalpha() for t in rest)
            and rest[-1].lower() not in NAME_LINKS.split("|"))


def _surname_like_a_role(person: Person, token: str) -> bool:
    """ "Minister Dijkgraaf": a capitalised word after a role the article gave, itself a role noun, is a surname.

    >>> _surname_like_a_role(Person("Dijkgraaf", "Minister"), "Dijkgraaf"), _surname_like_a_role(Person("Koning"), "Koning")
    (True, False)
    """
    return bool(person.role) and token[:1].isupper() and is_role_word(token) and token.lower() not in role_nouns(person.role)


_NOT_NAMES = frozenset(
    """Alles Allen Niets Iemand Sommigen Velen Anderen Beiden Iedereen Wie Wat Dit Dat Ene Geen Zo Ja Nee
    Nou Oké Ach Tja Kortom Kijk Volgens Aldus Daarop Vervolgens Tot Zelf""".split()
)
"""Capitalised words that open a sentence and are never anybody's name."""

_TIMES = frozenset(
    """Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Januari Februari Maart April Mei Juni Juli
    Augustus September Oktober November December Vandaag Gisteren Morgen Vanochtend Vanmiddag Vanavond""".split()
)


SAID_FORMS = frozenset(
    """genoemd gezegd verklaard geschreven getweet beweerd gesteld bestempeld omschreven genoemd noemde
    noemden noemt zei zegt schreef schrijft""".split()
)
"""Verbs after a quoted fragment that say it was said: "een 'aap' had genoemd"."""

_NAME_RUN = rf"[{CAPITAL}][\w’'-]*(?:\s+(?:(?:van|de|der|den|ter|ten)\s+)*[{CAPITAL}][\w’'-]*)*"


def fragment_speaker(sentence: str, mark: int, close: int) -> tuple[int, str] | None:
    """The name (offset, text) of who said a quoted fragment, when the clause it stands in says
    so: the name before ", die ... 'X' genoemd", or the first name after "dat ... 'X' noemde".

    >>> fragment_speaker("Kamerlid Jan de Roon, die hem een 'aap' had genoemd, zweeg.", 34, 39)
    (9, 'Jan de Roon')
    >>> fragment_speaker("Rutte zei dat collega Jan de Roon premier Erdogan een 'aap' noemde.", 54, 59)
    (22, 'Jan de Roon')
    >>> fragment_speaker("Het is een 'aap' in de mouw.", 11, 16) is None
    True
    """
    words = re.findall(r"[\w-]+", re.split(r"[,.;:!?]", sentence[close:])[0])[:3]
    if not any(w.lower() in SAID_FORMS for w in words):
        return None
    before = sentence[:mark]
    opener = None
    for opener in re.finditer(r"(,\s*die|\bdat)\s", before):
        pass
    if opener is None:
        return None
    if opener.group(1).startswith(","):
        name = re.search(rf"({_NAME_RUN})\s*$", before[: opener.start()])
        return _without_role(name.start(1), name.group(1)) if name else None
    name = re.search(_NAME_RUN, before[opener.end() :])
    return _without_role(opener.end() + name.start(), name.group()) if name else None


def _without_role(at: int, run: str) -> tuple[int, str] | None:
    words = run.split()
    while words and is_role_word(words[0]):
        at += len(words[0]) + 1
        words = words[1:]
    return (at, " ".join(words)) if words else None


def role_as_title(role: str) -> str:
    """A role as it reads after a name: "Woordvoerder" (capitalised only
    because it opened a sentence) becomes "woordvoerder".

    >>> role_as_title("Schepen van Mobiliteit"), role_as_title("Vlaams minister"), role_as_title("NAVO-topman")
    ('schepen van Mobiliteit', 'Vlaams minister', 'NAVO-topman')
    """
    first = role.split()[0]
    if (
        is_role_word(first)
        and first[1:] == first[1:].lower()
        and first.lower() not in ROLE_ADJECTIVES
        or first.lower() in ROLE_ADJECTIVES
    ):
        return role[0].lower() + role[1:]
    return role


def speakable_role(role: str) -> str | None:
    """The role to read after a name, when it is one: opening with a role or a doer's noun within its first three
    words ("Vlaams minister van Welzijn", "nu nog concerncontroller"), cut before a relative clause; not a predicate
    an apposition ran into ("heeft vandaag het traject afgesloten"); or a party or body in capitals ("CD&V").

    >>> speakable_role("Vlaams minister van Welzijn"), speakable_role("heeft vandaag het traject afgesloten")
    ('Vlaams minister van Welzijn', None)
    >>> speakable_role("conservator van de Botanische Tuinen die hiermee verwijst naar New York")
    'conservator van de Botanische Tuinen'
    """
    words = role.split()
    cut = next((i for i, word in enumerate(words) if i > 1 and word in {"die", "dat", "welke"}), len(words))
    words = words[:cut]
    affiliation = len(words) <= 3 and all(word[:1].isupper() for word in words)  # "(CD&V)", "VVD"
    return " ".join(words) if affiliation or any(is_role_start(word) for word in words[:3]) else None


def self_introduced(text: str) -> str | None:
    """The full name a quote opens by giving as its speaker's own ("Ik ben Ferry Paalman, sinds januari trainee").

    >>> self_introduced("Ik ben Ferry Paalman, sinds januari 2019 trainee."), self_introduced("Ik ben blij.")
    ('Ferry Paalman', None)
    """
    m = _INTRODUCTION.match(text)
    return m.group(1) if m and is_full_name(m.group(1)) else None


_INTRODUCTION = re.compile(rf"(?:Ik ben|Ik heet|Mijn naam is)\s+((?:[{CAPITAL}][\w'’-]+|van|de|der|den|ter|ten)(?:\s+(?:[{CAPITAL}][\w'’-]+|van|de|der|den|ter|ten)){{1,4}})(?=[,.;:!?]|\s+en\b|$)")


def lower_determiner(text: str) -> str:
    """ "De minister van Waterstaat" said as a speaker, mid-sentence: "de minister van Waterstaat"."""
    first, _, rest = text.partition(" ")
    return (first.lower() + " " + rest) if first in {"De", "Het", "Een"} and rest else text


def pair_first(text: str, mentions: list[Mention]) -> bool:
    """The first person a sentence names stands with someone else as one subject: "X en Y", "X en minister Y".

    >>> p = Person("Doeko Bosscher")
    >>> pair_first("Doeko Bosscher en Hans Renders worden getroffen", [Mention(0, 0, p)])
    True
    >>> pair_first("Doeko Bosscher belde Jan en Piet", [Mention(0, 0, p)])
    False
    >>> pair_first("Doeko Bosscher en zijn waterschap Rivierenland", [Mention(0, 0, p)])
    False
    >>> pair_first("Doeko Bosscher en zijn vrouw zijn boos", [Mention(0, 0, p)])
    True
    """
    named = [m for m in mentions if m.named]
    if not named:
        return False
    after = text[named[0].pos :]
    pair = (rf"(?:[{CAPITAL}][\w'’.-]*\s+|(?:{NAME_LINKS})\s+){{1,4}}(?:en|&)\s+"
            rf"(?:(?!(?:{_NOT_A_ROLE})\b)[a-zà-ÿ-]+\s+){{0,2}}[{CAPITAL}]")
    # "X en zijn vrouw", "X en een buurman": the other one only described, a person all the same
    described = re.match(rf"(?:[{CAPITAL}][\w'’.-]*\s+|(?:{NAME_LINKS})\s+){{1,4}}(?:en|&)\s+((?:{_NOT_A_ROLE})\s+[\w-]+)", after)
    return bool(re.match(pair, after)) or described is not None and is_person_description(described.group(1))


_NOT_A_ROLE = "zijn|haar|hun|de|het|een"
"""Words before a capital that make it a thing of the person's ("Verdaas en zijn waterschap Rivierenland")."""

_GROUP = re.compile(
    r"\s*(?i:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|enkele|verschillende|sommige|veel)"
    r"\s+(?:[a-zà-ÿ-]+e\s+)?(?!(?:dagen|weken|maanden|jaren|uren|minuten|seconden|eeuwen|keren|miljoenen)\b)"
    r"[a-zà-ÿ-]{3,}(?:en|s)\b"
)
"""A number or quantifier, perhaps an adjective, then a plural noun that is not a stretch of time."""


def group_first(sentence: str) -> bool:
    """The sentence opens with a group as its subject ("Vier letterenwetenschappers keren zich in een open brief
    tegen ..."): a quote after it is theirs, not one of the people the sentence names.

    >>> group_first("Vier letterenwetenschappers keren zich tegen het besluit"), group_first("Drie weken later zei ze")
    (True, False)
    >>> group_first("Twee jonge bewoners gingen in beroep"), group_first("Veel is nog onzeker")
    (True, False)
    """
    return bool(_GROUP.match(sentence))


def after_preposition(text: str, mention: Mention) -> bool:
    """A person named after a preposition that makes them the other party ("kennismaking met Winsemius", "een
    brief aan minister Peeters"): the one the sentence's speaker deals with, not the speaker.

    >>> p = Person("Winsemius")
    >>> after_preposition("De eerste kennismaking met Winsemius was verrassend.", Mention(27, 27, p))
    True
    >>> after_preposition("Winsemius was verrassend.", Mention(0, 0, p))
    False
    >>> after_preposition("Ze stuurde een brief aan minister Winsemius.", Mention(34, 34, p))
    True
    """
    return is_other_party(text, mention.pos)




def people_named(people: list[Person], sentence: str) -> set[str]:
    """The people a sentence names: those registered, and full names the register left out ("en Natacha Deroost"),
    but not one named as the other party ("belde met Hans Renders").

    >>> sorted(people_named([Person("Frank Peeters")], "Frank Peeters en Natacha Deroost lichten het toe."))
    ['Frank Peeters', 'Natacha Deroost']
    >>> sorted(people_named([Person("Gerrit van den Brink")], "Van den Brink belde met Hans Renders."))
    ['Gerrit van den Brink']
    """
    names = {p.name for p in people}
    for pos, run in without_expansions(sentence, name_runs(sentence)):
        before = sentence[:pos].split()[-1:]
        if not (looks_like_name(run) and is_first_name(run.split()[0]) and run.split()[0] not in CAPITAL_PARTICLES):
            continue
        if before and before[0].lower() in OTHER_PARTY or employs(sentence, run):
            continue
        if not any(run.lower() in n.lower() or n.lower() in run.lower() for n in names):
            names.add(run)
    return names


def writers_question(sentence: str) -> bool:
    """A short question of the writer's that a quote answers ("Hoe de techniek werkt?", "Waarom?").

    >>> writers_question(" Hoe de techniek werkt? "), writers_question("Wat betekent dit voor de duizenden bewoners van de wijk en hun buren?")
    (True, False)
    """
    return sentence.strip().endswith("?") and len(sentence.split()) <= 6


_ABOUT_HIM = re.compile(r"\b(?:hij|hem|zijn|haar)\b")
"""A third-person singular pronoun: the sentence goes on about the one person named before it."""


_ROLE_THEN_CAPITALS = re.compile(rf"(?<![\w-])([a-zà-ÿ][\w-]+)\s+((?:[{CAPITAL}][\w'’.-]*\s+){{0,2}}[{CAPITAL}][\w'’-]+)")


def introduced_names(sentence: str) -> list[str]:
    """Names a role noun introduces, however they are spelled ("Key-note spreker PJ Beers, ..."): someone new the
    sentence is about, whom the register may have missed.

    >>> introduced_names("Key-note spreker PJ Beers nam de deelnemers mee."), introduced_names("Het regent in Gent.")
    (['PJ Beers'], [])
    """
    return [
        m.group(2)
        for m in _ROLE_THEN_CAPITALS.finditer(sentence)
        if is_role_word(m.group(1)) and m.group(1).lower() not in ROLE_ADJECTIVES and len(m.group(2).split()) >= 2
        and is_name_token(m.group(2).split()[-1])
    ]


def passes_over(sentence: str) -> bool:
    """A sentence between a person and a quote that keeps the quote theirs: a short question of the writer's that
    the quote answers ("Hoe de techniek werkt?"), or one still about him or her ("... sluit aan bij zijn
    beleidsintenties.").

    >>> passes_over("Hoe de techniek werkt?"), passes_over("Het initiatief sluit aan bij zijn plannen."), passes_over("Het regent.")
    (True, True, False)
    >>> passes_over("Wat vinden de buren?"), passes_over("Hoe reageren haar collega's?"), passes_over("Wat vinden we ervan?")
    (False, False, True)
    """
    if asks_others(sentence):
        return False  # "Wat vinden de buren?": the question turns to others, and they answer
    return writers_question(sentence) or bool(_ABOUT_HIM.search(sentence))


def asks_others(text: str) -> bool:
    """A sentence of ``text`` asks others, not the person the text is about: "Wat vinden de buren?".

    >>> asks_others("Ze woont aan de dijk. Hoe reageren de ouders?"), asks_others("Ze woont aan de dijk. Waarom?")
    (True, False)
    """
    return any(_ASKS_OTHERS.match(s) for s in re.split(r"(?<=[.!?:])\s+", text.strip()))


_ASKS_OTHERS = re.compile(
    rf"\s*(?:Wat|Hoe|Waarom|Wie|Waar|Wanneer|Welke)\s+(?:{'|'.join(sorted(PLURAL_VERBS))})\s+(?!(?:we|wij|jullie|u)\b)\w[^?]*\?\s*$"
)
"""A question put to others: a plural verb of saying or of view whose subject is not the writer's "we" ("Wat vinden
de buren?", "Hoe reageren de ouders?")."""


def first_name_label(speaker: Person | None, registry: Registry) -> bool:
    """A speaker that a colon label names by a first name no one named in full shares ("Dylan: '...'"): he may be
    named as the page names him.

    >>> r = Registry(); _ = r.add("Rogier Smit")
    >>> first_name_label(Person("Dylan"), r), first_name_label(Person("Rogier"), r)
    (True, False)
    """
    name = speaker.name if speaker else "-"
    shared = any(p.name.split()[0] == name for p in registry.people if len(p.name.split()) > 1)
    return is_first_name(name) and not shared


def registered_tail(registry: Registry, name: str) -> Person | None:
    """The registered person a name ends with, after words that are no first name run into it: a subhead set in
    the paragraph's first line ("Regiodeal Van ’t Hoog: ..." after Peter van ’t Hoog).

    >>> r = Registry(); _ = r.add("Peter van ’t Hoog")
    >>> registered_tail(r, "Regiodeal Van ’t Hoog").name, registered_tail(r, "Jan Hoog")
    ('Peter van ’t Hoog', None)
    """
    return glued_tail(registry.people, name)
