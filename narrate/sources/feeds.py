"""News feeds: RSS 0.9x, 1.0 and 2.0 and Atom, read with feedparser.

Each item keeps its place in the feed, its date, its link and, where the
feed carries the whole article (``content:encoded``, Atom ``content``), the
full text, so the article need not be fetched.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html as html_lib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .errors import FeedError
from .fetch import Fetched, Fetcher

FEED_ACCEPT = "application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.1"
"""What a feed fetch asks for."""

FULL_TEXT_CHARS = 300
"""A feed item whose content holds this much text (and twice its summary) carries the whole article."""

_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed: a story, with or without its full text."""

    feed_url: str
    """The feed it came from."""

    site: str
    """The outlet: the feed's title, else its host."""

    position: int
    """Its place in the feed, from 0 at the top."""

    key: str
    """Its identity: the guid, else the link, else the title."""

    title: str
    """The headline."""

    link: str | None
    """The article's address."""

    published: dt.datetime | None
    """When it was published (or last updated), in UTC; None when the feed does not say."""

    summary: str
    """The teaser, as plain text."""

    content_html: str | None = None
    """The whole article as HTML, where the feed carries it."""

    author: str | None = None
    """The author, where the feed names one."""

    @property
    def has_full_text(self) -> bool:
        """True when the feed itself carries the article."""
        return self.content_html is not None


@dataclass(frozen=True)
class Feed:
    """A feed and its items, in feed order."""

    url: str
    """Where it was fetched."""

    title: str
    """The feed's title (the outlet, usually)."""

    items: tuple[FeedItem, ...]
    """Its items, top first."""

    warning: str | None = None
    """Set when the feed was damaged but some items could be read."""


def fetch_feed(url: str, fetcher: Fetcher) -> Feed:
    """Fetch and read the feed at ``url``; ``FeedError`` when it is none."""
    return parse_feed(fetcher.get(url, FEED_ACCEPT))


def parse_feed(fetched: Fetched) -> Feed:
    """Read a fetched body as a feed: ``FeedError`` for a web page, something else, or XML too broken to read."""
    import feedparser

    headers = {"content-type": fetched.content_type + (f"; charset={fetched.charset}" if fetched.charset else "")}
    parsed = feedparser.parse(fetched.body, response_headers=headers)
    if not parsed.get("version") or not parsed.entries:
        raise FeedError(fetched.url, _not_a_feed(fetched, parsed))
    title = _text(parsed.feed.get("title", "")) or urlsplit(fetched.final_url).hostname or fetched.url
    items = tuple(_item(fetched.url, title, position, entry) for position, entry in enumerate(parsed.entries))
    warning = None
    if parsed.get("bozo") and not _harmless(parsed.get("bozo_exception")):
        warning = (f"{fetched.url}: the feed is malformed ({_short(parsed.bozo_exception)}); "
                   f"read the {len(items)} items that could be read")
    return Feed(fetched.url, title, items, warning)


def _not_a_feed(fetched: Fetched, parsed) -> str:
    if parsed.get("version") and not parsed.entries:
        return "the feed has no items"
    if fetched.content_type in ("text/html", "application/xhtml+xml") or fetched.body.lstrip()[:15].lower().startswith(
            (b"<!doctype html", b"<html")):
        return "a web page, not a feed; give the address of its RSS or Atom feed"
    if parsed.get("bozo"):
        return f"not a readable feed ({_short(parsed.get('bozo_exception'))})"
    return f"not a feed ({fetched.content_type or 'no content type'}); give an RSS or Atom address"


def _item(feed_url: str, site: str, position: int, entry) -> FeedItem:
    summary = _text(entry.get("summary", ""))
    content = _full_text(entry, summary)
    link = entry.get("link")
    title = _text(entry.get("title", "")) or summary[:80]
    return FeedItem(feed_url=feed_url, site=site, position=position, key=entry.get("id") or link or title,
                    title=title, link=link, published=_published(entry), summary=summary,
                    content_html=content, author=_text(entry.get("author", "")) or None)


def _full_text(entry, summary: str) -> str | None:
    for content in entry.get("content", []):
        value = content.get("value", "")
        text = _text(value)
        if len(text) >= FULL_TEXT_CHARS and len(text) > 2 * len(summary):
            return value if "<" in value else "".join(f"<p>{html_lib.escape(p)}</p>" for p in value.split("\n\n"))
    return None


def _published(entry) -> dt.datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC)
    return None


def _text(markup: str) -> str:
    return " ".join(html_lib.unescape(_TAG.sub(" ", markup or "")).split())


def _harmless(exc) -> bool:
    import feedparser

    return isinstance(exc, (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType))


def _short(exc) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 100 else text[:97] + "…"
