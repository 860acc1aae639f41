"""narrate briefing against a local web server: three feeds, a duplicate story, bad URLs, repeat runs."""

from __future__ import annotations

import json

import pytest

from .conftest import DETERMINISTIC, TINY_VOICE, episode_manifest, ffprobe, run_narrate
from .data.web.make_fixtures import rss_full
from .data.web.stories import NEW_ITEM
from .web_server import Site

VOICE = ["--voice", str(TINY_VOICE), "--quote-voice", str(TINY_VOICE), *DETERMINISTIC]


@pytest.fixture()
def site():
    with Site() as running:
        yield running


def briefing(site, episodes, *extra, feeds=None, env=None):
    feeds = feeds or [site.url(n) for n in ("vrt.xml", "standaard.xml", "nos.xml", "missing.xml", "home.html")]
    return run_narrate("briefing", *feeds, "--episodes-dir", str(episodes), *VOICE, *extra, env=env)


def test_briefing_of_eight_minutes_then_nothing_new_then_only_the_new_item(site, tmp_path):
    episodes = tmp_path / "episodes"
    env = {"NARRATE_CACHE_DIR": str(tmp_path / "cache")}
    first = briefing(site, episodes, "--minutes", "8", "--max-stories", "12", env=env)
    assert first.returncode == 0, first.stderr.decode()
    stderr = first.stderr.decode()
    assert site.url("missing.xml") in stderr and site.url("home.html") in stderr
    mp3 = episode_manifest(episodes)
    manifest = json.loads(mp3.read_text())
    assert 7.2 * 60 <= manifest["duration_s"] <= 8.8 * 60, manifest["duration_s"]
    assert manifest["title"].startswith("Briefing van ")
    stories = [c for c in manifest["chapters"] if c["title"] not in ("Intro", "Outro")]
    assert len(stories) == 11  # 12 items, one story told by two outlets
    assert sum("haven" in c["title"].lower() for c in stories) == 1
    assert "https://www.vrt.be/vrtnws/nl/2026/12/02/schaakkampioen/" in manifest["description"]
    assert len(ffprobe(episodes / manifest["audio"])["chapters"]) >= 13

    second = briefing(site, episodes, "--minutes", "8", "--max-stories", "12", env=env)
    assert second.returncode == 0 and "Nothing new" in second.stdout.decode()
    assert len(list(episodes.glob("*.mp3"))) == 1

    slug, title, lead, paragraphs = NEW_ITEM
    site.extra = rss_full([NEW_ITEM]).split("<language>nl</language>")[1].split("</channel>")[0].replace(
        "{{extra}}", "")
    third = briefing(site, episodes, "--minutes", "8", env=env)
    assert third.returncode == 0, third.stderr.decode()
    newest = max((json.loads(p.read_text()) for p in episodes.glob("*.json") if not p.name.endswith(".chapters.json")),
                 key=lambda m: m["created"])
    assert title in json.dumps(newest, ensure_ascii=False) and newest["duration_s"] < 120
    assert len(list(episodes.glob("*.mp3"))) == 2


def test_only_bad_feeds_is_one_line_error_and_nothing_written(site, tmp_path):
    episodes = tmp_path / "episodes"
    result = briefing(site, episodes, feeds=[site.url("missing.xml"), site.url("home.html"), site.url("loop")])
    assert result.returncode != 0
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and site.url("loop") in lines[0]
    assert not episodes.exists()


def test_dry_run_prints_the_plan_and_writes_nothing(site, tmp_path):
    episodes = tmp_path / "episodes"
    result = briefing(site, episodes, "--minutes", "5", "--dry-run")
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "Estimated length" in out and "paragraphs" in out and "De Standaard, VRT NWS" in out
    assert not episodes.exists()
