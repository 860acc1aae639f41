"""Where the narration between two quotes hands the word to someone else: a new actor as a sentence's subject (a
group, a body, a person only described or owned by someone), so the quote after it is no longer the speaker's
before it, whatever rule would carry that speaker on."""

from __future__ import annotations

import re

from ..people import is_person_description, is_role_word
from .clauses import Analysis, Found
from .words import PLURAL_VERBS, SPEECH_VERBS

_OPENER = r"(?:(?:Ook|Maar|En|Toch|Intussen|Daarop|Wel|Nu)\s+)?"
"""A word that may stand before a sentence's subject without changing it ("Ook de buren zeggen ...")."""

_SUBJECT = re.compile(
    rf"\s*{_OPENER}(?P<det>[Dd]e|[Hh]et|[Ee]en|[Zz]ijn|[Hh]aar|[Hh]un)\s+(?P<noun>(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+(?P<verb>[a-z]+)\b"
)
"""A sentence that opens with a noun phrase led by an article or a possessive (after an adverb at most) and a
lower-case word after it, its finite verb when the phrase is its subject."""

_VOLGENS = re.compile(rf"\s*{_OPENER}(?:[Vv]olgens|[Aa]ldus)\s+(?P<det>[Dd]e|[Hh]et|[Ee]en|[Zz]ijn|[Hh]aar|[Hh]un)\s+(?P<noun>[\w-]+)")
"""A view ascribed to a described source ("Volgens de buren ...", "Volgens zijn vrouw ..."), not to "hem" (nor to
"haar" before a verb: "Volgens haar is ...")."""

_VIEW = re.compile(
    r"\b(?:ziet|zag|zien|zagen)\s+(?:dat|het|dit|de\s+zaken)\s+(?:\S+\s+)?anders\b"
    r"|\b(?:is|was|zijn|waren)\s+het\s+(?:\S+\s+){0,3}?(?:on)?eens\b"
    r"|\b(?:denkt|dacht|denken|dachten)\s+(?:er|daar)\s+(?:\S+\s+)?(?:anders|zo)\s+over\b"
    r"|\b(?:schudt|schudde|schudden)\s+(?:het|hun|zijn|haar)\s+(?:hoofd|hoofden)\b"
)
"""A clause of view: every finite form of "het anders zien", "het (on)eens zijn", "er anders over denken" and
"het hoofd schudden", whose subject takes a stand of its own."""

_LIGHT = frozenset(
    """gaat ging gaan gingen laat liet laten lieten geeft gaf geven gaven begint begon beginnen begonnen eindigt eindigde
    sluit sloot opent opende wijst wees wijzen wezen licht lichtte vat vatte legt legde voegt voegde stipt stipte merkt
    merkte vult vulde trapt trapte kaart kaartte somt somde kondigt kondigde werpt wierp klinkt klonk luidt luidde heet
    weet wist spreekt sprak""".split()
)
"""Verbs that say only with a particle or object ("gaat verder", "geeft aan", "wijst op"), or need no speaker
("klinkt", "luidt"): with a thing as subject ("De stad gaat de brug afbreken") they report no one's words."""

_PLURAL_SUBJECT = re.compile(
    rf"\s*{_OPENER}(?P<subject>(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+"
    rf"(?P<verb>{'|'.join(sorted(PLURAL_VERBS, key=len, reverse=True))}|zijn|waren|zien|zagen|denken|dachten|schudden)\b"
)
"""A sentence whose subject of one to three words ("Buurtbewoners", "Veel ouders", "Peeters en Smet") takes a plural
verb of saying or view: a group speaks, not the one person named before."""

_OUR = frozenset("we wij jullie".split())
"""Subjects a plural verb may have in the speaker's own words, not a group's."""

_PLACE_OR_TIME = frozenset("jaar jaren week weken maand maanden dag dagen keer avond ochtend middag nacht".split())
"""Nouns of time that open sentences as adverbs ("Een jaar later zegt ..."), not as subjects."""


