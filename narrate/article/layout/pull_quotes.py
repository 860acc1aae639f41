"""Pull quotes: a quote repeated in large type, with the name (and role) of who said it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from .. import furniture
from ..model import Removed
from ..furniture.shape import is_verbless_sentence
from ..furniture.signatures import names_a_role, speaker_line
from ..furniture.vocab import FINITE_VERBS
from ..people import FIRST_PERSON_WORDS, ROLE_NOUNS, looks_like_name
from .lines import BLOCKQUOTE, HEADING, ITEM, PARAGRAPH, WORD, Unit

PULL_QUOTE_REACH = 15
"""How many units before or after a pull quote its original may stand."""


@dataclass
class PullQuote:
    """A pull quote that was cut, and who it names as its speaker."""

    text: str
    name: str | None
    role: str | None


def take_pull_quotes(units: list[Unit], removed: list[Removed]) -> tuple[list[PullQuote], list[Unit]]:
    """Pull quotes (with their speaker and role lines) and duplicated paragraphs cut from the units."""
    pulls: list[PullQuote] = []
    cut: set[int] = set()
    units = list(units)
    body_text = " ".join(u.text for u in units)
    for i, unit in enumerate(units):
        if i in cut or unit.kind not in (PARAGRAPH, BLOCKQUOTE) or len(unit.text.split()) > 60:
            continue
        name_at = i + 1 if i + 1 < len(units) and _is_speaker_line(units[i + 1], body_text) else None
        repeated = _repeats_elsewhere(units, i, cut, signed=name_at is not None)
        if repeated == "subhead":
            units[i] = Unit(HEADING, unit.text, unit.block)
            continue
        if not repeated and name_at is None:
            continue
        if not repeated and (len(unit.text.split()) > 45 or _has_own_attribution(unit.text) or not _quote_like(unit)):
            continue
        if repeated == "duplicate" and name_at is None:
            removed.append(Removed(unit.text, furniture.DUPLICATE))
            cut.add(i)
            continue
        if repeated == "pull" and not _quote_like(unit) and name_at is None and _only_text_under_heading(units, i):
            continue  # a section's one paragraph, in the text's own type: cutting it would leave its heading bare
        if repeated:
            removed.append(Removed(unit.text, furniture.PULL_QUOTE))
            cut.add(i)
        # else a signed quote said nowhere else: it stays the text's, and its signature names it below
        name = role = None
        if name_at is not None:
            name, role = speaker_line(units[name_at].text)
            removed.append(Removed(units[name_at].text, furniture.PULL_SPEAKER))
            cut.add(name_at)
            role_at = name_at + 1
            if role is None and role_at < len(units) and _is_role_line(units[role_at], units[name_at]):
                role = units[role_at].text
                removed.append(Removed(role, furniture.PULL_ROLE))
                cut.add(role_at)
        pulls.append(PullQuote(_strip_marks(unit.text), name, role))
    return pulls, [u for i, u in enumerate(units) if i not in cut]


def _only_text_under_heading(units: list[Unit], i: int) -> bool:
    """The unit is the one paragraph between a heading and the next heading (or the end)."""
    before = units[i - 1].kind == HEADING if i > 0 else False
    after = i + 1 == len(units) or units[i + 1].kind == HEADING
    return before and after


def _repeats_elsewhere(
    units: list[Unit], i: int, cut: set[int], signed: bool = False
) -> Literal["pull", "duplicate", "subhead"] | None:
    """``pull`` when another paragraph says (nearly) the same, ``duplicate``
    when an earlier one says exactly the same, ``subhead`` when the next one restates the line's words.
    ``signed``: a speaker's name line stands under the line, as under a pull quote."""
    words = WORD.findall(units[i].text.lower())
    if len(words) < 6:
        return None
    content, quoted = _content_words(words), _quote_like(units[i])
    # A pull quote stands near the quote it repeats; looking further only costs time.
    for j in range(max(0, i - PULL_QUOTE_REACH), min(len(units), i + PULL_QUOTE_REACH + 1)):
        other = units[j]
        if j == i or j in cut or other.kind not in (PARAGRAPH, BLOCKQUOTE, ITEM):
            continue
        other_words = WORD.findall(other.text.lower())
        if words == other_words:
            return "duplicate" if j < i else None
        if j == i + 1 and _restated_below(units[i], other_words):
            return "subhead"  # one the paragraph under it restates ("Toelage voor ..." / "De stad wil ...")
        if len(other_words) < len(words) * 0.8:
            continue
        shared = _shared_content_words(words, other_words)
        # Other figures are another statement ("vanaf 1 juni" beside "op 29 april"), not the same one in large type.
        same_figures = {w for w in words if w.isdigit()} <= set(other_words)
        contained = containment(words, other_words)
        # A short pull quote repeats all of its few longer words ("De emmer is al 2 jaar aan het overlopen").
        enough = shared >= 4 or (quoted and content >= 3 and shared == content and contained == 1.0)
        # In quote marks or signed a pull quote may trim its original; in the text's own type it is an excerpt:
        # a paragraph that only says much the same ("De stad wil een brug aanleggen" beside "De stad wil fietspaden
        # aanleggen") is the text's own.
        excerpt = _own_statement(units[i]) and not signed
        if contained >= (EXCERPT_CONTAINED if excerpt else 0.6) and enough and shared >= 0.75 * content and same_figures:
            # Somebody's own words, said otherwise in the text: a quote of its own, not its repeat. So is a quote
            # with its own speech clause beside a sentence without quotation that sums it up: a pull quote copies
            # a quote and is signed apart, this one runs on in the text's flow.
            summed = _has_own_attribution(units[i].text) and not _QUOTATION.search(other.text)
            if quoted and (FIRST_PERSON_WORDS & set(words) or summed) and verbatim_share(words, other_words) < VERBATIM_SHARE:
                continue
            return "pull"
    return None


