"""Who the words before a quote name as its speaker: the clause before a colon ("Minister Peeters: ...",
"Daarover zegt minister Van Peteghem: ..."), or a name and its apposition where a comma stands for the colon."""

from __future__ import annotations

import re

from ..firstnames import is_first_name
from ..people import SENTENCE_STARTERS, is_full_name, is_name_token, is_person_description, name_runs
from ..letters import CAPITAL
from ..name_shapes import SMALL_NAME_WORDS
from .labels import affiliation, dashed_label
from .owners import message_owner, perspective_holder
from .pairs import pair_label
from .appositions import apposition
from .phrases import is_role_start, leading_phrase, split_tokens, subject_after_verb
from .role_names import Phrase
from ..furniture.shape import NOUN_OPENERS
from .words import ADVERB_STARTERS, NP_STOPS, PLURAL_VERBS, RECEIVING_SINGULAR, SPEECH_VERBS, before_copula


def introduced_by_apposition(clause: str) -> Phrase | None:
    """A name and its apposition, then a comma where a colon would stand, and nothing else before the quote.

    >>> introduced_by_apposition("John Tump, operationeel expert Team Verkeer,")
    Phrase(kind='name', text='John Tump', role='operationeel expert Team Verkeer', plural=False)
    >>> introduced_by_apposition("Volgens John Tump, de expert,"), introduced_by_apposition("Jan Peeters zegt,")
    (None, None)
    """
    tokens = split_tokens(clause)
    phrase = _whole_phrase(tokens)  # the clause ends in its comma, so only an apposition takes all of it
    return phrase if phrase is not None and phrase.kind == "name" and tokens[0][:1].isupper() else None


def _manner(word: str) -> bool:
    """A word of manner before a colon: an adverb of the way one speaks, or a present participle ("Glimlachend").

    >>> _manner("Lachend"), _manner("Droog"), _manner("Shea"), _manner("Roland")
    (True, True, False, False)
    """
    low = word.lower()
    return low in NP_STOPS or low.endswith("end") and len(low) > 5 and not is_first_name(word)


_CAPITAL_PARTICLES = frozenset(w.upper() for w in SMALL_NAME_WORDS | {"'t", "’t"})
"""A surname's particles as a label in capitals writes them, to be written small again ("VAN DEN" is "van den")."""


def capital_label(tokens: list[str]) -> Phrase | None:
    """A speaker's label in capitals ("JAN PEETERS: ‘...’"): the name it spells, when in ordinary case it is a first
    name and a surname; a capital heading or an acronym is not.

    >>> capital_label(["JAN", "PEETERS"]).text, capital_label(["PIETER", "VAN", "DEN", "BERG"]).text
    ('Jan Peeters', 'Pieter van den Berg')
    >>> capital_label(["NIEUWE", "REGELS"]), capital_label(["Jan", "Peeters"]), capital_label(["NAVO"])
    (None, None, None)
    """
    if not 2 <= len(tokens) <= 5 or not all(t.isupper() and re.fullmatch(r"[\w'’-]+", t) for t in tokens):
        return None
    words = [t.lower() if t in _CAPITAL_PARTICLES and 0 < k < len(tokens) - 1 else "-".join(p.capitalize() for p in t.split("-"))
             for k, t in enumerate(tokens)]
    name = " ".join(words)
    return Phrase("name", name) if is_full_name(name) else None


