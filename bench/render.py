#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark (not a test): narrate's synthesis against plain Piper, on a medium voice.

Run from the repository root with the project's virtual environment::

    .venv/bin/python bench/render.py

It uses ``bench/voices/nl_BE-test-medium.onnx`` (the real Piper "medium"
architecture with random weights, so the same cost as any ``*-medium``
voice), building it first with ``tests/fixtures/make_voice.py`` if it is
missing. That needs torch and piper's training code, which narrate itself
never does: in the Python that ``NARRATE_BENCH_TORCH_PYTHON`` names, else in
a virtual environment of its own, ``bench/.torch-venv`` (git-ignored), made
on first use. It prints the CPU model and its instruction sets, then, in
one run, side by side, each as its own process timed by wall clock:

a. plain Piper (``python -m piper``) speaking the seed's script, line by line;
b. narrate, cold (empty sentence cache): the seed from article to clips
   (a and b alternate twice; the faster run of each counts);
c. narrate again, warm;
d. narrate after one paragraph of the seed was edited;
e. peak memory (largest process, and the whole process tree) during f;
f. a briefing of about 1.5 hours (the seed over and over, cache off) against b,
   per second of audio;
g. one complete ``narrate render`` (warm cache): what assembly, mastering,
   encoding and publishing add after synthesis;
h. one complete ``narrate render``, cold (empty sentence cache): article to
   MP3 and feed, per second of the episode, against a.

b-f run narrate's render up to the finished clips (script, cast, worker pool,
cache: everything this benchmark is about) and drop the clips, as
``narrate render`` hands them to assembly; g reports the rest separately.
The voice is prepared once first (as ``narrate voices download``/``add`` do), and narrate's
modules are compiled to bytecode (as installing the wheel does).
RTF is wall-clock seconds per second of speech. The last line is the summary:
``ratio`` is b over a, ``e2e`` h over a (both per second of audio),
``warm`` and ``edit`` c and d over b, ``briefing_per_s`` f over b per
second, ``peak_rss_mb`` the largest process and ``tree_pss_mb`` the whole
tree's PSS during f. ``bench/memory.py`` measures memory against ``--jobs``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import re
import shutil
import sys
import tempfile
import time
import wave
from pathlib import Path

from common import (DATE, NOISE, SEED, VOICE, Run, compile_narrate, cpu_description, ensure_voice, episode_seconds,
                    prepare_voice)