EXCERPT_CONTAINED = 0.9
"""Share of its words, in order, that a pull quote out of quote marks repeats from its original."""


VERBATIM_SHARE = 0.8
"""Share of its words that a pull quote in quote marks or a block quote, in the first person, repeats in one unbroken
run of its original: one that says the body's words again is cut, one that says them otherwise ("Wij zijn het fonds van
de basis" beside "Het fonds is het fonds van de basis") is the speaker's quote of its own."""


def verbatim_share(words: list[str], other: list[str]) -> float:
    """Share of ``words`` that ``other`` holds in one unbroken run.

    >>> verbatim_share("de emmer is al twee jaar vol".split(), "hij zegt de emmer is al twee jaar vol".split())
    1.0
    >>> verbatim_share("wij zijn het fonds van de basis".split(), "het fonds is het fonds van de basis".split())
    0.7142857142857143
    """
    if not words:
        return 0.0
    match = SequenceMatcher(None, words, other, autojunk=False).find_longest_match(0, len(words), 0, len(other))
    return match.size / len(words)


_QUOTATION = re.compile(r"[\"“”„«»]|(?<!\w)[‘']\w")
"""A quotation anywhere in a line ("Helen: “We gaan ...”"): a speaker's words, as pull quotes carry them."""


def _own_statement(unit: Unit) -> bool:
    """A statement in the text's own type: no quotation in it, closed by a full stop, with its verb (a verbless one is
    a picture's caption).

    >>> _own_statement(Unit(PARAGRAPH, "De stad Gent wil een brug aanleggen.", 0))
    True
    >>> _own_statement(Unit(PARAGRAPH, "Helen: “We gaan ervoor”", 0)), _own_statement(Unit(PARAGRAPH, "De leden van de raad:", 0))
    (False, False)
    """
    text = unit.text.strip()
    return text.endswith(".") and not _quote_like(unit) and not _QUOTATION.search(text) and not is_verbless_sentence(text)