def colon_subject(clause: str) -> Phrase | None:
    """Who speaks in the clause before a colon.

    >>> colon_subject("Shea").text, colon_subject("Daarover zegt minister Van Peteghem").text
    ('Shea', 'Van Peteghem')
    >>> colon_subject("De burgemeester reageerde op X").text
    'De burgemeester'
    >>> colon_subject("Het antwoord is duidelijk") is None
    True
    """
    tokens = split_tokens(clause)
    if not tokens or len(tokens) == 1 and _manner(tokens[0]) or names_a_title(clause):
        return None  # "Lachend: ‘...’": how the words are said, not who says them; or a title, not words said
    labelled = dashed_label(clause) or capital_label(tokens) or pair_label(clause)
    if (labelled := labelled or message_owner(tokens) or _view_holder(tokens)) is not None:
        return labelled  # or whose words they are with no verb of saying: "De boodschap van Jan Peeters is duidelijk"
    role_first = _role_then_name(tokens)
    if role_first is not None:
        return colon_subject(" ".join([role_first, *tokens[tokens.index(",") + 1 :]]))
    opened = (_inverted_pronoun(tokens) or _starter_first_name(tokens)) if len(tokens) <= 12 else None
    if (opened := opened or _name_after_adverb(tokens)) is not None:
        return opened
    phrase, used = leading_phrase(tokens)
    if phrase is not None and used == len(tokens) and phrase.kind != "pronoun":
        return phrase
    # "ingenomen met het besluit": a verb's form after an article or a possessive is a noun ("het besluit").
    verbs = [i for i, token in enumerate(tokens) if token.lower() in SPEECH_VERBS and not (i and tokens[i - 1].lower() in NOUN_OPENERS)]
    if len(verbs) > 1 and tokens[verbs[0]].lower() == "volgens":
        # "Volgens Bos zei minister Peeters: '...'": the clause's own verb says who, not whom it is told by.
        return colon_subject(" ".join(tokens[verbs[1] :]))
    if verbs:
        return _subordinate_subject(tokens, verbs[-1]) or _relative_subject(tokens, verbs[-1]) or _subject_of_verb(tokens, verbs[0])
    if phrase is not None and phrase.kind == "name" and used < len(tokens) and (whole := _whole_phrase(tokens)) is not None:
        return whole  # "Josefien Kursten, lid van de Raad van Bestuur van het UMC Utrecht: '...'"
    if phrase is not None and phrase.kind == "name" and tokens[used:used + 1] == ["("] and tokens[-1] == ")" \
            and ")" not in tokens[used:-1] and len(tokens) - used <= 8:
        return phrase  # "Wethouder Mike van der Geld (Energie en Klimaat): '...'": the portfolio in brackets
    if (
        phrase is not None
        and phrase.kind == "name"
        and len(tokens) - used <= 12
        and not second_party(tokens[used:])
        and not (tokens[used:] and tokens[used] in _HEARING_VERBS)
    ):
        # "Nadia El Khattabi van het wijkcomité: '...'"
        return phrase
    if phrase is not None and phrase.kind == "pronoun" and len(tokens) <= 12 and _speaks_as_subject(tokens[1:]):
        # "Ze vreest voor haar huis: '...'": the one who fears says so.
        return phrase
    return None


_TITLES = re.compile(
    r"(?i)(?:werk|onder|boek|film|album|lied|show|programma|campagne|bij)?(?:titel|naam)s?|opschrift|hashtag|krantenkop"
)
"""Nouns for the title or name of a work, a campaign or a thing, and for a headline: what follows their colon
labels something. Not a motto, slogan or saying ("zijn motto luidde: ..."): those are words its owner says."""

_NAMING_VERBS = frozenset("heet heette heten heetten".split())
"""The verbs that give a thing its name ("Het boek heet: ...")."""

_WORDING_VERBS = frozenset("luidt luidde".split())
"""The verbs that give words (a title's, or a message's: "De titel luidt: ...", "De boodschap luidt: ...")."""


def names_a_title(clause: str) -> bool:
    """The clause before a colon ends in a title noun, or gives a title noun or a thing its name: a title or name
    follows, not words anybody says ("Jan Peeters koos als titel: ...", "Het boek van Jan Peeters heet: ...").

    >>> names_a_title("Jan Peeters koos als werktitel"), names_a_title("De titel van het boek van Jan Peeters luidt")
    (True, True)
    >>> names_a_title("Het boek van Jan Peeters heet"), names_a_title("Titel")
    (True, True)
    >>> names_a_title("De boodschap van Jan Peeters luidt"), names_a_title("Zijn motto luidde")
    (False, False)
    """
    words = re.findall(r"[\w-]+", clause)
    if not words:
        return False
    verb = words[-1].lower()
    if _TITLES.fullmatch(words[-1]) or verb in _NAMING_VERBS:
        return True
    return verb in _WORDING_VERBS and any(_TITLES.fullmatch(w) for w in words[:-1])


