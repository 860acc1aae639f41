"""`narrate script`, `narrate normalize` and rendering scripts and briefings, through the real CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from narrate.article.parse import load_article
from narrate.script.text_format import format_script, parse_script
from narrate.pipeline.render import RenderOptions, prepare_script
from narrate.script.speech import load_speech

from .conftest import DETERMINISTIC, ROOT, SEED, TINY_VOICE, ffprobe, run_narrate

GOLDEN = sorted(p for p in (ROOT / "tests" / "data" / "articles").glob("*") if p.suffix in (".txt", ".html"))


@pytest.fixture(scope="module")
def seed_script() -> dict:
    result = run_narrate("script", str(SEED), "--json", "--date", "2026-11-28")
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def _segments(chapters):
    for chapter in chapters:
        yield from chapter["segments"]
        yield from _segments(chapter["chapters"])


def test_seed_script_has_every_chapter(seed_script):
    titles = [c["title"] for c in seed_script["chapters"]]
    assert len(titles) >= 10
    assert titles[0] == "Intro" and titles[1] == "In het kort" and titles[-1] == "Outro"
    assert titles[3:10] == ["Poetin en Kim Jong-un flirten", "Gamechanger?", "Kanonnenvlees", "Rol van China",
                            "Ongerustheid in Indo-Pacific", "Woorden maar geen daden", "Westerse opties"]
    assert seed_script["date"] == "2026-11-28"


def test_every_full_quote_is_a_quote_segment_with_its_speaker(seed_script):
    article = load_article(SEED)
    quote_segments = [s for s in _segments(seed_script["chapters"]) if s["role"] == "quote"]
    full_quotes = [q for q in article.quotes if not q.inline and q.section >= 0]
    for quote in full_quotes:
        matches = [s for s in quote_segments if quote.text.rstrip(".") in s["text"]]
        assert matches, quote.text
        assert matches[0]["speaker"] == quote.speaker
    voices = {s["speaker"]: s["voice"] for s in quote_segments}
    assert voices["Jamie Shea"] != voices["James Appathurai"]


def test_seed_spoken_text_is_clean(seed_script):
    spoken = " ".join(s["spoken"] for s in _segments(seed_script["chapters"]))
    assert "Advertentie" not in spoken
    assert "©" not in spoken
    assert not re.search(r"https?://|www\.", spoken)
    assert not re.search(r"\bred\.", spoken)
    assert not re.search(r"\d+(ste|de|e)\b", spoken)


def test_text_script_renders_from_stdin(tmp_path):
    script = run_narrate("script", str(SEED), "--date", "2026-11-28")
    assert script.returncode == 0, script.stderr.decode()
    assert script.stdout.startswith(b"---\nformat: narrate-script 1\n")
    result = run_narrate("render", "-", "--voice", str(TINY_VOICE), "--episodes-dir", str(tmp_path), *DETERMINISTIC,
                         input=script.stdout)
    assert result.returncode == 0, result.stderr.decode()
    mp3 = Path(result.stdout.decode().split()[0])
    chapters = [c["tags"]["title"] for c in ffprobe(mp3)["chapters"]]
    assert chapters[0] == "Intro" and "Westerse opties" in chapters


@pytest.mark.parametrize("path", GOLDEN + [SEED], ids=lambda p: p.name)
def test_script_round_trips_for_every_golden_article(path):
    options = RenderOptions()
    script = prepare_script([str(path)], options)
    speak = load_speech(options.script.language, options.lexicon)
    assert parse_script(format_script(script, speak), speak) == script


def test_normalize_command():
    result = run_narrate("normalize", "In de 21ste eeuw (1950-1953, red.) kost het $ 1,7 miljard.")
    assert result.returncode == 0, result.stderr.decode()
    spoken = result.stdout.decode()
    assert "eenentwintigste eeuw" in spoken
    assert " tot " in spoken
    assert "red" not in spoken
    assert "miljard dollar" in spoken


def test_normalize_reads_stdin():
    result = run_narrate("normalize", input="Op 4 nov. om 14.30 uur.".encode())
    assert result.returncode == 0
    assert "november" in result.stdout.decode()


def test_three_article_briefing_renders_with_chapters_grouped_per_article(tmp_path):
    import mutagen.mp3
    from mutagen.id3 import CTOCFlags

    articles = [ROOT / "tests" / "data" / "articles" / name for name in
                ("bruzz-kanaal-guillemets.txt", "hln-fietser-mechelen-bom-crlf.txt", "wikipedia-afsluitdijk.txt")]
    titles = [load_article(p).title for p in articles]
    result = run_narrate("render", *map(str, articles), "--voice", str(TINY_VOICE), "--episodes-dir", str(tmp_path),
                         "--no-summary", *DETERMINISTIC)
    assert result.returncode == 0, result.stderr.decode()
    mp3 = Path(result.stdout.decode().split()[0])
    tags = mutagen.mp3.MP3(mp3).tags
    chaps = {c.element_id: c for c in tags.getall("CHAP")}
    tocs = {t.element_id: t for t in tags.getall("CTOC")}
    top = next(t for t in tocs.values() if t.flags & CTOCFlags.TOP_LEVEL)
    top_titles = [str(chaps[i].sub_frames["TIT2"]) for i in top.child_element_ids if i in chaps]
    assert top_titles == ["Intro", *titles, "Outro"]
    nested = [t for t in tocs.values() if not t.flags & CTOCFlags.TOP_LEVEL]
    assert len(nested) == 3
    for toc in nested:
        section_titles = [str(chaps[i].sub_frames["TIT2"]) for i in toc.child_element_ids]
        assert section_titles  # each article's sections sit in its own table
