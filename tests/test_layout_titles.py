"""Issue 14 item 4: which top line is the headline, and a page without one (title None, a stand-in for the episode).

Short texts written for these tests; each rule is one that holds across sites.
"""

from __future__ import annotations

import json

import pytest

from narrate.article import Article, Section, parse_text, stand_in_title
from narrate.article.layout.title import is_date_line, is_headline_shaped, is_name_list, is_prose, is_ui_line
from narrate.script import ScriptOptions, build_script

from .conftest import DETERMINISTIC, TINY_VOICE, run_narrate

BODY = ("De gemeente opent volgende week een nieuwe fietsbrug over het kanaal, na twee jaar werken aan de oevers. "
        "Fietsers winnen zo tien minuten op hun weg naar het station, zegt de schepen van mobiliteit.")
MORE = "De brug kostte ruim vier miljoen euro en werd betaald door de stad en de provincie samen, zo blijkt uit de cijfers."


def test_a_paste_that_starts_with_the_body_has_no_title():
    article = parse_text(f"{BODY}\n\n{MORE}\n")
    assert article.title is None
    assert article.lead == BODY or article.sections[0].paragraphs[0] == BODY
    assert json.loads(json.dumps(article.to_dict()))["title"] is None


def test_navigation_and_site_chrome_above_the_headline_are_cut():
    text = (f"Naar inhoud springen\nHome\nNieuws\nSport\nCultuur\nDe Stadskrant\n\nNieuwe fietsbrug over het kanaal\n\n"
            f"{BODY}\n\n{MORE}\n")
    article = parse_text(text)
    assert article.title == "Nieuwe fietsbrug over het kanaal"
    assert "Naar inhoud springen" in [r.text for r in article.removed if r.reason == "navigation"]


def test_region_line_and_date_are_never_the_title():
    text = f"12-03-2021, p.4\n\nGent, Brugge, Kortrijk, Oostende\n\nFietsbrug eindelijk open\n\n{BODY}\n\n{MORE}\n"
    assert parse_text(text).title == "Fietsbrug eindelijk open"


def test_a_menu_with_separators_and_a_stamp_line_under_the_headline_are_not_the_title():
    text = (f"Stad Kortrijk\nWonen en leven · Vrije tijd · Ondernemen · Bestuur\n\nFietsbrug eindelijk open\n"
            f"Nieuwsbericht – gepubliceerd op 13 mei, dienst Mobiliteit\n\n{BODY}\n\n{MORE}\n")
    article = parse_text(text)
    assert article.title == "Fietsbrug eindelijk open"
    assert "gepubliceerd op 13 mei" in (article.byline or "")


def test_a_notice_over_a_body_without_headline_is_not_the_title():
    article = parse_text(f"Let op: deze activiteit heeft al plaatsgevonden\n\n{BODY}\n\n{MORE}\n")
    assert article.title is None


def test_a_headline_repeated_over_the_photo_wins_over_a_later_line():
    text = (f"Kortrijk\nBrugge\nGent\nFietsbrug eindelijk open voor iedereen\nFietsbrug eindelijk open voor iedereen\n"
            f"Gepubliceerd: 3 maart 2021 10:00\nDe stad is blij met haar nieuwe brug\n{BODY}\n{MORE}\n")
    assert parse_text(text).title == "Fietsbrug eindelijk open voor iedereen"


def test_a_speaker_label_in_capitals_is_not_the_title():
    assert not is_headline_shaped("JAN PEETERS") and not is_headline_shaped("VOICE-OVER")


def test_line_rules():
    assert is_ui_line("Skip to main content") and is_ui_line("Ga naar: navigatie, zoeken") and is_ui_line("Naar inhoud springen")
    assert is_name_list("Antwerpen, Limburg, Oost-Vlaanderen, Vlaams-Brabant/Brussel, West-Vlaanderen")
    assert not is_name_list("Brug open, fietsers blij")
    assert is_date_line("14 oktober 2005") and not is_date_line("Brug open op 14 oktober")
    assert is_prose(BODY) and not is_prose("Hoe reageert de buurt?")
    assert is_headline_shaped("Hoe reageert de buurt?") and not is_headline_shaped("Een zin die eindigt met een punt.")


def test_stand_in_title_is_the_first_sentence_cut_short():
    article = Article(None, [Section(None, [BODY])])
    assert stand_in_title(article) == "De gemeente opent volgende week een nieuwe fietsbrug over het kanaal, na…"


def test_the_script_names_an_untitled_article_and_says_so():
    article = Article(None, [Section(None, [BODY, MORE])], source="brug.txt")
    script = build_script([article], ScriptOptions(), lambda text, *_: text)
    assert script.title == stand_in_title(article)
    assert len(script.warnings) == 1 and "brug.txt" in script.warnings[0] and "--title" in script.warnings[0]
    assert "warnings" not in script.to_dict()
    given = build_script([article], ScriptOptions(title="De brug"), lambda text, *_: text)
    assert given.title == "De brug" and given.warnings == ()


def test_render_of_a_paste_without_title_succeeds_with_a_warning(tmp_path):
    article = tmp_path / "brug.txt"
    article.write_text(f"{BODY}\n\n{MORE}\n", encoding="utf-8")
    result = run_narrate("render", str(article), "--voice", str(TINY_VOICE), "--episodes-dir", str(tmp_path / "ep"),
                         *DETERMINISTIC)
    assert result.returncode == 0, result.stderr.decode()
    assert "no headline found" in result.stderr.decode()


def test_the_script_of_a_paste_without_title_says_its_title_was_made_up(tmp_path):
    article = tmp_path / "brug.txt"
    article.write_text(f"{BODY}\n\n{MORE}\n", encoding="utf-8")
    result = run_narrate("script", str(article))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr.decode().startswith("Warning: ") and "no headline found" in result.stderr.decode()
    assert "no headline found" not in result.stdout.decode() and result.stdout.decode().strip()


# --- headings: a subhead of the text, not a label, a stamp or a teaser ------------------------------------

LONG = ("De werken aan de brug duren nog tot het voorjaar, en tot dan rijden fietsers om via de oude sluis, "
        "zegt de aannemer. Wie met de wagen komt, moet rekenen op extra wachttijd aan de lichten.")


def _headings(text: str) -> list[str | None]:
    return [s.heading for s in parse_text(text).sections]


def test_a_time_stamp_is_read_as_the_start_of_its_entry():
    article = parse_text(f"Fietsbrug eindelijk open\n\n{BODY}\n\n10:45\n\n{LONG}\n\n11:30\n\n{MORE}\n")
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert [s.heading for s in article.sections if s.heading] == []
    assert f"10:45 {LONG}" in paragraphs and f"11:30 {MORE}" in paragraphs


def test_a_repeat_of_the_title_and_a_code_are_no_subheads():
    text = f"Fietsbrug eindelijk open\n\n{BODY}\n\nFietsbrug eindelijk open\n\n{LONG}\n\nMPphoto\n\n{MORE}\n"
    assert [h for h in _headings(text) if h] == []


def test_a_teaser_over_tags_is_no_subhead():
    text = f"Fietsbrug eindelijk open\n\n{BODY}\n\n{LONG}\n\nMeer fietsnieuws\n\nfiets\n\nverkeer\n"
    assert "Meer fietsnieuws" not in _headings(text)


def test_speaker_labels_of_a_transcript_are_text_not_chapters():
    turns = "\n\n".join(f"JAN PEETERS\n{LONG}\n\nVOORZITTER\n{MORE}" for _ in range(3))
    article = parse_text(f"Debat over de fietsbrug\n\n{BODY}\n\n{turns}\n")
    assert [s.heading for s in article.sections if s.heading] == []
    assert "JAN PEETERS" in [p for s in article.sections for p in s.paragraphs]


def test_a_real_subhead_is_kept_and_a_long_one_under_a_heading_is_found():
    # "Besluiten" heads the decision under it (a chapter over its first section), as a press release's
    # "Met redenen omklede adviezen" does.
    long_head = "Commissie vraagt vijf lidstaten de nieuwe regels voor fietspaden en bruggen eindelijk om te zetten in wet"
    text = f"Fietsbrug eindelijk open\n\n{BODY}\n\nDe kosten\n\n{LONG}\n\nBesluiten\n\n{long_head}\n\n{MORE}\n"
    assert [h for h in _headings(text) if h] == ["De kosten", "Besluiten", long_head]


def test_two_empty_headings_in_a_row_are_no_chapter():
    text = f"Fietsbrug eindelijk open\n\n{BODY}\n\nHet weer\n\nDe files\n\nDe kosten\n\n{LONG}\n"
    assert "Het weer" not in _headings(text) and "De files" not in _headings(text)


def test_an_accordion_title_written_as_an_item_is_a_subhead():
    text = f"Fietsbrug eindelijk open\n\n{BODY}\n\n• Achtergrond\n\n{LONG}\n"
    assert "Achtergrond" in _headings(text)


def test_a_numbered_chapter_over_its_first_numbered_section_is_kept():
    text = (f"Jaarverslag van de brugwachters over 2024\n\n{BODY}\n\n"
            f"1. De brug\n\n1.1. Het begin\n\n{LONG}\n\n1.2. Het einde\n\n{MORE}\n")
    assert [h for h in _headings(text) if h] == ["1. De brug", "1.1. Het begin", "1.2. Het einde"]


def test_a_numbered_chapter_over_an_unnumbered_subhead_is_kept_and_a_numbered_menu_is_not():
    text = (f"Jaarverslag van de brugwachters over 2024\n\n{BODY}\n\n"
            f"1. Bruggen\n\nNieuwe aanvragen\n\n{LONG}\n\n2. Sluizen\n\nOnderhoud\n\n{MORE}\n")
    assert [h for h in _headings(text) if h] == ["1. Bruggen", "Nieuwe aanvragen", "2. Sluizen", "Onderhoud"]
    menu = f"Jaarverslag van de brugwachters over 2024\n\n{BODY}\n\n1. Bruggen\n\n2. Sluizen\n\n3. Dijken\n\nOnderhoud\n\n{MORE}\n"
    assert "1. Bruggen" not in _headings(menu)


def test_one_numbered_line_repeated_by_a_heading_is_the_title_and_a_contents_list_is_cut():
    text = f"4 Onderhoud van de bruggen\n\n{BODY}\n\nOnderhoud van de bruggen\n\n{MORE}\n"
    article = parse_text(text)
    assert article.title == "4 Onderhoud van de bruggen"
    contents = f"Fietsbrug eindelijk open\n\n1 De kosten\n\n2 De bouw\n\n{BODY}\n\nDe kosten\n\n{LONG}\n\nDe bouw\n\n{MORE}\n"
    cut = {r.text: r.reason for r in parse_text(contents).removed}
    assert cut.get("1 De kosten") == cut.get("2 De bouw") == "navigation"


