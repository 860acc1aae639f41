"""A quote printed over paragraphs: left open at a paragraph's end, and where its marks close it or nothing does."""

from __future__ import annotations

import re

from ..people import FIRST_PERSON
from .clauses import CLOSING_MARK, Analysis, Passage, analyse, outer_closing, passage_list
from .spans import find_spans, has_quote_mark

_ASKED = re.compile(r"\?\s*$")


def ends_open(analysis: Analysis, following: Passage) -> bool:
    """A passage whose last quote is full and never closed, followed by one of the same part."""
    last = analysis.found[-1] if analysis.found else None
    return analysis.passage.same_part(following) and last is not None and last.full and not last.span.closed


def closed_later(passages: list[Passage], index: int, reach: int = 2) -> bool:
    """A quote left open before ``passages[index]`` is closed by one of the next ``reach`` paragraphs of its part, the
    first of them with a mark: a closing one, before any opening one (a quote printed over paragraphs with one
    pair of marks).

    >>> ps = [Passage(t, "body", 0, i) for i, t in enumerate(['"Ik kwam hier.', 'Het werk is mooi.', 'Echt!" Zo zegt ze.'])]
    >>> closed_later(ps, 1), closed_later(ps[:2], 1)
    (True, False)
    """
    for later in passages[index + 1 : index + 1 + reach]:
        if not later.same_part(passages[index]):
            return False
        spans, m = find_spans(later.text), CLOSING_MARK.search(later.text)
        if m is not None or spans:
            return outer_closing(later.text, spans) is not None
    return False


def open_to_the_end(passages: list[Passage], index: int) -> bool:
    """A quote left open before ``passages[index]`` that nothing closes: no paragraph from here to the end of the
    text has a quote mark, nor a heading (a portrait's or a statement's words printed with one opening mark).

    >>> ps = [Passage(t, "body", 0, i) for i, t in enumerate(['"Ik kwam hier.', 'Ons werk is mooi.', 'Zo is het.'])]
    >>> said = ps[:2] + [Passage('Zij zei: "Ja."', "body", 0, 2)]
    >>> open_to_the_end(ps, 1), open_to_the_end(ps, 2), open_to_the_end(said, 1)
    (True, False, False)
    """
    rest = passages[index:]
    if not all(later.same_part(passages[index]) for later in rest):
        return False  # a heading below: the text goes on in other words than the quote's
    if index >= 2 and _ASKED.search(passages[index - 2].text):
        return False  # an answer under its question: where its marks stop, the interview goes on unmarked
    # Only a paragraph in the speaker's own first person goes on with it: the narrator's next paragraph ends it.
    unmarked = not any(has_quote_mark(p.text) for p in rest)
    return len(rest) <= OPEN_REACH and unmarked and FIRST_PERSON.search(passages[index].text) is not None


OPEN_REACH = 5
"""Paragraphs a quote that never closes may run on over, to the end of the text."""


def runs_into_body(lead: str, sections: list[list[str]]) -> bool:
    """The lead opens a quote it never closes, and the body's first paragraphs go on with it to its closing mark:
    one quote printed over paragraphs, its first paragraph no standfirst.

    >>> runs_into_body("“Ik kwam hier in 2010.", [["Het werk is mooi.", "Echt waar.” Meer niet."]])
    True
    >>> runs_into_body("“Ik kwam hier in 2010.", [["Het werk is mooi.", "Zij zegt: “Echt.”"]])
    False
    """
    passages = passage_list(None, [], [[lead, *sections[0]], *sections[1:]])
    if len(passages) < 2 or not ends_open(analyse(0, passages[0]), passages[1]):
        return False
    return closed_later(passages, 0, LEAD_REACH) or open_to_the_end(passages, 1)


LEAD_REACH = 3
"""Paragraphs after the lead that may close the quote it opened."""
