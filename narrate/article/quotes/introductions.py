"""What an introduction may carry between a person's name and the verb that makes them its subject: an age or a
party in brackets, an apposition or a relative clause set off by commas, where they are from or the body they are
of ("Jan Peeters (54), die al twintig jaar aan de kade woont, is boos", "Mia Claes uit Gentbrugge twijfelt niet")."""

from __future__ import annotations

from .appositions import apposition

INTRODUCTION_PARTS = 3
"""How many parts an introduction strings after a name at most ("Mark Stevens (61), voorzitter van het comité,")."""


def past_introduction(tokens: list[str], used: int) -> int:
    """The index past what the introduction carries after the name that ends at ``used`` (``used`` itself if none).

    >>> t = "Jan Peeters ( 54 ) , die aan de kade woont , reageert".split()
    >>> t[past_introduction(t, 2)]
    'reageert'
    >>> t = "Piet Janssens uit Bree van café De Zwaan lacht".split()
    >>> t[past_introduction(t, 2)]
    'lacht'
    >>> t = "Jeroen , opsporingsambtenaar ( boa ) bij de gemeente , werkt".split()
    >>> t[past_introduction(t, 1)]
    'werkt'
    >>> t = "Jan Peeters en Mia Claes zijn boos".split()
    >>> past_introduction(t, 2)
    2
    """
    for _ in range(INTRODUCTION_PARTS):
        after = _past_part(tokens, used)
        if after == used:
            break
        used = after
    return used


def _past_part(tokens: list[str], used: int) -> int:
    """The index past one part of an introduction at ``used``, or ``used``."""
    token = tokens[used] if used < len(tokens) else ""
    if token == "(" and ")" in tokens[used + 2 : used + 6]:
        return tokens.index(")", used) + 1  # "(54)", "(CD&V)", "(34, Gent)"
    if token != ",":
        return _past_origin(tokens, used)
    # a relative clause ("Jan Peeters, die al twintig jaar aan de kade woont, is boos") or a role ("Jeroen,
    # opsporingsambtenaar (boa) bij de gemeente, werkt"), up to the comma that closes it
    if tokens[used + 1 : used + 2] not in (["die"], ["dat"]) and apposition(tokens, used)[0] is None:
        return used
    close = next((k for k in range(used + 2, min(len(tokens), used + 30)) if tokens[k] in _CLAUSE_ENDS), None)
    return close + 1 if close is not None and tokens[close] == "," else used


_CLAUSE_ENDS = frozenset({",", ".", "!", "?", ":", ";"})
"""Marks that end a relative clause: only a comma closes one that the sentence goes on after."""


def _past_origin(tokens: list[str], used: int) -> int:
    """Past "uit Gentbrugge" (where from: capitalised words only) or "van café De Zwaan", "van de Gezinsbond" (the body
    they are of: an article and a noun at most, then its name in capitals), else ``used``."""
    token = tokens[used] if used < len(tokens) else ""
    if token not in ("uit", "van"):
        return used
    k = used + 1
    if token == "van" and tokens[k : k + 1] in (["de"], ["het"]):
        k += 1
    if token == "van" and k < len(tokens) and tokens[k].isalpha() and tokens[k].islower():
        k += 1  # "van café De Zwaan", "van wijkgezondheidscentrum De Brug"
    start = k
    while k < len(tokens) and k - start < 4 and tokens[k][:1].isupper() and tokens[k][:1].isalpha():
        k += 1
    return k if k > start else used