def test_a_caption_clause_over_the_headline_is_cut_and_a_headline_clause_is_kept():
    caption = "Bij de oude brug, die volgend jaar verdwijnt, staat een bord"
    article = parse_text(f"{caption}\n\nFietsbrug eindelijk open\n\n3 mei 2024\n\n{BODY}\n\n{MORE}\n")
    assert article.title == "Fietsbrug eindelijk open"
    assert {r.text: r.reason for r in article.removed}.get(caption) == "photo caption"
    headline = "De brug gaat open, zegt de wethouder"  # a clause too, but right over the text
    assert parse_text(f"{headline}\n\n3 mei 2024\n\n{BODY}\n\n{MORE}\n").title == headline
    kicker = "Verkeer"  # shorter, but no headline: the caption rule needs a headline-shaped line below
    assert parse_text(f"{headline}\n\n{kicker}\n\n{BODY}\n\n{MORE}\n").title == headline


def test_the_headline_right_over_the_text_beats_a_line_further_up():
    text = f"Jaarverslag van de gemeente Zandhoven\n\nAlle plannen voor het komende jaar op een rij\n\nFietsbrug eindelijk open\n\n3 mei 2024\n\n{BODY}\n\n{MORE}\n"
    assert parse_text(text).title == "Fietsbrug eindelijk open"


def test_a_numbered_section_of_the_document_is_never_the_title():
    text = (f"Jaarverslag van de brugwachters over 2024\n\nHet verslag van de brugwachters aan de raad\n\n"
            f"1. Inleiding tot het verslag\n\n1.1. Aanleiding\n\n{BODY}\n\n2. Cijfers\n\n{MORE}\n")
    article = parse_text(text)
    assert article.title == "Jaarverslag van de brugwachters over 2024"
    assert {"1. Inleiding tot het verslag", "1.1. Aanleiding"} <= set(_headings(text))


def test_a_section_label_under_the_date_is_no_subhead_and_one_between_paragraphs_is():
    text = f"Fietsbrug eindelijk open\n\n3 mei 2024\nVerkeer\n\n{BODY}\n\nAchtergrond\n\n{MORE}\n"
    article = parse_text(text)
    assert [h for h in _headings(text) if h] == ["Achtergrond"]
    assert {r.text: r.reason for r in article.removed}.get("Verkeer") == "navigation"


def test_a_long_unstopped_line_opening_the_body_is_a_standfirst_not_a_subhead():
    text = f"Na twee jaar werken is de fietsbrug over het kanaal eindelijk open\n\nFietsers winnen vanaf maandag tien minuten op hun weg naar het station\n\n{BODY}\n\n{LONG}\n"
    article = parse_text(text)
    assert [s.heading for s in article.sections if s.heading] == []
    assert article.lead == "Fietsers winnen vanaf maandag tien minuten op hun weg naar het station"


def test_an_institution_named_twice_is_not_the_title():
    text = (f"Stedelijk Havenbedrijf\nNieuws\nContact\n\nNieuwe fietsbrug over het kanaal\n\n{BODY}\n\n{MORE}\n\n"
            "Stedelijk Havenbedrijf\n")
    assert parse_text(text).title == "Nieuwe fietsbrug over het kanaal"


def test_a_short_sentence_above_the_headline_is_kept_as_text():
    article = parse_text(f"De brug is open.\n\nNieuwe fietsbrug over het kanaal\n\n{BODY}\n\n{MORE}\n")
    assert "De brug is open." not in [r.text for r in article.removed]


def test_an_h1_that_is_a_link_is_not_the_title():
    page = (f"<!DOCTYPE html><html><head><title>Skip to main content</title></head><body><h1>Skip to main content</h1>"
            f"<article><p>Nieuwe fietsbrug over het kanaal</p><p>{BODY}</p><p>{LONG}</p><p>{MORE}</p></article></body></html>")
    assert parse_text(page).title != "Skip to main content"


def test_a_field_label_over_its_date_is_neither_title_nor_heading():
    article = parse_text(f"Datum\n22/02/2019\n\n{BODY}\n\n{MORE}\n")
    assert article.title is None
    assert [s.heading for s in article.sections if s.heading] == []


def test_a_date_label_and_an_english_update_line_under_the_headline_are_not_read():
    text = (f"Hoe gezond is de bevolking in 2023?\n\nGepubliceerd op:\ndonderdag, 2 februari 2023\n"
            f"Last updated on 2-2-2023 by Marinka Vangenck\n\n{BODY}\n\n{MORE}\n")
    article = parse_text(text)
    assert article.title == "Hoe gezond is de bevolking in 2023?"
    spoken = " ".join([article.lead or ""] + [p for s in article.sections for p in s.paragraphs])
    assert "Gepubliceerd" not in spoken and "updated" not in spoken
    assert article.byline is None or "Marinka Vangenck" in article.byline


def test_an_interviews_questions_are_read_as_questions_not_as_chapter_titles():
    text = (f"Vijf vragen aan de brugwachter\n\n{BODY}\n\nHoe lang doet u dit werk al?\n\n{LONG}\n\n"
            f"Wat vindt u van de nieuwe brug?\n\n{MORE}\n")
    assert [h for h in _headings(text) if h] == []


def test_a_question_answered_in_quote_marks_is_the_interviews_and_short_ones_are_still_read():
    answer = "“De brug was nodig, want de oude sluis kon het verkeer niet meer aan. Nu is het rustiger.”"
    for text in (f"Fietsbrug eindelijk open\n\n{BODY}\n\nWaarom deze brug?\n\n{answer}\n\n{MORE}\n",
                 f"Fietsbrug eindelijk open\n\n{BODY}\n\nWaarom deze brug?\n\nSchepen Peeters: {answer}\n\n{MORE}\n"):
        article = parse_text(text)
        assert "Waarom deze brug?" not in [s.heading for s in article.sections]
        assert "Waarom deze brug?" in [p for s in article.sections for p in s.paragraphs]
    # Answered by a labelled speaker without quote marks, by full name or first name.
    for label in ("Professor Sylvie Daminet", "Christophe"):
        text = f"Fietsbrug eindelijk open\n\n{BODY}\n\nWaarom deze brug?\n\n{label}: De oude sluis kon het niet meer aan.\n\n{MORE}\n"
        assert "Waarom deze brug?" not in _headings(text)
    # Answered in the writer's words, a question still heads its section.
    assert "Waarom deze brug?" in _headings(f"Fietsbrug eindelijk open\n\n{BODY}\n\nWaarom deze brug?\n\n{LONG}\n")
    assert "Waarom deze brug?" in _headings(f"Fietsbrug eindelijk open\n\n{BODY}\n\nWaarom deze brug?\n\nResultaat: {LONG}\n")


def test_a_one_word_section_label_under_the_headline_is_no_subhead_but_a_subhead_there_is():
    for between in ("Natuurbeheer\n\n15/07\n\n", "Verkeer\n\n"):
        article = parse_text(f"Bescherming vleermuizen loont: negen soorten geteld\n\n{between}{BODY}\n\n{MORE}\n")
        label = between.split()[0]
        assert label not in [s.heading for s in article.sections]
        assert label not in " ".join([article.lead or ""] + [p for s in article.sections for p in s.paragraphs])
    # The word comes back in the text under it: the article's own subhead.
    article = parse_text(f"Pers in de rechtszaal\n\nPersrichtlijn\n\nIn de persrichtlijn van de Rechtspraak staan de "
                         f"regels voor verslaggeving van rechtszaken beschreven.\n\n{MORE}\n")
    assert "Persrichtlijn" in [s.heading for s in article.sections]


def test_a_clause_with_its_verb_under_the_headline_is_a_standfirst_and_a_phrase_there_a_subhead():
    article = parse_text(f"Driemaal excellent voor de ecologie\n\nCommissie beoordeelt instituut als topinstituut\n\n"
                         f"{BODY}\n\n{MORE}\n")
    assert [s.heading for s in article.sections if s.heading] == []
    assert "Commissie beoordeelt instituut als topinstituut" in [article.lead] + [p for s in article.sections for p in s.paragraphs]
    assert "Definitief ontwerp" in _headings(f"Driemaal excellent voor de ecologie\n\nDefinitief ontwerp\n\n{BODY}\n\n{MORE}\n")


def test_a_clause_under_the_headline_whose_verb_ends_in_dt_is_a_standfirst():
    # "breidt", "treedt", "biedt": a word that ends in -dt is a verb's third person, the clause's finite verb.
    article = parse_text(f"Meer steun voor huurders\n\nGemeente breidt hulp aan huurders uit\n\n{BODY}\n\n{MORE}\n")
    assert [s.heading for s in article.sections if s.heading] == []
    assert "Gemeente breidt hulp aan huurders uit" in [article.lead] + [p for s in article.sections for p in s.paragraphs]


def test_an_entrys_date_and_author_line_is_not_read_but_a_dated_subhead_is():
    text = (f"Boswachtersblog Drents-Friese Wold\n\nHoe gaat het met de eekhoorn?\n\n"
            f"2 juni 2021 Boswachter Widmar van der Meer in Drents-Friese Wold\n\n{BODY}\n\nDe tapuiten broeden weer\n\n"
            f"21 april 2021 Lysander van Oossanen in Drents-Friese Wold\n\n{LONG}\n\nHet vragenuur van dinsdag 22 mei 2018\n\n{MORE}\n")
    article = parse_text(text)
    spoken = " ".join([article.lead or ""] + [f"{s.heading} {' '.join(s.paragraphs)}" for s in article.sections])
    assert "Oossanen" not in spoken and "Widmar" not in spoken
    assert "Het vragenuur van dinsdag 22 mei 2018" in [s.heading for s in article.sections]


def test_a_section_the_breadcrumb_passes_is_no_title():
    article = parse_text(f"Naar de hoofdinhoud\nILVO Vlaanderen\nOnderzoek | Dienstverlening | Over ILVO | Vacatures | Contact\n"
                         f"Home > Pers en media > Alle media\n\nPers en media\n\nVILT - dinsdag 3 april 2018\n\n"
                         f"Vlaams landbouwonderzoek ontgroeit de deeldisciplines\n\n{BODY}\n\n{MORE}\n")
    assert article.title == "Vlaams landbouwonderzoek ontgroeit de deeldisciplines"


def test_one_question_to_the_reader_may_head_a_section():
    text = f"Fietsbrug eindelijk open\n\n{BODY}\n\nWat kunt u zelf doen?\n\n{LONG}\n"
    assert "Wat kunt u zelf doen?" in _headings(text)


def test_an_entrys_date_is_not_read_but_a_live_blogs_time_is():
    archive = parse_text(f"Archief opinie 2012\n\n{BODY}\n\nNieuwe brug\nWanneer:10 december 2012\n\n{LONG}\n")
    spoken = " ".join([archive.lead or ""] + [f"{s.heading} {' '.join(s.paragraphs)}" for s in archive.sections])
    assert "december 2012" not in spoken
    blog = parse_text(f"Liveblog: de brug gaat open\n\n{BODY}\n\n14:32\n\n{LONG}\n\n15:05\n\n{MORE}\n")
    spoken = " ".join(p for s in blog.sections for p in s.paragraphs)
    assert "14:32" in spoken and "15:05" in spoken


