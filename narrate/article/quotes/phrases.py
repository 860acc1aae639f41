"""Noun phrases: the subject of an attribution clause (a name, a description or a pronoun)."""

from __future__ import annotations

import re

from ..people import (
    DEMONYMS,
    FORMS_OF_ADDRESS,
    PARTICLE,
    PERSON_NOUNS,
    head_noun,
    is_body_noun,
    is_name_token,
    is_person_description,
)
from ..firstnames import is_first_name
from ..furniture.vocab import FINITE_VERBS
from .appositions import apposition
from .role_names import HONORIFIC, Phrase, doer, name_phrase
from .words import DETERMINERS, NP_STOPS, SEPARABLE_SAYING, SPEECH_VERBS, SURNAME_PARTICLES, lowercase_particle_name

_TOKEN = re.compile(rf"{HONORIFIC.pattern}(?=\s)|[\w’'&./-]*\w-\w+ en -\w+|[\w’'&./-]*\w|[^\w\s]")
"""Words and signs; a pair of compounds that shares its first part ("CBG-secretaris en -directeur") is one word."""


def split_tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def subject_after_verb(text: str, verb: str = "") -> tuple[Phrase | None, int]:
    """The subject standing right after an attribution verb, and how many
    characters of ``text`` it (with its apposition) takes; after a separable ``verb`` or an auxiliary, a description
    stops before the particle or participle the clause ends on ("houdt de burgemeester vol", "heeft de minister gezegd").

    >>> subject_after_verb(" Jamie Shea, een gewezen topman van de NAVO.")[0]
    Phrase(kind='name', text='Jamie Shea', role='gewezen topman van de NAVO', plural=False)
    >>> subject_after_verb(" het Amerikaanse ministerie van Defensie op 4 november.")[0].text
    'het Amerikaanse ministerie van Defensie'
    >>> subject_after_verb(" Shea op.")[0].text, subject_after_verb(" hij.")[0].kind
    ('Shea', 'pronoun')
    >>> subject_after_verb(" prof. dr. Ronny Blust, vicerector voor onderzoek.")[0]
    Phrase(kind='name', text='Ronny Blust', role='vicerector voor onderzoek', plural=False)
    >>> subject_after_verb(" Verhulst van de wethouder weten.")[0].text
    'Verhulst'
    >>> subject_after_verb(" CBG-secretaris en -directeur Hugo Hurts.")[0]
    Phrase(kind='name', text='Hugo Hurts', role='CBG-secretaris en -directeur', plural=False)
    >>> subject_after_verb(" de burgemeester gezegd.", "heeft")[0].text, subject_after_verb(" de burgemeester vol.", "houdt")[0].text
    ('de burgemeester', 'de burgemeester')
    """
    tokens = split_tokens(text)
    phrase, used = leading_phrase(tokens)
    if phrase is not None and phrase.kind == "description" and len(words := phrase.text.split()) > 2 \
            and words[-1] in SEPARABLE_SAYING.get(verb.lower(), ()):
        phrase, used = Phrase("description", " ".join(words[:-1])), used - 1
    if phrase is not None and phrase.kind == "name" and len(words := phrase.text.split()) > 1 and words[-1] in SURNAME_PARTICLES:
        # "wilde Verhulst van de wethouder weten": the "van" opens whom he asked, no part of his name
        phrase, used = Phrase("name", " ".join(words[:-1])), used - 1
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


