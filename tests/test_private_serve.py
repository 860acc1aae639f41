"""``narrate serve`` in private mode: every URL under a secret token, on loopback only."""

from __future__ import annotations

import os
import re
import secrets
import stat
from pathlib import Path

import feedparser
import httpx
import pytest

from narrate.publish import list_episodes

from .clients.serving import assert_gpodder_fetches, copy_episodes, running_server


def token_file() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "narrate" / "serve-token"


def origin(url: str) -> str:
    return re.match(r"http://[^/]+/", url).group(0)


@pytest.fixture(scope="module")
def private(rendered_seed, tmp_path_factory):
    episodes = copy_episodes(rendered_seed["dir"], tmp_path_factory.mktemp("private") / "episodes")
    with running_server(episodes, "--private", "--access-log") as server:
        token = server.url.rstrip("/").rsplit("/", 1)[1]
        (episode,) = list_episodes(episodes)
        yield {"server": server, "url": server.url, "origin": origin(server.url), "token": token,
               "dir": episodes, "episode": episode, "mp3": episodes / episode.audio}


def test_the_printed_addresses_carry_a_kept_secret_token(private):
    token, lines = private["token"], private["server"].lines
    assert re.fullmatch(r"[A-Za-z0-9_-]{32}", token)  # 24 random bytes: 192 bits
    assert private["url"] == f"{private['origin']}{token}/"
    assert f"Feed: {private['origin']}{token}/feed.xml" in lines
    assert any(line.startswith("Private:") for line in lines)
    assert token_file().read_text().strip() == token
    assert stat.S_IMODE(token_file().stat().st_mode) == 0o600


def test_without_the_token_everything_is_a_404_like_a_missing_file(private):
    missing = httpx.get(private["url"] + "no-such-episode.mp3")
    assert missing.status_code == 404
    wrong = secrets.token_urlsafe(24)
    assert len(wrong) == len(private["token"]) and wrong != private["token"]
    for path in ("feed.xml", "", private["episode"].audio, "web/episodes.json", f"{wrong}/feed.xml", f"{wrong}/",
                 f"{wrong}/{private['episode'].audio}", f"{private['token'][:-1]}/feed.xml"):
        response = httpx.get(private["origin"] + path)
        assert (response.status_code, response.content) == (404, missing.content), path
        assert response.headers["content-type"] == missing.headers["content-type"]


def test_the_served_feed_links_under_the_token(private):
    xml = httpx.get(private["url"] + "feed.xml").content
    links = re.findall(rb'(?:href|url)="(http://127\.0\.0\.1[^"]*)"', xml)
    links += re.findall(rb"<link>(http://127\.0\.0\.1[^<]*)</link>", xml)
    assert len(links) >= 5  # self, enclosure, image, chapters, transcripts
    assert [u for u in links if not u.decode().startswith(private["url"])] == []
    item = feedparser.parse(xml).entries[0]
    assert item.enclosures[0].href == private["url"] + private["episode"].audio
    for url in links:
        assert httpx.get(url.decode().split("#")[0]).status_code == 200, url
    assert httpx.get(private["url"]).status_code == 200  # the web page
    assert httpx.get(private["url"] + "web/episodes.json").json()["feed_url"] == private["url"] + "feed.xml"
    bare = httpx.get(private["url"].rstrip("/"))
    assert bare.status_code == 308 and bare.headers["location"].endswith(private["token"] + "/")


def test_gpodder_subscribes_through_the_token_url(private, tmp_path):
    assert_gpodder_fetches(tmp_path, private["url"] + "feed.xml", private["mp3"])


def test_the_request_log_never_shows_the_token(rendered_seed):
    with running_server(rendered_seed["dir"], "--private", "--access-log") as server:
        token = server.url.rstrip("/").rsplit("/", 1)[1]
        assert httpx.get(server.url + "feed.xml").status_code == 200
        assert httpx.get(origin(server.url) + "feed.xml").status_code == 404
    log = server.process.stdout.read() + server.process.stderr.read()
    assert "GET /<token>/feed.xml" in log
    assert token not in log


def test_new_token_replaces_the_old_and_public_turns_it_off(rendered_seed):
    with running_server(rendered_seed["dir"], "--private") as server:
        old = server.url
    with running_server(rendered_seed["dir"], "--private", "--new-token") as server:
        assert server.url != old and token_file().read_text().strip() in server.url
        old_token = old.rstrip("/").rsplit("/", 1)[1]
        assert httpx.get(f"{origin(server.url)}{old_token}/feed.xml").status_code == 404
        assert httpx.get(server.url + "feed.xml").status_code == 200
    with running_server(rendered_seed["dir"], "--host", "0.0.0.0") as server:  # beyond loopback: private
        token = token_file().read_text().strip()
        assert server.url.endswith(f"/{token}/")
        assert all(token in line for line in server.lines if "subscribe to:" in line)
    with running_server(rendered_seed["dir"], "--host", "0.0.0.0", "--public") as server:
        assert server.url.endswith(":" + server.url.split(":")[-1].split("/")[0] + "/")
        assert any(line.startswith("Warning: every device") for line in server.lines)
        assert httpx.get(server.url + "feed.xml").status_code == 200
