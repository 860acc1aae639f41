"""The summary box: questions with short answers, or a titled list of bullets."""

from __future__ import annotations

import re

from ..furniture.shape import is_put_question
from ..model import SummaryItem
from .lines import BLOCKQUOTE, HEADING, ITEM, PARAGRAPH, Unit

SUMMARY_TITLES = frozenset(
    {
        "waarover gaat het?",
        "wat moet je weten?",
        "wat je moet weten",
        "in het kort",
        "kort samengevat",
        "samengevat",
        "samenvatting",
        "het belangrijkste",
        "het belangrijkste in het kort",
        "in een notendop",
        "snel samengevat",
        "wat we weten",
        "wat weten we?",
        "wat weten we tot nu toe?",
        "in 30 seconden",
        "in één minuut",
        "kort",
        "de essentie",
        "het belangrijkste op een rij",
        "op een rij",
        "wat is er aan de hand?",
        "waar gaat het over?",
    }
)
"""Titles of summary boxes; a question title is also the box's first question."""


def take_summary(units: list[Unit]) -> tuple[list[SummaryItem], list[Unit]]:
    """The first summary box among the units, and the units without it."""
    passed = 0
    for i, unit in enumerate(units):
        if unit.kind != HEADING or i < passed:
            continue
        end, items = _summary_at(units, i)
        rest = units[:i] + units[end:]
        if items and paragraph_count(rest) >= 2 and _summarises(units[i], items, rest):
            return items, rest
        passed = end  # a run of questions that is no box: none of its tail is one either
    return [], units


def _summary_at(units: list[Unit], i: int) -> tuple[int, list[SummaryItem]]:
    titled = units[i].text.lower() in SUMMARY_TITLES
    if titled and not units[i].text.endswith("?"):
        return _bullet_box(units, i)
    items: list[SummaryItem] = []
    j = i
    while (
        j + 1 < len(units)
        and units[j].kind == HEADING
        and units[j].text.endswith("?")
        and units[j + 1].kind == PARAGRAPH
        and len(units[j + 1].text.split()) <= 80
    ):
        items.append(SummaryItem(units[j].text, units[j + 1].text))
        j += 2
    if titled and items:
        return j, items
    if len(items) >= 2 and all(len(item.question.split()) >= 3 for item in items) and any(
        is_put_question(item.question, 40) for item in items
    ):
        return j, items  # untitled, a box asks the reader; questions about a subject are an explainer's sections
    return i, []


def _summarises(head: Unit, items: list[SummaryItem], rest: list[Unit]) -> bool:
    """A box sums up a longer text; questions with answers that are most of the article are its sections (an
    explainer written as questions), unless a summary's title says otherwise."""
    if head.text.lower() in SUMMARY_TITLES:
        return True
    answered = sum(len(item.answer.split()) for item in items)
    return sum(len(u.text.split()) for u in rest if u.kind != HEADING) > answered


def _bullet_box(units: list[Unit], i: int) -> tuple[int, list[SummaryItem]]:
    j = i + 1
    bullets = []
    while j < len(units) and (
        units[j].kind == ITEM or (units[j].block == units[i].block and units[j].kind == PARAGRAPH)
    ):
        bullets.append(units[j].text if re.search(r"[.!?]$", units[j].text) else units[j].text + ".")
        j += 1
    if not bullets:
        return i, []
    return j, [SummaryItem(units[i].text, " ".join(bullets))]


def paragraph_count(units: list[Unit]) -> int:
    """How many units are body text (paragraphs, list items, block quotes)."""
    return sum(1 for u in units if u.kind in (PARAGRAPH, ITEM, BLOCKQUOTE))
