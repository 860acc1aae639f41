"""Speakers given without a verb of saying: the owner of the words a colon opens ("De boodschap van Jan Peeters is
duidelijk: ...", "Haar antwoord: ..."), and the subject of any verb that follows a quote cut off by its comma ("‘...’,
knikt Jan Peeters.")."""

from __future__ import annotations

import re

from ..people import is_full_name
from .phrases import leading_phrase, split_tokens, subject_after_verb
from .role_names import Phrase
from .words import ADVERB_STARTERS, DETERMINERS, IMPERSONAL_VERBS, MESSAGE_NOUNS, NP_STOPS, RECEIVING_SINGULAR, REL_STOPS
from .words import SPEECH_VERBS

OWNED_WORDS = MESSAGE_NOUNS | frozenset(
    """woorden verhaal uitspraak credo visie mening standpunt belofte wens kritiek verwijt pleidooi droom les tip raad
    toelichting repliek verweer betoog slotsom vraag overtuiging ervaring getuigenis toespraak speech slotwoord
    antwoorden adviezen conclusies boodschappen tips lessen wensen""".split()
)
"""Nouns of a message or a thought, whose owner is the one whose words follow them ("het advies van X: ...")."""

_OWNER_PRONOUNS = {"zijn": "hij", "haar": "zij"}


def message_owner(tokens: list[str]) -> Phrase | None:
    """The owner of the message a colon clause opens with, who speaks the words after the colon: "De boodschap van
    Jan Peeters is duidelijk", "In de woorden van de minister", "Zijn belangrijkste advies"; the one it is told to
    ("De boodschap aan Jan Peeters") is no owner, "Zijn" as a verb ("Zijn de plannen klaar") owns nothing, and a
    clause with a verb of saying has a subject of its own.

    >>> message_owner(split_tokens("De boodschap van Jan Peeters is duidelijk")).text
    'Jan Peeters'
    >>> message_owner(split_tokens("Ook in de woorden van burgemeester Jan Peeters")).text
    'Jan Peeters'
    >>> message_owner(split_tokens("Haar belangrijkste advies aan starters"))
    Phrase(kind='pronoun', text='zij', role=None, plural=False)
    >>> message_owner(split_tokens("De boodschap aan Jan Peeters")), message_owner(split_tokens("Zijn de plannen klaar"))
    (None, None)
    >>> message_owner(split_tokens("In zijn toespraak zei de minister")), message_owner(split_tokens("Het advies van Jan Peeters luidt")).text
    (None, 'Jan Peeters')
    """
    if any(t.lower() in SPEECH_VERBS - IMPERSONAL_VERBS for t in tokens):
        return None  # "In zijn toespraak zei de minister": the clause's own verb of saying has its subject
    k = 1 if tokens[:1] and tokens[0] in ADVERB_STARTERS else 0
    if [t.lower() for t in tokens[k : k + 1]] == ["in"]:
        k += 1  # "In de woorden van ...": the words in which someone says it
    opener = tokens[k].lower() if k < len(tokens) else ""
    if opener not in {"de", "het", *_OWNER_PRONOUNS}:
        return None
    at = k + 1
    while at < min(len(tokens), k + 4) and tokens[at].islower() and tokens[at] not in OWNED_WORDS and tokens[at] not in NP_STOPS:
        at += 1  # adjectives before the noun: "zijn belangrijkste advies", "de duidelijke boodschap"
    if at >= len(tokens) or tokens[at].lower() not in OWNED_WORDS:
        return None
    if opener in _OWNER_PRONOUNS:
        return Phrase("pronoun", _OWNER_PRONOUNS[opener])
    if tokens[at + 1 : at + 2] != ["van"]:
        return None
    owner = leading_phrase(tokens[at + 2 :])[0]
    return owner if owner is not None and owner.kind in {"name", "description"} else None


def subject_of_any_verb(rest: str) -> Phrase | None:
    """After a quote cut off by its comma and the verb that follows it: the full name or the pronoun that is the verb's
    subject and ends the sentence, with its apposition and up to two particles ("knikt Jan Peeters.", "blikt Jan
    Peeters, de voorzitter, even terug.", "knikt hij."); a clause that goes on ("wint Jan Peeters de prijs") says
    nothing of who spoke.

    >>> subject_of_any_verb(" Jan Peeters.").text, subject_of_any_verb(" Jan Peeters, de voorzitter, even terug.").text
    ('Jan Peeters', 'Jan Peeters')
    >>> subject_of_any_verb(" Jan Peeters de prijs."), subject_of_any_verb(" Peeters."), subject_of_any_verb(" hij.").text
    (None, None, 'hij')
    >>> subject_of_any_verb(" Jan Peeters niet horen."), subject_of_any_verb(" Jan Peeters niet.")
    (None, None)
    """
    tokens = split_tokens(rest)
    phrase, used = subject_after_verb(rest)
    if phrase is None or not (phrase.kind == "pronoun" or phrase.kind == "name" and is_full_name(phrase.text)):
        return None
    tail = tokens[used:]
    end = next((i for i, t in enumerate(tail) if t in {".", "!", "?"}), len(tail))
    words = [t for t in tail[:end] if t != ","]
    # "wilde Jan Peeters niet horen": an infinitive or a negation after the name tells what the subject does not do
    particles = all(w.islower() and w not in DETERMINERS | _NEGATIONS and (not w.endswith("en") or w in _EN_ADVERBS) for w in words)
    return phrase if len(words) <= 2 and particles else None