def test_the_institutions_name_over_the_headline_is_not_the_title():
    article = parse_text(f"Hoogheemraadschap De Stichtse Rijnlanden\nHome > In de buurt > Oudewater\n\n"
                         f"Renovatie gemaal Groot Hekendorp\n\n{BODY}\n\n{MORE}\n")
    assert article.title == "Renovatie gemaal Groot Hekendorp"


def test_the_only_headline_typed_with_a_full_stop_is_still_the_title():
    article = parse_text(f"Politiezone Vilvoorde-Machelen\nHome » Nieuws\n\ndinsdag, 04 september 2018 09:15\n\n"
                         f"Snelheidscontroles op de eerste schooldag.\n\n{BODY}\n\n{MORE}\n")
    assert article.title == "Snelheidscontroles op de eerste schooldag."


BRIDGE_QUESTIONS = ["Wat voor brug komt er?", "Wie betaalt de nieuwe brug?", "Wanneer is de brug klaar?"]
BRIDGE_ANSWERS = [
    "De brug wordt een boogbrug van staal, zo'n honderdtwintig meter lang, met een apart fietspad aan twee kanten.",
    "De stad en de provincie betalen samen, elk voor de helft van de kosten van ruim vier miljoen euro.",
    "Als alles volgens plan loopt, rijden de eerste fietsers er volgend najaar over, zegt de aannemer.",
]
BRIDGE_QA = "\n\n".join(f"{q}\n\n{a}" for q, a in zip(BRIDGE_QUESTIONS, BRIDGE_ANSWERS, strict=True))
"""An explainer's questions, each over its answer."""


def test_an_explainer_written_as_questions_has_them_as_subheads_not_as_a_summary_box():
    article = parse_text(f"Drie vragen over de nieuwe brug\n\n{BODY}\n\nDe brug komt er na jaren van overleg.\n\n{BRIDGE_QA}\n")
    assert article.summary == []
    assert [s.heading for s in article.sections if s.heading] == BRIDGE_QUESTIONS


def test_a_page_of_questions_opening_with_one_reads_it_as_the_first_heading_not_as_the_lead():
    article = parse_text(f"Veelgestelde vragen over de nieuwe brug\n\n{BRIDGE_QA}\n")
    assert article.lead is None
    assert [s.heading for s in article.sections if s.heading] == BRIDGE_QUESTIONS


def test_a_menu_flattened_into_one_line_is_cut_with_the_site_name_and_slogan_above_it():
    for gap in ("   ", "\t", "  "):
        menu = gap.join(["Nieuws", "Achtergrond", "Opinie", "Over ons"])
        article = parse_text(f"Stadsblad. Nieuws voor en door de stad\n{menu}\n\nNieuwe fietsbrug over het kanaal\n\n"
                             f"{BODY}\n\n{MORE}\n")
        assert article.title == "Nieuwe fietsbrug over het kanaal", repr(gap)
        cut = {r.text: r.reason for r in article.removed}
        assert cut["Stadsblad. Nieuws voor en door de stad"] == "navigation"
        assert cut[" | ".join(["Nieuws", "Achtergrond", "Opinie", "Over ons"])] == "navigation"


def test_a_meta_line_under_the_headline_is_no_menu_and_the_headline_stays():
    article = parse_text(f"Nieuwe fietsbrug over het kanaal geopend\nNieuwsbericht | 12-05-2022 | 17:00\n\n{BODY}\n\n{MORE}\n")
    assert article.title == "Nieuwe fietsbrug over het kanaal geopend"


def test_a_breadcrumb_down_to_a_long_page_title_is_navigation():
    article = parse_text(f"Stadsblad\nHome › Pers & nieuws › Nieuwe fietsbrug over het kanaal wordt geopend\n\n"
                         f"Nieuwe fietsbrug over het kanaal wordt geopend\n\n{BODY}\n\n{MORE}\n")
    assert article.title == "Nieuwe fietsbrug over het kanaal wordt geopend"
    assert not any("Home" in (s.heading or "") or any("Home ›" in p for p in s.paragraphs) for s in article.sections)


def test_a_hard_wrapped_paragraph_whose_first_line_looks_like_a_heading_stays_one_paragraph():
    first = "Bosscher nam het besluit kort nadat eind augustus een klacht was ingediend"
    article = parse_text(f"Nieuwe fietsbrug over het kanaal\n\n{BODY}\n\n{first}\nbij de commissie over het proefschrift.\n\n{MORE}\n")
    assert not any(s.heading == first for s in article.sections)
    assert any(p == f"{first} bij de commissie over het proefschrift." for s in article.sections for p in s.paragraphs)
    # A real subhead over a paragraph, and a short label over a lower-case line, stay as they were.
    article = parse_text(f"Nieuwe fietsbrug over het kanaal\n\n{BODY}\n\nRol van de provincie\n\n{MORE}\n")
    assert [s.heading for s in article.sections if s.heading] == ["Rol van de provincie"]


def test_a_menu_with_a_language_switch_and_a_question_entry_is_still_a_menu():
    menu = "Home   Incidenten   Wat kun je zelf doen?   Over ons  |  EN"
    article = parse_text(f"Stadsblad\n{menu}\n\nNieuwe fietsbrug over het kanaal\n\n{BODY}\n\n{MORE}\n")
    assert article.title == "Nieuwe fietsbrug over het kanaal"
    assert "Incidenten" not in json.dumps(article.to_dict(), ensure_ascii=False).split('"removed"')[0]


def test_the_first_line_of_a_hard_wrapped_paragraph_is_never_the_headline():
    article = parse_text("Met het oog op het veranderende klimaat moeten gemeenten een stresstest doen: welke\n"
                         "gebieden lopen risico op wateroverlast, en wat betekent droogte voor de stad?\n\n"
                         f"{BODY}\n\n{MORE}\n")
    assert article.title is None


def test_a_flattened_menu_may_end_in_a_web_address():
    menu = "Alle persberichten   Persfoto’s   Persdienst   zandhoven.be/pers"
    article = parse_text(f"Stad Zandhoven – Persruimte\n{menu}\n\nNieuwe fietsbrug over het kanaal\n\n{BODY}\n\n{MORE}\n")
    assert article.title == "Nieuwe fietsbrug over het kanaal"
    assert {r.text: r.reason for r in article.removed}.get("Alle persberichten | Persfoto’s | Persdienst | zandhoven.be/pers") == "navigation"


def test_the_site_name_between_a_service_menu_and_the_main_menu_is_chrome():
    page = ("Spring naar inhoud\nContact    Agenda    Afvalkalender    English\nGemeente Zandhoven\n"
            "Dorpen aan het kanaal en de bossen\n"
            "Wonen, werken & leven        Ondernemen        Bestuur & organisatie        Nieuws\nZoekterm:\nZoek\n\n"
            f"Fietsbrug\n\n{BODY}\n\n{MORE}\n")
    article = parse_text(page)
    assert article.title == "Fietsbrug"
    cut = {r.text: r.reason for r in article.removed}
    assert cut.get("Dorpen aan het kanaal en de bossen") == "navigation" and cut.get("Zoekterm:") == "navigation"


def test_an_institutions_name_repeated_in_a_contact_block_is_not_the_headline():
    site, headline = "Agentschap voor Groen en Stadsbeheer", "Nieuwe fietsbrug over het kanaal verkort de weg naar het station"
    text = (f"{site}\nDe stad is van iedereen\nZoeken | Menu\nHome > Over ons > Pers\n\nPers & nieuws\n\nPers & nieuws\n\n"
            f"Journalisten kunnen terecht bij de woordvoerder van het {site}:\n\n{site}\n"
            f"Kanaalstraat 12 bus 3, 2000 Antwerpen\npers@stadsbeheer.be\n\n • 15/07\n\n{headline}\n\nMobiliteit\n\n"
            f"15/07\n\n{headline}\n\n{headline}\n\nDe werken\n\n{' '.join([BODY] * 4)}\n")
    assert parse_text(text).title == headline


def test_a_section_label_in_the_h1_gives_way_to_the_one_headline_under_it_and_an_overview_has_no_title():
    from narrate.article import parse_html

    frame = ("<html><body><nav><a href='/'>Home</a> <a href='/nieuws'>Nieuws</a></nav><main><h1>Nieuws</h1>"
             "<p>17-03-2020</p>{entries}</main></body></html>")
    entry = "<h2>{title}</h2><p>{body}</p><p>{more}</p>"
    one = frame.format(entries=entry.format(title="Fluvius schort alle werkzaamheden op", body=BODY, more=MORE))
    assert parse_html(one).title == "Fluvius schort alle werkzaamheden op"
    two = frame.format(entries=entry.format(title="Fietsbrug eindelijk open voor iedereen", body=BODY, more=MORE)
                       + entry.format(title="Nieuwe openingsuren van het zwembad", body=MORE, more=BODY))
    # A section's name is never a page's title (issue 14): the overview of its entries has none, and no entry's
    # headline heads the whole page.
    overview = parse_html(two)
    assert overview.title is None and "Nieuws" not in [s.heading for s in overview.sections]


def test_a_headline_repeated_for_a_ticker_behind_aria_hidden_is_read_once():
    from narrate.article import parse_html

    shown = "Samen bouwen we aan de wereld van morgen"
    page = (f"<html><body><main><h1><span>{shown}</span> <span aria-hidden='true'>{shown}</span></h1>"
            f"<p>{BODY}</p><p>{MORE}</p></main></body></html>")
    assert parse_html(page).title == shown


def test_the_date_after_a_headline_is_a_date_line_not_words_of_the_title():
    headline = "Nieuwe fietsbrug over het kanaal geplaatst"
    article = parse_text(f"Home › Nieuws\n\n{headline} - 12/03/2018\n\n{BODY}\n\n{MORE}\n")
    assert article.title == headline
    assert {r.text: r.reason for r in article.removed}.get("12/03/2018") == "date line"
    dated = "Voorbereiding van de Europese Raad van 30 – 31 mei"
    assert parse_text(f"{dated}\n\n{BODY}\n\n{MORE}\n").title == dated


def test_a_short_exclamation_under_a_genre_and_author_line_is_the_headline():
    article = parse_text(f"25 maart 2021\nCPB Column - Pieter Hasekamp\n\nGefeliciteerd met uw jubileum op het werk!\n\n"
                         f"{BODY}\n\n{MORE}\n")
    assert article.title == "Gefeliciteerd met uw jubileum op het werk!"
    assert "Pieter Hasekamp" in (article.byline or "")


