"""Which body lines are subheads of the text.

A subhead sits between paragraphs and is followed by prose. A line that
merely looks like one is something else when it is a repeat of the
headline, a time stamp or date (a live blog's entry time is read with its
entry), a number, a link of the page's chrome, a speaker's label in a
transcript, or a teaser over more teasers and tags (its next line is no
sentence). A subhead that is missed because it is long (a press release's
"Commissie verzoekt ... om te zetten") or written as the title of an
accordion item is found from the same shape: no closing full stop, prose
after it.
"""

from __future__ import annotations

import re

from .. import furniture
from ..furniture.shape import has_date, is_dated_meta, is_put_question
from ..furniture.signatures import OPENING_MARK, is_quote_alone
from ..furniture.vocab import EVENT_FIELDS, FINITE_VERBS
from ..letters import CAPITAL
from ..model import Removed
from ..firstnames import is_first_name
from ..people import FIRST_PERSON, is_full_name, is_name_label, is_role_word, looks_like_name, name_runs, statement_speaker
from .header import dated_author, is_byline
from .lines import HEADING, ITEM, PARAGRAPH, Unit, comparable, two_sentences
from .name_lines import card_holder, dateline, function_line, labels_headline, name_with_age, named_in_passing, name_with_role
from .name_lines import only_names_and_roles, speaks_below, unsigned_byline
from .repeats import REPEAT_AT_TOP, repeats_title
from .speaker_caps import caps_speaker, opens_in_first_person
from .line_shapes import is_people_list
from .title import FIELD_LABELS, is_date_line, is_prose, is_ui_line

Texts = frozenset[str]
"""Texts as ``comparable`` gives them, to look a line up in."""

MAX_SUBHEAD_WORDS = 25
"""A long subhead (a press release's) still fits a line; a paragraph without its full stop rarely has fewer words."""

_LABEL_REPEATS = 3
"""A capitals line said this often is a speaker's label (EDWIN EVERS in a transcript), not a subhead."""


def settle_headings(units: list[Unit], title: str | None, removed: list[Removed], subtitles: Texts = frozenset(), chrome: Texts = frozenset(), ranked: Texts = frozenset(), marked: Texts = frozenset(), parents: Texts = frozenset()) -> list[Unit]:
    """The units with false headings turned into text (or cut) and missed subheads found. ``subtitles``: the markup's
    subtitles of the headline, text; ``chrome``: its kicker and trail steps, cut; ``ranked``: never a standfirst; ``marked``: its subheads;
    ``parents``: its chapter heads over a lower subhead, headings whatever their words ("2022" over the year's entries)."""
    labels, interview = _speaker_labels(units), frozenset(q for q in _interview_questions(units) if comparable(q) not in marked)
    out: list[Unit] = []
    stamp, box, facts, asks = "", False, _fact_rows(units), _question_heads(units, interview) >= QUESTION_PAGE
    for i, unit in enumerate(units):
        following = units[i + 1] if i + 1 < len(units) else None
        box = box and unit.kind != HEADING
        if box:
            removed.append(Removed(unit.text, furniture.AFTER_ARTICLE))  # the sender's box under its "Over VVSG"
            continue
        unit, stamp = (Unit(PARAGRAPH, f"{stamp} {unit.text}", unit.block) if stamp and unit.kind == PARAGRAPH else unit), ""
        # A date line between an entry's title and its text ("• Week van de veiligheid" / "29 september 2015").
        dated = _dated_below(units, i)
        text_below = units[i + 2] if dated else following
        run = _entries_between_text(units, i)
        if unit.kind in (PARAGRAPH, ITEM) and _missed_subhead(unit, out[-1] if out else None, text_below, dated or run, run, asks):
            unit = Unit(HEADING, unit.text, unit.block)
        if unit.kind == PARAGRAPH and _cut_paragraph(unit, out, removed):
            continue
        if unit.kind == HEADING and (i in facts or not out and _opens_with_standfirst(units, i, run, ranked)):
            unit = Unit(PARAGRAPH, unit.text, unit.block)
        if unit.kind != HEADING:
            out.append(unit)
            continue
        kind = _false_heading(unit.text, following, title, labels, interview, marked) or ("subtitle" if comparable(unit.text) in subtitles else None)
        kind = None if comparable(unit.text) in parents else kind or _late_kind(units, i, title) or ("chrome" if comparable(unit.text) in chrome else None)
        if kind is None and labels_headline(unit.text, out):
            kind = "caption"  # a name alone under a headline: who is pictured, or who wrote it; no chapter
        kind = kind or ("label" if named_in_passing(unit.text, following, _series(unit.text, units, marked)) else None)
        if kind is None and out and out[-1].kind == PARAGRAPH and _signs(out[-1].text, unit.text):
            kind = "label"  # "Sven Taeldeman, fractieleider van sp.a" under his quoted words: who said them
        if kind is None:
            out.append(unit)
        elif kind == "stamp" and has_date(unit.text):
            removed.append(Removed(unit.text, furniture.DATE_LINE))  # an entry's publication date, not its news
        elif kind == "byline":
            removed.append(Removed(unit.text, furniture.BYLINE_IN_TEXT))  # a byline set below the lead
        elif kind in _CUT_AS:
            removed.append(Removed(unit.text, _CUT_AS[kind]))
            box = kind == "about" and _sender(unit.text, removed)
        elif kind == "stamp" and following is not None and following.kind == PARAGRAPH:
            stamp = unit.text  # a live blog entry's time starts its paragraph
        elif kind in ("label", "question", "subtitle") or len(unit.text.split()) > 4:
            out.append(Unit(PARAGRAPH, unit.text, unit.block))  # text after all: keep it, read as text
        else:
            removed.append(Removed(unit.text, furniture.DUPLICATE if kind == "title" else furniture.EMPTY_HEADING))
    return out


