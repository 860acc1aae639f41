from __future__ import annotations

import pytest

from narrate.files import atomic_path, write_text_atomic


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
