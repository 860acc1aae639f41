"""Synthesis on real Piper inference (tiny test voices, noise off): clips, sentences, pool, cache."""

from __future__ import annotations

import gc
import shutil
import threading

import numpy as np
import pytest

from narrate.synthesis import executor
from narrate.synthesis.cache import ClipCache
from narrate.synthesis.decoder import CHUNK_FRAMES, ChunkedSession
from narrate.synthesis.engines import PiperEngine
from narrate.errors import VoiceError
from narrate.synthesis.espeak import EspeakEngine
from narrate.cli.progress import AudioProgress
from narrate.synthesis.progress import SilentProgress
from narrate.script.builder import Role, Segment
from narrate.synthesis.synthesize import SynthesisSettings, split_sentences, synthesize_segments
from narrate.voices import CastMember, CastSettings, Voice, VoiceCast, cast_voices

from .conftest import MULTI_VOICE, TINY_VOICE

QUIET = SynthesisSettings(noise_scale=0, noise_w_scale=0)

PARAGRAPHS = [
    "Poetin stuurt soldaten naar het front. Dat zeggen Amerikaanse bronnen.",
    "De Verenigde Staten, Europa en de NAVO spreken van een gevaarlijke escalatie. Kiev vraagt meer wapens.",
    "Defensie-experts twijfelen aan de waarde van de troepen op het slagveld. Ze zijn vaak ondervoed.",
    "Noord-Korea krijgt in ruil technologie en geld van Rusland. Dat baart Zuid-Korea zorgen.",
    "Zuid-Korea overweegt nu om Oekraïne rechtstreeks wapens te leveren. Dat zou een breuk zijn met het verleden.",
    "China houdt zich voorlopig op de vlakte. Peking wil geen partij kiezen.",
    "De oorlog duurt inmiddels bijna drie jaar. Een einde is niet in zicht.",
]


