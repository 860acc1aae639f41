"""Stage 0, the sources: article pages and news feeds fetched from the web.

A page is fetched with care (timeouts, a size cap, few redirects, its
charset, cookies for subscribers, a revalidating cache) and checked for an
article; a feed is read with feedparser. Bad addresses raise one-line
``FetchError``s that name the URL and the reason. The article stage parses
what is fetched::

    fetch.py     HTTP: Fetcher, FetchOptions, the page cache
    page.py      a page's charset, metadata and consent/paywall checks
    feeds.py     RSS and Atom feeds → FeedItems
"""

from .errors import FeedError, FetchError, NotAnArticleError
from .feeds import Feed, FeedItem, fetch_feed, parse_feed
from .fetch import USER_AGENT, FetchOptions, Fetched, Fetcher, is_url
from .page import Page, PageMeta, decode_page, fetch_page, page_meta

__all__ = [
    "Feed", "FeedError", "FeedItem", "FetchError", "FetchOptions", "Fetched", "Fetcher", "NotAnArticleError", "Page",
    "PageMeta", "USER_AGENT", "decode_page", "fetch_feed", "fetch_page", "is_url", "page_meta", "parse_feed",
]
