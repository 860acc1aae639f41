"""What the user names: article files, ``-`` for standard input, and web addresses, fetched here.

The script stage reads files; pages from the web are fetched by the
sources stage and parsed by the article stage's HTML path, with the page's
own metadata (title, author, date, outlet, canonical address) on top.
"""

from __future__ import annotations

import html as html_lib

from ..article import Article, parse_html
from ..errors import InputError
from ..script import describe_article
from ..sources import FeedItem, Fetcher, FetchOptions, NotAnArticleError, Page, fetch_page, is_url


def resolve_inputs(inputs: list[str], options: FetchOptions) -> list[str | Article]:
    """Files and ``-`` as given; each http(s) address fetched and read as an ``Article``."""
    if not any(is_url(given) for given in inputs):
        return list(inputs)
    with Fetcher(options) as fetcher:
        return [article_from_page(fetch_page(given, fetcher)) if is_url(given) else given for given in inputs]


def describe_input(given: str, options: FetchOptions, as_json: bool = False) -> str:
    """``narrate parse``: what narrate reads in a file or at an address."""
    (resolved,) = resolve_inputs([given], options)
    return describe_article(resolved, as_json)


def article_from_page(page: Page) -> Article:
    """A fetched page read as an article, linked to its canonical address and credited to its outlet."""
    article = _parse(page.url, page.html)
    meta = page.meta
    if not article.title and meta.title:
        article.title = meta.title
    if not article.byline and (meta.author or meta.published):
        article.byline = " · ".join(part for part in (meta.author, meta.published) if part)
    article.source = page.link
    article.site = meta.site_name
    article.encoding = page.encoding
    return article


def article_from_feed_item(item: FeedItem) -> Article:
    """The article a feed carries in full (``content:encoded``, Atom ``content``)."""
    title = html_lib.escape(item.title)
    page = (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{item.content_html}</article></body></html>")
    article = _parse(item.link or item.feed_url, page)
    article.title = article.title or item.title
    article.byline = article.byline or item.author
    article.source = item.link
    article.site = item.site
    return article


def _parse(url: str, html: str) -> Article:
    try:
        return parse_html(html)
    except InputError:
        raise NotAnArticleError(url, "the page holds no article text (an index page, a video or a live blog?); "
                                     "give the address of an article") from None
