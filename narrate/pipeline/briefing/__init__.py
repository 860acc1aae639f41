"""``narrate briefing``: new stories from news feeds, each once, trimmed faithfully to the length asked.

    options.py   BriefingOptions: feeds, minutes, stories, time window
    gather.py    feeds → new items → articles → distinct stories
    budget.py    the speaking rate and each story's share of the time
    state.py     what earlier briefings took, and the lock between runs
    run.py       plan, speak, measure, write
"""

from .options import BriefingOptions, briefing_options, parse_since
from .run import BriefingResult, PlannedStory, briefing, briefing_title

__all__ = ["BriefingOptions", "BriefingResult", "PlannedStory", "briefing", "briefing_options", "briefing_title",
           "parse_since"]