ROUNDS = 2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--voice", type=Path, default=VOICE)
    parser.add_argument("--briefing-minutes", type=float, default=90)
    parser.add_argument("--no-full-render", action="store_true",
                        help="skip g and h (they master and encode the seed), and so e2e")
    parser.add_argument("--stage", nargs="+", help=argparse.SUPPRESS)  # internal: run b-f's narrate part
    parser.add_argument("--no-cache", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        return synthesis_stage(args.stage, args.voice, cache=not args.no_cache)
    return benchmark(args)


def synthesis_stage(inputs: list[str], voice: Path, cache: bool) -> int:
    """What ``narrate render`` does up to the clips, in this process (and its worker pool)."""
    from narrate.pipeline import Flags, prepare_script, render_options, voices_dir_or_default
    from narrate.settings import Settings
    from narrate.synthesis import ClipCache, synthesize_segments
    from narrate.voices import CastSettings, cast_voices

    options = render_options(Settings(), Flags(voice=str(voice), quote_voices=(str(voice),), noise_scale=0.0,
                                               noise_w=0.0, date=dt.date.fromisoformat(DATE)))
    script = prepare_script(inputs, options)
    segments = script.segments()
    cast = cast_voices(CastSettings(narrator=options.voice, quotes=options.quote_voices,
                                    voices_dir=voices_dir_or_default(options.voices_dir)), [s.voice for s in segments])
    speech = 0.0
    for clip in synthesize_segments(segments, cast, options.synthesis, cache=ClipCache.load() if cache else None):
        speech += sum(s.num_samples - s.pause_samples for s in clip.sentences) / clip.sample_rate
    print(json.dumps({"speech_s": speech}))
    return 0


def benchmark(args) -> int:
    began = time.perf_counter()
    voice = ensure_voice(args.voice)
    compile_narrate()
    work = Path(tempfile.mkdtemp(prefix="narrate-bench-"))
    try:
        env = {**os.environ, "NARRATE_CACHE_DIR": str(work / "cache"), "NARRATE_VOICES_URL": "http://127.0.0.1:9"}
        python = sys.executable
        print(f"bench: cpu {cpu_description()}")
        print(f"bench: voice {voice.name} ({voice.stat().st_size / 1e6:.0f} MB), work dir {work}")
        print(f"   voice preparation (once per voice, as at download): {prepare_voice(voice, env):.1f} s")

        text = work / "seed-spoken.txt"
        text.write_text(spoken_text([str(SEED)]), encoding="utf-8")
        wav = work / "piper.wav"
        stage = [python, str(Path(__file__).resolve()), "--voice", str(voice), "--stage"]
        # a and b alternate, twice, and the faster of each counts: other load on the machine comes and goes.
        a_runs, b_runs = [], []
        for _ in range(ROUNDS):
            a_runs.append(Run([python, "-m", "piper", "-m", str(voice), "-i", str(text), "-f", str(wav), *NOISE], env)())
            clear_clips(work / "cache")
            b_runs.append(Run([*stage, str(SEED)], env)())
        a, b = min(a_runs, key=lambda r: r.wall), min(b_runs, key=lambda r: r.wall)
        a_audio = _wav_seconds(wav)
        piper_rtf = a.wall / a_audio
        print(f"a. plain piper:        {a.wall:7.1f} s for {a_audio:7.1f} s of speech  RTF {piper_rtf:.4f}  (1.00×)"
              f"   runs: {', '.join(f'{r.wall:.1f}' for r in a_runs)} s")
        b_audio = b.json()["speech_s"]
        narrate_rtf = b.wall / b_audio
        print(f"b. narrate, cold:      {b.wall:7.1f} s for {b_audio:7.1f} s of speech  RTF {narrate_rtf:.4f}  "
              f"({narrate_rtf / piper_rtf:.2f}× piper)   runs: {', '.join(f'{r.wall:.1f}' for r in b_runs)} s")

        c = Run([*stage, str(SEED)], env)()
        print(f"c. narrate, warm:      {c.wall:7.1f} s  = {c.wall / b.wall:.3f} of b  ({c.wall / b_audio / piper_rtf:.3f}× piper)")

        edited, changed = edit_one_paragraph(SEED, work / "edited.txt")
        d = Run([*stage, str(edited)], env)()
        print(f"d. narrate, 1 paragraph edited ({changed} sentences): {d.wall:5.1f} s = {d.wall / b.wall:.3f} of b  "
              f"({d.wall / b_audio / piper_rtf:.3f}× piper)")

        copies = max(2, math.ceil(args.briefing_minutes * 60 / b_audio))
        f = Run([*stage, *[str(SEED)] * copies, "--no-cache"], env)()
        f_audio = f.json()["speech_s"]
        f_rtf = f.wall / f_audio
        print(f"f. briefing, seed ×{copies}, cache off: {f.wall:6.1f} s for {f_audio / 3600:.2f} h of speech  RTF {f_rtf:.4f}  "
              f"({f_rtf / narrate_rtf:.2f}× b per second, {f_rtf / piper_rtf:.2f}× piper)")
        print(f"e. peak memory during f: largest process {f.peak_process_mb:.0f} MB, whole process tree "
              f"{f.peak_tree_mb:.0f} MB RSS, {f.peak_tree_pss_mb:.0f} MB PSS "
              f"(one process: main and {min(os.cpu_count() or 1, 64)} worker threads)")

        e2e = ""
        if not args.no_full_render:
            render = [python, "-m", "narrate", "render", str(SEED), "--voice", str(voice), "--quote-voice", str(voice),
                      "--date", DATE, "--quiet", *NOISE]
            g = Run([*render, "--episodes-dir", str(work / "episodes-warm")], env)()
            print(f"g. full narrate render, warm: {g.wall:6.1f} s (RTF {g.wall / b_audio:.4f}): after synthesis, "
                  f"assembly + mastering + encoding + publishing take {g.wall - c.wall:.1f} s, "
                  f"{(g.wall - c.wall) / b_audio / piper_rtf:.2f}× plain piper's whole time per second")
            clear_clips(work / "cache")
            h = Run([*render, "--episodes-dir", str(work / "episodes-cold")], env)()
            h_audio = episode_seconds(work / "episodes-cold")
            e2e_rtf = h.wall / h_audio
            print(f"h. full narrate render, cold: {h.wall:6.1f} s for {h_audio:7.1f} s of episode (MP3 and feed)  "
                  f"RTF {e2e_rtf:.4f}  ({e2e_rtf / piper_rtf:.2f}× piper writing a WAV)")
            e2e = f" e2e={e2e_rtf / piper_rtf:.2f}"

        print(f"   benchmark took {(time.perf_counter() - began) / 60:.1f} min")
        print(f"bench: piper_rtf={piper_rtf:.3f} narrate_rtf={narrate_rtf:.3f} ratio={narrate_rtf / piper_rtf:.2f}"
              f"{e2e} warm={c.wall / b.wall:.2f} edit={d.wall / b.wall:.2f} briefing_per_s={f_rtf / narrate_rtf:.2f} "
              f"peak_rss_mb={f.peak_process_mb:.0f} tree_pss_mb={f.peak_tree_pss_mb:.0f}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def clear_clips(cache_dir: Path) -> None:
    """An empty sentence cache; the prepared voice stays."""
    from narrate.synthesis import ClipCache

    ClipCache(cache_dir).clear()


def spoken_text(inputs: list[str]) -> str:
    """The seed's script as narrate speaks it, one segment a line, for plain Piper."""
    from narrate.pipeline import Flags, prepare_script, render_options
    from narrate.settings import Settings

    script = prepare_script(inputs, render_options(Settings(), Flags(date=dt.date.fromisoformat(DATE))))
    return "".join(segment.spoken.replace("\n", " ") + "\n" for segment in script.segments() if segment.spoken.strip())


def edit_one_paragraph(seed: Path, out: Path) -> tuple[Path, int]:
    """The seed with every sentence of one long paragraph in the middle changed."""
    text = seed.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if len(p) > 300]
    target = paragraphs[len(paragraphs) // 2]
    sentences = re.split(r"(?<=[.!?])\s+", target.strip())
    changed = " ".join(s[:-1] + ", volgens de redactie" + s[-1] if s[-1:] in ".!?" else s for s in sentences)
    out.write_text(text.replace(target, changed, 1), encoding="utf-8")
    return out, len(sentences)


def _wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as wav:
        return wav.getnframes() / wav.getframerate()


if __name__ == "__main__":
    sys.exit(main())