def described_subject(clause: str) -> Phrase | None:
    """The description that is all of ``clause``, the words before a verb of saying that opens no sentence: its subject
    ("De burgemeester zei dat ...", "Ook de minister noemde ..."), which a role noun may name; a name or anything
    else before the verb is none.

    >>> described_subject("De burgemeester ").text, described_subject("Ook de Gentse burgemeester ").text
    ('De burgemeester', 'de Gentse burgemeester')
    >>> described_subject("In de raad "), described_subject("Jan Peeters "), described_subject("De burgemeester en de schepen ")
    (None, None, None)
    """
    tokens = split_tokens(clause)
    if tokens[:1] in (["Ook"], ["Zo"], ["En"], ["Maar"]):
        tokens = tokens[1:]
    phrase, used = leading_phrase(tokens)
    return phrase if phrase is not None and phrase.kind == "description" and used == len(tokens) > 1 else None


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
            phrase, used = name_phrase(tokens[k:])
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
    name, taken = name_phrase(tokens[start:])
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
    return name_phrase(tokens)


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
            describes.append(after_role and at + 1 < len(tokens) and doer(tokens[at + 1]))
        else:
            describes.append(_describes(token, after_role) or _noun_before_name(tokens, at))
        after_role = after_role or doer(token)
    for k in range(2, min(len(tokens), 7)):
        if not all(describes[: k - 1]):
            return None
        if _noun_before_name(tokens, k):
            continue  # "de 34-jarige Gentenaar Jan Peeters": the town's noun describes Jan Peeters
        if is_name_token(tokens[k], last=not is_name_token(tokens[k + 1] if k + 1 < len(tokens) else "")):
            phrase, used = name_phrase(tokens[k:])
            if phrase is not None and phrase.kind == "name" and not phrase.role:
                # "de 45-jarige Peeters": an age or an adjective alone is no role to announce.
                phrase.role = " ".join(tokens[1:k]) if any(doer(t) for t in tokens[1:k]) else None
                return phrase, k + used
            return None
    return None


def _noun_before_name(tokens: list[str], k: int) -> bool:
    """``tokens[k]`` is a capitalised noun of the description, right before a full name that starts with a first
    name: an inhabitant or a member ("de Gentenaar Jan Peeters", "de Rode Duivel Kevin De Bruyne"), for a name does
    not go on after a first name's place, and a surname never stands before the first name in running text.

    >>> [_noun_before_name(t.split(), 1) for t in ["de Gentenaar Jan Peeters", "de Brit Jan Peeters", "de Jan Peeters"]]
    [True, True, False]
    >>> [_noun_before_name(t.split(), 1) for t in ["de NAVO Jan Peeters", "de Gentenaar Jan zegt", "de Gentenaar zegt"]]
    [False, False, False]
    """
    token, rest = tokens[k], tokens[k + 1 : k + 3]
    if len(rest) < 2 or not token[:1].isupper() or token.isupper() or not re.match(r"\w", token):
        return False
    if is_first_name(token) and token.lower() not in DEMONYMS:
        return False  # "de Jan Peeters"; but "de Brit Jan Peeters"
    return is_first_name(rest[0]) and (is_name_token(rest[1]) or bool(re.fullmatch(PARTICLE, rest[1])))


def _role_of_body(tokens: list[str]) -> tuple[Phrase, int] | None:
    """A role in a named body, then the person's full name: "de voorzitter van het Comité van de Regio's (CvdR)
    Markku Markkula". The body's words are capitalised (its particles aside), so "de moeder van Jan Peeters"
    and "de vrouw van minister Jan Peeters" name the one spoken of, not the speaker.

    >>> _role_of_body("de voorzitter van het Comité van de Regio’s ( CvdR ) Markku Markkula in".split())[0]
    Phrase(kind='name', text='Markku Markkula', role='voorzitter van het Comité van de Regio’s ( CvdR )', plural=False)
    >>> _role_of_body("de moeder van Jan Peeters".split()), _role_of_body("de vrouw van minister Jan Peeters".split())
    (None, None)
    """
    if len(tokens) < 6 or not doer(tokens[1]) or tokens[2] != "van":
        return None
    body = 0
    for k in range(3, min(len(tokens) - 1, 16)):
        token = tokens[k]
        if is_first_name(token) and is_name_token(tokens[k + 1], last=True) and body:
            phrase, used = name_phrase(tokens[k:])
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
    if doer(token) or token in FORMS_OF_ADDRESS:
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
            and not (len(tokens) > 2 and tokens[2].islower() and doer(tokens[2])) and not _noun_before_name(tokens, 1))


