"""Chapters outside the MP3 encoder: the Podcasting 2.0 JSON file, and reading them back from any MP3.

Apps read chapters in different places (see docs/podcast-conformance.md):
ID3 CHAP/CTOC frames in the MP3 (``encoding.chapter_frames``), the JSON
chapters file the feed points to (``json_chapters``), and ``00:00 Title``
lines in the show notes (``timestamps``). All three come from the same
``ChapterMark`` tree.

Chapters are numbered 1, 2, … in the order a listener meets them: by start
time, an article before its first section. ``narrate chapters``, ``extract``
and ``play`` all use that numbering.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from mutagen import MutagenError
from mutagen.id3 import ID3
from mutagen.mp3 import MP3, HeaderNotFoundError

from .timeline import ChapterMark, clock
from ..errors import InputError

JSON_CHAPTERS_VERSION = "1.2.0"
JSON_CHAPTERS_TYPE = "application/json+chapters"


def flatten(marks: list[ChapterMark], depth: int = 0) -> list[ChapterMark]:
    """The chapter tree in listening order, numbered from 1, with depths and without children."""
    flat = _walk(marks, depth)
    flat.sort(key=lambda c: c.start_ms)  # stable: a parent stays before a child that starts with it
    return _numbered(flat)


def _numbered(chapters: list[ChapterMark]) -> list[ChapterMark]:
    return [replace(chapter, number=number) for number, chapter in enumerate(chapters, 1)]


def _walk(marks: list[ChapterMark], depth: int) -> list[ChapterMark]:
    flat = []
    for mark in marks:
        flat.append(replace(mark, children=(), depth=depth, number=0))
        flat += _walk(list(mark.children), depth + 1)
    return flat


def json_chapters(marks: list[ChapterMark]) -> dict:
    """The Podcasting 2.0 JSON chapters document for ``marks``.

    Every chapter is listed, sorted by start time. ``endTime`` is left out:
    in a briefing an article's chapter overlaps its sections, and apps take
    each chapter to end where the next begins, which is what a listener
    hears.

    >>> json_chapters([ChapterMark("Intro", 0, 5000), ChapterMark("Nieuws", 5000, 9000, url="https://x.be/a")])
    {'version': '1.2.0', 'chapters': [{'startTime': 0.0, 'title': 'Intro', 'toc': True}, {'startTime': 5.0, 'title': 'Nieuws', 'toc': True, 'url': 'https://x.be/a'}]}
    """
    chapters = []
    for chapter in flatten(marks):
        entry = {"startTime": chapter.start_ms / 1000, "title": chapter.title, "toc": True}
        if chapter.url:
            entry["url"] = chapter.url
        chapters.append(entry)
    return {"version": JSON_CHAPTERS_VERSION, "chapters": chapters}


def timestamps(marks: list[ChapterMark], sections: bool = True) -> str:
    """Show-notes lines such as ``00:00 Intro``, which many apps turn into links.

    Sections are listed like chapters, unindented (apps only link a time at the
    start of a line); ``sections=False`` lists the top-level chapters only.

    >>> print(timestamps([ChapterMark("Intro", 0, 5000), ChapterMark("Kanonnenvlees", 65_400, 99_000)]))
    00:00 Intro
    01:05 Kanonnenvlees
    """
    return "\n".join(f"{clock(c.start_ms)} {c.title}" for c in (flatten(marks) if sections else marks))


def read_chapters(path: Path) -> list[ChapterMark]:
    """The chapters of any MP3 with ID3 chapter frames, in listening order.

    Follows the top-level CTOC (and the CTOCs it lists) for the tree; CHAP
    frames that no table lists still count, at the top level.
    """
    tags = _mp3_tags(path)
    if tags is None:
        return []
    chaps = {frame.element_id: frame for frame in tags.getall("CHAP")}
    tocs = {frame.element_id: frame for frame in tags.getall("CTOC")}
    seen: set[str] = set()
    flat: list[ChapterMark] = []

    def visit(toc_id: str, depth: int) -> None:
        if toc_id in seen:
            return  # a table listed twice, or a loop, in someone else's file
        seen.add(toc_id)
        for child in tocs[toc_id].child_element_ids:
            if child in chaps and child not in seen:
                seen.add(child)
                flat.append(_flat(chaps[child], depth))
            elif child in tocs:
                visit(child, depth + 1)

    for toc in tocs.values():
        if toc.flags & 1:  # TOP_LEVEL
            visit(toc.element_id, 0)
    flat += [_flat(chap, 0) for chap_id, chap in chaps.items() if chap_id not in seen]
    flat.sort(key=lambda c: c.start_ms)
    return _numbered(flat)


def _mp3_tags(path: Path) -> ID3 | None:
    """The ID3 tag of the MP3 at ``path``, None if it has none; InputError if it is no MP3 at all."""
    try:
        return MP3(path).tags
    except HeaderNotFoundError:
        # 'render it with narrate' because the usual mix-up is passing the article instead of its episode.
        raise InputError(f"{path} is not an MP3 (no MPEG audio in it), so it has no chapters; give the MP3 of an "
                         "episode, or render it with narrate first") from None
    except (MutagenError, OSError) as exc:
        raise InputError(f"cannot read {path} ({exc}); give an MP3 file narrate (or another tool) tagged") from None


def _flat(chap, depth: int) -> ChapterMark:
    title = str(chap.sub_frames["TIT2"]) if "TIT2" in chap.sub_frames else chap.element_id
    links = [f for key, f in chap.sub_frames.items() if key.startswith("WXXX")]
    return ChapterMark(title, chap.start_time, chap.end_time, url=links[0].url if links else None, depth=depth)


def format_chapters(chapters: list[ChapterMark]) -> str:
    """A table for people: number, start, length and title, sections indented."""
    if not chapters:
        return ""  # the command says so on stderr: stdout holds only chapters
    lines = []
    for chapter in chapters:
        length = clock(chapter.end_ms - chapter.start_ms)
        lines.append(f"{chapter.number:>3}  {clock(chapter.start_ms):>8}  {length:>8}  {'  ' * chapter.depth}{chapter.title}")
    return "\n".join(lines) + "\n"


def chapters_as_json(chapters: list[ChapterMark]) -> str:
    """``narrate chapters --json``: the JSON chapters format, with end times, numbers and depths added."""
    return json.dumps({"version": JSON_CHAPTERS_VERSION, "chapters": [_listed_json(c) for c in chapters]},
                      ensure_ascii=False, indent=2) + "\n"


def _listed_json(chapter: ChapterMark) -> dict:
    data = {"number": chapter.number, "startTime": chapter.start_ms / 1000, "endTime": chapter.end_ms / 1000,
            "title": chapter.title, "depth": chapter.depth}
    if chapter.url:
        data["url"] = chapter.url
    return data


def find_chapter(chapters: list[ChapterMark], wanted: str) -> ChapterMark:
    """A chapter by number (``3``) or by title: exact, else the one title that contains it (any case)."""
    if not chapters:
        raise InputError("the file has no chapters; render it with narrate or pick another file")
    if wanted.strip().isdigit():
        number = int(wanted)
        if 1 <= number <= len(chapters):
            return chapters[number - 1]
        raise InputError(f"there is no chapter {number}; choose 1–{len(chapters)} (see 'narrate chapters')")
    needle = wanted.casefold().strip()
    exact = [c for c in chapters if c.title.casefold() == needle]
    matches = exact or [c for c in chapters if needle in c.title.casefold()]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise InputError(f"no chapter title contains {wanted!r}; see 'narrate chapters' for the titles")
    names = "; ".join(f"{c.number} {c.title}" for c in matches[:5])
    raise InputError(f"{wanted!r} matches several chapters ({names}); give the number instead")

