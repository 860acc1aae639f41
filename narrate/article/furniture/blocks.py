"""Furniture found by context: runs of lines whose shapes, together, say "this is not the article".

One menu entry or one teaser title looks like a heading; ten in a row are
a menu or a list of teasers. The rules here look at runs of lines:

* the article's **core** is the densest stretch of prose (paragraphs with
  at most a few short lines between them);
* after the core, once the page shows a sign that the article is over
  (a menu, a share bar, a list head such as "Gerelateerd nieuws", a
  copyright line), what follows is the page, not the article — unless
  the prose resumes for real (two paragraphs in a row);
* anywhere outside the core, five or more short lines in a row are a
  menu, and a phrase caught between two menus belongs to them;
* a list head ("Meest gelezen", "Eerdere berichten") takes the titles
  under it;
* a poll is a question followed by answer buttons and tallies;
* a wiki prints its site banner above the page title and "Uit <wiki>" under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import shape, vocab

MENU_RUN = 5
"""Short lines in a row that make a menu: a body list this long without an introducing colon is rare."""

MAX_GAP = 4
"""Non-prose lines (caption, credit, a "Lees ook" box) that may stand between two paragraphs of one article."""

LINE_COST = 8
"""Words of prose a non-prose line inside a stretch costs: teaser lists have prose too, but diluted."""

MAX_ITEMS = 100
"""Lines a list head takes at most: long lists of teasers and archive links run to fifty lines and more."""


RESUMED_WORDS = 60
"""Two paragraphs in a row after the article's end make a real resumption only when they have this many words."""


RESUMED_RUN = 3
"""Paragraphs in a row after the article's end that resume it whatever their length (a section after a contact box)."""


@dataclass
class Core:
    """Where the article's prose stands: first and last line index (inclusive)."""

    start: int
    end: int


def find_core(texts: list[str], furniture: list[bool]) -> Core | None:
    """The stretch of lines with the most prose, each non-prose line inside it counted against it."""
    prose = [i for i, (t, f) in enumerate(zip(texts, furniture)) if shape.is_prose(t) and not f]
    menus = menu_runs(texts)
    groups: list[list[int]] = []
    for i in prose:
        between = range(groups[-1][-1] + 1, i) if groups else range(0)
        # A bulleted list in the text (the members of a council) is the article's too, however long.
        gap = [j for j in between if not (shape.BULLET.match(texts[j]) and not furniture[j]) and not in_post(texts, j)]
        if groups and len(gap) <= MAX_GAP and not menus.intersection(between) \
                and not any(_heads_a_list(texts, j) and not furniture[j] for j in between):
            groups[-1].append(i)
        else:
            groups.append([i])
    if not groups:
        return None
    best = max(groups, key=lambda g: _score(texts, g))
    return Core(best[0], _extend(texts, furniture, best[-1]))


def in_post(texts: list[str], j: int) -> bool:
    """A line of a post embedded between two paragraphs: its sign line ("— Jan Peeters (@janpeeters) 6 december
    2026", "Een bericht gedeeld door ...") or the post's words right above it. A post is one block of the text,
    however many lines its copy has: no gap that parts the article in two.

    >>> in_post(["Blij met de brug!", "— Jan Peeters (@janpeeters) 6 december 2026"], 0)
    True
    >>> in_post(["Blij met de brug!", "Deel dit artikel"], 0)
    False
    """
    return any(vocab.SOCIAL_EMBED.search(texts[k]) for k in (j, j + 1) if k < len(texts))


def _heads_a_list(texts: list[str], i: int) -> bool:
    """A list head with titles under it ("Ook in deze rubriek", "• Pleegouders aan het woord"): the prose before it
    is the article, the prose after it a teaser's; not a subhead named like one ("Vacatures") over a paragraph."""
    return is_list_head(texts[i]) and i + 1 < len(texts) and _teaser_part(texts[i + 1])


def _score(texts: list[str], group: list[int]) -> float:
    words = sum(len(shape.words(texts[j])) for j in group)
    return words - LINE_COST * (group[-1] - group[0] + 1 - len(group))


