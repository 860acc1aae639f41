"""Article parsing: the seed's acceptance criteria, inputs and encodings,
furniture, headings, summary boxes, bad input, and property tests."""

from __future__ import annotations

import io
import json
import re
import sys
import time
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narrate.article import (
    MAX_INPUT_BYTES,
    Article,
    RemovalReason,
    decode_bytes,
    format_outline,
    furniture,
    load_article,
    parse_html,
    parse_text,
)
from narrate.article.furniture import classify_line
from narrate.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "poetin-noord-korea.txt"
if not SEED.exists():
    SEED = Path(__file__).parent / "data" / "articles" / "knack-poetin-noord-korea.txt"

HEADINGS = [
    "Poetin en Kim Jong-un flirten",
    "Gamechanger?",
    "Kanonnenvlees",
    "Rol van China",
    "Ongerustheid in Indo-Pacific",
    "Woorden maar geen daden",
    "Westerse opties",
]


@pytest.fixture(scope="module")
def seed() -> Article:
    return load_article(SEED)


def speaker_of(article: Article, start: str) -> str | None:
    [quote] = [q for q in article.quotes if q.text.startswith(start)]
    return quote.speaker


# --- the seed ----------------------------------------------------------------------------


def test_seed_title_kicker_and_lead(seed: Article):
    assert seed.title == "Poetin tergt Westen en China met inzet van Noord-Koreaanse soldaten in oorlog Oekraïne"
    assert seed.kicker == "analyse"
    assert seed.lead.startswith("Met de inzet van Noord-Koreaanse soldaten")


def test_seed_lead_is_not_repeated_in_the_body(seed: Article):
    assert seed.sections[0].heading is None
    assert seed.sections[0].paragraphs[0].startswith("Als Donald Trump denkt")
    assert all(seed.lead not in p for s in seed.sections for p in s.paragraphs)


def test_seed_summary_box(seed: Article):
    assert [item.question for item in seed.summary] == [
        "Waarover gaat het?",
        "Zijn Noord-Koreanen een troef op het slagveld?",
        "Hoe reageert het Westen?",
    ]
    assert seed.summary[0].answer.startswith("Door de inschakeling van Noord-Koreaanse militairen")
    assert seed.summary[1].answer.startswith("Defensie-experts wijzen erop")
    assert seed.summary[2].answer.startswith("De Verenigde Staten, Europa en de NAVO")


def test_seed_headings(seed: Article):
    assert [s.heading for s in seed.sections] == [None] + HEADINGS


def test_seed_paragraphs_hold_no_furniture(seed: Article):
    paragraphs = [p for s in seed.sections for p in s.paragraphs]
    for paragraph in paragraphs:
        assert "Advertentie" not in paragraph
        assert "©" not in paragraph
    pull_lines = {"Jamie Shea", "Ex-NAVO-topman", "Ex-topman NAVO", "James Appathurai", "NAVO-topman"}
    assert not pull_lines & set(paragraphs)


def test_seed_removed_pull_quotes_and_captions(seed: Article):
    reasons: dict[str, list[str]] = {}
    for piece in seed.removed:
        reasons.setdefault(piece.reason, []).append(piece.text)
    assert len(reasons["pull quote"]) == 3
    assert reasons["pull quote speaker"] == ["Jamie Shea", "Jamie Shea", "James Appathurai"]
    captions = reasons["photo caption"]
    assert any(c.startswith("Tijdens een bezoek aan Pyongyang") for c in captions)
    assert sum(c.startswith("De Chinese leider Xi Jinping (links)") for c in captions) == 2
    assert reasons["ad marker"] and all(t == "Advertentie" for t in reasons["ad marker"])


def test_seed_attributions(seed: Article):
    assert speaker_of(seed, "De wereld ziet er vandaag helemaal anders uit") == "Jamie Shea"
    assert (
        speaker_of(seed, "Die Noord-Koreaanse soldaten in Europa, dat is echt een ongeziene ontwikkeling")
        == "James Appathurai"
    )
    assert speaker_of(seed, "Nu zijn er zo'n 12.500 tot 13.000") == "James Appathurai"
    assert (
        speaker_of(seed, "Na een opleiding in infanterie- en artillerietactieken")
        == "het Amerikaanse ministerie van Defensie"
    )
    assert speaker_of(seed, "Wij zien waar Rusland de Noord-Koreanen verzamelt") == "Volodymyr Zelensky"
    assert speaker_of(seed, "Noord-Korea mag een immens leger hebben") == "Jamie Shea"
    assert speaker_of(seed, "Maar het gaat niet meer alleen om de relatie tussen Trump en Poetin") == "Jamie Shea"