def _description(tokens: list[str]) -> tuple[Phrase | None, int]:
    used = 1
    while used < len(tokens) and used <= 5 and (_np_word(tokens[used]) or _mood_before_doer(tokens, used)) \
            and tokens[used].lower() not in {"van", "voor", "bij"} and not _after_head(tokens, used):
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


def _after_head(tokens: list[str], at: int) -> bool:
    """``tokens[at]`` is a finite verb after the noun a description is about (a person, a doer, a body), or a word
    of manner that ends the clause there: the clause's own, where the phrase has ended ("De woordvoerder heeft een
    duidelijke boodschap: ..." is the spokesman's, not a spokesman called "heeft een duidelijke boodschap"; "zegt de
    burgemeester trots." is the mayor, proudly).

    >>> _description("De woordvoerder heeft een duidelijke boodschap".split())[0].text
    'De woordvoerder'
    >>> _description("de burgemeester eraan toe".split())[0].text
    'de burgemeester'
    >>> _description("de burgemeester teleurgesteld .".split())[0].text, _description("de directeur onderwijs .".split())[0].text
    ('de burgemeester', 'de directeur onderwijs')
    >>> _description("de Gentse politie is".split())[0].text, _description("het Amerikaanse is".split())[0].text
    ('de Gentse politie', 'het Amerikaanse is')
    """
    word, head = tokens[at], tokens[at - 1]
    ends = at + 1 == len(tokens) or not tokens[at + 1][:1].isalnum()
    clausal = word in FINITE_VERBS or _PRONOMINAL_ADVERB.fullmatch(word) or ends and _MANNER.fullmatch(word)
    if at < 2 or not clausal or head[:1].isupper() and head.endswith("e"):
        return False  # "het Amerikaanse ministerie": a nationality's adjective goes on to its noun
    return head.lower() in PERSON_NOUNS or doer(head.lower()) or is_body_noun(head)


_PRONOMINAL_ADVERB = re.compile(
    r"(?:er|daar|hier)(?:aan|achter|bij|binnen|boven|buiten|door|heen|in|langs|mee|na|naar|naast|om|onder|op|over"
    r"|rond|tegen|toe|tussen|uit|van|voor|zonder)"
)
"""The adverbs of "er", "daar" or "hier" and a preposition ("eraan", "daarover", "hiermee"): the clause's, never a
description's ("voegt de burgemeester eraan toe")."""

_MANNER = re.compile(
    r"[a-zà-ÿ]{3,}(?:end|ig|lijk|isch|baar|zaam|loos|jes)|trots|fier|kalm|droog|kwaad|blij|boos|bondig|kort|fel|beslist"
    r"|nuchter|stil|zacht|luid|koel|bot|open|gevat|enthousiast|bescheiden|emotioneel|rationeel|gelaten|voldaan|verbeten"
    r"|bewogen|ontroerd|teleurgesteld|ontgoocheld|opgelucht|geschrokken|verbaasd|verrast|aangedaan|geïrriteerd"
    r"|gefrustreerd|overtuigd|vastberaden|bezorgd|geraakt|ontstemd|verbolgen|bedroefd|geamuseerd|gemeend"
)
"""How something is said, the last word of a clause after its speaker ("zegt de burgemeester trots.", "lachend",
"droogjes", "openhartig", "teleurgesteld", "bewogen"): adverbs by their endings (no "-eel": "personeel"), the
    participles of mood and the short ones; a field after a role ("de directeur onderwijs") is none of them."""


def _np_word(token: str) -> bool:
    """A word a description after the verb may go on with; not one that opens a clause of its own.

    >>> _description("het staatshoofd nadat hij genezen is verklaard".split())[0].text
    'het staatshoofd'
    """
    low = token.lower()
    return bool(re.match(r"\w", token)) and low not in NP_STOPS and low not in SPEECH_VERBS and low not in _CLAUSE_OPENERS