def _restated_below(unit: Unit, below: list[str]) -> bool:
    """A line in the text's own type, without a closing stop, whose words the next paragraph opens by saying again:
    a subhead its text restates, not a pull quote (one stands apart from its original, or is set in quote marks).

    >>> line = Unit(PARAGRAPH, "Subsidie voor nieuwe fietspaden langs de Kerkstraat in Pulle", 0)
    >>> _restated_below(line, "de gemeente vraagt subsidie voor fietspaden langs de kerkstraat in pulle".split())
    True
    >>> _restated_below(Unit(PARAGRAPH, "De gemeente legt fietspaden aan in Pulle", 0), "de gemeente legt fietspaden aan in pulle".split())
    False
    """
    text = unit.text.strip()
    if _quote_like(unit) or re.search(r"[.!?…,;:'’\"”»]$", text) or not text[:1].isupper():
        return False
    if any(w.lower() in FINITE_VERBS for w in WORD.findall(text)):
        return False  # a clause with its verb: a sentence that lost its stop, or the text's standfirst
    opening = below[: RESTATED_WITHIN * len(WORD.findall(text))]
    content = {w for w in WORD.findall(text.lower()) if len(w) >= 4}
    return len(content & set(opening)) >= 0.6 * len(content)


RESTATED_WITHIN = 3
"""How far into the paragraph below, in lengths of the line, its opening sentence restates a subhead."""


def containment(words: list[str], other: list[str]) -> float:
    """Share of ``words`` found, in order, in ``other`` (0.0 when under half).

    >>> containment("de wereld ziet er anders uit".split(), "zegt hij de wereld ziet er nu anders uit".split())
    1.0
    """
    if not words:
        return 0.0
    others = set(other)
    if sum(1 for w in words if w in others) < len(words) * 0.5:
        return 0.0  # cheap bound: an ordered match cannot beat the unordered one
    matcher = SequenceMatcher(None, words, other, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(words)


def _shared_content_words(words: list[str], other: list[str]) -> int:
    """Longer words two passages share: "alinea van het stuk" is no repetition."""
    return len({w for w in words if len(w) >= 4} & set(other))


def _content_words(words: list[str]) -> int:
    """The longer words of a passage: a pull quote repeats nearly all of them, while two sentences
    of a list built alike ("Omroep X heeft verzocht opnames te mogen maken van ...") share only the frame.

    >>> _content_words("npo radio heeft verzocht opnames van de zaak".split())
    5
    """
    return len({w for w in words if len(w) >= 4})


def _quote_like(unit: Unit) -> bool:
    """Set as a quote: a block quote, or a paragraph in quote marks (a wiki's first sentence over its infobox
    title is no pull quote)."""
    return unit.kind == BLOCKQUOTE or unit.text.lstrip()[:1] in "'‘’\"“”„«»‚"


def _is_speaker_line(unit: Unit, body_text: str) -> bool:
    if unit.kind not in (HEADING, PARAGRAPH) or len(unit.text.split()) > 12:
        return False
    name, role = speaker_line(unit.text)
    if not name or not looks_like_name(name):
        return False
    surname = name.split()[-1]
    # Named in the text too, or signed with a role ("Gedeputeerde Leentje Grillaert, bevoegd voor ...").
    return body_text.count(surname) >= 2 or names_a_role(role)


def _is_role_line(unit: Unit, name_unit: Unit) -> bool:
    text = unit.text
    if unit.kind != HEADING or text.endswith("?") or len(text.split()) > 8:
        return False
    if unit.block == name_unit.block:
        return True
    tokens = re.split(r"[\s-]+", text.lower())
    return any(token in ROLE_NOUNS for token in tokens) or text[:1].islower()


def _has_own_attribution(text: str) -> bool:
    return bool(re.search(r"['’\"”],?\s+(?:zegt|zei|aldus|vertelt|vertelde|stelt|stelde)\b", text))


def _strip_marks(text: str) -> str:
    return text.strip("'‘’\"“”„«» ")
