"""``narrate serve`` behaves like podcast hosting, checked with curl, httpx and raw sockets on loopback only."""

from __future__ import annotations

import asyncio
import dataclasses
import io
import random
import shutil
import signal
import socket
import struct
import subprocess
import time
from email.utils import formatdate
from pathlib import Path

import feedparser
import httpx
import pytest
from click.testing import CliRunner
from PIL import Image

from narrate.cli import cli
from narrate.publish import Episode, announcement, list_episodes

from .clients.serving import copy_episodes, require_tool, running_server
from .conftest import NARRATE, run_narrate

SECRET = "top secret, outside episodes/"


@pytest.fixture(scope="module")
def served(rendered_seed, tmp_path_factory):
    """A copy of the rendered seed with a secret beside it and a symlink pointing out, being served."""
    root = tmp_path_factory.mktemp("served")
    episodes = copy_episodes(rendered_seed["dir"], root / "episodes")
    (root / "secret.txt").write_text(SECRET)
    (episodes / "link-out.mp3").symlink_to(root / "secret.txt")
    (episodes / ".hidden.mp3").write_text(SECRET)
    with running_server(episodes) as server:
        (episode,) = list_episodes(episodes)
        yield {"server": server, "url": server.url, "dir": episodes, "episode": episode,
               "mp3": episodes / episode.audio, "root": root}


def curl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([require_tool("curl"), "--silent", "--show-error", "--max-time", "30", *args],
                          capture_output=True, timeout=60)


def headers_of(raw: bytes) -> tuple[int, dict[str, str]]:
    lines = raw.decode("latin-1").strip().splitlines()
    status = int(lines[0].split()[1])
    fields = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    return status, {key.lower(): value for key, value in fields.items()}


def test_curl_range_0_1_gets_206_and_two_bytes(served, tmp_path):
    body = tmp_path / "body"
    result = curl("-r", "0-1", "-D", "-", "-o", str(body), served["url"] + served["episode"].audio)
    status, headers = headers_of(result.stdout)
    size = served["mp3"].stat().st_size
    assert status == 206
    assert headers["content-range"] == f"bytes 0-1/{size}"
    assert body.read_bytes() == served["mp3"].read_bytes()[:2]
    assert headers["content-type"] == "audio/mpeg"
    assert headers["accept-ranges"] == "bytes"


def test_head_gives_type_and_length(served):
    result = curl("-I", served["url"] + served["episode"].audio)
    status, headers = headers_of(result.stdout)
    assert status == 200
    assert headers["content-type"] == "audio/mpeg"
    assert int(headers["content-length"]) == served["mp3"].stat().st_size


@pytest.mark.parametrize("header", ["bytes={size}-", "bytes={size}-{more}", "bytes=99999999-99999999"])
def test_unsatisfiable_range_is_416(served, header):
    size = served["mp3"].stat().st_size
    response = httpx.get(served["url"] + served["episode"].audio,
                         headers={"Range": header.format(size=size, more=size + 10)})
    assert response.status_code == 416
    assert response.headers["content-range"] == f"bytes */{size}"


def test_ranged_reads_reassemble_the_file(served):
    data = served["mp3"].read_bytes()
    url = served["url"] + served["episode"].audio
    pieces = []
    with httpx.Client() as client:
        for start in range(0, len(data), 65_536):
            response = client.get(url, headers={"Range": f"bytes={start}-{start + 65_535}"})
            assert response.status_code == 206
            pieces.append(response.content)
        tail = client.get(url, headers={"Range": "bytes=-100"})
        multi = client.get(url, headers={"Range": "bytes=0-9,20-29"})
    assert b"".join(pieces) == data
    assert tail.status_code == 206 and tail.content == data[-100:]
    assert multi.status_code == 206 and multi.headers["content-type"].startswith("multipart/byteranges")
    assert data[:10] in multi.content and data[20:30] in multi.content


@pytest.mark.parametrize("name", ["{audio}", "feed.xml"])
def test_conditional_get_gives_304(served, name):
    url = served["url"] + name.format(audio=served["episode"].audio)
    first = httpx.get(url)
    assert first.status_code == 200 and first.headers["etag"] and first.headers["last-modified"]
    assert httpx.get(url, headers={"If-None-Match": first.headers["etag"]}).status_code == 304
    assert httpx.get(url, headers={"If-Modified-Since": first.headers["last-modified"]}).status_code == 304
    assert httpx.get(url, headers={"If-None-Match": '"something-else"'}).status_code == 200
    old = formatdate(time.time() - 10 * 365 * 86400, usegmt=True)
    assert httpx.get(url, headers={"If-Modified-Since": old}).status_code == 200