def test_of_two_h1_the_headline_is_the_one_the_pages_title_repeats_not_the_sites_name():
    from narrate.article import parse_html

    page = ("<html><head><title>Nieuwe fietsbrug over het kanaal - Het Stadsblad</title></head><body>"
            "<header><h1>Het Stadsblad</h1><h2>Onafhankelijk nieuws van de stad en haar campus</h2></header>"
            f"<article><h1>Nieuwe fietsbrug over het kanaal</h1><p>{BODY}</p><p>{MORE}</p></article></body></html>")
    assert parse_html(page).title == "Nieuwe fietsbrug over het kanaal"


def test_the_lines_of_a_poem_are_text_not_headings():
    stanzas = ("Wat weet ik nu van de oorlog?\nIk ben pas twaalf jaar…\nEr werd hard gevochten, er was verraad en bedrog\n"
               "Het is lang geleden, mijn grootouders waren daar.\n\n"
               "Daarom herdenken we op 4 mei\nOm iedereen te eren die zijn leven heeft gegeven\n"
               "Zodat wij in vrede en vrijheid kunnen leven.\nOm nooit te vergeten ben ik twee minuten stil.\n")
    article = parse_text(f"Herdenking 4 mei in het dorp\n\n{BODY}\n\nGedicht kinderburgemeester\n\n{stanzas}\n{MORE}\n")
    headings = [s.heading for s in article.sections if s.heading]
    assert headings == ["Gedicht kinderburgemeester"]
    assert any("Er werd hard gevochten, er was verraad en bedrog" in p for s in article.sections for p in s.paragraphs)


def test_a_menu_whose_gaps_hold_bars_is_a_menu_and_the_sites_slogan_over_it_no_headline():
    page = ("Cliëntenraden\nOpkomen voor iedereen met een uitkering van het fonds\n"
            "Home  |  Wie zijn wij  |  Regionale raden  |  Nieuws  |  Contact\nNieuws > Uit de raden\n\n"
            f"Begrip voor de nieuwe fietsbrug\nPortret | Raad West-Brabant | 2 minuten lezen\n{BODY}\n\n{MORE}\n")
    article = parse_text(page)
    assert article.title == "Begrip voor de nieuwe fietsbrug"
    assert "Home | Wie zijn wij | Regionale raden | Nieuws | Contact" in {r.text for r in article.removed}


def test_a_line_break_and_a_subtitle_in_the_h1_are_not_glued_to_the_headline():
    from narrate.article import parse_html

    page = ("<html><body><main><h1>Sigrid Kaag<br><span class='subtitle'>Minister voor Buitenlandse Handel</span></h1>"
            f"<p>{BODY}</p><p>{MORE}</p></main></body></html>")
    assert parse_html(page).title == "Sigrid Kaag"
    page = f"<html><body><main><h1>Nieuwe fietsbrug<br>over het kanaal</h1><p>{BODY}</p><p>{MORE}</p></main></body></html>"
    assert parse_html(page).title == "Nieuwe fietsbrug over het kanaal"


def test_a_headers_buttons_and_language_switch_are_navigation_and_the_sites_name_over_them_no_headline():
    page = ("Planbureau | Statistics Netherlands\nZoeken    Menu\nHome / Over ons / 2020\n\n"
            f"Nieuwe monitor voor de regio\n\n{BODY}\n\n{MORE}\n")
    article = parse_text(page)
    assert article.title == "Nieuwe monitor voor de regio"
    assert {"Zoeken | Menu", "Planbureau | Statistics Netherlands"} <= {r.text for r in article.removed}
    page = f"Onderzoekscentrum\nExpertise   Projecten   Nieuws   Contact\nNL | EN   Zoeken\n\nNieuwe directeur benoemd\n\n{BODY}\n\n{MORE}\n"
    assert parse_text(page).title == "Nieuwe directeur benoemd"


def test_a_line_of_tags_set_apart_by_middle_dots_is_no_heading():
    article = parse_text(f"Nieuwe regels voor hitte in de zorg\n\nZorgaanbieders · Gezondheid en veiligheid\n\n{BODY}\n\n"
                         f"Wat moet u doen\n\n{MORE}\n")
    assert [s.heading for s in article.sections if s.heading] == ["Wat moet u doen"]
    assert article.title == "Nieuwe regels voor hitte in de zorg"
    assert "Zorgaanbieders · Gezondheid en veiligheid" in {r.text for r in article.removed}


def test_a_search_box_naming_its_section_is_no_headline():
    page = ("Ministerie van Infrastructuur\nNieuws IenW\nHome  Nieuwsberichten  Toespraken  Persberichten\n"
            f"Zoeken binnen Nieuws IenW\n\nReactie op de nieuwe directeur\n\n{BODY}\n\n{MORE}\n")
    article = parse_text(page)
    assert article.title == "Reactie op de nieuwe directeur"
    assert "Zoeken binnen Nieuws IenW" in {r.text for r in article.removed}


def test_an_author_line_after_a_separator_is_a_byline_whoever_signs():
    article = parse_text(f"Nieuwe regels voor het bureau\n\n/ Auteur: Corporate communicatie\n\n{BODY}\n\n{MORE}\n")
    assert article.byline == "/ Auteur: Corporate communicatie" and "Auteur" not in (article.lead or "")


def test_the_names_of_the_people_in_the_picture_are_neither_headline_nor_heading():
    page = (f"Regio voor de toekomst gewapend\n\nGeplaatst in: Persberichten · 3 minuten leestijd\n\n"
            f"Ilona Heijen en Marco Stüber (MCON)\n\n{BODY}\n\n{MORE}\n")
    article = parse_text(page)
    assert article.title == "Regio voor de toekomst gewapend"
    assert "Ilona Heijen en Marco Stüber (MCON)" in {r.text for r in article.removed}
    assert not any("Heijen" in p for s in article.sections for p in s.paragraphs)


def test_the_authors_box_below_the_text_is_cut_with_its_bio():
    page = (f"Begeleiders onder vuur\n\nWetenschap — 22 oktober 2020\n\n{BODY}\n\nDoor Christien Boomsma\n\n{MORE}\n\n"
            "Christien Boomsma\n\nWetenschapsredacteur bij de krant. Schrijft over onderzoek en integriteit.\n")
    article = parse_text(page)
    spoken = " ".join([s.heading or "" for s in article.sections] + [p for s in article.sections for p in s.paragraphs])
    assert "Boomsma" not in spoken and "Wetenschapsredacteur" not in spoken


def test_the_heading_of_the_senders_box_under_a_press_release_is_cut():
    article = parse_text(f"Meer geld voor fietspaden\n\n{BODY}\n\nWat er nu gebeurt\n\n{MORE}\n\nOver VVSG\n\n"
                         "De vereniging is de ledenorganisatie van alle steden en gemeenten, met meer dan honderd medewerkers.\n")
    assert [s.heading for s in article.sections if s.heading] == ["Wat er nu gebeurt"]
    assert "Over VVSG" in {r.text for r in article.removed}


def test_the_sites_name_over_a_menu_of_short_entries_is_no_title_whatever_widget_the_menu_looks_like():
    text = ("VITO – Vision on technology\nOver VITO   Expertise   Projecten   Nieuws & events   Vacatures   Contact   NL | EN\n"
            f"Home › Nieuws › Gezondheid\n{BODY}\n\n{MORE}\n")
    assert parse_text(text).title is None


def test_an_embassy_or_an_authority_named_alone_is_no_title():
    for name in ("Ambassade van België in Oeganda", "Autoriteit Consument & Markt"):
        assert parse_text(f"{name}\n\n{BODY}\n\n{MORE}\n").title is None, name


def test_a_trail_of_slashes_from_the_news_section_is_navigation_and_the_sites_address_line_no_title():
    from narrate.article.furniture import classify_line

    assert classify_line("Persberichten / Wegen en fietsen") == "navigation"
    assert classify_line("Nieuws / Wie betaalt de rekening?") is None
    article = parse_text(f"UKrant.nl – onafhankelijk nieuws over de RUG\nNieuws / Kort nieuws\nNieuwe fietsbrug over het kanaal\n\n"
                         f"{BODY}\n\n{MORE}\n")
    assert article.title == "Nieuwe fietsbrug over het kanaal"


def test_one_step_from_home_is_navigation_whatever_the_pages_title_holds():
    from narrate.article.furniture import classify_line

    assert classify_line("Home › Kamerstuk 36619, nr. 1") == "navigation"
    assert classify_line("Home > Besluit nr. 12 van 3 mei") == "navigation"
    assert classify_line("Thuis > Nieuws over de brand.") is None


def test_a_labelled_month_under_an_faqs_headline_is_its_date_and_the_first_question_no_title():
    from narrate.article import parse_text

    article = parse_text(
        "Veelgestelde vragen: nieuw afvalbeleid Zandhoven\n\nDatum: maart 2021\n\nBeleid\n\n"
        "Waarom kiest de gemeente voor bronscheiding?\n\n"
        "Bronscheiding is scheiding door de inwoners en daarmee wordt het beste resultaat behaald in een landelijke gemeente.\n\n"
        "Kan ik nog reageren op het nieuwe afvalbeleid?\n\n"
        "Nee, dit kan niet. Het nieuwe beleid is vastgesteld door de gemeenteraad en geldt vanaf het voorjaar.\n"
    )
    assert article.title == "Veelgestelde vragen: nieuw afvalbeleid Zandhoven"


def test_a_speechs_salutation_is_read_as_text_not_as_a_chapter():
    article = parse_text(
        "Rede van de gouverneur\n\n"
        "De gouverneur sprak de provincieraad toe bij de opening van het nieuwe werkjaar.\n\n"
        "Geachte aanwezigen\n\n"
        "Het voorbije jaar was een jaar van veerkracht en verantwoordelijkheid voor onze provincie en haar mensen.\n\n"
        "Beste praktijken\n\n"
        "Gemeenten die samenwerken, bereiken meer voor hun inwoners dan gemeenten die alleen werken.\n"
    )
    assert [s.heading for s in article.sections] == [None, "Beste praktijken"]
    assert "Geachte aanwezigen" in article.sections[0].paragraphs


