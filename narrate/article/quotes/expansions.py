"""Acronyms spelt out in brackets: "het CAFYR-project (Constructing Age for Young Readers)" names a project, and
its capitalised words are no one's name."""

from __future__ import annotations

import re

from ..letters import CAPITAL

_ACRONYM_THEN_BRACKET = re.compile(rf"(?<![\w])([{CAPITAL}]{{2,8}})(?:-[\w]+)?\s+\(([^()]{{5,120}})\)")
"""An acronym (alone or opening a compound), then words in brackets."""


def expansion_spans(text: str) -> list[tuple[int, int]]:
    """Where brackets spell out the acronym right before them: the initials of their words, in order, make it.

    >>> text = "Zij start het CAFYR-project (Constructing Age for Young Readers) met Jan Peeters (JP)."
    >>> [text[a:b] for a, b in expansion_spans(text)]
    ['Constructing Age for Young Readers']
    >>> expansion_spans("De VVD (Jan Peeters) stemt tegen.")
    []
    """
    spans = []
    for m in _ACRONYM_THEN_BRACKET.finditer(text):
        initials = "".join(word[0] for word in re.findall(r"[\w’'-]+", m.group(2))).upper()
        if len(m.group(1)) >= 3 and m.group(1) in initials:
            spans.append((m.start(2), m.end(2)))
    return spans


def without_expansions(text: str, runs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The name runs of ``text`` that stand outside an acronym's expansion.

    >>> without_expansions("het EIC (European Innovation Council)", [(9, "European Innovation Council")])
    []
    """
    spans = expansion_spans(text)
    return [(pos, run) for pos, run in runs if not any(a <= pos < b for a, b in spans)]
