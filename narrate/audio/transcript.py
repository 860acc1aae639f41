"""Transcripts: WebVTT and SubRip with one cue per spoken sentence, and plain text.

Cue times come from the synthesised clips themselves (see
``assembly.sentence_cues``), not from an estimate, so a podcast app can
highlight the sentence being heard. Quotes carry their speaker: a ``<v>``
voice span in WebVTT, a ``Name:`` prefix in SubRip.
"""

from __future__ import annotations

from .timeline import Cue
from ..script import Chapter, Role, Script

VTT_TYPE = "text/vtt"
SRT_TYPE = "application/x-subrip"
TEXT_TYPE = "text/plain"


def vtt_time(ms: int) -> str:
    """WebVTT's ``hh:mm:ss.ttt``.

    >>> vtt_time(3_723_004)
    '01:02:03.004'
    """
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def srt_time(ms: int) -> str:
    """SubRip's ``hh:mm:ss,ttt``.

    >>> srt_time(61_500)
    '00:01:01,500'
    """
    return vtt_time(ms).replace(".", ",")


def _vtt_escape(text: str) -> str:
    """WebVTT cue text may not hold raw ``&``, ``<``, ``>`` or an arrow.

    >>> _vtt_escape("A <b> & C --> D")
    'A &lt;b&gt; &amp; C --&gt; D'
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _one_line(text: str) -> str:
    # A blank line ends a cue, so a cue's text must not contain one.
    return " ".join(text.split())


def to_vtt(cues: list[Cue], language: str | None = None) -> str:
    """A WebVTT file with one numbered cue per sentence."""
    lines = ["WEBVTT"]
    if language:
        lines.append(f"Language: {language}")
    lines.append("")
    for number, cue in enumerate(cues, 1):
        text = _vtt_escape(_one_line(cue.text))
        if cue.speaker:
            text = f"<v {_vtt_escape(_one_line(cue.speaker))}>{text}"
        lines += [str(number), f"{vtt_time(cue.start_ms)} --> {vtt_time(cue.end_ms)}", text, ""]
    return "\n".join(lines)


def to_srt(cues: list[Cue]) -> str:
    """A SubRip file with one numbered cue per sentence."""
    blocks = []
    for number, cue in enumerate(cues, 1):
        text = _one_line(cue.text)
        if cue.speaker:
            text = f"{_one_line(cue.speaker)}: {text}"
        blocks.append(f"{number}\n{srt_time(cue.start_ms)} --> {srt_time(cue.end_ms)}\n{text}\n")
    return "\n".join(blocks)


def to_text(script: Script) -> str:
    """The episode as readable text: title, then each chapter's heading and paragraphs as written."""
    lines = [script.title, "#" * len(script.title), ""]
    for chapter in script.chapters:
        _chapter_text(chapter, lines, depth=0)
    return "\n".join(lines).rstrip() + "\n"


def _chapter_text(chapter: Chapter, lines: list[str], depth: int) -> None:
    lines += [chapter.title, "=" * len(chapter.title) if depth == 0 else "-" * len(chapter.title), ""]
    for segment in chapter.segments:
        if segment.role == Role.HEADING and segment.text == chapter.title:
            continue  # already the heading above
        text = _one_line(segment.text)
        if segment.role == Role.QUOTE and segment.speaker:
            text = f"{segment.speaker}: „{text}”"
        lines += [text, ""]
    for sub in chapter.chapters:
        _chapter_text(sub, lines, depth + 1)
