"""The clip cache: FLAC entries, damaged entries, concurrent writers, `narrate cache info|clear`."""

from __future__ import annotations

import multiprocessing
import time

import numpy as np
from click.testing import CliRunner

from narrate.synthesis.cache import ClipCache, clip_key
from narrate.cli import cli

KEY = clip_key(text="Goedemorgen.")


def _noise(n: int, seed: int = 1) -> np.ndarray:
    return (np.random.default_rng(seed).standard_normal(n) * 4000).astype(np.int16)


def test_entries_are_flac_and_read_back_exactly(tmp_path):
    cache = ClipCache(tmp_path)
    samples = _noise(22050)
    cache.put(KEY, samples, 22050)
    (entry,) = (tmp_path / "clips").rglob("*.flac")
    assert entry.read_bytes()[:4] == b"fLaC"
    assert entry.stat().st_size < samples.nbytes
    assert np.array_equal(cache.get(KEY), samples)
    assert cache.get(clip_key(text="Goedenavond.")) is None


def test_silent_sentence_is_cached_too(tmp_path):
    cache = ClipCache(tmp_path)
    cache.put(KEY, np.zeros(0, dtype=np.int16), 22050)
    assert cache.has(KEY)
    assert len(cache.get(KEY)) == 0


def test_damaged_entry_is_a_miss_and_goes_away(tmp_path):
    cache = ClipCache(tmp_path)
    cache.put(KEY, _noise(22050), 22050)
    (entry,) = (tmp_path / "clips").rglob("*.flac")
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])
    assert cache.get(KEY) is None
    assert not entry.exists()


def _write_repeatedly(root: str, seed: int, writes: int) -> None:
    cache = ClipCache(root)
    samples = _noise(44100, seed)
    for _ in range(writes):
        cache.put(KEY, samples, 22050)


def test_concurrent_writers_never_expose_half_an_entry(tmp_path):
    # Two renders store the same sentence at once (their audio differs, as it would with noise on);
    # a reader must always get one of them whole.
    versions = {_noise(44100, seed).tobytes() for seed in (1, 2)}
    start = multiprocessing.get_context("fork")
    writers = [start.Process(target=_write_repeatedly, args=(str(tmp_path), seed, 150)) for seed in (1, 2)]
    for writer in writers:
        writer.start()
    cache = ClipCache(tmp_path)
    reads = 0
    deadline = time.monotonic() + 60
    while any(w.is_alive() for w in writers) and time.monotonic() < deadline:
        samples = cache.get(KEY)
        if samples is not None:
            assert samples.tobytes() in versions
            reads += 1
        else:
            assert reads == 0, "once written, an entry is never missing or unreadable"
    for writer in writers:
        writer.join(10)
        assert writer.exitcode == 0
    assert reads > 5
    assert cache.get(KEY).tobytes() in versions
    assert not [p for p in (tmp_path / "clips").rglob("*") if p.is_file() and p.suffix != ".flac"]


def test_voice_digest_is_remembered(tmp_path):
    voice = tmp_path / "voice.onnx"
    voice.write_bytes(b"model one")
    cache = ClipCache(tmp_path / "cache")
    first = cache.file_digest(voice)
    assert first == cache.file_digest(voice)
    voice.write_bytes(b"model two, longer")
    assert cache.file_digest(voice) != first


def test_cache_info_and_clear_commands(tmp_path):
    cache = ClipCache(tmp_path / "cache")
    for n in range(3):
        cache.put(clip_key(text=f"zin {n}"), _noise(8000, n), 22050)
    env = {"NARRATE_CACHE_DIR": str(tmp_path / "cache")}
    info = CliRunner().invoke(cli, ["cache", "info"], env=env)
    assert info.exit_code == 0, info.output
    assert "sentences: 3" in info.output and str(tmp_path / "cache") in info.output
    cleared = CliRunner().invoke(cli, ["cache", "clear"], env=env)
    assert cleared.exit_code == 0 and "removed 3 cached sentences" in cleared.output
    assert "sentences: 0" in CliRunner().invoke(cli, ["cache", "info"], env=env).output
    assert cache.get(clip_key(text="zin 0")) is None
