"""Transcript cues: one per sentence Piper spoke, timed from the clip's own sentence lengths."""

from __future__ import annotations

from ..script import Role, Segment, split_sentences
from ..synthesis import Clip
from .timeline import EPISODE_RATE, Cue, samples_to_ms


def sentence_cues(segment: Segment, clip: Clip, start: int, path: tuple[int, ...]) -> list[Cue]:
    """One cue per sentence Piper spoke, timed from the clip's own sentence lengths."""
    lengths = [s.num_samples for s in clip.sentences] or [len(clip.samples)]
    pauses = [s.pause_samples for s in clip.sentences] or [0]
    texts = sentence_texts(segment, clip, len(lengths))
    scale = EPISODE_RATE / clip.sample_rate
    speaker = segment.speaker if segment.role == Role.QUOTE else None
    cues, done = [], 0
    for length, pause, text in zip(lengths, pauses, texts):
        begin, done = done, done + length
        if not text.strip():
            continue
        # The cue ends with the voice, not with the silence synthesis put after the sentence.
        end = max(begin + 1, done - pause)
        cues.append(Cue(samples_to_ms(start + round(begin * scale)), samples_to_ms(start + round(end * scale)),
                        text, speaker, segment.voice, path))
    return cues


def sentence_texts(segment: Segment, clip: Clip, count: int) -> list[str]:
    """The written sentences when they match Piper's, else Piper's own spoken sentences.

    >>> from narrate.script.builder import Segment, Role
    >>> seg = Segment(Role.NARRATOR, "Het is 5 uur. Goedemorgen!", "Het is vijf uur. Goedemorgen!")
    >>> sentence_texts(seg, None, 2)
    ['Het is 5 uur.', 'Goedemorgen!']
    >>> sentence_texts(seg, None, 1)
    ['Het is 5 uur. Goedemorgen!']
    """
    written = split_sentences(segment.text, written=True)
    if len(written) == count:
        return written
    spoken = [s.text for s in clip.sentences] if clip is not None else []
    if len(spoken) == count:
        return spoken
    if count <= 1:
        return [segment.text]
    # Piper split differently and did not say how: the whole text on the
    # first sentence's cue would be wrong, so spread the written sentences.
    return _spread(written, count)


def _spread(sentences: list[str], count: int) -> list[str]:
    """``sentences`` regrouped into exactly ``count`` (some may be empty)."""
    groups = [[] for _ in range(count)]
    for index, sentence in enumerate(sentences):
        groups[min(count - 1, index * count // max(1, len(sentences)))].append(sentence)
    return [" ".join(group) for group in groups]
