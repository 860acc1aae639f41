"""Stage 1, the article: a news article file becomes an ``Article``.

Plain text copied from a browser, a saved HTML page or standard input, in
any common encoding, is decoded, laid out (kicker, headline, byline, lead,
summary box, sections), cleared of page furniture and searched for direct
quotes, each given its speaker where the text allows.
"""

from .decoding import MAX_INPUT_BYTES, DecodedText, decode_bytes, read_input
from .layout import byline_authors
from .model import Article, Attribution, Quote, QuotePart, Removed, RemovalReason, Section, SummaryItem
from .parse import article_from_decoded, format_outline, load_article, parse_html, parse_text, stand_in_title

__all__ = [
    "Article",
    "Section",
    "SummaryItem",
    "Quote",
    "Removed",
    "QuotePart",
    "Attribution",
    "RemovalReason",
    "DecodedText",
    "MAX_INPUT_BYTES",
    "read_input",
    "decode_bytes",
    "load_article",
    "article_from_decoded",
    "parse_text",
    "parse_html",
    "format_outline",
    "stand_in_title",
    "byline_authors",
]
