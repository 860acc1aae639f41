"""The script builder and the editable script format."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from narrate.article.parse import Article, Quote, Section, SummaryItem
from narrate.errors import InputError
from narrate.script.builder import Chapter, Role, Script, ScriptOptions, Segment, build_script
from narrate.script.text_format import format_script, parse_script, script_from_json, script_to_json


def speak(text: str) -> str:
    """A stand-in normaliser that visibly changes digits, so spoken ≠ written."""
    return text.replace("2", "twee")


DATE = dt.date(2026, 11, 28)
OPTIONS = ScriptOptions(programme="De Briefing", date=DATE)


def _article(title="Poetin tergt Westen") -> Article:
    paragraphs = [
        "'De wereld ziet er vandaag helemaal anders uit', zegt Jamie Shea, een gewezen topman. En verder.",
        "Maar tot Zelensky's frustratie blijven tegenacties uit. 'Wij zien waar Rusland hen verzamelt.'",
        "'Dat is nieuw', zegt James Appathurai. 'Nu zijn er 12.500.'",
    ]
    quotes = [
        Quote("De wereld ziet er vandaag helemaal anders uit", "Jamie Shea", "gewezen topman", False, 1, 0),
        Quote("Wij zien waar Rusland hen verzamelt.", "Volodymyr Zelensky", "Oekraïens president", False, 1, 1),
        Quote("Dat is nieuw", "James Appathurai", None, False, 1, 2),
        Quote("Nu zijn er 12.500.", "James Appathurai", None, False, 1, 2),
    ]
    return Article(
        title=title,
        lead="Met de inzet van soldaten geeft Poetin de oorlog een draai.",
        summary=[SummaryItem("Waarover gaat het?", "Over de oorlog in 2022.")],
        sections=[Section(None, ["Als Donald Trump denkt."]), Section("Gamechanger?", paragraphs)],
        quotes=quotes,
        source="seed.txt",
    )


def test_single_article_shape():
    script = build_script([_article()], OPTIONS, speak)
    assert [c.title for c in script.chapters] == ["Intro", "In het kort", "Poetin tergt Westen", "Gamechanger?", "Outro"]
    assert script.title == "Poetin tergt Westen"
    assert script.date == DATE
    intro = script.chapters[0].segments
    assert "De Briefing" in intro[0].text
    assert intro[1].role is Role.HEADING and intro[1].text == "Poetin tergt Westen"
    summary = script.chapters[1].segments
    assert [s.role for s in summary] == [Role.NARRATOR, Role.HEADING, Role.NARRATOR]
    assert summary[2].spoken == "Over de oorlog in twee0tweetwee."


def test_quotes_get_voices_by_speaker_and_are_announced_when_needed():
    script = build_script([_article()], OPTIONS, speak)
    section = script.chapters[3].segments
    quotes = [s for s in section if s.role is Role.QUOTE]
    assert [(q.speaker, q.voice) for q in quotes] == [
        ("Jamie Shea", "quote-1"), ("Volodymyr Zelensky", "quote-2"),
        ("James Appathurai", "quote-3"), ("James Appathurai", "quote-3"),
    ]
    texts = [s.text for s in section]
    # Shea and Appathurai are named right after their quotes; Zelensky's quote stands alone.
    assert "Volodymyr Zelensky, Oekraïens president:" in texts
    assert not any(t.startswith("Jamie Shea") or t.startswith("James Appathurai") for t in texts)
    assert texts[texts.index("Dat is nieuw.") + 1] == "zegt James Appathurai."


def test_no_summary_intro_outro():
    options = ScriptOptions(date=DATE, summary=False, intro=False, outro=False)
    article = _article()
    article.lead = None
    script = build_script([article], options, speak)
    assert [c.title for c in script.chapters] == ["Poetin tergt Westen", "Gamechanger?"]


def test_briefing_nests_sections_per_article():
    articles = [_article("Eerste"), _article("Tweede"), _article("Derde")]
    script = build_script(articles, OPTIONS, speak)
    assert [c.title for c in script.chapters] == ["Intro", "Eerste", "Tweede", "Derde", "Outro"]
    assert [c.title for c in script.chapters[1].chapters] == ["In het kort", "Eerste", "Gamechanger?"]
    headlines = [s.text for s in script.chapters[0].segments if s.role is Role.HEADING]
    assert headlines == ["Eerste", "Tweede", "Derde"]
    assert script.title == "De Briefing: Eerste, Tweede en Derde"


def test_every_chapter_ends_with_a_chapter_pause():
    script = build_script([_article()], OPTIONS, speak)
    assert all(c.segments[-1].pause_ms >= OPTIONS.pauses.chapter_ms for c in script.chapters)


def test_text_round_trip():
    script = build_script([_article(), _article("Tweede")], OPTIONS, speak)
    text = format_script(script, speak)
    assert parse_script(text, speak) == script
    assert "spoken: Over de oorlog in twee0tweetwee." in text


def test_json_round_trip():
    script = build_script([_article()], OPTIONS, speak)
    assert script_from_json(script_to_json(script)) == script
    assert parse_script(script_to_json(script), speak) == script


def test_edited_text_without_spoken_line_is_normalised_afresh():
    script = build_script([_article()], OPTIONS, speak)
    text = format_script(script, speak)
    edited = text.replace("Over de oorlog in 2022.\nspoken: Over de oorlog in twee0tweetwee.", "Over de oorlog in 2024.")
    segment = parse_script(edited, speak).chapters[1].segments[2]
    assert (segment.text, segment.spoken) == ("Over de oorlog in 2024.", "Over de oorlog in twee0twee4.")


@pytest.mark.parametrize("broken, message", [
    ("title: x\n", "starts with '---'"),
    ("---\ntitle: x\ndate: 2026-11-28\n", "not closed"),
    ("---\ntitle: x\ndate: 2026-11-28\n---\n[narrator]\nHallo\n", "line 5: text before the first chapter"),
    ("---\ntitle: x\ndate: 2026-11-28\n---\n#\n", "line 5: a chapter heading needs a title"),
    ("---\ntitle: x\ndate: 2026-11-28\n---\n# A\n\n[narator]\nHallo\n", "unknown role 'narator'"),
    ("---\ntitle: x\ndate: 2026-11-28\n---\n# A\n\n[narrator | pauze 3]\nHallo\n", "unknown segment option 'pauze 3'"),
    ("---\ntitle: x\ndate: 28/11\n---\n# A\n", "not YYYY-MM-DD"),
    ("---\ndate: 2026-11-28\n---\n# A\n", "no title"),
    ("---\ntitle: x\ndate: 2026-11-28\n---\n", "no chapters"),
    ("---\ntitle: x\ndate: 2026-11-28\n---\n# A\n### B\n", "skips a level"),
    ("---\ntitle: x\ndate: 2026-11-28\n---\n# A\n\n[narrator]\n", "has no text"),
])
def test_script_errors_say_where_and_what(broken, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace("[", r"\[").replace("|", r"\|")):
        parse_script(broken, speak)


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40).map(
    lambda t: " ".join(t.split())).filter(bool)


@st.composite
def scripts(draw):
    def segment():
        role = draw(st.sampled_from(list(Role)))
        text = draw(_text)
        voice = draw(st.sampled_from(["narrator", "quote-1", "quote-2"]))
        speaker = draw(st.none() | _text.filter(lambda t: "|" not in t and "]" not in t and t == t.strip()))
        if role is not Role.QUOTE:
            speaker = None
        spoken = draw(st.just(speak(text)) | _text)
        return Segment(role, text, spoken, voice, speaker, draw(st.integers(0, 5000)))

    def chapter(depth):
        subs = [chapter(depth + 1) for _ in range(draw(st.integers(0, 2 if depth < 2 else 0)))]
        segs = [segment() for _ in range(draw(st.integers(1 if not subs else 0, 3)))]
        title = draw(_text.filter(lambda t: not t.startswith("#")))
        return Chapter(title, segs, subs)

    return Script(title=draw(_text), date=DATE, chapters=[chapter(1) for _ in range(draw(st.integers(1, 3)))],
                  source=draw(st.none() | _text))


@settings(max_examples=150, deadline=None)
@given(scripts())
def test_round_trip_property(script):
    assert parse_script(format_script(script, speak), speak) == script


@pytest.mark.parametrize("byline, credit", [
    (None, "U hoorde: Poetin tergt Westen."),
    ("14 oktober 2005", "U hoorde: Poetin tergt Westen."),
    ("Door Jan Peeters · za 16 nov 2024 om 06:00", "U hoorde: Poetin tergt Westen, door Jan Peeters."),
    # The label's colon, or a longer label, is no part of the author's name ("door Door: Paul Althuis" was read).
    ("Door: Paul Althuis", "U hoorde: Poetin tergt Westen, door Paul Althuis."),
    # A byline that names no person credits nobody: an office, or a page's label taken for one ("Uitgelicht Nieuws").
    ("Gepubliceerd door het kabinet Smet", "U hoorde: Poetin tergt Westen."),
    ("10 januari 2023 · Uitgelicht Nieuws", "U hoorde: Poetin tergt Westen."),
    ("DOOR JAN PEETERS", "U hoorde: Poetin tergt Westen, door Jan Peeters."),
    # The byline's other fields are no author: a category, a view count, the photographer, the author's role.
    ("Gepubliceerd: woensdag 26 juni | Categorie: Noordzee", "U hoorde: Poetin tergt Westen."),
    ("06/07/2009 515 views 0 likes", "U hoorde: Poetin tergt Westen."),
    ("Tekst Wouter Hoogendam · Foto Levien Willemse", "U hoorde: Poetin tergt Westen, door Wouter Hoogendam."),
    ("Door Pauline Dekhuizen, persvoorlichter Radboudumc", "U hoorde: Poetin tergt Westen, door Pauline Dekhuizen."),
])
def test_the_outro_credits_the_authors_of_the_byline_and_never_its_date(byline, credit):
    article = _article()
    article.byline = byline
    outro = build_script([article], OPTIONS, speak).chapters[-1]
    assert outro.title == "Outro" and credit in [s.text for s in outro.segments]


def test_a_given_title_names_the_episode_and_the_headline_is_still_read():
    script = build_script([_article()], ScriptOptions(date=DATE, title="Mijn titel"), speak)
    assert script.title == "Mijn titel"
    assert "Poetin tergt Westen" in [s.text for s in script.chapters[0].segments]