def test_a_heading_under_a_contact_box_in_the_middle_of_the_article_stays_a_heading():
    article = parse_text(
        "Hoogheemraadschap De Stichtse Rijnlanden\nHome > In de buurt > Oudewater\n\n"
        "Renovatie gemaal Groot Hekendorp\n\n"
        "Gemaal Groot Hekendorp ligt aan de Oostkade in Hekendorp. Het gemaal zorgt voor het op peil houden van het "
        "water in de polder, ook bij hevige regen in de winter.\n\n"
        "Wat gaan we doen?\n\n"
        "Het gemaal is verouderd en aan grootonderhoud toe. De behuizing van het huidige gemaal past niet meer bij de "
        "nieuwe pompen, en de elektrische installatie moet ook worden vervangen.\n\n"
        "Wat is onze werkwijze?\n\n"
        "Het waterschap gaat de roosterinstallatie renoveren en de opslag van drijfvuil verbeteren. Het bestaande "
        "gebouw blijft staan en krijgt een nieuw dak.\n\n"
        "Tijdens de werkzaamheden zal naast het gemaal een tijdelijke pomp met dezelfde capaciteit worden geplaatst.\n\n"
        "Contact\n\nTheo Buijserd\nTheo Buijserd\nProjectleider\n\n"
        "Planning\n\n"
        "De voorlopige projectplanning is onderverdeeld in verschillende fases. Deze planning wordt bijgewerkt als er "
        "nieuwe informatie is.\n\n"
        "De werkzaamheden op locatie starten omstreeks half januari 2021.\n\n"
        "De werkzaamheden zijn medio september van 2021 volledig afgerond.\n\n"
        "Deel deze pagina\n"
    )
    assert "Planning" in [s.heading for s in article.sections] and "Planning" not in [r.text for r in article.removed]


def test_the_line_that_repeats_where_a_trail_of_slashes_ends_is_the_title_and_the_labels_under_it_go():
    article = parse_text(
        "Federaal Kenniscentrum\nOver ons | Publicaties | Nieuws | Vacatures\nHome / Nieuws / Het centrum voorstellen\n\n"
        f"Het centrum voorstellen\n\nRegendruppels\n\nUpdate 26 juli - 19u\n\n{BODY}\n\n{MORE}\n"
    )
    assert article.title == "Het centrum voorstellen"
    assert [s.heading for s in article.sections] == [None]


def test_a_name_card_with_a_role_is_no_chapter_the_pictures_caption_between_paragraphs_and_read_over_words():
    article = parse_text(f"Nieuwe koers voor het ziekenhuis\n\n{BODY}\n\nMedisch directeur Guy Hans\n\n{MORE}\n")
    assert [s.heading for s in article.sections] == [None]
    assert "Medisch directeur Guy Hans" in [r.text for r in article.removed if r.reason == "photo caption"]
    # Over the person's words or a question put to them, it says who speaks: read with them.
    for below in ("“We bouwen verder aan het ziekenhuis van morgen.”", "Wat verandert er voor de patiënten?"):
        article = parse_text(f"Nieuwe koers voor het ziekenhuis\n\n{BODY}\n\nMedisch directeur Guy Hans\n\n{below}\n\n{MORE}\n")
        assert "Medisch directeur Guy Hans" in article.sections[0].paragraphs
    # A line of news about someone, with its verb, is a subhead, not a card.
    article = parse_text(f"Nieuwe raad\n\n{BODY}\n\nHanne Goossens aangesteld als gemeenteraadslid\n\n{MORE}\n")
    assert "Hanne Goossens aangesteld als gemeenteraadslid" not in [r.text for r in article.removed]


def test_a_press_releases_headline_of_over_twenty_words_is_still_its_title():
    head = ("Gezamenlijke verklaring van de burgemeester van Gent en de gouverneur van de provincie Oost-Vlaanderen "
            "over de nieuwe fietsbrug over het kanaal bij de haven")
    article = parse_text(f"{head}\n\n{BODY}\n\n{MORE}\n")
    assert len(head.split()) >= 20 and article.title == head
    # A long opening sentence of the body, ending in its full stop, is still no headline.
    assert parse_text(f"{head}.\n\n{BODY}\n\n{MORE}\n").title is None


def test_an_author_line_between_two_paragraphs_is_the_byline_and_not_read():
    # Set right over the next paragraph, with no blank line: no caption's credit, a line of the text.
    article = parse_text(f"Nieuwe fietsbrug over het kanaal\n\n{BODY}\n\ndoor Petra Merkx\n{MORE}\n\n{BODY}\n")
    assert "door Petra Merkx" in [r.text for r in article.removed if r.reason == "byline in text"]
    assert all("Merkx" not in p for s in article.sections for p in s.paragraphs) and "Merkx" not in (article.lead or "")


def test_a_brand_with_a_capital_inside_may_open_a_headline_and_a_wordpress_archive_label_is_none():
    article = parse_text(f"Categorie archieven: Corporate\n\nmboRijnland organiseert eerste Groene Hart Conferentie\n"
                         f"Geplaatst op 11 oktober 2023 door Communicatie\n\n{BODY}\n\n{MORE}\n")
    assert article.title == "mboRijnland organiseert eerste Groene Hart Conferentie"
    assert "Categorie archieven" not in (article.lead or "") + str(article.sections)


def test_a_short_headline_over_its_lowercase_description_is_no_kicker():
    article = parse_text(f"UA sport aangekaart\nwaarom de sportkaart duurder moet\n\n{BODY}\n\n{MORE}\n")
    assert article.title == "UA sport aangekaart" and article.kicker is None


def test_a_name_alone_under_the_headline_or_under_a_subhead_naming_them_is_no_chapter():
    article = parse_text(f"Nieuwe fietsbrug over het kanaal\n\nLiesbeth Buzugbe\n\n{BODY}\n\n{MORE}\n")
    assert [s.heading for s in article.sections] == [None]
    assert "Liesbeth Buzugbe" in [r.text for r in article.removed if r.reason == "photo caption"]
    article = parse_text(f"Nieuwe fietsbrug\n\n{BODY}\n\nSchepen Hanna Swaab over de brug\n\nHanna Swaab\n\n{MORE}\n")
    assert [s.heading for s in article.sections if s.heading] == ["Schepen Hanna Swaab over de brug"]
    # Under a subhead over a list of people, each name heads its own part.
    article = parse_text(f"Nieuwe fietsbrug\n\n{BODY}\n\nDe genomineerden\n\nNiels Drost\n\n{MORE}\n")
    assert [s.heading for s in article.sections if s.heading] == ["De genomineerden", "Niels Drost"]


def test_a_name_with_an_age_in_brackets_is_a_portraits_name_card_read_over_the_words_it_labels():
    said = "‘Er wordt gesproken over een nieuw beleid voor de fietsbrug.’"
    article = parse_text(f"Nieuwe fietsbrug\n\n{BODY}\n\nHarm Ligtenberg (21), CSF\n\n{said}\n\n{MORE}\n")
    assert [s.heading for s in article.sections if s.heading] == []
    assert any("Harm Ligtenberg (21), CSF" in p for s in article.sections for p in s.paragraphs)
    # A count in brackets after a word that is no name is a subhead's ("Perscommuniqués (44)").
    article = parse_text(f"Nieuwe fietsbrug\n\n{BODY}\n\nPerscommuniqués (44)\n\n{MORE}\n")
    assert [s.heading for s in article.sections if s.heading] == ["Perscommuniqués (44)"]


def test_a_headline_written_as_a_sentence_over_its_author_and_date_is_the_title():
    head = "“De toekomst is samen en de toekomst is lokaal”."
    article = parse_text(f"Home   Nieuws   Contact\n\n{head}\n\nMieck Vos\n10.10.2018\n\n{BODY}\n\n{MORE}\n")
    assert article.title == head
    # The same sentence with no author or date under it opens the text: a paste without its title.
    assert parse_text(f"{head}\n\n{BODY}\n\n{MORE}\n").title is None


def test_a_line_between_the_headline_and_its_copy_is_the_pictures_caption():
    head = "RUG-begeleiders nu ook onder vuur"
    caption = "Ad van Liempt voor de voormalige woning van de kampcommandant."
    article = parse_text(f"Leestijd: 4 minuten\n\n{head}\n\n{caption}\n\n{head}\n\n{BODY}\n\n{MORE}\n")
    assert article.title == head and caption in [r.text for r in article.removed if r.reason == "photo caption"]
    assert caption not in (article.lead or "") + " ".join(p for s in article.sections for p in s.paragraphs)


def test_a_sections_overview_with_a_read_more_link_per_entry_has_no_title():
    entries = (f"25/05/2023\nFietsbrug eindelijk open voor iedereen\n{BODY}\nLees meer\n\n"
               f"23/05/2023\nNieuwe openingsuren van het zwembad\n{MORE}\nLees meer\n")
    article = parse_text(f"Stad Zandhoven\nHome   Wonen   Nieuws   Contact\nHome > Actueel > Nieuws\nNieuws\n{entries}")
    assert article.title is None
    assert [s.heading for s in article.sections if s.heading][-1] == "Nieuwe openingsuren van het zwembad"
    # One article under its section's name, with one such link under it, keeps its headline.
    one = f"Home > Actueel > Nieuws\nNieuws\n25/05/2023\nFietsbrug eindelijk open voor iedereen\n\n{BODY}\n\n{MORE}\n\nLees meer\n"
    assert parse_text(one).title == "Fietsbrug eindelijk open voor iedereen"


def test_a_headline_that_names_its_weekday_and_date_is_no_byline():
    article = parse_text(
        "Persberichten | Persfoto's | Perscontacten\n\n"
        "Wijkbeurs Watersportbaan-Ekkergem op zaterdag 9 december 2017\n\n"
        "Op zaterdag 9 december organiseert de stad een wijkbeurs in de wijk. Bewoners kunnen er met de diensten "
        "van de stad praten over wat er in hun buurt gebeurt.\n\n"
        "De beurs loopt van 10 tot 16 uur in het buurthuis. Iedereen is welkom.\n"
    )
    assert article.title == "Wijkbeurs Watersportbaan-Ekkergem op zaterdag 9 december 2017"
    assert parse_text("Zaterdag 9 december 2017\n\nDe beurs loopt van 10 tot 16 uur in het buurthuis. Iedereen is "
                      "welkom, ook wie niet in de wijk woont.\n").title is None


def test_a_genre_label_between_dashes_before_the_headline_is_its_kicker():
    article = parse_text(
        "Home › Aalanden › Berichten\n\n"
        "-Nieuwsbericht- Dromen worden werkelijkheid\n\n"
        "Herman Schuitema en zijn vrouw wonen sinds juli 2019 in de Binnenstad. Zij kijken uit op de Peperbus.\n\n"
        "Een van de uitkomsten van het onderzoek is dat het contact tussen bewoners is afgenomen.\n"
    )
    assert (article.kicker, article.title) == ("Nieuwsbericht", "Dromen worden werkelijkheid")
    # Any other word between dashes stays where it is.
    assert parse_text("-Dromen- worden werkelijkheid\n\nHerman Schuitema woont in de Binnenstad.\n").kicker is None


