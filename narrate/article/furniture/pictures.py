"""Pictures left in the text: what only a photo's label and caption say, and the captions that name who is pictured.

Like ``vocab``, tables of words that every site's pictures use, never one article's.
"""

from __future__ import annotations

import re

from ..firstnames import is_first_name
from ..letters import CAPITAL
from ..people import NAME_LINKS
from . import vocab

BARE_PICTURE_LABEL = re.compile(
    r"(?i)\s*(?:(?:responsive |featured |header )?image|afbeelding|photo|foto|beeld|placeholder|"
    r"(?:toelichting|beschrijving|uitleg|tekstversie) (?:bij|van) (?:deze|de) (?:afbeelding|foto|grafiek|kaart|infographic))\s*"
)
"""A picture's bare label, where a browser copy leaves the image ("Image" over its alt text), or the button that
opens its description ("Toelichting bij deze afbeelding"); match it whole."""

PICTURE_LABEL = re.compile(
    r"^(?:(?:foto|beeld|afbeelding|video|illustratie|grafiek|kaart|infographic)(?: van| bij| uit|:)|(?:photo|picture|image) (?:of|related to)|op (?:de|deze) (?:foto|afbeelding)(?: \(?v\.?l\.?n\.?r\.?\)?)?:|"
    r"(?:grafiek|figuur|tabel|kaart|afbeelding|illustratie|infographic)\s+\d{1,2}\s*[:.–—-]|"
    r"v\.?l\.?n\.?r\.?:?)\s",
    re.IGNORECASE,
)
"""A picture's label left in the text: "Foto van de ramp", "Grafiek 1 – Jaarlijkse groei van de bevolking", "Infographic:
de vier sporen", or the alternative text a site makes of the page's title ("Image related to ...")."""

POSED = re.compile(
    r"(?i)\b(?:poseert|poseren|poserend|poseerde|poseerden|groepsfoto"
    r"|(?:kijkt|kijken|keek|keken|lacht|lachen|glimlacht)\s+(?:\w+\s+){0,2}(?:in|naar)\s+(?:de\s+)?camera(?![\w'’])"
    r"|van (?:de zijkant|achteren|opzij|boven) gezien|v\.\s?l\.\s?n\.\s?r|vlnr"
    r"|(?:tweede|derde|vierde|uiterst|helemaal|staand|zittend)\s+(?:van\s+)?(?:links|rechts)"
    rf"|(?:met|en|naast)\s+(?:links|rechts)(?:\s+van\s+het\s+midden)?\s+(?-i:[{CAPITAL}])\w*)"
    r"(?![\w'’])|\((?:links|rechts|midden|l|r)\)"
)
"""What only a picture's description says: people posing, looking into the camera, seen from the side, named from left
to right ("v.l.n.r."), placed in it ("tweede van links", "met rechts Senna Maatoug", "Barack Obama (links)")."""


# "Op de foto: burgemeester X met ...", "V.l.n.r. Jan, Piet en Klaas": who a picture shows.
_WHO_IN_PICTURE = re.compile(
    r"(?i)(?:op (?:de|deze) (?:foto|afbeelding)\s*(?:\(v\.?l\.?n\.?r\.?\)|van links naar rechts)?\s*:|v\.l\.n\.r\.?[:\s])"
)


def who_in_picture(text: str) -> bool:
    """A caption that says who is in the picture, at its start or after a short sentence on the scene.

    >>> who_in_picture("Het debat op de sociëteit. V.l.n.r.: Judith Tielen (VVD) en Kees van Vuuren (BBB)."), who_in_picture("Zo gaat het.")
    (True, False)
    """
    m = _WHO_IN_PICTURE.search(text)
    return m is not None and (m.start() == 0 or (len(text[: m.start()].split()) <= 15 and text[: m.start()].count(".") <= 1))


_FULL_NAME = rf"[{CAPITAL}][\w'’-]+(?:\s+(?:{NAME_LINKS}))*\s+[{CAPITAL}][\w'’-]+"
# "Samantha Dinsbach, Claudio Bruggink en Andries Heidema tijdens het werkbezoek": who a picture shows and where,
# with no verb; three names and a preposition never open a sentence of the article.
# A role in lower case may stand before a name, which then may be one word ("prinses Beatrix en koningin Máxima").
_MEMBER = rf"(?:{_FULL_NAME}|(?!(?:het|een|den|der|van|voor|met|aan|bij|uit)\s)[a-zà-ÿ]{{3,}}\s+[{CAPITAL}][\w'’-]+)"
NAMES_THEN_SCENE = re.compile(
    rf"^{_FULL_NAME}(?:,\s+{_MEMBER})+,?\s+en\s+{_MEMBER}\s+(?:tijdens|op|bij|in|met|aan|voor|na|naast|rond)\s"
)