def test_seed_every_full_quote_in_the_body_is_attributed(seed: Article):
    full = [q for q in seed.quotes if not q.inline and q.part == "body"]
    assert len(full) >= 20
    assert all(q.speaker for q in full)


def test_seed_fragments_are_inline(seed: Article):
    inline = {q.text for q in seed.quotes if q.inline}
    assert {"gevaarlijke escalatie", "vreedzaam gebruik", "kanonnenvlees", "in een etmaal te beëindigen"} <= inline


def test_seed_roles(seed: Article):
    roles = {q.speaker: q.role for q in seed.quotes if q.speaker}
    assert roles["Jamie Shea"] == "gewezen assistent-secretaris-generaal van de NAVO"
    assert roles["Volodymyr Zelensky"] == "Oekraïens president"


def test_seed_parses_quickly():
    # A sanity check, not a benchmark: the seed takes a fraction of a second.
    start = time.perf_counter()
    load_article(SEED)
    assert time.perf_counter() - start < 5


def test_to_dict_is_json_with_the_agreed_shape(seed: Article):
    data = json.loads(json.dumps(seed.to_dict(), ensure_ascii=False))
    assert {"title", "kicker", "lead", "byline", "summary", "sections", "quotes", "removed"} <= set(data)
    assert set(data["summary"][0]) >= {"question", "answer"}
    assert set(data["sections"][0]) >= {"heading", "paragraphs"}
    assert set(data["quotes"][0]) >= {"text", "speaker", "role", "inline", "section", "paragraph"}
    assert set(data["removed"][0]) >= {"text", "reason"}


def test_outline_shows_title_headings_quotes_and_cuts(seed: Article):
    outline = format_outline(seed)
    assert outline.splitlines()[0] == "[analyse] " + seed.title
    for heading in HEADINGS:
        assert heading in outline
    assert "Volodymyr Zelensky" in outline
    assert "pull quote: " in outline


# --- inputs and encodings ------------------------------------------------------------------

ARTICLE = "Brand in Gent\n\nIn Gent heeft een brand één woning verwoest. ‘Het ging heel snel’, zegt buurman Jan Peeters.\n\nDe brandweer was snel ter plaatse.\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("cp1252"), "cp1252"),
        (ARTICLE.encode("utf-16"), "utf-16"),
        (ARTICLE.encode("utf-8").decode("cp1252", errors="ignore").encode("utf-8"), "utf-8+repaired"),
    ],
    ids=["utf-8", "bom", "cp1252", "utf-16", "mojibake"],
)
def test_encodings_are_detected_and_repaired(tmp_path: Path, data: bytes, encoding: str):
    path = tmp_path / "artikel.txt"
    path.write_bytes(data)
    article = load_article(path)
    assert article.encoding == encoding
    assert "één woning" in article.lead
    assert article.quotes[0].text == "Het ging heel snel"
    assert article.quotes[0].speaker == "Jan Peeters"


def test_latin1_bytes_decode():
    assert decode_bytes("Oekraïne en België".encode("latin-1")).text == "Oekraïne en België"


def test_mojibake_in_text_is_repaired():
    article = parse_text(
        "Titel\n\nDe Ã©Ã©n dag duurde lang, zei men. Ze praatten er nog over.\n\nEn daarna ging het verder."
    )
    assert article.lead.startswith("De één dag")


def test_a_quote_mark_read_with_a_greek_lead_byte_is_repaired_and_the_quote_found():
    article = parse_text(
        "Nieuwe afvalinzamelaar\n\nDe gemeente kiest een nieuwe inzamelaar voor het afval van alle inwoners.\n\n"
        "Wethouder Michiel Ferwerda: β€œWe gaan voor minder afval en meer hergebruik.” Dat zei hij dinsdag.\n"
    )
    assert [(q.text, q.speaker) for q in article.quotes] == [("We gaan voor minder afval en meer hergebruik.", "Michiel Ferwerda")]


