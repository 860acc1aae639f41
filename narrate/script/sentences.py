"""Sentences: the one rule that splits a text into sentences, for synthesis and for transcripts.

Synthesis speaks the spoken text sentence by sentence, so this rule decides
the audio (and the cache keys). Transcripts split the written text the same
way, so their cues line up with what Piper spoke; written text still has
abbreviations (``dr.``, ``bv.``), whose full stop ends no sentence.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘„«(\[]*[A-Z0-9À-ÖØ-ÞĀ-Ž])")

_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:dr|mr|prof|mevr|dhr|bv|o\.a|enz|nr|St)\.$", re.IGNORECASE)
"""A sentence that ends in one of these abbreviations goes on in the next (written text only)."""


def split_sentences(text: str, *, written: bool = False) -> list[str]:
    """The sentences of ``text``: spoken (normalised) text by default, ``written=True`` for text as written.

    A full stop, question or exclamation mark (or an ellipsis) followed by a
    space and a capital or digit ends a sentence; closing quotes stay with
    their sentence. Spoken text has no abbreviations left; in written text
    a full stop after one does not end the sentence.

    >>> split_sentences("Het regent. 'Echt?' Ja… 3 dagen al! nog niet gedaan.")
    ['Het regent.', "'Echt?'", 'Ja…', '3 dagen al! nog niet gedaan.']
    >>> split_sentences("  ")
    []
    >>> split_sentences("Dat zei dr. Janssens. Het klopt! 'Echt?' Ja.", written=True)
    ['Dat zei dr. Janssens.', 'Het klopt!', "'Echt?'", 'Ja.']
    """
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        sentences.append(text[start:match.end()])
        start = match.end()
    sentences.append(text[start:])
    sentences = [s.strip() for s in sentences if s.strip()]
    return _join_abbreviations(sentences) if written else sentences


def _join_abbreviations(sentences: list[str]) -> list[str]:
    joined: list[str] = []
    for sentence in sentences:
        if joined and _ABBREVIATION_END.search(joined[-1]):
            joined[-1] += " " + sentence
        else:
            joined.append(sentence)
    return joined