def _starter_first_name(tokens: list[str]) -> Phrase | None:
    """ "Elke Decruynaere, schepen van Onderwijs": a first name that is also a word opening sentences ("Elke", "Wil"),
    then a surname and nothing but a role after a comma: a name card, not "every Decruynaere"; the role is what makes
    it one, so resolve.speakable lets such a name with its role be said.

    >>> _starter_first_name(split_tokens("Elke Decruynaere, schepen van Onderwijs"))
    Phrase(kind='name', text='Elke Decruynaere', role='schepen van Onderwijs', plural=False)
    >>> _starter_first_name(split_tokens("Elke Gentenaar, jong of oud")), _starter_first_name(split_tokens("Door Jan Peeters"))
    (None, None)
    """
    if len(tokens) < 2 or tokens[0] not in SENTENCE_STARTERS or not is_first_name(tokens[0]):
        return None
    if tokens[1] in SENTENCE_STARTERS or is_first_name(tokens[1]) or not is_name_token(tokens[1]):
        return None
    surname, used = leading_phrase(tokens[1:])
    rest = tokens[1 + used :]
    if surname is None or surname.kind != "name" or surname.role:
        return None
    role = " ".join(rest[1:]).rstrip(" ,") if rest[:1] == [","] else None
    if role is None or not is_role_start(role) or "," in role:
        return None  # "Wil Jansen:" alone may still be someone's will
    return Phrase("name", f"{tokens[0]} {surname.text}", role)


_VIEW_VERBS = frozenset({"is", "was", "staat", "stond"})
"""The verbs of "Voor X is het duidelijk", "Voor X staat vast": the sentence gives X's view."""


def _view_holder(tokens: list[str]) -> Phrase | None:
    """The one whose view a colon clause opening with "Voor" gives: read with its verbs of view (a name with its
    apposition, a description, "hem"), else a full name before any singular verb ("Voor Els Smet telt maar één ding").

    >>> _view_holder(split_tokens("Voor de burgemeester is het duidelijk")).text, _view_holder(split_tokens("Voor Els Smet telt één ding")).text
    ('de burgemeester', 'Els Smet')
    """
    return (_view_of(tokens) if len(tokens) <= 12 else None) or perspective_holder(tokens)


def _view_of(tokens: list[str]) -> Phrase | None:
    """ "Voor Jan Peeters is het duidelijk: ...", "Voor Mia Claes (34) staat één ding vast: ...", "Voor hem is het
    simpel: ...": the one whose view the sentence gives, a name (with its apposition, party or age), a person's
    description or "hem"/"haar", as "volgens" would; a body or a thing after "Voor" ("Voor het bestuur is het
    duidelijk") names no one here.

    >>> _view_of(split_tokens("Voor Jan Peeters ( CD&V ) is het duidelijk")).text, _view_of(split_tokens("Voor hem is het simpel")).text
    ('Jan Peeters', 'hij')
    >>> _view_of(split_tokens("Voor het bestuur is het duidelijk")), _view_of(split_tokens("Voor Jan Peeters kwam er een brief"))
    (None, None)
    """
    at = next((k for k, t in enumerate(tokens) if t in _VIEW_VERBS), 0)
    if tokens[:1] != ["Voor"] or at < 2 or len(tokens) - at > 5:
        return None
    if at == 2 and (pronoun := pronoun_after_volgens(tokens[1:3])) is not None:
        return pronoun
    holder = tokens[1:at]
    if holder[-1:] == [")"] and "(" in holder[-4:]:
        holder = holder[: len(holder) - 1 - holder[::-1].index("(")]  # "Mia Claes (34)": an age or a party
    phrase = _whole_phrase(holder + ([","] if holder[-1:] != [","] and "," in holder else []))
    if phrase is not None and phrase.kind == "description" and is_person_description(phrase.text):
        return phrase  # "Voor de burgemeester is het duidelijk": a person, whom the role names
    return phrase if phrase is not None and phrase.kind == "name" else None


_OPENERS_OF_CLAUSES = frozenset({"Toen", "Tot"})
"""Sentence openers that make a subordinate clause of what follows ("Toen Jan Peeters binnenkwam"), not a main one."""


def _name_after_adverb(tokens: list[str]) -> Phrase | None:
    """ "Ook Pieter Claes, voorzitter van X, ziet de voordelen: ...": an adverb opening the sentence, then the full
    name that is its subject; read as if the adverb were not there.

    >>> _name_after_adverb("Ook Pieter Claes is blij met het plan".split()).text
    'Pieter Claes'
    >>> _name_after_adverb("Daarover zegt Pieter Claes".split()), _name_after_adverb("Toen Pieter Claes kwam".split())
    (None, None)
    """
    if len(tokens) < 3 or tokens[0] not in ADVERB_STARTERS or tokens[0] in _OPENERS_OF_CLAUSES:
        return None
    if not (is_first_name(tokens[1]) and tokens[2][:1].isupper()):
        return None
    phrase = colon_subject(" ".join(tokens[1:]))
    return phrase if phrase is not None and phrase.kind == "name" else None