def test_stdin(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("cp1252"))))
    article = load_article("-")
    assert article.title == "Brand in Gent"
    assert article.source == "-"


def test_html_page_is_extracted():
    page = (
        "<!DOCTYPE html><html><head><title>Brand in Gent - De Krant</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Brand in Gent</h1>"
        "<p>In Gent heeft een brand vannacht een woning verwoest. ‘Het ging heel snel’, zegt buurman Jan Peeters.</p>"
        "<h2>Onderzoek</h2><p>De politie onderzoekt hoe de brand kon ontstaan in de woning aan de Kortrijksesteenweg.</p>"
        "<p>De bewoners worden opgevangen door familie en vrienden uit de buurt van de getroffen woning.</p>"
        "</article><footer>© De Krant</footer></body></html>"
    )
    article = parse_html(page)
    assert article.title == "Brand in Gent"
    assert [s.heading for s in article.sections][-1] == "Onderzoek"
    assert article.quotes[0].speaker == "Jan Peeters"
    assert parse_text(page).title == "Brand in Gent"


def test_leftover_tags_in_text_are_cut_and_recorded():
    article = parse_text(
        "<h1>Titel</h1>\n\n<p>Eerste alinea met <b>vette</b> tekst.</p>\n\n<p>Tweede alinea&nbsp;hier.</p>"
    )
    assert article.lead == "Eerste alinea met vette tekst."
    assert article.sections[0].paragraphs == ["Tweede alinea hier."]
    assert any(r.reason == "HTML tag" for r in article.removed)


# --- bad input ----------------------------------------------------------------------------------


def _one_line_error(call) -> str:
    with pytest.raises(InputError) as info:
        call()
    message = str(info.value)
    assert message and "\n" not in message
    return message


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\t\n  ", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.7\n...", bytes(range(256)) * 4],
    ids=["empty", "whitespace", "png", "pdf", "binary"],
)
def test_bad_files_raise_input_error(tmp_path: Path, data: bytes):
    path = tmp_path / "artikel.txt"
    path.write_bytes(data)
    _one_line_error(lambda: load_article(path))


def test_huge_file_is_refused_without_reading_it(tmp_path: Path):
    path = tmp_path / "groot.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    assert "MB" in _one_line_error(lambda: load_article(path))


def test_huge_stdin_is_refused(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a" * (MAX_INPUT_BYTES + 10))))
    _one_line_error(lambda: load_article("-"))


def test_html_without_article(tmp_path: Path):
    path = tmp_path / "leeg.html"
    path.write_text("<html><head><title>Niets</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    _one_line_error(lambda: load_article(path))


@pytest.mark.parametrize("name", ["bestaat-niet.txt", "."], ids=["missing", "directory"])
def test_unreadable_paths(tmp_path: Path, name: str):
    _one_line_error(lambda: load_article(tmp_path / name))


def test_title_without_body():
    _one_line_error(lambda: parse_text("Alleen een kop\n"))


# --- furniture and layout ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Advertentie", "ad marker"),
        ("ADVERTENTIE", "ad marker"),
        ("Advertisement", "ad marker"),
        ("Het artikel gaat verder onder de advertentie", "ad marker"),
        ("©Getty Images", "photo credit"),
        ("Foto: ANP", "photo credit"),
        ("Beeld Reuters", "photo credit"),
        ("Lees ook: Kabinet valt over asielwet", "related link"),
        ("LEES OOK. Mechelen wil spiegels verplichten", "related link"),
        ("Lees meer", "related link"),
        ("Deel dit artikel", "share button"),
        ("Kopieer link", "share button"),
        ("Print", "share button"),
        ("32 reacties", "comments"),
        ("Schrijf je in voor onze nieuwsbrief", "newsletter"),
        ("Wij gebruiken cookies om je ervaring te verbeteren. Klik op akkoord.", "cookie banner"),
        ("Alle cookies accepteren", "cookie banner"),
        ("Leestijd 4 minuten", "reading time"),
        ("Home > Nieuws > Binnenland", "navigation"),
    ],
)
def test_furniture_lines(line: str, reason: str):
    assert classify_line(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "De foto toont een man op een fiets.",
        "Meer nieuws over de brand. De brandweer kwam snel ter plaatse.",
        "Lees ook het rapport, zegt de minister, want het is belangrijk.",
        "De Europese Commissie wil dat websites minder cookies plaatsen zonder dat burgers daar iets van merken.",
    ],
)
def test_article_sentences_are_not_furniture(line: str):
    assert classify_line(line) is None


