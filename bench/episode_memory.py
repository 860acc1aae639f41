"""Memory and time of producing an episode (assembly, mastering, encoding, files) as episodes grow.

Each length runs in its own process, fed synthetic speech-like clips as a
generator (as synthesis feeds them), and reports its peak resident memory
and wall time. Memory should stay flat: the clips go to a spool file and
mastering and encoding work in blocks.

    .venv/bin/python bench/episode_memory.py 2 10 30     # minutes of audio
"""

from __future__ import annotations

import datetime as dt
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def child(minutes: float) -> None:
    import numpy as np
    from scipy.signal import butter, sosfilt

    from narrate.audio import AudioSettings
    from narrate.publish import Credits, produce_episode
    from narrate.script.builder import Chapter, Role, Script, Segment
    from narrate.synthesis.synthesize import Clip, SentenceAudio

    rate, seconds = 22050, 6.0
    count = int(minutes * 60 / (seconds + 0.6))
    lowpass = butter(4, 3500, fs=rate, output="sos")

    def clips():
        rng = np.random.default_rng(0)
        t = np.arange(int(seconds * rate)) / rate
        envelope = (np.sin(2 * np.pi * 3.3 * t) > -0.2) * (0.6 + 0.4 * np.sin(2 * np.pi * 0.25 * t))
        for _ in range(count):
            audio = sosfilt(lowpass, rng.standard_normal(len(t))) * envelope * 6000
            samples = audio.astype(np.int16)
            half = len(samples) // 2
            yield Clip(samples, rate, [SentenceAudio("Een zin.", half), SentenceAudio("Nog een.", len(samples) - half)])

    segments = [Segment(Role.NARRATOR, "Een zin. Nog een.", "Een zin. Nog een.", pause_ms=600) for _ in range(count)]
    chapters = [Chapter(f"Hoofdstuk {i + 1}", segments[i::10]) for i in range(10)]
    ordered = [s for c in chapters for s in c.segments]
    assert len(ordered) == count
    script = Script("Bench", dt.date(2026, 11, 28), chapters)
    with tempfile.TemporaryDirectory() as directory:
        start = time.perf_counter()
        episode = produce_episode(script, clips(), Path(directory), Credits(), AudioSettings(chapter_images=False))
        elapsed = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{minutes:6.1f} min  {episode.duration_s / 60:6.1f} min audio  peak RSS {peak_mib:7.1f} MiB  "
          f"{elapsed:6.1f} s ({episode.duration_s / elapsed:5.1f}x real time)  {episode.loudness_lufs} LUFS", flush=True)


def main(args: list[str]) -> None:
    if args and args[0] == "--child":
        child(float(args[1]))
        return
    for minutes in args or ["2", "10"]:
        subprocess.run([sys.executable, __file__, "--child", minutes], check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
