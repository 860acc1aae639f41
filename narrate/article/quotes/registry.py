"""The register of people: everyone the article names, with their roles."""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz.distance import Levenshtein

from ..letters import CAPITAL
from ..people import (
    CAP,
    CAPITAL_PARTICLES,
    ROLE_ADJECTIVES,
    SENTENCE_STARTERS,
    Person,
    aliases_for,
    is_name_token,
    is_person_description,
    is_role_word,
    name_runs,
)
from .clauses import Analysis
from ..firstnames import is_first_name
from .appositions import apposition
from .initials import INITIALS, initialled_names, initials_defined, speaks_at
from .expansions import without_expansions
from .glued import run_in_surname
from .employers import employs
from .predicates import predicated_role
from .phrases import leading_phrase, split_tokens
from .role_names import capital_field_before_name
from .fields import field_after_role, field_of_words, field_word, function_after_als
from .spans import SENTENCE_PUNCT
from .words import SPEECH_VERBS, before_copula


class Registry:
    """Everyone the article names, so that "Shea" becomes Jamie Shea."""

    def __init__(self) -> None:
        self.people: list[Person] = []

    def add(self, name: str, role: str | None = None, is_person: bool = True) -> Person:
        """Record a name (and role); a shorter form of a known name adds nothing."""
        name = clean_name(name)
        person = self.find(name)
        if person is None and is_person:
            # A subhead run into a name ("Regiodeal Van ’t Hoog: ...") is no second person: left in, it would take
            # the surname ("Van ’t Hoog") from the person it names, as the later of two sharing one does.
            person = run_in_surname(self.people, name)
        if person is None:
            person = Person(name, None, aliases_for(name) if is_person else set(), is_person)
            self._absorb_shorter(person)
            self.people.append(person)
        elif len(name.split()) > len(person.name.split()) and name.endswith(person.name):
            person.name = name
            person.aliases |= aliases_for(name)
        if role and not person.role:
            person.role = role
        return person

    def find(self, name: str) -> Person | None:
        """The person a name or alias refers to (the latest one added, if two share a surname)."""
        name = clean_name(name)
        for person in reversed(self.people):
            if person.name == name:
                return person
        for person in reversed(self.people):
            if name in person.aliases:
                return person
        return self._misspelt(name)

    def _misspelt(self, name: str) -> Person | None:
        """The one person whose surname a lone surname misses by a letter ("Tybaut" for Bart Thybaut): a typo, not a
        second person."""
        if " " in name or len(name) < 5:
            return None
        near = [
            p for p in self.people
            if p.is_person and len(p.name.split()) >= 2 and Levenshtein.distance(p.name.split()[-1], name) == 1
        ]
        return near[0] if len(near) == 1 else None

    def alias_first_names(self, text: str, counts: Counter[str]) -> None:
        """Let a first name used on its own ("Kim", "Xi") refer to its full name.

        ``counts`` holds how often each word and word pair of ``text`` occurs."""
        # Only full names count: a label "Rogier:" registered on its own is the same first name,
        # not a second Rogier, and is folded into the one full name it stands for.
        firsts = Counter(p.name.split()[0] for p in self.people if p.is_person and len(p.name.split()) >= 2)
        for person in list(self.people):
            tokens = person.name.split()
            if person.is_person and len(tokens) >= 2 and firsts[tokens[0]] == 1:
                if counts[tokens[0]] > counts[f"{tokens[0]} {tokens[1]}"]:
                    person.aliases.add(tokens[0])
                    self._absorb_shorter(person)

    def _absorb_shorter(self, person: Person) -> None:
        # A surname seen first (a pull quote line "Shea") and the full name
        # later: fold the short entry into the full one.
        for other in list(self.people):
            if other.name in person.aliases:
                person.role = person.role or other.role
                self.people.remove(other)


def clean_name(name: str) -> str:
    """A name without possessive ending or surrounding punctuation.

    >>> clean_name("Zelensky's"), clean_name("Shea,")
    ('Zelensky', 'Shea')
    """
    name = " ".join(name.split()).strip(" ,.;:()")
    return re.sub(r"(?:'s|’s|')$", "", name)