def test_media_types(served):
    episode = served["episode"]
    expected = {
        episode.audio: "audio/mpeg",
        "feed.xml": "application/rss+xml",
        episode.chapters_json: "application/json+chapters",
        f"{episode.stem}.vtt": "text/vtt",
        f"{episode.stem}.srt": "application/x-subrip",
        episode.cover: "image/png" if episode.cover.endswith(".png") else "image/jpeg",
        "": "text/html",
        "web/app.js": "text/javascript",
        "web/style.css": "text/css",
        "web/episodes.json": "application/json",
    }
    for name, kind in expected.items():
        response = httpx.head(served["url"] + name)
        assert response.status_code == 200, name
        assert response.headers["content-type"].split(";")[0] == kind, name
    cover = httpx.get(served["url"] + episode.cover)
    with Image.open(io.BytesIO(cover.content)) as image:
        assert image.size[0] == image.size[1] >= 1400


@pytest.mark.parametrize("path", [
    "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
    "/web/../../secret.txt", "/web/%2e%2e/%2e%2e/secret.txt", "//etc/passwd", "/%2fetc%2fpasswd",
    "/etc/passwd", "/link-out.mp3", "/.hidden.mp3", "/.feed.lock", "/%00", "/" + "a" * 5000,
])
def test_nothing_outside_episodes_is_served(served, path):
    result = curl("--path-as-is", "-D", "-", served["url"].rstrip("/") + path)
    status, _ = headers_of(result.stdout.split(b"\r\n\r\n")[0])
    assert status in (400, 404, 414), (path, status)
    assert SECRET.encode() not in result.stdout and b"root:" not in result.stdout


@pytest.mark.parametrize("target", ["../secret.txt", "/../../secret.txt", "http://127.0.0.1/../secret.txt",
                                    "*", "/secret.txt/.."])
def test_raw_request_targets_cannot_escape(served, target):
    # curl tidies some of these up; a raw socket sends them as written.
    host, port = served["url"].split("//")[1].rstrip("/").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    assert SECRET.encode() not in reply
    assert not reply.startswith(b"HTTP/1.1 200") or b"<!doctype html>" in reply[:2000].lower()


def test_cache_control_per_kind_of_file(served):
    stem = served["episode"].stem
    expected = {"feed.xml": "no-cache", "": "no-cache", "web/episodes.json": "no-cache", "web/app.js": "max-age=300",
                served["episode"].audio: "max-age=3600", f"{stem}.vtt": "max-age=300"}
    for path, cache in expected.items():
        assert httpx.get(served["url"] + path).headers["cache-control"] == cache, path


def test_served_feed_uses_the_address_the_client_used(served):
    disk = (served["dir"] / "feed.xml").read_bytes()
    audio = served["episode"].audio
    for host in ("192.168.1.10:8000", "localhost:9999", "[::1]:8000"):
        # Sent to 127.0.0.1 with another Host header: what a phone on the LAN gets, without LAN traffic.
        xml = httpx.get(served["url"] + "feed.xml", headers={"Host": host}).content
        feed = feedparser.parse(xml)
        assert feed.entries[0].enclosures[0].href == f"http://{host}/{audio}"
        assert feed.feed.link == f"http://{host}/"
    own = feedparser.parse(httpx.get(served["url"] + "feed.xml").content)
    assert own.entries[0].enclosures[0].href == served["url"] + audio
    assert (served["dir"] / "feed.xml").read_bytes() == disk  # the file on disk keeps the configured base URL


def test_web_episode_list(served):
    data = httpx.get(served["url"] + "web/episodes.json").json()
    assert data["feed_url"] == served["url"] + "feed.xml"
    (episode,) = data["episodes"]
    assert episode["audio"] == served["episode"].audio
    assert [c["start"] for c in episode["chapters"]] == [c.start_ms / 1000 for c in served["episode"].chapters]
    assert {t["type"] for t in episode["transcripts"]} >= {"text/vtt"}


def test_serve_base_url_option(served):
    with running_server(served["dir"], "--base-url", "https://pod.example.org/narrate") as server:
        feed = feedparser.parse(httpx.get(server.url + "feed.xml").content)
    assert feed.entries[0].enclosures[0].href == f"https://pod.example.org/narrate/{served['episode'].audio}"


def test_new_episodes_appear_without_restart(rendered_seed, tmp_path):
    episodes = copy_episodes(rendered_seed["dir"], tmp_path / "episodes")
    with running_server(episodes) as server:
        assert len(feedparser.parse(httpx.get(server.url + "feed.xml").content).entries) == 1
        (old,) = list_episodes(episodes)
        stem = "2026-11-29-tweede-aflevering"
        shutil.copy(episodes / old.audio, episodes / f"{stem}.mp3")
        new = dataclasses.replace(old, title="Tweede aflevering", guid="tweede", audio=f"{stem}.mp3",
                                  date=old.date.replace(day=29), cover=None, chapters_json=None, transcripts=[],
                                  files=[f"{stem}.mp3"])
        Episode.save(new, episodes)
        feed = feedparser.parse(httpx.get(server.url + "feed.xml").content)
        assert [e.title for e in feed.entries] == ["Tweede aflevering", old.title]
        assert httpx.get(server.url + f"{stem}.mp3", headers={"Range": "bytes=0-1"}).status_code == 206