def _late_kind(units: list[Unit], i: int, title: str | None) -> str | None:
    """ "title" for the headline said again at the top of the body, "caption" or "byline" for a card's or a byline's
    second line, "label" for a speaker's name in capitals."""
    if i < REPEAT_AT_TOP and repeats_title(units[i].text, title):
        return "title"
    if i and function_line(units[i].text) and card_holder(units[i - 1].text):
        return "caption"  # "Jan Peeters" / "Correspondent in Berlijn": a card's second line, no chapter
    if i and is_full_name(units[i].text.strip()) and unsigned_byline(units[i - 1].text):
        return "byline"  # "Van onze correspondent" / "Jan Peeters": the byline's name on a line of its own
    return "label" if caps_speaker(units, i) else None


def _interview_questions(units: list[Unit]) -> frozenset[str]:
    """The questions of a written interview: two or more put to "je" or "u" (one may be a subhead to the reader),
    or two or more that the paragraph below answers in the first person, as the one asked ("Wie financiert het
    instituut?" / "Ons budget komt ..."); one alone may be a subhead that the text below answers."""
    put = [u.text for u in units if u.kind in (HEADING, PARAGRAPH) and _is_put_question(u.text)]
    answered = [u.text for u, below in zip(units, units[1:]) if _answered_by_the_asked(u, below)]
    # "Jozefien: Het belang ..." under a question put to "u": one the text names in full answers by her first name.
    asked = [(u.text, label) for u, below in zip(units, units[1:])
             if _is_put_question(u.text) and (label := _first_name_label(below.text)) is not None]
    # The text's names are read only when some answer opens with such a label.
    firsts = {name.split()[0] for u in units for _, name in name_runs(u.text) if looks_like_name(name)} if asked else set()
    labelled = [text for text, label in asked if label in firsts]
    return frozenset((put if len(put) >= 2 else []) + (answered if len(answered) >= 2 else []) + labelled)


def _first_name_label(text: str) -> str | None:
    """The one word a paragraph opens with as its speaker's label ("Jozefien: Het belang ...").

    >>> _first_name_label("Jozefien: Het belang is groot."), _first_name_label("Het belang: groot.")
    ('Jozefien', None)
    """
    m = re.match(rf"([{CAPITAL}][\w'’-]+):\s+\S", text)
    return m.group(1) if m else None


