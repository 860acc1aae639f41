"""Why a page or feed could not be had: each a one-line ``NarrateError`` naming the URL."""

from __future__ import annotations

from ..errors import NarrateError


class FetchError(NarrateError):
    """A page or feed could not be fetched: unreachable, slow, too large, a redirect loop, a bad status."""

    exit_code = 4

    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url = url
        """The address that failed."""
        self.reason = reason
        """What went wrong, without the address."""


class NotAnArticleError(FetchError):
    """The page was fetched but holds no article to read: a consent wall, a paywalled stub, another kind of file."""


class FeedError(FetchError):
    """The address was fetched but is not a feed narrate can read."""
