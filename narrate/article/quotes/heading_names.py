"""First names a section uses alone, completed from the full name its heading gives."""

from __future__ import annotations

import re

from ..people import aliases_for, is_name_token, name_runs
from .clauses import Analysis
from .registry import Registry


def complete_from_headings(registry: Registry, analyses: list[Analysis], headings: list[str | None]) -> None:
    """A person registered by a first name alone ("Sjoerd: “...”") whose section's heading gives one full name that
    opens with it ("Werken in de haven: Sjoerd Hiemstra van de haven") is that full name, named aloud in full.

    >>> from narrate.article.quotes.clauses import Passage, analyse
    >>> reg = Registry(); _ = reg.add("Sjoerd")
    >>> complete_from_headings(reg, [analyse(0, Passage("Sjoerd: “Ik doe alles.”", "body", 1, 0), False)], [None, "Sjoerd Hiemstra van de haven"])
    >>> [p.name for p in reg.people]
    ['Sjoerd Hiemstra']
    """
    for person in [p for p in registry.people if p.is_person and " " not in p.name]:
        sections = {a.passage.section for a in analyses if re.search(rf"(?<![\w-]){re.escape(person.name)}(?![\w-])", a.passage.text)}
        full = {
            run
            for section in sections
            if 0 <= section < len(headings) and headings[section]
            for _, run in name_runs(headings[section] or "")
            if run.split()[0] == person.name and all(is_name_token(t) for t in run.split()[1:])
        }
        if len(sections) == 1 and len(full) == 1 and registry.find(name := full.pop()) is None:
            person.name = name
            person.aliases |= aliases_for(name) | {name.split()[0]}
