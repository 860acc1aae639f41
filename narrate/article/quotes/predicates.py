"""A role the sentence gives a person by a predicate rather than before the name: "Wim Willems is wethouder in
Apeldoorn.", "Als wethouder is Wim Willems ...", "Peter van 't Hoog (gedeputeerde)"."""

from __future__ import annotations

import re

from ..letters import CAPITAL
from ..people import ROLE_ADJECTIVES, is_role_word

_SINCE = r"(?:sinds|vanaf)\s+(?:\d{1,2}\s+)?(?:(?:vorig|dit|afgelopen|enige|enkele|een|twee|drie|vier|vijf|tien)\s+)?(?:\d{4}|[a-z]+)(?:\s+\d{4})?\s+"
"""Since when: "sinds 2018 ", "sinds maart ", "sinds 1 januari 2020 ", "sinds vorig jaar ", "vanaf kort "."""

_COPULA = re.compile(
    r"\s+(?:(?P<serves>werkt|fungeert|functioneert|dient|is\s+(?:werkzaam|actief|aan\s+de\s+slag|aangesteld|benoemd|verkozen))|is)\s+"
    rf"(?:{_SINCE}|al\s+(?:\d+|[a-z]+)\s+jaar\s+)?(?(serves)(?:als|tot)\s+)"
    r"(?:(?:nu|tevens|ook|inmiddels|momenteel)\s+)?"
    r"(?:(?:de|het)\s+(?:(?:nieuwe|huidige|kersverse)\s+)?)?"
)
"""A present copula after the subject's name and what may stand before its role: "is sinds 2018 ", "is de nieuwe ";
or a present verb of serving in a function with its "als" or "tot": "werkt als ", "is sinds maart werkzaam als ".
Not "was" (a role held before, perhaps the current holder's predecessor), nor "wordt" (a role still to come), nor a
negation ("is niet langer", "is geen")."""

_OPENING_ALS = re.compile(r"(?:^|[.!?]\s+)Als\s+(?P<role>[^,.;:!?()]+?)\s+(?P<verb>[a-z]+)\s+$")
"""A sentence that opens with the function someone speaks or acts in, then its verb, then the name: "Als wethouder is
"; "als" with a bare role noun is "in the role of", never "if" (which takes a subject with its article)."""

_BRACKETED = re.compile(r"\s*\((?:\d{1,3},\s*)?(?P<role>[^()]{2,80})\)")
"""A role in brackets right after a name, perhaps after the age: "(gedeputeerde)", "(34, verpleegkundige)"."""

_ROLE_STOPS = frozenset("die dat wat waar welke en maar want omdat toen als hij zij ze".split())
"""Words that end a role phrase: a clause or a second statement begins ("wethouder en hij wil ..."); "en" only before
a word in lower case ("directeur-generaal Politie en Veiligheid" is one body)."""

RELATIONAL_NOUNS = frozenset(
    """man vrouw moeder vader zoon dochter broer zus lid slachtoffer getuige inwoner bewoner buurtbewoner buurman
    buurvrouw""".split()
)
"""Role nouns that say what someone is to others or where they live, not a function a later "de ..." would name."""

_FORMER = re.compile(r"\b(?:oud|ex|gewezen|voormalige?|toenmalige?|vroeger|destijds|waarnemende?)\b", re.IGNORECASE)
"""Words that make the role one held before or in someone's stead: the role's holder is someone else."""