def build_registry(analyses: list[Analysis], pull_names: list[tuple[str, str | None]]) -> Registry:
    """Everyone named with a role, as a speaker, as a sentence's subject or more than once."""
    entries: list[tuple[int, int, str, str | None, bool]] = []
    everything = " ".join(a.passage.text for a in analyses)
    counts = word_counts(everything)
    for index, analysis in enumerate(analyses):
        text = analysis.outside_quotes(0, len(analysis.passage.text))
        for pos, name, role in people_in(text, everything, counts):
            if role or not (_named_as_place(name, everything) or employs(everything, name)):
                entries.append((index, pos, name, role, True))
        for found in analysis.found:
            phrase = found.phrase
            if phrase is not None and phrase.kind == "name":
                entries.append((index, found.phrase_at, phrase.text, phrase.role, True))
            elif phrase is not None and phrase.kind == "description" and not is_person_description(phrase.text):
                entries.append((index, found.phrase_at, phrase.text, None, False))
    registry = Registry()
    multi = sorted((e for e in entries if len(e[2].split()) > 1), key=lambda e: (e[0], e[1]))
    single = sorted((e for e in entries if len(e[2].split()) <= 1), key=lambda e: (e[0], e[1]))
    for _index, _pos, name, role, is_person in multi + single:
        registry.add(name, role, is_person)
    for name, role in pull_names:
        registry.add(name, role)
    registry.alias_first_names(everything, counts)
    for initials, name in initials_defined(everything).items():
        person = registry.find(name)  # "JV: ‘...’" is Jo Vandeurzen's, who the text names as "Jo Vandeurzen (JV)"
        if person is not None and person.is_person and person.name == name:
            person.aliases.add(initials)
            registry._absorb_shorter(person)
    for name in initialled_names(everything):
        if registry.find(name) is None and registry.find(name.split()[-1]) is None:
            registry.add(name)  # "Prof. dr. K. Vermaat": someone, though no first name shows it
    _complete_lone_names(registry, everything)
    _drop_surname_runs(registry)
    return registry


def _complete_lone_names(registry: Registry, text: str) -> None:
    """A name registered on its own ("Yihong: “...”") that the text gives in full once ("Yihong Li (34)") is that
    full name: one person, named aloud in full."""
    runs = [run for _, run in name_runs(text) if _all_name_tokens(run)]
    for person in [p for p in registry.people if p.is_person and " " not in p.name]:
        full = {run for run in runs if run.split()[0] == person.name}
        if len(full) == 1 and registry.find(name := full.pop()) is None:
            person.name = name
            person.aliases |= aliases_for(name) | {name.split()[0]}


def introduced_in_title(title: str | None, text: str) -> list[tuple[str, str | None]]:
    """The person a headline opens with, by role and name, whom the ``text`` names again: introduced there, so that
    "de minister" in the text is them (a portfolio after the role, "Schepen Studentenzaken", the text never names).

    >>> introduced_in_title("Minister De Crem spreekt het korps toe", "Het korps hoorde De Crem aan.")
    [('De Crem', 'Minister')]
    >>> introduced_in_title("Ter Horst neemt afscheid", "Ter Horst"), introduced_in_title("Schepen Studentenzaken wil zalen", "")
    ([], [])
    >>> introduced_in_title("Maarten Camps op NPO Radio 1", "..., stelt Camps.")
    [('Maarten Camps', None)]
    """
    phrase = leading_phrase(split_tokens(title))[0] if title else None
    if phrase is None or phrase.kind != "name":
        return []
    if phrase.role and re.search(rf"\b{re.escape(phrase.text)}\b", text):
        return [(phrase.text, phrase.role)]
    # "Maarten Camps op NPO Radio 1: ..." over "..., stelt Camps.": the text uses the surname of the title's full name.
    first, *rest = phrase.text.split()
    surname = rest[-1] if rest else ""
    if is_first_name(first) and surname[:1].isupper() and re.search(rf"\b{re.escape(surname)}\b", text):
        return [(phrase.text, phrase.role)]
    return []