def _answered_by_the_asked(unit: Unit, below: Unit) -> bool:
    """A short question, not in the writer's own voice ("Wat gaan we doen?", a reader's "Kan ik ...?"), whose next
    paragraph opens with a sentence in the first person, a speaker's label before it or not.

    >>> ask = Unit(HEADING, "Wie financiert het instituut?", 0)
    >>> _answered_by_the_asked(ask, Unit(PARAGRAPH, "Ons budget komt van de overheid. Dat is vast.", 0))
    True
    >>> _answered_by_the_asked(ask, Unit(PARAGRAPH, "Het budget komt van de overheid. Wij zijn blij.", 0))
    False
    """
    text = unit.text.rstrip()
    if unit.kind not in (HEADING, PARAGRAPH) or below.kind != PARAGRAPH or not text.endswith("?"):
        return False
    if len(text.split()) > QUESTION_WORDS or FIRST_PERSON.search(text):
        return False
    return opens_in_first_person(below.text)


def _cut_paragraph(unit: Unit, out: list[Unit], removed: list[Removed]) -> bool:
    """Cut (and report) a paragraph that only dates or signs: an entry's date (and author) under its title, as
    above, or an author line anywhere ("door Petra Merkx", "(15-01-2021) burgemeester Fred Veenstra")."""
    if out and out[-1].kind == HEADING and (is_date_line(unit.text) or dated_author(unit.text)) and has_date(unit.text):
        removed.append(Removed(unit.text, furniture.DATE_LINE))
    elif _author_line(unit.text) or len(unit.text.split()) <= AUTHOR_LINE_WORDS and dated_author(unit.text):
        removed.append(Removed(unit.text, furniture.BYLINE_IN_TEXT))
    elif is_dated_meta(unit.text):
        removed.append(Removed(unit.text, furniture.DATE_LINE))  # "04-09-2015 | Kabinet van de President"
    else:
        return False
    return True


def _author_line(text: str) -> bool:
    """A paragraph that only signs the article ("door Petra Merkx", "Door: Paul Althuis"), wherever it stands.

    >>> _author_line("door Petra Merkx"), _author_line("Door de regen viel de wedstrijd in het water.")
    (True, False)
    """
    return len(text.split()) <= AUTHOR_LINE_WORDS and bool(furniture.vocab.BYLINE_START.match(text)) and is_byline(text)


AUTHOR_LINE_WORDS = 8
"""Words an author line runs to with its label and a date; a paragraph any longer says more than who wrote it."""


