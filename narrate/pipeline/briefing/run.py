"""``narrate briefing``: the day's news from the feeds as one episode of the length asked for.

Plan with the speaking rate the last briefing measured, speak, measure,
and if the briefing came out more than 5 % off the length asked, plan again
with the measured rate (the sentences already spoken come from the cache)
and speak again, at most a few times. Only then are the episode, the feed
and the state written, the state last.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ...publish import Credits, Episode, list_episodes, produce_episode, publish_episode
from ...script import Script, build_script, load_speech
from ...sources import Fetcher
from ...synthesis import synthesize_segments, usable_cache
from ..options import RenderOptions
from ..render import TIMEZONE, open_executor, script_cast, writable_dir
from ..report import SILENT, Reporter
from ..voicing import speech_engine
from .budget import DEFAULT_CHARS_PER_SECOND, Estimator, Plan, fixed_seconds, plan_briefing
from .gather import Gathered, gather
from .options import BriefingOptions
from .state import briefing_lock, load_state, save_state

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")

CLOSE_ENOUGH = 0.05
"""A briefing this close to the length asked is not planned again (the promise is ±10 %)."""

ATTEMPTS = 4
"""Plans at most: the first estimate, then corrections with the measured rate."""


@dataclass(frozen=True)
class PlannedStory:
    """A story of the briefing, as planned."""

    title: str
    """The headline."""

    sites: tuple[str, ...]
    """The outlets that carried it, the one read first."""

    link: str | None
    """Where the whole article is."""

    paragraphs: int
    """Paragraphs read (lead and summary answers count as one each)."""

    total: int
    """Paragraphs the article has."""

    seconds: float
    """Estimated time to read it."""


@dataclass(frozen=True)
class BriefingResult:
    """What a briefing did (or, with ``dry_run``, would do)."""

    stories: tuple[PlannedStory, ...] = ()
    """The stories read, in order; empty when there was nothing new."""

    left_out: tuple[str, ...] = ()
    """Headlines of stories left out for time."""

    estimated_s: float = 0.0
    """The planned length."""

    duration_s: float | None = None
    """The length of the episode made; None for a dry run or nothing new."""

    audio: Path | None = None
    """The MP3 written."""

    feed: Path | None = None
    """The feed, listing it."""

    warnings: tuple[str, ...] = ()
    """A line per feed or article skipped, and other warnings, in order."""

    dry_run: bool = False
    """True when nothing was written."""


def briefing(options: RenderOptions, wanted: BriefingOptions, reporter: Reporter = SILENT,
             now: dt.datetime | None = None) -> BriefingResult:
    """Make today's briefing from ``wanted.feeds``; nothing is written on a dry run or when nothing is new."""
    now = (now or dt.datetime.now(TIMEZONE)).astimezone(TIMEZONE)
    episodes_dir = writable_dir(options.episodes_dir)
    with contextlib.nullcontext() if wanted.dry_run else briefing_lock(episodes_dir):
        state = load_state(episodes_dir)
        with Fetcher(options.fetch) as fetcher:
            gathered = gather(wanted, state, fetcher, now.astimezone(dt.UTC))
        if not gathered.stories:
            return BriefingResult(warnings=tuple(gathered.warnings), dry_run=wanted.dry_run)
        speaking = _Speaking(options, wanted, gathered, episodes_dir, now, state.chars_per_second)
        if wanted.dry_run:
            return speaking.result(speaking.plan(), warnings=gathered.warnings, dry_run=True)
        episode, plan = speaking.make(reporter)
        for item in gathered.considered:
            state.add(item.feed_url, item.key, now.astimezone(dt.UTC))
        state.chars_per_second = speaking.chars_per_second
        feed = publish_episode(episodes_dir, episode, options.programme)
        save_state(episodes_dir, state, now.astimezone(dt.UTC))
    return speaking.result(plan, episode=episode, audio=episodes_dir / episode.audio, feed=feed,
                           warnings=gathered.warnings + speaking.warnings)


def briefing_title(now: dt.datetime, episodes_dir: Path) -> str:
    """``Briefing van woensdag 2 december 2026, 7 uur``; with the minutes when that hour already has one.

    >>> briefing_title(dt.datetime(2026, 12, 2, 7, 5), Path("/nonexistent"))
    'Briefing van woensdag 2 december 2026, 7 uur'
    """
    day = f"Briefing van {WEEKDAYS[now.weekday()]} {now.day} {MONTHS[now.month - 1]} {now.year}"
    title = f"{day}, {now.hour} uur"
    if Path(episodes_dir).is_dir() and any(e.title == title for e in list_episodes(episodes_dir, complete=False)):
        title = f"{day}, {now.hour}.{now.minute:02d} uur"  # one article, one episode: a second briefing keeps the first
    return title