def _all_name_tokens(run: str) -> bool:
    """Every capitalised word of a run can stand in a person's name ("Yihong Li"; not "Vermeulen Bouwgroep")."""
    tokens = [t for t in run.split() if t[:1].isupper()]
    return all(is_name_token(t, last=i == len(tokens) - 1) for i, t in enumerate(tokens))


def _drop_surname_runs(registry: Registry) -> None:
    """ "trekt Verlinden de Kamerlijst": a known surname followed by a particle and a capital is
    that person and some words after, not a new "Verlinden de Kamerlijst"; followed by a first name
    ("Houterman Anne-Marie Fokkens"), it is that person and another run together."""
    surnames = {p.name.split()[-1] for p in registry.people if p.is_person and len(p.name.split()) > 1}
    for person in list(registry.people):
        tokens = person.name.split()
        if len(tokens) > 2 and tokens[0] in surnames and (tokens[1].islower() or is_first_name(tokens[1])):
            registry.people.remove(person)


def word_counts(text: str) -> Counter[str]:
    """How often each word (and each pair of words) occurs, possessive
    endings ("Kims", "Zelensky's") counted with the word."""
    counts: Counter[str] = Counter()
    words = re.findall(r"(?<![\w-])[\w-]+(?:'s|’s)?", text)
    counts.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    for word in words:
        counts[word] += 1
        stem = re.sub(r"(?:'s|’s)$", "", word)
        if stem != word:
            counts[stem] += 1
        elif word.endswith("s") and len(word) > 2:
            counts[word[:-1]] += 1
    return counts


def people_in(text: str, everything: str = "", counts: Counter[str] | None = None) -> list[tuple[int, str, str | None]]:
    """Names in running text that stand for people, with a role where given:
    "Oekraïens president Volodymyr Zelensky", "Jamie Shea, een gewezen ...",
    "premier Schoof", or a full name that opens a sentence, recurs or starts with a first name.

    >>> people_in("Volgens Oekraïens president Volodymyr Zelensky leden ze verliezen.")
    [(28, 'Volodymyr Zelensky', 'Oekraïens president')]
    >>> people_in("ging minister van Buitenlandse Zaken Choe Son-hui prat")
    [(37, 'Choe Son-hui', 'minister van Buitenlandse Zaken')]
    >>> people_in("Het nieuws komt van Vlaams minister van Omgeving Jo Geerts.")
    [(49, 'Jo Geerts', 'Vlaams minister van Omgeving')]
    """
    found = []
    appositions: list[tuple[int, int]] = []  # "Rik Gosselink, vicerector Studentenbeleid,": no one else in there
    for pos, name in without_expansions(text, name_runs(text)):
        pos, name = _without_portfolio(text, pos, name)
        if name is None or field_of_words(name) or function_after_als(text[:pos], name):
            continue
        opens = _opens_sentence(text[:pos])
        pos, name = _without_opener(text, pos, name, opens)
        if field_after_role(name, _role_before(text[:pos]), everything or text):
            continue  # "Lector Nieuwe Business Modellen", "wijkmanager Binnenstad": the role's field, no one
        role = _role_before(text[:pos]) or _role_apposed(text[:pos], text[pos + len(name) :], name)
        if role is None and (role := _role_after(text[pos + len(name) :])):
            start = text.find(role, pos + len(name))
            appositions.append((start, start + len(role)))
        role = role or predicated_role(text[:pos], text[pos + len(name) :], opens)
        if not role and INITIALS.fullmatch(name.split()[0]) and not speaks_at(text[:pos], text[pos + len(name) :]):
            continue  # a bare "J. Peeters" is a byline or a photo credit unless a verb of saying makes them speak
        recurs = _recurs(name, everything or text, counts) and _could_be_named(name, everything or text)
        if role or recurs or opens or _said_by(text[:pos], name) or _full_name(name):
            found.append((pos, name, role))
    for m in re.finditer(rf"(?<![\w-])([\w-]+)\s+({CAP})(?![\w’'-]|\s+{CAP})", text):
        # "het toenmalige Rijkstraineeprogramma": an adjective of roles alone makes no one a person.
        if (
            is_role_word(m.group(1))
            and m.group(1).lower() not in ROLE_ADJECTIVES
            and is_name_token(m.group(2))
            and m.group(2) not in SENTENCE_STARTERS
            and not capital_field_before_name(split_tokens(text[m.start(2) : m.start(2) + 120]))
            and not _FIELD_AT.match(text, m.end()) and not field_word(m.group(2), everything or text)
        ):  # "hoogleraar Epidemiologie van Tropische Infectieziekten Teun Bousema": a field, then the person
            inside = any(p <= m.start(2) < p + len(n) for p, n, _r in found) or any(a <= m.start(2) < b for a, b in appositions)
            if not inside:
                found.append((m.start(2), m.group(2), m.group(1)))
    found.extend(_first_names_with_role(text, found))
    return sorted(found)