def _false_heading(
    text: str, following: Unit | None, title: str | None, labels: set[str], interview: Texts = frozenset(),
    marked: Texts = frozenset(),
) -> str | None:
    """Why a heading-like line is no subhead, or None when it is one; a question the markup sets as a subhead is
    a chapter's, whatever answers it below (dev: 2 such read as an interview's, both subheads in the keys)."""
    if title and comparable(text) == comparable(title):
        return "title"
    if is_date_line(text) or dated_author(text) or is_dated_meta(text):
        return "stamp"  # a time stamp, or an entry's date and author ("29 april 2021 Lysander van Oossanen in ...")
    if furniture.vocab.BYLINE_START.match(text) and is_byline(text) or unsigned_byline(text):
        return "byline"  # "Door redactie Student", "Van onze correspondent" under the lead; a dated subhead is no byline
    if dateline(text):
        return "stamp"  # "GENT –": the report's first words, read with the paragraph under it
    if not re.search(r"[^\W\d_]{2}", text) or is_ui_line(text):
        return "chrome"
    if " · " in text:
        return "tags"  # "Zorgaanbieders · Gezondheid en veiligheid": a page's tags or meta, never a subhead's words
    if text in labels or _SALUTATION.match(text):
        return "label"  # a speaker's label, or a speech's salutation ("Geachte aanwezigen"): read with the text
    if is_people_list(text):
        return "caption"  # "Ilona Heijen en Marco Stüber (MCON)": who is in the picture
    if _ABOUT_BOX.fullmatch(text):
        return "about"  # "Over VVSG", "Over de provincie": the sender's box under a press release, not its chapter
    if len(text.split()) == 1 and (len(re.findall(r"[^\W\d_]", text)) <= 2 or re.search(r"[A-Z]{2}[a-z]", text)):
        return "chrome"  # a code or a placeholder ("PV", "MPphoto"), not a word a subhead is made of
    if text in interview:
        return "question"  # an interviewer's question, put to "je" or "u" or answered by the one asked: no chapter
    if text.rstrip().endswith("?") and following is not None and _answered_in_quotes(following.text) and comparable(text) not in marked:
        return "question"  # answered in the interviewee's words: a question of the interview, not a chapter
    if text.strip(" :").lower() in FIELD_LABELS:
        return "chrome"  # a field's label ("Datum") whose value the date rules took
    if re.fullmatch(r"\s*\[[^\[\]]+\]\s*", text):
        return "label"  # a transcript's speaker in brackets ("[Barbara Dewulf]"), read with the words
    if ":" in text and text.split(":")[0].strip().lower() in _WHEN_AND_WHERE:
        return "label"  # an event's time or place ("Locatie: Ahoy, Rotterdam"): a line of the text, no chapter
    if following is not None and following.kind == PARAGRAPH and re.match(OPENING_MARK, following.text) and is_name_label(text):
        return "label"  # "Nella van Willigen" over her quoted words: who speaks them, not a chapter
    if name_with_role(text) or name_with_age(text):
        # "Medisch directeur Guy Hans", "Harm Ligtenberg (21), CSF": a name card, not a chapter; over the person's
        # words or questions put to them, it says who speaks; anywhere else it names who is in the picture
        # (an address has a number: "Burgemeester Van Gansberghelaan 96" is kept)
        pictured = following is not None and not speaks_below(following.text) and only_names_and_roles(text)
        return "caption" if pictured else "label"
    if following is not None and following.kind == PARAGRAPH and not (
        _starts_sentence(following.text) or is_prose(following.text)
    ):
        return "teaser"  # over a tag, a price or a lower-case link: a list of the page, not the text
    return None


def _series(text: str, units: list[Unit], marked: Texts) -> bool:
    """A name line the markup sets as a subhead, or one of several: a page of portraits, each headed by a name."""
    return comparable(text) in marked or sum(u.kind == HEADING and is_full_name(u.text.strip()) for u in units) > 1


def _sender(about: str, removed: list[Removed]) -> bool:
    """ "Over VVSG" where the page's own furniture names VVSG ("Perscontact: persdienst VVSG"): the box describes
    the page's sender, boilerplate; one about another body ("Over het CBG" on a university's page) is news."""
    name = comparable(re.sub(r"^Over (?:de |het )?", "", about))
    return any(name in comparable(r.text) for r in removed if r.text != about and r.reason not in _OTHER_PAGES)


_OTHER_PAGES = frozenset({furniture.RELATED, furniture.TEASERS})
"""Furniture that names other pages (their headlines), not the page's sender."""


_CUT_AS = {"tags": furniture.NAVIGATION, "caption": furniture.CAPTION, "about": furniture.AFTER_ARTICLE}
"""False headings that are page furniture, cut with this reason (the other kinds are read as text or dropped)."""

_ABOUT_BOX = re.compile(rf"Over (?:de |het )?[{CAPITAL}][\w.&'’-]*(?: [\w.&'’-]+){{0,3}}")
"""The heading of the sender's box ("Over VVSG"): the dev keys hold 118 such lines as furniture, 2 as subheads."""

_SALUTATION = re.compile(r"(?i)(?:hoog)?geachte\s+\w|dames en heren\b|(?:beste|lieve|waarde)\s+[^,]+,\s*$")

