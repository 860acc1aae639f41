"""A fetched article page: its text in the right charset, its metadata, and whether it holds an article at all.

The metadata comes from what news pages carry for search engines and
social media: ``<link rel="canonical">``, Open Graph and ``article:`` meta
tags, and schema.org JSON-LD (``NewsArticle``).
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .errors import NotAnArticleError
from .fetch import Fetched, Fetcher, is_consent_page

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5"
"""What a page fetch asks for."""

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain", ""})
"""Media types an article page may have (some servers send none)."""

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_PAYWALL_CLASS = re.compile(r"paywall|premium-(?:wall|block)|subscriber-only|abo-?wall|plus-?wall|regwall", re.I)
_CONSENT_CLASS = re.compile(r"consent|cookie-?wall|privacy-?gate|cmp-", re.I)

MIN_ARTICLE_CHARS = 400
"""Less paragraph text than this under a paywall or consent marker is a stub, not the article."""


@dataclass(frozen=True)
class PageMeta:
    """What a page says about its article."""

    title: str | None = None
    """The headline (Open Graph, JSON-LD, or ``<title>``)."""

    author: str | None = None
    """The author(s), as the page names them."""

    published: str | None = None
    """When it was published, as the page writes it (usually ISO 8601)."""

    site_name: str | None = None
    """The outlet (``og:site_name``, the JSON-LD publisher, else the host)."""

    canonical_url: str | None = None
    """The article's own address (``<link rel="canonical">``, else ``og:url``)."""


@dataclass(frozen=True)
class Page:
    """An article page, fetched and decoded."""

    url: str
    """The address asked for."""

    final_url: str
    """Where it was served from, after redirects."""

    html: str
    """The page as text."""

    encoding: str
    """The charset it was decoded with, and where that came from (``iso-8859-1 (header)``)."""

    meta: PageMeta
    """Title, author, date, site name and canonical address."""

    @property
    def link(self) -> str:
        """Where a listener reads the article: the canonical address, else where it was served from."""
        return self.meta.canonical_url or self.final_url


def fetch_page(url: str, fetcher: Fetcher) -> Page:
    """Fetch the article at ``url``; a consent wall, paywall stub or non-page raises ``NotAnArticleError``."""
    fetched = fetcher.get(url, PAGE_ACCEPT)
    return page_from_fetched(fetched)


def page_from_fetched(fetched: Fetched) -> Page:
    """A fetched body as a ``Page``, once it is clear it can hold an article."""
    if fetched.content_type not in PAGE_TYPES:
        raise NotAnArticleError(fetched.url, f"is {fetched.content_type}, not a web page; give the article's address")
    html, encoding = decode_page(fetched.body, fetched.charset)
    meta = page_meta(html, fetched.final_url)
    check_article(fetched.url, html)
    return Page(fetched.url, fetched.final_url, html, encoding, meta)


def decode_page(body: bytes, declared: str | None) -> tuple[str, str]:
    """The page's text: the charset of the header, else of its ``<meta>`` tag, else detected.

    >>> decode_page("<p>één</p>".encode("iso-8859-1"), "iso-8859-1")
    ('<p>één</p>', 'iso-8859-1 (header)')
    >>> decode_page(b'<meta charset="windows-1252"><p>caf\\xe9</p>', None)[1]
    'windows-1252 (meta)'
    """
    for charset, where in ((declared, "header"), (_meta_charset(body), "meta")):
        if charset and _known(charset):
            return body.decode(charset, errors="replace"), f"{charset} ({where})"
    try:
        return body.decode("utf-8"), "utf-8 (detected)"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    if best is not None and best.encoding:
        return str(best), f"{best.encoding} (detected)"
    return body.decode("cp1252", errors="replace"), "cp1252 (guessed)"


def page_meta(html: str, base_url: str) -> PageMeta:
    """Title, author, date, site name and canonical address, from meta tags and JSON-LD."""
    root = _parse(html)
    if root is None:
        return PageMeta(site_name=_host(base_url))
    meta = {(el.get("property") or el.get("name") or "").lower(): (el.get("content") or "").strip()
            for el in root.iter("meta") if el.get("content")}
    ld = _json_ld(root)
    canonical = next((el.get("href") for el in root.iter("link")
                      if "canonical" in (el.get("rel") or "").lower().split() and el.get("href")), None)
    canonical = canonical or meta.get("og:url")
    title = meta.get("og:title") or ld.get("headline") or _title_tag(root)
    return PageMeta(
        title=_clean(title),
        author=_clean(meta.get("author") or meta.get("article:author") or _ld_name(ld.get("author"))),
        published=_clean(meta.get("article:published_time") or ld.get("datePublished")),
        site_name=_clean(meta.get("og:site_name") or _ld_name(ld.get("publisher"))) or _host(base_url),
        canonical_url=urljoin(base_url, canonical) if canonical else None,
    )


def check_article(url: str, html: str) -> None:
    """Raise ``NotAnArticleError`` for a consent wall or a paywalled stub: little text under such a marker."""
    root = _parse(html)
    if root is None:
        return
    text = sum(len(" ".join(p.text_content().split())) for p in root.iter("p")
               if not _inside(p, _CONSENT_CLASS) and not _inside(p, _PAYWALL_CLASS))
    if text >= MIN_ARTICLE_CHARS:
        return
    classes = " ".join((el.get("class") or "") + " " + (el.get("id") or "") for el in root.iter() if isinstance(el.tag, str))
    if _CONSENT_CLASS.search(classes) or any(is_consent_page(el.get("action") or "") for el in root.iter("form")):
        raise NotAnArticleError(url, "a privacy-consent page instead of the article; accept it in a browser, "
                                     "export its cookies.txt and pass --cookies FILE")
    if _PAYWALL_CLASS.search(classes) or re.search(r'"isAccessibleForFree"\s*:\s*"?false', html, re.I):
        raise NotAnArticleError(url, "behind a paywall: only a teaser is free; if you subscribe, export your "
                                     "browser's cookies.txt and pass --cookies FILE")


def _meta_charset(body: bytes) -> str | None:
    found = _META_CHARSET.search(body[:4096])
    return found.group(1).decode("ascii").lower() if found else None


def _known(charset: str) -> bool:
    try:
        codecs.lookup(charset)
    except LookupError:
        return False
    return True


def _parse(html: str):
    import lxml.html

    try:
        return lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


def _json_ld(root) -> dict:
    """The page's schema.org article object, if it has one."""
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        for item in _ld_items(data):
            if isinstance(item, dict) and "headline" in item:
                return item
    return {}


def _ld_items(data) -> list:
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get("@graph"), list):
        return data["@graph"]
    return [data]


def _ld_name(value) -> str | None:
    if isinstance(value, list):
        names = [_ld_name(v) for v in value]
        return ", ".join(n for n in names if n) or None
    if isinstance(value, dict):
        return value.get("name")
    return value if isinstance(value, str) else None


def _title_tag(root) -> str | None:
    title = root.find(".//title")
    return title.text_content() if title is not None else None


def _clean(text: str | None) -> str | None:
    return " ".join(text.split()) or None if text else None


def _host(url: str) -> str | None:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _inside(element, pattern: re.Pattern) -> bool:
    while element is not None:
        if pattern.search((element.get("class") or "") + " " + (element.get("id") or "")):
            return True
        element = element.getparent()
    return False
