"""The shapes of a page's top lines: chrome, lists of names, prose, a headline's form.

The title and header rules weigh these shapes against each other; each
one is a line's own property, independent of where the line stands.
"""

from __future__ import annotations

import re

from ..furniture.shape import is_date_line
from ..furniture.vocab import FINITE_VERBS
from ..letters import CAPITAL
from ..people import is_full_name, looks_like_name
from .institutions import LOWER_OK

_UI = re.compile(
    r"^(?:(?:overslaan(?: en)?|skip|direct|meteen|spring|ga(?: direct| meteen)?)?\s*(?:naar|to) (?:de |het |the )?(?:main )?"
    r"(?:hoofd)?(?:inhoud|content|navigatie|navigation|menu|zoeken)(?: gaan| springen)?$|skip navigation$|overslaan$"
    r"|skip to(?: main)? content|skip to navigation|jump to|naar (?:de )?(?:hoofd)?inhoud(?: springen| gaan)?"
    r"|(?:direct )?naar (?:de )?(?:inhoud|navigatie|zoeken|hoofdmenu)\b|ga (?:direct )?naar\b|spring naar\b"
    r"|terug naar\b|naar navigatie springen|naar zoeken springen|ga terug\b|klik (?:hier|dan)\b|lees (?:alles|meer|ook|verder|hier)\b"
    r"|schrijf (?:je|u|een|in)\b|word (?:abonnee|lid)\b|abonneer\b|meld (?:je|u) aan\b|bekijk (?:alles|meer|ook)\b"
    r"|(?:uit|from|van) (?:wiki\w*|wikipedia)\b|het laatste nieuws\b|laatste nieuws$|menu$|zoeken$|home$|voorpagina$)",
    re.IGNORECASE,
)
"""Links and labels of a page's chrome: navigation, "read more", "subscribe"."""

_NOTICE = re.compile(
    r"^(?:let op|opgelet|attentie|waarschuwing|mededeling|disclaimer|nb)\s*[:!-]"
    r"|^(?:dit|deze) (?:artikel|bericht|pagina|activiteit|evenement|nieuwsbericht)\b.{0,80}\b(?:verouderd|gearchiveerd|plaatsgevonden|niet meer)\b",
    re.IGNORECASE,
)
"""A banner over the article ("Let op: deze activiteit heeft al plaatsgevonden")."""



def is_ui_line(text: str) -> bool:
    """A link or label of the page's chrome, or a notice above the article.

    >>> is_ui_line("Skip to main content"), is_ui_line("Naar inhoud springen"), is_ui_line("Let op: het is voorbij")
    (True, True, True)
    >>> is_ui_line("Overslaan en naar de inhoud gaan"), is_ui_line("Direct naar de hoofdinhoud"), is_ui_line("Skip naar content")
    (True, True, True)
    >>> is_ui_line("Rutte naar Washington")
    False
    """
    return bool(_UI.match(text) or _NOTICE.match(text))


def is_name_list(text: str) -> bool:
    """Names separated by commas: regions, editions, sections, never a headline.

    >>> is_name_list("Antwerpen, Limburg, Oost-Vlaanderen, West-Vlaanderen")
    True
    >>> is_name_list("Oei, zoveel suiker zit er in koffie")
    False
    """
    parts = [p.strip() for p in re.split(r"\s*[,|•·]\s*|\s+(?:en|and)\s+", text) if p.strip()]
    if len(parts) < 3:
        return False
    return all(len(p.split()) <= 3 and all(w[:1].isupper() or w.lower() in LOWER_OK for w in p.split()) for p in parts)


