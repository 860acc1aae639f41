"""Bytes in, clean text out: size and binary checks, encoding detection,
mojibake repair.

Browser copies arrive as UTF-8, UTF-8 with a BOM, Windows-1252 (old
Windows editors, Outlook) or as UTF-8 that was once decoded as
Windows-1252 and saved again (``Ã©Ã©n`` for ``één``). All of them end up
as the same clean text.
"""

from __future__ import annotations

import codecs
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

MAX_INPUT_BYTES = 5 * 1024 * 1024
"""Articles are a few tens of kB, saved pages a few MB; anything larger is not an article."""

_MAGIC = {
    b"%PDF": "a PDF document; copy its text into a .txt file",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.odt document); save the article as .txt or .html",
    b"\x89PNG": "a PNG image; give the article's text",
    b"\xff\xd8\xff": "a JPEG image; give the article's text",
    b"GIF8": "a GIF image; give the article's text",
    b"\x1f\x8b": "a gzip archive; unpack it first",
    b"{\\rtf": "an RTF document; save it as plain text (.txt)",
    b"\xd0\xcf\x11\xe0": "an old Word/Office document; save it as plain text (.txt)",
}


@dataclass
class DecodedText:
    """Input text and how it was decoded."""

    text: str
    """The text, encoding repaired, line ends normalised to ``\\n``."""

    encoding: str
    """The codec used, with ``+repaired`` when mojibake was fixed."""


def read_input(path: str) -> tuple[bytes, str]:
    """Raw bytes of ``path`` (``-`` is standard input) and a name for messages."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        name = "standard input"
    else:
        data = _read_file(Path(path))
        name = path
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(_too_large(name))
    return data, name


def decode_bytes(data: bytes, name: str = "the input") -> DecodedText:
    """Decode article bytes, whatever their encoding, into clean text.

    >>> decode_bytes("één".encode("cp1252")).text
    'één'
    >>> decode_bytes("Ã©Ã©n dag".encode("utf-8")).text
    'één dag'
    >>> decode_bytes(b"\\xef\\xbb\\xbfhallo").encoding
    'utf-8-sig'
    """
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(_too_large(name))
    _reject_binary(data, name)
    text, encoding = _decode(data)
    if _looks_binary(text):
        if encoding == "latin-1":  # the last resort: no encoding made sense of these bytes
            raise InputError(f"{name} is not text in any encoding narrate recognises (UTF-8, UTF-16, Windows-1252, …); "
                             "save the article as UTF-8 text")
        raise InputError(f"{name} looks like a binary file, not an article; give a .txt or .html file")
    repaired = repair_text(text)
    if repaired != text and _has_mojibake(text):
        encoding += "+repaired"
    return DecodedText(repaired.replace("\r\n", "\n").replace("\r", "\n"), encoding)


def repair_text(text: str) -> str:
    """Fix mojibake and odd code points, keeping curly quotes as they are.

    >>> repair_text("â€˜Zo gaat het niet verderâ€™, zegt ze.")
    '‘Zo gaat het niet verder’, zegt ze.'
    >>> repair_text("‘Zo’n’ “ding”")
    '‘Zo’n’ “ding”'
    """
    import ftfy

    # Quote styles carry meaning for quote detection, and full-width
    # characters are rare enough to leave as written.
    config = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, unescape_html=False, explain=False)
    return _GREEK_PUNCTUATION.sub(_greek_punctuation, ftfy.fix_text(text, config))


_GREEK_PUNCTUATION = re.compile("β€([\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122])")
"""UTF-8 punctuation (E2 80 xx: quotes, dashes) read with a Greek lead byte and a Western rest ("β€œ"), a
mixture ftfy does not recognise."""


def _greek_punctuation(match: re.Match[str]) -> str:
    """
    >>> repair_text("Ferwerda: β€œDe gemeente werkt aan een beter systeem.”")
    'Ferwerda: “De gemeente werkt aan een beter systeem.”'
    """
    try:
        return bytes([0xE2, 0x80, match.group(1).encode("cp1252")[0]]).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return match.group(0)


def _read_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise InputError(_too_large(str(path)))
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"article file {path} does not exist; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory; give an article file") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied; check the file's permissions") from None


def _too_large(name: str) -> str:
    limit = MAX_INPUT_BYTES // 1024 // 1024
    return f"{name} is larger than {limit} MB, which is no article; give the article's text or saved page only"


def _reject_binary(data: bytes, name: str) -> None:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name} is {what}")
    if b"\x00" in data and not _utf16_bom(data):
        raise InputError(f"{name} is a binary file, not an article; give a .txt or .html file")


def _utf16_bom(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _decode(data: bytes) -> tuple[str, str]:
    if _utf16_bom(data):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: for Dutch text this is nearly always Windows-1252. It
    # decodes any byte but five, so try it before asking a detector that
    # may pick an exotic code page for a short text.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    return data.decode("latin-1"), "latin-1"


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    # C1 controls (U+0080-U+009F) count too: bytes no encoding explains come out as them.
    control = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f\v") or 0x7F <= ord(c) <= 0x9F)
    return control / len(sample) > 0.05


def _has_mojibake(text: str) -> bool:
    return any(marker in text for marker in ("Ã", "â€", "Â"))
