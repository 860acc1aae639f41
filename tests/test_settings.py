from __future__ import annotations

import pytest

from narrate.errors import InputError
from narrate.pipeline import render_options
from narrate.settings import Settings, settings_from_toml


def test_defaults_without_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    options = render_options(Settings.load())
    assert options.voice == "nl_BE-nathalie-medium"
    assert options.quote_voices == ("nl_BE-rdh-medium",)
    assert options.script.language == "nl-BE"


def test_file_values(tmp_path):
    path = tmp_path / "narrate.toml"
    path.write_text('[programme]\ntitle = "Ochtend"\n[script]\nsummary = false\nlanguage = "nl-NL"\n'
                    '[voices]\nquotes = ["a", "b"]\n')
    settings = Settings.load(path)
    assert settings.programme.title == "Ochtend"
    assert settings.script.summary is False
    assert settings.script.language == "nl-NL"
    assert settings.voices.quotes == ["a", "b"]


@pytest.mark.parametrize("data, words", [
    ({"programme": {"titel": "x"}}, ["unknown setting 'programme.titel'", "programme.title"]),
    ({"stem": {}}, ["unknown setting 'stem'"]),
    ({"script": {"summary": "ja"}}, ["'script.summary' must be true or false"]),
    ({"voices": {"quotes": "nl_BE-rdh-medium"}}, ["'voices.quotes' must be a list of strings"]),
    ({"programme": "Ochtend"}, ["'programme' must be a table"]),
])
def test_bad_settings_name_the_key(data, words):
    with pytest.raises(InputError) as error:
        settings_from_toml(data)
    for word in words:
        assert word in str(error.value)


def test_invalid_toml(tmp_path):
    path = tmp_path / "narrate.toml"
    path.write_text("[programme\n")
    with pytest.raises(InputError, match="not valid TOML"):
        Settings.load(path)