# "Rector Hans van Duijn tijdens de opening", "Ad van Liempt voor de woning van ...": who a picture shows, then
# where, and no verb; the body's sentences go on after a name with a verb.
_PERSON_SCENE = re.compile(
    rf"^(?:[{CAPITAL}][\w-]+\s+(?:[{CAPITAL}]{{2,5}}\s+)?)?{_FULL_NAME}\s+(?:tijdens|voor|in|bij|op|met|naast|aan|achter|onder|na|rond)\s"
)
_POSSESSIVE = re.compile(r"(?i)\b(?:tijdens|voor|in|bij|op|met|naast|aan|achter|onder|na|rond|van|uit)\s+zijn\b")
"""A preposition's "zijn" is his, not the verb: "Ton Hartlief in zijn werkkamer"."""


def is_person_in_scene(text: str) -> bool:
    """A photo's caption that names someone and where they are, with no finite verb and one sentence at most.

    >>> is_person_in_scene("Rector Hans van Duijn tijdens Mystery Tour in Maastricht")
    True
    >>> is_person_in_scene("Jan Peeters in de Kamer is boos op de minister."), is_person_in_scene("Jan Peeters in Gent:")
    (False, False)
    >>> is_person_in_scene("Bredene Koksijde Classic met aankomst aan het politiehuis")
    False
    >>> is_person_in_scene("Ton Hartlief in zijn werkkamer."), is_person_in_scene("Hoofddirecteur IND Aly van Berckel bij een workshop.")
    (True, True)
    >>> is_person_in_scene("Jan Peeters in het kort"), is_person_in_scene("Els Smet in vijf vragen")
    (False, False)
    """
    words = re.findall(r"[\w'’-]+", _POSSESSIVE.sub(" ", text))
    scene = _PERSON_SCENE.match(text)
    return (
        scene is not None
        and any(is_first_name(w) for w in scene.group(0).split()[:3])  # a person, not "Bredene Koksijde Classic"
        and len(words) <= 30
        and not text.rstrip().endswith((":", "?"))
        and not re.search(rf"[.!?]\s+[{CAPITAL}]", text)
        and not any(w.lower() in vocab.FINITE_VERBS for w in words)
        and not _IN_BRIEF.search(text)
    )


_IN_BRIEF = re.compile(r"(?i)\bin (?:het kort|een notendop|vogelvlucht|cijfers|(?:\w+ )?vragen)\s*[.:]?$")
"""How a heading sums someone up ("Robert Smit in het kort", "... in vijf vragen"): no place a picture shows."""


# "Rob Verhofstad opent het studiejaar in de Stevenskerk", "Koning Willem-Alexander bevordert ...": who a picture
# shows and what they do in it, in the present; a role's capital may stand before the name.
_ACTING = re.compile(rf"^(?:[{CAPITAL}][\w-]+\s+)?(?P<name>{_FULL_NAME})\s+(?P<verb>[a-zà-ÿ]{{3,}}t)\s")
_TELLING = frozenset(
    """zegt vertelt benadrukt stelt vindt denkt meent hoopt verwacht weet wil wilt heeft wordt moet laat legt wijst
    merkt gelooft verklaart erkent vraagt antwoordt reageert schrijft waarschuwt pleit blijft lijkt krijgt gaat komt
    noemt meldt besluit ziet kent mist""".split()
)
"""Present verbs that report what someone says, thinks or has: the article's own sentences, never a picture's."""


def acting_person(text: str) -> str | None:
    """The person a present-tense caption shows doing something, in one sentence at most with no quote or colon; else None.

    >>> acting_person("Rob Verhofstad opent nieuwe studiejaar in Stevenskerk in Nijmegen")
    'Rob Verhofstad'
    >>> acting_person("Burgemeester Ineke Kramer overhandigt de sleutel aan de huurders.")
    'Ineke Kramer'
    >>> acting_person("Ineke Kramer benadrukt het belang van goede zorg."), acting_person("Volgens Ineke Kramer groeit de stad.")
    (None, None)
    >>> acting_person("Ineke Kramer opent de brug. Daarna volgt een feest."), acting_person("Ineke Kramer opent: de brug")
    (None, None)
    """
    m = _ACTING.match(text)
    if (
        m is None
        or m.group("verb") in _TELLING
        or len(text.split()) > 30
        or re.search(rf"[.!?]\s+[{CAPITAL}]|[:;\"“”„«»‘’?]", text)
        or text[: m.start("name")].strip().lower() in vocab.SENTENCE_STARTERS | {"volgens"}
        or not any(is_first_name(w) for w in m.group("name").split()[:2])
    ):
        return None
    return m.group("name")


_STRONG_PAST = frozenset(
    """was waren werd werden had hadden kon konden zou zouden moest moesten mocht wilde ging gingen kwam kwamen zei zeiden
    stond stonden lag bleef bleven kreeg kregen deed deden zag zagen vond vonden gaf gaven nam namen hield liet wist dacht
    sprak spraken schreef bracht brachten opende sloot begon won las hief""".split()
)
"""Past forms of verbs whose past is no -de or -te."""


def is_past_verb(word: str) -> bool:
    """A finite verb in the past: a strong one, or a weak one's -de(n)/-te(n) on a long word.

    >>> is_past_verb("lanceerde"), is_past_verb("nam"), is_past_verb("opent"), is_past_verb("rode")
    (True, True, False, False)
    """
    word = word.lower()
    return word in _STRONG_PAST or len(word) >= 7 and word.endswith(("de", "te", "den", "ten"))
