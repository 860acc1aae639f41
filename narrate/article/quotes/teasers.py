"""The last word on names: quotes that are not the article's own telling (headline lines of other articles and
repeats) keep their voice but no name, and a name that cannot be said is not said."""

from __future__ import annotations

import re

from ..firstnames import is_first_name
from ..people import is_body_noun
from .registry import Registry
from .repeats import name_repeats
from .clauses import Analysis, Found
from .resolve import first_name_label, speakable
from .words import IMPERSONAL_VERBS, PLURAL_VERBS, SPEECH_VERBS


def unname_teasers(analyses: list[Analysis], registry: Registry, title: str | None) -> None:
    """Quotes that are not the article's own telling keep their voice but lose their name: a
    headline line ("Koning: 'NL moet vluchtelingen een thuis geven'", a label and a quote without
    a full stop, nothing else but a short kicker before it: "Hoe is het? Familie Ghadban: '...'"),
    and a quote that a later quote says again under another name (two names for the same words: the earlier, the
    lead's, is not sure; the same name twice stays). A lead's unnamed quote that the body says again is first given
    the repeat's speaker (``name_repeats``)."""
    name_repeats(analyses, registry, title)
    full = [f for a in analyses for f in a.found if f.full and f.speaker is not None]
    for n, found in enumerate(full):
        passage = analyses[found.passage].passage.text
        headline = (
            found.how == "colon"
            and not found.turn
            and found.text.rstrip()[-1:] not in ".!?…"
            and not passage[found.span.close :].strip(" .'\"’”»")
            and len(re.split(r"[.!?]\s+", passage[: found.span.mark])[-1].split()) <= 4
            and len(passage[: found.span.mark].split()) <= 8  # a kicker before it at most: "Hoe is het? Familie X: '...'"
            and not re.search(r"[.!?…]\s+\S", found.text)  # a headline quotes one sentence, not a statement of three
        )
        repeated = any(
            same_words(found.text, later.text) and later.speaker is not found.speaker
            for later in full[n + 1 :]
            if later.passage != found.passage
        )
        # "“Een kaakslag” | Brugge | hln.be": another page's headline cited with its section and site, no one's words.
        cited = re.match(r"[’”'\"»]?\s*\|", passage[found.span.close :]) is not None
        if headline or repeated or cited:
            found.speaker, found.attribution = None, None


def same_words(a: str, b: str) -> bool:
    """One quote repeats the other: the shorter's words make up most of the longer.

    >>> same_words("We gaan door, wat er ook gebeurt", "We gaan door, wat er ook gebeurt. Echt."), same_words("Ja.", "Ja, dat denk ik.")
    (True, False)
    """
    short, long = sorted((re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower())), key=len)
    return len(short) >= 3 and " ".join(short) in " ".join(long) and len(short) >= 0.5 * len(long)


def unname_unsayable(said: list[Found], registry: Registry, guest: str | None, text: str = "") -> None:
    """The last word on a name: only one that reads as a name, and a bare word only when the article gave it a
    role, or the clause right after the quote says it, or it is a first name that a clause says, or the quote's own
    clause says it and the article ``text`` shows it is someone's name."""
    # A bare name the clause right after its quote says holds for the rest of that quote too
    # ('"Een mooi pakket" grapte Rik "dat reiken we pas later uit!"'), and where the context gives him a quote.
    by_clause = {id(f.speaker) for f in said if _said_by_clause(f)}
    for found in said:
        strong = _said_by_clause(found) or found.attribution in _CARRIED and id(found.speaker) in by_clause
        strong = strong or first_name_label(found.speaker, registry) and found.full and found.how == found.attribution == "colon"
        strong = strong or guest is not None and found.speaker.name == guest  # "Het verhaal van Linda": the title names her
        strong = strong or found.attribution == "clause" and is_first_name(found.speaker.name)  # "Christel beschrijft het als ..."
        strong = strong or found.attribution in {"clause", "colon"} and proper_name(found.speaker.name, text)
        if not speakable(found.speaker, strong=strong) and not (_said_by_clause(found) and body_name(found.speaker.name)):
            found.speaker, found.attribution = None, None


_CARRIED = frozenset({"continued", "context"})
"""Attributions that carry a speaker from elsewhere (the quote before, the paragraph, the title): a bare name that a
clause of saying gives a quote holds for the quotes these give him too."""


def body_name(word: str) -> bool:
    """A body's own name, one capitalised compound that ends like an organisation ("aldus Fietsberaad", "zegt
    Gezinsbond"): the clause right after a quote names it as it names "de Gezinsbond"; carried elsewhere, or before a
    colon, such a word is as often a heading's or a field's.

    >>> body_name("Fietsberaad"), body_name("Gezinsbond"), body_name("Koenraad"), body_name("Raad"), body_name("Peeters")
    (True, True, False, False, False)
    """
    return len(word) >= 8 and word[:1].isupper() and not word.isupper() and is_body_noun(word) and not is_first_name(word)


def _said_by_clause(found: Found) -> bool:
    """The clause right after the quote names its speaker, or its label addresses him."""
    return found.full and found.how == "clause" and found.attribution == "clause" or found.titled


def proper_name(word: str, text: str) -> bool:
    """A bare word the article shows to be someone's name, though no list of first names knows it: the subject of a
    verb of saying that no subject of its own follows ("Aarieke vult aan", "Vemer vertelt dat ...", not "Raak vond
    ik ..." or "Laatst stelde mijn buurjongen ..."). A word capitalised inside a sentence proves nothing: places and
    bodies are so written too.

    >>> proper_name("Elnathan", "Elnathan vertelt: ..."), proper_name("Aarieke", "Aarieke vult aan ...")
    (True, True)
    >>> proper_name("Raak", "Raak vond ik de woorden van X."), proper_name("Laatst", "Laatst vroeg Jan: ...")
    (False, False)
    """
    if " " in word:
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}\s+(\w+)(?:\s+(\w+))?", text):
        verb, after = m.group(1).lower(), m.group(2) or ""
        if verb in _SAYING and after.lower() not in _SUBJECTS and not after[:1].isupper():
            return True
    return False


_SAYING = SPEECH_VERBS - PLURAL_VERBS - IMPERSONAL_VERBS - {"volgens", "aldus"}
"""A verb of saying in the singular that has a subject before it."""

_SUBJECTS = frozenset(
    "ik je jij u hij zij ze we wij jullie men het er de een mijn zijn haar onze ons hun uw die deze dit".split()
)
"""Words that open a subject: after the verb, they show that the word before it opened the sentence but was not
its subject ("Laatst stelde mijn buurjongen ...")."""