_WHEN_AND_WHERE = EVENT_FIELDS | {"periode"}
"""Fields of an event's record; "Thema: ondernemen" may well head a chapter."""

QUESTION_WORDS = 40
"""An interviewer's question set as a heading is short."""


def _is_put_question(text: str) -> bool:
    return is_put_question(text, QUESTION_WORDS)


STANDFIRST_WORDS = 8
"""A subhead is a few words; a line this long opening the body, over prose, is a standfirst without its stop."""


def _standfirst(text: str, following: Unit | None) -> bool:
    """The body's first line is a standfirst, not a subhead: long, or a headline's clause with its verb ("CAW maakt
    hulpaanbod beter bekend" under the title), over prose. A subhead is a phrase ("Definitief ontwerp").

    >>> prose = Unit(PARAGRAPH, "De gemeente opent volgende week een nieuwe brug over het kanaal.", 0)
    >>> _standfirst("VLM lanceert derde geschiedenisboek", prose), _standfirst("Definitief ontwerp", prose)
    (True, False)
    """
    return _headline_clause(text) and following is not None and is_prose(following.text)


def _opens_with_standfirst(units: list[Unit], i: int, run: bool, ranked: Texts) -> bool:
    """The heading-shaped unit ``i``, opening the body, is its standfirst rather than its first subhead. Not so for
    the first of an overview's entries, bulleted like the others, each over its text (``run``: "• PERSBERICHT -
    Gemeente Sluis heeft ..."), nor for a line the page's markup ranks with a later subhead (``ranked``)."""
    if run and units[i].kind == ITEM or comparable(units[i].text) in ranked:
        return False
    following = units[i + 1] if i + 1 < len(units) else None
    return _standfirst(units[i].text, following) and not _clause_run(units[i + 1 :])


def _headline_clause(text: str) -> bool:
    """A line long for a subhead, or a clause with its verb, as a headline or a standfirst is written.

    >>> _headline_clause("VLM lanceert derde geschiedenisboek"), _headline_clause("Definitief ontwerp")
    (True, False)
    """
    words = text.split()
    # "beoordeelt", "treedt": a lower-case word ending in -eert, -eelt or -dt (not -ddt) is a verb's third person.
    verb = any(w.lower() in FINITE_VERBS or re.fullmatch(r"[a-z]{2,}(?:e(?:er|el)t|[^d]dt)", w) for w in words[1:])
    return len(words) >= STANDFIRST_WORDS or verb


def _clause_run(rest: list[Unit]) -> bool:
    """One paragraph under the body's first line, then a heading written as a headline too:
    the first line is one of a run of entries' titles (a news overview's), each over its short text, not the
    one standfirst (a standfirst has the article's text under it)."""
    kinds = [unit.kind for unit in rest[:4]]
    return kinds == [PARAGRAPH, HEADING, PARAGRAPH, HEADING] and any(_headline_clause(unit.text) for unit in rest[1:4:2])


_ANSWER_OPENING = re.compile(rf"(?:[{CAPITAL}][\w.-]{{0,30}}(?: [{CAPITAL}][\w.-]{{0,30}})?\s?:\s*)?{OPENING_MARK}\s?[{CAPITAL}0-9]")


def _answered_in_quotes(text: str) -> bool:
    """A paragraph that opens with a quote, its speaker's label before it or not: an answer.

    >>> [_answered_in_quotes(t) for t in ("“Nee, dat niet.”", "Jordi: “Een werkgroep ...”", "JV: 'Om te ...'", "Dat kan.")]
    [True, True, True, False]
    """
    if _ANSWER_OPENING.match(text):
        return True
    # "Professor Sylvie Daminet: In de kliniek ...", "Christophe: De Academie ...": the one answering, labelled.
    label = text.split(":", 1)[0].strip() if ":" in text[:50] else ""
    words = label.split()
    return bool(words) and len(words) <= 4 and (
        is_full_name(" ".join(words[1:] if is_role_word(words[0]) else words)) or len(words) == 1 and is_first_name(label)
    )


