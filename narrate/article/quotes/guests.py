"""Whom a title or lead gives the article to: the guest of an interview ("Acht vragen aan Jan Hendrik Dronkers"),
the person of a portrait ("Het verhaal van Linda", "Raadsonderzoeker Lidewey: ‘...’"), or a page that is one
person's ("Arie Slob")."""

from __future__ import annotations

import re

from ..firstnames import is_first_name
from ..letters import CAPITAL
from ..furniture.signatures import is_quote_alone
from ..people import FIRST_PERSON_WORDS, NON_NAME, Person, is_full_name, is_name_label, is_role_word, looks_like_name, name_runs
from .clauses import Analysis
from .phrases import leading_phrase, split_tokens
from .registry import Registry

_LABELLED_TITLE = re.compile(rf"^(?P<role>[\w-]+)\s+(?P<name>[{CAPITAL}][\w'’-]+):\s*[‘'“\"]")
"""A title that is a role and a first name, then their words: "Raadsonderzoeker Lidewey: ‘Raadswerk is ...’"."""

_INTERVIEW_TITLE = re.compile(
    r"(?i:\bvragen aan|\binterview met|\b(?:in |een )?(?:vraag)?gesprek met|\bpraat(?:te)? met|\bte gast:|\baan het woord:|"
    r"^het verhaal van|^portret(?: van|:))\s+(?P<rest>.+)$"
)


def interviewee_in(title: str | None) -> str | None:
    """The person a title says the questions go to.

    >>> interviewee_in("Acht openhartige vragen aan Jan Hendrik Dronkers, directeur-generaal Rijkswaterstaat.")
    'Jan Hendrik Dronkers'
    >>> interviewee_in("In gesprek met de burgemeester"), interviewee_in("Jan Peeters stopt ermee")
    (None, None)
    >>> interviewee_in("Het verhaal van Linda"), interviewee_in("Het verhaal van Amsterdam")
    ('Linda', None)
    >>> interviewee_in("Arie Slob"), interviewee_in("Den Haag"), interviewee_in("Maudy Mulder, Adviseur vaarwegen")
    ('Arie Slob', None, 'Maudy Mulder')
    >>> interviewee_in("Raadsonderzoeker Lidewey: ‘Raadswerk is met niets te vergelijken’")
    'Lidewey'
    >>> interviewee_in("Gemeente Utrecht: ‘We bouwen door’"), interviewee_in("Minister Peeters: ‘We bouwen door’")
    (None, 'Peeters')
    >>> interviewee_in("Geert van Maanen: voormalig topambtenaar"), interviewee_in("Geert van Maanen: een leven in dienst")
    ('Geert van Maanen', None)
    """
    head, colon, rest = (title or "").partition(":")
    if colon and is_full_name(head.strip()) and _only_roles(rest):
        return head.strip()  # "Geert van Maanen: voormalig topambtenaar": a page that is one person's
    name = (title or "").split(",")[0].strip()
    whole = name_runs(name)
    if whole and whole[0] == (0, name) and is_first_name(name.split()[0]) and looks_like_name(name) and is_name_label(title):
        return name  # "Arie Slob", "Maudy Mulder, Adviseur vaarwegen": a page that is one person's, its questions theirs
    labelled = _LABELLED_TITLE.match(title or "")
    if labelled and is_role_word(labelled.group("role")) and labelled.group("name") not in NON_NAME:
        return labelled.group("name")  # "Raadsonderzoeker Lidewey: ‘...’": a portrait by first name, its words in the title
    m = _INTERVIEW_TITLE.search(title or "")
    runs = name_runs(m.group("rest")) if m else []
    if m and not runs and is_first_name(m.group("rest").strip(" .!?")):
        return m.group("rest").strip(" .!?")  # "Het verhaal van Linda": a portrait that names her by her first name
    return runs[0][1] if runs and runs[0][0] == 0 and looks_like_name(runs[0][1]) else None


def _only_roles(text: str) -> bool:
    """Words that only say what someone is or was ("voormalig topambtenaar", "directeur van de haven")."""
    words = re.findall(r"[^\W\d_][\w-]*", text)
    joins = {"van", "de", "het", "bij", "en", "voor"}
    return 1 <= len(words) <= 6 and not re.search(r"[\d‘’“”\"']", text) and all(w in joins or is_role_word(w.lower()) for w in words)


