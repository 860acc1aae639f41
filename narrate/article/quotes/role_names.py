"""A name and the role written before it: honorifics, role words with their portfolio, field or body
("minister van Buitenlandse Zaken Choe Son-hui", "hoogleraar Immunobiologie Annemarie Meijer"), the nouns
for a doer that make a role, and the ``Phrase`` a clause's subject is read into."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..people import (
    CAPITAL_PARTICLES,
    NON_NAME,
    PARTICLE,
    ROLE_NOUNS,
    SENTENCE_STARTERS,
    is_name_token,
    is_role_compound,
    is_role_word,
    surname_of_role,
)
from ..firstnames import is_first_name
from ..name_shapes import ELIDED, INITIALS, particle_joins
from .appositions import starts_full_name
from .words import DETERMINERS, NP_STOPS, SPEECH_VERBS

HONORIFIC = re.compile(r"(?i:prof|dr|mr|ir|drs|ing|dhr|mevr|mw|em|ds)\.")
"""A title written before a name ("prof. Ronny Blust", "dr. Jan Peeters"): no part of the name, no role to say."""


PhraseKind = Literal["name", "description", "pronoun"]
"""A clause's subject is a name ("Jamie Shea"), a description ("de Brit") or a pronoun ("hij")."""


@dataclass
class Phrase:
    """The subject of an attribution clause."""

    kind: PhraseKind
    """``name``, ``description`` or ``pronoun``."""

    text: str
    """The name, description or pronoun as written (names without role words)."""

    role: str | None = None
    """A role given with it: "minister" in "minister Van Peteghem", or an apposition."""

    plural: bool = False
    """The verb is plural ("zeggen ze"): a pronoun then means a group."""


def name_phrase(tokens: list[str]) -> tuple[Phrase | None, int]:
    """ "minister van Buitenlandse Zaken Choe Son-hui", "Jamie Shea", "NAVO", "prof. dr. Jan Peeters"."""
    if tokens[0] in SENTENCE_STARTERS and tokens[0] not in CAPITAL_PARTICLES:
        return None, 0
    titled = 0
    while titled < len(tokens) - 1 and HONORIFIC.fullmatch(tokens[titled]):
        titled += 1
    if titled:
        phrase, used = name_phrase(tokens[titled:])
        return (phrase, titled + used) if phrase is not None and phrase.kind == "name" else (None, 0)
    role, used = _role_prefix(tokens)
    if not role and (k := _compound_role_end(tokens)):
        role, used = tokens[:k], k  # "Collega-regiomanager Ben Bruininkx", "Open VLD-voorzitter Tom Ongena"
    name: list[str] = []
    if INITIALS.fullmatch(tokens[used] if used < len(tokens) else "") and tokens[used + 1 : used + 2] == ["."] \
            and _continues_name(tokens[used + 2 :]):
        name, used = [tokens[used] + "."], used + 2  # "zegt J. Peeters", "aldus A.B. de Vries"
    while used < len(tokens) and len(name) < 6:
        token = tokens[used]
        nxt = tokens[used + 1] if used + 1 < len(tokens) else ""
        if name and INITIALS.fullmatch(token) and nxt == "." and _continues_name(tokens[used + 2 :]):
            name.append(token + ".")  # "J. Peeters", "Jan P. Smet": the tokens split the dot from its letter
            used += 2
            continue
        if re.fullmatch(PARTICLE, token) or (token == "in" and re.fullmatch(r"['’]t", nxt)):
            if not particle_joins(name, token) or not (nxt[:1].isupper() or re.fullmatch(PARTICLE, nxt)):
                break
        elif not (token[:1].isupper() and re.match(r"\w", token) or ELIDED.fullmatch(token)) or (
            is_role_word(token) and not role and not surname_of_role(name, token, nxt)
        ):
            break
        name.append(token)
        used += 1
    if not name:
        if role:
            return Phrase("description", " ".join(role)), used
        return None, 0
    return Phrase("name", " ".join(name), " ".join(role) or None), used


def _compound_role_end(tokens: list[str]) -> int:
    """How many tokens a role compound before a first name takes, with the words of the party, club or team its
    first part closes ("Collega-regiomanager Ben", "Open VLD-voorzitter Tom", "Club Brugge-coach Nicky", "Partij voor
    de Dieren-leider Esther"): capitalised words (and the particles inside a name) that the hyphen binds to the role;
    0 for none.

    >>> _compound_role_end("Collega-regiomanager Ben Bruininkx".split()), _compound_role_end("Open VLD-voorzitter Tom Ongena".split())
    (1, 2)
    >>> _compound_role_end("Partij voor de Dieren-leider Esther Ouwehand".split()), _compound_role_end("Jan Peeters zegt".split())
    (4, 0)
    """
    for k in range(min(len(tokens) - 2, 5)):
        compound = is_role_compound(tokens[k]) or "-" in tokens[k] and is_role_word(tokens[k].rsplit("-", 1)[1])
        if compound and is_first_name(tokens[k + 1]):
            return k + 1  # "Open Vld-Kamerlid Jan": a capitalised role after the hyphen too
        if not (tokens[k][:1].isupper() or k and tokens[k] in {"voor", "de", "van", "der", "en", "het"}):
            return 0
    return 0


