"""A name's apposition: the role set off by commas after it (", een gewezen topman van de NAVO,")."""

from __future__ import annotations

import re

from ..firstnames import is_first_name
from ..people import PARTICLE, SENTENCE_STARTERS, is_role_word
from .spans import CLOSERS
from .words import REL_STOPS


def apposition(tokens: list[str], used: int) -> tuple[str | None, int]:
    """ ", een gewezen assistent-secretaris-generaal van de NAVO" after a name."""
    if used >= len(tokens) - 1 or tokens[used] != ",":
        return None, used
    first = tokens[used + 1]
    if first.lower() in REL_STOPS or first in CLOSERS or not re.match(r"\w", first):
        return None, used
    if first[:1].isupper() and not any(is_role_word(t) for t in tokens[used + 1 : used + 6]):
        return None, used
    k = used + 1
    while k < len(tokens):
        token = tokens[k]
        if token in {".", "!", "?", ";", ":", "(", ")"} or token in CLOSERS or token in {"’", "”", "»"}:
            break
        if token == ",":
            nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
            if starts_full_name(tokens, k + 1):
                # "Armin Laschet, de voorzitter van het Comité, Apostolos Tzitzikostas": the words describe the next
                # name, not this one.
                return None, used
            if not nxt[:1].isupper() or nxt in SENTENCE_STARTERS:
                break
        k += 1
    role_tokens = tokens[used + 1 : k]
    # "directeur van de VVSG aan de vooravond van 14 oktober": after the body's name, a preposition starts when and
    # where he said it, no part of his role.
    cut = next((n for n in range(1, len(role_tokens) - 1) if role_tokens[n] in _ADVERBIAL_START
                and role_tokens[n - 1][:1].isupper() and _time_or_place(role_tokens[n + 1 : n + 3])), None)
    role_tokens = role_tokens[:cut]
    if not role_tokens or len(role_tokens) > 25:
        return None, used
    if role_tokens[0].lower() in {"een", "de", "het"}:
        role_tokens = role_tokens[1:]
    return _join(role_tokens) or None, k


def starts_full_name(tokens: list[str], k: int) -> bool:
    """A first name at ``tokens[k]`` and a capitalised word after it, or a particle and one: a person's full name
    starts there ("Jan Peeters", "Michel de Roos").

    >>> starts_full_name("politiechef Michel de Roos".split(), 1), starts_full_name("Michel de stad".split(), 0)
    (True, False)
    """
    if k + 1 >= len(tokens) or not is_first_name(tokens[k]):
        return False
    particle = re.fullmatch(PARTICLE, tokens[k + 1]) is not None and k + 2 < len(tokens) and tokens[k + 2][:1].isupper()
    return tokens[k + 1][:1].isupper() or particle


def _time_or_place(words: list[str]) -> bool:
    """The words after a preposition open a phrase of time or place, not a body ("de vooravond", "14 oktober"; not
    "de NAVO")."""
    return bool(words) and (words[0][:1].isdigit() or words[0] in {"de", "het", "een"} and len(words) > 1 and words[1][:1].islower())


_ADVERBIAL_START = frozenset({"aan", "op", "in", "tijdens", "na", "bij", "met", "tegen", "over", "vorige", "gisteren", "vandaag"})
"""Words that open a phrase of time or place after a role's body ("... van de VVSG op de persconferentie")."""


def _join(tokens: list[str]) -> str:
    text = " ".join(tokens)
    return re.sub(r"\s+([,.;:!?)])", r"\1", text).replace("( ", "(")
