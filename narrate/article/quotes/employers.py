"""Names that stand for an employer: "was jarenlang bij Henry Ford in dienst" names a company, however much it
reads like a person."""

from __future__ import annotations

import re


def employs(text: str, name: str) -> bool:
    """The text has someone work for ``name``: "bij X in dienst", "in dienst van X", "in dienst bij X".

    >>> employs("Hij was jarenlang bij Henry Ford in dienst.", "Henry Ford"), employs("Hij sprak bij Jan Peeters.", "Jan Peeters")
    (True, False)
    >>> employs("Ze trad in dienst van Philip Smit.", "Philip Smit")
    True
    """
    name = re.escape(name)
    return re.search(rf"(?<![\w-])(?:bij\s+{name}\s+in\s+dienst|in\s+dienst\s+(?:van|bij)\s+{name})(?![\w-])", text) is not None