_NEGATIONS = frozenset({"niet", "nooit", "geen", "allerminst"})
"""Words that deny the verb: "wist Jan Peeters niet" says he did not."""

_EN_ADVERBS = frozenset({"even", "meteen", "alleen", "opeens", "binnen", "buiten", "boven", "beneden", "open", "tegen"})
"""Adverbs and particles that end like an infinitive ("blikt Jan Peeters even terug") and are none."""


def any_verb(word: str, quote: str, after: str) -> bool:
    """``word``, lower case, after a quote that ends on a comma, a question or an exclamation (inside the marks or
    right after them), reads as the verb of its clause of saying: no conjunction, preposition or plural.

    >>> any_verb("knikt", "Ja", ", knikt"), any_verb("knikt", "Ja.", " knikt"), any_verb("maar", "Ja", ", maar")
    (True, False, False)
    >>> any_verb("hoorde", "Ja", ", hoorde")
    False
    """
    low = word.lower()
    return cut_off(quote, after) and word.islower() and word.isalpha() and not low.endswith("en") and low not in NP_STOPS | REL_STOPS | DETERMINERS | _HEARING


def cut_off(quote: str, after: str) -> bool:
    """The quote ends on a comma, a question or an exclamation, inside its marks or right after them: its sentence
    goes on after it.

    >>> cut_off("Ja", ", knikt"), cut_off("Ja,", " knikt"), cut_off("Ja.", " Hij knikt")
    (True, True, False)
    """
    return quote.rstrip()[-1:] in {",", "?", "!"} or after.lstrip()[:1] == ","


_HEARING = RECEIVING_SINGULAR | {"ziet", "zag", "kent", "kende"}
"""Verbs of hearing or receiving: "‘...’, hoorde hij." gives words someone else said."""


def perspective_holder(tokens: list[str]) -> Phrase | None:
    """ "Voor Jan Peeters is het duidelijk", "Voor burgemeester Els Smet telt maar één ding": the full name whose view
    a colon clause opening with "Voor" gives, when the clause's singular verb follows it; the one the words speak of
    is another ("Voor Jan Peeters en zijn gezin", "Voor Jan Peeters kopen we ...").

    >>> perspective_holder(split_tokens("Voor burgemeester Els Smet is het duidelijk")).text
    'Els Smet'
    >>> perspective_holder(split_tokens("Voor Jan Peeters kopen we een huis")), perspective_holder(split_tokens("Voor Peeters is het duidelijk"))
    (None, None)
    """
    if tokens[:1] != ["Voor"]:
        return None
    phrase, used = subject_after_verb(" ".join(tokens[1:]))
    verb = tokens[1 + used] if 1 + used < len(tokens) else ""
    if phrase is None or phrase.kind != "name" or not is_full_name(phrase.text):
        return None
    return phrase if any_verb(verb, ",", "") else None


OWNING_COPULAS = frozenset({"is", "was", "blijft", "bleef"})
"""The verbs by which words are said to be someone's message: "Dat is de boodschap van Jan Peeters"."""

OWNING_PLURALS = frozenset({"zijn", "waren", "blijven", "bleven"})
"""Their plurals, which agree with a message in the plural: "Dat waren de woorden van Jan Peeters", "‘...’, waren de
mooie woorden van Addiers"; the owner is still one person."""


def owned_clause(quote: str, after: str) -> tuple[Phrase, int] | None:
    """After a quote cut off by its comma, a copula and a message with its owner ("‘...’, is de boodschap van Jan
    Peeters.", "‘...’, was zijn antwoord."): the owner, and where the message starts in ``after``.

    >>> owned_clause("Samen", ", is het motto van Jan Peeters.")
    (Phrase(kind='name', text='Jan Peeters', role=None, plural=False), 5)
    >>> owned_clause("Samen", ", is het plan van Jan Peeters."), owned_clause("Samen.", " Het is de boodschap van Jan.")
    (None, None)
    >>> owned_clause("Samen", ", waren de mooie woorden van Jan Peeters.")[0].text
    'Jan Peeters'
    >>> owned_clause("Samen", ", de woorden van Jan Peeters.")[0].text, owned_clause("Samen", ", de woorden van Jan Peeters zijn")
    ('Jan Peeters', None)
    """
    m = re.match(r"\s*,?\s*(\w+)\s", after)
    verb = m.group(1) if m else ""
    if verb in {"de", "het"} and cut_off(quote, after):
        return _owned_apposition(after, m.start(1))
    if not (verb in OWNING_COPULAS and any_verb(verb, quote, after) or verb in OWNING_PLURALS and cut_off(quote, after)):
        return None
    owner = message_owner(split_tokens(after[m.end() :]))
    return (owner, m.end()) if owner is not None else None


def _owned_apposition(after: str, start: int) -> tuple[Phrase, int] | None:
    """ "‘...’, de woorden van Jan Peeters.": the message and its owner in apposition to the quote, with no verb,
    ending the sentence; the owner, and where the message starts in ``after``."""
    sentence = re.split(r"(?<=[.!?])\s", after[start:], maxsplit=1)[0]
    owner = message_owner(split_tokens(sentence))
    if owner is None or owner.kind != "name":
        return None
    ends = re.search(rf"\bvan\s+(?:[\w-]+\s+){{0,3}}?{re.escape(owner.text)}\s*[.!]?\s*$", sentence)
    return (owner, start) if ends else None