def _first_names_with_role(text: str, found: list[tuple[int, str, str | None]]) -> list[tuple[int, str, str | None]]:
    """A first name alone with its role set beside it: "Jeroen, buitengewoon opsporingsambtenaar bij de gemeente,
    werkt met passie" introduces Jeroen as a person as surely as a full name would.

    >>> _first_names_with_role("Jeroen, wijkagent bij de gemeente, werkt met passie.", [])
    [(0, 'Jeroen', 'wijkagent bij de gemeente')]
    >>> _first_names_with_role("Jeroen, Els en Mia gingen mee.", [])
    []
    """
    named = [(p, p + len(n)) for p, n, _r in found]
    out = []
    for m in re.finditer(rf"(?<![\w’'-])({CAP}),\s", text):
        if not is_first_name(m.group(1)) or any(a <= m.start(1) < b for a, b in named):
            continue
        role = _role_after(text[m.end(1) :])
        if role is not None:
            out.append((m.start(1), m.group(1), role))
    return out


_FIELD_AT = re.compile(r"\s+(?:van|aan|bij)\s+(?:de|het)\s")
"""After a role and one capitalised word, the place its field is held: "hoogleraar Neurowetenschappen van het
Erasmus MC" names a chair, not a person ("minister Hoekstra van Financiën" still does)."""

_PORTFOLIO_BEFORE = re.compile(rf"(?:^|(?<=\s))([\w-]+)\s+(?:van|voor)\s+(?P<joined>(?:[{CAPITAL}][\w-]*,?\s+)+(?:en|&)\s+)?$")
"""A role and its portfolio before a run of capitals: "minister van ", "minister van Mobiliteit en "."""


def _without_portfolio(text: str, pos: int, name: str) -> tuple[int, str | None]:
    """ "minister van Omgeving Jo Geerts", "minister van Mobiliteit en Openbare Werken Ben Weyts": the portfolio
    belongs to the role, and the name starts at its first name.

    >>> _without_portfolio("Vlaams minister van Mobiliteit en Openbare Werken Ben Weyts zet in", 34, "Openbare Werken Ben Weyts")
    (50, 'Ben Weyts')
    """
    before = _PORTFOLIO_BEFORE.search(text[:pos])
    tokens = name.split()
    at = next((k for k, t in enumerate(tokens) if is_first_name(t) and len(tokens) - k >= 2), None)
    first_name_later = at is not None and at > 0
    if not before or not is_role_word(before.group(1)):
        # "hoogleraar Immunobiologie Annemarie Meijer", "hoogleraar Epidemiologie van Tropische Infectieziekten
        # Teun Bousema": a capitalised field right after the role.
        if not (first_name_later and _role_before_field(text[:pos])):
            return pos, name
    if first_name_later:
        return pos + len(" ".join(tokens[:at])) + 1, " ".join(tokens[at:])
    if before.group("joined"):
        return pos, name
    first, _, rest = name.partition(" ")
    if len(rest.split()) >= 2 or (rest and is_name_token(rest)):
        return pos + len(first) + 1, rest if len(rest.split()) >= 2 else None
    return pos, None


