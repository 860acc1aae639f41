"""feed.xml as real podcast clients read it: feedparser, gPodder's podcastparser and Podcast Index's partytime.

None of these readers is ours; ffprobe supplies the chapter times to compare with.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import io
import json
import shutil
import subprocess
import threading
import time
import uuid
from pathlib import Path

import feedparser
import podcastparser
import pytest
from click.testing import CliRunner

from narrate.cli import cli
from narrate.publish import Episode, feed_lock, write_feed
from narrate.programme import Programme
from narrate.pipeline import Flags, render_options
from narrate.settings import Settings

from .clients.serving import copy_episodes, require_node_clients
from .conftest import DETERMINISTIC, NARRATE, SEED, TINY_VOICE, episode_manifest, ffprobe, run_narrate

SPEC_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
"""From the Podcasting 2.0 spec for podcast:guid."""

AWKWARD = "Koffie & thee: <\"goed\"> of 'slecht'? ☕ 🎙️"
"""Text that breaks a feed written with string templates."""

ARTICLE = """{title}

De prijs van koffie stijgt opnieuw. Dat meldt de sector.

Markt

Handelaars verwachten meer stijgingen. Ze blijven voorzichtig.
"""


def manifest(episodes_dir: Path) -> Episode:
    return Episode.load(episode_manifest(episodes_dir))


def partytime(xml: bytes) -> dict:
    """podcast-partytime's reading of a feed."""
    clients = require_node_clients()
    out = subprocess.run(["node", str(clients / "partytime.mjs")], input=xml, capture_output=True,
                         check=True, timeout=60).stdout
    return json.loads(out)


