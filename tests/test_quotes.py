"""Quotes: every Dutch quote style, apostrophes, attribution verbs,
pronouns, descriptions, continuations and inline fragments."""

from __future__ import annotations

import pytest

from narrate.article import Quote, parse_text
from narrate.article.quotes import (
    colon_subject,
    find_spans,
    sentence_starts,
    subject_after_verb,
)

INTRO = (
    "Experts over de oorlog in Oekraïne\n\n"
    "Jamie Shea, een gewezen topman van de NAVO, volgt de oorlog al jaren op de voet. "
    "Ook Oekraïens president Volodymyr Zelensky kijkt naar het Westen.\n\n"
)


def quotes_of(body: str) -> list[Quote]:
    """Quotes of a small article whose lead introduces Jamie Shea and Volodymyr Zelensky."""
    article = parse_text(INTRO + "Een eerste alinea zonder citaten, over de stand van zaken aan het front.\n\n" + body)
    return [q for q in article.quotes if q.part == "body"]


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text)]


# --- quote styles --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("'Het is voorbij', zegt ze.", ["Het is voorbij"]),
        ("‘Het is voorbij’, zegt ze.", ["Het is voorbij"]),
        ("“Het is voorbij”, zegt ze.", ["Het is voorbij"]),
        ("„Het is voorbij”, zegt ze.", ["Het is voorbij"]),
        ("„Het is voorbij“, zegt ze.", ["Het is voorbij"]),
        ("«Het is voorbij», zegt ze.", ["Het is voorbij"]),
        ('"Het is voorbij", zegt ze.', ["Het is voorbij"]),
        (",,Het is voorbij'', zegt ze.", ["Het is voorbij"]),
        (",,Het is voorbij”, zegt ze.", ["Het is voorbij"]),
    ],
    ids=[
        "straight-single",
        "curly-single",
        "curly-double",
        "low-high",
        "german",
        "guillemets",
        "straight-double",
        "comma-comma",
        "comma-curly",
    ],
)
def test_every_dutch_quote_style(text: str, expected: list[str]):
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("'Nu zijn er zo'n 12.500 soldaten', zegt hij.", ["Nu zijn er zo'n 12.500 soldaten"]),
        ("‘De camera’s van mijn collega’s liepen’, zegt ze.", ["De camera’s van mijn collega’s liepen"]),
        ("'Ik zag de auto's', zegt hij.", ["Ik zag de auto's"]),
        ("Hij kwam 's avonds thuis, in de jaren '80 en '90 was dat anders.", []),
        ("Hij kwam ’s avonds thuis en zei ‘goedenavond’.", ["goedenavond"]),
        ("Dat is Xi's besogne en Zelensky’s frustratie.", []),
        ("'Het is 's avonds koud hier', zegt ze.", ["Het is 's avonds koud hier"]),
    ],
)
def test_apostrophes_inside_and_outside_quotes(text: str, expected: list[str]):
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hij had een boodschap. `We gaan door met de bouw', zei hij.", ["We gaan door met de bouw"]),
        ("Hij had een boodschap. ``We gaan door met de bouw'', zei hij.", ["We gaan door met de bouw"]),
        ("Hij had een boodschap. ´We gaan door met de bouw´, zei hij.", ["We gaan door met de bouw"]),
        ("''We zijn blij met de steun'', zegt ze.", ["We zijn blij met de steun"]),
        ("›Het is tijd voor verandering‹, zegt ze.", ["Het is tijd voor verandering"]),
        ("‛We zijn blij met de steun’, zegt ze.", ["We zijn blij met de steun"]),
        ("Er kwam volk. ‘We gaan door met de bouw', zei ze.", ["We gaan door met de bouw"]),
        ("Ze was kort: ‘We gaan door met de bouw.‘ Daarna ging ze weg.", ["We gaan door met de bouw."]),
        ("Hij aarzelde. ”Euh, ja, dat wil ik wel doen.” Het was duidelijk.", ["Euh, ja, dat wil ik wel doen."]),
        ("Hij zegt dat het meevalt.'Ik denk niet dat hier het probleem ligt.'", ["Ik denk niet dat hier het probleem ligt."]),
        ("Jan, havenmeester: “ ... Dan is het fijn te weten dat je er niet alleen voor staat.”",
         [" ... Dan is het fijn te weten dat je er niet alleen voor staat."]),
        ("' Ik kom morgen terug naar de haven ', zegt hij.", [" Ik kom morgen terug naar de haven "]),
        ("‘ Ik kom morgen terug naar de haven ’, zegt hij.", [" Ik kom morgen terug naar de haven "]),
        ("» Het is tijd voor verandering «, zegt ze.", [" Het is tijd voor verandering "]),
        ("Hij zei: “Maar het mag niet. Of dat de stad niet betaalt. “Dat is een luxe”, waarschuwde hij.",
         ["Maar het mag niet. Of dat de stad niet betaalt.", "Dat is een luxe"]),
        ("Jan: ‘Die wilden we verlagen. Het kan. Piet: ‘Dat hadden we gezien.’", ["Die wilden we verlagen. Het kan.", "Dat hadden we gezien."]),
        ("''s Morgens begint het werk al', zegt hij.", ["'s Morgens begint het werk al"]),
        ("'t Is goed gekomen, zegt hij. 'Dat is 't belangrijkste.'", ["Dat is 't belangrijkste."]),
        ("Hij is duidelijk: « 's Avonds is de haven m'n thuis. »", [" 's Avonds is de haven m'n thuis. "]),
        ("‘Wij kochten drie bussen voor Jos’’, zegt hij.", ["Wij kochten drie bussen voor Jos’"]),
        ("‚‚We zijn blij met de steun‘‘, zegt ze.", ["We zijn blij met de steun"]),
        (",,We zijn blij met de steun‘‘, zegt ze.", ["We zijn blij met de steun"]),
        ("″We zijn blij met de steun″, zegt ze.", ["We zijn blij met de steun"]),
    ],
    ids=[
        "backtick-apostrophe", "two-backticks", "acute-accents", "two-apostrophes", "single-guillemets-reversed",
        "reversed-nine", "curly-closed-straight", "curly-closed-mirrored", "right-double-opens-a-sentence",
        "glued-after-a-stop", "spaced-ellipsis", "spaced-straight-single", "spaced-curly-single",
        "spaced-reversed-guillemets", "opening-mark-repeated", "opening-mark-repeated-after-a-label",
        "elided-s-after-an-opening-mark", "elided-t-before-a-quote", "elided-s-after-a-spaced-guillemet",
        "apostrophe-before-the-closing-mark", "two-low-marks", "two-commas-closed-by-two-high-marks", "double-primes",
    ],
)
def test_every_pairing_of_marks_in_use(text: str, expected: list[str]):
    """The pairings Dutch and Flemish pages print or type, each opening mark with its closers."""
    assert texts(text) == expected


def test_a_quote_over_paragraphs_closed_by_a_mirrored_or_german_mark():
    for opener, closer in [("‘", "‘"), ("„", "“"), ("»", "«")]:
        quotes = quotes_of(f"Shea vertelt: {opener}Ik ga me inzetten voor alle inwoners van de stad.\n\n"
                           f"De veiligheid in de wijken vind ik heel belangrijk.{closer} Daarna zweeg hij.")
        assert [q.text for q in quotes] == ["Ik ga me inzetten voor alle inwoners van de stad.",
                                            "De veiligheid in de wijken vind ik heel belangrijk."], opener


def test_a_title_after_the_clauses_preposition_is_no_second_part_of_the_quote():
    quotes = quotes_of("'We blijven staan', beaamt Shea in 'Het Gesprek'.")
    assert [(q.text, q.inline) for q in quotes] == [("We blijven staan", False), ("Het Gesprek", True)]


def test_the_answer_to_a_question_a_label_puts_is_not_the_askers():
    quotes = quotes_of("Shea kwam met de vraag: ”Wil jij de les van deze week geven?” ”Euh, ja dat wil ik wel.” Ik twijfelde nog.")
    assert [q.speaker for q in quotes] == ["Jamie Shea", None]


def test_nested_quote_stays_inside_its_outer_quote():
    assert texts("‘Hij riep “stop” en liep weg’, zegt ze.") == ["Hij riep “stop” en liep weg"]


def test_quote_left_open_runs_to_the_end_of_the_paragraph():
    spans = find_spans("Hij vertelt. 'Nu weet ik het niet meer.")
    assert [s.closed for s in spans] == [False]


def test_curly_opening_mark_closed_by_a_straight_one():
    # Typed by hand: “ … " is one quote; where a curly closer follows, a straight pair stays nested.
    assert texts('Ze filmen “de zaak". Dat mag.') == ["de zaak"]
    assert texts('“Hij zei "ja" en ging”, zegt ze.') == ['Hij zei "ja" en ging']


def test_stray_mark_mid_sentence_is_no_quote():
    assert texts("Het kost 5 euro 'per stuk en meer.") == []


def test_sentence_ends_inside_quotes_do_not_split_the_sentence():
    text = "'Wat heeft hij te verliezen? Hij stuurt ze', zegt Shea. Ook dr. Peeters twijfelt."
    starts = sentence_starts(text, find_spans(text))
    assert [text[i : i + 4] for i in starts] == ["'Wat", "Ook "]


# --- attribution clauses ---------------------------------------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "zegt Shea",
        "zei Shea",
        "merkt Shea op",
        "stipt Shea aan",
        "werpt Shea op",
        "vertelt Shea",
        "benadrukt Shea",
        "aldus Shea",
        "legt Shea uit",
        "vraagt Shea zich af",
        "zegt Shea tegen VRT NWS",
        "zo zegt Shea",
        "voegt Shea eraan toe",
        "klinkt het bij Shea",
        "zegt hij",
        "begint hij",
    ],
)
def test_attribution_verbs_after_the_quote(clause: str):
    [quote] = quotes_of(f"Shea is somber. 'We moeten de sancties nu echt verstrengen', {clause}.")
    assert quote.speaker == "Jamie Shea"
    assert quote.role == "gewezen topman van de NAVO"
    assert not quote.inline


def test_clause_with_institution_speaker():
    [quote] = quotes_of(
        "'De troepen zijn uitgerust met Russisch materieel', verduidelijkte het Amerikaanse ministerie van Defensie op 4 november."
    )
    assert quote.speaker == "het Amerikaanse ministerie van Defensie"


def test_clause_with_apposition_gives_the_role():
    [quote] = quotes_of(
        "'Dat is een ongeziene ontwikkeling', zegt James Appathurai, assistent-secretaris-generaal voor Innovatie, Hybride en Cyberzaken bij de NAVO."
    )
    assert quote.speaker == "James Appathurai"
    assert quote.role == "assistent-secretaris-generaal voor Innovatie, Hybride en Cyberzaken bij de NAVO"


def test_role_before_the_name():
    [quote] = quotes_of("„Het water kon nergens heen”, zegt Vlaams minister van Omgeving Jo Geerts.")
    assert (quote.speaker, quote.role) == ("Jo Geerts", "Vlaams minister van Omgeving")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Shea: 'We moeten de sancties nu echt verstrengen.'",
        "Shea zegt daarover: 'We moeten de sancties nu echt verstrengen.'",
        "Daarover zegt Shea: 'We moeten de sancties nu echt verstrengen.'",
    ],
)
def test_colon_after_a_name(paragraph: str):
    [quote] = quotes_of(paragraph)
    assert quote.speaker == "Jamie Shea"
    assert quote.attribution == "colon"


def test_colon_at_paragraph_end_introduces_the_next_paragraph():
    quotes = quotes_of("Shea legt het zo uit:\n\n'We moeten de sancties nu echt verstrengen.'")
    assert [q.speaker for q in quotes] == ["Jamie Shea"]


def test_quote_continued_in_the_same_paragraph():
    quotes = quotes_of("'Dat is één ding', zegt Shea. Het blijft stil. 'Maar het is niet alles.'")
    assert [(q.speaker, q.attribution) for q in quotes] == [("Jamie Shea", "clause"), ("Jamie Shea", "continued")]


def test_quote_split_by_its_clause():
    quotes = quotes_of("'Dat is één ding', zegt Shea, 'maar het is niet alles.'")
    assert [q.speaker for q in quotes] == ["Jamie Shea", "Jamie Shea"]
    assert not quotes[1].inline


def test_quote_continued_in_the_next_paragraph():
    quotes = quotes_of("'Dat is één ding', zegt Shea. 'Maar het is niet alles.\n\n'Want er is meer aan de hand.'")
    assert [q.speaker for q in quotes] == ["Jamie Shea"] * 3
    assert quotes[2].paragraph == quotes[0].paragraph + 1


def test_unattributed_quote_goes_to_the_person_just_mentioned():
    [quote] = quotes_of(
        "Maar tot Zelensky's frustratie blijven tegenacties uit. 'Wij zien waar ze de troepen verzamelen.'"
    )
    assert (quote.speaker, quote.role, quote.attribution) == ("Volodymyr Zelensky", "Oekraïens president", "context")


def test_people_named_inside_the_quote_are_not_its_speaker():
    [quote] = quotes_of("Shea sluit niet uit dat Zelensky boos wordt. 'Maar het gaat niet alleen om Zelensky.'")
    assert quote.speaker == "Jamie Shea"


def test_no_speaker_when_the_sentence_before_names_nobody():
    [quote] = quotes_of("Of de troepen iets uithalen, betwijfelen experts. 'Maar de zet bewijst veel.'")
    assert quote.speaker is None


def test_description_refers_to_the_last_speaker():
    quotes = quotes_of(
        "'Het leger is groot', zegt Shea.\n\nDe Brit vraagt zich hardop af wat het waard is. 'Ze hebben nooit gevochten.'"
    )
    assert [q.speaker for q in quotes] == ["Jamie Shea", "Jamie Shea"]


def test_pronoun_refers_to_the_last_named_person():
    [quote] = quotes_of("Zelensky spreekt in Kiev. 'We houden stand', begint hij.")
    assert quote.speaker == "Volodymyr Zelensky"


def test_plural_verb_leaves_the_speaker_open():
    [quote] = quotes_of("'We houden stand', zeggen ze.")
    assert quote.speaker is None


def test_indefinite_description_is_kept_as_the_speaker():
    [quote] = quotes_of("'Er zitten fouten in', zegt een woordvoerder van de provincie.")
    assert quote.speaker == "een woordvoerder van de provincie"


# --- inline fragments --------------------------------------------------------------------


def test_short_fragment_in_narration_is_inline():
    [quote] = quotes_of("De NAVO bestempelt de inzet als een 'gevaarlijke escalatie' van het conflict.")
    assert quote.inline
    assert quote.text == "gevaarlijke escalatie"


def test_fragment_takes_the_speaker_of_its_own_sentence():
    [quote] = quotes_of("Ook Shea merkt op dat het leger niet 'uitgerust en getraind is' voor zo'n oorlog.")
    assert quote.inline
    assert quote.speaker == "Jamie Shea"


def test_long_clause_in_quotes_inside_a_sentence_is_still_inline():
    [quote] = quotes_of(
        "Het pact bevat een artikel over verdediging 'als een van de partijen in een oorlog belandt na een inval door andere staten'."
    )
    assert quote.inline


def test_quote_text_and_offsets():
    [quote] = quotes_of("„Het is voorbij,” zegt Shea.")
    assert quote.text == "Het is voorbij"


# --- helpers ------------------------------------------------------------------------------


def test_subject_after_verb_stops_at_adverbials():
    phrase, _ = subject_after_verb(" Shea tegen de krant.")
    assert phrase is not None and phrase.text == "Shea"


def test_colon_subject_needs_a_speaker():
    assert colon_subject("De conclusie is duidelijk") is None


def test_a_quote_over_paragraphs_with_one_pair_of_marks_is_read_whole():
    from narrate.article import parse_text

    article = parse_text('Medewerkers aan het woord\n\nDe waterschappen zoeken nieuwe collega\'s.\n\n'
                         '"Na mijn studie kwam ik hier terecht. Dat leek geen logische stap.\n\n'
                         'Intussen ben ik ruim twee jaar adviseur en verantwoordelijk voor de financiën.\n\n'
                         'Vrienden lachen wel eens om mijn baan, maar het werk is echt van deze tijd!"\n\n'
                         'De vacatures staan op de website van het waterschap.\n')
    quoted = [q.text for q in article.quotes if q.part == "body"]
    assert any(t.startswith("Intussen ben ik") for t in quoted) and any(t.startswith("Vrienden lachen") for t in quoted)
    # Never closed: the paragraphs after an open mark stay the writer's.
    article = parse_text('Medewerkers aan het woord\n\nDe waterschappen zoeken nieuwe collega\'s.\n\n'
                         '"Na mijn studie kwam ik hier terecht. Dat leek geen logische stap.\n\n'
                         'Intussen zoekt het waterschap nog twee adviseurs voor de afdeling financiën.\n\n'
                         'De vacatures staan op de website van het waterschap.\n')
    assert not any(q.text.startswith("Intussen") for q in article.quotes)


def test_an_opening_mark_set_apart_from_its_words_after_a_colon_still_opens_the_quote():
    article = parse_text("Nieuwe directeur voor de spoorwegen\n\nDe spoorwegen staan voor grote uitdagingen, nu en later.\n\n"
                         "Minister Kaag: “ Ik heb er het volste vertrouwen in dat hij dit zal aanpakken.”\n")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("Ik heb er het volste vertrouwen in dat hij dit zal aanpakken.", "Kaag")]


def test_guillemets_spaced_the_french_way_open_and_close_a_quote():
    article = parse_text("Eigen kinderbijslag voor het gewest\n\nHet gewest krijgt een eigen regeling voor de gezinnen.\n\n"
                         "« Mijn regering kiest voor een sociaal stelsel » stelt minister-president Rudi Vervoort.\n\n"
                         "De grondwet stelt duidelijk « Ieder heeft het recht een menswaardig leven te leiden ». Dat geldt hier.\n")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("Mijn regering kiest voor een sociaal stelsel", "Rudi Vervoort"),
        ("Ieder heeft het recht een menswaardig leven te leiden", None)]


def test_double_marks_spaced_off_their_words_mid_paragraph_open_and_close_a_quote():
    article = parse_text("De Bib verhuist\n\nDe Bib is net verhuisd naar een nieuwe ruimte in het hart van de gemeente. "
                         "\" De nieuwe bibliotheek is een echte ontmoetingsplek ”, benadrukt schepen Jan Peeters. "
                         "\" Boeken lezen is enorm belangrijk ”, zegt hij.\n\nDe opening was zaterdag, met een receptie.\n")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("De nieuwe bibliotheek is een echte ontmoetingsplek", "Jan Peeters"),
        ("Boeken lezen is enorm belangrijk", "Jan Peeters")]


def test_a_closing_mark_spaced_off_after_the_quotes_full_stop_closes_it_before_its_clause():
    article = parse_text("De Regie publiceert haar verslag\n\nDe Regie der Gebouwen publiceert haar verslag.\n\n"
                         "“ Het jaar werd sterk beïnvloed door de crisis. Toch zetten we onze werking verder. ” "
                         "verklaart Laurent Vrijdaghs, administrateur-generaal van de Regie.\n")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("Het jaar werd sterk beïnvloed door de crisis. Toch zetten we onze werking verder.", "Laurent Vrijdaghs")]


def test_an_adverb_between_the_verb_and_its_subject_does_not_hide_the_subject():
    article = parse_text("Eigen loketten voor het gewest\n\nHet gewest opent loketten voor de gezinnen.\n\n"
                         "“Dagelijks komen tot 700 gezinnen naar het loket”, aldus nog Rudi Vervoort, voorzitter van het college.\n")
    assert [q.speaker for q in article.quotes] == ["Rudi Vervoort"]


def test_a_quote_cited_inside_a_quote_with_the_same_marks_leaves_the_outer_quote_whole_and_unsaid_by_the_inner_speaker():
    article = parse_text("Vragen aan de gemeenteraad\n\nVolgende vragen werden ingediend voor de gemeenteraad van mei.\n\n"
                         "“Amper een jaar na de heraanleg moet de straat opnieuw open. “De werken voldoen niet aan de "
                         "normen”, zegt schepen Mieke Claes”. Graag meer uitleg.\n")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("Amper een jaar na de heraanleg moet de straat opnieuw open. “De werken voldoen niet aan de normen”, "
         "zegt schepen Mieke Claes", None)]


@pytest.mark.parametrize("clause, speaker", [
    ("zegt hortulanus Gerard van Buiten", "Gerard van Buiten"),
    ("zegt onafhankelijk journalist Luc Vanheerentals", "Luc Vanheerentals"),
    ("zegt tegen wethouder Luc Vanheerentals", None),
])
def test_a_role_word_without_an_article_before_a_full_name_after_the_verb_leaves_the_name_the_speaker(clause, speaker):
    article = parse_text("Een park voor de campus\n\nHet park komt in het zuidwestelijke deel van de tuinen, bij de laan.\n\n"
                         f"Hoeveel bomen er komen, is niet duidelijk, {clause}: “Het wordt geen bos. Er komen open gazons.”\n")
    assert [q.speaker for q in article.quotes] == [speaker]


def test_an_opening_mark_glued_to_the_name_before_it_opens_that_persons_quote_even_when_it_never_closes():
    article = parse_text("Steun voor het land\n\nDe regering maakt extra geld vrij voor hulp in de winter, zo werd maandag beslist.\n\n"
                         'Alexander De Croo"België heeft recent 8 miljoen euro vrijgemaakt om eerste hulp te verstrekken. '
                         "Dat zullen we blijven doen.\n")
    assert [(q.text[:22], q.speaker) for q in article.quotes] == [("België heeft recent 8 ", "Alexander De Croo")]


def test_a_quote_the_sentence_goes_on_about_with_a_relative_clause_names_a_thing_and_nobody_says_it():
    article = parse_text("Plan ter inzage\n\nHet waterschap legt vanaf maandag zijn nieuwe plan voor de komende jaren ter inzage.\n\n"
                         "Dat is de kern van het ontwerpprogramma van het waterschap: ‘Limburgs water in een veranderend "
                         "klimaat’ dat vanaf 26 maart ter inzage ligt. Arnold Jansen (bestuurder Waterschap Limburg): "
                         "“Onze opgaven zijn zo groot dat we de samenwerking opzoeken.”\n")
    assert [(q.text, q.speaker) for q in article.quotes][0] == ("Limburgs water in een veranderend klimaat", None)


def test_a_role_is_not_taken_across_the_comma_of_a_list_of_people():
    article = parse_text("Eerste beton voor de campus\n\nViceminister-president Ingrid Lieten, gouverneur Herman Reynders, "
                         "burgemeester Hilde Claes en rector Luc De Schepper mochten op vrijdag elk een schepje beton gieten.\n\n"
                         "“De komst van de universiteit naar de binnenstad is geen gemakkelijk project geweest”, zei "
                         "gouverneur Herman Reynders.\n")
    assert [(q.speaker, q.role) for q in article.quotes] == [("Herman Reynders", "gouverneur")]


def test_the_role_read_after_a_name_stops_before_a_relative_clause():
    article = parse_text("Tweehonderd jaar onderzoek\n\nHet instituut viert dit jaar zijn verjaardag met een reeks lezingen.\n\n"
                         "Koos Biesmeijer, wetenschappelijk directeur van het onderzoeksinstituut dat dit jaar 200 bestaat, "
                         "zegt: “We hebben nog veel te doen.”\n")
    assert [(q.speaker, q.role) for q in article.quotes] == [
        ("Koos Biesmeijer", "wetenschappelijk directeur van het onderzoeksinstituut")]


def test_a_straight_mark_set_apart_after_a_colon_opens_the_quote_and_the_next_persons_role_is_not_the_speakers():
    article = parse_text("Kennismaking in Düsseldorf\n\nOp dinsdag ontving de minister-president van Noordrijn-Westfalen, "
                         "Armin Laschet, de pas gekozen voorzitter van het Comité van de Regio's, Apostolos Tzitzikostas, "
                         "in de staatskanselarij.\n\n"
                         'Minister-president Laschet : " Ik ben blij dat ik kennisgemaakt heb met de heer Tzitzikostas.\n')
    assert [(q.speaker, q.role) for q in article.quotes] == [("Armin Laschet", "minister-president van Noordrijn-Westfalen")]


def test_a_quote_that_opens_with_its_speakers_own_full_name_is_theirs():
    article = parse_text("Vijf vragen aan een trainee\n\nWat verwacht een nieuwe collega van de organisatie over dertig jaar?\n\n"
                         "Wie ben je en wat doe je?\n\n“Ik ben Ferry Paalman, sinds januari 2019 trainee bij Rijkswaterstaat. "
                         "Hiervoor studeerde ik civiele techniek.”\n")
    assert [q.speaker for q in article.quotes] == ["Ferry Paalman"]


def test_a_slogan_cited_in_single_marks_inside_a_single_marked_quote_leaves_the_quote_whole():
    article = parse_text("Nieuwe topman voor het waterbedrijf\n\nHet waterbedrijf krijgt op 1 januari een nieuwe topman.\n\n"
                         "‘We kozen toen voor een nieuwe naam. ‘We maken water op maat.’ Een slagzin waar ik nog steeds "
                         "achter sta,’ vertelt Boudewijn Van De Steene.\n")
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("We kozen toen voor een nieuwe naam. ‘We maken water op maat.’ Een slagzin waar ik nog steeds achter sta",
         "Boudewijn Van De Steene")]


def test_a_signature_that_ends_the_paragraph_after_the_quote_names_its_speaker_a_pair_both_together():
    article = parse_text("Positief rapport voor de hogeschool\n\nDe hogeschool kreeg deze week een rapport van de commissie.\n\n"
                         "“Een innovatieve hogeschool met een sterke visie op onderwijs.” - Ann Demeulemeester & Suzanne "
                         "Koster, co-voorzitters van de commissie.\n\n"
                         "\"Dit positieve rapport bevestigt het karakter van onze hogeschool.\" Frederik D'hulster - Algemeen Directeur\n")
    assert [q.speaker for q in article.quotes] == ["Ann Demeulemeester & Suzanne Koster", "Frederik D'hulster"]


def test_an_ampersand_in_the_signers_role_is_no_pair():
    article = parse_text("Wikipedia in het museum\n\nDe stichting werkte twee jaar met een Wikipedian in Residence.\n\n"
                         "“Ook zijn er meer dan 4000 afbeeldingen van onze collecties geplaatst.” - Else Gootjes, "
                         "Publiek & Presentatie Erfgoed Gelderland\n")
    assert [q.speaker for q in article.quotes] == ["Else Gootjes"]
