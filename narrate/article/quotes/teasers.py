"""Quotes that are not the article's own telling: headline lines of other articles and repeats."""

from __future__ import annotations

import re

from .clauses import Analysis


def unname_teasers(analyses: list[Analysis]) -> None:
    """Quotes that are not the article's own telling keep their voice but lose their name: a
    headline line ("Koning: 'NL moet vluchtelingen een thuis geven'", a label and a quote without
    a full stop, nothing else), and a quote said again later (the lead repeating the body: the
    name belongs where the quote is told)."""
    full = [f for a in analyses for f in a.found if f.full and f.speaker is not None]
    for n, found in enumerate(full):
        passage = analyses[found.passage].passage.text
        headline = (
            found.how == "colon"
            and not found.turn
            and found.text.rstrip()[-1:] not in ".!?…"
            and not passage[found.span.close :].strip(" .'\"’”»")
            and len(passage[: found.span.mark].split()) <= 4
            and not re.search(r"[.!?…]\s+\S", found.text)  # a headline quotes one sentence, not a statement of three
        )
        repeated = any(same_words(found.text, later.text) for later in full[n + 1 :] if later.passage != found.passage)
        if headline or repeated:
            found.speaker, found.attribution = None, None


def same_words(a: str, b: str) -> bool:
    """One quote repeats the other: the shorter's words make up most of the longer.

    >>> same_words("We gaan door, wat er ook gebeurt", "We gaan door, wat er ook gebeurt. Echt."), same_words("Ja.", "Ja, dat denk ik.")
    (True, False)
    """
    short, long = sorted((re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower())), key=len)
    return len(short) >= 3 and " ".join(short) in " ".join(long) and len(short) >= 0.5 * len(long)
