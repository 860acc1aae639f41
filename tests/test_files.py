from __future__ import annotations

import os
import signal

import pytest

from narrate.errors import Terminated
from narrate.files import atomic_path, interrupts_deferred, write_text_atomic


def test_atomic_write_replaces_the_file(tmp_path):
    target = tmp_path / "feed.xml"
    write_text_atomic(target, "old")
    write_text_atomic(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["feed.xml"]


def test_interrupted_write_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "episode.mp3"
    target.write_bytes(b"complete")
    with pytest.raises(KeyboardInterrupt):
        with atomic_path(target) as tmp:
            tmp.write_bytes(b"half")
            raise KeyboardInterrupt
    assert target.read_bytes() == b"complete"
    assert [p.name for p in tmp_path.iterdir()] == ["episode.mp3"]


def _raise_terminated(signum, frame):
    raise Terminated


@pytest.mark.parametrize("signum, raised", [(signal.SIGINT, KeyboardInterrupt), (signal.SIGTERM, Terminated)],
                         ids=["SIGINT", "SIGTERM-as-the-CLI-handles-it"])
def test_a_commit_is_not_cut_in_half_and_the_signal_comes_after(signum, raised):
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    steps = []
    try:
        with pytest.raises(raised) as caught:
            with interrupts_deferred():
                os.kill(os.getpid(), signum)
                steps.append("rest of the commit")
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert steps == ["rest of the commit"] and type(caught.value) is raised
    assert signal.getsignal(signal.SIGTERM) is previous


def test_sigterm_is_left_alone_where_nothing_handles_it():
    previous = signal.signal(signal.SIGTERM, signal.SIG_DFL)  # as in a library caller: it ends the process
    try:
        with interrupts_deferred():
            assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
    finally:
        signal.signal(signal.SIGTERM, previous)