def new_voice(narration: str) -> bool:
    """Whether a stretch of narration (words outside quotes) gives a new actor the word: a sentence whose subject is
    a person only described as someone new ("Een buurman", "Zijn vrouw"), or a group or body ("De buren zeggen",
    "De politie bevestigt", "De buurt ziet het anders:"), with a verb of saying or a clause of view; a definite
    person in the singular ("De burgemeester zegt") may be the speaker named before, and is not.

    >>> [new_voice(s) for s in ("De buren zeggen dat het te laat is.", "De politie bevestigt dat het klopt.",
    ...  "De buurt ziet het anders:", "Een buurman schudt het hoofd.", "Zijn vrouw is het daar niet mee eens.")]
    [True, True, True, True, True]
    >>> [new_voice(s) for s in ("Buurtbewoners zeggen dat het te laat is.", "Veel ouders zijn het er niet mee eens.",
    ...  "Sommige buren zien het anders.", "Dat is wat de buren zeggen.", "We vragen het de provincie.")]
    [True, True, True, False, False]
    >>> [new_voice(s) for s in ("De werken lopen al twee jaar.", "De burgemeester zegt dat het klopt.",
    ...  "Hij zegt dat het klopt.", "Volgens haar is de brug te smal.", "Een jaar later zegt hij het opnieuw.")]
    [False, False, False, False, False]
    """
    for sentence in re.split(r"(?<=[.!?:])\s+", narration.strip()):
        v = _VOLGENS.match(sentence)
        if v and (v.group("det").lower() != "haar" or is_person_description(f"haar {v.group('noun')}")):
            return True
        p = _PLURAL_SUBJECT.match(sentence)
        group = p is not None and p.group("subject").lower() not in _OUR
        if group and (p.group("verb") in PLURAL_VERBS or _VIEW.match(sentence, p.start("verb"))):
            return True
        m = _SUBJECT.match(sentence)
        if m is None or m.group("noun").split()[-1].lower() in _PLACE_OR_TIME:
            continue
        det, noun, verb = m.group("det").lower(), f"{m.group('det')} {m.group('noun')}", m.group("verb")
        person = is_person_description(noun)
        says = verb in SPEECH_VERBS - (frozenset() if person else _LIGHT) or _VIEW.search(sentence[m.start("verb") :]) is not None
        if person and det in ("een", "zijn", "haar", "hun"):
            return True  # someone new, or someone's own: not the speaker named before
        anaphor = person and verb not in PLURAL_VERBS and det in ("de", "het") and not noun.endswith("en")
        if says and not anaphor and not is_role_word(m.group("noun").split()[-1]):
            return True
    return False


def narration_before(analyses: list[Analysis], index: int, found: Found) -> str:
    """The words outside quotes between the last full quote before ``found`` and it: in its own paragraph, or, when
    it opens its paragraph, the tail of the paragraph before (of the same part), after that one's last full quote."""
    analysis = analyses[index]
    prior = [f for f in analysis.found if f.full and f.span.close <= found.span.mark]
    before = analysis.outside_quotes(prior[-1].span.close if prior else 0, found.span.mark)
    if prior or before.strip() or index == 0 or not analyses[index - 1].passage.same_part(analysis.passage):
        return before
    previous = analyses[index - 1]
    closing = [f for f in previous.found if f.full]
    return previous.outside_quotes(closing[-1].span.close if closing else 0, len(previous.passage.text))


def hands_on(narration: str) -> bool:
    """Whether the narration before a quote hands the word to someone else: a new actor (``new_voice``) in its last
    sentence, or in the one before unless the last gives the word back to a person by pronoun ("De buren zeggen ...
    Toch gaat ze door."). A question it ends with does not: the quote after it mostly answers in the words of the
    person the text is about.

    >>> hands_on("Hij wijst naar de brug."), hands_on("De buren zeggen dat het te laat is. Het is koud.")
    (False, True)
    >>> hands_on("De buren zeggen dat het te laat is. Toch gaat ze door."), hands_on("Maar waarom duurt het zo lang?")
    (False, False)
    """
    sentences = [s for s in re.split(r"(?<=[.!?:])\s+", narration.strip()) if s.strip(" .,;")]
    if not sentences or new_voice(sentences[-1]):
        return bool(sentences)
    return len(sentences) > 1 and not _BACK_TO_SOMEONE.match(sentences[-1]) and new_voice(sentences[-2])


_BACK_TO_SOMEONE = re.compile(r"\s*(?:\S+\s+){0,2}(?:[Hh]ij|[Zz]ij|[Zz]e)\s+(?!zeggen|vinden|menen|zijn|waren)")
"""A sentence with a personal pronoun among its first three words ("Toch gaat ze door."): someone singled out acts
again, not the group before; "ze zeggen" is still a group."""
