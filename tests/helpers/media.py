"""Reading finished episodes back with third-party tools: loudness (ffmpeg) and transcript cues."""

from __future__ import annotations

import re
import subprocess


def ebur128(path) -> tuple[float, float]:
    """Integrated loudness and true peak as ffmpeg's ebur128 filter measures them."""
    out = subprocess.run(["ffmpeg", "-nostats", "-hide_banner", "-i", str(path), "-af", "ebur128=peak=true",
                          "-f", "null", "-"], capture_output=True, text=True).stderr
    summary = out[out.rindex("Summary:"):]
    integrated = float(summary.split("I:")[1].split("LUFS")[0])
    peak = float(summary.split("Peak:")[1].split("dBFS")[0])
    return integrated, peak


def parse_cues(text: str, separator: str = ".") -> list[dict]:
    """Cues of a VTT or SRT file: start and end in ms, speaker (from <v …>) and text."""
    cues = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        timing = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if timing is None:
            continue
        start, end = (_ms(part.strip(), separator) for part in lines[timing].split("-->"))
        body = "\n".join(lines[timing + 1:])
        voice = re.match(r"<v ([^>]+)>", body)
        cues.append({"start": start, "end": end, "speaker": voice.group(1) if voice else None,
                     "text": re.sub(r"<[^>]+>", "", body)})
    return cues


def _ms(stamp: str, separator: str) -> int:
    hours, minutes, rest = stamp.split(":")
    seconds, millis = rest.split(separator)
    return ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(millis)
