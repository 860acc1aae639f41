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


def test_entries_read_ahead_come_back_in_turn_out_of_turn_and_damaged(tmp_path):
    from narrate.synthesis.prefetch import AHEAD, CacheReader

    cache = ClipCache(tmp_path)
    keys = [clip_key(text=f"Zin {n}.") for n in range(AHEAD * 2 + 3)]
    for n, key in enumerate(keys):
        cache.put(key, _noise(2000 + n, seed=n), 22050)
    damaged = keys[AHEAD + 5]
    cache._path(damaged).write_bytes(b"fLaC and then nothing")
    reader = CacheReader(cache, keys, threads=2)
    # Out of turn (the render asked for a sentence not next in the plan): read on the spot, the order kept.
    assert np.array_equal(reader.get(keys[-1]), _noise(2000 + len(keys) - 1, seed=len(keys) - 1))
    for n, key in enumerate(keys):
        got = reader.get(key)
        if key == damaged:
            assert got is None and not cache.has(key)
        else:
            assert np.array_equal(got, _noise(2000 + n, seed=n))
    reader.close()
    assert reader.get(keys[0]) is not None  # after close, a plain read


def test_a_reader_closed_half_way_starts_no_more_reads(tmp_path):
    from narrate.synthesis.prefetch import CacheReader

    cache = ClipCache(tmp_path)
    keys = [clip_key(text=f"Zin {n}.") for n in range(40)]
    for key in keys:
        cache.put(key, _noise(500), 22050)
    reader = CacheReader(cache, keys, threads=2)
    reader.get(keys[0])
    assert reader._pool is not None
    reader.close()
    assert reader._pool is None and not reader._pending
