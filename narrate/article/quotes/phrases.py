"""Noun phrases: the subject of an attribution clause (a name, a description or a pronoun)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..people import (
    CAPITAL_PARTICLES,
    DEMONYMS,
    FORMS_OF_ADDRESS,
    NON_NAME,
    PARTICLE,
    PERSON_NOUNS,
    ROLE_NOUNS,
    SENTENCE_STARTERS,
    head_noun,
    is_body_noun,
    is_name_token,
    is_person_description,
    is_role_compound,
    is_role_word,
    surname_of_role,
)
from ..firstnames import is_first_name
from .appositions import apposition, starts_full_name
from .words import DETERMINERS, NP_STOPS, SPEECH_VERBS, lowercase_particle_name

_HONORIFIC = re.compile(r"(?i:prof|dr|mr|ir|drs|ing|dhr|mevr|mw|em|ds)\.")
"""A title written before a name ("prof. Ronny Blust", "dr. Jan Peeters"): no part of the name, no role to say."""
_TOKEN = re.compile(rf"{_HONORIFIC.pattern}(?=\s)|[\w’'&./-]*\w-\w+ en -\w+|[\w’'&./-]*\w|[^\w\s]")
"""Words and signs; a pair of compounds that shares its first part ("CBG-secretaris en -directeur") is one word."""


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


def split_tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def subject_after_verb(text: str) -> tuple[Phrase | None, int]:
    """The subject standing right after an attribution verb, and how many
    characters of ``text`` it (with its apposition) takes.

    >>> subject_after_verb(" Jamie Shea, een gewezen topman van de NAVO.")[0]
    Phrase(kind='name', text='Jamie Shea', role='gewezen topman van de NAVO', plural=False)
    >>> subject_after_verb(" het Amerikaanse ministerie van Defensie op 4 november.")[0].text
    'het Amerikaanse ministerie van Defensie'
    >>> subject_after_verb(" Shea op.")[0].text, subject_after_verb(" hij.")[0].kind
    ('Shea', 'pronoun')
    >>> subject_after_verb(" prof. dr. Ronny Blust, vicerector voor onderzoek.")[0]
    Phrase(kind='name', text='Ronny Blust', role='vicerector voor onderzoek', plural=False)
    >>> subject_after_verb(" CBG-secretaris en -directeur Hugo Hurts.")[0]
    Phrase(kind='name', text='Hugo Hurts', role='CBG-secretaris en -directeur', plural=False)
    """
    tokens = split_tokens(text)
    phrase, used = leading_phrase(tokens)
    if phrase is None:
        return _name_after_bare_role(tokens) or (None, 0)
    named = _name_after_description(phrase, tokens, used)
    if named is not None:
        return named
    role, used = apposition(tokens, used)
    if role and not phrase.role:
        phrase.role = role
    elif used < len(tokens) and tokens[used] == "(" and phrase.kind == "name":
        close = tokens.index(")", used) if ")" in tokens[used:] else -1
        if 0 < close - used <= 4 and not phrase.role:
            phrase.role = " ".join(tokens[used + 1 : close])
    return phrase, used


def _name_after_bare_role(tokens: list[str]) -> tuple[Phrase, int] | None:
    """ "zegt hortulanus Gerard van Buiten", "zegt onafhankelijk journalist Luc Vanheerentals": up to three lowercase
    words with no article or preposition, then a full name; the words after the last adverb are the role.

    >>> _name_after_bare_role("onafhankelijk journalist Luc Vanheerentals".split())
    (Phrase(kind='name', text='Luc Vanheerentals', role='onafhankelijk journalist', plural=False), 4)
    >>> _name_after_bare_role("ook hortulanus Gerard van Buiten".split())[0].role
    'hortulanus'
    >>> _name_after_bare_role("tegen wethouder Jan Peeters".split()), _name_after_bare_role("namens Jan Peeters".split())
    (None, None)
    """
    for k in range(1, 4):
        word = tokens[k - 1] if k + 1 < len(tokens) else ""
        if not (word.isalpha() and word.islower()) or word in DETERMINERS or word in _NO_SUBJECT_AFTER or word in SPEECH_VERBS:
            return None
        if is_first_name(tokens[k]) and (tokens[k + 1][:1].isupper() or re.fullmatch(PARTICLE, tokens[k + 1])):
            phrase, used = _name_phrase(tokens[k:])
            if phrase is None or phrase.kind != "name" or len(phrase.text.split()) < 2:
                return None
            stops = [i for i, w in enumerate(tokens[:k]) if w in NP_STOPS]
            role = tokens[stops[-1] + 1 if stops else 0 : k]
            phrase.role = phrase.role or " ".join(role) or None
            return phrase, k + used
    return None


_NO_SUBJECT_AFTER = frozenset(
    """tegen aan over met voor tot bij naar van namens tegenover zonder volgens door om in op uit na via hij zij ze
    er het zich""".split()
)
"""Words after which the name that follows is not the speaker ("zegt tegen Jan Peeters", "namens Jan Peeters")."""


def _name_after_description(phrase: Phrase, tokens: list[str], used: int) -> tuple[Phrase, int] | None:
    """ "zegt de voorzitter van de FSMA, Jean-Paul Servais.": a description, a comma and the full name it describes
    (after a nationality: ", de Duitser Elmar Brok").

    >>> subject_after_verb(" de voorzitter van de FSMA, Jean-Paul Servais.")[0]
    Phrase(kind='name', text='Jean-Paul Servais', role='voorzitter van de FSMA', plural=False)
    >>> subject_after_verb(" de voorzitter van de commissie Buitenlandse zaken van het Parlement, de Duitser Elmar Brok.")[0].text
    'Elmar Brok'
    """
    of = used + (tokens[used : used + 1] not in ([], ["van"]) and tokens[used][:1].islower())  # "... Buitenlandse zaken van"
    if phrase.kind == "description" and tokens[of : of + 1] in (["van"], ["bij"]) and "," in tokens[used : used + 12]:
        comma = tokens.index(",", used)  # "Directeur-Generaal van de Europese ruimtevaartorganisatie ESA, Josef ..."
        if not any(t.lower() in SPEECH_VERBS or t.lower() in DETERMINERS - {"de", "het"} for t in tokens[used:comma]):
            phrase = Phrase("description", " ".join([phrase.text, *tokens[used:comma]]))
            used = comma
    if phrase.kind != "description" or tokens[used : used + 1] != [","] or used + 3 > len(tokens):
        return None
    start = used + 3 if tokens[used + 1].lower() in ("de", "het") and tokens[used + 2].lower() in DEMONYMS else used + 1
    name, taken = _name_phrase(tokens[start:])
    end = start + taken
    if name is None or name.kind != "name" or name.role or len(name.text.split()) < 2 or not is_first_name(name.text.split()[0]) \
            or end < len(tokens) and tokens[end] not in {".", ",", "!", "?", ";"}:
        return None
    name.role = phrase.text.split(" ", 1)[1] if phrase.text.split()[0].lower() in {"de", "het"} else phrase.text
    return name, end


def leading_phrase(tokens: list[str]) -> tuple[Phrase | None, int]:
    if not tokens:
        return None, 0
    first = tokens[0]
    if first.lower() in {"hij", "zij", "ze"}:
        return Phrase("pronoun", first.lower()), 1
    if first.lower() in DETERMINERS and not _is_capital_particle(tokens):
        return _described_name(tokens) or _description(tokens)
    if particles := lowercase_particle_name(tokens):
        return Phrase("name", " ".join(tokens[:particles])), particles
    return _name_phrase(tokens)


def _described_name(tokens: list[str]) -> tuple[Phrase, int] | None:
    """A name after its description: "de Amerikaanse president Joe Biden", "de 45-jarige Peeters".

    >>> _described_name("de Amerikaanse president Joe Biden".split())
    (Phrase(kind='name', text='Joe Biden', role='Amerikaanse president', plural=False), 5)
    >>> _described_name("de 45-jarige Peeters".split())[0].text, _described_name("De Brit".split())
    ('Peeters', None)
    >>> _described_name("de Groningse hoogleraar algemene rechtswetenschap Jan Brouwer dat".split())[0].text
    'Jan Brouwer'
    >>> _described_name("de minister met Jan Peeters".split())
    """
    if tokens[0].lower() not in {"de", "het", "zijn", "haar", "hun", "onze"}:  # "Zijn collega Ben Bruininkx"
        return None
    of_body = _role_of_body(tokens)
    if of_body is not None:
        return of_body
    describes, after_role = [], False
    for at, token in enumerate(tokens[1:6], start=1):
        if token == "en":
            # "schaatser en bewoner Joep Wennemars" is one person; "de moeder en Joep Wennemars" two
            describes.append(after_role and at + 1 < len(tokens) and _doer(tokens[at + 1]))
        else:
            describes.append(_describes(token, after_role))
        after_role = after_role or _doer(token)
    for k in range(2, min(len(tokens), 7)):
        if not all(describes[: k - 1]):
            return None
        if is_name_token(tokens[k], last=not is_name_token(tokens[k + 1] if k + 1 < len(tokens) else "")):
            phrase, used = _name_phrase(tokens[k:])
            if phrase is not None and phrase.kind == "name" and not phrase.role:
                # "de 45-jarige Peeters": an age or an adjective alone is no role to announce.
                phrase.role = " ".join(tokens[1:k]) if any(_doer(t) for t in tokens[1:k]) else None
                return phrase, k + used
            return None
    return None


def _role_of_body(tokens: list[str]) -> tuple[Phrase, int] | None:
    """A role in a named body, then the person's full name: "de voorzitter van het Comité van de Regio's (CvdR)
    Markku Markkula". The body's words are capitalised (its particles aside), so "de moeder van Jan Peeters"
    and "de vrouw van minister Jan Peeters" name the one spoken of, not the speaker.

    >>> _role_of_body("de voorzitter van het Comité van de Regio’s ( CvdR ) Markku Markkula in".split())[0]
    Phrase(kind='name', text='Markku Markkula', role='voorzitter van het Comité van de Regio’s ( CvdR )', plural=False)
    >>> _role_of_body("de moeder van Jan Peeters".split()), _role_of_body("de vrouw van minister Jan Peeters".split())
    (None, None)
    """
    if len(tokens) < 6 or not _doer(tokens[1]) or tokens[2] != "van":
        return None
    body = 0
    for k in range(3, min(len(tokens) - 1, 16)):
        token = tokens[k]
        if is_first_name(token) and is_name_token(tokens[k + 1], last=True) and body:
            phrase, used = _name_phrase(tokens[k:])
            if phrase is None or phrase.kind != "name":
                return None
            phrase.role = phrase.role or " ".join(tokens[1:k])
            return phrase, k + used
        if token in {"(", ")"} or token.lower() in {"van", "de", "het", "der", "voor", "en"}:
            continue
        if not token[:1].isupper():
            return None
        body += 1
    return None


def _describes(token: str, after_role: bool = False) -> bool:
    """A word of a description before a name: a role, "45-jarige", "Amerikaanse", "gewezen", or after a role the field it holds."""
    if _doer(token) or token in FORMS_OF_ADDRESS:
        return True  # "de heer Jahier": an address before a name, like a role
    if token[:1].islower():
        if after_role and token.isalpha() and token != "van" and _np_word(token):
            return True
        return token.endswith("e") and token not in NP_STOPS and token not in SPEECH_VERBS
    return token.endswith(("e", "s")) and not is_name_token(token, last=False)


def _is_capital_particle(tokens: list[str]) -> bool:
    """Flemish surnames: "De Wever", "Van Peteghem" (but "De Brit" and "De Vlaamse minister X" are descriptions)."""
    return (len(tokens) > 1 and tokens[0] in {"De", "Van", "Le", "La", "Di", "Da", "Du", "Ter", "Ten", "Den", "Vanden", "Vande"}
            and is_name_token(tokens[1]) and tokens[1].lower() not in PERSON_NOUNS
            and not (len(tokens) > 2 and tokens[2].islower() and _doer(tokens[2])))


def _description(tokens: list[str]) -> tuple[Phrase | None, int]:
    used = 1
    while used < len(tokens) and used <= 5 and _np_word(tokens[used]) and tokens[used].lower() not in {"van", "voor", "bij"}:
        used += 1
    if used == 1:
        return None, 0
    if used < len(tokens) - 1 and tokens[used].lower() in {"van", "voor", "bij"}:
        k = used + 1
        if tokens[k].lower() in {"de", "het", "een", "twee", "drie"}:
            k += 1
        start = k
        while k < len(tokens) and k - start < 4 and (tokens[k][:1].isupper() or (k == start and _np_word(tokens[k]))):
            k += 1
        if k > start:
            used = k
    return Phrase("description", " ".join(tokens[:used])), used


def _np_word(token: str) -> bool:
    return bool(re.match(r"\w", token)) and token.lower() not in NP_STOPS and token.lower() not in SPEECH_VERBS


def _name_phrase(tokens: list[str]) -> tuple[Phrase | None, int]:
    """ "minister van Buitenlandse Zaken Choe Son-hui", "Jamie Shea", "NAVO", "prof. dr. Jan Peeters"."""
    if tokens[0] in SENTENCE_STARTERS and tokens[0] not in CAPITAL_PARTICLES:
        return None, 0
    titled = 0
    while titled < len(tokens) - 1 and _HONORIFIC.fullmatch(tokens[titled]):
        titled += 1
    if titled:
        phrase, used = _name_phrase(tokens[titled:])
        return (phrase, titled + used) if phrase is not None and phrase.kind == "name" else (None, 0)
    role, used = _role_prefix(tokens)
    if not role and len(tokens) > 2 and is_role_compound(tokens[0]) and is_first_name(tokens[1]):
        role, used = [tokens[0]], 1  # "Collega-regiomanager Ben Bruininkx": a compound role before the name
    name: list[str] = []
    while used < len(tokens) and len(name) < 6:
        token = tokens[used]
        nxt = tokens[used + 1] if used + 1 < len(tokens) else ""
        if re.fullmatch(PARTICLE, token):
            joins = len(name) == 1 or (name and (name[-1] in CAPITAL_PARTICLES or re.fullmatch(PARTICLE, name[-1])))
            if not joins or not (nxt[:1].isupper() or re.fullmatch(PARTICLE, nxt)):
                break
        elif not (token[:1].isupper() and re.match(r"\w", token)) or (
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
        if role and token[:1].isupper() and nxt[:1].islower() and is_role_word(nxt) and is_first_name((tokens[i + 2 : i + 3] or ["-"])[0]):
            role += [token, nxt]  # "Commandant Zeestrijdkrachten luitenant-generaal Rob Verkerk": a unit, then a rank
            i += 2
            continue
        if role and token[:1].isupper() and (not nxt or not nxt[:1].isupper()):
            break  # "Minister Dijkgraaf": a capital after the role, last of the phrase, is a surname that is also a role
        if role and _portfolio_before_name(tokens[i:]):
            while tokens[i][:1].islower():
                role.append(tokens[i])  # "beleidsadviseur en programmamanager ruimtelijke adaptatie Sandra Reuling"
                i += 1
        elif is_role_word(token) or (not role and _agent_noun_before_name(tokens[i:])):
            role.append(token)
            i += 1
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


def is_role_start(role: str) -> bool:
    """An apposition that opens with a role or a doer's noun ("directeur-bestuurder van ...", "lid van ...").

    >>> is_role_start("directeur-bestuurder van de woningstichting"), is_role_start("lid van de Raad"), is_role_start("die al jaren")
    (True, True, False)
    """
    return bool(role.split()) and (_doer(role.split()[0]) or _doer(role.split()[0].split("-")[-1]))


def can_speak(description: str) -> bool:
    """A description whose head can say something: a person ("de rechter", "de Brit"), a doer ("de organisator")
    or a body ("het ministerie van Defensie"); not "de krijtlijnen van een nieuw" or "het verweer".

    >>> [can_speak(d) for d in ("de rechter", "de organisator", "het ministerie van Defensie", "de krijtlijnen van een nieuw")]
    [True, True, True, False]
    """
    noun = head_noun(description)
    return is_person_description(description) or _doer(noun) or is_body_noun(noun)


def _doer(token: str) -> bool:
    """A word for someone by what they do: a role the list knows, or a doer's noun by its ending ("collega-regiomanager")."""
    return is_role_word(token) or _agent_noun(token) or "-" in token and _agent_noun(token.rsplit("-", 1)[1])


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
        and token not in DETERMINERS and not _doer(token)


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
    return 1 <= k <= 4 and starts_full_name(tokens, k)