def _entries_between_text(units: list[Unit], i: int) -> bool:
    """A list item with prose under it, and the item before or after it too, with only text between ("•
    PERSBERICHT - Gemeente Sluis heeft ..." / its text / "• PERSBERICHT - Reiniging ..."): the titles of an
    overview's entries, each over its text."""
    def over_text(k: int) -> bool:
        below = units[k + 2] if 0 <= k and _dated_below(units, k) else units[k + 1] if 0 <= k < len(units) - 1 else None
        return below is not None and units[k].kind == ITEM and below.kind == PARAGRAPH and is_prose(below.text)
    if not over_text(i):
        return False
    after = i + 2
    while after < len(units) and units[after].kind == PARAGRAPH:
        after += 1
    before = i - 1
    while before >= 0 and units[before].kind == PARAGRAPH:
        before -= 1
    return over_text(after) or before < i - 1 and over_text(before)


FIRST_ENTRY_WORDS = 3
"""Words an overview's first entry has at least: a shorter item opening the body is as often a menu's."""


def _dated_below(units: list[Unit], i: int) -> bool:
    """The unit after ``i`` dates it, and text follows: a date line, or a blog entry's date with its author
    ("(15-01-2021) burgemeester Fred Veenstra"), between an entry's title and its text."""
    if i + 2 >= len(units):
        return False
    below = units[i + 1].text
    return is_date_line(below) or dated_author(below) and has_date(below)


def _starts_sentence(text: str) -> bool:
    """A sentence's start, or a transcript's speaker in brackets ("[Barbara Dewulf]") over the words."""
    return bool(re.match(rf"[\"'‘’“”„«(\[]?[{CAPITAL}0-9]", text))


def _missed_subhead(
    unit: Unit, previous: Unit | None, following: Unit | None, dated: bool = False, run: bool = False, asks: bool = False
) -> bool:
    """A line between text that has a subhead's shape and prose after it (``dated``: with a date line between,
    as an overview's entries have; ``run``: an entry next to another entry, which may open the body; ``asks``: on a
    page whose subheads are questions, a longer question is one of them)."""
    text = unit.text
    words = text.split()
    if following is None or following.kind != PARAGRAPH or not is_prose(following.text):
        return False
    if unit.kind == ITEM:
        # An accordion's title, written as a list item: short, alone (a list's last item is no title),
        # and text rather than more items after it. An overview's first entry opens the body.
        most = MAX_SUBHEAD_WORDS if dated else 5
        shaped = _starts_sentence(text) or (dated and text[:1].isdigit())  # "17 t/m 23 februari verkeershinder ..."
        alone = previous.kind != ITEM if previous is not None else run and len(words) >= FIRST_ENTRY_WORDS
        return alone and len(words) <= most and not re.search(r"[.,;:!…]$", text) and shaped
    if previous is None:
        return False
    if len(words) > MAX_SUBHEAD_WORDS or len(words) < 2 or not _starts_sentence(text):
        return False
    if statement_speaker(text) is not None:
        return True  # "Dylan: ‘Ik heb mijn droom waargemaakt’" heads a portrait
    if _LABELLED_QUOTE.fullmatch(text) and previous.kind == PARAGRAPH:
        return True  # "Mijn werkplek: ‘Ik wil ...’" between text; right under a heading, it is that part's first line
    if asks and text.endswith("?") and not two_sentences(text) and not _is_put_question(text):
        return True  # "Wat doe ik als ik mijn pas kwijt ben, ...?" among a page's shorter questions over their answers
    if re.search(r"[.,;:!…'’\"”»)]$", text) or two_sentences(text):
        return False
    # A long line without its full stop is as often a caption or an unfinished standfirst: only right under
    # a heading (a press release's decision under its section) is it taken for a subhead.
    return previous.kind == HEADING


_LABELLED_QUOTE = re.compile(r"[^:‘’“”\"„']{2,40}:\s*[‘“\"„'][^‘’“”\"„]{3,100}[^?.!…,;‘’“”\"„][’”\"']")
"""A short label, a colon and a few words in marks with no stop: a portrait's or an interview's subhead."""


