# SPDX-License-Identifier: GPL-3.0-or-later
"""What the benchmarks share: where things are, the fixed render settings, the voice and process trees.

The benchmarks run as scripts (``.venv/bin/python bench/render.py``), which
puts ``bench/`` first on ``sys.path``: they import this as ``common``.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "poetin-noord-korea.txt"
VOICE = ROOT / "bench" / "voices" / "nl_BE-test-medium.onnx"
TORCH_PYTHON = os.environ.get("NARRATE_BENCH_TORCH_PYTHON", "/work/voicevenv/bin/python")
DATE = "2026-11-28"
NOISE = ["--noise-scale", "0", "--noise-w", "0"]


def ensure_voice(voice: Path) -> Path:
    if voice.is_file() and voice.with_name(voice.name + ".json").is_file():
        return voice
    print(f"bench: building {voice} with {TORCH_PYTHON} (a few minutes)…", flush=True)
    subprocess.run([TORCH_PYTHON, str(ROOT / "tests" / "fixtures" / "make_voice.py"), "--size", "medium",
                    "--speakers", "1", "--seed", "1234", "--out", str(voice)], check=True)
    return voice


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, []))
    return found