def predicated_role(before: str, after: str, opens: bool = True) -> str | None:
    """The role a predicate gives the name between ``before`` and ``after``: a present copula right after it when the
    name ``opens`` its sentence (its subject: not "De dochter van Jan Peeters is wethouder"), a bracketed role, or an
    opening "Als <role> <verb>" right before it.

    >>> predicated_role("", " is sinds 2018 wethouder in Apeldoorn, hij wil meer.")
    'wethouder in Apeldoorn'
    >>> predicated_role("", " werkt sinds maart als inspecteur bij de politie."), predicated_role("", " is sinds vorig jaar voorzitter.")
    ('inspecteur bij de politie', 'voorzitter')
    >>> predicated_role("", " werkt graag met de inspecteur."), predicated_role("", " is werkzaam als trainer.")
    (None, 'trainer')
    >>> predicated_role("Zo gaat het. Als wethouder is ", " verantwoordelijk voor sport.")
    'wethouder'
    >>> predicated_role("", " (gedeputeerde) opende de dag."), predicated_role("", " (34) woont hier.")
    ('gedeputeerde', None)
    >>> predicated_role("", " is blij dat de burgemeester komt."), predicated_role("", " is niet langer wethouder.")
    (None, None)
    >>> predicated_role("", " is oud-burgemeester van Gent."), predicated_role("", " is moeder van twee kinderen.")
    (None, None)
    >>> predicated_role("Als de burgemeester besluit ", " te ontslaan, volgt een debat.")
    """
    role = None
    if (copula := _COPULA.match(after)) is not None and opens:
        role = role_phrase(after[copula.end() :])
    elif (bracket := _BRACKETED.match(after)) is not None:
        role = role_phrase(bracket.group("role"), whole=True)
    elif (opening := _OPENING_ALS.search(before)) is not None and opening.group("verb") not in _ROLE_STOPS:
        role = role_phrase(opening.group("role"), whole=True)
    if role is None or _FORMER.search(role):
        return None
    return role


def role_phrase(text: str, whole: bool = False) -> str | None:
    """The role ``text`` opens with (a role noun, perhaps after an adjective, then its place or body), up to a
    punctuation mark or a word that opens a clause; with ``whole``, only when that is all of ``text``.

    >>> role_phrase("wethouder in Apeldoorn, hij is groot voorstander"), role_phrase("Vlaams minister van Onderwijs.")
    ('wethouder in Apeldoorn', 'Vlaams minister van Onderwijs')
    >>> role_phrase("directeur-generaal Politie en Veiligheidsregio’s bij Justitie.")
    'directeur-generaal Politie en Veiligheidsregio’s bij Justitie'
    >>> role_phrase("blij met de wethouder"), role_phrase("wethouder van Sport", whole=True)
    (None, 'wethouder van Sport')
    >>> role_phrase("wethouder die", whole=True)
    """
    words = _PHRASE_END.split(text, maxsplit=1)[0].split()
    cut = next((i for i, word in enumerate(words) if word in _ROLE_STOPS and not _joins_names(words, i)), len(words))
    if whole and cut < len(words):
        return None
    words = words[:cut][:8]
    while words and words[-1] in {"van", "voor", "bij", "in", "op", "de", "het", "der"}:
        words.pop()  # "wethouder van de" cut short before its body's name in quotes
    if not words or len(words) > 7 or words[0].lower() in {"de", "het", "een"}:
        return None  # "Als de burgemeester besluit ...": "als" is "if", and the description a subject
    head = 1 if len(words) > 1 and _adjective_before(words[0], words[1]) else 0
    noun = words[head]
    if not is_role_word(noun) or noun.lower() in ROLE_ADJECTIVES | RELATIONAL_NOUNS or (head and noun[:1].isupper()):
        return None
    return " ".join(words)


_PHRASE_END = re.compile(r"[,.;:!?()\"“”«»]|(?<![\w])['‘’]|['‘’](?![\w])")
"""Where a role phrase ends: a punctuation mark, or a quote mark that is no apostrophe ("Veiligheidsregio’s")."""


def _adjective_before(word: str, following: str) -> bool:
    """ "Vlaams minister", "algemeen directeur": an adjective (a place's, or a rank's) right before a role noun.

    >>> _adjective_before("Vlaams", "minister"), _adjective_before("algemeen", "directeur")
    (True, True)
    >>> _adjective_before("blij", "met"), _adjective_before("de", "burgemeester")
    (False, False)
    """
    return is_role_word(following) and bool(re.fullmatch(rf"[{CAPITAL}]?[a-zà-ÿ]{{2,}}(?:s|se|e|sch|een)", word))


def _joins_names(words: list[str], at: int) -> bool:
    """ "en" between two capitalised words joins a body's name ("Politie en Veiligheidsregio's").

    >>> _joins_names(["Politie", "en", "Veiligheid"], 1), _joins_names(["wethouder", "en", "hij"], 1)
    (True, False)
    """
    return words[at] == "en" and 0 < at < len(words) - 1 and words[at - 1][:1].isupper() and words[at + 1][:1].isupper()
