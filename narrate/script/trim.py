"""Faithful trimming: an article shortened to fit a time budget without a word changed.

What is kept is a prefix of the article in reading order: the lead, the
summary box, then whole paragraphs. Nothing is reworded and no sentence
is cut in half; quotes in what was dropped go with it. A trimmed story
ends by saying where the whole article is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from ..article import Article, Section

FULL_ARTICLE = "Het volledige artikel staat op {site}."
"""The spoken pointer that ends a trimmed story."""

Cost = Callable[[str], float]
"""Seconds it takes to say a paragraph."""


@dataclass(frozen=True)
class Trim:
    """An article as it will be read, and how much of it that is."""

    article: Article
    """The article, cut to a prefix of its paragraphs, with its closing line."""

    kept: int
    """Paragraphs read (the lead and each answer of the summary box count as one)."""

    total: int
    """Paragraphs the article has."""

    seconds: float
    """The estimated time to read it."""

    @property
    def trimmed(self) -> bool:
        return self.kept < self.total


def closing_line(sites: list[str], trimmed: bool) -> str:
    """The source named, and where the rest is when the story was trimmed.

    >>> closing_line(["VRT NWS", "De Standaard"], True)
    'Bron: VRT NWS en De Standaard. Het volledige artikel staat op VRT NWS.'
    """
    named = sites[0] if len(sites) == 1 else ", ".join(sites[:-1]) + " en " + sites[-1]
    line = f"Bron: {named}."
    return f"{line} {FULL_ARTICLE.format(site=sites[0])}" if trimmed else line


def full_cost(article: Article, cost: Cost, sites: list[str], summary: bool = True) -> float:
    """Seconds to read the whole article, headline and closing line included."""
    return trim_article(article, float("inf"), cost, sites, summary).seconds


def minimum_cost(article: Article, cost: Cost, sites: list[str], summary: bool = True) -> float:
    """Seconds to read the least a story can be: headline, first paragraph, closing line."""
    return trim_article(article, 0.0, cost, sites, summary).seconds


def trim_article(article: Article, budget_s: float, cost: Cost, sites: list[str], summary: bool = True) -> Trim:
    """The longest prefix of ``article`` (at least its first paragraph) that can be read in ``budget_s``."""
    parts = _parts(article, summary)
    spent = cost(article.title) + cost(closing_line(sites, len(parts) > 1))
    kept = 0
    for part_cost in (cost(text) for _, text in parts):
        ending = cost(closing_line(sites, kept + 1 < len(parts))) - cost(closing_line(sites, len(parts) > 1))
        if kept and spent + part_cost + ending > budget_s:
            break
        spent += part_cost
        kept += 1
    trimmed = kept < len(parts)
    spent += cost(closing_line(sites, trimmed)) - cost(closing_line(sites, len(parts) > 1))
    cut = _cut(article, parts[:kept], summary)
    _close(cut, closing_line(sites, trimmed))
    return Trim(cut, kept, len(parts), spent)


def _parts(article: Article, summary: bool) -> list[tuple[tuple[str, int, int], str]]:
    """Every readable part in order, each with where it stands: (kind, section, paragraph)."""
    parts: list[tuple[tuple[str, int, int], str]] = []
    if article.lead:
        parts.append((("lead", -1, 0), article.lead))
    if summary:
        parts += [(("summary", -1, number), f"{item.question} {item.answer}")
                  for number, item in enumerate(article.summary)]
    for index, section in enumerate(article.sections):
        parts += [(("body", index, number), paragraph) for number, paragraph in enumerate(section.paragraphs)]
    return parts


def _cut(article: Article, kept: list[tuple[tuple[str, int, int], str]], summary: bool) -> Article:
    places = {place for place, _ in kept}
    # A prefix: the sections up to the last one read from, so quotes keep their section numbers.
    last = max((index for kind, index, _ in places if kind == "body"), default=0)
    sections = [Section(section.heading, [p for number, p in enumerate(section.paragraphs)
                                          if ("body", index, number) in places])
                for index, section in enumerate(article.sections[:last + 1])]
    quotes = [q for q in article.quotes if (q.part, q.section if q.part == "body" else -1, q.paragraph) in places]
    items = [item for number, item in enumerate(article.summary) if ("summary", -1, number) in places]
    return dataclasses.replace(article, lead=article.lead if ("lead", -1, 0) in places else None,
                               summary=items if summary else list(article.summary), sections=sections, quotes=quotes)


def _close(article: Article, line: str) -> None:
    """The closing line becomes the last paragraph, after every quote's paragraph, so no index moves."""
    if not article.sections:
        article.sections.append(Section(None, []))
    last = article.sections[-1]
    article.sections[-1] = Section(last.heading, [*last.paragraphs, line])
