"""Voices on disk, the cast per voice slot, and `narrate voices list|add|info`."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from narrate.cli import cli
from narrate.errors import VoiceError
from narrate.synthesis import add_voice
from narrate.voices import (CastMember, CastSettings, EspeakVoice, Voice, VoiceCast, VoiceDownloadError, VoiceUnavailable,
                            cast_voices, installed_voices)

from .conftest import MULTI_VOICE, TINY_VOICE

QUOTE_SLOTS = ["narrator", "quote-1", "quote-2", "quote-3"]


@pytest.fixture(autouse=True, scope="module")
def _own_cache_dir(tmp_path_factory):
    """Prepared voices go to a scratch cache (shared by this module's tests), not the user's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NARRATE_CACHE_DIR", str(tmp_path_factory.mktemp("user-cache")))
        yield


def _install(voice, directory, name=None):
    directory.mkdir(parents=True, exist_ok=True)
    name = name or voice.name
    shutil.copyfile(voice, directory / name)
    shutil.copyfile(voice.with_name(voice.name + ".json"), directory / f"{name}.json")
    return directory / name


def test_voice_reads_its_config():
    voice = Voice.load(MULTI_VOICE)
    assert (voice.id, voice.sample_rate, voice.num_speakers, voice.language) == ("nl_BE-test-tiny-multi", 22050, 3, "nl_BE")
    assert voice.speaker_id(None) == 0
    assert voice.speaker_id("2") == 2
    assert voice.speaker_id("speaker_1") == 1
    with pytest.raises(VoiceError, match="choose 0 to 2"):
        voice.speaker_id("7")
    with pytest.raises(VoiceError, match="only one speaker"):
        Voice.load(TINY_VOICE).speaker_id("1")


def test_multi_speaker_voice_serves_narrator_and_quotes():
    settings = CastSettings(narrator=f"{MULTI_VOICE}:0", quotes=(str(MULTI_VOICE),))
    cast = cast_voices(settings, QUOTE_SLOTS)
    assert cast.narrator.speaker_id == 0
    assert [cast.member(slot).speaker_id for slot in QUOTE_SLOTS] == [0, 1, 2, 1]
    assert cast.labels(QUOTE_SLOTS) == ["nl_BE-test-tiny-multi:0", "nl_BE-test-tiny-multi:1", "nl_BE-test-tiny-multi:2"]


def test_quote_voices_wrap_around_in_order():
    settings = CastSettings(narrator=str(TINY_VOICE), quotes=(f"{MULTI_VOICE}:2", str(TINY_VOICE)))
    cast = cast_voices(settings, QUOTE_SLOTS)
    assert [cast.member(s).label for s in QUOTE_SLOTS] == [
        "nl_BE-test-tiny", "nl_BE-test-tiny-multi:2", "nl_BE-test-tiny", "nl_BE-test-tiny-multi:2"]


def test_quote_voice_is_only_looked_up_when_the_script_has_quotes(tmp_path):
    settings = CastSettings(narrator=str(TINY_VOICE), quotes=("nl_BE-rdh-medium",), voices_dir=tmp_path)
    cast = cast_voices(settings, ["narrator"], downloader=_refuse)
    assert cast.quotes == ()
    assert cast.member("quote-1") == cast.narrator


def _refuse(voice_id, where):
    raise VoiceDownloadError("cannot download x: connection refused; check your internet connection", "connection refused")


def test_missing_narrator_falls_back_to_espeak_with_a_loud_warning(tmp_path):
    alarms, notes = [], []
    settings = CastSettings(voices_dir=tmp_path)
    cast = cast_voices(settings, QUOTE_SLOTS, downloader=_refuse, warn=notes.append, alarm=alarms.append)
    assert cast.engine == "espeak-ng"
    assert isinstance(cast.narrator.voice, EspeakVoice)
    assert cast.member("quote-1").label != cast.narrator.label
    (alarm,) = alarms
    assert "espeak-ng" in alarm and "connection refused" in alarm
    assert "nl_BE-nathalie-medium is not installed and could not be downloaded (connection refused)." in alarm
    assert "narrate voices download nl_BE-nathalie-medium nl_BE-rdh-medium" in alarm


def test_no_fallback_makes_a_missing_narrator_an_error(tmp_path):
    settings = CastSettings(voices_dir=tmp_path, fallback=False)
    with pytest.raises(VoiceUnavailable, match="narrate voices download nl_BE-nathalie-medium"):
        cast_voices(settings, ["narrator"], downloader=_refuse)


def test_a_broken_explicit_voice_is_an_error_not_a_fallback(tmp_path):
    with pytest.raises(VoiceError, match="does not exist"):
        cast_voices(CastSettings(narrator=str(tmp_path / "gone.onnx")), ["narrator"], downloader=_refuse)


def test_missing_quote_voice_hands_quotes_to_the_narrator_voice_s_other_speakers(tmp_path):
    notes = []
    settings = CastSettings(narrator=str(MULTI_VOICE), quotes=("nl_BE-rdh-medium",), voices_dir=tmp_path)
    cast = cast_voices(settings, QUOTE_SLOTS, downloader=_refuse, warn=notes.append)
    assert cast.engine == "piper"
    assert [cast.member(s).speaker_id for s in QUOTE_SLOTS] == [0, 1, 2, 1]
    assert len(notes) == 1 and "nl_BE-rdh-medium" in notes[0] and "voices download nl_BE-rdh-medium" in notes[0]


def test_installed_voice_is_found_by_id(tmp_path):
    _install(TINY_VOICE, tmp_path, "nl_BE-nathalie-medium.onnx")
    cast = cast_voices(CastSettings(voices_dir=tmp_path), ["narrator"], downloader=_refuse)
    assert cast.narrator.label == "nl_BE-nathalie-medium"


def test_add_installs_a_local_voice(tmp_path):
    voice = add_voice(TINY_VOICE, tmp_path / "voices")
    assert voice.model == tmp_path / "voices" / TINY_VOICE.name
    assert voice.model.read_bytes() == TINY_VOICE.read_bytes()
    assert [v.id for v in installed_voices(tmp_path / "voices")] == ["nl_BE-test-tiny"]


def test_add_refuses_a_damaged_model(tmp_path):
    broken = _install(TINY_VOICE, tmp_path / "src", "broken.onnx")
    broken.write_bytes(broken.read_bytes()[:5000])
    with pytest.raises(VoiceError, match="download it again"):
        add_voice(broken, tmp_path / "voices")
    assert not (tmp_path / "voices" / "broken.onnx").exists()


def test_voices_commands(tmp_path):
    runner = CliRunner()
    voices = str(tmp_path / "voices")
    empty = runner.invoke(cli, ["voices", "list", "--voices-dir", voices])
    assert empty.exit_code == 0 and "No voices installed" in empty.output
    added = runner.invoke(cli, ["voices", "add", str(MULTI_VOICE), "--voices-dir", voices])
    assert added.exit_code == 0, added.output
    listed = runner.invoke(cli, ["voices", "list", "--voices-dir", voices])
    assert listed.output.splitlines()[1].split()[:4] == ["nl_BE-test-tiny-multi", "nl_BE", "x_low", "3"]
    info = runner.invoke(cli, ["voices", "info", "nl_BE-test-tiny-multi", "--voices-dir", voices])
    assert info.exit_code == 0, info.output
    assert "22050 Hz" in info.output and "0=speaker_0" in info.output


def test_voice_member_labels():
    assert CastMember(Voice.load(TINY_VOICE)).label == "nl_BE-test-tiny"
    assert VoiceCast.espeak().labels(["narrator", "quote-1", "quote-2"]) == ["espeak-ng:nl", "espeak-ng:nl+m3", "espeak-ng:nl+f3"]
