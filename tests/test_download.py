"""Voice downloads against a real HTTP server on 127.0.0.1 that plays Piper's voice repository.

The server serves a ``voices.json`` catalogue and the tiny test voice under
a catalogue id, and can corrupt a file, drop the connection part-way, or
ignore range requests. Nothing here touches the real network.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import threading

import pytest
from click.testing import CliRunner

from narrate.voices import Catalog, download_voice
from narrate.cli import cli

from .conftest import TINY_VOICE, closed_port, episode_manifest, run_narrate

VOICE_ID = "nl_BE-testvoice-x_low"
FOLDER = "nl/nl_BE/testvoice/x_low"
MODEL = TINY_VOICE.read_bytes()
CONFIG = TINY_VOICE.with_name(TINY_VOICE.name + ".json").read_bytes()


def _entry(voice_id: str, language: str, files: dict[str, bytes], speakers: int = 1) -> dict:
    family, region = language.split("_")
    return {
        "key": voice_id, "name": voice_id.split("-")[1], "quality": voice_id.split("-")[2], "num_speakers": speakers,
        "language": {"code": language, "family": family, "region": region},
        "speaker_id_map": {}, "aliases": [],
        "files": {path: {"size_bytes": len(data), "md5_digest": hashlib.md5(data).hexdigest()} for path, data in files.items()},
    }


class VoiceRepository:
    """What the server serves, and how badly."""

    def __init__(self):
        self.files = {
            f"{FOLDER}/{VOICE_ID}.onnx": MODEL,
            f"{FOLDER}/{VOICE_ID}.onnx.json": CONFIG,
            f"{FOLDER}/MODEL_CARD": b"test voice\n",
        }
        self.catalogue = {
            VOICE_ID: _entry(VOICE_ID, "nl_BE", self.files),
            "nl_NL-other-medium": _entry("nl_NL-other-medium", "nl_NL", {
                "nl/nl_NL/other/medium/nl_NL-other-medium.onnx": b"x" * 1000,
                "nl/nl_NL/other/medium/nl_NL-other-medium.onnx.json": b"{}"}, speakers=3),
            "en_US-lessac-medium": _entry("en_US-lessac-medium", "en_US", {
                "en/en_US/lessac/medium/en_US-lessac-medium.onnx": b"y" * 10,
                "en/en_US/lessac/medium/en_US-lessac-medium.onnx.json": b"{}"}),
        }
        self.corrupt: set[str] = set()
        """Paths served with one byte flipped (same size)."""
        self.drop_after: dict[str, int] = {}
        """Path → byte offset at which every response breaks off."""
        self.drop_once: set[str] = set()
        """Paths whose first response (only) breaks off half-way."""
        self.ignore_ranges = False
        self.offline = False
        """Hang up on every request, as a network that is down would."""
        self.requests: list[tuple[str, str | None]] = []
        """(path, Range header) of every request."""


def _handler(repo: VoiceRepository):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            path = self.path.lstrip("/").split("?")[0]
            repo.requests.append((path, self.headers.get("Range")))
            if repo.offline:
                self.close_connection = True
                return
            if path == "voices.json":
                return self._send(200, json.dumps(repo.catalogue).encode())
            if path not in repo.files:
                return self._send(404, b"not found")
            data = repo.files[path]
            if path in repo.corrupt:
                data = bytes([data[0] ^ 0xFF]) + data[1:]
            start = 0
            header = self.headers.get("Range")
            if header and not repo.ignore_ranges:
                start = int(header.removeprefix("bytes=").split("-")[0])
            cut = len(data)
            if path in repo.drop_once:
                repo.drop_once.discard(path)
                cut = start + (len(data) - start) // 2
            if path in repo.drop_after:
                cut = max(start, min(cut, repo.drop_after[path]))
            self.send_response(206 if start else 200)
            if start:
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            self.send_header("Content-Length", str(len(data) - start))
            self.end_headers()
            self.wfile.write(data[start:cut])
            if cut < len(data):
                self.wfile.flush()
                self.close_connection = True  # the client sees a connection dropped part-way

        def _send(self, status: int, body: bytes):
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler


@pytest.fixture
def repo():
    """A voice repository served on 127.0.0.1; yields (repository, base URL)."""
    repository = VoiceRepository()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(repository))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield repository, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def env(tmp_path, repo):
    return {"NARRATE_VOICES_URL": repo[1], "NARRATE_CACHE_DIR": str(tmp_path / "cache")}


def _download(tmp_path, env, *ids):
    return CliRunner().invoke(cli, ["voices", "download", *ids, "--voices-dir", str(tmp_path / "voices")], env=env)


def test_download_installs_model_and_config(tmp_path, env, repo):
    result = _download(tmp_path, env, VOICE_ID)
    assert result.exit_code == 0, result.output
    voices = tmp_path / "voices"
    assert (voices / f"{VOICE_ID}.onnx").read_bytes() == MODEL
    assert (voices / f"{VOICE_ID}.onnx.json").read_bytes() == CONFIG
    assert sorted(p.name for p in voices.iterdir()) == [f"{VOICE_ID}.onnx", f"{VOICE_ID}.onnx.json"]
    listed = CliRunner().invoke(cli, ["voices", "list", "--voices-dir", str(voices)], env=env)
    assert VOICE_ID in listed.output


def test_download_progress_reaches_the_total(tmp_path, env, repo):
    catalog = Catalog.load(repo[1])
    seen = []
    download_voice(catalog, catalog.get(VOICE_ID), tmp_path, lambda done, total: seen.append((done, total)))
    total = len(MODEL) + len(CONFIG)
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_available_lists_only_dutch_voices(tmp_path, env):
    result = CliRunner().invoke(cli, ["voices", "list", "--available", "--voices-dir", str(tmp_path)], env=env)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["VOICE", "LANGUAGE", "QUALITY", "SPEAKERS", "SIZE", "INSTALLED"]
    assert [line.split()[:4] for line in lines[1:]] == [
        [VOICE_ID, "nl_BE", "x_low", "1"], ["nl_NL-other-medium", "nl_NL", "medium", "3"]]
    assert "en_US" not in result.output


def test_available_works_offline_from_the_last_catalogue(tmp_path, env, repo):
    assert CliRunner().invoke(cli, ["voices", "list", "--available"], env=env).exit_code == 0
    repo[0].offline = True
    result = CliRunner().invoke(cli, ["voices", "list", "--available", "--voices-dir", str(tmp_path)], env=env)
    assert result.exit_code == 0, result.output
    assert VOICE_ID in result.output
    result = CliRunner().invoke(cli, ["voices", "info", VOICE_ID, "--voices-dir", str(tmp_path)], env=env)
    assert result.exit_code == 0, result.output
    assert "installed: no; run `narrate voices download nl_BE-testvoice-x_low`" in result.output


def test_corrupted_voice_is_never_installed(tmp_path, env, repo):
    repo[0].corrupt.add(f"{FOLDER}/{VOICE_ID}.onnx")
    result = _download(tmp_path, env, VOICE_ID)
    assert result.exit_code != 0
    assert "does not match the catalogue" in result.output
    voices = tmp_path / "voices"
    assert not (voices / f"{VOICE_ID}.onnx").exists()
    assert not list(voices.glob("*.part"))  # a bad download is not kept for resuming either


def test_truncated_voice_is_never_installed_and_resumes(tmp_path, env, repo):
    model_path = f"{FOLDER}/{VOICE_ID}.onnx"
    repo[0].drop_after[model_path] = 300_000
    result = _download(tmp_path, env, VOICE_ID)
    assert result.exit_code != 0
    assert "stopped after 300000 of" in result.output and "again to resume" in result.output
    voices = tmp_path / "voices"
    assert not (voices / f"{VOICE_ID}.onnx").exists()
    assert (voices / f"{VOICE_ID}.onnx.part").stat().st_size == 300_000

    del repo[0].drop_after[model_path]
    repo[0].requests.clear()
    result = _download(tmp_path, env, VOICE_ID)
    assert result.exit_code == 0, result.output
    assert (voices / f"{VOICE_ID}.onnx").read_bytes() == MODEL
    assert (model_path, "bytes=300000-") in repo[0].requests
    assert not list(voices.glob("*.part"))


def test_dropped_connection_resumes_within_one_command(tmp_path, env, repo):
    model_path = f"{FOLDER}/{VOICE_ID}.onnx"
    repo[0].drop_once.add(model_path)
    result = _download(tmp_path, env, VOICE_ID)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "voices" / f"{VOICE_ID}.onnx").read_bytes() == MODEL
    ranges = [r for p, r in repo[0].requests if p == model_path]
    assert ranges == [None, f"bytes={len(MODEL) // 2}-"]


def test_server_ignoring_ranges_still_gives_a_whole_file(tmp_path, env, repo):
    model_path = f"{FOLDER}/{VOICE_ID}.onnx"
    repo[0].drop_once.add(model_path)
    repo[0].ignore_ranges = True
    result = _download(tmp_path, env, VOICE_ID)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "voices" / f"{VOICE_ID}.onnx").read_bytes() == MODEL


def test_unknown_voice_id_names_the_list_command(tmp_path, env):
    result = _download(tmp_path, env, "nl_BE-nobody-medium")
    assert result.exit_code != 0
    assert "not in Piper's catalogue" in result.output and "voices list --available" in result.output


def test_no_network_says_what_to_do(tmp_path):
    env = {"NARRATE_VOICES_URL": f"http://127.0.0.1:{closed_port()}", "NARRATE_CACHE_DIR": str(tmp_path / "cache")}
    result = _download(tmp_path, env, VOICE_ID)
    assert result.exit_code == 3
    message = result.output.strip()
    assert message.startswith("Error: ") and len(message.splitlines()) == 1
    assert "connection refused" in message
    assert "NARRATE_VOICES_URL" in message and "narrate voices add" in message


def test_render_downloads_a_missing_catalogue_voice(tmp_path, env, repo):
    article = tmp_path / "kort.txt"
    article.write_text("Kort bericht\n\nDe zon schijnt vandaag in Gent. Morgen regent het.\n", encoding="utf-8")
    result = run_narrate("render", str(article), "--voice", VOICE_ID, "--voices-dir", str(tmp_path / "voices"),
                         "--episodes-dir", str(tmp_path / "episodes"), "--quiet", "--no-intro", "--no-outro", env=env)
    assert result.returncode == 0, result.stderr.decode()
    assert (tmp_path / "voices" / f"{VOICE_ID}.onnx").read_bytes() == MODEL
    manifest = json.loads(episode_manifest(tmp_path / "episodes").read_text())
    assert manifest["voices"] == [VOICE_ID]
    assert "Piper" in manifest["engine"]
