"""A capitalised word after a role that is the role's field, not its holder's surname: "Coördinator
Gladheidsbestrijding", "wijkmanager Binnenstad", "directeur Communicatie".  Pages capitalise a function's
department or portfolio as they would a name, so the word's shape alone cannot tell; its use in the rest of the
text can.
"""

from __future__ import annotations

import re

from ..firstnames import is_first_name
from ..name_shapes import INITIALS
from ..people import CAPITAL_PARTICLES, PARTICLE, ROLE_ADJECTIVES, is_role_word
from .words import SPEECH_VERBS

FIELD_ENDINGS = (
    "ing", "heid", "schap", "teit", "isme", "tie", "sie", "kunde", "nis", "beleid", "zaken", "zorg", "beheer",
    "bouw", "werk", "wezen", "onderwijs", "onderzoek", "stad", "centrum",
)
"""Endings of Dutch abstract and collective nouns (the suffixes -ing, -heid, -schap, -teit, -isme, -tie, -sie,
-kunde, -nis, and the heads that make a department's compound: -beleid, -zaken, -zorg, -beheer, -bouw, -werk,
-wezen, -onderwijs, -onderzoek, and a district's -stad, -centrum)."""

_COMPOUND = 8
"""The length from which a capitalised word with a field's ending or a lower-case use is a compound noun: the
surnames that end so or are also common words are short ("Hoving", "Harting", "Groen", "Visser"), a field is a
compound ("Gladheidsbestrijding", "Patiëntenzorg", "Communicatie")."""


def field_word(word: str, text: str) -> bool:
    """A capitalised word after a role that the text itself shows to be a common noun (an abstract or department
    ending, a lower-case use, a place after "de"/"het"), and never a person's: no first name or initial stands
    before it and it never stands alone beside a verb of saying.

    >>> field_word("Gladheidsbestrijding", "Hij werkt als Coördinator Gladheidsbestrijding.")
    True
    >>> field_word("Binnenstad", "Ze wonen in de Binnenstad. Jan Smit wijkagent Binnenstad geeft uitleg.")
    True
    >>> field_word("Hoving", "Wethouder Hoving opent de school. 'Mooi', zegt Hoving."), field_word("Peeters", "minister Peeters")
    (False, False)
    >>> field_word("Harting", "Ook Jan Harting kwam. Directeur Harting bleef."), field_word("Hoving", "Wethouder Hoving opent.")
    (False, False)
    """
    low = word.lower()
    common = (
        len(word) >= _COMPOUND and low.endswith(FIELD_ENDINGS)
        or len(word) >= _COMPOUND and re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is not None
        or re.search(rf"(?<![\w-])[a-zà-ÿ]+\s+(?:de|het)\s+{re.escape(word)}(?![\w-])", text) is not None
    )
    return common and not _named_elsewhere(word, text)


def _named_elsewhere(word: str, text: str) -> bool:
    """The word follows a first name or an initial somewhere, or stands alone (no role before it) beside a verb of
    saying ("zegt Hoving", "Hoving zei"): then it is someone's surname after all.  Beside its role, the verb may be
    the sentence subject's ("Jan Smit wijkagent Binnenstad geeft ...")."""
    for m in re.finditer(rf"(\S+)\s+{re.escape(word)}(?![\w-])(?:\s+(\w+))?", text):
        before, after = m.group(1), (m.group(2) or "").lower()
        if is_role_word(before):
            continue
        if is_first_name(before) or INITIALS.fullmatch(before) or before.lower() in SPEECH_VERBS or after in SPEECH_VERBS:
            return True
    return False


def field_after_role(name: str, role: str | None, text: str) -> bool:
    """A run of capitals right after a role that is its field: after a capitalised word that is no role ("Lector
    Nieuwe Business Modellen"), opening with an adjective or ending in a word the text shows to be a common noun
    ("directeur Stedelijke Ontwikkeling", "wijkmanager Binnenstad"), with no first name or initial in it.

    >>> field_after_role("Business Modellen", "Lector Nieuwe", ""), field_after_role("Binnenstad", "wijkmanager", "in de Binnenstad")
    (True, True)
    >>> field_after_role("Jo Geerts", "minister van Omgeving", ""), field_after_role("Zelensky", "Oekraïens president", "")
    (False, False)
    >>> field_after_role("Stedelijke Ontwikkeling", "directeur", ""), field_after_role("Openbare Ruimte", "directeur", "")
    (True, True)
    >>> field_after_role("Xi Jinping", "president", ""), field_after_role("Kim Jong-un", "leider", "")
    (False, False)
    """
    tokens = name.split()
    if not role or any(is_first_name(t) or INITIALS.fullmatch(t) or t in CAPITAL_PARTICLES for t in tokens):
        return False
    words = role.split()
    last = words[-1]
    if last[:1].isupper() and not (is_role_word(last) and last.lower() not in ROLE_ADJECTIVES) and not {"van", "voor"} & set(words):
        return True
    if len(tokens) > 1:
        return bool(_INFLECTED_ADJECTIVE.fullmatch(tokens[0])) or field_word(tokens[-1], text)
    return field_word(name, text)


_INFLECTED_ADJECTIVE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:ische|lijke|bare|ieke|ele|ale|ige|zame|ieve|ante|ente)")
"""An adjective's inflected form by its suffix (-isch, -lijk, -baar, -iek, -eel, -aal, -ig, -zaam, -ief, -ant, -ent):
a field's first word ("Publieke Dienstverlening", "Stedelijke Ontwikkeling", "Juridische Zaken"), never a first name.
"""


def field_of_words(name: str) -> bool:
    """Three capitalised words or more with no first name and no particle: a field or a programme
    ("masterstudent Business Information Technology"), not a person's name.

    >>> field_of_words("Business Information Technology"), field_of_words("Jan Hendrik Dronkers"), field_of_words("Van der Burg")
    (True, False, False)
    """
    tokens = name.split()
    return len(tokens) >= 3 and not any(
        is_first_name(t) or t in CAPITAL_PARTICLES or re.fullmatch(PARTICLE, t.lower()) for t in tokens
    )


def function_after_als(before: str, name: str) -> bool:
    """Capitalised words after "als" that start with no first name: the function someone works as ("werkzaam als
    Coördinator Gladheidsbestrijding"), not a person.

    >>> function_after_als("werkzaam als ", "Coördinator Gladheidsbestrijding"), function_after_als("zoals ", "Jan Peeters")
    (True, False)
    """
    return bool(re.search(r"(?<!\w)als\s+$", before)) and not is_first_name(name.split()[0])
