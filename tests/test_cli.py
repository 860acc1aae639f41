"""The command line: help everywhere, and bad input as one line that says what to do."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from narrate import __version__
from narrate.cli import cli

from .conftest import SEED, TINY_VOICE, run_narrate


def _all_commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield prefix + (name,)
        if isinstance(command, click.Group):
            yield from _all_commands(command, prefix + (name,))


@pytest.mark.parametrize("command", list(_all_commands(cli)), ids=" ".join)
def test_every_command_has_help(command):
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    assert cli.get_command(None, command[0]).help


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


@pytest.mark.parametrize("args, start, command", [
    (["render", str(SEED), "--bogus"], "Error: No such option '--bogus'", "narrate render"),
    (["render"], "Error: Missing argument 'ARTICLE...'", "narrate render"),
    (["voices", "download"], "Error: Missing argument 'ID...'", "narrate voices download"),
    (["--bogus"], "Error: No such option '--bogus'", "narrate"),
    (["renderr"], "Error: No such command 'renderr'", "narrate"),
], ids=["unknown-option", "missing-argument", "missing-argument-nested", "unknown-group-option", "unknown-command"])
def test_usage_error_is_one_line_that_points_at_the_help(args, start, command):
    result = run_narrate(*args)
    lines = result.stderr.decode().splitlines()
    assert result.returncode == 2 and result.stdout == b""
    assert len(lines) == 1 and lines[0].startswith(start), lines
    assert lines[0].endswith(f"(try '{command} --help')"), lines


def test_options_read_from_environment(tmp_path):
    result = CliRunner().invoke(cli, ["render", str(SEED)], env={"NARRATE_VOICE": str(tmp_path / "nope.onnx")})
    assert result.exit_code != 0
    assert "nope.onnx" in result.output


def _assert_clean_failure(result, episodes, *words):
    stderr = result.stderr.decode()
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert result.returncode != 0
    assert len(lines) == 1, stderr
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in stderr
    for word in words:
        assert word in lines[0]
    leftovers = [p.name for p in episodes.iterdir()] if episodes.exists() else []
    assert leftovers == []


def test_missing_article(tmp_path):
    episodes = tmp_path / "episodes"
    result = run_narrate("render", str(tmp_path / "missing.txt"), "--voice", str(TINY_VOICE), "--episodes-dir", str(episodes))
    _assert_clean_failure(result, episodes, "does not exist", "missing.txt")


@pytest.mark.parametrize("content", [b"", b"   \n\n \t\n"], ids=["empty", "whitespace"])
def test_empty_article(tmp_path, content):
    article = tmp_path / "empty.txt"
    article.write_bytes(content)
    episodes = tmp_path / "episodes"
    result = run_narrate("render", str(article), "--voice", str(TINY_VOICE), "--episodes-dir", str(episodes))
    _assert_clean_failure(result, episodes, "is empty", "title and body")


def test_missing_voice(tmp_path):
    episodes = tmp_path / "episodes"
    result = run_narrate("render", str(SEED), "--voices-dir", str(tmp_path / "voices"), "--episodes-dir", str(episodes),
                         "--no-fallback")
    _assert_clean_failure(result, episodes, "nl_BE-nathalie-medium", "--voice")


def test_voice_without_config(tmp_path):
    model = tmp_path / "lonely.onnx"
    model.write_bytes(TINY_VOICE.read_bytes())
    episodes = tmp_path / "episodes"
    result = run_narrate("render", str(SEED), "--voice", str(model), "--episodes-dir", str(episodes))
    _assert_clean_failure(result, episodes, "lonely.onnx.json")


def test_corrupt_voice(tmp_path):
    model = tmp_path / "broken.onnx"
    model.write_bytes(TINY_VOICE.read_bytes()[:5000])
    (tmp_path / "broken.onnx.json").write_bytes(TINY_VOICE.with_name(TINY_VOICE.name + ".json").read_bytes())
    episodes = tmp_path / "episodes"
    result = run_narrate("render", str(SEED), "--voice", str(model), "--episodes-dir", str(episodes))
    _assert_clean_failure(result, episodes, "broken.onnx", "download it again")


def test_failed_render_keeps_the_existing_feed(rendered_seed, tmp_path):
    before = {p.name: p.read_bytes() for p in rendered_seed["dir"].iterdir()}
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run_narrate("render", str(empty), "--voice", str(TINY_VOICE), "--episodes-dir", str(rendered_seed["dir"]))
    assert result.returncode != 0
    after = {p.name: p.read_bytes() for p in rendered_seed["dir"].iterdir()}
    assert after == before


def test_a_librarys_warning_is_not_shown_but_narrates_own_are():
    import warnings

    from narrate.cli.app import quiet_library_warnings

    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        quiet_library_warnings()
        warnings.warn_explicit("old key type", UserWarning, "misc.py", 32, module="asyncssh.crypto.misc")
        warnings.warn_explicit("bad lexicon line", UserWarning, "lexicon.py", 7, module="narrate.script.lexicon")
    assert [str(w.message) for w in seen] == ["bad lexicon line"]