def test_list_items_each_over_their_own_text_are_the_titles_of_an_overviews_entries():
    page = (
        "Persberichten\n\nHier vindt u de persberichten die de gemeente dit jaar verstuurde.\n\n"
        " • PERSBERICHT - Gemeente Sluis heeft schoonste stranden van Nederland én Zeeland\n\n"
        "  Donderdag 29 juli is de gemeente tijdens de landelijke strandverkiezingen uitgeroepen tot schoonste "
        "strandgemeente van Nederland.\n\n"
        " • PERSBERICHT - Reiniging en restauratie van het kunstwerk aan de Kaai in Breskens\n\n"
        "  Aan de Kaai in Breskens staat sinds dertig jaar een kunstwerk. Het bevindt zich in een matige conditie.\n"
    )
    headings = [s.heading for s in parse_text(page).sections if s.heading]
    assert headings == ["PERSBERICHT - Gemeente Sluis heeft schoonste stranden van Nederland én Zeeland",
                        "PERSBERICHT - Reiniging en restauratie van het kunstwerk aan de Kaai in Breskens"]
    # A list of long items with one paragraph after it is a list, not an overview.
    listed = parse_text(
        "Nieuwe regels voor het strand\n\nDe gemeente past de regels aan voor de zomer van dit jaar.\n\n"
        " • Honden zijn op het strand welkom tot tien uur in de ochtend van elke dag\n"
        " • Strandstoelen mogen niet blijven staan na zonsondergang op het hele strand\n\n"
        "De regels gelden vanaf 1 juni. Wie ze overtreedt, riskeert een boete.\n"
    )
    assert [s.heading for s in listed.sections if s.heading] == []


def test_questions_about_the_subject_that_a_longer_text_goes_on_from_are_subheads_not_a_summary_box():
    qa = "\n\n".join(f"{q}\n\n{a}" for q, a in zip(BRIDGE_QUESTIONS[:2], BRIDGE_ANSWERS[:2], strict=True))
    article = parse_text(f"De nieuwe brug\n\n{BODY}\n\n{qa}\n\n{MORE}\n\n{MORE}\n")
    assert article.summary == []
    assert [s.heading for s in article.sections if s.heading] == BRIDGE_QUESTIONS[:2]


def test_questions_put_to_the_reader_at_the_top_are_a_summary_box():
    questions = ["Wat verandert er voor jou?", "Wat moet je zelf doen?"]
    qa = "\n\n".join(f"{q}\n\n{a}" for q, a in zip(questions, BRIDGE_ANSWERS[:2], strict=True))
    article = parse_text(f"De nieuwe brug\n\n{BODY}\n\n{qa}\n\n{MORE}\n\n{MORE}\n")
    assert [item.question for item in article.summary] == questions


def test_an_overviews_first_entry_opening_the_body_is_a_title_like_the_entries_after_it():
    page = (
        " • Nieuwe fietsbrug over het kanaal geopend\n\n"
        "  (12-03-2021) wethouder Anna de Vries\n\n"
        f"  {BODY}\n\n"
        " • Markt verhuist tijdelijk naar het plein\n\n"
        "  (05-03-2021)\n\n"
        f"  {MORE}\n"
    )
    headings = [s.heading for s in parse_text(page).sections if s.heading]
    assert headings == ["Nieuwe fietsbrug over het kanaal geopend", "Markt verhuist tijdelijk naar het plein"]


def test_a_first_line_over_one_paragraph_then_more_titles_each_over_one_is_an_entry_not_a_standfirst():
    third = "De bibliotheek is voortaan ook op zondag open, van tien tot vijf uur, zo besliste het stadsbestuur gisteren."
    page = (
        "Nieuws uit de stad\n\n"
        f"Gemeente opent nieuwe fietsbrug over het kanaal\n\n{BODY}\n\n"
        f"Markt verhuist tijdelijk naar het plein\n\n{MORE}\n\n"
        f"Bibliotheek krijgt ruimere openingsuren\n\n{third}\n"
    )
    article = parse_text(page)
    assert [s.heading for s in article.sections if s.heading][:1] == ["Gemeente opent nieuwe fietsbrug over het kanaal"]


def test_a_line_at_the_top_that_holds_the_whole_headline_and_a_word_or_two_more_is_no_subhead():
    text = (f"Fietsbrug over het kanaal\n\n{BODY}\n\nDossier: fietsbrug over het kanaal\n\n{MORE}\n\n"
            "Bouw en kosten\n\nDe aannemer werkte twee jaar aan de brug, die vier miljoen euro kostte aan de stad.\n")
    article = parse_text(text)
    assert article.title == "Fietsbrug over het kanaal"
    assert [s.heading for s in article.sections if s.heading] == ["Bouw en kosten"]


def test_a_speakers_name_in_capitals_over_a_turn_in_the_first_person_is_no_subhead():
    text = ("Persconferentie na de raad\n\n"
            "Letterlijke tekst van de persconferentie van burgemeester Verhoeven na afloop van de gemeenteraad.\n\n"
            "VERHOEVEN\n\n"
            "Ik wil beginnen met de brug. We hebben vandaag lang gesproken over de nieuwe fietsbrug over het kanaal.\n\n"
            f"{MORE}\n")
    article = parse_text(text)
    assert [s.heading for s in article.sections if s.heading] == []
    assert any("VERHOEVEN" in p for s in article.sections for p in s.paragraphs) or "VERHOEVEN" in (article.lead or "")


def test_a_label_and_a_few_quoted_words_between_paragraphs_are_a_subhead():
    text = (f"De nieuwe brug\n\n{BODY}\n\n"
            "Mijn werkdag: ‘Ik begin altijd bij de brug’\n\n"
            "Wie over de brug fietst, ziet elke ochtend dezelfde wachter staan bij het hek aan de oever.\n")
    article = parse_text(text)
    assert [s.heading for s in article.sections if s.heading] == ["Mijn werkdag: ‘Ik begin altijd bij de brug’"]


def test_a_period_field_between_paragraphs_is_a_line_of_the_record_not_a_subhead():
    text = (f"De nieuwe brug\n\n{BODY}\n\nPeriode: van 2010 tot 2015\n\n{MORE}\n")
    article = parse_text(text)
    assert [s.heading for s in article.sections if s.heading] == []
    assert any("Periode: van 2010 tot 2015" in p for s in article.sections for p in s.paragraphs)


def test_a_line_at_the_top_made_of_three_or_more_of_the_headlines_words_is_its_shortened_repeat():
    text = (f"Wethouder Anna de Vries opent nieuwe fietsbrug over het kanaal\n\n{BODY}\n\nWethouder opent fietsbrug\n\n"
            f"{MORE}\n\nBouw en kosten\n\nDe aannemer werkte twee jaar aan de brug, die vier miljoen euro kostte aan de stad.\n")
    article = parse_text(text)
    assert [s.heading for s in article.sections if s.heading] == ["Bouw en kosten"]


def test_a_page_name_with_a_date_over_its_longer_heading_is_the_title():
    name = "Radiotoespraak burgemeester 12 september 1940"
    article = parse_text(f"{name}\n\n{name} bij de opening van de fietsbrug\n\n{BODY}\n\n{MORE}\n")
    assert article.title == name
    assert article.byline is None


def test_a_menu_section_of_the_trail_glued_after_the_headline_is_cut():
    top = "Stadsportaal\nNieuws | Projecten | Wonen | Werken | Contact\nU bent hier: Home › Projecten › Fietsbrug"
    article = parse_text(f"{top}\n\nFietsbrug over het kanaal eindelijk open Projecten\n\n{BODY}\n\n{MORE}\n")
    assert article.title == "Fietsbrug over het kanaal eindelijk open"
    # A step that is no entry of the menu, the place the page is filed under, stays.
    filed = parse_text(f"{top}\n\nNieuwe fietsbrug voor de stad Fietsbrug\n\n{BODY}\n\n{MORE}\n")
    assert filed.title == "Nieuwe fietsbrug voor de stad Fietsbrug"


def test_a_list_of_dated_entries_has_no_title():
    entries = [("Fietsbrug over het kanaal open", "3 mei 2021", BODY), ("Nieuwe bomen langs de Dorpsstraat", "28 april 2021", MORE),
               ("Markt verhuist tijdelijk naar het plein", "20 april 2021", BODY)]
    page = "\n\n".join(f"{head}\n{date}\n\n{text}" for head, date, text in entries)
    article = parse_text(f"Stadsnieuws\n\n{page}\n")
    # The page's own label over them names the page (an overview's title), none of its entries.
    assert article.title == "Stadsnieuws"
    assert parse_text(f"Home | Nieuws | Wonen\n\n{page}\n").title is None
    # One article with its date over a long text keeps its headline, though dated entries follow at its end.
    single = parse_text(f"Zwembad gaat weer open\n3 mei 2021\n\n{BODY}\n\n{MORE}\n\n{BODY}\n\n{MORE}\n\n{page}\n")
    assert single.title == "Zwembad gaat weer open"