def _role_apposed(before: str, after: str, name: str) -> str | None:
    """The role a full name is set beside between commas: "Voorzitter van de Eerste Kamer, Ankie Broekers-Knol,".

    >>> _role_apposed("Voorzitter van de Eerste Kamer, ", ", voegde daar aan toe", "Ankie Broekers-Knol")
    'Voorzitter van de Eerste Kamer'
    >>> _role_apposed("Het kabinet besloot, ", ", zo bleek", "Ankie Broekers-Knol")
    >>> _role_apposed("De burgemeester van Gent, ", ", zei", "Mathias De Clercq")
    'burgemeester van Gent'
    >>> _role_apposed("Een tekst die door de federale minister van Milieu, ", ", wordt", "Zakia Khattabi")
    'federale minister van Milieu'
    """
    if not (before.endswith(", ") and after.startswith(",") and is_first_name(name.split()[0])):
        return None
    segment = re.split(r"[,.;:!?]\s", before[:-2])[-1].strip()
    segment = re.sub(r"^(?:[Dd]e|[Hh]et)\s+(?=\S+\s)", "", segment)  # "De Voorzitter van de Eerste Kamer, Ankie ..."
    words = segment.split()
    if 1 <= len(words) <= 8 and is_role_word(words[0]):
        return segment
    # "Een tekst die door de federale minister van Milieu, Zakia Khattabi, ...": the role closes the clause.
    for at in range(len(words) - 1):
        role = words[at + 1 :]
        if words[at] in {"de", "het"} and len(role) <= 6 and (is_role_word(role[0]) or _is_adjective(role[0], role[1:2])):
            return " ".join(role)
    return None


def _said_by(before: str, name: str) -> bool:
    """A full name right after a verb of saying: "Hoe dat gaat, vertelt Esther van Popta." introduces her.

    >>> _said_by("Hoe dat in de praktijk gaat, vertelt ", "Esther van Popta"), _said_by("Ze bezocht ", "Esther van Popta")
    (True, False)
    """
    words = before.split()
    return bool(words) and words[-1].lower() in SPEECH_VERBS and len(name.split()) >= 2 and is_first_name(name.split()[0])


def _full_name(name: str) -> bool:
    """A first name and a surname ("belichtte Birgit Donker ..."): someone, even named once and without a role.

    >>> _full_name("Birgit Donker"), _full_name("Mondriaan Fonds")
    (True, False)
    """
    return len(name.split()) >= 2 and is_first_name(name.split()[0])


def _named_as_place(name: str, text: str) -> bool:
    """The text puts the name right after "in" or "uit" somewhere: a place, a programme or a paper, never a person
    ("zegt hij in Rijnmond Filmrol", "een delegatie uit Sint Maarten"), wherever else it opens a sentence.

    >>> _named_as_place("Rijnmond Filmrol", "Hij zegt in Rijnmond Filmrol: ...")
    True
    >>> _named_as_place("Jan Peeters", "Ze sprak met Jan Peeters in Gent.")
    False
    """
    return re.search(rf"(?<![\w-])(?:in|uit)\s+{re.escape(name)}(?![\w-])", text) is not None


def _role_before_field(before: str) -> bool:
    """A role word, then perhaps the first words of its field in capitals ("hoogleraar Epidemiologie van ").

    >>> _role_before_field("volgens hoogleraar Epidemiologie van "), _role_before_field("Voorzitter van de ")
    (True, True)
    >>> _role_before_field("Chirurg van de afdeling "), _role_before_field("Het nieuws komt van ")
    (True, False)
    """
    words = before.split()
    while words and not is_role_word(words[-1]) and (words[-1][:1].isupper() or words[-1].isalpha()):
        words.pop()  # the field's words, and the department they name ("van de afdeling Plastische Chirurgie")
    return bool(words) and len(before.split()) - len(words) <= 6 and is_role_word(words[-1])