def _extend(texts: list[str], furniture: list[bool], end: int) -> int:
    """Short closing paragraphs ("Het onderzoek loopt.") still belong to the article, and so does the bulleted list
    its last paragraph announces with a colon ("Belangrijke thema's zijn onder meer:" over "• de opening van ...").

    >>> _extend(["De raad kiest drie wethouders:", "• Jan Peeters", "• Els Smet", "• Lees ook"], [False] * 3 + [True], 0)
    2
    >>> _extend(["De raad kiest drie wethouders.", "• Jan Peeters"], [False, False], 0)
    0
    """
    listing = texts[end].rstrip().endswith(":")
    while end + 1 < len(texts) and not furniture[end + 1]:
        marked = shape.BULLET.match(texts[end + 1]) or _NUMBERED_ITEM.match(texts[end + 1])
        item = bool(marked) and len(shape.words(texts[end + 1])) <= LIST_ITEM_WORDS
        if not (listing and item or _closing_sentence(texts[end + 1]) or _wrapped_on(texts[end], texts[end + 1])):
            break
        listing = listing and item
        end += 1
    return end


def _wrapped_on(line: str, following: str) -> bool:
    """``following`` goes on the sentence a hard-wrapped line breaks off: a long line with no stop, and lower case.

    >>> _wrapped_on("Wiki Loves Monuments loopt van 1 tot en met 30 september, met op 11 en", "12 september het weekend.")
    False
    >>> _wrapped_on("Wiki Loves Monuments loopt tot en met 30 september, met op 11 en 12", "september het weekend.")
    True
    """
    return len(line) >= WRAPPED_LINE and not shape.ends_sentence(line) and following[:1].islower()


WRAPPED_LINE = 45
"""Characters a hard-wrapped line has at least (text is wrapped at 60 to 80): a shorter line is a head or a label."""


_NUMBERED_ITEM = re.compile(r"\s*(?:\d{1,2}|[a-z])[.)]\s+\S")
"""A numbered or lettered list's item ("1. de opening", "b) de campagne"): a list's other marks beside bullets."""

LIST_ITEM_WORDS = 40
"""Words a bulleted line under a paragraph's colon has at most to be one of its list's items."""


def _closing_sentence(text: str) -> bool:
    first = text.lstrip()[:1]
    return (
        len(shape.words(text)) >= 3
        and shape.ends_sentence(text)
        and not text.rstrip().endswith(":")
        and (first.isupper() or first in "'‘\"“„«")
        and not vocab.CALL_TO_ACTION.match(text)
    )


def menu_runs(texts: list[str]) -> set[int]:
    """Lines of runs of five or more short lines, unless a line ending in a colon introduces the run (a list)."""
    found: set[int] = set()
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and shape.is_short(texts[j]) and not shape.BULLET.match(texts[j]):
            j += 1
        if j - i >= MENU_RUN and not (i > 0 and texts[i - 1].rstrip().endswith(":")):
            found.update(range(i, j))
        i = max(j, i + 1)
    return found


def menu_lines(texts: list[str], keep: set[int], widgets: frozenset[int] = frozenset()) -> set[int]:
    """Lines of menus (runs of short lines) and the phrases caught between two menus.

    ``widgets`` are lines of an article's header (a share bar, a reading time): a phrase right over them is the
    headline over its share bar, not a phrase caught between menus."""
    found = menu_runs(texts) - keep
    for i in range(1, len(texts) - 1):
        caught = i - 1 in found and i + 1 in found and i + 1 not in widgets
        numbered = _number(texts[i - 1]) and _number(texts[i + 1])  # "3.6 / Title / 26": a table of contents
        if i not in keep and (caught or numbered) and len(shape.words(texts[i])) <= 10 and not shape.is_prose(texts[i]):
            found.update({i - 1, i, i + 1} - keep if numbered else {i})
    return found


def _number(text: str) -> bool:
    return bool(re.fullmatch(r"\d{1,3}(?:\.\d{1,2})*\.?", text.strip()))


