"""Transcripts and interviews: paragraphs that are one speaker's turn, without quote marks.

A turn is introduced by a label: a paragraph of its own ending in a colon
("De voorzitter:", "Minister Ollongren:"), the start of the paragraph
("Jacques Barrot, vice-voorzitter van de Commissie. - (FR) Mijnheer ..."),
or, in a transcript whose speakers stand as capitalised headings, the
heading ("EDWIN EVERS").  The turn is the paragraph the label opens or
introduces: what follows may be the record's narration as well as more
speech, and the page does not say which.  Its speaker comes from the register like any other: a name, or the
one person holding a role; a label that is only a role ("De voorzitter")
names nobody.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..people import is_person_description
from .clauses import Passage
from .phrases import Phrase, leading_phrase, split_tokens, subject_after_verb

_LABEL_LINE = re.compile(r"\s*([^.!?:;\"“”„‘’«»()]{2,80}?)\s*(?:\(([^()]{1,30})\))?\s*:\s*$")
_INLINE_LABEL = re.compile(
    r"\s*([A-ZÀ-Þ][^.!?:;\"“”„«»()]{1,120}?)\s*(?:\(([^()]{1,30})\))?\s*\.\s+[-–—]\s+(?:\([A-Z]{2}\)\s+)?"
)
_HONORIFIC = re.compile(r"(?:[Dd]e heer|[Mm]evrouw|[Mm]eneer|Mevr\.?|Mw\.?|Dhr\.?)\s+(?=[A-ZÀ-Þ])")
_CAPS_HEADING = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]*(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]*){0,3}")


@dataclass
class Turn:
    """A passage that is someone's turn in a transcript."""

    label: Phrase | None
    """Who speaks, as the label says (None for a label that says no one, "VOICE-OVER")."""

    start: int
    """Where the speech starts in the passage (after an inline label)."""


def label_phrase(label: str, party: str | None = None) -> Phrase | None:
    """The speaker a label names: a name with or without a role, an apposition or a party (after
    "De heer" or "Mevrouw"), or a role alone.

    >>> label_phrase("Minister Ollongren"), label_phrase("De voorzitter").kind
    (Phrase(kind='name', text='Ollongren', role='Minister', plural=False), 'description')
    >>> label_phrase("De heer Wilders", "PVV"), label_phrase("Het plan is eenvoudig")
    (Phrase(kind='name', text='Wilders', role='PVV', plural=False), None)
    >>> label_phrase("Jacques Barrot, vice-voorzitter van de Commissie").text
    'Jacques Barrot'
    """
    label = _HONORIFIC.sub("", label.strip(), count=1)
    tokens = split_tokens(label)
    if not tokens or len(tokens) > 20:
        return None
    phrase, used = leading_phrase(tokens)
    if phrase is None or phrase.kind == "pronoun":
        return None
    if phrase.kind == "description" and not (used <= 4 and is_person_description(phrase.text)):
        return None  # "Het plan is eenvoudig:" introduces no speaker
    if used < len(tokens):
        phrase, _ = subject_after_verb(" " + label)
        if phrase is None or not phrase.role or phrase.kind != "name":
            return None
    if party and phrase.kind == "name" and not phrase.role:
        phrase.role = party
    return phrase


def find_turns(passages: list[Passage], headings: list[str | None]) -> dict[int, Turn]:
    """The passages (by index) that are turns of a transcript, with their labels."""
    speakers = _heading_speakers(headings)
    turns: dict[int, Turn] = {}
    current: Turn | None = None
    section = None
    for index, passage in enumerate(passages):
        if passage.part == "summary":
            current = None
            continue
        if passage.section != section:
            section = passage.section
            heading = headings[section] if 0 <= section < len(headings) else None
            if heading in speakers:
                current = Turn(label_phrase(heading.title()), 0)
            elif heading is not None:
                current = None  # a new part of the page; an untitled section goes on with the turn
        line = _LABEL_LINE.fullmatch(passage.text)
        if line and label_phrase(*line.groups()) is not None:
            current = Turn(label_phrase(*line.groups()), 0)
            continue
        inline = _INLINE_LABEL.match(passage.text)
        if inline and label_phrase(*inline.groups()) is not None and len(passage.text) > inline.end():
            turns[index] = Turn(label_phrase(*inline.groups()), inline.end())
            current = None
        elif current is not None and _is_speech(passage.text):
            # One paragraph per label: the paragraphs after it may be the record's own narration
            # ("Deze mededeling wordt voor kennisgeving aangenomen.", "(applaus)") as well as speech.
            turns[index], current = current, None
    return turns


def _is_speech(text: str) -> bool:
    """A paragraph that can be someone's words: a few words ending a sentence, not a menu line.

    >>> _is_speech("Dank u wel, voorzitter."), _is_speech("Aangenomen teksten :"), _is_speech("(applaus)")
    (True, False, False)
    """
    return len(text.split()) >= 2 and bool(re.search(r"[.!?…\"'”’»]\s*$", text)) and not text.startswith("(")


def _heading_speakers(headings: list[str | None]) -> set[str]:
    """Capitalised headings that stand for speakers: in a transcript at least one of them returns.

    >>> sorted(_heading_speakers(["EDWIN EVERS", "DE KONING", "EDWIN EVERS", "Inleiding"]))
    ['DE KONING', 'EDWIN EVERS']
    >>> _heading_speakers(["CORONA", "OVERSTROMINGEN"])
    set()
    """
    caps = [h for h in headings if h and _CAPS_HEADING.fullmatch(h) and any(c.isalpha() for c in h)]
    if not caps or max(Counter(caps).values()) < 2:
        return set()
    return set(caps)