def briefing_description(title: str, plan: Plan) -> str:
    """The feed item's description: the stories, their outlets and their links."""
    lines = [title, ""]
    for number, (trim, story) in enumerate(zip(plan.trims, plan.stories), start=1):
        shortened = " (ingekort)" if trim.trimmed else ""
        lines.append(f"{number}. {trim.article.title}{shortened} — {', '.join(story.sites)}")
        if story.link:
            lines.append(f"   {story.link}")
    return "\n".join(lines)


class _Speaking:
    """Plans the briefing with a speaking rate, speaks it, and corrects the rate with what was heard."""

    def __init__(self, options: RenderOptions, wanted: BriefingOptions, gathered: Gathered, episodes_dir: Path,
                 now: dt.datetime, chars_per_second: float | None):
        self.options, self.wanted, self.gathered, self.episodes_dir = options, wanted, gathered, episodes_dir
        self.speak = load_speech(options.script.language, options.lexicon)
        self.script_options = dataclasses.replace(
            options.script, date=now.date(), programme=options.programme.title,
            title=options.script.title or briefing_title(now, episodes_dir))
        self.chars_per_second = chars_per_second or DEFAULT_CHARS_PER_SECOND
        self.warnings: list[str] = []
        self.assembly_s = 0.0
        """What assembly adds to the clips' length, once measured."""

    def plan(self) -> Plan:
        cost = Estimator(self.speak, self.chars_per_second, self.script_options.pauses,
                         self.options.synthesis.sentence_pause_ms)
        fixed = fixed_seconds(cost, self.script_options.programme, self.script_options.intro,
                              self.script_options.outro) + self.assembly_s
        return plan_briefing(self.gathered.stories[:self.wanted.max_stories], self.wanted.minutes * 60, cost, fixed,
                             self.script_options.summary)

    def script(self, plan: Plan) -> Script:
        return build_script([trim.article for trim in plan.trims], self.script_options, self.speak)

    def make(self, reporter: Reporter) -> tuple[Episode, Plan]:
        """Plan, speak and measure until the length is right; then write the episode (not yet the feed).

        Assembly adds time the clips do not hold (lead-in, pauses between sentences and chapters); once an
        episode has been assembled, that difference is measured too and the next plan allows for it.
        """
        target = self.wanted.minutes * 60
        with open_executor(self.options, shared=True) as executor:
            for attempt in range(ATTEMPTS):
                plan, script, cast, clips = self._spoken(executor, reporter)
                heard = sum(clip.duration_s for clip in clips) + self.assembly_s
                last = attempt == ATTEMPTS - 1
                if self._replan(plan, heard, target) and not last:
                    continue
                episode = self._produce(script, cast, clips, plan)
                if last or not self._replan(plan, episode.duration_s, target):
                    break
                self.assembly_s = episode.duration_s - (heard - self.assembly_s)
        self._warn_if_short(episode.duration_s, target)
        return episode, plan

    def _spoken(self, executor, reporter: Reporter):
        plan = self.plan()
        script = self.script(plan)
        cast, notes = script_cast(script, self.options, reporter)
        self.warnings += [note for note in notes if note not in self.warnings]
        clips = list(synthesize_segments(
            script.segments(), cast, self.options.synthesis, jobs=self.options.jobs, executor=executor,
            cache=usable_cache(self.warnings.append) if self.options.cache else None, progress=reporter.audio()))
        return plan, script, cast, clips

    def _produce(self, script: Script, cast, clips, plan: Plan) -> Episode:
        credits = Credits(programme=self.options.programme.title, author=self.options.programme.author,
                          voices=cast.labels(segment.voice for segment in script.segments()),
                          engine=speech_engine(cast))
        episode = produce_episode(script, clips, self.episodes_dir, credits, self.options.audio)
        episode = dataclasses.replace(episode, description=briefing_description(script.title, plan))
        episode.save(self.episodes_dir)
        return episode

    def _replan(self, plan: Plan, heard: float, target: float) -> bool:
        """Correct the speaking rate by what was heard; True when another plan can come closer."""
        if abs(heard - target) <= CLOSE_ENOUGH * target:
            return False
        self.chars_per_second *= plan.estimated_s / heard
        trimmed = any(trim.trimmed for trim in plan.trims) or plan.left_out
        return bool(heard > target or trimmed)

    def _warn_if_short(self, heard: float, target: float) -> None:
        if heard < (1 - 2 * CLOSE_ENOUGH) * target:
            self.warnings.append(f"the feeds held only {heard / 60:.1f} minutes of new stories; the briefing is "
                                 f"shorter than the {target / 60:g} minutes asked")

    def result(self, plan: Plan, episode: Episode | None = None, **fields) -> BriefingResult:
        stories = tuple(PlannedStory(trim.article.title, tuple(story.sites), story.link, trim.kept, trim.total,
                                     trim.seconds) for trim, story in zip(plan.trims, plan.stories))
        return BriefingResult(stories=stories, left_out=tuple(s.article.title for s in plan.left_out),
                              estimated_s=plan.estimated_s, duration_s=episode.duration_s if episode else None,
                              **{key: tuple(value) if key == "warnings" else value for key, value in fields.items()})