def list_items(texts: list[str], keep: set[int], header_marks: set[int]) -> dict[int, int]:
    """A list head ("Meest gelezen", "Eerdere berichten") and the titles, dates and numbers under it.

    ``header_marks`` are lines of an article's header (photo credit, share bar): a title right
    above one (or above its own repetition) is the next article's headline, and the list ends there. Returns each line's list head.
    """
    found: dict[int, int] = {}
    for i, text in enumerate(texts):
        if i in keep or not is_list_head(text):
            continue
        j = i + 1
        while j < min(len(texts), i + 1 + MAX_ITEMS) and j not in keep and _teaser_part(texts[j]):
            if j + 1 < len(texts) and shape.is_prose(texts[j + 1]) and j > i + 1:
                break  # a heading over the article's next paragraph, not a teaser
            below = j + 2 if j + 1 < len(texts) and texts[j + 1] == texts[j] else j + 1  # a headline may be repeated
            if shape.is_title_like(texts[j]) and below in header_marks:
                break
            j += 1
        if j > i + 1:
            found.update(dict.fromkeys(range(i, j), i))
    return found


def is_list_head(text: str) -> bool:
    """ "Gerelateerd nieuws", "Meest gelezen:", "Lees meer over:" — the head of a list of links.

    >>> is_list_head("Eerdere berichten"), is_list_head("Eerdere berichten over de brand wezen op een lek.")
    (True, False)
    """
    bare = text.strip().rstrip(":»›> ").strip()
    return bare.lower() in vocab.LIST_HEADS or bool(vocab.LIST_HEAD_FORMS.match(bare))


def _teaser_part(text: str) -> bool:
    """A line a list of links is made of: a title, a date, a word; a bulleted line of up to a headline's length
    ("• Wat doet een consulent van de sociale dienst jeugdrechtbank?") however it reads.

    >>> _teaser_part("• Het kabinet wil dat gemeenten meer geld krijgen voor de jeugdzorg.")
    True
    >>> _teaser_part("Het kabinet wil dat gemeenten meer geld krijgen voor de jeugdzorg.")
    False
    """
    if shape.BULLET.match(text) and len(shape.words(text)) <= 20:
        return True
    return shape.is_short(text) or shape.is_title_like(text) or shape.is_date_line(text) or _asked_title(text)


def _asked_title(text: str) -> bool:
    """A headline put as a question, with its subject before a colon ("Promoveren in deeltijd: hoe houd je het vol?").

    >>> _asked_title("Promoveren in deeltijd: hoe houd je het vol?"), _asked_title("Wat betekent dat voor de burger?")
    (True, False)
    """
    head, _, question = text.strip().partition(": ")
    return bool(question) and question.endswith("?") and len(shape.words(text)) <= TEASER_QUESTION_WORDS \
        and head[:1].isupper() and not re.search(r"[.!?]", head + question[:-1])


TEASER_QUESTION_WORDS = 14
"""A teaser's question is a headline's length."""


def poll_lines(texts: list[str]) -> set[int]:
    """A poll: two or more answer buttons or tallies in a row ("Ja", "Nee 45%", "1.204 stemmen"), with the
    question above them and the widget's label ("Poll", "Stelling") above that."""
    found: set[int] = set()
    options = _tallied_options(texts)
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and (_poll_part(texts[j]) or texts[j].strip().lower() in options):
            j += 1
        answers = sum(1 for t in texts[i:j] if _answer(t) or t.strip().lower() in options)
        if answers >= 2 or (j > i and _answer_row(texts[i])):
            found.update(range(_poll_start(texts, i), j))
        i = max(j, i + 1)
    return found | _labelled_options(texts)


def _poll_label(text: str) -> bool:
    return text.strip().rstrip(":").lower() in vocab.POLL_LABELS


def _poll_start(texts: list[str], i: int) -> int:
    """Where the poll over its first answer (``i``) starts: at its question, or at a statement ("De stad moet
    autovrij worden.") when the widget's label stands over it, and at the label.

    >>> _poll_start(["Het plan kost geld.", "Stelling", "De stad moet autovrij worden.", "Eens", "Oneens"], 3)
    1
    >>> _poll_start(["Het plan kost geld.", "De stad wil autovrij worden.", "Eens", "Oneens"], 2)
    2
    """
    start = i
    if start > 0 and len(shape.words(texts[start - 1])) <= 25 and (
            texts[start - 1].rstrip().endswith("?") or start > 1 and _poll_label(texts[start - 2])):
        start -= 1
    return start - 1 if start > 0 and _poll_label(texts[start - 1]) else start


