"""Furniture glued into a paragraph: a byline run into the first sentence, a
letter's signature or a "Zie ..." reference after the last, a reading hint
("(Tekst gaat verder onder de foto.)"), a time and comment count before the lead.

Each cut is a whole fragment between two sentences, recognised by its shape:
a name (capitalised words with their particles) that no verb follows, or a
short capitalised tail without a full stop.
"""

from __future__ import annotations

import re

from ..firstnames import is_first_name
from ..letters import CAPITAL
from . import page_notes, shape, vocab

_CAP = rf"[{CAPITAL}][a-zà-ÿ'’-]+"
_NAME = rf"{_CAP}(?:\s+(?:{vocab.NAME_PARTICLES}\s+)*{_CAP}){{1,3}}"
_STARTER = "|".join(sorted((w.capitalize() for w in vocab.SENTENCE_STARTERS), key=len, reverse=True))
_GLUED_NAME = re.compile(rf"(?<=[.!?…'’\"”])\s+({_NAME})(?=\s+(?:{_STARTER})\s)")
_SURNAME_GOES_ON = re.compile(rf"\s+(?i:{vocab.NAME_PARTICLES})(?:\s+(?i:{vocab.NAME_PARTICLES}))?\s+{_CAP}")
"""A surname's particle and capital after a first name ("Tom De Cock", "Els Van der Linden"): the name goes on."""

_CAPS_BYLINE = re.compile(
    rf"(?<=[.!?…'’\"”])(\s+DOOR\s+[{CAPITAL}]{{2,}}(?:[-'’][{CAPITAL}]+)*(?:\s+(?:VAN|DE|DER|DEN|TER|TEN|EL|LE)){{0,2}}"
    rf"(?:\s+[{CAPITAL}]{{2,}}(?:[-'’][{CAPITAL}]+)*){{1,2}})(?=\s+[{CAPITAL}][a-zà-ÿ])"
)
"""A printed magazine's byline in capitals between the intro and the text: "... te weinig op. DOOR JAN PEETERS De regel ..."."""
_READING_HINT = re.compile(
    r"\(\s*(?:de\s+)?(?:tekst|het artikel|het verhaal|artikel|verhaal|lees|scroll)\s+(?:gaat\s+|loopt\s+)?"
    r"(?:verder|door)\s+(?:onder|na|bij|naast|boven|onder aan)\s+(?:de|het|deze|dit)\s+(?:\w+\s+)?"
    r"(?:foto|video|advertentie|afbeelding|tweet|post|grafiek|kaart|infographic|beelden?|fotoreeks|reeks|carrousel)"
    r"\w*\s*[.!]?\s*\)",
    re.IGNORECASE,
)
_LINK_IN_BRACKETS = re.compile(
    r"\s*[(\[]\s*(?:lees (?:ook|meer|verder)|zie ook|bekijk ook|kijk ook|meer (?:nieuws|over dit onderwerp)|"
    r"advertentie)\s*(?:[:.-]\s*[^()\[\]]{0,120})?[)\]]"
    r"|\s*\(\s*(?:[^()]{0,40}?\bopent (?:in )?(?:een )?nieuw(?:e)? (?:venster|tabblad|scherm)|externe link|link is extern|"
    r"opens in (?:a )?new (?:window|tab))\s*\)",
    re.IGNORECASE,
)
"""A link or widget set in brackets inside a paragraph: "(Lees ook: Kabinet valt)", "[Advertentie]", or a
link's note for screen readers: "(opent in nieuw venster)", "(PDF bestand opent in nieuw venster)"."""
_STAGE_IN_LINE = re.compile(r"(?<=[.!?…:])\s+" + vocab.STAGE_DIRECTION.pattern[1:-1], re.IGNORECASE)
"""A transcript's note of the room after a sentence: "Is iedereen het daarmee eens? (Instemming)"."""
_GLUED_ALT = re.compile(rf"^([a-zà-ÿ][\w'’-]*(?:\s+[\w'’-]+){{1,8}}?[a-zà-ÿ])(?=[{CAPITAL}][a-zà-ÿ]+\s)")
"""A picture's text run into the first word of the paragraph under it: "korpschef Tony HalsbergheIk stel u ..."."""
_GLUED_CREDIT = re.compile(
    rf"^((?:Beeld|Foto|Fotografie)\s*:\s+[{CAPITAL}][\w'’&-]*(?:\s+(?:[{CAPITAL}][\w'’&-]*|van|voor|en|de|der|het|&)){{0,7}}?)"
    r"\s+(?=(?:Ook|De|Het|Een|In|Op|Bij|Met|Voor|Na|Sinds|Volgens|Daarnaast|Daarom|Zo|Dat|Die|Deze|Dit|Er|Hij|Zij|Ze|We|Wij|"
    r"Ik|Maar|En|Toen|Nu)\s+[a-zà-ÿ])"
)
"""A picture's credit run into the paragraph under it: "Beeld: Ministerie van Justitie en Veiligheid Ook de ..."."""
_LAST_SENTENCE_END = re.compile(r"[.!?…][)'’\"”»]*\s+(?=\S[^.!?…]*$)")
_META_TOKEN = re.compile(
    rf"\s*(?:\d{{1,2}}[:.]\d{{2}}(?:\s*uur)?|\d+\s+(?:reacties?|comments?)|[|·•]|[{CAPITAL}][\wÀ-ÿ'-]+(?=\s*[|·•]))"
)
_DATE_TAIL = re.compile(r"[.!?…][)'’\"”»]*\s+(\(?\d\S*(?:\s+\S+){0,3})$")
_CREDIT_TAIL = re.compile(r"(?<=[.!?…'’\"”»])\s+([\[(]\s*([\w.]{1,8}(?:\s*/\s*[\w.]{1,8}){0,3})\s*[\])])$")
"""An agency's or author's initials after the last sentence: "... bezig zijn. [MdV/HOP]", "(ANP/MR)"."""
SIGNATURE_WORDS = 6
_MARKS = re.compile(r"[“”\"„«»]|(?<!\w)[‘'’]|[‘'’](?!\w)")
"""Quotation marks, double or single; not an apostrophe inside a word ("’s", "zo'n")."""
"""A letter's signature or a "Zie Stad en Streek" after the last sentence: a name and a place at most."""


