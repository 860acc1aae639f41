"""``narrate publish`` to a local folder, to real WebDAV and SFTP servers (rclone) and to S3 (moto's server
mode) on 127.0.0.1."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import feedparser
import httpx
import pytest

from narrate.publish import list_episodes

from .clients.serving import assert_gpodder_fetches, copy_episodes, require_tool
from .conftest import DETERMINISTIC, NARRATE, TINY_VOICE, closed_port, isolated_env, run_narrate


def publish(episodes: Path, destination: str, base_url: str) -> str:
    result = run_narrate("publish", destination, "--episodes-dir", str(episodes), "--base-url", base_url)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode()


def test_publish_to_webdav_gpodder_round_trip_and_nothing_twice(rendered_seed, tmp_path):
    episodes = copy_episodes(rendered_seed["dir"], tmp_path / "episodes")
    (episode,) = list_episodes(episodes)
    site = tmp_path / "site"
    site.mkdir()
    with rclone_serving("webdav", site) as port:
        base = f"http://127.0.0.1:{port}/podcast/"
        first = publish(episodes, f"webdav://127.0.0.1:{port}/podcast", base)
        assert "0 unchanged, 0 deleted" in first and f"Feed: {base}feed.xml" in first
        published = site / "podcast"
        assert (published / episode.audio).read_bytes() == (episodes / episode.audio).read_bytes()
        assert not [p.name for p in published.iterdir() if p.name.endswith(".part")]
        feed = feedparser.parse(httpx.get(base + "feed.xml").content)
        assert feed.entries[0].enclosures[0].href == base + episode.audio

        stamps = {p.name: p.stat().st_mtime_ns for p in published.iterdir()}
        second = publish(episodes, f"webdav://127.0.0.1:{port}/podcast", base)
        assert second.startswith(f"Published to webdav://127.0.0.1:{port}/podcast: 0 uploaded")
        assert {p.name: p.stat().st_mtime_ns for p in published.iterdir()} == stamps  # untouched

        assert_gpodder_fetches(tmp_path / "gpo", base + "feed.xml", episodes / episode.audio)


@contextlib.contextmanager
def rclone_serving(kind: str, directory: Path, *args: str) -> Iterator[int]:
    """``rclone serve KIND`` of ``directory`` on a free loopback port until the block ends."""
    port = closed_port()
    process = subprocess.Popen([require_tool("rclone"), "serve", kind, str(directory), "--addr", f"127.0.0.1:{port}",
                                "--config", "/dev/null", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            assert process.poll() is None and time.monotonic() < deadline, f"rclone serve {kind} did not start"
            time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextlib.contextmanager
def moto_serving() -> Iterator[int]:
    """A local S3 service (moto's server mode) on a free loopback port until the block ends."""
    port = closed_port()
    process = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            assert process.poll() is None and time.monotonic() < deadline, "moto's S3 server did not start"
            time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


S3_ENV = {"AWS_ACCESS_KEY_ID": "narrate-test", "AWS_SECRET_ACCESS_KEY": "narrate-test-secret",
          "AWS_DEFAULT_REGION": "us-east-1", "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null"}
"""Fake credentials, as a user's environment gives them; the real ~/.aws is never read."""


def test_publish_to_s3_gpodder_round_trip_and_nothing_twice(rendered_seed, tmp_path, monkeypatch):
    import boto3

    for name, value in S3_ENV.items():
        monkeypatch.setenv(name, value)
    for name in ("AWS_ENDPOINT_URL", "NARRATE_S3_ENDPOINT_URL", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    episodes = copy_episodes(rendered_seed["dir"], tmp_path / "episodes")
    (episode,) = list_episodes(episodes)
    with moto_serving() as port:
        endpoint = f"http://127.0.0.1:{port}"
        s3 = boto3.client("s3", endpoint_url=endpoint)
        s3.create_bucket(Bucket="bucket")
        # Readable by anyone, as a bucket that hosts a podcast is (moto refuses unsigned reads otherwise).
        s3.put_bucket_policy(Bucket="bucket", Policy=json.dumps({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket/*"}]}))
        base = f"{endpoint}/bucket/podcast/"
        args = ["publish", "s3://bucket/podcast", "--episodes-dir", str(episodes), "--base-url", base]
        first = run_narrate(*args, "--endpoint-url", endpoint)
        assert first.returncode == 0, first.stderr.decode()
        assert "0 unchanged, 0 deleted" in first.stdout.decode() and "narrate-test-secret" not in first.stdout.decode()
        listed = s3.list_objects_v2(Bucket="bucket", Prefix="podcast/")["Contents"]
        stamps = {o["Key"]: (o["ETag"], o["LastModified"]) for o in listed}
        assert f"podcast/{episode.audio}" in stamps and "podcast/feed.xml" in stamps
        assert not [key for key in stamps if key.endswith(".part")]
        assert s3.get_object(Bucket="bucket", Key=f"podcast/{episode.audio}")["Body"].read() == \
            (episodes / episode.audio).read_bytes()

        second = run_narrate(*args, env={"NARRATE_S3_ENDPOINT_URL": endpoint})  # the endpoint from the environment
        assert second.returncode == 0, second.stderr.decode()
        assert second.stdout.decode().startswith("Published to s3://bucket/podcast: 0 uploaded")
        listed = s3.list_objects_v2(Bucket="bucket", Prefix="podcast/")["Contents"]
        assert {o["Key"]: (o["ETag"], o["LastModified"]) for o in listed} == stamps  # untouched

        assert_gpodder_fetches(tmp_path / "gpo", base + "feed.xml", episodes / episode.audio)


def ssh_home(tmp_path: Path) -> tuple[Path, Path]:
    """A HOME with a client key in ~/.ssh (as a user has), and the server's host key."""
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    keygen = require_tool("ssh-keygen")
    subprocess.run([keygen, "-q", "-t", "ed25519", "-N", "", "-f", str(home / ".ssh" / "id_ed25519")], check=True)
    subprocess.run([keygen, "-q", "-t", "ed25519", "-N", "", "-f", str(tmp_path / "hostkey")], check=True)
    return home, tmp_path / "hostkey"


def test_publish_over_sftp_checks_the_host_and_passes_the_gpodder_round_trip(rendered_seed, tmp_path):
    episodes = copy_episodes(rendered_seed["dir"], tmp_path / "episodes")
    (episode,) = list_episodes(episodes)
    site = tmp_path / "site"
    site.mkdir()
    home, hostkey = ssh_home(tmp_path)
    env = {"HOME": str(home), "SSH_AUTH_SOCK": ""}
    with rclone_serving("sftp", site, "--key", str(hostkey), "--authorized-keys",
                        str(home / ".ssh" / "id_ed25519.pub")) as sftp_port, rclone_serving("http", site) as http_port:
        destination = f"sftp://narrate@127.0.0.1:{sftp_port}/podcast"
        base = f"http://127.0.0.1:{http_port}/podcast/"
        args = ["publish", destination, "--episodes-dir", str(episodes), "--base-url", base]
        unknown = run_narrate(*args, env=env)  # the host is not in known_hosts yet: refused
        lines = unknown.stderr.decode().strip().splitlines()
        assert unknown.returncode == 1 and len(lines) == 1 and "cannot publish to sftp://" in lines[0], lines
        assert not (site / "podcast" / "feed.xml").exists()
        host_line = f"[127.0.0.1]:{sftp_port} " + (tmp_path / "hostkey.pub").read_text()
        (home / ".ssh" / "known_hosts").write_text(host_line)
        result = run_narrate(*args, env=env)
        assert result.returncode == 0, result.stderr.decode()
        assert "0 unchanged" in result.stdout.decode()
        assert run_narrate(*args, env=env).stdout.decode().startswith(f"Published to {destination}: 0 uploaded")

        assert_gpodder_fetches(tmp_path / "gpo", base + "feed.xml", episodes / episode.audio)


def test_publish_to_a_folder_replaces_a_superseded_render_after_the_feed(rendered_seed, tmp_path):
    episodes = copy_episodes(rendered_seed["dir"], tmp_path / "episodes")
    site = tmp_path / "site"
    base = "https://pod.example.org/narrate/"
    publish(episodes, str(site), base)
    (old,) = list_episodes(episodes)
    old_names = set(json.loads((site / ".narrate-published.json").read_text()))
    assert old.audio in old_names and (site / "feed.xml").is_file()

    # A new render of the same article, under a new name: the old one's files go, after the feed.
    renamed = old.stem + "-2"
    manifest = json.loads((episodes / f"{old.stem}.json").read_text())
    for path in list(episodes.iterdir()):
        if path.name.startswith(old.stem):
            path.rename(episodes / path.name.replace(old.stem, renamed, 1))
    text = json.dumps(manifest).replace(old.stem, renamed)
    (episodes / f"{old.stem}.json").unlink(missing_ok=True)
    (episodes / f"{renamed}.json").write_text(text)
    out = publish(episodes, str(site), base)
    (new,) = list_episodes(episodes)
    assert new.audio != old.audio and (site / new.audio).is_file() and not (site / old.audio).exists()
    assert f"{len(old_names) - 1} deleted" in out  # all but the feed
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert [e.enclosures[0].href for e in feed.entries] == [base + new.audio]


def rename_render(episodes: Path, old_stem: str, new_stem: str) -> None:
    """What a new render of the same article under a new name leaves: the same files and manifest, renamed."""
    for path in list(episodes.iterdir()):
        if path.name.startswith(old_stem):
            path.rename(episodes / path.name.replace(old_stem, new_stem, 1))
    manifest = episodes / f"{new_stem}.json"
    manifest.write_text(manifest.read_text().replace(old_stem, new_stem))


def assert_feed_lists_only_whole_files(site: Path, base: str) -> None:
    if not (site / "feed.xml").exists():
        return
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert feed.entries, "a published feed without its episode"
    for entry in feed.entries:
        enclosure = entry.enclosures[0]
        audio = site / unquote(enclosure.href.removeprefix(base))
        assert audio.is_file() and audio.stat().st_size == int(enclosure.length), enclosure.href
        for link in [entry.get("podcast_chapters", {}).get("url")] if "podcast_chapters" in entry else []:
            assert (site / unquote(link.removeprefix(base))).is_file(), link


def test_publish_killed_at_random_points_never_leaves_a_feed_with_missing_files(rendered_seed, tmp_path):
    episodes = copy_episodes(rendered_seed["dir"], tmp_path / "episodes")
    site, base = tmp_path / "site", "https://pod.example.org/narrate/"
    publish(episodes, str(site), base)
    (old,) = list_episodes(episodes)
    rng = random.Random(17)
    stem = old.stem
    for attempt in range(5):
        rename_render(episodes, stem, f"{old.stem}-{attempt}")
        stem = f"{old.stem}-{attempt}"
        process = subprocess.Popen([*NARRATE, "publish", str(site), "--episodes-dir", str(episodes), "--base-url",
                                    base], env={**os.environ, **isolated_env()}, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert_feed_lists_only_whole_files(site, base)
    publish(episodes, str(site), base)  # the next publish completes it
    assert_feed_lists_only_whole_files(site, base)
    (current,) = list_episodes(episodes)
    assert (site / current.audio).read_bytes() == (episodes / current.audio).read_bytes()
    leftover = sorted(p.name for p in site.iterdir() if current.stem not in p.name)
    assert leftover == [".narrate-published.json", "feed.xml"]  # no superseded render, no partial upload
    assert "0 uploaded" in publish(episodes, str(site), base)


def test_publish_to_the_settings_destination(rendered_seed, tmp_path):
    site = tmp_path / "site"
    settings = tmp_path / "narrate.toml"
    settings.write_text(f'[programme]\nbase_url = "https://pod.example.org/x/"\n\n[publish]\nto = "{site}"\n')
    result = run_narrate("publish", "--settings", str(settings), "--episodes-dir", str(rendered_seed["dir"]))
    assert result.returncode == 0, result.stderr.decode()
    assert "Feed: https://pod.example.org/x/feed.xml" in result.stdout.decode()
    assert b"https://pod.example.org/x/" in (site / "feed.xml").read_bytes()
    missing = run_narrate("publish", "--episodes-dir", str(rendered_seed["dir"]), cwd=tmp_path / "site")
    assert missing.returncode == 2 and missing.stderr.decode().startswith("Error: no destination")


@pytest.mark.parametrize("destination, words", [
    ("s4://bucket/x", "Error: cannot publish to 's4://bucket/x'"),
    (f"webdav://127.0.0.1:{closed_port()}/podcast", "Error: cannot publish to webdav://127.0.0.1:"),
])
def test_bad_destination_is_one_line(rendered_seed, destination, words):
    result = run_narrate("publish", destination, "--episodes-dir", str(rendered_seed["dir"]))
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode in (1, 2) and len(lines) == 1 and lines[0].startswith(words), lines


def test_render_publish_publishes_to_the_settings_destination(tmp_path):
    site = tmp_path / "site"
    settings = tmp_path / "narrate.toml"
    settings.write_text(f'[programme]\nbase_url = "https://pod.example.org/y/"\n\n[publish]\nto = "{site}"\n')
    article = tmp_path / "kort.txt"
    article.write_text("Korte titel\n\nEen korte zin om te renderen. En nog een.\n", encoding="utf-8")
    result = run_narrate("render", str(article), "--settings", str(settings), "--episodes-dir", str(tmp_path / "ep"),
                         "--voice", str(TINY_VOICE), "--quote-voice", str(TINY_VOICE), "--date", "2026-12-03",
                         "--no-intro", "--no-outro", "--quiet", "--publish", *DETERMINISTIC)
    assert result.returncode == 0, result.stderr.decode()
    assert "Feed: https://pod.example.org/y/feed.xml" in result.stdout.decode()
    (mp3,) = (tmp_path / "ep").glob("*.mp3")
    assert (site / mp3.name).read_bytes() == mp3.read_bytes()
    assert b"https://pod.example.org/y/" + mp3.name.encode() in (site / "feed.xml").read_bytes()
