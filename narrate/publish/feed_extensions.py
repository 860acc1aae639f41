"""The feedgen extension for the namespaces feedgen lacks: Podcasting 2.0, Podlove Simple Chapters, iTunes explicit."""

from __future__ import annotations

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.util import xml_elem

ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"
PSC_NS = "http://podlove.org/simple-chapters"


def _psc_time(ms: int) -> str:
    """Podlove's normal play time: ``HH:MM:SS.mmm``."""
    seconds, millis = divmod(int(ms), 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


class NarrateExtension(BaseExtension):
    """Channel tags feedgen lacks: ``podcast:guid``, ``podcast:locked`` and ``itunes:explicit`` true/false."""

    def __init__(self):
        self.guid: str | None = None
        self.locked: bool | None = None
        self.explicit: bool | None = None
        self.owner: str | None = None

    def extend_ns(self):
        return {"podcast": PODCAST_NS, "psc": PSC_NS, "content": "http://purl.org/rss/1.0/modules/content/"}

    def extend_rss(self, rss_feed):
        channel = rss_feed[0]
        if self.explicit is not None:
            # feedgen only writes Apple's old yes/no/clean; Apple now asks for true/false.
            xml_elem(f"{{{ITUNES_NS}}}explicit", channel).text = "true" if self.explicit else "false"
        if self.guid:
            xml_elem(f"{{{PODCAST_NS}}}guid", channel).text = self.guid
        if self.locked is not None:
            locked = xml_elem(f"{{{PODCAST_NS}}}locked", channel, **({"owner": self.owner} if self.owner else {}))
            locked.text = "yes" if self.locked else "no"
        return rss_feed


class NarrateEntryExtension(BaseEntryExtension):
    """Item tags feedgen lacks: ``podcast:chapters``, ``podcast:transcript`` and ``psc:chapters``."""

    def __init__(self):
        self.chapters: str | None = None
        self.transcripts: list[tuple[str, str]] = []
        self.language: str | None = None
        self.psc: list[tuple[int, str]] = []

    def extend_rss(self, entry):
        if self.chapters:
            xml_elem(f"{{{PODCAST_NS}}}chapters", entry, url=self.chapters, type="application/json+chapters")
        for url, kind in self.transcripts:
            attrs = {"url": url, "type": kind, **({"language": self.language} if self.language else {})}
            if kind in ("text/vtt", "application/x-subrip"):
                attrs["rel"] = "captions"  # timed, so apps may show them as captions
            xml_elem(f"{{{PODCAST_NS}}}transcript", entry, **attrs)
        if self.psc:
            chapters = xml_elem(f"{{{PSC_NS}}}chapters", entry, version="1.2")
            for start_ms, title in sorted(self.psc):
                xml_elem(f"{{{PSC_NS}}}chapter", chapters, start=_psc_time(start_ms), title=title)
        return entry