def strip_inline(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The paragraph less glued furniture, and what was cut with a kind: ``byline``, ``reference`` (a link),
    ``hint``, ``meta``.

    >>> strip_inline("Het kabinet is gevallen. Jan de Vries Er komen in het voorjaar verkiezingen.")
    ('Het kabinet is gevallen. Er komen in het voorjaar verkiezingen.', [('Jan de Vries', 'byline')])
    >>> strip_inline("Hij bleef thuis. (Tekst gaat verder onder de foto.) Zij niet.")
    ('Hij bleef thuis. Zij niet.', [('(Tekst gaat verder onder de foto.)', 'hint')])
    >>> strip_inline("korpschef Tony HalsbergheIk stel u graag ons korps voor.")
    ('Ik stel u graag ons korps voor.', [('korpschef Tony Halsberghe', 'caption')])
    >>> strip_inline("Beeld: Ministerie van Justitie en Veiligheid Ook de DNA-succesmeter zorgt binnen de keten voor versnelling.")[1]
    [('Beeld: Ministerie van Justitie en Veiligheid', 'caption')]
    """
    cut: list[tuple[str, str]] = []
    glued = _GLUED_ALT.match(text)
    if glued:
        cut.append((glued.group(1), "caption"))
        text = text[glued.end(1) :]
    credit = _GLUED_CREDIT.match(text)
    if credit and len(shape.words(text[credit.end(1) :])) >= 8:
        cut.append((credit.group(1), "caption"))
        text = text[credit.end(1) :].lstrip()
    text = _cut_caps_byline(text, cut)
    for match in _READING_HINT.finditer(text):
        cut.append((match.group(0), "hint"))
    text = _READING_HINT.sub(" ", text)
    for match in _LINK_IN_BRACKETS.finditer(text):
        cut.append((match.group(0).strip(), "reference"))
    text = _LINK_IN_BRACKETS.sub(" ", text)
    cut += [(match.group(0).strip(), "hint") for match in _STAGE_IN_LINE.finditer(text)]
    text = _STAGE_IN_LINE.sub("", text)
    if len(shape.words(text)) >= 12:
        text = _cut_glued_names(text, cut)
        text, meta = _leading_meta(text)
        cut += [(meta, "meta")] if meta else []
        text, link = _link_tail(text)
        cut += [(link, "reference")] if link else []
        contact = _CONTACT_TAIL.search(text)
        if contact:
            cut.append((contact.group(1), "reference"))
            text = text[: contact.start()]
        text, tail = _signature(text)
        cut += [(tail, "reference" if re.match(r"(?i)zie|lees", tail) else "byline")] if tail else []
        text, date = _date_tail(text)
        cut += [(date, "meta")] if date else []
        text, notes = page_notes.trailing_notes(text)
        cut += [(notes, "hint")] if notes else []
    text, credit = _credit_tail(text)
    cut += [(credit, "byline")] if credit else []
    return " ".join(text.split()), cut


def _cut_glued_names(text: str, cut: list[tuple[str, str]]) -> str:
    """The paragraph less an author's name glued between two sentences ("... op. Jan de Vries Er komen ..."), which
    goes into ``cut``. A "name" that ends in a first name before a capitalised particle and a capital is a role and a
    first name whose surname goes on ("Presentator Tom De Cock leidde"): the sentence's subject, no byline.

    >>> found = []
    >>> _cut_glued_names("Het kabinet viel. Jan de Vries Er komen verkiezingen.", found), found
    ('Het kabinet viel. Er komen verkiezingen.', [('Jan de Vries', 'byline')])
    >>> _cut_glued_names("Het feest begon. Presentator Tom De Cock leidde het.", found)
    'Het feest begon. Presentator Tom De Cock leidde het.'
    """

    def goes_on(match: re.Match) -> bool:
        after = text[match.end() :]
        return is_first_name(match.group(1).split()[-1]) and bool(_SURNAME_GOES_ON.match(after))

    cut += [(match.group(1), "byline") for match in _GLUED_NAME.finditer(text) if not goes_on(match)]
    return _GLUED_NAME.sub(lambda match: match.group(0) if goes_on(match) else "", text)


def _cut_caps_byline(text: str, cut: list[tuple[str, str]]) -> str:
    """The paragraph less a byline in capitals between two sentences, which goes into ``cut``.

    >>> found = []
    >>> _cut_caps_byline("Het levert te weinig op. DOOR JAN PEETERS De regel is in 2013 ingevoerd.", found), found
    ('Het levert te weinig op. De regel is in 2013 ingevoerd.', [('DOOR JAN PEETERS', 'byline')])
    """
    cut += [(match.group(1).strip(), "byline") for match in _CAPS_BYLINE.finditer(text)]
    return _CAPS_BYLINE.sub("", text)


def _credit_tail(text: str) -> tuple[str, str]:
    """ "... bezig zijn. [MdV/HOP]": initials or an agency in brackets after the last sentence sign the story;
    a word in brackets ("(Foto)") does not.

    >>> _credit_tail("De Kamer wil een debat. (ANP/MR)"), _credit_tail("Zo ging het. (Foto)")
    (('De Kamer wil een debat.', '(ANP/MR)'), ('Zo ging het. (Foto)', ''))
    """
    match = _CREDIT_TAIL.search(text.rstrip())
    if not match:
        return text, ""
    parts = re.split(r"\s*/\s*", match.group(2))
    if not all(vocab.NEWSROOM.fullmatch(p) or sum(c.isupper() for c in p) >= 2 for p in parts):
        return text, ""
    return text[: match.start()].rstrip(), match.group(1)


_CONTACT_TAIL = re.compile(
    r"(?<=[.!?])\s+((?i:meer info(?:rmatie)?|info(?:rmatie)?|contact|vragen\?)\b[^.!?]{0,100}?"
    r"(?:[\w.+-]+@[\w-]+\.[a-z]{2,}|\b0\d{1,3}[ /.-]?\d{2,3}[ .]?\d{2}[ .]?\d{2,3}\b)\.?)$"
)
"""A last sentence that says whom to ask, by e-mail or phone: "... op zich. Meer info bij joke@rlkgn.be."."""


def _link_tail(text: str) -> tuple[str, str]:
    """ "... maakte er een uitzending over. Bekijk de uitzending": a link's label left after the last sentence.

    >>> _link_tail("Hart van Nederland maakte er een uitzending over. Bekijk de uitzending")
    ('Hart van Nederland maakte er een uitzending over.', 'Bekijk de uitzending')
    >>> _link_tail("Er moet iets veranderen, vindt hij. lees meer »")[1], _link_tail("Hij zwijgt. Bekijk het maar")[1]
    ('lees meer »', '')
    >>> _link_tail("De raad adviseert de ministers. Lees meer...")[1]
    'Lees meer...'
    >>> _link_tail("De raad adviseert de ministers en de gemeenten.Lees verder")
    ('De raad adviseert de ministers en de gemeenten.', 'Lees verder')
    """
    dotted = _READ_MORE_DOTS.search(text) or _READ_MORE_GLUED.search(text)
    if dotted:  # its dots would end a sentence of its own, or it is glued to the last one
        return text[: dotted.start(1)].rstrip(), dotted.group(1)
    end = _after_last_sentence(text)
    tail = text[end:].strip() if end is not None else ""
    if not 1 <= len(shape.words(tail)) <= 5 or shape.ends_sentence(tail):
        return text, ""
    if not (vocab.CALL_TO_ACTION.match(tail) or re.fullmatch(r"(?i)(?:lees|meer) (?:meer|verder|lezen)\s*[»›>→]?", tail)):
        return text, ""
    return text[:end].rstrip(), tail


_READ_MORE_GLUED = re.compile(r"(?<=[.!?…])((?:Lees|Meer) (?:meer|verder|lezen))\s*[»›>→]?$")
"""A link's label glued to the last sentence, as an extraction joins a teaser's link to it: "... en normen.Lees verder"."""
_READ_MORE_DOTS = re.compile(r"(?<=[.!?])\s+((?i:lees|meer) (?i:meer|verder|lezen)\s*(?:\.\.\.|…))$")
"""A link's label with its dots after the last sentence: "... over onderwijs. Lees meer..."."""


def _signature(text: str) -> tuple[str, str]:
    """ "... stedenbouw. Marcel Valk, Amsterdam": a capitalised tail without a full stop after the last sentence."""
    end = _after_last_sentence(text)
    if end is None:
        return text, ""
    tail = text[end:].strip()
    count = len(shape.words(tail))
    first = shape.words(tail)[0].lower() if count else ""
    if (
        # "“...” Marcus Tullius Cicero": a paragraph that is one quote, and the signature of its speaker
        # (in double marks or single: "‘...’ - Jan Peeters"; an apostrophe inside a word is no mark)
        text.lstrip()[:1] in "“\"„«‘'" and re.search(r"[”\"»’']\s*$", text[:end]) and len(_MARKS.findall(text)) == 2
        or not 1 <= count <= SIGNATURE_WORDS
        or shape.ends_sentence(tail)
        or re.search(r"[\d'‘’\"“”„«»()?!:©/]", tail)
        or (first in vocab.SENTENCE_STARTERS)
        or shape.capitalised_share(tail) < 0.6
    ):
        return text, ""
    return text[:end].rstrip(), tail


def _after_last_sentence(text: str) -> int | None:
    """Where the fragment after the paragraph's last sentence end starts (None: no sentence end before one)."""
    match = None
    for match in _LAST_SENTENCE_END.finditer(text):
        pass
    return match.end() if match else None


def _date_tail(text: str) -> tuple[str, str]:
    """ "... standpunten. 23.V.2005": a page's footer date glued after the last sentence (a page break of a PDF)."""
    match = _DATE_TAIL.search(text)
    tail = match.group(1) if match else ""
    bare = tail.strip("()")
    # Only a bare date, or one in brackets: "Op 5 maart." ends like a sentence and is one.
    if not bare[:1].isdigit() or shape.ends_sentence(tail) or not (shape.has_date(bare) and shape.is_date_line(bare)):
        return text, ""
    return text[: match.start(1)].rstrip(), match.group(1)


_LEADING_DATE = re.compile(rf"^\s*\((\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{1,2}}\s+[a-z]+\s+\d{{4}})\)\s+(?=[{CAPITAL}])")
"""A date in brackets before a paragraph's first sentence: "(20-03-2018) De UGent daagde ..."."""


_WIRE_DATELINE = re.compile(
    rf"^([{CAPITAL}][{CAPITAL}'’. -]+(?:,[^/()\n]{{1,50}}?)?\s*(?:\((?i:anp|belga|afp|reuters|ap|dpa|novum|globe newswire|"
    rf"business wire)\)|/(?i:pr ?newswire|business wire|globe newswire)/)\s*(?:-{{1,2}}|–|—))\s+(?=[{CAPITAL}\d])"
)
"""A news agency's dateline before the first sentence: "DEN HAAG (ANP) - ", "BRUSSEL, 4 februari 2011 /PRNewswire/ -- "."""


def _leading_meta(text: str) -> tuple[str, str]:
    """ "14:32 | 12 reacties | Binnenland De gemeente ...": a time or comment count glued before the lead;
    "(20-03-2018) De UGent ...": a bracketed date.

    >>> _leading_meta("(20-03-2018) De UGent daagde haar studenten uit.")
    ('De UGent daagde haar studenten uit.', '(20-03-2018)')
    >>> _leading_meta("DEN HAAG (ANP) - Het kabinet valt."), _leading_meta("DEN HAAG - Het kabinet valt.")[1]
    (('Het kabinet valt.', 'DEN HAAG (ANP) -'), '')
    """
    wire = _WIRE_DATELINE.match(text)
    if wire:
        return text[wire.end() :], wire.group(1).strip()
    dated = _LEADING_DATE.match(text)
    if dated and shape.has_date(dated.group(1)):
        return text[dated.end() :], dated.group(0).strip()
    pos, tokens = 0, []
    while match := _META_TOKEN.match(text, pos):
        tokens.append(match.group(0).strip())
        pos = match.end()
    meta = " ".join(tokens)
    if len(tokens) < 2 or not re.search(r"\d", meta) or not text[pos:].strip()[:1].isupper():
        return text, ""
    return text[pos:].strip(), meta
