"""The podcast as a whole, as the user sets it up: what a podcast app shows above the episodes.

Kept apart from the feed code, so reading the settings file loads no feed library.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from urllib.parse import urlsplit

from .errors import InputError


@dataclass(frozen=True)
class Programme:
    """The podcast as a whole: what a podcast app shows above the episodes."""

    title: str = "narrate"
    """Programme name."""

    author: str = "narrate"
    """Who makes it."""

    description: str = "Nieuws, voorgelezen door narrate."
    """Programme description (at most 4000 bytes)."""

    language: str = "nl-be"
    """Feed language: ``nl-be`` or ``nl``."""

    base_url: str = "http://127.0.0.1:8000/"
    """Where ``episodes/`` is served; ``feed.xml`` on disk links everything under it."""

    category: str = "News"
    """Apple Podcasts category, optionally with a subcategory: ``News/Daily News``."""

    explicit: bool = False
    """Whether episodes contain explicit material (``itunes:explicit``)."""

    type: str = "episodic"
    """``episodic`` (newest first) or ``serial`` (oldest first), for ``itunes:type``."""

    image: str | None = None
    """Programme artwork: a .jpg or .png in the episodes directory, or a URL; default: the newest episode's cover."""

    locked: bool = True
    """Ask podcast hosts not to import this feed (``podcast:locked``)."""

    email: str = ""
    """The owner's e-mail address, for ``itunes:owner`` and ``podcast:locked``; directories ask for it."""

    def __post_init__(self):
        # Checked here so that a bad value from the settings file or an
        # option fails before an episode is rendered, not after.
        object.__setattr__(self, "base_url", check_base_url(self.base_url))
        check_choice(self.type, ("episodic", "serial"), "programme.type")


def programme_with(programme: Programme, title: str | None = None, base_url: str | None = None) -> Programme:
    """``programme`` with the values given on the command line on top (None keeps the setting)."""
    given = {key: value for key, value in {"title": title, "base_url": base_url}.items() if value is not None}
    return dataclasses.replace(programme, **given)


def check_base_url(url: str) -> str:
    """``url`` as a base URL ending in ``/``, or an InputError saying what a good one looks like.

    >>> check_base_url("http://192.168.1.10:8000")
    'http://192.168.1.10:8000/'
    >>> check_base_url("192.168.1.10")
    Traceback (most recent call last):
    narrate.errors.InputError: base URL '192.168.1.10' is not an http(s) URL; give one like http://192.168.1.10:8000/
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise InputError(f"base URL '{url}' is not an http(s) URL; give one like http://192.168.1.10:8000/")
    return url.strip() if url.strip().endswith("/") else url.strip() + "/"


def check_choice(value: str, choices: tuple[str, ...], key: str) -> str:
    """``value`` if it is one of ``choices``, else an InputError naming them."""
    if value not in choices:
        raise InputError(f"{key} is '{value}'; use one of: {', '.join(choices)}")
    return value
