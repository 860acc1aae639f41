"""The editable script file: print a ``Script`` as text, read it back exactly.

The format is Markdown-like so that an editor can fix a pronunciation or
cut a paragraph in any text editor::

    ---
    format: narrate-script 1
    title: Poetin tergt Westen en China
    date: 2026-11-28
    programme: narrate
    language: nl-BE
    ---

    # Gamechanger?

    [heading | pause 700]
    Gamechanger?

    [quote: Jamie Shea | voice quote-1 | pause 450]
    Vergeet niet dat Pyongyang in 2,5 jaar meer wapentuig aan Rusland bezorgde.
    spoken: Vergeet niet dat Pjongjang in twee komma vijf jaar meer wapentuig …

Chapters are headings (``##`` nests a chapter inside the one above). Each
segment is a block: a ``[role…]`` line, its text as written, and a
``spoken:`` line where the spoken form differs from the text as written. When you edit
a text, fix or delete its ``spoken:`` line: without one, the text is
normalised afresh when the script is read. ``parse_script(format_script(s)) == s``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable

from ..errors import InputError
from .builder import Chapter, Role, Script, Segment

FORMAT_LINE = "format: narrate-script 1"
SPOKEN = "spoken: "
_RESERVED = ("[", "#", "spoken:", "---", "\\")
_VOICE_SLOT = re.compile(r"^(narrator|quote-[1-9][0-9]*)$")
_HEADER = re.compile(r"^\[(?P<role>[a-z]+)(?::\s*(?P<speaker>(?:\\.|[^|\]\\])*?))?(?P<opts>(?:\s*\|\s*[^|\]]+)*)\]$")

Normalizer = Callable[[str], str]


def format_script(script: Script, speak: Normalizer) -> str:
    """The script as editable text."""
    lines = ["---", FORMAT_LINE, f"title: {script.title}", f"date: {script.date.isoformat()}",
             f"programme: {script.programme}", f"language: {script.language}"]
    if script.source is not None:
        lines.append(f"source: {script.source}")
    lines.append("---")
    for chapter in script.chapters:
        lines += _format_chapter(chapter, 1, speak)
    return "\n".join(lines) + "\n"


def _format_chapter(chapter: Chapter, depth: int, speak: Normalizer) -> list[str]:
    lines = ["", f"{'#' * depth} {chapter.title}"]
    for segment in chapter.segments:
        lines += ["", _header(segment), _escape(segment.text)]
        if segment.spoken != segment.text or segment.spoken != speak(segment.text):
            lines.append(SPOKEN + segment.spoken)
    for sub in chapter.chapters:
        lines += _format_chapter(sub, depth + 1, speak)
    return lines


def _header(segment: Segment) -> str:
    # A '|' or ']' in a name would end the speaker early: escaped, so every name reads back as written.
    speaker = None if segment.speaker is None else re.sub(r"([\\|\]])", r"\\\1", segment.speaker)
    head = segment.role.value + (f": {speaker}" if speaker is not None else "")
    options = [f"voice {segment.voice}"] if segment.voice != "narrator" or segment.role is Role.QUOTE else []
    options.append(f"pause {segment.pause_ms}")
    return "[" + " | ".join([head, *options]) + "]"


def _escape(text: str) -> str:
    return "\\" + text if text.startswith(_RESERVED) else text


def is_script_text(text: str) -> bool:
    """Whether an input is a script (text or JSON) rather than an article."""
    stripped = text.lstrip("\ufeff \n")
    if stripped.startswith("---") and FORMAT_LINE in stripped[:200]:
        return True
    return stripped.startswith("{") and '"chapters"' in stripped


def parse_script(text: str, speak: Normalizer) -> Script:
    """Read a script printed by ``format_script`` (or edited by hand), or its JSON."""
    if text.lstrip().startswith("{"):
        return script_from_json(text)
    return _Parser(text.splitlines(), speak).script()


class _Parser:
    def __init__(self, lines: list[str], speak: Normalizer):
        self.lines = lines
        self.speak = speak
        self.number = 0

    def error(self, message: str) -> InputError:
        return InputError(f"script line {self.number}: {message}")

    def script(self) -> Script:
        meta = self.front_matter()
        chapters: list[Chapter] = []
        stack: list[tuple[int, Chapter]] = []
        block: list[str] = []
        for self.number, line in enumerate(self.lines[self.body_start:], self.body_start + 1):
            heading = re.match(r"^(#+)\s*(.*)$", line)
            if heading:
                self.add_segment(block, stack)
                block = []
                self.add_chapter(len(heading.group(1)), heading.group(2).strip(), chapters, stack)
            elif not line.strip():
                self.add_segment(block, stack)
                block = []
            else:
                if not block:
                    self.block_start = self.number
                block.append(line)
        self.add_segment(block, stack)
        if not chapters:
            raise InputError("the script has no chapters; start each chapter with a '# Title' line")
        return Script(chapters=chapters, **meta)

    def front_matter(self) -> dict:
        if not self.lines or self.lines[0].strip() != "---":
            raise InputError("script line 1: a script starts with '---' and its front matter; print one with 'narrate script'")
        meta: dict[str, str] = {}
        for self.number, line in enumerate(self.lines[1:], 2):
            if line.strip() == "---":
                self.body_start = self.number
                return self.metadata(meta)
            key, sep, value = line.partition(":")
            if not sep:
                raise self.error(f"expected 'key: value' in the front matter, got {line!r}")
            meta[key.strip()] = value.strip()
        raise InputError("the script's front matter is not closed; add a '---' line after it")

    def metadata(self, meta: dict[str, str]) -> dict:
        meta.pop("format", None)
        unknown = set(meta) - {"title", "date", "programme", "language", "source"}
        if unknown:
            raise InputError(f"unknown key(s) in the script's front matter: {', '.join(sorted(unknown))}; "
                             "use title, date, programme, language and source")
        if not meta.get("title"):
            raise InputError("the script has no title; add a 'title: …' line to its front matter")
        try:
            date = dt.date.fromisoformat(meta.get("date", ""))
        except ValueError:
            raise InputError("the script's date is missing or not YYYY-MM-DD; fix the 'date:' line") from None
        return {"title": meta["title"], "date": date, "programme": meta.get("programme", "narrate"),
                "language": meta.get("language", "nl-BE"), "source": meta.get("source")}

    def add_chapter(self, depth: int, title: str, chapters: list[Chapter], stack: list[tuple[int, Chapter]]) -> None:
        if not title:
            raise self.error("a chapter heading needs a title, e.g. '# Intro'")
        chapter = Chapter(title=title)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if stack and depth != stack[-1][0] + 1 or not stack and depth != 1:
            raise self.error(f"chapter {title!r} skips a level; nest one '#' deeper than its parent")
        (stack[-1][1].chapters if stack else chapters).append(chapter)
        stack.append((depth, chapter))

    def add_segment(self, block: list[str], stack: list[tuple[int, Chapter]]) -> None:
        if not block:
            return
        self.number = self.block_start
        if not stack:
            raise self.error("text before the first chapter; put a '# Title' line above it")
        chapter = stack[-1][1]
        if chapter.chapters:
            raise self.error(f"text after the sub-chapters of {chapter.title!r}; move it above them")
        chapter.segments.append(self.segment(block))

    def segment(self, block: list[str]) -> Segment:
        match = _HEADER.match(block[0].strip())
        if not match:
            raise self.error(f"expected a segment line such as '[narrator | pause 600]', got {block[0]!r}")
        role = self.role(match.group("role"))
        voice, pause = self.options(match.group("opts"), role)
        text_lines = [line for line in block[1:] if not line.startswith(SPOKEN.rstrip())]
        spoken_lines = [line for line in block[1:] if line.startswith(SPOKEN.rstrip())]
        text = " ".join(_unescape(line.strip()) for line in text_lines)
        if not text:
            raise self.error(f"the {role.value} segment has no text; write it below its '[…]' line or delete the segment")
        spoken = " ".join(line[len(SPOKEN.rstrip()):].strip() for line in spoken_lines) or self.speak(text)
        speaker = match.group("speaker")
        speaker = None if speaker is None else re.sub(r"\\(.)", r"\1", speaker)
        return Segment(role=role, text=text, spoken=spoken, voice=voice, speaker=speaker, pause_ms=pause)

    def role(self, name: str) -> Role:
        try:
            return Role(name)
        except ValueError:
            raise self.error(f"unknown role {name!r}; use narrator, quote or heading") from None

    def options(self, text: str, role: Role) -> tuple[str, int]:
        voice, pause = ("quote-1" if role is Role.QUOTE else "narrator"), 600
        for option in filter(None, (o.strip() for o in text.split("|"))):
            key, _, value = option.partition(" ")
            if key == "voice" and _VOICE_SLOT.match(value.strip()):
                voice = value.strip()
            elif key == "voice":
                raise self.error(f"unknown voice {value.strip()!r}; a segment is spoken by 'voice narrator' or by "
                                 "'voice quote-1', 'voice quote-2', … (the voices themselves are chosen at render time)")
            elif key == "pause" and value.strip().isdigit():
                pause = int(value)
            else:
                raise self.error(f"unknown segment option {option!r}; use 'voice NAME' or 'pause MILLISECONDS'")
        return voice, pause


def _unescape(line: str) -> str:
    return line[1:] if line.startswith("\\") else line


def script_to_json(script: Script) -> str:
    return json.dumps(script.to_dict(), ensure_ascii=False, indent=2) + "\n"


def script_from_json(text: str) -> Script:
    try:
        data = json.loads(text)
        return Script(title=data["title"], date=dt.date.fromisoformat(data["date"]),
                      chapters=[_chapter(c) for c in data["chapters"]], programme=data.get("programme", "narrate"),
                      language=data.get("language", "nl-BE"), source=data.get("source"))
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"the JSON script is not valid ({type(exc).__name__}: {exc}); print a fresh one with 'narrate script --json'") from None


def _chapter(data: dict) -> Chapter:
    if not data.get("title"):
        raise ValueError("a chapter has no title")
    return Chapter(title=data["title"], segments=[_segment(s) for s in data.get("segments", [])],
                   chapters=[_chapter(c) for c in data.get("chapters", [])])


def _segment(data: dict) -> Segment:
    if not _VOICE_SLOT.match(data.get("voice", "narrator")):
        raise ValueError(f"unknown voice {data['voice']!r}; use narrator, quote-1, quote-2, …")
    return Segment(role=Role(data["role"]), text=data["text"], spoken=data.get("spoken", data["text"]),
                   voice=data.get("voice", "narrator"), speaker=data.get("speaker"), pause_ms=int(data.get("pause_ms", 600)))
