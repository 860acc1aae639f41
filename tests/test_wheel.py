"""narrate installed from its wheel, as a user installs a command-line tool, works from any folder.

The wheel is built once per test session and installed into a fresh virtual
environment; every command then runs from an empty folder with an empty
HOME, so nothing of the checkout (its voices/, its lexicon, narrate.toml)
can help.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import urllib.request
import venv
from pathlib import Path

import pytest

from narrate.script import load_speech

from .conftest import ROOT, TINY_VOICE

SENTENCE = "Pyongyang en Xi Jinping: op 4 nov. om 14.30 uur"
ARTICLE = """Nieuwe brug over de Schelde opent in 2027

De Vlaamse regering heeft dinsdag groen licht gegeven voor een nieuwe brug over de Schelde.

"Dit is een goede dag voor Antwerpen", zei minister Lydia Peeters. De werken beginnen volgend jaar.
"""


@pytest.fixture(scope="session")
def installed(tmp_path_factory) -> dict:
    """A fresh venv with narrate installed from a wheel built by ``python -m build``, and an empty HOME."""
    where = tmp_path_factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(where / "dist"), str(ROOT)],
                           capture_output=True, text=True, timeout=900)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    (wheel,) = (where / "dist").glob("narrate-*.whl")
    venv.create(where / "venv", with_pip=True)
    python = where / "venv" / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], capture_output=True, text=True,
                             timeout=1200)
    assert install.returncode == 0, install.stderr[-3000:]
    home = where / "home"
    home.mkdir()
    env = {"PATH": f"{python.parent}{os.pathsep}/usr/bin{os.pathsep}/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    return {"narrate": str(python.parent / "narrate"), "env": env, "home": home, "root": where}


def run(installed: dict, folder: Path, *args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    folder.mkdir(exist_ok=True)
    return subprocess.run([installed["narrate"], *args], cwd=folder, env=installed["env"], capture_output=True,
                          text=True, timeout=timeout)


def test_the_wheel_normalizes_with_the_shipped_lexicon(installed):
    result = run(installed, installed["root"] / "empty-1", "normalize", SENTENCE)
    assert result.returncode == 0, result.stderr
    # Exactly what the checkout says, lexicon respellings included.
    assert result.stdout.strip() == load_speech("nl-BE")(SENTENCE)
    assert result.stdout.startswith("Pjongjang")


def test_the_wheel_installs_voices_for_the_user_and_renders_from_any_folder(installed):
    first = installed["root"] / "empty-2"
    added = run(installed, first, "voices", "add", str(TINY_VOICE))
    assert added.returncode == 0, added.stderr
    user_voices = installed["home"] / ".local" / "share" / "narrate" / "voices"
    assert (user_voices / TINY_VOICE.name).is_file()
    assert not (first / "voices").exists()
    listed = run(installed, installed["root"] / "empty-3", "voices", "list")
    assert "nl_BE-test-tiny" in listed.stdout and str(user_voices) in listed.stdout

    second = installed["root"] / "empty-4"
    second.mkdir()
    (second / "artikel.txt").write_text(ARTICLE, encoding="utf-8")
    rendered = run(installed, second, "render", "artikel.txt", "--voice", "nl_BE-test-tiny",
                   "--quote-voice", "nl_BE-test-tiny", "--quiet")
    assert rendered.returncode == 0, rendered.stderr
    assert list((second / "episodes").glob("*.mp3")) and (second / "episodes" / "feed.xml").is_file()
    assert not (second / "voices").exists()


def test_the_wheel_serves_its_web_page(installed):
    folder = installed["root"] / "empty-5"
    (folder / "episodes").mkdir(parents=True)
    process = subprocess.Popen([installed["narrate"], "serve", "--port", "0"], cwd=folder, env=installed["env"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = None
        for line in process.stdout:
            match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
            if match:
                url = match.group(1)
                break
        assert url, process.stderr.read()
        page = urllib.request.urlopen(url, timeout=10).read().decode()
        assert "<html" in page.lower()
        script = urllib.request.urlopen(url + "web/app.js", timeout=10)
        assert script.status == 200
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=20)