def is_prose(text: str) -> bool:
    """A line that reads as body text: a whole sentence of some length, or a long line.

    >>> is_prose("De minister legde vandaag de eed af in het paleis."), is_prose("Euro versus gulden")
    (True, False)
    """
    words = len(text.split())
    if is_ui_line(text):
        return False
    if words >= 20:
        return True
    # A short question is a subhead ("Hoe reageert het Westen?"), and so is a short exclamation ("Gefeliciteerd met
    # uw jubileum op het werk!"); a short statement is prose.
    if re.search(r"![’'\"”»)]?$", text) and "." not in text[:-2]:
        return words >= 11
    return bool(re.search(r"[.!…][’'\"”»)]?$", text)) and words >= 7 or text.endswith("?") and words >= 13


def is_headline_shaped(text: str) -> bool:
    """A few capitalised words with no closing full stop, and not the page's chrome.

    >>> is_headline_shaped("Nederland wijst jonge Angolees uit"), is_headline_shaped("Boycot. Een column")
    (True, True)
    >>> is_headline_shaped("Terug naar Metro"), is_headline_shaped("Op 3 mei werd een besluit getekend.")
    (False, False)
    """
    words = text.split()
    if not 2 <= len(words) <= 25 or len(text) > 160:
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "‘'\"“„«" or re.match(rf"[a-zà-ÿ]{{1,4}}[{CAPITAL}]", text)):
        return False  # a brand with a capital inside may open it: "mboRijnland organiseert ...", "iPhone"
    if re.search(r"[.,;:]$", text) or not re.search(r"[^\W\d_]{3}", text):
        return False
    # A name alone is a byline or a speaker's label (EDWIN EVERS over his lines), never a headline;
    # so is any short line in capitals (a label: VOICE-OVER, KONING WILLEM-ALEXANDER).
    if looks_like_name(text) or (text.isupper() and len(words) <= 3) or is_people_list(text):
        return False
    return not (is_ui_line(text) or is_name_list(text) or is_date_line(text))


def is_people_list(text: str) -> bool:
    """Two or more people's full names and nothing else but their bodies in brackets: who is in the picture.

    >>> is_people_list("Ilona Heijen en Marco Stüber (MCON)"), is_people_list("Rutte en Macron eens over migratie")
    (True, False)
    """
    parts = re.split(r"\s*,\s*|\s+(?:en|&)\s+", re.sub(r"\s*\([^()]{1,40}\)", "", text).strip())
    return len(parts) >= 2 and all(is_full_name(part) for part in parts)


_PREPOSITIONS = "aan achter bij binnen buiten door in langs met na naar naast om onder op over rond tegen tot uit van voor zonder"
"""Prepositions after which "je", "jou", "u" or "jullie" is the reader as object or owner, never as subject."""
_YOURS = re.compile(rf"(?i)\b(?:jouw|uw)\b|\b(?:{'|'.join(_PREPOSITIONS.split())})\s+(?:je|jou|u|jullie)\b")
"""The reader's, in the possessive ("jouw", "uw") or after a preposition ("uit je buurt", "voor jou"): a subject "je"
or "u" after its verb ("Zo bespaar je energie") is a headline's."""


SLOGAN_WORDS = 6
"""Words a slogan has at most: a longer line about the reader's own is a headline, its verb perhaps an imperative
("Stap in de bus en praat mee over jouw buurt")."""


def is_slogan(text: str) -> bool:
    """A site's slogan: a short phrase about the reader's own (see ``_YOURS``), with no verb, no question or cry and no
    quote marks ("Het nieuws uit je buurt", "De provincies, jouw streekmotor"); a headline that addresses the reader
    says something ("Zo bespaar je energie") or quotes someone ("‘Bedankt voor uw inzet’").

    >>> is_slogan("Het nieuws uit je buurt"), is_slogan("Zo bespaar je energie"), is_slogan("‘Bedankt voor uw inzet’")
    (True, False, False)
    """
    words = re.findall(r"[\w'’-]+", text.lower())
    quoted = bool(re.search(r"[‘’'\"“”„«»]", text))
    return len(words) <= SLOGAN_WORDS and bool(_YOURS.search(text)) and not quoted and not text.endswith(("?", "!")) and not any(w in FINITE_VERBS for w in words)