@pytest.fixture(autouse=True, scope="module")
def _own_cache_dir(tmp_path_factory):
    """Prepared voices go to a scratch cache (shared by this module's tests), not the user's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NARRATE_CACHE_DIR", str(tmp_path_factory.mktemp("user-cache")))
        yield


def _segments(paragraphs=PARAGRAPHS, voices=None):
    voices = voices or ["narrator"] * len(paragraphs)
    return [Segment(role=Role.NARRATOR, text=p, spoken=p, voice=v) for p, v in zip(paragraphs, voices)]


def _cast(voice=TINY_VOICE):
    return VoiceCast(CastMember(Voice.load(voice)))


class Counting(SilentProgress):
    """Counts what synthesis reports: sentences made and sentences read from the cache."""

    def __init__(self):
        self.made = self.cached = 0

    def advance(self, chars, seconds, cached=False):
        if cached:
            self.cached += 1
        else:
            self.made += 1


def _render(segments, cast=None, jobs=1, cache=None, settings=QUIET, executor=None):
    progress = Counting()
    clips = list(synthesize_segments(segments, cast or _cast(), settings, jobs=jobs, cache=cache, progress=progress,
                                     executor=executor))
    return clips, progress


def test_split_sentences_keeps_quotes_with_their_sentence():
    assert split_sentences("'Dat klopt niet.' Hij zweeg. Waarom? 12 mensen kwamen!") == [
        "'Dat klopt niet.'", "Hij zweeg.", "Waarom?", "12 mensen kwamen!"]
    assert split_sentences("Een zin zonder punt") == ["Een zin zonder punt"]
    assert split_sentences("bv. een voorbeeld. en nog iets.") == ["bv. een voorbeeld. en nog iets."]


def test_one_clip_per_segment_with_sentence_timing():
    clips, _ = _render(_segments(PARAGRAPHS[:2]))
    assert len(clips) == 2
    for clip, text in zip(clips, PARAGRAPHS[:2]):
        assert clip.sample_rate == 22050
        assert clip.samples.dtype == np.int16
        assert [s.text for s in clip.sentences] == split_sentences(text)
        assert sum(s.num_samples for s in clip.sentences) == len(clip.samples)
        pause = round(22050 * QUIET.sentence_pause_ms / 1000)
        assert [s.pause_samples for s in clip.sentences] == [pause, 0]
        first = clip.sentences[0]
        assert not clip.samples[first.num_samples - pause:first.num_samples].any()  # the pause is silence
        assert clip.duration_s > 1


def test_sentence_pause_is_a_setting():
    short = SynthesisSettings(noise_scale=0, noise_w_scale=0, sentence_pause_ms=0)
    long = SynthesisSettings(noise_scale=0, noise_w_scale=0, sentence_pause_ms=500)
    (a,), _ = _render(_segments(PARAGRAPHS[:1]), settings=short)
    (b,), _ = _render(_segments(PARAGRAPHS[:1]), settings=long)
    assert len(b.samples) - len(a.samples) == round(22050 * 0.5)


def test_speed_changes_duration():
    slow = SynthesisSettings(length_scale=1.5, noise_scale=0, noise_w_scale=0, sentence_pause_ms=0)
    (a,), _ = _render(_segments(PARAGRAPHS[:1]), settings=SynthesisSettings(noise_scale=0, noise_w_scale=0, sentence_pause_ms=0))
    (b,), _ = _render(_segments(PARAGRAPHS[:1]), settings=slow)
    assert 1.3 < len(b.samples) / len(a.samples) < 1.7


def test_audio_does_not_depend_on_the_number_of_jobs():
    jobs = [executor.Job(i, 0, p) for i, p in enumerate(PARAGRAPHS)]
    assert executor.plan_workers(jobs, 2)[0] == 2  # the second run really uses two worker threads
    one, _ = _render(_segments(), jobs=1)
    two, _ = _render(_segments(), jobs=2)
    assert [c.samples.tobytes() for c in one] == [c.samples.tobytes() for c in two]
    assert [c.sentences for c in one] == [c.sentences for c in two]


def test_pool_reports_a_damaged_voice_as_one_error(tmp_path):
    broken = tmp_path / "broken.onnx"
    broken.write_bytes(TINY_VOICE.read_bytes()[:5000])
    shutil.copyfile(TINY_VOICE.with_name(TINY_VOICE.name + ".json"), tmp_path / "broken.onnx.json")
    with pytest.raises(VoiceError, match="broken.onnx.*download it again"):
        _render(_segments(), cast=_cast(broken), jobs=2)


def test_workers_share_one_copy_of_each_voice(monkeypatch):
    loads = []
    real = executor.Synthesizer.engine.__globals__["load_engine"]

    def counted(member, context, threads):
        loads.append(threads)
        return real(member, context, threads)

    monkeypatch.setitem(executor.Synthesizer.engine.__globals__, "load_engine", counted)
    pool = executor.LocalExecutor(jobs=4)
    try:
        _render(_segments(), executor=pool)
        _render(_segments(), executor=pool)
    finally:
        pool.close()
    assert len(loads) == 1  # for four workers and two runs


def test_a_reader_dropped_and_collected_on_a_worker_thread_lets_that_worker_go_on(monkeypatch):
    # A render stopped by Ctrl+C between two clips leaves its clip generator suspended in a reference
    # cycle; the garbage collector may then close it on a synthesis worker, in the middle of a job.
    collect, collected = threading.Event(), threading.Event()
    real_run = executor.Synthesizer.run

    def run(self, job):
        if job.index == 2:
            collect.wait(30)
            gc.collect()
            collected.set()
        return real_run(self, job)

    monkeypatch.setattr(executor.Synthesizer, "run", run)
    pool = executor.LocalExecutor(jobs=1, shared=True)
    gc.disable()  # only the worker collects
    try:
        clips = synthesize_segments(_segments(), _cast(), QUIET, executor=pool)
        next(clips)
        cycle = [clips]
        cycle.append(cycle)
        del clips, cycle
        collect.set()
        assert collected.wait(30), "closing the run on its own worker waited for that worker's job"
    finally:
        gc.enable()
        pool.close()


def test_a_run_given_up_on_starts_no_more_jobs(tmp_path):
    cache = ClipCache(tmp_path / "cache")
    pool = executor.LocalExecutor(jobs=1, shared=True)
    context = executor.WorkContext((_cast().member("narrator"),), QUIET, cache)
    try:
        results = pool.run([executor.Job(i, 0, f"Zin {i}.", key=f"{i:064x}") for i in range(40)], context)
        next(results)
        results.close()
        later = pool.run([executor.Job(0, 0, "Klaar.")], context)
        assert [index for index, _ in later] == [0]
    finally:
        pool.close()
    made = sum(cache.has(f"{i:064x}") for i in range(40))
    # What was started before the close ran to its end; nothing else.
    assert 1 <= made <= executor.WINDOW_PER_WORKER + 1


def test_cache_makes_a_rerender_synthesise_nothing(tmp_path):
    cache = ClipCache(tmp_path / "cache")
    cold, counts = _render(_segments(), cache=cache, jobs=2)
    assert (counts.made, counts.cached) == (14, 0)
    warm, counts = _render(_segments(), cache=cache, jobs=2)
    assert (counts.made, counts.cached) == (0, 14)
    assert [c.samples.tobytes() for c in warm] == [c.samples.tobytes() for c in cold]


def test_editing_one_paragraph_synthesises_only_its_sentences(tmp_path):
    cache = ClipCache(tmp_path / "cache")
    before, _ = _render(_segments(), cache=cache)
    edited = list(PARAGRAPHS)
    edited[3] = "Noord-Korea krijgt in ruil olie en voedsel van Rusland. Dat baart Zuid-Korea zorgen."
    after, counts = _render(_segments(edited), cache=cache)
    assert (counts.made, counts.cached) == (1, 13)  # only the changed sentence
    assert [c.samples.tobytes() for i, c in enumerate(after) if i != 3] == \
        [c.samples.tobytes() for i, c in enumerate(before) if i != 3]
    assert after[3].samples.tobytes() != before[3].samples.tobytes()


def test_a_repeated_sentence_is_synthesised_once(tmp_path):
    paragraphs = ["Advertentie.", PARAGRAPHS[0], "Advertentie.", PARAGRAPHS[1], "Advertentie."]
    clips, counts = _render(_segments(paragraphs), cache=ClipCache(tmp_path / "cache"))
    assert counts.made == 5  # 'Advertentie.' once, and the two paragraphs' four sentences
    assert clips[0].samples.tobytes() == clips[2].samples.tobytes() == clips[4].samples.tobytes()


def test_without_cache_everything_is_synthesised_afresh():
    paragraphs = ["Advertentie.", "Advertentie."]
    _, counts = _render(_segments(paragraphs), cache=None)
    assert counts.made == 2


def test_damaged_cache_entry_is_synthesised_again(tmp_path):
    cache = ClipCache(tmp_path / "cache")
    before, _ = _render(_segments(PARAGRAPHS[:1]), cache=cache)
    for entry in (tmp_path / "cache" / "clips").rglob("*.flac"):
        entry.write_bytes(entry.read_bytes()[:100])
    after, counts = _render(_segments(PARAGRAPHS[:1]), cache=cache)
    assert after[0].samples.tobytes() == before[0].samples.tobytes()


def test_cache_key_covers_voice_speaker_and_settings(tmp_path):
    cache = ClipCache(tmp_path / "cache")
    _render(_segments(PARAGRAPHS[:1]), cache=cache)
    _, other_speed = _render(_segments(PARAGRAPHS[:1]), cache=cache,
                             settings=SynthesisSettings(length_scale=1.2, noise_scale=0, noise_w_scale=0))
    assert other_speed.made == 2
    multi = VoiceCast(CastMember(Voice.load(MULTI_VOICE), 0))
    _render(_segments(PARAGRAPHS[:1]), cast=multi, cache=cache)
    _, other_speaker = _render(_segments(PARAGRAPHS[:1]), cast=VoiceCast(CastMember(Voice.load(MULTI_VOICE), 1)), cache=cache)
    assert other_speaker.made == 2


def test_quote_slots_are_spoken_by_their_cast_member():
    cast = cast_voices(CastSettings(narrator=f"{MULTI_VOICE}:0", quotes=(str(MULTI_VOICE),)), ["narrator", "quote-1"])
    text = [PARAGRAPHS[0]] * 3
    clips, _ = _render(_segments(text, ["narrator", "quote-1", "quote-2"]), cast=cast)
    assert len({c.samples.tobytes() for c in clips}) == 3  # three speakers, three different renditions


def test_voices_of_different_sample_rates_keep_their_own(tmp_path):
    low = tmp_path / "low.onnx"
    shutil.copyfile(TINY_VOICE, low)
    config = TINY_VOICE.with_name(TINY_VOICE.name + ".json").read_text().replace('"sample_rate": 22050', '"sample_rate": 16000')
    (tmp_path / "low.onnx.json").write_text(config)
    cast = VoiceCast(CastMember(Voice.load(TINY_VOICE)), (CastMember(Voice.load(low)),))
    clips, _ = _render(_segments(PARAGRAPHS[:2], ["narrator", "quote-1"]), cast=cast)
    assert [c.sample_rate for c in clips] == [22050, 16000]


def test_espeak_engine_speaks_dutch():
    engine = EspeakEngine()
    samples = engine.synthesize("Goedemorgen, dit is het nieuws van vandaag.")
    assert engine.sample_rate == 22050
    assert samples.dtype == np.int16
    assert 1.5 < len(samples) / engine.sample_rate < 6
    assert np.abs(samples).max() > 1000
    slower = EspeakEngine(length_scale=2.0).synthesize("Goedemorgen, dit is het nieuws van vandaag.")
    assert len(slower) > 1.5 * len(samples)


def test_espeak_fallback_cast_synthesises_through_the_same_pipeline(tmp_path):
    clips, counts = _render(_segments(PARAGRAPHS[:2], ["narrator", "quote-1"]), cast=VoiceCast.espeak(),
                            cache=ClipCache(tmp_path / "cache"))
    assert counts.made == 4
    assert all(c.sample_rate == 22050 and c.duration_s > 1 for c in clips)


def test_progress_counts_seconds_of_audio():
    import io

    out = io.StringIO()
    progress = AudioProgress(stream=out, tty=False)
    clips = list(synthesize_segments(_segments(PARAGRAPHS[:2]), _cast(), QUIET, jobs=1, progress=progress))
    speech = sum(len(c.samples) for c in clips) / 22050 - 2 * QUIET.sentence_pause_ms / 1000
    assert progress.audio_s == pytest.approx(speech, abs=0.01)
    assert out.getvalue().startswith("narrate: 0:")
    assert "4 sentences synthesised, 0 from cache" in out.getvalue()


@pytest.mark.parametrize("voice, speaker", [(TINY_VOICE, None), (MULTI_VOICE, 2)], ids=["single", "multi"])
def test_long_sentences_are_decoded_in_pieces_with_the_same_samples(tmp_path, voice, speaker):
    config = voice.with_name(voice.name + ".json")
    original = PiperEngine(voice, config, QUIET, 1, None)
    pieces = PiperEngine(voice, config, QUIET, 1, tmp_path / "models")
    whole = PiperEngine(voice, config, QUIET, 1, tmp_path / "models")
    assert isinstance(pieces.voice.session, ChunkedSession)
    assert pieces.voice.session.split.decoder.endswith(".decoder2d.onnx")  # the faster 2-D decoder passed its checks
    whole.voice.session.chunk_frames = 10**9
    sentence = ", ".join(p.rstrip(".") for p in PARAGRAPHS[:5]).replace(". ", ", ") + "."
    expected = whole.synthesize(sentence, speaker)
    assert len(expected) > 2 * CHUNK_FRAMES * 256  # three pieces or more
    assert np.array_equal(pieces.synthesize(sentence, speaker), expected)
    # Piper's own graph gives the same samples, but for a rare last-bit rounding.
    reference = original.synthesize(sentence, speaker)
    difference = np.abs(reference.astype(np.int32) - expected)
    assert difference.max() <= 1
    assert np.count_nonzero(difference) < len(reference) / 100


def test_progress_bar_shows_audio_seconds_rate_and_eta():
    import io

    now = [0.0]
    out = io.StringIO()
    progress = AudioProgress(stream=out, tty=True, clock=lambda: now[0])
    progress.start(total_chars=3000, synth_chars=2000)
    now[0] = 5.0
    progress.advance(1000, 60.0, cached=True)  # a third of the text, from the cache: 60 s of audio
    now[0] = 10.0
    progress.advance(1000, 60.0)  # another third, synthesised
    bar = out.getvalue().rsplit("\r\033[K", 1)[-1]
    assert bar.startswith("Synthesising ")
    assert "2:00 / ~3:00 of audio" in bar  # the remaining third estimated at the speech rate so far
    assert "12.0× real time" in bar  # 120 s of audio in 10 s
    assert "ETA 0:10" in bar  # 1000 of 2000 characters to synthesise took 10 s
    progress.finish()
    assert out.getvalue().endswith("1 sentences synthesised, 1 from cache\n")