def _continues_name(tokens: list[str]) -> bool:
    """After initials and their dot, the rest of a name: a particle or a capitalised surname, more initials.

    >>> _continues_name(["de", "Vries"]), _continues_name(["Peeters"]), _continues_name(["De", "minister"])
    (True, True, False)
    """
    rest = tokens[0] if tokens else ""
    if re.fullmatch(PARTICLE, rest) or rest == "in" or ELIDED.fullmatch(rest):
        return len(tokens) > 1 and (tokens[1][:1].isupper() or re.fullmatch(PARTICLE + r"|['’]t", tokens[1]) is not None)
    return rest not in SENTENCE_STARTERS and is_name_token(rest) or bool(INITIALS.fullmatch(rest))


def _role_prefix(tokens: list[str]) -> tuple[list[str], int]:
    """Role words before a name, with a portfolio: "Vlaams minister van Omgeving"."""
    role: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        field = capital_field_before_name(tokens[i:]) if role else 0
        if field:
            role += tokens[i : i + field]  # "hoogleraar Immunobiologie Annemarie Meijer"
            i += field
            break
        if _two_role_words(bool(role), tokens[i:]):
            role += [token, nxt]
            i += 2
            continue
        if role and token[:1].isupper() and (not nxt or not nxt[:1].isupper()) and not _particle_name(tokens[i:]):
            break  # "Minister Dijkgraaf": a capital after the role, last of the phrase, is a surname that is also a role
        if role and _portfolio_before_name(tokens[i:]):
            while tokens[i][:1].islower():
                role.append(tokens[i])  # "beleidsadviseur en programmamanager ruimtelijke adaptatie Sandra Reuling"
                i += 1
        elif is_role_word(token) or (not role and _agent_noun_before_name(tokens[i:])):
            body = 1 + _body_before_name(tokens[i + 1 :])  # the role, and its body in lowercase: "lid van de korpsleiding"
            role, i = role + tokens[i : i + body], i + body
            if i + 1 < len(tokens) and tokens[i] in {"van", "voor"} and tokens[i + 1][:1].isupper():
                role += tokens[i : i + 2]
                i += 2
                while i < len(tokens) and tokens[i] in NON_NAME:
                    role.append(tokens[i])
                    i += 1
                more = _portfolio_rest(tokens[i:])
                role, i = role + tokens[i : i + more], i + more
        elif role and token == "en" and is_role_word(nxt):
            role.append(token)  # "voorzitter en burgemeester van Tremelo Bert De Wit": a second role, its place after it
            i += 1
        elif (
            token[:1].isupper()
            and is_role_word(nxt)
            and _title_after(nxt, tokens[i + 2 : i + 3])
            and (re.search(r"(?:s|se|e|sch)$", token) or (nxt.islower() and is_first_name((tokens[i + 2 : i + 3] or ["-"])[0])))
        ):
            # "Oekraïens president", but not "Wilders PvdA-leider": an adjective comes before a lowercase noun,
            # or before a title set in capitals with the name after it ("Eerste Minister De Croo"); any word may
            # open a lowercase role right before a first name ("Gedelegeerd bestuurder Leo Hellemans").
            role.append(token)
            i += 1
        else:
            break
    return role, i


def _particle_name(tokens: list[str]) -> bool:
    """A first name, then a lowercase particle and a surname: "Michel de Roos" after a role, not a surname alone.

    >>> _particle_name("Michel de Roos".split()), _particle_name("Dijkgraaf de kans".split())
    (True, False)
    """
    return len(tokens) > 2 and is_first_name(tokens[0]) and re.fullmatch(PARTICLE, tokens[1]) is not None and tokens[2][:1].isupper()


def _body_before_name(tokens: list[str]) -> int:
    """How many words name a body in lowercase after a role, right before a full name: "van de korpsleiding" in "lid
    van de korpsleiding Hanneke Ekelmans"; none without the name after them.

    >>> _body_before_name("van de korpsleiding Hanneke Ekelmans".split()), _body_before_name("van de raad zei".split())
    (3, 0)
    >>> _body_before_name("van het bestuur van Jan Peeters".split())  # whose board it is, not who speaks
    0
    """
    if len(tokens) < 4 or tokens[0] not in {"van", "voor"} or tokens[1] not in {"de", "het"}:
        return 0
    k = 2
    while k < min(len(tokens), 5) and tokens[k].isalpha() and tokens[k].islower() and tokens[k] not in NP_STOPS | _OWNERS:
        k += 1
    return k if k > 2 and starts_full_name(tokens, k) else 0