def test_caption_repeated_before_its_credit_is_cut():
    article = parse_text(
        "Titel\n\nEerste alinea van het stuk.\n\nDe minister in Brussel.\nDe minister in Brussel. ©Belga\n\nTweede alinea van het stuk."
    )
    assert [r.reason for r in article.removed] == ["photo caption", "photo caption"]
    assert article.sections[0].paragraphs == ["Tweede alinea van het stuk."]


def test_credit_after_a_paragraph_cuts_only_the_credit():
    paragraph = (
        "De brand begon in de keuken van een woning aan de Kerkstraat, waar een pan met olie vuur vatte. "
        "De bewoners konden op tijd naar buiten, zegt de brandweer. Niemand raakte gewond bij het incident."
    )
    article = parse_text(f"Titel\n\nDe lead van het stuk.\n\n{paragraph} (Foto: Belga)\n\nDe laatste alinea.")
    assert article.sections[0].paragraphs[0] == paragraph
    assert [(r.reason, r.text) for r in article.removed] == [("photo credit", "(Foto: Belga)")]


def test_numbered_headings():
    article = parse_text("Titel\n\nDe lead.\n\n1. Het begin\n\nEerste tekst.\n\n2. De afloop\n\nTweede tekst.")
    assert [s.heading for s in article.sections] == ["1. Het begin", "2. De afloop"]


def test_lees_ook_takes_its_headline_along():
    article = parse_text(
        "Titel\n\nEerste alinea van het stuk.\n\nLees ook\nWaarom de prijzen stijgen\n\nTweede alinea van het stuk."
    )
    assert [r.text for r in article.removed] == ["Lees ook", "Waarom de prijzen stijgen"]


def test_question_heading_is_not_a_summary_box():
    article = parse_text(
        "Titel\n\nDe lead van het stuk staat hier.\n\nEen alinea.\n\nGamechanger?\n\n"
        "Onvermijdelijk duikt de vraag op.\n\nEen tweede alinea onder die kop."
    )
    assert article.summary == []
    assert [s.heading for s in article.sections] == [None, "Gamechanger?"]


def test_pull_quote_with_name_and_role_is_cut():
    article = parse_text(
        "Titel\n\nDe lead.\n\n'We moeten nu handelen, want de tijd dringt echt voor iedereen', zegt Jan Peeters, burgemeester.\n\n"
        "We moeten nu handelen, want de tijd dringt.\n\nJan Peeters\nBurgemeester\n\nDaarna ging de vergadering verder."
    )
    assert [(r.reason, r.text) for r in article.removed] == [
        ("pull quote", "We moeten nu handelen, want de tijd dringt."),
        ("pull quote speaker", "Jan Peeters"),
        ("pull quote speaker role", "Burgemeester"),
    ]


def test_two_sentences_built_alike_are_no_pull_quote():
    # They share the frame ("heeft verzocht opnames te mogen maken van") but not what they are about.
    article = parse_text(
        "Titel\n\nDe lead van het stuk staat hier.\n\n"
        "Omroep Gelderland heeft verzocht opnames te mogen maken van de voordracht. Dit is toegestaan.\n\n"
        "NPO Radio 1 heeft verzocht audio-opnames te mogen maken van de zaak."
    )
    assert article.removed == []
    assert article.sections[0].paragraphs[-1].startswith("NPO Radio 1")


def test_bylines_and_bullets():
    article = parse_text(
        "Buitenland\nEen titel over de wereld\n\nDoor Anna de Vries\n14 november 2024 om 10:15\n\nDe lead van het stuk.\n\n"
        "In het kort\n• Eén.\n• Twee\n\nDe eerste alinea van het stuk, die lang genoeg is.\n\nDe tweede alinea."
    )
    assert article.kicker == "Buitenland"
    assert article.byline == "Door Anna de Vries · 14 november 2024 om 10:15"
    assert [(i.question, i.answer) for i in article.summary] == [("In het kort", "Eén. Twee.")]


# --- properties ------------------------------------------------------------------------------------------