def _labelled_options(texts: list[str]) -> set[int]:
    """A poll whose answers are its own ("Goed idee", "Slecht idee"): under its question, a run of two or more options
    of a few words that end no sentence, with the widget's label over the question or a common answer among them.

    >>> sorted(_labelled_options(["Poll", "Wat vind jij van dit plan?", "Goed idee", "Slecht idee", "De raad beslist."]))
    [0, 1, 2, 3]
    >>> sorted(_labelled_options(["Wat vind jij ervan?", "Goed idee", "Slecht idee", "Geen mening", "De raad beslist."]))
    [0, 1, 2, 3]
    >>> sorted(_labelled_options(["Wat kost dat?", "Tarieven", "Openingsuren", "De raad beslist."]))
    []
    """
    found: set[int] = set()
    for q in range(len(texts) - 2):
        if texts[q].rstrip().endswith("?") and len(shape.words(texts[q])) <= 25:
            j = q + 1
            while j < len(texts) and j - q - 1 < POLL_OPTIONS and 1 <= len(shape.words(texts[j])) <= 4 \
                    and not re.search(r"[.!?:]$", texts[j].strip()):
                j += 1
            labelled = q > 0 and _poll_label(texts[q - 1])
            if j - q - 1 >= 2 and (labelled or any(_answer(t) for t in texts[q + 1:j])):
                found.update(range(q - labelled, j))
    return found


POLL_OPTIONS = 8
"""A poll offers a few answers, never a list's length."""


_OPTION_TALLY = re.compile(r"^\s*(?:\d{1,3}(?:[.,]\d)?\s*%\s+(?P<a>[^\d%]{1,40}?)|(?P<b>[^\d%]{1,40}?)\s+\d{1,3}(?:[.,]\d)?\s*%)\s*$")


def _tallied_options(texts: list[str]) -> set[str]:
    """A poll's own answers, read off its tallies ("63% Goed idee", "Slecht idee 37%"), when two or more are tallied.

    >>> sorted(_tallied_options(["Goed idee", "Stem", "63% Goed idee", "37% Slecht idee"]))
    ['goed idee', 'slecht idee']
    """
    options = set()
    for text in texts:
        m = _OPTION_TALLY.match(text)
        if m and len((m.group("a") or m.group("b")).split()) <= 4:
            options.add((m.group("a") or m.group("b")).strip().lower())
    return options if len(options) >= 2 else set()


def _answer(text: str) -> bool:
    """An answer button, bare or with its tally: "Ja", "Nee (45%)", "Weet niet 12%"."""
    bare = _TALLY.sub("", text.strip().lower()).strip(" :-–")
    return bare in vocab.POLL_ANSWERS


def _answer_row(text: str) -> bool:
    """All the buttons on one line: "Ja Nee Weet niet"."""
    if len(text) > 60:
        return False
    found = re.findall(r"[a-zà-ÿ]+", text.lower())
    return len(found) >= 2 and all(word in _ANSWER_WORDS for word in found)


_ANSWER_WORDS = frozenset(word for answer in vocab.POLL_ANSWERS for word in answer.split())


def _poll_part(text: str) -> bool:
    return _answer(text) or _answer_row(text) or bool(vocab.VOTE_COUNT.match(text.strip()) or _OPTION_TALLY.match(text))


_TALLY = re.compile(r"\(?\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)?|\(?\s*\d[\d.]*\s+stemmen\s*\)?")


def wiki_banner(texts: list[str]) -> tuple[set[int], int | None]:
    """The wiki's own banner above the page title, and the "Uit Wikipedia" line under it.

    Returns the lines to cut and the index of the origin line (None when the page is no wiki page).
    """
    for i, text in enumerate(texts[:40]):
        if vocab.WIKI_ORIGIN.match(text.strip()) and i >= 1:
            return set(range(0, i - 1)) | {i}, i
    return set(), None


