"""From lines of text to the article's layout: kicker, title, byline, lead,
summary box, sections; furniture and pull quotes cut and recorded.

A browser copy has no markup, so every decision rests on the shape of a
line (short, no closing punctuation: a heading), on its neighbours (a
caption repeated above its credit, a name under a pull quote) and on
repetition (a pull quote repeats a quote in the body). An HTML page
gives hints (headings, block quotes, list items) that override the
guesswork.
"""

from .build import Layout, build_layout
from .header import byline_authors
from .lines import (
    BLOCKQUOTE,
    HEADING,
    ITEM,
    PARAGRAPH,
    Line,
    PageHints,
    in_quote_marks,
    is_heading_like,
    normalise,
    text_lines,
)
from .pull_quotes import PullQuote, containment

__all__ = [
    "Layout",
    "build_layout",
    "byline_authors",
    "Line",
    "PageHints",
    "text_lines",
    "normalise",
    "is_heading_like",
    "in_quote_marks",
    "HEADING",
    "PARAGRAPH",
    "ITEM",
    "BLOCKQUOTE",
    "PullQuote",
    "containment",
]
