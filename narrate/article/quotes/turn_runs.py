"""A speaker's label over quoted paragraphs: the words in marks go on under it until a paragraph says more."""

from __future__ import annotations

from .clauses import Analysis, Found


def turns_run_on(analyses: list[Analysis]) -> None:
    """ "Luc Peeters, voorzitter:" ¶ "“...”" ¶ "“...”": a label names one paragraph, as a record's narration may
    follow it; but a paragraph that is wholly one quote in marks, with no clause, right after a labelled quote
    that ends its paragraph (of one part, the quote not a question), is the same speaker's words going on, and so
    is the next such paragraph after it."""
    last: Found | None = None
    for n, analysis in enumerate(analyses):
        if last is not None and not analysis.passage.same_part(analyses[n - 1].passage):
            last = None
        whole = _whole_quote(analysis)
        if whole is not None and whole.turn and whole.speaker is not None:
            last = whole
            continue
        if last is None or whole is None or whole.speaker is not None or whole.phrase is not None or whole.turn:
            last = None
            continue
        whole.speaker, whole.attribution = last.speaker, "continued"


def _whole_quote(analysis: Analysis) -> Found | None:
    """The one full quote a paragraph is, opening at its start and closed at its end (a stop may follow), that
    asks nothing: the words of whoever spoke last, when nothing else stands in the paragraph."""
    text = analysis.passage.text
    if len(analysis.found) != 1:
        return None
    found = analysis.found[0]
    if not found.full or text[: found.span.mark].strip() or text[found.span.close :].strip(" .\n"):
        return None
    return None if found.text.rstrip(" ’”'\"").endswith("?") else found
