"""The one voice of a portrait: a page that quotes one person only keeps them for the quotes no clause introduces, even
where others are named in passing ("bij Philip Morris", "contact met Frank Tierolff")."""

from __future__ import annotations

import re

from ..people import Person, is_person_description, looks_like_name, name_runs
from .clauses import Analysis, Found
from .mentions import OTHER_PARTY, Mention, word_governing
from .resolve import speakable
from .stops import hands_on, narration_before
from .turns import body_speaks, heard_by_someone


def protagonist_keeps(analyses: list[Analysis], mentions: list[Mention]) -> None:
    """A page on which every attributed quote is one person's, at least two full ones (by a clause or by context alone,
    as for the sole speaker), and on which anyone else is named only after a preposition: its full body quotes that
    nothing introduces are theirs, from where the text first names them.  Not a quote that names them (it is said of them), a
    paragraph that is one quote without a full stop (a pull quote anyone may sign), nor one after someone described
    ("Toen sprak de burgemeester."), a body that speaks, or words someone is told."""
    attributed = [f for a in analyses for f in a.found if not f.turn and f.speaker is not None]
    # A bare word a colon clause opens with ("Milieu maakte ...: '...'") will be dropped by the last check: no one.
    people = {id(f.speaker): f.speaker for f in attributed
              if speakable(f.speaker, strong=False) or f.how == "clause" or f.titled}
    if len(people) != 1:
        return
    person = next(iter(people.values()))
    if not person.is_person or len(person.name.split()) < 2 or not speakable(person, strong=False):
        return
    if sum(1 for f in attributed if f.full) < 2:
        return
    named = [(m.passage, m.pos) for m in mentions if m.named and m.person is person]
    if not named or any(_another_acts(a, index, person, mentions) for index, a in enumerate(analyses)):
        return
    for index, analysis in enumerate(analyses):
        for quote in analysis.found:
            if quote.speaker is not None or quote.phrase is not None or not quote.full or quote.turn:
                continue
            if analysis.passage.part == "lead" or (index, quote.span.mark) < min(named):
                continue  # a standfirst's quote is a teaser anyone may have said; before they are named, no one's
            if _surname_in(quote.text, person):
                continue
            before = analysis.outside_quotes(0, quote.span.mark)
            after = analysis.outside_quotes(quote.span.close, len(analysis.passage.text))
            if _pulled(analysis, quote) or _someone_described(before) or body_speaks(before) or heard_by_someone(after):
                continue
            if hands_on(narration_before(analyses, index, quote)):
                continue  # "De buren zeggen dat het te laat is.": others took a stand since the person's last quote
            if _named_just_before(analyses, index, quote, person, mentions):
                continue
            quote.speaker, quote.attribution = person, "context"


def _surname_in(text: str, person: Person) -> bool:
    """The person's surname stands in the text as a word of its own.

    >>> _surname_in("Zo zei Jansen het.", Person("Karel Jansen")), _surname_in("De Jansens", Person("Karel Jansen"))
    (True, False)
    """
    return re.search(rf"(?<![\w-]){re.escape(person.name.split()[-1])}(?![\w-])", text) is not None


def _pulled(analysis: Analysis, quote: Found) -> bool:
    """A paragraph that is the quote alone, without a full stop: a pull quote or a streamer."""
    text = analysis.passage.text
    alone = not re.sub(r"[\W_]", "", analysis.outside_quotes(0, len(text)))  # nothing but the quote and its marks
    return alone and quote.text.rstrip()[-1:] not in ".!?…"


def _another_acts(analysis: Analysis, index: int, person: Person, mentions: list[Mention]) -> bool:
    """Someone else named in the passage, outside quotes, other than after a preposition ("bij Philip Morris"): they
    may be the one a quote is of."""
    text = analysis.outside_quotes(0, len(analysis.passage.text))
    others = [at for at, name in name_runs(text) if looks_like_name(name) and not _surname_in(name, person)]
    others += [m.pos for m in mentions if m.passage == index and m.named and m.person is not person]
    return any(word_governing(text, at, 3) not in _PREPOSITIONS for at in others)


def _named_just_before(
    analyses: list[Analysis], index: int, quote: Found, person: Person, mentions: list[Mention]
) -> bool:
    """Someone else named, even in passing, in the quote's sentence or the one before (the last sentence of the
    paragraph before, for a quote that opens its own): "Het roer gaat nu naar Karel Mertens. '...'" hands the word
    on."""
    where, start, end = index, 0, quote.span.mark
    if analyses[index].passage.text[:end].strip():
        start = analyses[index].sentence_bounds(max(0, quote.sentence - 1))[0]
    elif index > 0:
        where, end = index - 1, len(analyses[index - 1].passage.text)
        start = analyses[where].starts[-1] if analyses[where].starts else 0
    if any(m.passage == where and start <= m.pos < end and m.person is not person for m in mentions if m.named):
        return True
    text = analyses[where].outside_quotes(0, end)
    return any(at >= start and not _surname_in(name, person) for at, name in name_runs(text))


def _someone_described(text: str) -> bool:
    """Someone described, not named, and not after a preposition: a speaker other than the one named ("De buurvrouw
    kijkt boos.", "Toen sprak de burgemeester."); not "het belang van een wetenschapper".

    >>> _someone_described("Toen sprak de burgemeester."), _someone_described("Het belang van een wetenschapper.")
    (True, False)
    """
    for m in re.finditer(r"\b(?:[Dd]e|[Hh]et|[Ee]en|[Dd]ie|[Dd]eze)\s+[\w-]+", text):
        words = text[: m.start()].split()
        if is_person_description(m.group(0)) and not (words and words[-1].lower() in _PREPOSITIONS):
            return True
    return False


_PREPOSITIONS = OTHER_PARTY | frozenset("van voor bij door op in om uit".split())
"""Words after which a name is the other party or the owner of something ("contact met Frank Tierolff", "jarenlang bij
Philip Morris"), not someone who acts or speaks ("volgens" is not among them)."""
