#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark (not a test): the whole process tree's peak memory of one render, against ``--jobs``.

Run from the repository root with the project's virtual environment::

    .venv/bin/python bench/memory.py

It uses the medium test voice that ``bench/render.py`` uses (building it
the same way if it is missing), prepares it once, then renders the seed
completely (``narrate render --no-cache``: article to MP3 and feed) once at
each of ``--jobs`` 1, 2, 4 and 8, more jobs than cores being fine for
memory. While each runs, the PSS of the render and all its workers is
summed four times a second; the peak counts. PSS, unlike RSS, counts a
page that several processes share once in all, split between them.

The last line is the summary: the peak at each ``--jobs`` and
``per_extra_job_mb``, the most that one job past the first added between
two neighbouring ``--jobs`` values (the cost of one more core's worker).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from common import DATE, NOISE, SEED, VOICE, Run, cpu_description, ensure_voice, prepare_voice


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--voice", type=Path, default=VOICE)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2, 4, 8], help="the --jobs values, rising")
    args = parser.parse_args()
    began = time.perf_counter()
    voice = ensure_voice(args.voice)
    work = Path(tempfile.mkdtemp(prefix="narrate-bench-memory-"))
    try:
        env = {**os.environ, "NARRATE_CACHE_DIR": str(work / "cache"), "NARRATE_VOICES_URL": "http://127.0.0.1:9"}
        print(f"memory: cpu {cpu_description()}")
        print(f"   voice {voice.name} ({voice.stat().st_size / 1e6:.0f} MB) prepared in {prepare_voice(voice, env):.1f} s")
        peaks = [tree_pss(voice, jobs, work, env) for jobs in args.jobs]
        steps = [(after - before) / (j_after - j_before) for (j_before, before), (j_after, after)
                 in zip(zip(args.jobs, peaks), zip(args.jobs[1:], peaks[1:]))]
        print(f"   per job past the first: {', '.join(f'{s:.0f}' for s in steps)} MB between neighbouring --jobs; "
              f"{(peaks[-1] - peaks[0]) / (args.jobs[-1] - args.jobs[0]):.0f} MB on average")
        print(f"   benchmark took {(time.perf_counter() - began) / 60:.1f} min")
        print("memory: " + " ".join(f"jobs={jobs} pss_mb={peak:.0f}" for jobs, peak in zip(args.jobs, peaks))
              + (f" per_extra_job_mb={max(steps):.0f}" if steps else ""))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def tree_pss(voice: Path, jobs: int, work: Path, env: dict) -> float:
    """The peak PSS of one complete render of the seed at ``--jobs jobs``, reported as it is measured."""
    run = Run([sys.executable, "-m", "narrate", "render", str(SEED), "--voice", str(voice), "--quote-voice", str(voice),
               "--episodes-dir", str(work / f"episodes-{jobs}"), "--date", DATE, "--quiet", "--no-cache",
               "--jobs", str(jobs), *NOISE], env)()
    print(f"   --jobs {jobs}: {run.wall:6.1f} s; peak PSS of the tree {run.peak_tree_pss_mb:5.0f} MB "
          f"(RSS {run.peak_tree_mb:5.0f} MB, largest process {run.peak_process_mb:4.0f} MB)", flush=True)
    return run.peak_tree_pss_mb


if __name__ == "__main__":
    sys.exit(main())
