"""The length budget: how long each story may take, from the narrator's measured speaking rate.

Each story gets the same allowance, up to what it needs; a story that needs
less leaves the rest to the others (water-filling). A story is trimmed to
its allowance in whole paragraphs; stories that do not fit even at their
shortest are left out, the last first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ...script import Pauses
from ...script import Trim, full_cost, minimum_cost, trim_article
from .gather import Story

DEFAULT_CHARS_PER_SECOND = 15.0
"""Until a voice has been heard: Piper's medium voices speak about 15 characters of spoken text a second."""

FIXED_LINES = ("Welkom bij {programme}. Het is {date}.", "Vandaag in deze briefing:", "Dat was {programme}.",
               "Deze aflevering werd voorgelezen door een computerstem, gemaakt met narrate en Piper.")
"""What intro and outro say whatever the stories (as the script stage writes them)."""

_SENTENCE_END = re.compile(r"[.!?…]+(?:\s|$)")


@dataclass(frozen=True)
class Plan:
    """The stories that will be read, each as trimmed, and the estimate."""

    trims: list[Trim]
    """One per story read, in reading order."""

    stories: list[Story]
    """The stories read, in the same order."""

    left_out: list[Story]
    """Stories that did not fit."""

    estimated_s: float
    """The whole briefing, estimated."""


class Estimator:
    """Seconds it takes to say a text: its spoken length over the speaking rate, plus its pauses."""

    def __init__(self, speak: Callable[[str], str], chars_per_second: float, pauses: Pauses, sentence_pause_ms: int):
        self.speak = speak
        self.chars_per_second = chars_per_second
        self.pauses = pauses
        self.sentence_pause_s = sentence_pause_ms / 1000
        self.spoken: dict[str, int] = {}

    def __call__(self, text: str) -> float:
        if text not in self.spoken:
            self.spoken[text] = len(self.speak(text))
        sentences = max(1, len(_SENTENCE_END.findall(text)))
        return (self.spoken[text] / self.chars_per_second + (sentences - 1) * self.sentence_pause_s
                + self.pauses.paragraph_ms / 1000)


def plan_briefing(stories: list[Story], target_s: float, cost: Estimator, fixed_s: float, summary: bool) -> Plan:
    """Fit ``stories`` into ``target_s``: leave out what cannot fit, share the time, trim each story to its share."""
    chosen = list(stories)
    while len(chosen) > 1 and fixed_s + sum(_minimum(s, cost, summary) for s in chosen) > target_s:
        chosen.pop()
    body_s = target_s - fixed_s - sum(_overhead(s, cost) for s in chosen)
    cap = _allowance(chosen, body_s, cost, summary)
    trims = [trim_article(s.article, cap, cost, s.sites, summary) for s in chosen]
    estimated = fixed_s + sum(t.seconds + _overhead(s, cost) for t, s in zip(trims, chosen))
    return Plan(trims, chosen, [s for s in stories if s not in chosen], estimated)


def fixed_seconds(cost: Estimator, programme: str, intro: bool, outro: bool) -> float:
    """Intro and outro lines that do not depend on the stories."""
    lines = FIXED_LINES[:2] * intro + FIXED_LINES[2:] * outro
    return sum(cost(line.format(programme=programme, date="maandag zeven december")) for line in lines) + 2.0


def _overhead(story: Story, cost: Estimator) -> float:
    """Its headline in the intro and its credit in the outro."""
    return cost(story.article.title) + cost(f"U hoorde: {story.article.title}, door {story.article.byline or ''}.")


def _minimum(story: Story, cost: Estimator, summary: bool) -> float:
    return minimum_cost(story.article, cost, story.sites, summary) + _overhead(story, cost)


def _allowance(stories: list[Story], body_s: float, cost: Estimator, summary: bool) -> float:
    """The largest equal allowance per story whose trimmed stories still fit in ``body_s`` (bisection)."""
    if not stories:
        return 0.0
    fulls = [full_cost(s.article, cost, s.sites, summary) for s in stories]
    if sum(fulls) <= body_s:
        return max(fulls)
    low, high = 0.0, max(fulls)
    for _ in range(24):
        middle = (low + high) / 2
        spent = sum(trim_article(s.article, middle, cost, s.sites, summary).seconds for s in stories)
        low, high = (middle, high) if spent <= body_s else (low, middle)
    return low
