"""Attribution by reference: a later mention (role noun, surname, pronoun) names a speaker only
when exactly one person of the article's register fits; otherwise the quote keeps nobody.

Short sentences written for these tests, not corpus text."""

from __future__ import annotations

from narrate.article import Quote, parse_text


def quotes_of(*paragraphs: str) -> list[Quote]:
    article = parse_text("Een titel voor de test\n\n" + "\n\n".join(paragraphs))
    return [q for q in article.quotes if q.part == "body" and not q.inline]


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(*paragraphs)]


# --- role nouns -------------------------------------------------------------------------


def test_a_role_noun_names_the_one_person_holding_it():
    assert speakers(
        "Bondscoach Roberto Martínez selecteert drie nieuwe spelers.",
        "'We zijn klaar voor het toernooi', zei de bondscoach.",
    ) == ["Roberto Martínez"]


def test_a_role_noun_held_by_two_people_names_nobody():
    assert speakers(
        "Minister Vincent Van Peteghem en minister Annelies Verlinden overleggen.",
        "'Er komt geen akkoord', zei de minister.",
    ) == [None]


def test_a_portfolio_in_the_description_must_match_the_role():
    assert speakers(
        "Minister van Financiën Vincent Van Peteghem was er niet bij.",
        "'Er komt geen akkoord', zei de minister van Onderwijs.",
    ) == ["de minister van Onderwijs"]


def test_an_indefinite_description_is_someone_new():
    assert speakers(
        "Woordvoerder Els Smet van de stad zweeg.",
        "'Dat klopt niet', zegt een woordvoerder van de provincie.",
    ) == ["een woordvoerder van de provincie"]


# --- pronouns ---------------------------------------------------------------------------


def test_a_pronoun_names_the_only_person_of_its_paragraph():
    assert speakers("Jan Peeters woont al dertig jaar in de straat. 'Het is hier rustig', zegt hij.") == ["Jan Peeters"]


def test_a_pronoun_between_two_people_names_nobody():
    assert speakers(
        "Jan Peeters en Piet Janssens wonen al dertig jaar in de straat. 'Het is hier rustig', zegt hij."
    ) == [None]


def test_a_pronoun_skips_someone_the_role_says_is_of_the_other_sex():
    assert speakers(
        "Woordvoerster Els Smet spreekt met schepen Jan Peeters. 'Het is hier rustig', zegt ze."
    ) == [None]
    assert speakers(
        "Topman Jan Peeters spreekt met woordvoerster Els Smet. 'Het is hier rustig', zegt ze."
    ) == ["Els Smet"]


def test_a_pronoun_names_the_person_a_passage_keeps_naming():
    assert speakers(
        "Els Smet werkt samen met Jan Peeters, maar Smet beslist. Smet tekent het plan.",
        "'Het is hier rustig', zegt ze.",
    ) == ["Els Smet"]


# --- what may be said as a name ---------------------------------------------------------


def test_a_bare_word_before_a_colon_is_no_name():
    assert speakers("Nieuws van vandaag", "Koning: 'Iedereen verdient een thuis'") == [None]


def test_a_bare_word_after_the_quote_is_a_speaker():
    assert speakers("'Morgen wordt het koud', meldt Weeronline.") == ["Weeronline"]


def test_a_surname_introduced_with_a_role_is_a_name():
    assert speakers("Premier Rutte was boos.", "Rutte: 'Dit pik ik niet.'") == ["Rutte"]
