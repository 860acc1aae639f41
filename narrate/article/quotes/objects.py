"""Whether a person a sentence names may be the one whose words follow it.

"Jan Peeters overleed vorige week. '...'": the dead do not speak, and the words after it are someone else's;
naming him would be a guess, and a wrong name is worse than none.
"""

from __future__ import annotations

import re

from ..people import FIRST_PERSON_SINGULAR, is_person_description
from .colon import names_a_title
from .mentions import Mention


_DEATH = re.compile(
    r"(?i)\b(?:overlijdt|overleed|overleden|sterft|sterven|stierf|stierven|gestorven|omgekomen|verongelukt|verongelukte"
    r"|verongelukten|verdronk|verdronken|verdrinkt|sneuvelt|sneuvelde|sneuvelden|gesneuveld|bezweek|bezweken|bezwijkt"
    r"|vermoord|gedood|doodgeschoten|doodgestoken|omgebracht|begraven|gecremeerd|ontvoerd|gegijzeld|dood aangetroffen"
    r"|(?:kwam|kwamen|komt|komen)(?:\s+[\w-]+){0,5}?\s+om het leven|om het leven (?:gekomen|gebracht))\b"
)
"""Every finite form and participle of the verbs of dying (overlijden, sterven, omkomen, om het leven komen,
verongelukken, verdrinken, sneuvelen, bezwijken), of being killed, buried or taken hostage ("vermist" is also a
form of "vermissen", to miss, so it is left out)."""


def died(sentence: str, at: int) -> bool:
    """The one named at ``at`` in the sentence is its subject and the sentence tells of their death: the words
    after it cannot be theirs. The subject opens the sentence (after a description at most) or follows the verb.

    >>> died("Jan Peeters overleed vorige week.", 0), died("Vorige week stierf Jan Peeters.", 19)
    (True, True)
    >>> died("De 84-jarige Jan Peeters kwam vorige week bij een ongeval om het leven.", 13)
    True
    >>> died("Tom Peeters nam de zaak over nadat zijn vader Jan Peeters overleed.", 0), died("Jan Peeters reageerde.", 0)
    (False, False)
    >>> died("Ze helpt mensen om het leven draaglijk te maken.", 0)
    False
    """
    m = _DEATH.search(sentence)
    if m is None:
        return False
    before = sentence[:at].strip()
    opens = (not before or is_person_description(before)) and m.start() >= at
    return opens and not re.search(r"\b(?:nadat|toen|na|sinds|omdat|dat|die|wiens|wier)\b", sentence[at : m.start()]) or (
        bool(before) and before.endswith(m.group(0)))


_GROUP_SUBJECT = re.compile(
    r"\s*(?:De|Zijn|Haar|Hun|Onze|Alle|Veel|Vele|Beide|Die|Deze)\s+(?:[a-zà-ÿ-]+e\s+)?[a-zà-ÿ-]{3,}(?:s|en)"
    r"\s+(?:zijn|waren|[a-zà-ÿ]{2,}en)\b"
)
"""A sentence opening with a plural noun phrase (a determiner or possessive, an adjective at most, a noun in -s or
-en) and a plural verb right after it: "Zijn buren zijn boos", "De bewoners reageren verbolgen"."""


def group_speaks(sentence: str, words: str) -> bool:
    """A sentence whose subject is a group, before words that speak for no "ik": theirs, not one person's.

    >>> group_speaks("Zijn buren zijn boos: ", "We willen rust."), group_speaks("De bewoners reageren verbolgen. ", "We ...")
    (True, True)
    >>> group_speaks("De bewoners reageren verbolgen. ", "Ik wil rust."), group_speaks("De burgemeester is boos: ", "We ...")
    (False, False)
    """
    return bool(_GROUP_SUBJECT.match(sentence)) and not FIRST_PERSON_SINGULAR.search(words)


def not_theirs(text: str, start: int, end: int, here: list[Mention], words: str) -> bool:
    """The sentence ``text[start:end]`` before a quote tells the death of one it names (``here``), gives a title
    its words ("Het boek van Jan Peeters heet: '...'", "Titel: '...'"), or has a group as its subject while the
    quoted ``words`` say no "ik": the words are not those of whoever it or the sentences before it name."""
    sentence = text[start:end].rstrip(" '‘’“”\"„«")
    titled = sentence.endswith(":") and names_a_title(sentence[:-1])
    return titled or group_speaks(text[start:end], words) or any(died(text[start:end], m.pos - start) for m in here)
