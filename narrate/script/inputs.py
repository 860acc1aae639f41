"""What the user hands to ``render`` and ``script``: articles, or an edited script."""

from __future__ import annotations

import json

from ..article import Article, article_from_decoded, decode_bytes, format_outline, load_article, read_input
from ..errors import InputError
from .builder import Script, ScriptOptions, build_script
from .text_format import is_script_text, parse_script
from .speech import Speech


def load_script(inputs: list[str | Article], options: ScriptOptions, speak: Speech) -> Script:
    """One article, several articles (a briefing), or one script file, as a ``Script``.

    An input is a file name, ``-`` for standard input, or an ``Article`` already read (a page fetched from the web).
    """
    if not inputs:
        raise InputError("no input given; name an article file, several for a briefing, or - for standard input")
    if inputs.count("-") > 1:
        raise InputError("standard input (-) can be read only once; name the other articles as files")
    articles: list[Article] = []
    for path in inputs:
        if isinstance(path, Article):
            articles.append(path)
            continue
        data, name = read_input(path)
        decoded = decode_bytes(data, name)
        if is_script_text(decoded.text):
            if len(inputs) > 1:
                raise InputError(f"{name} is a script; render a script on its own, not together with articles")
            return parse_script(decoded.text, speak)
        articles.append(article_from_decoded(decoded, path, name))
    return build_script(articles, options, speak)


def describe_article(path: str | Article, as_json: bool = False) -> str:
    """What narrate reads in an article (a file, or an ``Article`` already read): JSON, or an outline for people."""
    article = path if isinstance(path, Article) else load_article(path)
    if as_json:
        return json.dumps(article.to_dict(), ensure_ascii=False, indent=2)
    return format_outline(article)
