# SPDX-License-Identifier: GPL-3.0-or-later
"""A user-editable pronunciation lexicon: respellings that make espeak-ng say
names and loanwords the way a Flemish or Dutch newsreader does.

File format, UTF-8, one entry a line; blank lines and lines starting with
``#`` are ignored, and `` # …`` after an entry is a comment::

    # word or phrase = respelling
    Pyongyang = Pjongjang
    Xi Jinping = Sjie Tsjinping
    # /regular expression/ = replacement; add i after the slash to ignore case
    /\\bShea\\b/ = Sjee
    /\\b[Cc]yber/ = saiber
    # raw IPA between [[ ]] is passed to Piper untouched
    Reuters = [[ ɾˈɔjtərs ]]

``=`` and ``→`` both separate key and replacement.  A word or phrase matches
case-sensitively on word boundaries (``Shea`` also matches in ``Shea's``,
not in ``Sheaffer``); the spaces in a phrase match any run of white space.
A regex replacement may use ``\\1`` or ``\\g<name>`` for groups.

All entries are applied in one pass, so a replacement is never matched again.
Where matches overlap, the one starting first wins, then the longer one, then
the entry that comes later (a project lexicon loaded after the shipped one).
``narrate.script.normalize.normalize(text, lexicon=...)`` applies the lexicon after
credits, emoji and URLs are removed but before abbreviations, numbers and
acronyms, so that ``HIMARS = Haimars`` is not spelled out letter by letter.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

__all__ = ["Lexicon", "LexiconEntry", "SHIPPED_LEXICON_PATH"]

SHIPPED_LEXICON_PATH = Path(__file__).resolve().parent / "lexicon.txt"

_REGEX_LINE = re.compile(r"/(?P<pattern>.+)/(?P<flags>[A-Za-z]*)\s*(?:=|→)\s*(?P<replacement>.*)")
_WORD_LINE = re.compile(r"(?P<key>[^=→]+?)\s*(?:=|→)\s*(?P<replacement>.*)")
_INLINE_COMMENT = re.compile(r"\s+#.*$")
_GROUP_REF = re.compile(r"\\(?:([0-9]{1,2})|g<(\w+)>)")


@dataclass(frozen=True)
class LexiconEntry:
    """One line of a lexicon: ``key`` is a word or phrase, or (``is_regex``)
    the source of a regular expression without its slashes."""

    key: str
    replacement: str
    is_regex: bool = False
    ignore_case: bool = False
    source: str = field(default="<string>", compare=False)
    line: int = field(default=0, compare=False)
    pattern: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern", self._compile())

    def _compile(self) -> re.Pattern:
        if self.is_regex:
            return re.compile(self.key, re.IGNORECASE if self.ignore_case else 0)
        # The literal comes first so that the regex engine can search for it
        # quickly; the left word boundary is checked in `matches`.
        body = r"\s+".join(re.escape(word) for word in self.key.split())
        return re.compile(body + (r"(?!\w)" if _is_word_char(self.key[-1]) else ""))

    @property
    def ident(self) -> tuple[str, str]:
        """What makes two entries 'the same key' for overriding.

        >>> LexiconEntry("Xi  Jinping", "x").ident == LexiconEntry("Xi Jinping", "y").ident
        True
        """
        if self.is_regex:
            return ("regex", f"/{self.key}/{'i' if self.ignore_case else ''}")
        return ("word", " ".join(self.key.split()))

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"

    def matches(self, text: str) -> Iterator[re.Match]:
        """Non-empty matches of this entry in ``text``, on word boundaries."""
        check_left = not self.is_regex and _is_word_char(self.key[0])
        for m in self.pattern.finditer(text):
            if m.end() == m.start():
                continue
            if check_left and m.start() > 0 and _is_word_char(text[m.start() - 1]):
                continue
            yield m

    def expand(self, m: re.Match) -> str:
        """The replacement for match ``m``; regex entries fill in \\1 and \\g<name>.

        >>> e = LexiconEntry(r"Kim (\\w+)", r"Kim \\1-respelled", is_regex=True)
        >>> e.expand(e.pattern.search("Kim Jong"))
        'Kim Jong-respelled'
        """
        if not self.is_regex:
            return self.replacement
        return _GROUP_REF.sub(lambda ref: m.group(_group_key(ref)) or "", self.replacement)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _group_key(ref: re.Match) -> int | str:
    return int(ref.group(1)) if ref.group(1) else ref.group(2)


@dataclass(frozen=True)
class Lexicon:
    """An ordered set of pronunciation entries."""

    entries: tuple[LexiconEntry, ...] = ()

    @classmethod
    def parse(cls, text: str, source: str = "<string>") -> "Lexicon":
        """Parse lexicon text; a later line with the same key replaces an earlier one.

        >>> lex = Lexicon.parse("# names\\nPyongyang = Pjongjang\\n/\\\\bShea\\\\b/ → Sjee")
        >>> lex.apply("Shea in Pyongyang")
        'Sjee in Pjongjang'
        """
        lines = ((number, raw.strip()) for number, raw in enumerate(text.splitlines(), start=1))
        return cls(_last_wins(_parse_line(line, source, number)
                              for number, line in lines if line and not line.startswith("#")))

    @classmethod
    def load(cls, *paths: Path | str) -> "Lexicon":
        """Load and merge lexicon files; later files override earlier entries
        with the same key (pass the shipped lexicon first, the project's last)."""
        lexicon = cls()
        for path in paths:
            path = Path(path)
            lexicon = lexicon.merged(cls.parse(path.read_text(encoding="utf-8-sig"), source=str(path)))
        return lexicon

    def merged(self, other: "Lexicon") -> "Lexicon":
        """This lexicon with ``other``'s entries added, overriding same keys.

        >>> a = Lexicon.parse("Shea = Sjee\\nKim = Kim")
        >>> [e.replacement for e in a.merged(Lexicon.parse("Shea = Sjee-a")).entries]
        ['Kim', 'Sjee-a']
        """
        return Lexicon(_last_wins(self.entries + other.entries))

    @cached_property
    def checksum(self) -> str:
        """A stable hash of the entries (not of file names or line numbers),
        for the audio cache key.

        >>> Lexicon.parse("a = b").checksum == Lexicon.parse("# x\\n\\na=b", "other.txt").checksum
        True
        """
        canonical = [[*e.ident, e.replacement] for e in self.entries]
        return hashlib.sha256(json.dumps(canonical, ensure_ascii=False).encode()).hexdigest()

    def apply(self, text: str) -> str:
        """Replace every match in one left-to-right pass.

        >>> Lexicon.parse("Kim = Kim\\nKim Jong-un = Kim Djong-oen").apply("Kim Jong-un en Kims leger")
        'Kim Djong-oen en Kims leger'
        """
        if not self.entries:
            return text
        found = [
            (m.start(), m.start() - m.end(), -rank, m, entry)
            for rank, entry in enumerate(self.entries)
            for m in entry.matches(text)
        ]
        if not found:
            return text
        found.sort(key=lambda f: f[:3])
        out, pos = [], 0
        for start, _, _, m, entry in found:
            if start < pos:
                continue
            out += [text[pos:start], entry.expand(m)]
            pos = m.end()
        out.append(text[pos:])
        return "".join(out)

    def __len__(self) -> int:
        return len(self.entries)


def _last_wins(entries: Iterable[LexiconEntry]) -> tuple[LexiconEntry, ...]:
    """Entries in order; one with a key seen before replaces the earlier one
    and takes its place at the end, where it wins ties."""
    by_key: dict[tuple[str, str], LexiconEntry] = {}
    for entry in entries:
        by_key.pop(entry.ident, None)
        by_key[entry.ident] = entry
    return tuple(by_key.values())


def _parse_line(line: str, source: str, number: int) -> LexiconEntry:
    where = f"{source}:{number}"
    if line.startswith("/"):
        m = _REGEX_LINE.fullmatch(line)
        if not m:
            raise ValueError(f"{where}: a regex entry needs the form '/pattern/ = replacement', got {line!r}")
        key, flags = m.group("pattern"), m.group("flags")
        if flags not in ("", "i"):
            raise ValueError(f"{where}: unknown regex flag {flags!r} after '/{key}/' "
                             "— only 'i' (ignore case) is allowed")
    else:
        m = _WORD_LINE.fullmatch(line)
        if not m:
            raise ValueError(f"{where}: no separator in {line!r} — write 'word = respelling' (or use →)")
        key, flags = m.group("key").strip(), ""
    replacement = _INLINE_COMMENT.sub("", m.group("replacement")).strip()
    if not replacement:
        raise ValueError(f"{where}: empty replacement for {key!r} — to keep a word as it is, map it to itself")
    _check_ipa(replacement, where)
    try:
        entry = LexiconEntry(key, replacement, is_regex=line.startswith("/"), ignore_case=flags == "i",
                             source=source, line=number)
    except re.error as e:
        raise ValueError(f"{where}: invalid regex '/{key}/': {e} "
                         "— fix the pattern or escape special characters") from None
    _check_group_refs(entry, where)
    return entry


def _check_ipa(replacement: str, where: str) -> None:
    """Every ``[[`` needs its ``]]``, or Piper would read the brackets."""
    depth = 0
    for token in re.findall(r"\[\[|\]\]", replacement):
        depth += 1 if token == "[[" else -1
        if depth not in (0, 1):
            break
    if depth != 0:
        raise ValueError(f"{where}: unbalanced [[ ]] in {replacement!r} — write raw IPA as [[ phonemes ]]")


def _check_group_refs(entry: LexiconEntry, where: str) -> None:
    if not entry.is_regex:
        return
    for ref in _GROUP_REF.finditer(entry.replacement):
        key = _group_key(ref)
        if (isinstance(key, int) and key > entry.pattern.groups) or (
            isinstance(key, str) and key not in entry.pattern.groupindex
        ):
            raise ValueError(f"{where}: replacement refers to group '{ref.group()}', "
                             f"which '/{entry.key}/' does not have — add the group or escape the backslash")
