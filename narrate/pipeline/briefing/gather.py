"""The day's stories: new items from the feeds, each article read once, the same story from two outlets merged.

Items are taken from every feed in turn (so no feed crowds out the
others), read from the feed where it carries the full text, else fetched.
A near-duplicate, on title or text (rapidfuzz), joins the story it repeats;
the fuller version is read and both outlets are named.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

from ...article import Article, stand_in_title
from ...errors import NarrateError
from ...sources import Feed, FeedItem, Fetcher, FetchError, fetch_feed, fetch_page
from ..inputs import article_from_feed_item, article_from_page
from .options import BriefingOptions
from .state import BriefingState

SAME_TITLE = 85
"""rapidfuzz token-set similarity of two headlines (0-100) from which they are one story."""

SAME_TEXT = 80
"""rapidfuzz token-set similarity of the openings of two articles from which they are one story."""

OPENING_CHARS = 1500
"""How much of each article is compared."""


@dataclass
class Story:
    """One story of the briefing: the article read, and every feed item that told it."""

    article: Article
    """The fullest version."""

    items: list[FeedItem]
    """The items that carried it; the first is where it was found first (its feed and place decide the order)."""

    feed_index: int
    """The position of the first item's feed in the configured list."""

    @property
    def sites(self) -> list[str]:
        """The outlets, each once: the one read first."""
        read = self.article.site or self.items[0].site
        return list(dict.fromkeys([read, *(item.site for item in self.items)]))

    @property
    def link(self) -> str | None:
        return self.article.source or self.items[0].link

    def order(self) -> tuple:
        """Feed order as configured, newest first within a feed."""
        published = self.items[0].published
        return self.feed_index, -(published.timestamp() if published else 0), self.items[0].position


@dataclass
class Gathered:
    """What the feeds gave."""

    stories: list[Story]
    """Distinct stories, in reading order."""

    considered: list[FeedItem] = field(default_factory=list)
    """Every item taken into account (read, a duplicate, or left out): done after this briefing."""

    warnings: list[str] = field(default_factory=list)
    """A line per feed or article that could not be had, naming its address and why."""


def gather(options: BriefingOptions, state: BriefingState, fetcher: Fetcher, now: dt.datetime) -> Gathered:
    """Read the feeds and the new items' articles; ``NarrateError`` when no feed could be read at all."""
    warnings: list[str] = []
    feeds = read_feeds(options.feeds, fetcher, warnings)
    fresh = [new_items(feed, state, now - options.since) for feed in feeds]
    gathered = Gathered([], [], warnings)
    for item in _round_robin(fresh):
        if len(gathered.stories) >= options.max_stories:
            gathered.considered.append(item)  # left out: the briefing is full
            continue
        article = read_article(item, fetcher, warnings)
        if article is None:
            continue  # stays new, so the next run tries again
        gathered.considered.append(item)
        add_story(gathered.stories, item, article, options.feeds.index(item.feed_url))
    if fresh and any(fresh) and not gathered.stories:
        raise NarrateError("none of the new items could be read: " + "; ".join(warnings))
    gathered.stories.sort(key=Story.order)
    return gathered


def read_feeds(urls: tuple[str, ...], fetcher: Fetcher, warnings: list[str]) -> list[Feed]:
    """Every feed that can be read; a warning for each that cannot, an error when none can."""
    feeds, failures = [], []
    for url in urls:
        try:
            feed = fetch_feed(url, fetcher)
        except FetchError as exc:
            failures.append(str(exc))
            continue
        feeds.append(feed)
        if feed.warning:
            warnings.append(feed.warning)
    if not feeds:
        count = "the feed" if len(urls) == 1 else f"any of the {len(urls)} feeds"
        raise NarrateError(f"could not read {count}: " + "; ".join(failures))
    warnings.extend(f"skipped {failure}" for failure in failures)
    return feeds


def new_items(feed: Feed, state: BriefingState, since: dt.datetime) -> list[FeedItem]:
    """The feed's items published after ``since`` that no briefing took, newest first."""
    items = [item for item in feed.items if not state.has(item.feed_url, item.key)
             and (item.published is None or item.published >= since)]
    return sorted(items, key=lambda item: (-(item.published.timestamp() if item.published else 0), item.position))


def read_article(item: FeedItem, fetcher: Fetcher, warnings: list[str]) -> Article | None:
    """The item's article: from the feed when it carries the full text, else fetched; None after a warning."""
    try:
        if item.has_full_text:
            try:
                return article_from_feed_item(item)
            except FetchError:
                if not item.link:
                    raise
        if not item.link:
            raise FetchError(item.feed_url, f"item '{item.title}' has no link and no text")
        article = article_from_page(fetch_page(item.link, fetcher))
        article.site = item.site or article.site
        article.title = article.title or item.title or None  # the feed names the story when the page does not
        if article.title is None:
            article.title = stand_in_title(article)
            warnings.append(f"{item.link}: no headline found; called it '{article.title}' after its first sentence")
        return article
    except FetchError as exc:
        warnings.append(f"skipped {exc}")
        return None


def add_story(stories: list[Story], item: FeedItem, article: Article, feed_index: int) -> None:
    """Add the item's article as a new story, or to the story it repeats (keeping the fuller version)."""
    for story in stories:
        if same_story(story.article, article):
            story.items.append(item)
            if _length(article) > _length(story.article):
                story.article = article
            return
    stories.append(Story(article, [item], feed_index))


def same_story(one: Article, other: Article) -> bool:
    """True when two articles tell the same story: near-equal headlines or openings.

    >>> from narrate.article import Section
    >>> a = Article("Brand in haven van Antwerpen onder controle", [Section(None, ["Een brand ..."])])
    >>> b = Article("Brand in de haven van Antwerpen is onder controle", [Section(None, ["Anders."])])
    >>> same_story(a, b), same_story(a, Article("Nieuwe minister gekozen", [Section(None, ["Iets."])]))
    (True, False)
    """
    from rapidfuzz import fuzz, utils

    if fuzz.token_set_ratio(one.title, other.title, processor=utils.default_process) >= SAME_TITLE:
        return True
    first, second = _opening(one), _opening(other)
    return min(len(first), len(second)) >= 200 and fuzz.token_set_ratio(
        first, second, processor=utils.default_process) >= SAME_TEXT


def _opening(article: Article) -> str:
    paragraphs = [article.lead or "", *(p for section in article.sections for p in section.paragraphs)]
    return " ".join(paragraphs)[:OPENING_CHARS]


def _length(article: Article) -> int:
    return len(article.lead or "") + sum(len(p) for section in article.sections for p in section.paragraphs)


def _round_robin(lists: list[list[FeedItem]]) -> list[FeedItem]:
    """The first item of each feed, then the second of each, and so on."""
    rounds = itertools.zip_longest(*lists)
    return [item for row in rounds for item in row if item is not None]
