"""The name of the site's institution on a line of its own: a logo's text, which no page takes for its headline."""

from __future__ import annotations

import re

LOWER_OK = frozenset("de het een van in op en voor met aan bij naar over uit om tot door als te is zijn".split())
"""Small words a name of capitalised words keeps in lower case ("Stichting voor de Kunst")."""

_INSTITUTION = re.compile(
    r"(?i)^(?:(?:gemeente|provincie|stad|politiezone|politie|brandweer(?:zone)?|hulpverleningszone|hoogheemraadschap|"
    r"waterschap|wetterskip|veiligheidsregio|ggd|omgevingsdienst|universiteit|hogeschool|ziekenhuis|ministerie|"
    r"bibliotheek|rijksmuseum|museum|rechtbank|gerechtshof|parket|openbaar ministerie|kanselarij|agentschap|"
    r"departement|dienst|kabinet|ambassade|autoriteit|inspectie|academie)\b[\w\s'’.&-]{0,50}|[\w\s'’.&-]{1,50}\b(?:gemeente|provincie|universiteit|hogeschool|"
    r"ziekenhuis|politie|waterschap|museum|bibliotheek))$"
)


def is_institution_name(text: str) -> bool:
    """A line that only names the site's institution: a logo's text, never a headline.

    >>> is_institution_name("Hoogheemraadschap De Stichtse Rijnlanden"), is_institution_name("Politiezone Vilvoorde-Machelen")
    (True, True)
    >>> is_institution_name("Gemeente opent nieuwe fietsbrug over het kanaal"), is_institution_name("Renovatie gemaal Groot Hekendorp")
    (False, False)
    """
    words = text.split()
    capitalised = all(w[:1].isupper() or w.lower() in LOWER_OK or w in "&-–" for w in words)
    return 1 <= len(words) <= 6 and capitalised and bool(_INSTITUTION.match(text.strip()))