PAGE_HEADS = {
    "a release's headline typed as a sentence over its dateline paragraph": (
        "Persbericht\n\nEen nieuwe fietsbrug voor de stad na twee jaar werken aan de oevers.\n\nGent, 3 mei 2021 – ",
        "Een nieuwe fietsbrug voor de stad na twee jaar werken aan de oevers.",
    ),
    "a quoted headline with a comma, no caption over the line under it": (
        '"Samen bouwen aan de brug, dat spreekt mensen aan"\n\nGesprek met wethouder Mia Claes\n\n',
        '"Samen bouwen aan de brug, dat spreekt mensen aan"',
    ),
    "a question teased above the headline": (
        "Hoe gaat het nu met de bruggenbouwers?\n\nDe bruggenbouwers van de stad, tien jaar later\n\n",
        "De bruggenbouwers van de stad, tien jaar later",
    ),
    "a headline broken after its colon, titled by its first half": (
        "Conclusies van de brugcommissie:\nmeer fietsers, minder auto's en een nieuwe oever\n\n",
        "Conclusies van de brugcommissie:",
    ),
    "a headline all in quote marks over its sender and date": (
        "“De brug is eindelijk klaar. We zijn er trots op.”\nAgentschap Wegen en Verkeer – Verhalen uit het agentschap"
        " – laatst gewijzigd op 3 mei 2024\n\n",
        "“De brug is eindelijk klaar. We zijn er trots op.”",
    ),
    "a short headline under a menu set one entry a line, over its author, date and photo credit": (
        "De Stadskrant\n\nHome\nNieuws\nSport\nCultuur\nEconomie\n\nFietsbrug eindelijk open\n\nJan Peeters\n\n"
        "03/05/21 om 10u45\n\n© Foto Stad\n\n",
        "Fietsbrug eindelijk open",
    ),
    "a headline under a breadcrumb over its date, reading time and share bar": (
        "Home › Regio › Gent\n\nNieuwe fietsbrug over het kanaal gaat volgende week open\n\nGepubliceerd op 3 mei 2021\n\n"
        "Leestijd: 3 min.\n\nFacebook\nTwitter\nLinkedIn\nE-mail\n\n",
        "Nieuwe fietsbrug over het kanaal gaat volgende week open",
    ),
    "a question headline under a menu, over a share bar and its author": (
        "Home\nNieuws\nSport\nCultuur\nEconomie\n\nWordt de nieuwe fietsbrug een succes?\n\nFacebook\nTwitter\nLinkedIn\n"
        "E-mail\n\nDoor Jan Peeters\n\n",
        "Wordt de nieuwe fietsbrug een succes?",
    ),
    "a headline of twenty words under its section's label, over its author": (
        "Economie\n\nNa twee jaar werken en vier miljoen euro gaat de nieuwe fietsbrug over het kanaal in de stad volgende"
        " week eindelijk open\n\nDoor Jan Peeters en Els De Smet\n\n",
        "Na twee jaar werken en vier miljoen euro gaat de nieuwe fietsbrug over het kanaal in de stad volgende week eindelijk open",
    ),
    "a short headline under a label in capitals, over a standfirst of one long phrase": (
        "BINNENLAND\n\nFietsbrug eindelijk open\n\nDe stad zet fors in op de fiets met een brug van vier miljoen euro\n\n"
        "Vandaag om 10:45\n\n",
        "Fietsbrug eindelijk open",
    ),
    "a quoted headline over a standfirst of one long phrase, its author and date": (
        "Home Nieuws Sport Cultuur Economie Regio\n\nBINNENLAND\n\n‘Deze brug verandert alles voor de fietser’\n\n"
        "De stad zet fors in op de fiets met een brug van vier miljoen euro\n\nRedactie\n\nma 3 mei 2021 om 10:45\n\n",
        "‘Deze brug verandert alles voor de fietser’",
    ),
    "a headline of twenty words over its reading time and author on one row": (
        "Na twee jaar werken en vier miljoen euro gaat de nieuwe fietsbrug over het kanaal in de stad volgende week"
        " eindelijk open\n\nLeestijd: 3 min. · Door Jan Peeters en Els De Smet\n\n",
        "Na twee jaar werken en vier miljoen euro gaat de nieuwe fietsbrug over het kanaal in de stad volgende week eindelijk open",
    ),
    "an overview's own label over teasers of one paragraph each, the first under the site's menu": (
        "Home | Nieuws | Wonen | Vrije tijd | Bestuur\n\nGemeentenieuws\n\nZwembad tijdelijk dicht voor onderhoud\n\n"
        "Het stedelijk zwembad sluit vanaf maandag drie weken de deuren voor groot onderhoud aan de filters.\n\n"
        "Bibliotheek breidt openingsuren uit\n\nVanaf september is de bibliotheek ook op zondagvoormiddag open, zo besliste"
        " de gemeenteraad.\n\nInschrijvingen speelpleinwerking starten\n\nOuders kunnen hun kinderen vanaf vandaag inschrijven"
        " voor de speelpleinwerking in juli.\n\nNieuwe fietsbrug over het kanaal gaat open\n\n",
        "Gemeentenieuws",
    ),
    "a dated overview's own label over its teasers": (
        "Archief berichten 2021\n\nZwembad tijdelijk dicht voor onderhoud\n12-05-2021\n\nHet stedelijk zwembad sluit vanaf"
        " maandag drie weken de deuren voor groot onderhoud aan de filters.\n\nBibliotheek breidt openingsuren uit\n03-05-2021"
        "\n\nVanaf september is de bibliotheek ook op zondagvoormiddag open, zo besliste de gemeenteraad.\n\n"
        "Inschrijvingen speelpleinwerking starten\n28-04-2021\n\nOuders kunnen hun kinderen vanaf vandaag inschrijven voor de"
        " speelpleinwerking in juli.\n\nNieuwe fietsbrug over het kanaal gaat open\n02-04-2021\n\n",
        "Archief berichten 2021",
    ),
    "a topic's label over an article whose lead runs two paragraphs, under subheads": (
        "Mobiliteit\n\nNieuwe fietsbrug over het kanaal gaat open\n\nDe stad zet fors in op de fiets met een brug van vier"
        " miljoen euro, zegt de schepen.\n\nFietsers winnen zo tien minuten op hun weg naar het station.\n\nZwembad ook open"
        " tijdens de werken\n\nHet zwembad naast de werf blijft gewoon open, ook tijdens de laatste werken.\n\n"
        "Bibliotheek verhuist tijdelijk\n\n",
        "Nieuwe fietsbrug over het kanaal gaat open",
    ),
    "a genre's label over an article of one paragraph between subheads": (
        "Interview\n\nNieuwe fietsbrug over het kanaal gaat open\n\nDe stad zet fors in op de fiets met een brug van vier"
        " miljoen euro, zegt de schepen.\n\nZwembad ook open tijdens de werken\n\nHet zwembad naast de werf blijft gewoon"
        " open, ook tijdens de laatste werken.\n\nBibliotheek verhuist tijdelijk\n\n",
        "Nieuwe fietsbrug over het kanaal gaat open",
    ),
}
"""A page's head (everything above the text's first sentence) and the title it gives: a case of each shape of head."""


@pytest.mark.parametrize("head, title", PAGE_HEADS.values(), ids=list(PAGE_HEADS))
def test_a_pages_head_gives_its_title(head, title):
    assert parse_text(f"{head}{BODY}\n\n{MORE}\n").title == title


def test_an_overview_named_by_its_label_keeps_its_entries_as_headings():
    head = PAGE_HEADS["an overview's own label over teasers of one paragraph each, the first under the site's menu"][0]
    headings = [s.heading for s in parse_text(f"{head}{BODY}\n\n{MORE}\n").sections if s.heading]
    assert headings[:2] == ["Zwembad tijdelijk dicht voor onderhoud", "Bibliotheek breidt openingsuren uit"]


def test_a_diary_entry_named_by_its_day_over_the_posts_date_is_titled_by_the_day():
    article = parse_text(f"Dinsdag 4 mei\nGeplaatst op 5 mei 2021 in Dagboek\n\n{BODY}\n\n{MORE}\n")
    assert article.title == "Dinsdag 4 mei"
    assert article.byline == "Geplaatst op 5 mei 2021 in Dagboek"


def test_a_genre_label_alone_over_the_text_is_no_title():
    article = parse_text(f"Reportage\n\n{BODY}\n\n{MORE}\n")
    assert article.title is None
    assert "Reportage" not in [s.heading for s in article.sections]


def test_a_step_of_the_pages_breadcrumb_set_again_between_paragraphs_is_no_subhead():
    text = ("Home › Stad en wonen › Fietsbrug open\n\nFietsbrug over het kanaal open\n\n"
            f"{BODY}\n\nStad en wonen\n\n{MORE}\n\nBouw en kosten\n\n"
            "De aannemer werkte twee jaar aan de brug, die vier miljoen euro kostte aan de stad.\n")
    article = parse_text(text)
    assert [s.heading for s in article.sections if s.heading] == ["Bouw en kosten"]


def test_an_entrys_linked_headline_over_its_picture_or_meta_line_is_its_subhead():
    from narrate.article import parse_html

    entry = ("<article class='post'><h2 class='entry-title'><a href='#'>{title}</a></h2>{between}"
             "<p>{body}</p></article>")
    picture = "<figure><img src='brug.jpg' alt=''><figcaption>De brug bij avond (Foto: Jan Peeters)</figcaption></figure>"
    meta = "<div class='meta'><time datetime='2021-05-03'>maandag 3 mei 2021</time> · Verkeer</div>"
    page = ("<html><body><main><header><h1>Tag: de bruggen van de stad</h1></header>"
            + entry.format(title="Fietsers rijden voortaan over het water", between=picture, body=BODY)
            + entry.format(title="De oude sluis gaat dicht voor het verkeer", between=meta, body=MORE)
            + entry.format(title="Een nieuwe kade voor de binnenvaart", between=picture, body=LONG)
            + "</main></body></html>")
    headings = [s.heading for s in parse_html(page).sections if s.heading]
    assert headings == ["Fietsers rijden voortaan over het water", "De oude sluis gaat dicht voor het verkeer",
                        "Een nieuwe kade voor de binnenvaart"]


def test_a_subhead_the_pages_table_of_contents_links_to_is_a_chapter_not_a_related_link():
    from narrate.article import parse_html

    contents = ("<nav class='toc'><h2>Inhoudsopgave</h2><ol><li><a href='#wie'>Wie we zijn</a></li>"
                "<li><a href='#woord'>Voorwoord van de voorzitter</a></li><li><a href='#cijfers'>Onze cijfers</a></li></ol></nav>")
    page = (f"<html><body><header><a href='/'>Home</a></header>{contents}<main><h1>Ons jaar aan het kanaal</h1><p>{LONG}</p>"
            f"<h2 id='wie'>Wie we zijn</h2><p>{BODY}</p><h2 id='woord'>Voorwoord van de voorzitter</h2><p>{MORE}</p>"
            f"<h2 id='cijfers'>Onze cijfers</h2><p>{BODY}</p></main></body></html>")
    headings = [s.heading for s in parse_html(page).sections if s.heading]
    assert "Wie we zijn" in headings and "Voorwoord van de voorzitter" in headings


def test_an_entrys_headline_that_names_its_day_is_a_subhead_not_the_pages_date_line():
    from narrate.article import parse_html

    entry = "<article><h2><a href='/nieuws/{n}'>{title}</a></h2><p>{body}</p></article>"
    page = ("<html><body><main><h1>Stadsnieuws</h1>"
            + entry.format(n=1, title="De raadsvergadering van dinsdag 3 mei 2022", body=BODY)
            + entry.format(n=2, title="Nieuwe bomen op het marktplein", body=MORE)
            + entry.format(n=3, title="De sluis gaat in juni dicht", body=LONG) + "</main></body></html>")
    article = parse_html(page)
    assert [s.heading for s in article.sections if s.heading][0] == "De raadsvergadering van dinsdag 3 mei 2022"
    assert "raadsvergadering" not in (article.byline or "")


def test_the_first_entry_of_a_sections_overview_keeps_its_headline_though_it_names_a_time():
    from narrate.article import parse_html

    entry = "<li><h3><a href='/nieuws/{n}'>{title}</a></h3><p>({day})</p><p>{body}</p></li>"
    page = ("<html><body><main><h1>Nieuws</h1><ul class='news-list'>"
            + entry.format(n=1, title="Zaterdag weekmarkt tot 14.00 uur", day="06-08-2022", body=BODY)
            + entry.format(n=2, title="Nieuwe bomen op het marktplein", day="01-08-2022", body=MORE)
            + entry.format(n=3, title="De sluis gaat in juni dicht", day="28-07-2022", body=LONG) + "</ul></main></body></html>")
    article = parse_html(page)
    assert [s.heading for s in article.sections if s.heading][0] == "Zaterdag weekmarkt tot 14.00 uur"


