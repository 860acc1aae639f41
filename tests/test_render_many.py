"""``narrate render-many`` on the local pool: one episode per article, the feed updated once, inputs checked first."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import feedparser

from .conftest import DETERMINISTIC, TINY_VOICE, run_narrate

ARTICLES = Path(__file__).parent / "data" / "articles"
COMMON = ["--voice", str(TINY_VOICE), "--quote-voice", str(TINY_VOICE), "--date", "2026-11-28", *DETERMINISTIC]


def test_a_directory_of_articles_becomes_one_episode_each(tmp_path):
    folder = tmp_path / "today"
    folder.mkdir()
    for name in ("bruzz-kanaal-guillemets.txt", "wikipedia-afsluitdijk.txt"):
        shutil.copy(ARTICLES / name, folder / name)
    (folder / "notes.json").write_text("{}")  # not an article: left alone
    episodes = tmp_path / "episodes"
    result = run_narrate("render-many", str(folder), *COMMON, "--episodes-dir", str(episodes))
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode().splitlines()
    assert [Path(line).name for line in lines] == [
        "2026-11-28-nieuw-park-langs-het-kanaal-in-molenbeek-krijgt-groen-licht.mp3",
        "2026-11-28-afsluitdijk.mp3", "feed.xml"]
    feed = feedparser.parse(str(episodes / "feed.xml"))
    assert {entry.title for entry in feed.entries} == {"Nieuw park langs het kanaal in Molenbeek krijgt groen licht",
                                                       "Afsluitdijk"}
    assert len(re.findall(r"^narrate: .* of audio in ", result.stderr.decode(), re.M)) == 1


def test_the_same_episode_twice_is_refused_before_any_work(tmp_path):
    article = ARTICLES / "bruzz-kanaal-guillemets.txt"
    copy = tmp_path / "copy.txt"
    shutil.copy(article, copy)
    result = run_narrate("render-many", str(article), str(copy), *COMMON, "--episodes-dir", str(tmp_path / "e"))
    assert result.returncode == 2
    assert re.fullmatch(r"Error: \S+bruzz-kanaal-guillemets.txt and \S+copy.txt would both be episode "
                        r"2026-11-28-nieuw-park\S+; render them separately, or give one another title with "
                        r"`narrate render --title`\n", result.stderr.decode())
    assert not (tmp_path / "e").exists()


def test_one_title_for_every_episode_is_refused(tmp_path):
    result = run_narrate("render-many", str(ARTICLES / "wikipedia-afsluitdijk.txt"), "--title", "Vandaag",
                         "--episodes-dir", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.decode().startswith("Error: --title would give every episode the same title;")
