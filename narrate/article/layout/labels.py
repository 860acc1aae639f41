"""Labels over a headline: the genre or kind of post a page sets above or before its title ("ANALYSE |",
"-Nieuwsbericht-"), which is the kicker, not words of the title."""

from __future__ import annotations

import re

from .lines import Line

GENRES = frozenset(
    """analyse opinie column interview recensie review reportage achtergrond commentaar reconstructie profiel
    portret duiding explainer liveblog nieuws podcast video essay longread verslag factcheck uitgelegd
    brief lezersbrief premium plus binnenland buitenland politiek economie sport cultuur media wetenschap
    tech klimaat regio wereld europa nederland belgië vlaanderen misdaad justitie gezondheid onderwijs
    oorlog-in-oekraïne oekraïne kort update breaking exclusief reactie
    blog vlog weblog gastcolumn gastblog gastbijdrage opiniestuk ingezonden redactioneel hoofdredactioneel editoriaal
    nieuwsanalyse feature dossier special fotoreportage fotoverslag dubbelinterview vraaggesprek boekrecensie
    filmrecensie preview vooruitblik terugblik nieuwsflash opinion analysis news""".split()
) | {"vraag en antwoord", "q&a", "het interview", "de analyse", "ingezonden brief", "oorlog in oekraïne", "het verhaal",
     "kort nieuws", "de column", "het portret", "het essay", "de reportage"}
"""Labels that sit above a headline: the genres of a news page, in Dutch and English, with their compounds (a guest's
column, a photo report, a double interview). Not "In beeld", which opens a headline ("In beeld: ...") as often as it
labels one."""


def unwrap_label(kicker: str | None, lines: list[Line], within: int) -> tuple[str | None, list[Line]]:
    """ "-Nieuwsbericht- Dromen worden werkelijkheid", "[Opinie] ...": a genre label set between dashes or brackets
    in one of the first ``within`` lines is the kicker, and the line goes on without it.

    >>> unwrap_label(None, [Line("-Nieuwsbericht- Dromen worden werkelijkheid", 0)], 8)
    ('Nieuwsbericht', [Line(text='Dromen worden werkelijkheid', block=0, hint='')])
    """
    for i, line in enumerate(lines[:within]):
        m = _WRAPPED_LABEL.match(line.text)
        label = m and (m.group("dashed") or m.group("bracketed"))
        if kicker is None and label and label.lower() in _WRAPPED_GENRES and len(m.group("rest").split()) >= 2:
            return label, lines[:i] + [Line(m.group("rest"), line.block, line.hint)] + lines[i + 1 :]
    return kicker, lines


_WRAPPED_GENRES = GENRES | {"nieuwsbericht", "persbericht"}
"""Labels that may be set between dashes before a headline; the kinds of post a site publishes as well as genres
(not kickers when standing alone above one: a line "Persbericht" over a headline is a date line's kind)."""
_WRAPPED_LABEL = re.compile(
    r"^(?:-\s*(?P<dashed>[A-Za-z][\w ]{2,24}?)\s*-|\[\s*(?P<bracketed>[A-Za-z][\w ]{2,24}?)\s*\])\s+(?P<rest>\S.*)$"
)


def split_label(kicker: str | None, title: str) -> tuple[str | None, str]:
    """ "ANALYSE | Poetin tergt Westen" puts its label in the kicker."""
    m = re.match(r"^([\w ]{3,25}?)\s*[|:]\s+(\S.*)$", title)
    if kicker is None and m and m.group(1).lower() in GENRES:
        return m.group(1), m.group(2)
    return kicker, title