def render_tiny(episodes_dir: Path, tmp_path: Path, title: str, date: str, *args: str) -> subprocess.Popen:
    """Start rendering a three-sentence article; the caller waits."""
    article = tmp_path / f"{uuid.uuid4().hex}.txt"
    article.write_text(ARTICLE.format(title=title), encoding="utf-8")
    command = ["render", str(article), "--voice", str(TINY_VOICE), "--episodes-dir", str(episodes_dir),
               "--date", date, "--no-intro", "--no-outro", *DETERMINISTIC, *args]
    return subprocess.Popen([*NARRATE, *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(process: subprocess.Popen) -> str:
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err.decode()
    return out.decode()


@pytest.fixture(scope="module")
def seed_feed(rendered_seed) -> dict:
    xml = rendered_seed["feed"].read_bytes()
    return {"xml": xml, "parsed": feedparser.parse(xml), "episode": manifest(rendered_seed["dir"]),
            "dir": rendered_seed["dir"], "mp3": rendered_seed["mp3"]}


def test_feedparser_reads_channel(seed_feed):
    feed = seed_feed["parsed"]
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert feed.namespaces["itunes"] == "http://www.itunes.com/dtds/podcast-1.0.dtd"
    assert feed.namespaces["podcast"] == "https://podcastindex.org/namespace/1.0"
    channel = feed.feed
    assert channel.title == "narrate"
    assert channel.language == "nl-be"
    assert channel.link == "http://127.0.0.1:8000/"
    assert channel.author == "narrate"
    assert channel.itunes_type == "episodic"
    assert [t.term for t in channel.tags] == ["News"]
    assert channel.image.href.startswith("http://127.0.0.1:8000/") and channel.image.href.endswith((".jpg", ".png"))
    assert len(channel.subtitle.encode()) <= 4000


def test_feedparser_reads_item(seed_feed):
    (item,) = seed_feed["parsed"].entries
    episode, mp3 = seed_feed["episode"], seed_feed["mp3"]
    (enclosure,) = item.enclosures
    assert enclosure.href == f"http://127.0.0.1:8000/{mp3.name}"
    assert int(enclosure.length) == mp3.stat().st_size
    assert enclosure.type == "audio/mpeg"
    assert item.id == episode.guid and not item.guidislink
    assert item.title == episode.title
    assert dt.date(*item.published_parsed[:3]) == dt.date(2026, 11, 28)
    assert abs(int(item.itunes_duration) - float(ffprobe(mp3)["format"]["duration"])) <= 1
    assert item.image.href.endswith((".jpg", ".png"))
    for chapter in episode.chapters:
        minutes, seconds = divmod(chapter.start_ms // 1000, 60)
        assert f"{minutes:02d}:{seconds:02d} {html.escape(chapter.title, quote=False)}" in item.summary
    notes = item.content[0].value
    assert "<li>" in notes and f"{mp3.name}#t=" in notes


def test_feedparser_reads_podcasting20_tags(seed_feed):
    feed = seed_feed["parsed"]
    bare_feed_url = "127.0.0.1:8000/feed.xml"
    assert feed.feed.podcast_guid == str(uuid.uuid5(SPEC_GUID_NAMESPACE, bare_feed_url))
    assert feed.feed.podcast_locked == "yes"
    (item,) = feed.entries
    stem = seed_feed["mp3"].stem
    assert item.podcast_chapters == {"url": f"http://127.0.0.1:8000/{stem}.chapters.json",
                                     "type": "application/json+chapters"}
    assert item.podcast_transcript["url"].startswith(f"http://127.0.0.1:8000/{stem}.")
    assert item.podcast_transcript["language"] == "nl-be"


def test_podcastparser_reads_itunes_and_psc_chapters(seed_feed):
    parsed = podcastparser.parse("http://127.0.0.1:8000/feed.xml", io.BytesIO(seed_feed["xml"]))
    assert parsed["title"] == "narrate"
    assert parsed["cover_url"].endswith((".jpg", ".png"))
    (item,) = parsed["episodes"]
    mp3 = seed_feed["mp3"]
    assert item["guid"] == seed_feed["episode"].guid
    assert item["enclosures"] == [{"url": f"http://127.0.0.1:8000/{mp3.name}", "file_size": mp3.stat().st_size,
                                   "mime_type": "audio/mpeg"}]
    assert item["total_time"] == round(seed_feed["episode"].duration_s)
    # Chapters agree with the ID3 chapters in the MP3 as ffprobe reads them.
    # podcastparser keeps whole seconds.
    id3 = [(float(c["start_time"]), c["tags"]["title"]) for c in ffprobe(mp3)["chapters"]]
    psc = [(c["start"], c["title"]) for c in item["chapters"]]
    assert len(psc) == len(id3) >= 8
    for (psc_start, psc_title), (id3_start, id3_title) in zip(psc, id3):
        assert psc_title == id3_title and 0 <= id3_start - psc_start < 1


def test_partytime_reads_podcasting20(seed_feed, tmp_path):
    episodes = copy_episodes(seed_feed["dir"], tmp_path / "episodes")
    settings = tmp_path / "narrate.toml"
    settings.write_text('[programme]\nemail = "redactie@example.org"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["feed", "--episodes-dir", str(episodes), "--settings", str(settings)])
    assert result.exit_code == 0, result.output
    feed = partytime((episodes / "feed.xml").read_bytes())
    assert feed["guid"] == str(uuid.uuid5(SPEC_GUID_NAMESPACE, "127.0.0.1:8000/feed.xml"))
    assert feed["locked"] is True and feed["podcastOwner"] == "redactie@example.org"
    assert feed["explicit"] is False
    assert feed["itunesType"] == "episodic"
    (item,) = feed["items"]
    stem = seed_feed["mp3"].stem
    assert item["podcastChapters"] == {"url": f"http://127.0.0.1:8000/{stem}.chapters.json",
                                       "type": "application/json+chapters"}
    transcripts = {t["type"]: t for t in item["podcastTranscripts"]}
    assert transcripts["text/vtt"]["url"] == f"http://127.0.0.1:8000/{stem}.vtt"
    assert transcripts["application/srt"]["url"] == f"http://127.0.0.1:8000/{stem}.srt"
    assert {t["language"] for t in transcripts.values()} == {"nl-be"}
    assert item["guid"] == seed_feed["episode"].guid
    assert item["enclosure"]["length"] == seed_feed["mp3"].stat().st_size
    # The chapters file it points to is JSON chapters with the manifest's start times.
    chapters = json.loads((episodes / f"{stem}.chapters.json").read_text(encoding="utf-8"))
    assert chapters["version"].startswith("1.2")
    starts = [c["startTime"] for c in chapters["chapters"]]
    assert starts == sorted(starts) and starts[0] == 0


def test_rebuilding_gives_the_same_feed(seed_feed, tmp_path):
    episodes = copy_episodes(seed_feed["dir"], tmp_path / "episodes")
    result = run_narrate("feed", "--episodes-dir", str(episodes))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().strip() == str(episodes / "feed.xml")
    assert (episodes / "feed.xml").read_bytes() == seed_feed["xml"]


def test_base_url_option_makes_every_url_absolute_under_it(seed_feed, tmp_path):
    episodes = copy_episodes(seed_feed["dir"], tmp_path / "episodes")
    base = "http://192.168.1.10:8000/narrate/"
    result = CliRunner().invoke(cli, ["feed", "--episodes-dir", str(episodes), "--base-url", base.rstrip("/")])
    assert result.exit_code == 0, result.output
    feed = partytime((episodes / "feed.xml").read_bytes())
    (item,) = feed["items"]
    urls = [feed["link"], feed["itunesImage"], item["enclosure"]["url"], item["podcastChapters"]["url"],
            item["itunesImage"], *[t["url"] for t in item["podcastTranscripts"]]]
    assert all(url.startswith(base) for url in urls), urls
    assert feed["guid"] == str(uuid.uuid5(SPEC_GUID_NAMESPACE, "192.168.1.10:8000/narrate/feed.xml"))


@pytest.mark.parametrize("bad", ["192.168.1.10:8000", "ftp://host/", "http://", "episodes/"])
def test_bad_base_url_is_one_line(bad, tmp_path):
    result = CliRunner().invoke(cli, ["feed", "--episodes-dir", str(tmp_path), "--base-url", bad])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: base URL") and "http://" in lines[0]
    assert not (tmp_path / "feed.xml").exists()


def test_settings_and_awkward_text_round_trip(seed_feed, tmp_path):
    episodes = copy_episodes(seed_feed["dir"], tmp_path / "episodes")
    settings = tmp_path / "narrate.toml"
    description = "Elke ochtend & avond: <nieuws> \"voorgelezen\" — 'zo' 📻"
    settings.write_text(
        "[programme]\n"
        f"title = {json.dumps(AWKWARD, ensure_ascii=False)}\n"
        f"description = {json.dumps(description, ensure_ascii=False)}\n"
        'author = "Redactie & Co <red@example.org>"\n'
        'category = "News/Daily News"\n'
        "explicit = true\n"
        'type = "serial"\n'
        'language = "nl"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["feed", "--episodes-dir", str(episodes), "--settings", str(settings)])
    assert result.exit_code == 0, result.output
    xml = (episodes / "feed.xml").read_bytes()
    feed = feedparser.parse(xml)
    assert not feed.bozo
    assert feed.feed.title == AWKWARD
    # RSS descriptions are HTML: readers hand them over HTML-escaped.
    assert feed.feed.subtitle_detail.type == "text/html"
    assert html.unescape(feed.feed.subtitle) == description
    assert feed.feed.author == "Redactie & Co <red@example.org>"
    assert feed.feed.language == "nl"
    assert feed.feed.itunes_type == "serial"
    assert [(t.term, t.scheme) for t in feed.feed.tags][:1] == [("News", "http://www.itunes.com/")]
    party = partytime(xml)
    assert party["explicit"] is True
    assert party["title"] == AWKWARD
    assert "Daily News" in json.dumps(party["itunesCategory"])


def test_bad_settings_value_is_one_line(tmp_path):
    settings = tmp_path / "narrate.toml"
    settings.write_text('[programme]\ntype = "daily"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["feed", "--episodes-dir", str(tmp_path), "--settings", str(settings)])
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: programme.type is 'daily'; use one of: episodic, serial"


@pytest.fixture(scope="module")
def rerendered(tmp_path_factory) -> dict:
    """One awkwardly titled article rendered on two days, plus two other articles rendered at the same time."""
    tmp = tmp_path_factory.mktemp("rerender")
    episodes = tmp / "episodes"
    first = finish(render_tiny(episodes, tmp, "Koffie wordt duurder", "2026-11-27", "--title", AWKWARD))
    first_files = sorted(p.name for p in episodes.iterdir() if not p.name.startswith("."))
    first_feed = feedparser.parse((episodes / "feed.xml").read_bytes())
    second = finish(render_tiny(episodes, tmp, "Koffie wordt duurder", "2026-11-28", "--title", AWKWARD))
    together = [render_tiny(episodes, tmp, f"{name} wint de verkiezingen", "2026-11-28")
                for name in ("Jansen", "Peeters")]
    for process in together:
        finish(process)
    return {"dir": episodes, "first": first, "second": second, "first_files": first_files,
            "first_feed": first_feed, "feed": feedparser.parse((episodes / "feed.xml").read_bytes())}


def test_item_text_round_trips(rerendered):
    (item,) = [e for e in rerendered["feed"].entries if e.title == AWKWARD]
    assert html.unescape(item.summary).startswith(AWKWARD)  # descriptions are HTML, so readers escape once
    parsed = podcastparser.parse("http://127.0.0.1:8000/feed.xml", io.BytesIO((rerendered["dir"] / "feed.xml").read_bytes()))
    assert AWKWARD in [e["title"] for e in parsed["episodes"]]


def test_rerendering_replaces_the_episode(rerendered):
    before = [e for e in rerendered["first_feed"].entries if e.title == AWKWARD]
    after = [e for e in rerendered["feed"].entries if e.title == AWKWARD]
    assert len(before) == len(after) == 1
    assert after[0].id == before[0].id  # same guid: apps see an update, not a new episode
    assert after[0].enclosures[0].href.split("/")[-1].startswith("2026-11-28-")
    assert dt.date(*after[0].published_parsed[:3]) == dt.date(2026, 11, 28)
    # The older render's files are gone; nothing else of it is served.
    left = {p.name for p in rerendered["dir"].iterdir()}
    assert not any(name.startswith("2026-11-27-") for name in left), left
    assert any(name.startswith("2026-11-27-") for name in rerendered["first_files"])


def test_renders_at_the_same_time_both_stay(rerendered):
    titles = sorted(e.title for e in rerendered["feed"].entries)
    assert titles == sorted([AWKWARD, "Jansen wint de verkiezingen", "Peeters wint de verkiezingen"])
    assert len({e.id for e in rerendered["feed"].entries}) == 3


def test_feed_waits_for_the_lock(rerendered, tmp_path):
    episodes = copy_episodes(rerendered["dir"], tmp_path / "episodes")
    (episodes / "feed.xml").unlink()
    writer = threading.Thread(target=write_feed, args=(episodes, Programme()))
    with feed_lock(episodes):
        writer.start()
        time.sleep(1)
        assert writer.is_alive() and not (episodes / "feed.xml").exists()
    writer.join(timeout=60)
    assert not writer.is_alive()
    assert len(feedparser.parse((episodes / "feed.xml").read_bytes()).entries) == 3


def test_empty_directory_gives_a_valid_feed(tmp_path):
    result = CliRunner().invoke(cli, ["feed", "--episodes-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    feed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert not feed.bozo and feed.feed.title == Programme().title and feed.entries == []


def test_an_older_render_left_behind_is_not_listed(seed_feed, tmp_path):
    # Files of an older render can linger (a render stopped between writing
    # its manifest and pruning); the feed still lists one episode per guid.
    episodes = copy_episodes(seed_feed["dir"], tmp_path / "episodes")
    newest = seed_feed["episode"]
    older = dataclasses.replace(newest, audio="2026-11-01-oudere-versie.mp3", date=dt.date(2026, 11, 1),
                                created="2026-11-01T06:00:00+00:00")
    shutil.copy(seed_feed["mp3"], episodes / older.audio)
    older.save(episodes)
    result = CliRunner().invoke(cli, ["feed", "--episodes-dir", str(episodes)])
    assert result.exit_code == 0, result.output
    (item,) = feedparser.parse((episodes / "feed.xml").read_bytes()).entries
    assert item.id == newest.guid and item.enclosures[0].href.endswith(newest.audio)


def test_programme_image_setting(seed_feed, tmp_path):
    episodes = copy_episodes(seed_feed["dir"], tmp_path / "episodes")
    settings = tmp_path / "narrate.toml"
    settings.write_text('[programme]\nimage = "programma.jpg"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["feed", "--episodes-dir", str(episodes), "--settings", str(settings)])
    assert result.exit_code == 2 and "programme.image 'programma.jpg' is not a file in" in result.stderr
    shutil.copy(episodes / seed_feed["episode"].cover, episodes / "programma.jpg")
    result = CliRunner().invoke(cli, ["feed", "--episodes-dir", str(episodes), "--settings", str(settings)])
    assert result.exit_code == 0, result.output
    feed = feedparser.parse((episodes / "feed.xml").read_bytes())
    assert feed.feed.image.href == "http://127.0.0.1:8000/programma.jpg"
    settings.write_text('[programme]\nimage = "programma.webp"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["feed", "--episodes-dir", str(episodes), "--settings", str(settings)])
    assert result.exit_code == 2 and "must be a .jpg or .png" in result.stderr


def test_render_base_url_option_reaches_the_programme():
    options = render_options(Settings(), Flags(base_url="http://192.168.1.10:8000"))
    assert options.programme.base_url == "http://192.168.1.10:8000/"


def test_render_checks_the_base_url_before_rendering(tmp_path):
    result = CliRunner().invoke(cli, ["render", str(SEED), "--voice", str(TINY_VOICE), "--episodes-dir",
                                      str(tmp_path / "episodes"), "--base-url", "nas.local:8000"])
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("Error: base URL 'nas.local:8000' is not an http(s) URL")
    assert not (tmp_path / "episodes").exists()