def _without_opener(text: str, pos: int, name: str, opens: bool) -> tuple[int, str]:
    """ "Opvolger Gerrit Jan Schaeffer blaakt ...": a sentence's first word, capitalised because it opens the
    sentence, is no part of the name when a first name follows it.

    >>> _without_opener("Opvolger Gerrit Jan Schaeffer blaakt", 0, "Opvolger Gerrit Jan Schaeffer", True)
    (9, 'Gerrit Jan Schaeffer')
    """
    tokens = name.split()
    if len(tokens) >= 3 and opens and not is_first_name(tokens[0]) and is_first_name(tokens[1]):
        return pos + len(tokens[0]) + 1, " ".join(tokens[1:])
    return pos, name


def _could_be_named(name: str, text: str = "") -> bool:
    """A name whose recurring surname makes it someone: it opens with a first name or a particle, or the surname
    alone speaks ("zegt Bosscher" after "Doeko Bosscher"); "Lokaal Apeldoorn", whose town recurs, is a party.

    >>> _could_be_named("Jeroen Joon"), _could_be_named("Van Rompuy"), _could_be_named("Lokaal Apeldoorn")
    (True, True, False)
    >>> _could_be_named("Doeko Bosscher", "Doeko Bosscher stopt. 'Klaar', zegt Bosscher.")
    True
    """
    first, last = name.split()[0], re.escape(name.split()[-1])
    if is_first_name(first) or first in CAPITAL_PARTICLES or len(name.split()) == 1:
        return True
    return any(
        m.group(1).lower() in SPEECH_VERBS or (m.group(2) or "").lower() in SPEECH_VERBS
        for m in re.finditer(rf"(\w+)\s+{last}\b(?:\s+(\w+))?", text)
    )


def _recurs(name: str, text: str, counts: Counter[str] | None = None) -> bool:
    """The surname (or, for "Kim Jong-un", the first name) also stands on its own."""
    counts = counts if counts is not None else word_counts(text)
    tokens = name.split()
    return (
        counts[tokens[-1]] > counts[f"{tokens[-2]} {tokens[-1]}"]
        or counts[tokens[0]] > counts[f"{tokens[0]} {tokens[1]}"]
    )


def _opens_sentence(before: str) -> bool:
    before = before.rstrip()
    if not before or before[-1] in SENTENCE_PUNCT + ":":
        return True
    # "... realiseert.’ Opvolger Gerrit Jan Schaeffer": after a quote that ends a sentence (or a blanked one).
    if before[-1] in "’'\"”»" and (before[-2:-1] in SENTENCE_PUNCT or re.search(r"[‘'\"“„«]\s+.$", before)):
        return True
    m = re.search(r"(?:^|[.!?:]\s+)(\w+)$", before)
    return bool(m) and m.group(1) in SENTENCE_STARTERS


def _role_before(text: str) -> str | None:
    tokens = text.split()
    taken: list[str] = []
    for token in reversed(tokens[-9:]):
        low = token.lower()
        if token[-1] in ",;:":
            break  # "Viceminister-president Ingrid Lieten, gouverneur Herman Reynders": a list's previous entry
        joins = low in {"en", "&"} and taken and taken[0][:1].isupper()  # "van Mobiliteit en Openbare Werken"
        if is_role_word(token) or low in {"van", "voor"} or joins or (token[:1].isupper() and token not in SENTENCE_STARTERS):
            taken.insert(0, token)
        else:
            break
        if taken[1:] and low.endswith(("’s", "'s")):
            break  # "adviseur van ESA’s directeur-generaal X": the role before the possessive is someone else's
    while taken and not is_role_word(taken[0]) and not _is_adjective(taken[0], taken[1:2]):
        taken.pop(0)
    if not taken or not any(is_role_word(t) and t.lower() not in ROLE_ADJECTIVES for t in taken):
        return None
    if re.search(r"[,.;:!?]$", taken[-1]):
        return None
    return " ".join(taken)


def _is_adjective(token: str, following: list[str]) -> bool:
    """ "Oekraïens" or "Russische" right before a role noun."""
    return bool(following) and is_role_word(following[0]) and bool(re.search(r"(?:s|se|e|sch)$", token))


def _role_after(text: str) -> str | None:
    tokens = split_tokens(text)
    role, _used = apposition(tokens, 0)
    if role and any(is_role_word(t) for t in re.split(r"[\s]+", role)):
        return before_copula(role)
    return None