def _inverted_pronoun(tokens: list[str]) -> Phrase | None:
    """ "Ten slotte doet hij een beroep op de burgers": an opener, the verb, then the pronoun that is its subject.

    >>> _inverted_pronoun("Ten slotte doet hij een beroep op de burgers".split()).text
    'hij'
    >>> _inverted_pronoun("Daarna kregen ze een brief".split()), _inverted_pronoun("Toen vroeg hij Rutte".split())
    (None, None)
    """
    k = 2 if [t.lower() for t in tokens[:2]] in (["ten", "slotte"], ["tot", "slot"]) else int(tokens[:1] != [] and tokens[0] in ADVERB_STARTERS)
    if not k or len(tokens) < k + 2 or tokens[k + 1].lower() not in {"hij", "zij", "ze"}:
        return None
    verb_first = [tokens[k], *tokens[k + 2 :]]
    if tokens[k].lower() in SPEECH_VERBS or not _speaks_as_subject(verb_first) or any(t[:1].isupper() for t in tokens[k + 2 :]):
        return None  # a verb of saying has its own rule; a name after the pronoun may be the one addressed
    return leading_phrase([tokens[k + 1]])[0]


def _role_then_name(tokens: list[str]) -> str | None:
    """ "Wethouder centrumontwikkeling, Jordy Clemens is ...": a role and its portfolio, a comma, then the full name
    the clause goes on with; the role, to be read as if the comma were not there.

    >>> _role_then_name("Wethouder centrumontwikkeling , Jordy Clemens is blij".split()), _role_then_name("Wethouder , Jan".split())
    ('Wethouder centrumontwikkeling', None)
    """
    comma = tokens.index(",") if "," in tokens[1:6] else 0
    if not comma or not is_role_start(tokens[0].lower()) or not all(t.islower() for t in tokens[1:comma]):
        return None
    after = tokens[comma + 1 : comma + 3]
    return " ".join(tokens[:comma]) if len(after) == 2 and is_first_name(after[0]) and after[1][:1].isupper() else None


def _subject_of_verb(tokens: list[str], i: int) -> Phrase | None:
    """The subject of the speaking verb ``tokens[i]`` of a colon clause: the phrase before it, else after it."""
    verb = tokens[i].lower()
    if verb in QUOTING_VERBS:
        return None  # "X citeert Y: '...'": the words are Y's, or nobody's the clause makes sure of
    if verb == "volgens" and (said := pronoun_after_volgens(tokens[i + 1 :])) is not None:
        return said  # "Dat beeld strookt volgens haar niet met de werkelijkheid: '...'": not the sentence's subject
    skip = 0
    while skip < min(i, 2) and tokens[skip] in ADVERB_STARTERS:
        skip += 1
    left = _whole_phrase(_without_relative_clause(tokens[skip:i]))
    if left is None and re.search(rf"(?<![\w-])[{CAPITAL}][\w'’-]+ (?:en|&) [{CAPITAL}]", " ".join(tokens[skip:i])):
        return None  # "Otter en Driebergen benadrukken de praktische kant ...: ...": two speak, and what follows is no one
    if left is None and tokens[i - 1] == "en" and (first := _coordinated_subject(tokens[skip:i], tokens[i + 1 :])):
        return first
    if left is not None and left.kind == "description" and is_first_name(tokens[i + 1] if i + 1 < len(tokens) else "-"):
        return None  # "De inspectie vindt Sebastiaan het leukste: ...": the object first, the subject after the verb
    # After the verb, a description, a comma and the full name it describes ("aldus de directeur-generaal van ESA,
    # Josef Aschbacher: ...") are that person, as after the quote.
    subject = left if left is not None else subject_after_verb(" ".join(tokens[i + 1 :]))[0]
    if subject is not None:
        subject.plural = verb in PLURAL_VERBS
    return subject


_SUBORDINATORS = frozenset({"waarna", "waarop", "nadat", "terwijl", "toen", "waarbij"})
"""Words that open a clause whose verb comes last: "..., waarna Julie Bynens het belang benadrukte: '...'"."""


