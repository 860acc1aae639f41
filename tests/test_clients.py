"""Real clients against ``narrate serve`` on loopback: gPodder's gpo, Podcast Index's partytime, headless Chromium."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess

import httpx
import pytest

from narrate.publish import list_episodes

from .clients.serving import CLIENTS, assert_gpodder_fetches, copy_episodes, gpo, require_node_clients, require_tool, running_server


@pytest.fixture(scope="module")
def served(rendered_seed, tmp_path_factory):
    episodes = copy_episodes(rendered_seed["dir"], tmp_path_factory.mktemp("clients") / "episodes")
    with running_server(episodes) as server:
        (episode,) = list_episodes(episodes)
        yield {"url": server.url, "dir": episodes, "episode": episode, "mp3": episodes / episode.audio}


def test_gpodder_subscribes_updates_and_downloads(served, tmp_path):
    assert_gpodder_fetches(tmp_path, served["url"] + "feed.xml", served["mp3"])

    with sqlite3.connect(tmp_path / "home" / "Database") as db:
        (podcast_etag,) = db.execute("SELECT http_etag FROM podcast").fetchone()
        rows = db.execute("SELECT guid, url, file_size, state, total_time, chapters FROM episode").fetchall()
    ((guid, url, size, state, total_time, chapters),) = rows
    episode = served["episode"]
    assert guid == episode.guid
    assert url == served["url"] + episode.audio
    assert size == served["mp3"].stat().st_size
    assert state == 1  # gPodder's STATE_DOWNLOADED
    assert total_time == round(episode.duration_s)
    assert [c["title"] for c in json.loads(chapters)] == [c.title for c in episode.chapters]
    # It revalidates the feed with the ETag it got; nothing changed, so nothing new.
    assert podcast_etag == httpx.head(served["url"] + "feed.xml").headers["etag"]
    assert "0 new episodes" in gpo(tmp_path, "update")


def test_partytime_reads_the_served_feed(served):
    require_node_clients()
    xml = httpx.get(served["url"] + "feed.xml").content
    out = subprocess.run(["node", str(CLIENTS / "partytime.mjs")], input=xml, capture_output=True, check=True,
                         timeout=60).stdout
    feed = json.loads(out)
    (item,) = feed["items"]
    assert item["enclosure"]["url"] == served["url"] + served["episode"].audio
    chapters = httpx.get(item["podcastChapters"]["url"])
    assert chapters.headers["content-type"].startswith("application/json+chapters")
    titles = [c["title"] for c in chapters.json()["chapters"]]
    assert titles[:1] == [served["episode"].chapters[0].title]
    served_as = {"text/vtt": "text/vtt", "application/srt": "application/x-subrip", "text/plain": "text/plain"}
    assert {t["type"] for t in item["podcastTranscripts"]} == set(served_as)
    for transcript in item["podcastTranscripts"]:
        response = httpx.get(transcript["url"])
        assert response.status_code == 200 and response.text.strip()
        assert response.headers["content-type"].split(";")[0] == served_as[transcript["type"]]


def test_chromium_plays_chapter_three(served):
    clients = require_node_clients()
    require_tool(os.environ.get("CHROMIUM", "chromium"))
    result = subprocess.run(["node", str(clients / "play_chapter.mjs"), served["url"], "3"], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert "error" not in seen, seen.get("error")
    assert seen["offsite"] == [] and seen["consoleErrors"] == []

    episode = served["episode"]
    third = episode.chapters[2]
    assert seen["title"] == episode.title
    assert [c["title"] for c in seen["chapters"]] == [c.title for c in episode.chapters]
    assert abs(seen["landed"] - third.start_ms / 1000) < 0.5
    after = seen["after"]
    assert not after["paused"] and after["error"] is None
    assert after["currentTime"] > seen["landed"] + 0.5  # playback advances
    assert after["currentChapter"] == third.title
    # The transcript follows along: the highlighted cue is the one being spoken.
    assert after["cues"] > 0 and after["currentCue"]
    vtt = (served["dir"] / f"{episode.stem}.vtt").read_text(encoding="utf-8")
    assert after["currentCue"].split()[0] in vtt
    assert seen["links"][2] == f"{served['url']}{episode.audio}#t={third.start_ms / 1000:g}"
    assert seen["clipboard"] == seen["feedUrlShown"] == served["url"] + "feed.xml"
    assert seen["cover"] and seen["cover"][0]["width"] > 0
    assert seen["layoutWidth"] <= 390  # fits a phone without sideways scrolling
