"""Bad input, row by row: the real CLI answers each with one ``Error: …`` line that names the
problem and the fix, exits non-zero, prints no traceback and writes nothing.

The rows run at once, a few at a time, in a module fixture (each CLI start costs a
second of imports); each row is then its own test.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import socket
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile
from onnx import TensorProto, helper
from PIL import Image

from ..conftest import NARRATE, TINY_VOICE
from .checks import ARTICLE, narrate_env, one_line_error, render_args, selected, tree

SCRIPT_HEAD = "---\nformat: narrate-script 1\ntitle: Test\ndate: 2026-11-28\nprogramme: narrate\nlanguage: nl-BE\n---\n"
TINY_CONFIG = TINY_VOICE.with_name(TINY_VOICE.name + ".json")


@dataclass(frozen=True)
class Case:
    """One bad input: how to make it in a directory, the command, and words its error must hold."""

    make: Callable[[Path], list[str]]
    """Writes the bad file(s) into the directory; returns the narrate arguments."""

    words: tuple[str, ...]
    """What the one error line must say: the problem and the fix."""


def article(name: str, data: bytes | str) -> Callable[[Path], list[str]]:
    def make(d: Path) -> list[str]:
        (d / name).write_bytes(data.encode() if isinstance(data, str) else data)
        return render_args(d / name, d / "episodes")
    return make


def with_file(name: str, data: bytes | str | Callable[[Path], None], *options: str,
              source: Path = ARTICLE) -> Callable[[Path], list[str]]:
    """Render a good article with ``options``, which name the bad file ``{f}``."""
    def make(d: Path) -> list[str]:
        path = d / name
        if callable(data):
            data(path)
        else:
            path.write_bytes(data.encode() if isinstance(data, str) else data)
        return render_args(source, d / "episodes", "2026-11-28", *[o.format(f=path) for o in options])
    return make


def voice(model: bytes | Callable[[], bytes] | None, config: str | None = None) -> Callable[[Path], list[str]]:
    """Render with a voice whose model and config are given (None: that file is missing)."""
    def make(d: Path) -> list[str]:
        path = d / "stem.onnx"
        if model is not None:
            path.write_bytes(model() if callable(model) else model)
        if config is not None:
            path.with_name("stem.onnx.json").write_text(config)
        args = render_args(ARTICLE, d / "episodes")
        args[args.index("--voice") + 1] = str(path)
        return args
    return make


def command(*args: str, files: dict[str, bytes | str] | None = None) -> Callable[[Path], list[str]]:
    def make(d: Path) -> list[str]:
        for name, data in (files or {}).items():
            (d / name).write_bytes(data.encode() if isinstance(data, str) else data)
        return [a.format(d=d) for a in args]
    return make


def image(size: tuple[int, int], mode: str = "RGB", kind: str = "JPEG") -> Callable[[Path], None]:
    return lambda path: Image.new(mode, size, "white" if mode != "RGBA" else (0, 0, 0, 0)).save(path, kind)


def image_bytes(kind: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), "red").save(buffer, kind)
    return buffer.getvalue()


def not_piper() -> bytes:
    """A valid ONNX model that adds two numbers: the wrong architecture for a voice."""
    inputs = [helper.make_tensor_value_info(n, TensorProto.FLOAT, [1]) for n in "ab"]
    graph = helper.make_graph([helper.make_node("Add", ["a", "b"], ["c"])], "add", inputs,
                              [helper.make_tensor_value_info("c", TensorProto.FLOAT, [1])])
    return helper.make_model(graph).SerializeToString()


def config_with(**changes) -> str:
    data = json.loads(TINY_CONFIG.read_text())
    for key, value in changes.items():
        data[key] = value(data[key]) if callable(value) else value
    return json.dumps(data)


def aac_jingle(path: Path) -> None:
    # A format libsndfile does not read, made by a real encoder.
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=0.3",
                    "-c:a", "aac", "-f", "mp4", str(path)], check=True)


def sparse(size: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with open(path, "wb") as fh:
            fh.truncate(size)
    return make


def big_article(d: Path) -> list[str]:
    sparse(50 * 1024 * 1024)(d / "huge.txt")
    return render_args(d / "huge.txt", d / "episodes")


def busy_port(d: Path) -> list[str]:
    # Held by the test module (see ``port_in_use``); the port number goes in a file.
    return ["serve", "--episodes-dir", str(d), "--port", (d.parent / "busy-port").read_text()]


_rng = random.Random(9)
BINARY = bytes(_rng.randrange(256) for _ in range(4096))
"""Random bytes: NULs and all."""

UNDECODABLE = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 300 + bytes(range(0x80, 0xA0)) * 20
"""Bytes that are neither UTF-8 nor Windows-1252 (five of them are undefined there), nor anything else."""

FURNITURE = ("Menu\nZoeken\nInloggen\nLees ook: Het kanaal als nieuwe achtertuin van Brussel\n"
             "Foto: BRUZZ / Saskia Vanderstichelen\nVolg BRUZZ op Facebook, Instagram en X\n")

CASES: dict[str, Case] = {
    # Articles
    "article-binary": Case(article("a.txt", BINARY), ("binary file", ".txt or .html")),
    "article-pdf": Case(article("a.pdf", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"), ("PDF", "copy its text")),
    "article-png": Case(article("a.txt", image_bytes("PNG")), ("PNG image", "article's text")),
    "article-jpeg": Case(article("a.jpg", image_bytes("JPEG")), ("JPEG image", "article's text")),
    "article-docx": Case(article("a.docx", b"PK\x03\x04" + bytes(200)), ("ZIP", "save the article as .txt")),
    "article-50mb": Case(big_article, ("larger than 5 MB", "article's text")),
    "article-one-line": Case(article("a.txt", "Alleen een kop en verder niets\n"), ("no body text", "whole article")),
    "article-all-furniture": Case(article("a.txt", FURNITURE), ("no readable text", "title and body")),
    "article-undecodable": Case(article("a.txt", UNDECODABLE), ("not text in any encoding", "UTF-8")),
    "article-html-no-text": Case(article("a.html", "<!doctype html><html><head><title>Home</title></head><body>"
                                                   "<nav><a href='/'>Home</a><a href='/s'>Sport</a></nav>"
                                                   "<footer>© 2024 De Krant</footer></body></html>"),
                                 ("holds no article text", "save the article page")),
    "article-directory": Case(command("render", "{d}", "--episodes-dir", "{d}/episodes"), ("is a directory",)),
    "article-stdin-twice": Case(command("render", "-", "-", "--episodes-dir", "{d}/episodes"),
                                ("read only once", "as files")),
    # Scripts
    "script-syntax": Case(article("s.md", SCRIPT_HEAD + "\n# Intro\n\n[narrator | pause 600\nHallo.\n"),
                          ("script line 11", "such as '[narrator | pause 600]'")),
    "script-unknown-role": Case(article("s.md", SCRIPT_HEAD + "\n# Intro\n\n[zanger | pause 600]\nHallo.\n"),
                                ("unknown role 'zanger'", "use narrator, quote or heading")),
    "script-unknown-voice": Case(article("s.md", SCRIPT_HEAD + "\n# Intro\n\n[quote: Jan | voice bob]\nHallo.\n"),
                                 ("script line 11", "unknown voice 'bob'", "'voice quote-1'")),
    "script-voice-zero": Case(article("s.md", SCRIPT_HEAD + "\n# Intro\n\n[quote: Jan | voice quote-0]\nHallo.\n"),
                              ("unknown voice 'quote-0'",)),
    "script-missing-chapter-title": Case(article("s.md", SCRIPT_HEAD + "\n#\n\n[narrator]\nHallo.\n"),
                                         ("script line 9", "needs a title")),
    "script-text-before-chapter": Case(article("s.md", SCRIPT_HEAD + "\n[narrator]\nHallo.\n"),
                                       ("before the first chapter", "'# Title'")),
    "script-bad-date": Case(article("s.md", SCRIPT_HEAD.replace("2026-11-28", "gisteren") + "\n# A\n"),
                            ("not YYYY-MM-DD", "'date:'")),
    "script-empty-segment": Case(article("s.md", SCRIPT_HEAD + "\n# Intro\n\n[narrator | pause 600]\n"),
                                 ("has no text", "delete the segment")),
    "script-json-broken": Case(article("s.json", '{"title": "x", "chapters": [}'),
                               ("JSON script is not valid", "narrate script --json")),
    "script-json-unknown-voice": Case(article("s.json", json.dumps(
        {"title": "x", "date": "2026-11-28", "chapters": [{"title": "A", "segments": [
            {"role": "narrator", "text": "Hoi.", "voice": "bob"}]}]})), ("unknown voice 'bob'", "--json")),
    # Lexicons
    "lexicon-bad-regex": Case(with_file("lex.txt", "/(Shea/ = Sjee\n", "--lexicon", "{f}"),
                              ("lex.txt:1", "invalid regex", "fix the pattern")),
    "lexicon-no-separator": Case(with_file("lex.txt", "Pyongyang Pjongjang\n", "--lexicon", "{f}"),
                                 ("no separator", "word = respelling")),
    "lexicon-missing": Case(command("render", str(ARTICLE), "--lexicon", "{d}/nope.txt", "--episodes-dir",
                                    "{d}/episodes"), ("nope.txt does not exist", "--lexicon")),
    "lexicon-bad-regex-normalize": Case(command("normalize", "--lexicon", "{d}/lex.txt", "Shea",
                                                files={"lex.txt": "/[Shea/ = Sjee\n"}), ("invalid regex",)),
    # Settings
    "settings-unknown-key": Case(with_file("n.toml", "[programme]\ntitel = 'x'\n", "--settings", "{f}"),
                                 ("unknown setting 'programme.titel'", "known: programme.author")),
    "settings-wrong-type": Case(with_file("n.toml", "[voices]\nspeed = 'snel'\n", "--settings", "{f}"),
                                ("'voices.speed' must be a number", "fix its value")),
    "settings-not-toml": Case(with_file("n.toml", "[programme\ntitle = 'x'\n", "--settings", "{f}"),
                              ("not valid TOML", "fix that line")),
    "settings-not-a-table": Case(with_file("n.toml", "programme = 3\n", "--settings", "{f}"),
                                 ("must be a table", "[programme]")),
    "settings-bad-language": Case(with_file("n.toml", "[script]\nlanguage = 'fr-FR'\n", "--settings", "{f}"),
                                  ("unknown language 'fr-FR'", "nl-BE")),
    "settings-missing": Case(command("render", str(ARTICLE), "--settings", "{d}/nope.toml", "--episodes-dir",
                                     "{d}/episodes"), ("nope.toml does not exist", "create it")),
    # Voices
    "voice-missing": Case(voice(None), ("stem.onnx does not exist", "--voice")),
    "voice-config-missing": Case(voice(TINY_VOICE.read_bytes()), ("stem.onnx.json is missing", "beside")),
    "voice-truncated": Case(voice(TINY_VOICE.read_bytes()[:300_000], TINY_CONFIG.read_text()),
                            ("cannot load voice", "download it again")),
    "voice-corrupt": Case(voice(BINARY * 10, TINY_CONFIG.read_text()), ("cannot load voice", "download it again")),
    "voice-empty": Case(voice(b"", TINY_CONFIG.read_text()), ("cannot load voice", "download it again")),
    "voice-wrong-architecture": Case(voice(not_piper, TINY_CONFIG.read_text()),
                                     ("is not a Piper voice", "inputs are a, b", "give a Piper .onnx voice")),
    "voice-config-mismatch": Case(voice(TINY_VOICE.read_bytes(), config_with(
        phoneme_id_map=lambda ids: {key: [value[0] + 5000] for key, value in ids.items()})),
        ("cannot speak with its config", "download the model and its config again")),
    "voice-config-not-json": Case(voice(TINY_VOICE.read_bytes(), "{not json"),
                                  ("not a valid Piper config", "download the voice again")),
    "voice-config-impossible-rate": Case(voice(TINY_VOICE.read_bytes(), config_with(audio={"sample_rate": 0})),
                                         ("sample rate 0", "download the voice again")),
    "voice-speaker-of-single": Case(command("render", str(ARTICLE), "--voice", f"{TINY_VOICE}:3", "--quote-voice",
                                            str(TINY_VOICE), "--episodes-dir", "{d}/episodes"),
                                    ("only one speaker", "leave out ':3'")),
    "voices-add-not-piper": Case(command("voices", "add", "{d}/x.onnx", "--voices-dir", "{d}/voices",
                                         files={"x.onnx": not_piper(), "x.onnx.json": TINY_CONFIG.read_text()}),
                                 ("is not a Piper voice",)),
    # Cover and jingle
    "cover-not-an-image": Case(with_file("c.jpg", "no image", "--cover", "{f}"), ("not an image", "JPEG or PNG")),
    "cover-too-small": Case(with_file("c.jpg", image((300, 300)), "--cover", "{f}"), ("300×300", "resize it")),
    "cover-not-square": Case(with_file("c.jpg", image((1600, 1400)), "--cover", "{f}"), ("square", "crop it")),
    "cover-transparent": Case(with_file("c.png", image((1400, 1400), "RGBA", "PNG"), "--cover", "{f}"),
                              ("RGBA", "without transparency")),
    "cover-gif": Case(with_file("c.gif", image((1400, 1400), "RGB", "GIF"), "--cover", "{f}"), ("GIF", "convert it")),
    "jingle-aac": Case(with_file("j.m4a", aac_jingle, "--jingle", "{f}"), ("cannot read jingle", "WAV or FLAC")),
    "jingle-not-audio": Case(with_file("j.wav", image_bytes("JPEG"), "--jingle", "{f}"),
                             ("cannot read jingle", "WAV or FLAC")),
    "jingle-silent": Case(with_file("j.wav", lambda p: soundfile.write(p, np.zeros(0, np.int16), 44100), "--jingle",
                                    "{f}"), ("holds no audio",)),
    # Output, network, URLs
    "episodes-dir-under-a-file": Case(command("render", str(ARTICLE), "--episodes-dir", "{d}/plain/episodes",
                                              files={"plain": "x"}),
                                      ("cannot create episodes directory", "not a directory", "--episodes-dir")),
    "render-base-url": Case(command(*render_args(ARTICLE, Path("{d}/episodes")), "--base-url", "nas.local:8000"),
                            ("'nas.local:8000' is not an http(s) URL", "http://192.168.1.10:8000/")),
    "feed-base-url": Case(command("feed", "--episodes-dir", "{d}", "--base-url", "ftp://nas/podcast"),
                          ("not an http(s) URL",)),
    "serve-port-in-use": Case(busy_port, ("cannot listen on 127.0.0.1 port", "--port")),
    "serve-host-not-an-address": Case(command("serve", "--episodes-dir", "{d}", "--host", "laptop.local", "--port",
                                              "1"), ("not an IP address", "127.0.0.1")),
    "serve-missing-directory": Case(command("serve", "--episodes-dir", "{d}/nope"),
                                    ("does not exist", "--episodes-dir")),
    "extract-not-an-mp3": Case(command("extract", "{d}/a.mp3", "--chapter", "1", "-o", "{d}/out.mp3",
                                       files={"a.mp3": "no audio"}),
                               ("is not an MP3", "no chapters", "render it with narrate")),
    "chapters-not-an-mp3": Case(command("chapters", "{d}/a.txt", files={"a.txt": "Titel\n\nTekst."}),
                                ("a.txt is not an MP3", "give the MP3 of an episode")),
    "parse-pdf": Case(command("parse", "{d}/a.pdf", files={"a.pdf": b"%PDF-1.7\n"}), ("PDF",)),
}


@pytest.fixture(scope="module")
def port_in_use(tmp_path_factory):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        yield busy.getsockname()[1]


@pytest.fixture(scope="module")
def outcomes(request, tmp_path_factory, port_in_use) -> dict:
    """Every row run through the CLI, a few at a time; what each printed and left behind."""
    root = tmp_path_factory.mktemp("bad-inputs")
    (root / "busy-port").write_text(str(port_in_use))

    def one(name: str):
        work = root / name
        work.mkdir()
        args = CASES[name].make(work)
        before = tree(work)
        result = subprocess.run([*NARRATE, *args], cwd=work,
                                env=narrate_env(), capture_output=True, timeout=300, stdin=subprocess.DEVNULL)
        return result, before, tree(work)

    with ThreadPoolExecutor(max_workers=(os.cpu_count() or 2) + 1) as pool:
        wanted = selected(request, "test_bad_input_is_one_clear_line_and_writes_nothing")
        futures = {name: pool.submit(one, name) for name in CASES if name in wanted}
        results = {name: future.result() for name, future in futures.items()}
    yield results
    shutil.rmtree(root, ignore_errors=True)


def test_the_matrix_is_big_enough():
    assert len(CASES) >= 30


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_one_clear_line_and_writes_nothing(outcomes, name):
    result, before, after = outcomes[name]
    assert result.returncode not in (0, 70), (result.returncode, result.stderr.decode())
    line = one_line_error(result.stderr)
    for word in CASES[name].words:
        assert word in line, (word, line)
    assert after == before, f"{name} wrote {sorted(set(after) - set(before))}"
    assert result.stdout == b""