_ANNOUNCED = re.compile(r"(?:^|[.!?]\s+)(?:Een|In dit|In een)\s+(?:(?:kort|openhartig|persoonlijk)\s+)?(?:gesprek|interview|vraaggesprek)\b")


def announced_guest(lead: str) -> str | None:
    """The one person a standfirst names in full when it announces the interview without naming them there: "...
    John van der Zwan is een van de twee voorzitters van de veiligheidsdirectie. Een gesprek over afstemmen."

    >>> announced_guest("Jan Peeters is voorzitter van de raad. Een gesprek over de toekomst.")
    'Jan Peeters'
    >>> announced_guest("Jan Peeters en Mia Claes leiden de raad. Een gesprek over de toekomst."), announced_guest("Jan Peeters is voorzitter.")
    (None, None)
    """
    if not _ANNOUNCED.search(lead):
        return None
    names = {name for _, name in name_runs(lead) if looks_like_name(name)}
    full = {name for name in names if is_first_name(name.split()[0])}
    return next(iter(full)) if len(full) == 1 and len(names) == 1 else None


def opening_quote_of(analyses: list[Analysis], registry: Registry, title: str | None) -> None:
    """The quote that opens a page the title gives to one person ("Chris Kalden: voormalig topambtenaar"), or whose
    title opens with a full name as its subject ("Carmen Willems zet het museum op de kaart") that the text names too,
    alone as its lead or first paragraph: their words set over their page, as a portrait's standfirst is; and one in
    the first person under a title that holds the one person the text names ("Het werk van Silke")."""
    page = _page_of(title)
    guest = page or title_subject(title)
    first = analyses[0] if analyses else None
    if first is None or not is_quote_alone(first.passage.text) or len(first.found) != 1:
        return
    found = first.found[0]
    if guest is None and FIRST_PERSON_WORDS & set(re.findall(r"\w+", found.text.lower())):
        guest = one_person_in(title, registry)  # "Er zit meer achter het werk van Silke" over "‘... mijn drijfveer’"
    if guest is None:
        return
    person = registry.find(guest) or (registry.add(guest) if page else None)
    if person is not None and found.full and found.speaker is None and found.phrase is None and not found.turn:
        found.speaker, found.attribution = person, "context"


def one_person_in(title: str | None, registry: Registry) -> str | None:
    """The one registered person whose name (or surname, or first name) a title holds anywhere: the person of a
    portrait whose standfirst speaks in the first person.

    >>> r = Registry(); _ = r.add("Silke Jansen"); one_person_in("Het werk van Silke", r), one_person_in("Werk", r)
    ('Silke Jansen', None)
    """
    words = set(re.findall(r"[\w'’-]+", title or ""))
    found = {p.name for p in registry.people if p.is_person and (_called(p) & words or p.name in (title or ""))}
    return next(iter(found)) if len(found) == 1 else None


def _called(person: Person) -> set[str]:
    """The words a title may call a person by: the name, its surname and the like, the first name."""
    first = person.name.split()[0]
    return {person.name, *person.aliases} | ({first} if is_first_name(first) else set())


def title_subject(title: str | None) -> str | None:
    """The full name a title opens with as the subject of its verb.

    >>> title_subject("Carmen Willems zet het museum op de kaart"), title_subject("Minister Jan Peeters opent de brug")
    ('Carmen Willems', 'Jan Peeters')
    >>> title_subject("Jan Peeters en Anna Vos openen de brug"), title_subject("Gent Zuid krijgt een brug")
    (None, None)
    """
    tokens = split_tokens(title or "")
    phrase, used = leading_phrase(tokens)
    verb = tokens[used] if phrase is not None and used < len(tokens) else ""
    if phrase is None or phrase.kind != "name" or not is_full_name(phrase.text):
        return None
    return phrase.text if verb.isalpha() and verb.islower() and verb not in _NO_VERB else None


_NO_VERB = frozenset("en of van voor met bij uit in op aan over naar tegen als".split())
"""Words after a name that make it no sentence's subject: a second person, or the name governed by what follows."""


def _page_of(title: str | None) -> str | None:
    """The person whose page the title says it is: their full name alone, or with their role after a comma or colon.

    >>> _page_of("Chris Kalden: voormalig topambtenaar"), _page_of("Acht vragen aan Jan Hendrik Dronkers")
    ('Chris Kalden', None)
    """
    guest = interviewee_in(title)
    head = re.split(r"[,:]", title or "")[0].strip()
    return guest if guest is not None and guest == head and is_full_name(guest) else None