def test_the_intro_class_on_each_entry_of_an_overview_marks_summaries_not_the_pages_standfirst():
    from narrate.article import parse_html

    entry = "<li class='news__item'><h2><a href='/nieuws/{n}'>{title}</a></h2><p class='news__intro'>{body}</p></li>"
    page = ("<html><body><main><h1>Nieuws</h1><ul class='news'>"
            + entry.format(n=1, title="Fietsbrug over het kanaal gaat volgende week open voor iedereen", body=BODY)
            + entry.format(n=2, title="Nieuwe bomen op het marktplein", body=MORE)
            + entry.format(n=3, title="De sluis gaat in juni dicht", body=LONG) + "</ul></main></body></html>")
    article = parse_html(page)
    assert article.lead is None
    assert [s.heading for s in article.sections if s.heading][0] == "Fietsbrug over het kanaal gaat volgende week open voor iedereen"


def test_a_body_opening_subhead_the_markup_sets_at_the_level_of_the_next_is_no_standfirst():
    from narrate.article import parse_html

    page = ("<html><body><main><h1>Jeugdraad</h1><h2>Wat is de jeugdraad</h2>"
            f"<p>{BODY}</p><h2>Waarom een jeugdraad?</h2><p>{MORE}</p><h2>Aanmelden</h2><p>{LONG}</p></main></body></html>")
    article = parse_html(page)
    assert article.lead is None
    assert [s.heading for s in article.sections if s.heading][0] == "Wat is de jeugdraad"
    standfirst = ("<html><body><main><h1>Jeugdraad</h1><h2>Stad maakt jeugdraad beter bekend</h2>"
                  f"<p>{BODY}</p><h3>Bouw en kosten</h3><p>{MORE}</p></main></body></html>")
    assert [s.heading for s in parse_html(standfirst).sections if s.heading] == ["Bouw en kosten"]


def test_a_subhead_that_sums_someone_up_is_no_caption_of_a_person_in_a_scene():
    text = (f"Nieuwe brugwachter aan de slag\n\n{BODY}\n\nJan Peeters in het kort\n\n"
            "Jan Peeters werkte twintig jaar bij de haven voor hij de sluis overnam van zijn voorganger.\n\n"
            f"Van de haven naar de sluis\n\n{MORE}\n")
    assert "Jan Peeters in het kort" in [s.heading for s in parse_text(text).sections]


def test_a_verbless_subhead_with_a_full_stop_set_as_a_heading_is_no_photo_caption():
    from narrate.article import parse_html

    page = (f"<html><body><main><h1>Nieuwe fietsbrug over het kanaal</h1><p>{BODY}</p>"
            f"<h2>Bruggen binnen het stadsnet.</h2><p>{MORE}</p><p>{LONG}</p></main></body></html>")
    assert "Bruggen binnen het stadsnet." in [s.heading for s in parse_html(page).sections]


def test_a_chapter_head_over_a_block_that_opens_with_a_subhead_is_kept():
    from narrate.article import parse_html
    page = ("<!DOCTYPE html><html><head><title>Jaarverslag van de stad</title></head><body>"
            "<nav><a href='#bruggen'>Bruggen</a> <a href='#wegen'>Wegen</a></nav><main><h1>Jaarverslag van de stad</h1>"
            "<section id='bruggen'><h2>Nieuwe bruggen over het kanaal</h2>"
            f"<div class='story'><h3>Een jaar van werken aan de oevers</h3><p>{BODY}</p></div>"
            f"<div class='text'><h3>Wat de brug kostte</h3><p>{MORE}</p><p>{LONG}</p></div></section></main></body></html>")
    headings = [s.heading for s in parse_html(page).sections if s.heading]
    assert headings[:2] == ["Nieuwe bruggen over het kanaal", "Een jaar van werken aan de oevers"]


def test_an_opening_chapter_set_as_a_heading_under_the_headline_is_kept():
    from narrate.article import parse_html
    page = ("<!DOCTYPE html><html><head><title>Jaarverslag 2031</title></head><body><main><article>"
            f"<h1>Jaarverslag 2031</h1><h2>Voorwoord</h2><p>{BODY}</p><p>{MORE}</p><p>{LONG}</p></article></main></body></html>")
    assert [s.heading for s in parse_html(page).sections if s.heading][:1] == ["Voorwoord"]


def test_a_headline_over_its_date_wins_over_the_line_set_under_the_date():
    text = ("Stadsblad\nTips van de redactie\nJury van de fietsprijs is bekend\n12 maart 2021\n"
            f"Uitreiking fietsprijs vorig jaar\n{BODY}\n{MORE}\n")
    assert parse_text(text).title == "Jury van de fietsprijs is bekend"
    rows = ("Stadsblad\nTips van de redactie\n20:00 uur Vragen van de bewoners per wijk\n21:00 uur Einde\n"
            f"Doel van de avond\n{BODY}\n{MORE}\n")
    assert parse_text(rows).title == "Doel van de avond"


NO_H1_PAGES = {
    "its <title> not shown over the text names the site or the kind of page": (
        "Verslag van de vergadering | Stadsraad", "", None,
    ),
    "its <title>'s headline shown in a line above the text": (
        "Fietsbrug over het kanaal open | Stadsraad", "<p class='kop'>Fietsbrug over het kanaal open</p>",
        "Fietsbrug over het kanaal open",
    ),
    "its <title> shown in fewer than four words: a section's label": (
        "Uit de raad | Stadsraad", "<p>Uit de raad</p>", None,
    ),
}
"""A saved page that sets no <h1>: its <title>, the top of its text, and the title it gives (its first subhead stays
a heading)."""


@pytest.mark.parametrize("head, top, title", NO_H1_PAGES.values(), ids=list(NO_H1_PAGES))
def test_a_page_without_h1_takes_its_html_title_only_where_it_shows_it(head, top, title):
    from narrate.article import parse_html

    page = (f"<!DOCTYPE html><html><head><title>{head}</title></head><body><main><article>{top}"
            f"<h2>De brug en de stad</h2><p>{BODY}</p><p>{MORE}</p><p>{LONG}</p></article></main></body></html>")
    article = parse_html(page)
    assert article.title == title
    assert "De brug en de stad" in [s.heading for s in article.sections]


def test_a_headline_over_its_post_date_is_kept_though_a_list_head_stands_over_it():
    text = ("Stadsblad\nHome | Wonen | Verkeer | Contact\nIn nood? Bel het noodnummer 112\nLaatste nieuws\n"
            f"Nieuwe fietsbrug over het kanaal\nGeplaatst op 16 mei 2019 door de dienst communicatie\n{BODY}\n"
            "Lees meer ›\nAlle nieuwsberichten\n")
    assert parse_text(text).title == "Nieuwe fietsbrug over het kanaal"


def test_a_date_in_brackets_after_the_h1_is_no_word_of_the_title():
    from narrate.article import parse_html

    page = ("<!DOCTYPE html><html><head><title>Fietsbrug over het kanaal open - Gemeente</title></head><body><main>"
            f"<h1>Fietsbrug over het kanaal open (10-01-2020)</h1><p>{BODY}</p><p>{MORE}</p><p>{LONG}</p></main></body></html>")
    article = parse_html(page)
    assert article.title == "Fietsbrug over het kanaal open"
    assert all("10-01-2020" not in p for s in article.sections for p in s.paragraphs)


def test_a_pages_name_over_a_headline_said_twice_is_the_title():
    text = ("Stadsblad\nHome | Wonen | Verkeer | Contact\nBruggen over het kanaal\nStad opent nieuwe fietsbrug\n"
            f"Stad opent nieuwe fietsbrug\n{BODY}\n{MORE}\n")
    assert parse_text(text).title == "Bruggen over het kanaal"
    link = ("Stadsblad\nHome | Wonen | Verkeer | Contact\nBekijk deze brief in je browser\nStad opent nieuwe fietsbrug\n"
            f"Stad opent nieuwe fietsbrug\n{BODY}\n{MORE}\n")
    assert parse_text(link).title == "Stad opent nieuwe fietsbrug"


def test_a_slogan_over_a_menu_set_one_entry_a_line_is_no_title():
    text = ("Stad Brugwijk | Jaarverslag 2030\nSamen bouwen aan een sterke stad\nVoorwoord\nWonen en leven\nVerkeer\n"
            f"Cultuur en sport\nFinanciën\nZoek in het jaarverslag\nJaarverslag 2030 › Verkeer › Fietsbrug\n{BODY}\n{MORE}\n")
    assert parse_text(text).title is None


def test_the_last_item_of_a_numbered_list_set_as_lines_is_no_subhead():
    later = ("De aannemer begint in maart met de oevers, en de werken duren volgens de planning zeker tot het einde "
             "van de zomer, zegt de stad in een brief aan de buurt.")
    text = ("Stad opent nieuwe fietsbrug\n\n" f"{BODY}\n\n"
            "Het plan heeft drie delen:\n\n1. Een brug voor fietsers over het kanaal\n\n"
            "2. Een nieuw fietspad langs de oever\n\n3. Meer plaats om fietsen te stallen bij het station\n\n"
            f"{MORE}\n\nWerken aan de oevers\n\n{later}\n")
    article = parse_text(text)
    assert [s.heading for s in article.sections if s.heading] == ["Werken aan de oevers"]
    short = ("Stad opent nieuwe fietsbrug\n\n" f"{BODY}\n\nIn drie stappen naar een nieuwe brug\n\n"
             f"1. Tekenen\n\n2. Bouwen\n\n3. Openen\n\n{MORE}\n")
    assert [s.heading for s in parse_text(short).sections if s.heading] == []


def test_a_caption_over_its_bare_credit_is_no_subhead():
    # A picture's caption in a block of its own over its credit, between two paragraphs; a subhead over text stays,
    # and so does one under an advertisement's marker (an empty slot).
    head = f"Fietsbrug eindelijk open\n\n{BODY}\n\n"
    caption = parse_text(f"{head}De nieuwe brug over het kanaal bij Lier\n\nFoto: Jan Peeters\n\n{MORE}\n")
    assert [s.heading for s in caption.sections if s.heading] == []
    assert ("De nieuwe brug over het kanaal bij Lier", "photo caption") in [(r.text, r.reason) for r in caption.removed]
    assert MORE in [p for s in caption.sections for p in s.paragraphs]
    assert _headings(f"{head}Advertentie\n\nVier miljoen euro\n\n{MORE}\n") == ["Vier miljoen euro"]
    assert _headings(f"{head}Vier miljoen euro\n\n{MORE}\n") == ["Vier miljoen euro"]


def test_a_time_written_with_u_or_h_is_a_date_lines_time_and_the_newsroom_signs_a_byline():
    from narrate.article.layout.header import is_byline

    assert is_date_line("03/05/21 om 10u45") and is_date_line("maandag 3 mei 2021 - 10h45")
    assert not is_date_line("Brug 10u45 dicht voor het verkeer")
    assert is_byline("Redactie") and is_byline("Door de redactie") and not is_byline("Redactie zoekt nieuwe stagiairs")
    assert is_byline("3 min leestijd · Door Jan Peeters") and is_byline("Leestijd: 3 min. · 3 mei 2021 · Redactie")
    assert not is_byline("3 min leestijd · Fietsbrug eindelijk open")
