# SPDX-License-Identifier: GPL-3.0-or-later
"""Punctuation for prosody, one line out: pauses espeak honours, headings that stand alone."""

from __future__ import annotations

import re


def pause_punctuation(text: str) -> str:
    """Dashes, brackets and ellipses become pauses espeak honours.

    >>> pause_punctuation("de demarche - die doorwerkt - bewijst")
    'de demarche, die doorwerkt, bewijst'
    >>> tidy(pause_punctuation("Xi Jinping (links) ziet... niets..."))
    'Xi Jinping, links, ziet, niets.'
    """
    text = re.sub(r"[(\[{)\]}]", ", ", text)
    text = re.sub(r"\n *[-–—] +", "\n", "\n" + text)[1:]  # list bullets
    text = re.sub(r" +[-–—]+(?= )", ",", text)
    if "—" in text or "--" in text:
        text = re.sub(r" *(?:—|--+) *", ", ", text)
    if "–" in text:
        text = re.sub(r"(?<=\w)–(?=\w)", "-", text)
    if "…" in text or "..." in text:
        text = re.sub(r"(?:…|\.{3,})(?= *[?!'\")\]])", "", text)
        text = re.sub(r"(?:…|\.{3,})(?= *(?:$|\n|[A-Z]))", ". ", text)
        text = re.sub(r"(?:…|\.{3,}) *", ", ", text)
    return text


_TERMINAL = ".!?:;"
_HEADING_MAX_CHARS = 50  # hard-wrapped lines are longer; headings, captions and list items shorter


def _ends_sentence(line: str) -> bool:
    bare = line.rstrip("'\")")
    return not bare or bare[-1] in _TERMINAL


def _is_heading(line: str, next_line: str) -> bool:
    """A short line before a capital, or a line of a few words, stands alone.

    >>> _is_heading("Jamie Shea", "Ex-NAVO-topman"), _is_heading("Advertentie", "analyse")
    (True, True)
    >>> _is_heading("de bloedigste oorlog op het Europese continent", "in acht decennia")
    False
    """
    if len(line) >= _HEADING_MAX_CHARS:
        return False
    return len(line.split()) <= 3 or re.match(r"[\"'(]?[A-ZÀ-Ý0-9]", next_line) is not None


def one_line(text: str) -> str:
    """Lines become sentences on one line.  A line before a blank line, or a
    heading, caption or list item, gets a full stop; a hard-wrapped line
    just joins the next.

    >>> one_line("Rol van China\\n\\nDe inschikkelijkheid.\\nJamie Shea\\nEx-NAVO-topman")
    'Rol van China. De inschikkelijkheid. Jamie Shea. Ex-NAVO-topman'
    >>> one_line("de bloedigste oorlog op het Europese continent in acht\\ndecennia")
    'de bloedigste oorlog op het Europese continent in acht decennia'
    """
    lines = [ln.strip() for ln in text.split("\n")]
    out = []
    for i, line in enumerate(lines):
        if not line:
            continue
        following = [ln for ln in lines[i + 1:] if ln]
        if following and not _ends_sentence(line) and (not lines[i + 1] or _is_heading(line, following[0])):
            line = line.rstrip(" ,") + "."
        out.append(line)
    return " ".join(out)


# Applied in order; each cleans up what the passes before it, or the rules above it, left.
_TIDY_RULES: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r" +([,.!?;:])"), r"\1"),  # no space before punctuation
    (re.compile(r",(?: ?,)+"), ","),  # one comma for a run of them
    (re.compile(r", ?([.!?;:])"), r"\1"),  # a stronger mark swallows a comma next to it
    (re.compile(r"([.!?;:]) ?,"), r"\1"),
    # a space after punctuation run into a word ('einde.Begin'), but not in '2,5' or initials ('J.F.')
    (re.compile(r"[,;:!?](?=[^\W\d_])|\.(?<=[a-zà-ÿ]\.)(?=[A-ZÀ-Ý])"), r"\g<0> "),
    (re.compile(r"  +"), " "),
    (re.compile(r"^[ ,;:.–—-]+"), ""),  # the text starts with a word
)


def tidy(text: str) -> str:
    """Collapse spaces and stray punctuation left by the other stages.

    >>> tidy("einde.Begin ,  , en ,. Dan, ?")
    'einde. Begin, en. Dan?'
    """
    for pattern, replacement in _TIDY_RULES:
        text = pattern.sub(replacement, text)
    return text.strip().rstrip(",;").strip()