_OWNERS = frozenset({"van", "voor", "bij", "aan", "met", "en"})
"""Words after which a name is whose the body is, or a second party, not the one the role belongs to."""


def _two_role_words(after_role: bool, tokens: list[str]) -> bool:
    """Two words of a role before the name: after a role, a unit then a rank ("Commandant Zeestrijdkrachten
    luitenant-generaal Rob Verkerk"); opening it, any capitalised word then a doer's noun before a full name
    ("Dagelijks bestuurslid Wim Stegeman").

    >>> _two_role_words(False, "Dagelijks bestuurslid Wim Stegeman".split()), _two_role_words(False, "Gisteren opende Wim Stegeman".split())
    (True, False)
    """
    token, nxt = tokens[0], tokens[1] if len(tokens) > 1 else ""
    if not after_role:
        return token[:1].isupper() and _agent_noun(nxt) and _full_name_at(tokens[2:4])
    return token[:1].isupper() and nxt[:1].islower() and is_role_word(nxt) and is_first_name((tokens[2:3] or ["-"])[0])


def _full_name_at(tokens: list[str]) -> bool:
    """Two capitalised words that may be a name, the first a first name or at least no role ("Breun Breunissen").

    >>> _full_name_at(["Breun", "Breunissen"]), _full_name_at(["Wim", "Stegeman"]), _full_name_at(["Wim", "zegt"])
    (True, True, False)
    """
    return len(tokens) == 2 and is_name_token(tokens[0], last=False) and is_name_token(tokens[1])


def _portfolio_rest(tokens: list[str]) -> int:
    """How many tokens continue a portfolio before a first name: "en Openbare Werken" in "minister van Mobiliteit en
    Openbare Werken Lydia Peeters"; none when no first name follows ("van Justitie en Veiligheid Grapperhaus").

    >>> _portfolio_rest("en Openbare Werken Lydia Peeters".split()), _portfolio_rest("en Veiligheid Grapperhaus".split())
    (3, 0)
    """
    if len(tokens) < 3 or tokens[0] not in {"en", "&"}:
        return 0
    k = 1
    while k < len(tokens) and tokens[k][:1].isupper() and not is_first_name(tokens[k]):
        k += 1
    return k if 1 < k < len(tokens) and is_first_name(tokens[k]) else 0


def _agent_noun_before_name(tokens: list[str]) -> bool:
    """A lowercase noun for a doer right before a first name and surname: a function the role list
    lacks ("persvoorlichter Sophie Dannenburg-Douwes", "projectleider Jan Peeters"), not an adverb
    ("gisteravond Jan Peeters").

    >>> [_agent_noun_before_name(t.split()) for t in ["persvoorlichter Sophie Jansen", "gisteravond Jan Peeters", "daarover Jan Peeters"]]
    [True, False, False]
    """
    return len(tokens) >= 3 and _agent_noun(tokens[0]) and is_first_name(tokens[1]) and tokens[2][:1].isupper()


def doer(token: str) -> bool:
    """A word for someone by what they do: a role the list knows, or a doer's noun by its ending ("collega-regiomanager")."""
    if token in RELATION_NOUNS or token.endswith(("genoot", "genote")) and len(token) > 8:
        return True  # "zijn collega Tom Wouters", "haar partijgenote Mia Claes", "zijn ploeggenoot"
    return is_role_word(token) or _agent_noun(token) or "-" in token and _agent_noun(token.rsplit("-", 1)[1])


RELATION_NOUNS = frozenset("collega vriend vriendin verloofde verloofden collega's vrienden vriendinnen".split())
"""The nouns of a relation that no role list holds, a possessive before them ("zijn collega Tom Wouters", "haar
vriendin Mia Claes"); kin ("zijn broer", "haar moeder") and the "-genoot" family ("partijgenoot", "ploeggenote")
are doers already or by their ending."""


def _agent_noun(token: str) -> bool:
    """A lowercase noun for a doer ("persvoorlichter", "schaatser", "bewoner", "organisator"), by its ending.

    >>> _agent_noun("organisator"), _agent_noun("coördinator"), _agent_noun("kantoor")
    (True, True, False)
    """
    return (token.isalpha() and token.islower() and len(token) >= 6 and token not in NP_STOPS and token not in SPEECH_VERBS
            and bool(_AGENT_ENDING.search(token)))


_AGENT_ENDING = re.compile(r"(?:[^e]er|ster|aar|eur|ist|ent|ant|oog|man|vrouw|lid|ier|ator|itor|ctor|ssor|otor)$")


def _title_after(noun: str, following: list[str]) -> bool:
    return noun[:1].islower() or (noun.lower() in ROLE_NOUNS and bool(following) and following[0][:1].isupper())


