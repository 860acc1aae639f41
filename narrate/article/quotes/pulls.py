"""Pull quotes: the name line under one tells who said the body quote it repeats."""

from __future__ import annotations

import re

from ..layout import containment
from ..layout.lines import comparable
from .registry import Registry
from .clauses import Analysis


def link_pull_quotes(analyses: list[Analysis], registry: Registry, pulls: list[tuple[str, str | None]]) -> None:
    """A pull quote's name line tells who said the body quote it repeats.  One without a name, kept where it stands
    (it repeats nothing), is nobody's by a guess from the paragraphs around it: they tell of someone else's words
    as often as of its speaker's."""
    kept = {comparable(text) for text, name in pulls if name is None}
    for found in (f for analysis in analyses for f in analysis.found if f.attribution in ("context", "continued")):
        if comparable(found.text) in kept:
            found.speaker, found.attribution = None, None
    full = [
        (found, words, set(words))
        for analysis in analyses
        for found in analysis.found
        if found.full
        for words in [re.findall(r"\w+", found.text.lower())]
    ]
    for pull_text, name in ((text, name) for text, name in pulls if name is not None):
        words = re.findall(r"\w+", pull_text.lower())
        unique = set(words)
        best, score = None, 0.5
        for found, quote_words, quote_unique in full:
            if len(unique & quote_unique) < min(len(unique), len(quote_unique)) * 0.5:
                continue
            s = max(containment(words, quote_words), containment(quote_words, words))
            if s > score:
                best, score = found, s
        if best is not None and best.attribution in (None, "context", "continued"):  # a signature outranks a guess
            person = registry.find(name) or registry.add(name)
            if best.speaker is not person:
                best.speaker, best.attribution = person, "pull quote"
