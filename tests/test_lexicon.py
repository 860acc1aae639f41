"""The pronunciation lexicon: file format, matching, overriding, errors, checksum."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

import pytest

from narrate.script.lexicon import SHIPPED_LEXICON_PATH, Lexicon
from narrate.script.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = SHIPPED_LEXICON_PATH


# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------

def test_parses_words_phrases_regexes_comments_and_blank_lines():
    lexicon = Lexicon.parse(
        "# a comment\n"
        "\n"
        "Pyongyang = Pjongjang\n"
        "   Xi Jinping   =   Sjie Tsjinping   \n"
        "/\\bShea\\b/ = Sjee\n"
        "HIMARS → Haimars  # inline comment\n"
    )
    assert [(e.key, e.replacement, e.is_regex) for e in lexicon.entries] == [
        ("Pyongyang", "Pjongjang", False),
        ("Xi Jinping", "Sjie Tsjinping", False),
        ("\\bShea\\b", "Sjee", True),
        ("HIMARS", "Haimars", False),
    ]
    assert len(lexicon) == 4


def test_entries_remember_where_they_come_from():
    lexicon = Lexicon.parse("\n# x\nShea = Sjee\n", source="project.txt")
    (entry,) = lexicon.entries
    assert (entry.source, entry.line, entry.where) == ("project.txt", 3, "project.txt:3")


def test_lexicon_and_entries_are_frozen():
    lexicon = Lexicon.parse("Shea = Sjee")
    with pytest.raises(dataclasses.FrozenInstanceError):
        lexicon.entries = ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        lexicon.entries[0].replacement = "x"


def test_ipa_replacement_is_kept_verbatim():
    lexicon = Lexicon.parse("Reuters = [[ ɾˈɔjtərs ]]")
    assert lexicon.apply("volgens Reuters.") == "volgens [[ ɾˈɔjtərs ]]."


def test_separator_inside_a_regex_is_part_of_the_pattern():
    lexicon = Lexicon.parse("/(?<=de )VS/ = Verenigde Staten")
    assert lexicon.apply("de VS en VS") == "de Verenigde Staten en VS"


# ---------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Jamie Shea zegt", "Jamie Sjee zegt"),
    ("Shea's analyse", "Sjee's analyse"),
    ("(Shea)", "(Sjee)"),
    ("Sheaffer", "Sheaffer"),
    ("O'Shea", "O'Sjee"),
    ("shea", "shea"),
    ("SHEA", "SHEA"),
    ("Ex-Shea-adviseur", "Ex-Sjee-adviseur"),
])
def test_words_match_case_sensitively_on_word_boundaries(text, expected):
    assert Lexicon.parse("Shea = Sjee").apply(text) == expected


def test_phrases_match_across_any_white_space():
    lexicon = Lexicon.parse("Xi Jinping = Sjie Tsjinping")
    assert lexicon.apply("Xi  Jinping en Xi\nJinping") == "Sjie Tsjinping en Sjie Tsjinping"


def test_keys_with_punctuation_match_literally():
    lexicon = Lexicon.parse("Kim Jong-un = Kim Djong-oen\nSt.-Petersburg = Sint-Petersburg")
    assert lexicon.apply("Kim Jong-un in St.-Petersburg, niet StX-Petersburg") == (
        "Kim Djong-oen in Sint-Petersburg, niet StX-Petersburg")


def test_regex_entries_with_groups_and_ignore_case():
    lexicon = Lexicon.parse(
        "/\\b([Aa])nalyse(s?)\\b/ = \\1nalieze\\2\n"
        "/\\bgamechanger\\b/i = geemtsjeendzjer\n"
        "/(?P<prefix>\\b[Cc])yber/ = saiber\n"
    )
    assert lexicon.apply("Analyses van een Gamechanger en cyberaanvallen") == (
        "Analiezes van een geemtsjeendzjer en saiberaanvallen")


def test_named_group_reference():
    lexicon = Lexicon.parse("/Kim (?P<name>Jong)-un/ = Kim \\g<name>-oen")
    assert lexicon.apply("Kim Jong-un") == "Kim Jong-oen"


def test_longest_match_wins_at_the_same_position():
    lexicon = Lexicon.parse("Kim = Kiem\nKim Jong-un = Kim Djong-oen")
    assert lexicon.apply("Kim Jong-un en Kim") == "Kim Djong-oen en Kiem"


def test_one_pass_never_rematches_a_replacement():
    lexicon = Lexicon.parse("Xi = Sjie\nSjie = WRONG")
    assert lexicon.apply("Xi en Sjie") == "Sjie en WRONG"
    assert lexicon.apply(lexicon.apply("Xi")) == "WRONG"  # only a second pass would


def test_later_entry_wins_a_tie():
    lexicon = Lexicon.parse("Shea = Sjee\n/Shea/ = Sjee-a")
    assert lexicon.apply("Shea") == "Sjee-a"


def test_empty_lexicon_returns_text_unchanged():
    assert Lexicon().apply("Pyongyang") == "Pyongyang"
    assert Lexicon.parse("# only comments\n\n").apply("x") == "x"


def test_zero_width_regex_matches_are_ignored():
    assert Lexicon.parse("/(?=x)/ = y").apply("xx") == "xx"


# ---------------------------------------------------------------------------
# Overriding
# ---------------------------------------------------------------------------

def test_later_files_override_earlier_entries_with_the_same_key(tmp_path):
    shipped = tmp_path / "shipped.txt"
    project = tmp_path / "project.txt"
    shipped.write_text("Shea = Sjee\nPyongyang = Pjongjang\n/\\bcyber/ = saiber\n", encoding="utf-8")
    project.write_text("Shea = Sjee-a\n/\\bcyber/ = sieber\nKoersk = Koersk\n", encoding="utf-8")
    lexicon = Lexicon.load(shipped, project)
    assert {e.key: e.replacement for e in lexicon.entries} == {
        "Shea": "Sjee-a", "Pyongyang": "Pjongjang", "\\bcyber": "sieber", "Koersk": "Koersk"}
    assert lexicon.apply("Shea in Pyongyang over cyberoorlog") == "Sjee-a in Pjongjang over sieberoorlog"
    assert [e.source for e in lexicon.entries if e.key == "Shea"] == [str(project)]


def test_order_of_files_matters(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Shea = A\n", encoding="utf-8")
    b.write_text("Shea = B\n", encoding="utf-8")
    assert Lexicon.load(a, b).apply("Shea") == "B"
    assert Lexicon.load(b, a).apply("Shea") == "A"


def test_a_later_line_in_the_same_file_overrides():
    assert Lexicon.parse("Shea = A\nShea = B").apply("Shea") == "B"
    assert len(Lexicon.parse("Shea = A\nShea = B")) == 1


def test_same_word_spelled_with_other_spacing_is_the_same_key():
    assert len(Lexicon.parse("Xi Jinping = A\nXi   Jinping = B")) == 1


def test_regex_with_and_without_ignore_case_are_different_keys():
    assert len(Lexicon.parse("/shea/ = A\n/shea/i = B")) == 2


def test_load_accepts_strings_and_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffShea = Sjee\n".encode("utf-8"))
    assert Lexicon.load(str(path)).apply("Shea") == "Sjee"


def test_load_of_a_missing_file_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        Lexicon.load(tmp_path / "missing.txt")


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "line", "message"), [
    ("Shea = Sjee\n/(/ = x", 2, r"invalid regex '/\(/': missing \), unterminated subpattern.* fix the pattern"),
    ("Shea Sjee", 1, r"no separator in 'Shea Sjee' .* write 'word = respelling'"),
    ("# c\n\nShea =", 3, r"empty replacement for 'Shea' .* map it to itself"),
    ("/shea/x = Sjee", 1, r"unknown regex flag 'x'"),
    ("/shea/ Sjee", 1, r"a regex entry needs the form '/pattern/ = replacement'"),
    ("/Kim (Jong)/ = \\2", 1, r"replacement refers to group '\\2', which '/Kim \(Jong\)/' does not have"),
    ("/Kim/ = \\g<name>", 1, r"replacement refers to group '\\g<name>'"),
    ("Shea = [[ ʃˈeː", 1, r"unbalanced \[\[ \]\]"),
    ("Shea = ʃˈeː ]]", 1, r"unbalanced \[\[ \]\]"),
])
def test_errors_name_the_file_the_line_and_the_fix(text, line, message):
    with pytest.raises(ValueError, match=rf"^voices/lexicon.txt:{line}: {message}"):
        Lexicon.parse(text, source="voices/lexicon.txt")


def test_error_in_a_loaded_file_names_its_path(tmp_path):
    path = tmp_path / "project.txt"
    path.write_text("# ok\nShea = Sjee\n/[a-/ = x\n", encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(f"{path}:3: invalid regex '/[a-/'")):
        Lexicon.load(path)


# ---------------------------------------------------------------------------
# Checksum
# ---------------------------------------------------------------------------

def test_checksum_is_stable_and_ignores_comments_sources_and_line_numbers():
    a = Lexicon.parse("Shea = Sjee\n/x/i = y", source="a.txt")
    b = Lexicon.parse("# header\n\nShea   =   Sjee  # why\n/x/i → y\n", source="b.txt")
    assert a.checksum == b.checksum
    assert re.fullmatch(r"[0-9a-f]{64}", a.checksum)


def test_checksum_of_an_empty_lexicon_is_fixed():
    assert Lexicon().checksum == hashlib.sha256(b"[]").hexdigest()


@pytest.mark.parametrize("other", [
    "Shea = Sjee-a\n/x/i = y",  # another replacement
    "Shea = Sjee\n/x/ = y",  # another flag
    "/x/i = y\nShea = Sjee",  # another order (order decides ties)
    "Shea = Sjee",  # an entry fewer
])
def test_checksum_changes_with_the_entries(other):
    assert Lexicon.parse("Shea = Sjee\n/x/i = y").checksum != Lexicon.parse(other).checksum


def test_checksum_of_override_equals_checksum_of_merged_text(tmp_path):
    base, project = tmp_path / "base.txt", tmp_path / "project.txt"
    base.write_text("Shea = Sjee\nXi = Sjie\n", encoding="utf-8")
    project.write_text("Shea = Sjee-a\n", encoding="utf-8")
    assert Lexicon.load(base, project).checksum == Lexicon.parse("Xi = Sjie\nShea = Sjee-a").checksum


# ---------------------------------------------------------------------------
# The shipped lexicon
# ---------------------------------------------------------------------------

def test_shipped_lexicon_is_package_data():
    # Inside the package, so a wheel carries it (pyproject's package-data names it).
    import narrate.script

    assert SHIPPED.parent == Path(narrate.script.__file__).resolve().parent
    assert SHIPPED.is_file()
    assert "script/lexicon.txt" in (ROOT / "pyproject.toml").read_text()


def test_shipped_lexicon_loads():
    lexicon = Lexicon.load(SHIPPED)
    assert len(lexicon) >= 40
    assert all(e.replacement.strip() != e.key for e in lexicon.entries)


@pytest.mark.parametrize("written", [
    "Xi Jinping", "Pyongyang", "Kim Jong-un", "Shea", "Yoon Suk-yeol", "Choe Son-hui", "HIMARS",
    "militairen", "gamechanger", "Gamechanger", "geopolitiek", "geopolitieke", "analyse", "Reuters",
    "Zelensky", "Zelensky's", "Appathurai", "Pentagon", "Indo-Pacific", "cyberaanvallen", "drones",
])
def test_shipped_lexicon_respells_the_names_espeak_mangles(written):
    assert Lexicon.load(SHIPPED).apply(written) != written


def test_shipped_lexicon_leaves_ordinary_dutch_alone():
    sentence = "De Russische leider ontlokte met zijn inval de bloedigste oorlog op het Europese continent."
    assert Lexicon.load(SHIPPED).apply(sentence) == sentence


def test_shipped_ipa_uses_only_phonemes_piper_knows():
    phoneme_ids = pytest.importorskip("piper.phoneme_ids")
    known = set(phoneme_ids.DEFAULT_PHONEME_ID_MAP)
    for entry in Lexicon.load(SHIPPED).entries:
        for ipa in re.findall(r"\[\[(.*?)\]\]", entry.replacement):
            unknown = {ch for ch in ipa.strip() if ch != " " and ch not in known}
            assert not unknown, f"{entry.where}: {sorted(unknown)} not in Piper's phoneme map"


def test_lexicon_through_the_normaliser_beats_acronym_spelling():
    lexicon = Lexicon.load(SHIPPED)
    assert normalize("HIMARS-raketsystemen en de CEO", lexicon=lexicon) == "Haimars-raketsystemen en de C E O"
    assert normalize("Zelensky's frustratie", lexicon=lexicon) == "[[ zəlˈɛnski ]]'s frustratie"