_VOCAB = st.sampled_from(
    "de het een en zegt zei Shea Jamie Appathurai Advertentie ©Getty Foto: ANP Lees ook Deel Gamechanger? Rol van "
    "China 'Wij zien' ‘zo’n’ “dit” „dat” «zo» ,,ja'' \"nee\" : . , ? ! - hij De Brit merkt op aldus volgens "
    "Waarover gaat het? Noord-Korea 12.500 <p> </p> &amp; [1] ’s zo'n collega's".split(" ")
)
_LINE = st.lists(_VOCAB, min_size=1, max_size=14).map(" ".join)
_DOC = st.lists(st.one_of(_LINE, st.just("")), min_size=1, max_size=25).map("\n".join)
_FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("texts", [st.text(max_size=600), _DOC], ids=["arbitrary-text", "article-like-text"])
@_FAST
@given(data=st.data())
def test_parser_never_crashes(texts, data):
    try:
        parse_text(data.draw(texts))
    except InputError:
        pass


@_FAST
@given(_DOC)
def test_parser_invents_no_words(text: str):
    try:
        article = parse_text(text)
    except InputError:
        return
    spoken = [article.title or "", article.lead or ""]
    spoken += [s.heading or "" for s in article.sections] + [p for s in article.sections for p in s.paragraphs]
    spoken += [q.text for q in article.quotes]
    for piece in spoken:
        for word in re.findall(r"\w+", piece):
            assert word in text


def test_furniture_names_every_removal_reason_once():
    names = [value for name, value in vars(furniture).items() if name.isupper() and isinstance(value, str)]
    assert sorted(names) == sorted(get_args(RemovalReason))


def test_a_lead_whose_class_is_written_block__element_is_kept():
    from narrate.article import parse_html

    lead = ("De stad verandert, maar niet overal even snel. Daarom start de stad met een proef in drie wijken,"
            " vertellen de wijkmanagers.")
    body = "".join(f"<p>Paragraaf {i} van het stuk vertelt hoe de wijken samenwerken met de buurtbewoners en de stad.</p>"
                   for i in range(4))
    page = (f"<html><body><main><article><header><h1>Wijkwerking op maat in drie wijken</h1></header>"
            f"<p class='o-article__intro'>{lead}</p><div class='o-article__body'>{body}</div></article></main></body></html>")
    article = parse_html(page)
    assert article.lead == lead


def test_paragraphs_above_a_subhead_that_the_pages_title_names_are_kept():
    from narrate.article import parse_html

    first = ("We keren even terug naar 30 juli 2004. Die dag vond de gasexplosie in Gellingen plaats, met zware gevolgen"
             " voor de hulpdiensten en de brandweer van de hele streek.")
    second = ("Na dit incident bleek dat de organisatie van de hulpdiensten niet meer voldeed. Een hervorming drong zich op"
              " en de federale regering richtte een commissie op die het werk zou herzien.")
    page = ("<html><head><title>Dit is Fluvia</title></head><body><main><h2>Van brandweer naar hulpverleningszones.</h2>"
            f"<p>{first}</p><p>{second}</p><h2>Dit is Fluvia.</h2><p>Eén hulpverleningszone van veertien gemeenten"
            " met zestien posten: dit is waar Fluvia sinds 2015 voor staat, voor ongeveer 310.000 inwoners.</p>"
            "</main></body></html>")
    said = "\n".join(p for s in parse_html(page).sections for p in s.paragraphs)
    assert "gasexplosie in Gellingen" in said and "Een hervorming drong zich op" in said


def test_an_accordion_of_sections_in_a_list_is_read_as_headings_and_text():
    section = "<li><h3>{}</h3><p>{} Langere tijd was de raad niet open voor publiek, maar daarna werden zittingen " \
              "geleidelijk weer mogelijk in een aangepaste vorm met minder mensen in de zaal.</p></li>"
    page = (
        "<!DOCTYPE html><html><head><title>Jaarverslag 2019</title></head><body><article><h1>Jaarverslag 2019</h1>"
        "<p>Met genoegen bied ik dit digitale jaarverslag aan. De raad kent twee hoofdtaken en voert die samen met "
        "alle medewerkers uit.</p><ul>"
        + section.format("Coronatijden", "We bevinden ons bij het verschijnen van dit jaarverslag in een crisis.")
        + section.format("Impactvolle gebeurtenissen", "Het jaar bracht ook een verhuizing van de griffie.")
        + "</ul></article></body></html>"
    )
    article = parse_html(page)
    assert [s.heading for s in article.sections] == ["Coronatijden", "Impactvolle gebeurtenissen"]
    assert article.sections[1].paragraphs[0].startswith("Het jaar bracht")


