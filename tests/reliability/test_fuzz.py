"""Property tests over what reads user text: bytes in, article, speech, script file.

Never crash (only an ``InputError`` saying what is wrong), never lose a word,
never invent one, and a script reads back exactly as it was printed.
tests/test_article.py, tests/test_normalize.py and tests/test_script.py hold
the first properties (no crash, no invented words, round trip with ordinary
names); these add the rest. ``NARRATE_FUZZ_EXAMPLES`` sets the examples per
property (default 150, a few seconds each); the README's developer section
shows a long run.
"""

from __future__ import annotations

import datetime as dt
import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrate.article.parse import parse_html, parse_text
from narrate.article.decoding import decode_bytes
from narrate.errors import InputError
from narrate.script.normalize import normalize
from narrate.script.builder import Chapter, Role, Script, Segment
from narrate.script.text_format import format_script, parse_script, script_from_json, script_to_json
from narrate.script.speech import load_speech

EXAMPLES = int(os.environ.get("NARRATE_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

speak = load_speech("nl-BE")

_VOCAB = st.sampled_from(
    "de het een en zegt zei Shea Jamie Advertentie ©Getty Foto: ANP Lees ook Deel Gamechanger? Rol van China "
    "'Wij zien' ‘zo’n’ “dit” „dat” «zo» ,,ja'' \"nee\" : . , ? ! - hij De Brit merkt op aldus volgens "
    "Waarover gaat het? Noord-Korea 12.500 ’s zo'n collega's minister Peeters burgemeester schepen Gent brug "
    "In het kort • Door Sarah Lemmens 14 november 2024 Menu Zoeken Inloggen Volg ons op Facebook".split(" ")
)
_LINE = st.lists(_VOCAB, min_size=1, max_size=14).map(" ".join)
ARTICLE_LIKE = st.lists(st.one_of(_LINE, st.just("")), min_size=1, max_size=30).map("\n".join)
PRINTABLE = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=500)
"""Any text a person could have typed or pasted (controls and lone surrogates aside: those are
binary, and the input layer answers them with an error, tested below)."""


def _everything_kept(article) -> str:
    parts = [article.title or "", article.kicker or "", article.byline or "", article.lead or ""]  # a paste may have no title
    parts += [x for item in article.summary for x in (item.question, item.answer)]
    parts += [s.heading or "" for s in article.sections] + [p for s in article.sections for p in s.paragraphs]
    parts += [x for q in article.quotes for x in (q.text, q.speaker or "", q.role or "")]
    parts += [r.text for r in article.removed]  # cut as furniture, but kept on record
    return " ".join(parts)


@FUZZ
@given(st.one_of(ARTICLE_LIKE, PRINTABLE))
def test_parser_loses_no_word(text):
    """Every word of the input is in the article, or in the record of what was cut and why."""
    try:
        article = parse_text(text)
    except InputError:
        return
    kept = set(re.findall(r"\w+", _everything_kept(article)))
    assert [w for w in re.findall(r"\w+", text) if w not in kept] == []


@FUZZ
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_say_why(data):
    try:
        decoded = decode_bytes(data, "x.txt")
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(decoded.text, str) and "\r" not in decoded.text


@FUZZ
@given(st.lists(st.one_of(_LINE, st.sampled_from(["<p>", "</p>", "<h1>", "</h1>", "<h2>", "</h2>", "<article>",
                                                   "</article>", "<script>x()</script>", "<!--", "-->", "&amp;",
                                                   "&#x0;", "<blockquote>", "<br>", "<title>", "</title>"])),
                max_size=40).map(" ".join))
def test_html_never_crashes(page):
    try:
        parse_html("<html><body>" + page)
    except InputError:
        pass


ORDINARY = "brug fiets stad school werken regering park kanaal buurt avond water trein huis".split()
NEWSY = st.lists(st.sampled_from([
    "12.500", "1,7", "2022", "21ste", "€ 5", "14.30 uur", "14u30", "4 nov.", "bv.", "J. Shea", "CEO", "NAVO",
    "Willem II", "(red.)", "…", " - ", "https://x.be/a", "a@b.nl", "5%", "5 km/u", "24/7", "1950-1953", "mln.",
    "'s avonds", "(", ")", ",", ".", "8ste", "\n\n", "🎉", *ORDINARY]), max_size=30).map(" ".join)
PLAIN = st.lists(st.sampled_from([*ORDINARY, "de", "het", "een", "en", "zij", "hij", ",", ".", "?", "!", ":", ";",
                                  "\n", "'", '"', "(", ")"]), max_size=30).map(" ".join)


@FUZZ
@given(NEWSY, st.sampled_from(["nl-BE", "nl-NL"]))
def test_normaliser_keeps_ordinary_words_among_numbers_and_abbreviations(text, variant):
    spoken = set(re.findall(r"\w+", normalize(text, variant).lower()))
    assert [w for w in re.findall(r"\w+", text) if w in ORDINARY and w not in spoken] == []


@FUZZ
@given(PLAIN)
def test_plain_words_are_spoken_word_for_word(text):
    """Nothing to rewrite, so nothing lost and nothing invented (shipped lexicon included)."""
    assert re.findall(r"\w+", speak(text).lower()) == re.findall(r"\w+", text.lower())


_NAME_CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
_TEXT = st.text(_NAME_CHARS, min_size=1, max_size=40).map(lambda t: " ".join(t.split())).filter(bool)
_HOSTILE = st.one_of(_TEXT, st.sampled_from(["[narrator]", "# kop", "## kop", "spoken: x", "---", "\\", "\\[",
                                             "a | b", "x]", "[quote: a | voice quote-1]", "|", "]", "\\|"]))


@st.composite
def scripts(draw, text=_HOSTILE):
    def segment() -> Segment:
        role = draw(st.sampled_from(list(Role)))
        speaker = draw(st.none() | text) if role is Role.QUOTE else None
        return Segment(role, draw(text), draw(text), draw(st.sampled_from(["narrator", "quote-1", "quote-7"])),
                       speaker, draw(st.integers(0, 99_999)))

    def chapter(depth: int) -> Chapter:
        subs = [chapter(depth + 1) for _ in range(draw(st.integers(0, 2 if depth < 3 else 0)))]
        segments = [segment() for _ in range(draw(st.integers(0 if subs else 1, 3)))]
        return Chapter(draw(text), segments, subs)

    return Script(title=draw(text), date=draw(st.dates(dt.date(1900, 1, 1), dt.date(2200, 1, 1))),
                  chapters=[chapter(1) for _ in range(draw(st.integers(1, 3)))], programme=draw(_TEXT),
                  source=draw(st.none() | _TEXT))


@FUZZ
@given(scripts())
def test_script_text_round_trip_is_exact_even_for_awkward_text(script):
    """Texts that look like headings, segment lines or escapes, and names with '|' or ']'."""
    assert parse_script(format_script(script, speak), speak) == script


@FUZZ
@given(scripts(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)))
def test_script_json_round_trip_is_exact_for_any_text(script):
    assert script_from_json(script_to_json(script)) == script


@FUZZ
@given(scripts(), st.data())
def test_edited_script_reads_back_or_says_which_line(script, data):
    """A script cut, duplicated or mangled by hand: read back, or one InputError naming the problem."""
    lines = format_script(script, speak).splitlines()
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(lines)))
        edit = data.draw(st.sampled_from(["drop", "dup", "insert"]))
        if edit == "drop" and lines and at < len(lines):
            del lines[at]
        elif edit == "dup" and lines and at < len(lines):
            lines.insert(at, lines[at])
        else:
            lines.insert(at, data.draw(st.one_of(_HOSTILE, st.sampled_from(["", "[narrator | pause x]", "#"]))))
    try:
        parse_script("\n".join(lines) + "\n", speak)
    except InputError as exc:
        assert "\n" not in str(exc)
