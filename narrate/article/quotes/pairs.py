"""Two people who sign words as one: "Jan Peeters en Els Smet, voorzitter en ondervoorzitter: ...", "‘...’ - Ann
Smet & Suzanne Koster". Two names joined by "en" or "&" as a quote's label or signature say the words are theirs
together, and the pair is the speaker. After a plural verb ("..., zeggen Jan Peeters en Els Smet") the words may sum up
what each said, and nobody is named."""

from __future__ import annotations

import re

from ..people import is_full_name, looks_like_name
from .phrases import leading_phrase, split_tokens
from .role_names import Phrase

_JOINERS = frozenset({"en", "&"})

JOINED = re.compile(r"\S (?:en|&) \S")
"""A pair's name: two names joined ("Jan Peeters en Els Smet"), which no one person's name is."""


def joint_speaker(tokens: list[str], first: Phrase | None, used: int) -> tuple[Phrase, int] | None:
    """The pair ``first`` (which takes ``used`` tokens) opens with a second full name, and how many tokens both take;
    a third person ("A, B en C", "A en B en C") or a second who is no name ("A en zijn vrouw") makes no pair.

    >>> tokens = split_tokens("Eveline Otter en Matthijs Driebergen.")
    >>> joint_speaker(tokens, *leading_phrase(tokens))
    (Phrase(kind='name', text='Eveline Otter en Matthijs Driebergen', role=None, plural=False), 5)
    >>> tokens = split_tokens("Jan Peeters en zijn vrouw")
    >>> joint_speaker(tokens, *leading_phrase(tokens)), joint_speaker(split_tokens("Jan Peeters en Els Smet en Ali Bakr"), Phrase("name", "Jan Peeters"), 2)
    (None, None)
    """
    if first is None or first.kind != "name" or not is_full_name(first.text) or tokens[used : used + 1] not in (["en"], ["&"]):
        return None
    second, taken = leading_phrase(tokens[used + 1 :])
    # The first a full name, the second a name of two words at least ("Zeneb Bensafia", a first name we may not know)
    if second is None or second.kind != "name" or len(second.text.split()) < 2 or not looks_like_name(second.text) or second.role:
        return None
    end = used + 1 + taken
    if tokens[end : end + 1] and tokens[end] in _JOINERS:
        return None
    return Phrase("name", f"{first.text} {tokens[used]} {second.text}"), end


def pair_label(clause: str) -> Phrase | None:
    """A colon clause or a signature that is a pair and nothing else but their roles after a comma: "Christophe
    Peeters en Zeneb Bensafia, voorzitter en ondervoorzitter"; a verb after them ("Jan Peeters en Els Smet benadrukken
    ...") may sum up what each said.

    >>> pair_label("Christophe Peeters en Zeneb Bensafia , voorzitter en ondervoorzitter gemeenteraad").text
    'Christophe Peeters en Zeneb Bensafia'
    >>> pair_label("Jan Peeters en Els Smet benadrukken het belang"), pair_label("Ann Smet & Suzanne Koster").text
    (None, 'Ann Smet & Suzanne Koster')
    """
    tokens = split_tokens(clause)
    pair = joint_speaker(tokens, *leading_phrase(tokens))
    return pair[0] if pair is not None and tokens[pair[1] : pair[1] + 1] in ([], [","]) else None