def test_a_source_label_over_the_senders_name_is_a_press_releases_box_and_the_page_under_it_goes_too():
    # A press release from the dev half of the committed corpus: "Bron" over the sender's name and role, then the
    # portal's share row, its other releases and its own line; none of it is the release's.
    page = Path(__file__).parent / "data" / "corpus" / "articles" / "zhv-newsbelgium-khattabi-natuurherstel" / "article.txt"
    article = load_article(page)
    text = " ".join([article.lead or ""] + [p for s in article.sections for p in s.paragraphs + [s.heading or ""]])
    assert "minister van Klimaat, Leefmilieu" not in text and "news.belgium.be is een dienst" not in text
    assert "natuurherstelwet door de Raad Milieu" not in text and "Een tekst die" in text


def test_a_question_the_markup_sets_as_a_subhead_is_a_chapter_though_quoted_words_answer_it():
    from narrate.article import parse_html

    page = (
        "<html><head><title>Nieuwe bibliotheek in de Stationsstraat</title></head><body><main><article>"
        "<h1>Nieuwe bibliotheek in de Stationsstraat</h1>"
        "<p>Vanaf volgend voorjaar verhuist de bibliotheek naar het oude postkantoor in de Stationsstraat, meldt de gemeente.</p>"
        "<h2>Wat verandert er?</h2><p>Voor lezers verandert er weinig: de openingsuren en het lidgeld blijven gelijk.</p>"
        "<h2>Waarom deze verhuizing?</h2>"
        "<p>Schepen Karel Baert: “Het oude gebouw is te klein en te duur om te verwarmen. We kiezen voor ruimte.”</p>"
        "</article></main></body></html>"
    )
    assert [s.heading for s in parse_html(page).sections][-2:] == ["Wat verandert er?", "Waarom deze verhuizing?"]


def test_a_subhead_right_over_a_subhead_the_markup_ranks_lower_heads_a_chapter():
    from narrate.article import parse_html

    page = (
        "<html><head><title>Open boerderijdag</title></head><body><main><article><h1>Open boerderijdag</h1>"
        "<p>Op zondag zetten twintig boerderijen in de streek hun deuren open voor iedereen die wil komen kijken.</p>"
        "<h2>De Linde - proefbedrijf voor fruit en groenten</h2><h3>Onderzoek op het veld</h3>"
        "<p>Op het proefbedrijf testen onderzoekers nieuwe rassen van appels en peren op hun smaak en hun sterkte.</p>"
        "<h3>Rondleidingen</h3><p>Elk uur vertrekt er een rondleiding langs de boomgaarden en de koelcellen van het bedrijf.</p>"
        "</article></main></body></html>"
    )
    headings = [s.heading for s in parse_html(page).sections if s.heading]
    assert headings == ["De Linde - proefbedrijf voor fruit en groenten", "Onderzoek op het veld", "Rondleidingen"]


def test_a_year_the_markup_sets_over_lower_subheads_heads_their_chapter():
    from narrate.article import parse_html

    entry = "<h4>{}</h4><p>{} Het bureau publiceert de volledige studie en de gegevens op zijn website voor wie verder wil lezen.</p>"
    page = (
        "<html><head><title>Persberichten</title></head><body><main><article><h1>Persberichten</h1>"
        "<p>Op deze pagina staan de persberichten van het bureau, de meest recente bovenaan, per jaar gerangschikt.</p>"
        "<h3>2023</h3>" + entry.format("Meer banen in de zorg", "De zorg telt dit jaar vijf procent meer banen.")
        + "<h3>2022</h3>" + entry.format("Minder pendel naar de stad", "Minder mensen pendelen dagelijks naar de stad.")
        + "</article></main></body></html>"
    )
    headings = [s.heading for s in parse_html(page).sections if s.heading]
    assert headings == ["2023", "Meer banen in de zorg", "2022", "Minder pendel naar de stad"]