def _mood_before_doer(tokens: list[str], at: int) -> bool:
    """A lowercase word that after a noun would say how it was said ("zegt de rector tevreden"), standing between
    the article and a doer's noun or a name: an adjective of the description ("aldus een tevreden rector", "zegt een
    tevreden Claes").

    >>> _mood_before_doer("een tevreden rector".split(), 1), _mood_before_doer("de rector tevreden".split(), 2)
    (True, False)
    >>> _mood_before_doer("een tevreden Claes".split(), 1), _mood_before_doer("een tevreden".split(), 1)
    (True, False)
    >>> _mood_before_doer("een duidelijk geërgerde Claes".split(), 1)
    True
    """
    word, nxt = tokens[at], tokens[at + 1] if at + 1 < len(tokens) else ""
    # "een duidelijk geërgerde Claes": the word of mood says how the adjective after it holds
    inflected = nxt.isalpha() and nxt.islower() and nxt.endswith("e") and nxt not in NP_STOPS
    named = at == 1 and tokens[0].lower() == "een" and (is_name_token(nxt) or inflected)
    return word.isalpha() and word.islower() and word in NP_STOPS and word not in SPEECH_VERBS and (doer(nxt) or named)


def coloured_description(description: str) -> str | None:
    """ "een tevreden rector": a doer with a word of mood, which colours someone the article has named, not a new
    stranger; the description of the role they hold ("de rector"), else None.

    >>> coloured_description("een tevreden rector"), coloured_description("een rector"), coloured_description("de rector")
    ('de rector', None, None)
    """
    tokens = description.split()
    return f"de {tokens[2]}" if len(tokens) == 3 and tokens[0] == "een" and _mood_before_doer(tokens, 1) and doer(tokens[2]) else None


_CLAUSE_OPENERS = frozenset("nadat terwijl omdat zodat waarna waarop wanneer voordat doordat hoewel zodra hij zij ze ik we wij".split())
"""Words that open a clause of their own after a description ("aldus het staatshoofd nadat hij ..."), never in it."""


def is_role_start(role: str) -> bool:
    """An apposition that opens with a role or a doer's noun ("directeur-bestuurder van ...", "lid van ...").

    >>> is_role_start("directeur-bestuurder van de woningstichting"), is_role_start("lid van de Raad"), is_role_start("die al jaren")
    (True, True, False)
    """
    return bool(role.split()) and (doer(role.split()[0]) or doer(role.split()[0].split("-")[-1]))


def can_speak(description: str) -> bool:
    """A description whose head can say something: a person ("de rechter", "de Brit"), a doer ("de organisator")
    or a body ("het ministerie van Defensie"); not "de krijtlijnen van een nieuw" or "het verweer".

    >>> [can_speak(d) for d in ("de rechter", "de organisator", "het ministerie van Defensie", "de krijtlijnen van een nieuw")]
    [True, True, True, False]
    """
    noun = head_noun(description)
    return is_person_description(description) or doer(noun) or is_body_noun(noun)


def proper_body(description: str) -> str | None:
    """The proper name a description is, its article aside: "het Haarlems Dagblad", "de Commissie LURA" (every word
    after "de" or "het" capitalised, none a role or a nationality, which "de Minister" and "de Brit" are); the name
    is how the page calls the body that speaks, as it would without the article.

    >>> proper_body("het Haarlems Dagblad"), proper_body("de Commissie LURA"), proper_body("de Minister")
    ('Haarlems Dagblad', 'Commissie LURA', None)
    >>> proper_body("de Brit"), proper_body("de minister van Onderwijs"), proper_body("de Raad van State")
    (None, None, None)
    """
    first, _, rest = description.partition(" ")
    words = rest.split()
    if first.lower() not in {"de", "het"} or not words or not all(w[:1].isupper() for w in words):
        return None
    if any(doer(w.lower()) or w.lower() in PERSON_NOUNS for w in words):
        return None
    return rest