def test_thousand_concurrent_ranges_and_dropped_clients(served):
    data = served["mp3"].read_bytes()
    url = served["url"] + served["episode"].audio
    rng = random.Random(7)
    ranges = [(start, min(len(data) - 1, start + rng.randrange(1, 20_000)))
              for start in (rng.randrange(0, len(data)) for _ in range(1000))]

    async def fetch_all() -> list[tuple[int, bool]]:
        limits = httpx.Limits(max_connections=1000, max_keepalive_connections=0)
        async with httpx.AsyncClient(limits=limits, timeout=120) as client:
            async def one(start: int, end: int) -> tuple[int, bool]:
                response = await client.get(url, headers={"Range": f"bytes={start}-{end}"})
                return response.status_code, response.content == data[start:end + 1]
            return await asyncio.gather(*(one(s, e) for s, e in ranges))

    started = time.monotonic()
    results = asyncio.run(asyncio.wait_for(fetch_all(), timeout=240))
    elapsed = time.monotonic() - started
    assert [r for r in results if r != (206, True)] == []
    print(f"1000 concurrent range requests: {elapsed:.1f} s")

    host, port = served["url"].split("//")[1].rstrip("/").split(":")
    for _ in range(50):  # clients that vanish mid-download
        sock = socket.create_connection((host, int(port)), timeout=10)
        sock.sendall(f"GET /{served['episode'].audio} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        sock.recv(1024)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # reset, not close
        sock.close()
    assert served["server"].process.poll() is None
    assert httpx.get(url, headers={"Range": "bytes=0-1"}).content == data[:2]
    assert httpx.get(url).content == data


def test_loopback_by_default(served):
    assert served["url"].startswith("http://127.0.0.1:")
    assert any("Only this computer" in line for line in served["server"].lines)


def test_lan_announcement_has_a_qr_code_a_phone_can_read(tmp_path):
    lines = announcement("192.168.1.10", 8000, None, "episodes")
    assert "On a phone on the same network, subscribe to: http://192.168.1.10:8000/feed.xml" in lines
    qr = next(line for line in lines if "█" in line)
    assert decode_qr(qr, tmp_path) == "http://192.168.1.10:8000/feed.xml"


def test_wildcard_host_serves_and_announces(rendered_seed):
    with running_server(rendered_seed["dir"], "--host", "0.0.0.0") as server:
        text = "\n".join(server.lines)
        assert "Only this computer" not in text
        assert "subscribe to: http://" in text or "No network address found" in text
        assert httpx.get(server.url + "feed.xml").status_code == 200  # still reached on loopback


def test_port_in_use_is_one_line(rendered_seed):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_narrate("serve", "--episodes-dir", str(rendered_seed["dir"]), "--port", str(port))
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 1
    assert len(lines) == 1 and lines[0].startswith(f"Error: cannot listen on 127.0.0.1 port {port}")


@pytest.mark.parametrize("args, words", [
    (["--base-url", "pod.example.org"], "Error: base URL 'pod.example.org' is not an http(s) URL"),
    (["--episodes-dir", "/nonexistent/episodes"], "Error: episodes directory /nonexistent/episodes does not exist"),
    (["--host", "my-laptop.local"], "Error: host 'my-laptop.local' is not an IP address"),
    (["--host", "192.0.2.77"], "Error: cannot listen on 192.0.2.77 port"),
])
def test_bad_serve_options_are_one_line(rendered_seed, args, words):
    with socket.socket() as busy:
        # The port is taken, so even if a check let a bad option through, serve could not start and hang.
        busy.bind(("127.0.0.1", 0))
        all_args = ["serve", "--episodes-dir", str(rendered_seed["dir"]), "--port", str(busy.getsockname()[1]), *args]
        result = CliRunner().invoke(cli, all_args)
    lines = result.stderr.strip().splitlines()
    assert result.exit_code in (1, 2) and len(lines) == 1 and lines[0].startswith(words), lines


def test_ctrl_c_stops_cleanly(rendered_seed):
    process = subprocess.Popen([*NARRATE, "serve", "--episodes-dir", str(rendered_seed["dir"]), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline().decode()
    assert first.startswith("Serving ")
    _wait_until_serving(first.split(" at ")[-1].strip())  # Ctrl+C on a running server, not one still starting
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 0
    assert b"Traceback" not in err


def _wait_until_serving(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {seconds} s")


def decode_qr(block_text: str, tmp_path: Path) -> str:
    """Read a terminal QR code with zbar, a real decoder: each character is two stacked modules."""
    light = {"█": (1, 1), "▀": (1, 0), "▄": (0, 1), " ": (0, 0)}
    rows = block_text.splitlines()
    width = max(len(r) for r in rows)
    scale = 8
    image = Image.new("L", ((width + 8) * scale, (2 * len(rows) + 8) * scale), 255)
    for y, row in enumerate(rows):
        for x, char in enumerate(row.ljust(width)):
            for half, on in enumerate(light[char]):
                if not on:
                    box = ((x + 4) * scale, (2 * y + half + 4) * scale)
                    image.paste(0, (*box, box[0] + scale, box[1] + scale))
    path = tmp_path / "qr.png"
    image.save(path)
    out = subprocess.run([require_tool("zbarimg"), "--quiet", "--raw", str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()
