"""Quote lines and the lines that sign them: a paragraph that is one quote, and a pull quote's name line."""

from __future__ import annotations

import re

from ..people import is_role_word, looks_like_name


OPENING_MARK = r"[\"“„‘'«]"
"""A quote's opening mark, as a paragraph of answers or quoted words starts."""
_QUOTE_ALONE = re.compile(rf"{OPENING_MARK}[^\"“”„]+['’\"”»]")


def is_quote_alone(text: str) -> bool:
    """A paragraph that is one quote and nothing else: a name line under it signs it.

    >>> is_quote_alone('"Daarom ondersteunen we de gemeenten."'), is_quote_alone('Zo gaat het, zegt ze.')
    (True, False)
    """
    return bool(_QUOTE_ALONE.fullmatch(text.strip()))


def is_signature(text: str) -> bool:
    """A line that signs a quote with a role and a full name ("gedeputeerde Riet Gillis, bevoegd voor Mobiliteit").

    >>> is_signature("gedeputeerde Riet Gillis, bevoegd voor Mobiliteit"), is_signature("aad straathof spreekt")
    (True, False)
    """
    name, role = speaker_line(text)
    return bool(name and looks_like_name(name)) and names_a_role(role)


def names_a_role(role: str | None) -> bool:
    return role is not None and any(is_role_word(w) for w in role.split())


def speaker_line(text: str) -> tuple[str | None, str | None]:
    """Name and role from a pull quote's signature line.

    >>> speaker_line("— Jamie Shea, ex-NAVO-topman")
    ('Jamie Shea', 'ex-NAVO-topman')
    >>> speaker_line("James Appathurai"), speaker_line("Gedeputeerde Leentje Grillaert, bevoegd voor Landbouw")
    (('James Appathurai', None), ('Leentje Grillaert', 'gedeputeerde, bevoegd voor Landbouw'))
    """
    text = re.sub(r"^[-–—~]+\s*", "", text).strip()
    m = re.match(r"^([^,(|]+?)\s*(?:[,|]\s*|\(\s*)(.+?)\)?$", text)
    name, role = (m.group(1), m.group(2)) if m else (text, None)
    tokens = name.split()
    if len(tokens) >= 3 and is_role_word(tokens[0]):
        # "Gedeputeerde Leentje Grillaert, bevoegd voor Landbouw": the role word opens the line.
        name, role = " ".join(tokens[1:]), tokens[0].lower() + (f", {role}" if role else "")
    return name, role