def tail_lines(texts: list[str], furniture: list[bool], core: Core, ends_article: bool) -> set[int]:
    """After the article: all but real prose once the page shows the article is over."""
    after = range(core.end + 1, len(texts))
    menus = menu_runs(texts)
    if not ends_article and not any(furniture[j] or j in menus or _tail_sign(texts[j]) for j in after):
        return set()
    found: set[int] = set()
    j = core.end + 1
    while j < len(texts):
        run = j
        while run < len(texts) and shape.is_prose(texts[run]) and not furniture[run]:
            run += 1
        if run - j >= RESUMED_RUN or run - j >= 2 and sum(len(shape.words(t)) for t in texts[j:run]) >= RESUMED_WORDS:
            if j - 1 in found and not furniture[j - 1] and shape.is_short(texts[j - 1]):
                found.discard(j - 1)  # the heading the article goes on under ("Planning" after a contact box)
            return found  # the article goes on: leave the rest to the line rules
        found.update(range(j, max(run, j + 1)))
        j = max(run, j + 1)
    return found


def _tail_sign(text: str) -> bool:
    return is_list_head(text) or bool(vocab.CALL_TO_ACTION.match(text))


INFOBOX_ROWS = 5
"""Rows of a fact box ("Datum 13 mei 2000", "Doden 23"): fewer could be a short list in the text."""


def infobox_lines(texts: list[str], block_of: list[int]) -> set[int]:
    """A fact box: a block of five or more rows, none a sentence, that repeats the page title and holds figures."""
    if not texts:
        return set()
    title = texts[0].strip().lower()
    found: set[int] = set()
    for block in set(block_of):
        rows = [i for i, b in enumerate(block_of) if b == block]
        heads = [i for i in rows if i > 0 and texts[i].strip().lower() == title]
        # The picture's caption may stand right under the box's title row, a sentence of its own.
        caption = {heads[0] + 1} if heads and heads[0] + 1 in rows else set()
        if (
            len(rows) >= INFOBOX_ROWS
            and heads
            and sum(1 for i in rows if re.search(r"\d", texts[i])) >= 2
            and not any(shape.ends_sentence(texts[i]) or shape.is_prose(texts[i]) for i in rows if i not in caption)
        ):
            found.update(rows)
    return found


RECORD_FIELDS = frozenset(
    """auteur auteurs genre genres brontaal taal datering bron auteursrecht licentie uitgever uitgeverij vertaler
    vertaling illustrator isbn""".split()
)
"""Fields of a text's catalogue record ("Brontaal Nederlands", "Auteursrecht Publiek domein"), as a wiki of texts
prints it over the text."""

RECORD_ROWS = 3
"""Field rows in a row that make a record; one or two could be an event's details in the text."""


def record_lines(texts: list[str]) -> set[int]:
    """A catalogue record over a text: three or more lines in a row, each a record field's name and its value.

    >>> sorted(record_lines(["Radiotoespraak", "Auteur Wilhelmina", "Genre(s) Radiotoespraak", "Brontaal Nederlands", "De wijze ..."]))
    [1, 2, 3]
    """
    rows = [_record_row(t) for t in texts]
    found: set[int] = set()
    start = 0
    for i in range(len(texts) + 1):
        if i == len(texts) or not rows[i]:
            if i - start >= RECORD_ROWS:
                found.update(range(start, i))
            start = i + 1
    return found


def _record_row(text: str) -> bool:
    """A record field's name and its value ("Genre(s) Radiotoespraak"), no sentence."""
    field = re.match(r"(\w+)(?:\(s\))?:?\s+\S", text.strip())
    return field is not None and field.group(1).lower() in RECORD_FIELDS and not text.rstrip().endswith(".") \
        and len(text.split()) <= 12


def is_caption(texts: list[str], i: int) -> bool:
    """A photo caption between two paragraphs: a verbless phrase with a full stop ("Verlinden tijdens de crisis.")."""
    text = texts[i]
    after = texts[i + 1] if i + 1 < len(texts) else ""
    # A long one may close its section, over the next subhead; a short verbless close ("Een mooie dag.") is text.
    closes = len(shape.words(text)) >= CLOSING_CAPTION_WORDS and shape.is_title_like(after)
    return (
        shape.is_verbless_sentence(text)
        and len(re.findall(r"[.!?]", text)) == 1
        and shape.is_prose(texts[i - 1])
        and (shape.is_prose(after) or closes)
    )


CLOSING_CAPTION_WORDS = 10
"""Words of a verbless sentence over a subhead that make it a caption (a paragraph's short close is text)."""