def _subordinate_subject(tokens: list[str], i: int) -> Phrase | None:
    """The name opening a subordinate clause that ends the colon clause with its verb of saying ("Vandaele
    verwelkomde de groep, waarna Julie Bynens, secretaris-generaal, het belang benadrukte: ...").

    >>> _subordinate_subject(split_tokens("De voorzitter opende, waarna Julie Bynens het belang benadrukte"), 9).text
    'Julie Bynens'
    """
    if i != len(tokens) - 1:
        return None
    opening = [k for k in range(i) if tokens[k].lower() in _SUBORDINATORS]
    phrase = leading_phrase(tokens[opening[-1] + 1 : i])[0] if opening else None
    return phrase if phrase is not None and phrase.kind == "name" else None


def _relative_subject(tokens: list[str], i: int) -> Phrase | None:
    """The full name a relative clause ending the colon clause with its verb of saying is about ("Raak vond ik de
    woorden van Arnon Grunberg, die in zijn column schreef: ..."): the one who says it, whoever the sentence's
    subject is.

    >>> _relative_subject(split_tokens("Ik las de woorden van Arnon Grunberg, die in zijn column schreef"), 12).text
    'Arnon Grunberg'
    >>> _relative_subject(split_tokens("Ik las het boek, die in zijn column schreef"), 9)
    """
    if i != len(tokens) - 1 or "die" not in tokens[:i]:
        return None
    at = max(k for k in range(i) if tokens[k] == "die")
    if at < 2 or tokens[at - 1] != "," or any(t in {",", "die", "dat"} for t in tokens[at + 1 : i]):
        return None
    runs = name_runs(" ".join(tokens[: at - 1]) + " ")
    last = runs[-1][1] if runs else ""
    if not is_full_name(last) or not " ".join(tokens[: at - 1]).endswith(last):
        return None
    return Phrase("name", last)


def _coordinated_subject(before: list[str], after: list[str]) -> Phrase | None:
    """ "Burgemeester Tjarda Struik verrichtte de ceremonie en sprak de Leiderdorpers toe": a second verb that shares
    the name opening the sentence, when no subject of its own follows it ("... en sprak hij zijn waardering uit")."""
    own = subject_after_verb(" ".join(after))[0]
    first = leading_phrase(before)[0]
    if (own is None or own.kind == "description") and first is not None and first.kind == "name" and len(first.text.split()) > 1:
        return first
    return None


def _without_relative_clause(tokens: list[str]) -> list[str]:
    """ "Kevin Verborgt, die als medewerker ... ondersteunt,": the name before a relative clause closed by its comma.

    >>> _without_relative_clause("Kevin Verborgt , die bij JINT werkt ,".split()), _without_relative_clause("Jan , die".split())
    (['Kevin', 'Verborgt'], ['Jan', ',', 'die'])
    """
    if "," in tokens and tokens[-1] == "," and tokens[tokens.index(",") + 1 : tokens.index(",") + 2] in (["die"], ["dat"]):
        return tokens[: tokens.index(",")]
    return tokens


def _whole_phrase(tokens: list[str]) -> Phrase | None:
    """The phrase that is all of ``tokens``, a name's apposition up to a closing comma included (the words before
    a verb: "Gouverneur Jan Briers, voorzitter van het project Parkbos, vult aan: ...")."""
    phrase, used = leading_phrase(tokens)
    if phrase is not None and phrase.kind == "name" and used < len(tokens):
        role, end = apposition(tokens, used)
        # Closed by its comma, or running up to the verb when it opens with a role ("Mark Drost,
        # directeur-bestuurder van de woningstichting zegt").
        if role is not None and (end == len(tokens) - 1 and tokens[end] == "," or end == len(tokens) and is_role_start(role)):
            phrase.role, used = phrase.role or _role_up_to_verb(before_copula(role)), len(tokens)
        elif affiliation(tokens[used:]):
            used = len(tokens)  # "Michiel Uitdehaag van D66 zei daarover: ..."
    return phrase if phrase is not None and used == len(tokens) else None


_ROLE_LINKS = frozenset({"en", "&", "van", "voor", "bij", "de", "het", "der", "den", "in", "op", "aan"})
"""Lowercase words that may go on with a role after a capitalised body: "... van Fietsunie Limburg en ..."."""