def capital_field_before_name(tokens: list[str]) -> int:
    """How many words of a field or body in capitals (no first names; "van", "de" between them) stand before a
    first name and a surname.

    >>> capital_field_before_name("Immunobiologie Annemarie Meijer".split()), capital_field_before_name("Jan Peeters".split())
    (1, 0)
    >>> capital_field_before_name("Epidemiologie van Tropische Infectieziekten Teun Bousema".split())
    4
    >>> capital_field_before_name("van de Raad van Bestuur Luc Van den Brande".split())
    5
    >>> capital_field_before_name("Peeters en Jan Jambon".split()), capital_field_before_name("De Croo".split())
    (0, 0)
    >>> capital_field_before_name("Stichting Lezen Gerlien van Dalen".split())
    2
    >>> capital_field_before_name("van het dagelijks bestuur van de Vervoerregio Egbert de Vries".split())
    7
    >>> capital_field_before_name("van de club van Jan Peeters".split()), capital_field_before_name("provincie Drenthe Henk Brink".split())
    (0, 2)
    >>> capital_field_before_name("Gebiedsgericht werken Hetty Veneklaas".split())
    2
    """
    k = capitals = run = 0
    lowered = False
    while k < min(len(tokens), 10):
        token = tokens[k]
        if token in FIELD_LINKS:
            k, run = k + 1, 0
        elif token[:1].isupper() and not is_first_name(token) and not re.fullmatch(PARTICLE, token.lower()) and token not in CAPITAL_PARTICLES:
            k, capitals, run = k + 1, capitals + 1, 0
        elif run < 2 and (run or not k or tokens[k - 1] in FIELD_LINKS) and _body_word(token):
            k, run, lowered = k + 1, run + 1, True  # "van het dagelijks bestuur van de Vervoerregio": a body's own words
        else:
            break
    while k and tokens[k - 1] in FIELD_LINKS:
        k -= 1
    if k == capitals == 1 and len(tokens) > 3 and _body_word(tokens[1]) and is_first_name(tokens[2]):
        k, lowered = 2, False  # "Gebiedsgericht werken Hetty Veneklaas": a portfolio in sentence case
    if lowered and not (k and tokens[k - 1][:1].isupper()):
        return 0  # "van het bestuur Jan Peeters": the body must end in its capitalised name, right before his
    if not capitals or k + 1 >= len(tokens) or not is_first_name(tokens[k]):
        return 0
    surname = tokens[k + 1 :]
    while surname and re.fullmatch(PARTICLE, surname[0]):
        surname = surname[1:]  # "Gerlien van Dalen"
    return k if surname and surname[0][:1].isupper() else 0


FIELD_LINKS = frozenset({"van", "voor", "de", "der", "het"})
"""Lowercase words inside a field or body's name: "Epidemiologie van Tropische Infectieziekten", "van de Raad"."""

def _body_word(token: str) -> bool:
    """A lowercase word of a body's own name, not a role (whose holder the name after it would be)."""
    return token.isalpha() and token.islower() and token not in NP_STOPS and token not in SPEECH_VERBS \
        and token not in DETERMINERS and not doer(token)


def _portfolio_before_name(tokens: list[str]) -> bool:
    """One to four lowercase words of a role's portfolio (or a second role after "en"), then a first name and a
    surname.

    >>> _portfolio_before_name("en programmamanager ruimtelijke adaptatie Sandra Reuling".split())
    True
    >>> _portfolio_before_name("de stad".split()), _portfolio_before_name("tegen Sandra Reuling".split())
    (False, False)
    >>> _portfolio_before_name("voor cultuur Jozef Dauwe".split())
    True
    """
    k = 0
    opens = {"en", "voor"}  # "gedeputeerde voor cultuur Jozef Dauwe": the portfolio's own preposition first
    while k < min(len(tokens), 5) and tokens[k][:1].islower() and (tokens[k] in opens or tokens[k] not in NP_STOPS):
        opens = {"en"}
        if tokens[k] in DETERMINERS or tokens[k] in SPEECH_VERBS:
            return False
        k += 1
    return 1 <= k <= 4 and (starts_full_name(tokens, k) or particle_name_at(tokens, k))


def particle_name_at(tokens: list[str], k: int) -> bool:
    """A capitalised word, a lowercase particle and a capitalised surname at ``tokens[k]``: a person's name by its
    shape, whose first name no list may know ("Hoofd programmering Annouk de Wit").

    >>> particle_name_at("programmering Annouk de Wit".split(), 1), particle_name_at("afdeling Noord de stad".split(), 1)
    (True, False)
    """
    window = tokens[k : k + 3]
    return (len(window) == 3 and is_name_token(window[0], last=False) and window[1] in {"de", "van", "ter", "ten"}
            and is_name_token(window[2]))