QUESTION_PAGE = 2
"""Question subheads, none an interviewer's, that make a page of questions over their answers (a FAQ)."""


def _question_heads(units: list[Unit], interview: frozenset[str]) -> int:
    """How many heading-shaped questions stand over prose and are no interviewer's.

    >>> ask, answer = Unit(HEADING, "Waar kan ik terecht?", 0), Unit(PARAGRAPH, "U kunt met al uw vragen terecht bij de balie in het gemeentehuis.", 0)
    >>> _question_heads([ask, answer, ask, answer], frozenset()), _question_heads([ask, answer], frozenset({ask.text}))
    (2, 0)
    """
    return sum(1 for unit, below in zip(units, units[1:]) if unit.kind == HEADING and unit.text.endswith("?")
               and unit.text not in interview and below.kind == PARAGRAPH and is_prose(below.text))


def _fact_rows(units: list[Unit]) -> set[int]:
    """The headings that are rows of a fact box, two or more "Label: value" lines in a row ("Lijsttrekker: Jan
    Peeters" over "Aantal zetels: zes") or a programme's timed rows: the record of who or what the text is about, or
    when what happens, read as text, no chapters."""
    rows = [unit.kind == HEADING and (_FACT_ROW.fullmatch(unit.text) or _TIMED_ROW.match(unit.text)) is not None for unit in units]
    # The first after prose heads the box ("Regiodag: mannen en seksueel geweld" over "Datum: ...").
    return {
        i for i, row in enumerate(rows)
        if row and (i > 0 and rows[i - 1] or i + 1 < len(rows) and rows[i + 1] and (i == 0 or units[i - 1].kind != PARAGRAPH))
    }


_FACT_ROW = re.compile(rf"[{CAPITAL}][^\W\d_]*(?: [^\s:]+){{0,4}}:\s+[^?!.]{{1,60}}")
"""A field of up to five words, a colon, a short value that is no sentence or question."""

_TIMED_ROW = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:uur|u)?\s+[^\W\d_]")
"""A programme's row: a clock time and what happens then ("10.30 uur Onthaal"); two or more in a row are a schedule,
read as text under its heading ("Programma"), not a chapter each."""


def _signs(above: str, line: str) -> bool:
    """A name line under a paragraph that is one quote and nothing else: the quote's signature.

    >>> _signs("'Dit is meer dan verdiend. Hij heeft het verdiend.'", "Sven Taeldeman, fractieleider van sp.a")
    True
    """
    return is_quote_alone(above) and is_name_label(line)


def _speaker_labels(units: list[Unit]) -> set[str]:
    """Short lines in capitals, when one of them recurs like a speaker's name in a transcript; and a dialogue's or
    an interview's full names on lines of their own, when one of them recurs with a turn between: a portrait page
    names each person once, and a name said twice in a row is a picture's label and its caption.

    >>> turn = Unit(PARAGRAPH, "Ik fiets elke dag.", 0)
    >>> els, jan = Unit(HEADING, "Els Maes", 0), Unit(HEADING, "Jan Peeters", 0)
    >>> sorted(_speaker_labels([els, turn, jan, turn, els, turn])), _speaker_labels([els, turn, jan, turn])
    (['Els Maes', 'Jan Peeters'], set())
    >>> _speaker_labels([els, els, turn, jan, turn])
    set()
    """
    caps = [u.text for u in units if u.text.isupper() and len(u.text.split()) <= 3]
    found = set(caps) if any(caps.count(text) >= _LABEL_REPEATS for text in caps) else set()
    names = [(i, u.text) for i, u in enumerate(units) if u.kind == HEADING and is_full_name(u.text.strip())]
    turns = any(a == b and any(u.kind == PARAGRAPH for u in units[i + 1 : k]) for n, (i, a) in enumerate(names) for k, b in names[n + 1 :])
    return found | ({text for _, text in names} if turns else set())