def _role_up_to_verb(role: str) -> str:
    """A role with no closing comma ends where a lowercase word other than a link follows its body in capitals: the
    clause's verb ("voorzitter van Fietsunie Limburg ziet de voordelen" is a chairman's role, then what he sees).

    >>> _role_up_to_verb("voorzitter van Fietsunie Limburg en burgemeester van Hamont ziet de voordelen")
    'voorzitter van Fietsunie Limburg en burgemeester van Hamont'
    >>> _role_up_to_verb("directeur-bestuurder van de woningstichting")
    'directeur-bestuurder van de woningstichting'
    """
    words = role.split()
    at = next(
        (i for i in range(1, len(words)) if words[i - 1][:1].isupper() and words[i].islower() and words[i] not in _ROLE_LINKS),
        len(words),
    )
    return " ".join(words[:at])


def pronoun_after_volgens(tokens: list[str]) -> Phrase | None:
    """ "volgens hem", "volgens haar": the one whose view it is, as the pronoun a clause of saying would have
    ("zegt hij"); "haar" only where no noun it would own follows ("volgens haar moeder").

    >>> pronoun_after_volgens("hem beter".split()).text, pronoun_after_volgens("haar niet met".split()).text
    ('hij', 'zij')
    >>> pronoun_after_volgens("haar moeder".split()), pronoun_after_volgens("hen niet".split())
    (None, None)
    """
    word = tokens[0].lower() if tokens else ""
    after = tokens[1] if len(tokens) > 1 else ""
    if word == "hem" or word == "haar" and (not after[:1].isalpha() or after in _NO_NOUN):
        return Phrase("pronoun", "hij" if word == "hem" else "zij")
    return None


_NO_NOUN = frozenset(
    "niet wel ook al nog dan nu is was zijn waren wordt werd kan moet zal heeft had de het een geen te veel goed beter"
    " slecht meer minder vooral zeker duidelijk zeer erg heel echter dus vaak nooit altijd juist precies".split()
)
"""Words after "volgens haar" that show "haar" is no possessive: a verb, an adverb, an article."""


QUOTING_VERBS = frozenset("citeert citeerde citeren citeerden".split())
"""Verbs whose subject passes on someone else's words."""

_HEARING_VERBS = RECEIVING_SINGULAR | frozenset(
    "kregen zag ziet vond vindt kent kende herinnert herinnerde citeert citeerde".split()
)
"""Verbs after which a colon introduces what someone else said or wrote ("Hij kreeg een sms: ...")."""


def _speaks_as_subject(rest: list[str]) -> bool:
    """After a sentence-opening pronoun: one singular verb that is not one of receiving or hearing,
    and no second party in the clause.

    >>> _speaks_as_subject("vreest voor haar huis".split()), _speaks_as_subject("kreeg een sms".split())
    (True, False)
    >>> _speaks_as_subject("vrezen voor hun huis".split()), _speaks_as_subject("zegt tegen Rutte".split())
    (False, False)
    """
    if not rest or not rest[0].isalpha() or not rest[0].islower():
        return False
    verb = rest[0]
    return not verb.endswith("en") and verb not in _HEARING_VERBS and not second_party(rest)


def second_party(tokens: list[str]) -> bool:
    """ "Wilders tegen Rutte": a second name joined to the first, so the colon may introduce either.

    >>> second_party(["tegen", "Rutte"]), second_party(["van", "het", "wijkcomité"])
    (True, False)
    >>> second_party("van Infrastructuur en Milieu".split()), second_party("van Milieu en Jan Peeters".split())
    (False, True)
    >>> second_party("van Limburg en gedeputeerde Henk Brink".split()), second_party("en oprichter van".split())
    (True, False)
    """
    k = 0
    if len(tokens) > 1 and tokens[0] in ("van", "voor") and tokens[1][:1].isupper():
        # A portfolio of two parts after the name ("van Infrastructuur en Milieu") is no second person.
        k = 2
        while k + 1 < len(tokens) and tokens[k] in ("en", "&") and tokens[k + 1][:1].isupper() and not is_first_name(tokens[k + 1]):
            k += 2
    rest = tokens[k:]
    return any(
        a.lower() in {"tegen", "en", "met", "versus", "vs", "over", "aan"}
        and (b[:1].isupper() or (is_role_start(b) and c[:1].isupper()))  # "... en gedeputeerde Henk Brink"
        for a, b, c in zip(rest, rest[1:], [*rest[2:], ""], strict=False)
    )
