# SPDX-License-Identifier: GPL-3.0-or-later
"""Abbreviated adjectives, which agree with their noun when said: 'de zgn. taxshift' is
'de zogenaamde taxshift', 'een zgn. referendum' is 'een zogenaamd referendum'.

Dutch adds -e to an adjective before a noun, except before a singular het-word after
'een', 'geen', 'elk' or no article.  A noun's gender is guessed from its ending and,
for compounds, from a table of common het-words it ends in; most nouns are de-words.
"""

from __future__ import annotations

import re

from .stops import keep_stop

# (abbreviation, adjective, its inflected form): the adjectives newspapers abbreviate.
ADJECTIVES: tuple[tuple[str, str, str], ...] = (
    ("zgn.", "zogenaamd", "zogenaamde"),
    ("evt.", "eventueel", "eventuele"),
    ("ev.", "eventueel", "eventuele"),
    ("max.", "maximaal", "maximale"),
    ("min.", "minimaal", "minimale"),
    ("gem.", "gemiddeld", "gemiddelde"),
    ("voorm.", "voormalig", "voormalige"),
    ("alg.", "algemeen", "algemene"),
    ("resp.", "respectievelijk", "respectieve"),
    ("betr.", "betreffend", "betreffende"),
    ("tijd.", "tijdelijk", "tijdelijke"),
    ("gez.", "gezamenlijk", "gezamenlijke"),
    ("plv.", "plaatsvervangend", "plaatsvervangende"),
    ("waarn.", "waarnemend", "waarnemende"),
    ("verm.", "vermoedelijk", "vermoedelijke"),
    ("oorspr.", "oorspronkelijk", "oorspronkelijke"),
    ("intern.", "internationaal", "internationale"),
    ("nat.", "nationaal", "nationale"),
    ("bijz.", "bijzonder", "bijzondere"),
    ("gepens.", "gepensioneerd", "gepensioneerde"),
)
# Abbreviations that are also nouns: the noun where no adjective fits ('min. Van Peteghem',
# 'Vlaams min. van Onderwijs', 'gem. Gent').
_ALSO_NOUNS = {"min.": "minister", "gem.": "gemeente"}

# After these the adjective always takes -e: 'de', 'het', demonstratives, possessives.
_DEFINITE = frozenset("de die deze het dit dat mijn jouw je zijn haar ons onze hun uw jullie welke elke iedere "
                      "diens wiens wier".split())
# Common het-words, also as the end of a compound ('flitsbezoek', 'jaarinkomen').
_HET_NOUNS = frozenset(
    "bedrag bezoek akkoord tekort inkomen plan land jaar werk huis deel punt team beleid budget project "
    "programma systeem model bedrijf kind leven water geld feit doel risico recht verslag debat rapport "
    "verbod voorstel besluit overleg bestuur kabinet parlement college comité gebied gebouw geval gevaar "
    "gewicht aantal tarief niveau percentage salaris loon pensioen verlies resultaat cijfer belang verkeer "
    "vervoer onderwijs onderzoek ongeval incident conflict geweld probleem thema concert festival stadion "
    "centrum ziekenhuis station dorp stuk woord boek artikel lid orgaan initiatief regime verdrag contract "
    "signaal bericht nieuws beeld licht vuur gesprek gevolg getal gezin gerecht verhaal verzoek ontwerp "
    "verschil verband vertrouwen aanbod gebruik tempo volume gemiddelde minimum maximum bod vonnis proces "
    "examen seizoen uur spel veld net netwerk platform museum tijdperk moment document argument "
    "referendum".split()
)
_HET_ENDINGS = ("je", "um", "isme", "ment", "sel", "aat", "ument")
_ABBR_RE = re.compile(r"(?=[^\W\d_])(?<![\w.])(" + "|".join(re.escape(a[:-1]) for a, _, _ in ADJECTIVES)
                      + r")\.(?!\w)", re.I)
_FORMS = {a[:-1]: (plain, inflected) for a, plain, inflected in ADJECTIVES}
_KEYS = tuple(" " + a for a, _, _ in ADJECTIVES)


def is_het_word(noun: str) -> bool:
    """A guess at whether ``noun`` takes 'het'.

    >>> [is_het_word(n) for n in ("referendum", "flitsbezoek", "vertraging", "getuige", "meisje")]
    [True, True, False, False, True]
    """
    noun = noun.lower()
    if noun.endswith(_HET_ENDINGS):
        return True
    if re.fullmatch(r"ge[^e]\w+", noun) and not noun.endswith(("ing", "heid", "te", "de", "e")):
        return True  # 'gebied', 'gevolg', 'gesprek'
    return any(noun.endswith(h) for h in _HET_NOUNS if len(h) >= 4 or noun == h)


def _is_plural(noun: str) -> bool:
    return len(noun) > 3 and (noun.endswith(("en", "'s")) or (noun.endswith("s") and not noun.endswith("ss")))


def inflects(before: str, after: str) -> bool | None:
    """Whether the adjective between ``before`` and ``after`` takes -e; None where no noun follows.

    >>> inflects("de ", "kosten"), inflects("een ", "tekort"), inflects("een ", "stille getuige")
    (True, False, True)
    >>> inflects("was ", "ziek."), inflects("", "experts"), inflects("", "50 km")
    (False, True, None)
    """
    words = re.findall(r"[^\W\d_][\w'-]*|[0-9]", after[:60])
    if not words or words[0].isdigit():
        return None
    determiner = (before.split() or [""])[-1].lower()
    if determiner in _DEFINITE:
        return True
    first = words[0]
    if first.lower().endswith("e") and len(words) > 1 and not first[0].isupper():
        return True  # agrees with the inflected adjective after it: 'een zgn. stille getuige'
    if determiner in ("een", "geen", "zo'n", "elk", "ieder", "welk"):
        return not is_het_word(first)
    return _is_plural(first)


def say_abbreviated_adjectives(text: str) -> str:
    """'de zgn. taxshift', 'een evt. tekort', 'max. 50', 'min. Van Peteghem'.

    >>> say_abbreviated_adjectives("de zgn. taxshift, een evt. tekort, max. 50 en min. Van Peteghem")
    'de zogenaamde taxshift, een eventueel tekort, maximaal 50 en minister Van Peteghem'
    >>> say_abbreviated_adjectives("Gem. 3 uur, zei Max. Zgn. experts")
    'Gemiddeld 3 uur, zei Max. Zogenaamde experts'
    """
    def adjective(m: re.Match) -> str:
        key = m.group(1).lower()
        before, after = m.string[max(0, m.start() - 20):m.start()], m.string[m.end():].lstrip()
        if re.search(r"[0-9] ?$", before):
            return m.group()  # '45 min.' is a unit
        if m.group()[0].isupper() and not re.search(r"(?:^|[.!?:\"'(]) *$", before):
            return m.group()  # 'zei Max.' is a name
        inflected = inflects(before, after)
        noun = _ALSO_NOUNS.get(key + ".")
        if noun and (inflected is None and not re.match(r"[0-9]", after)
                     or re.match(r"(?:[A-Z]|van\b)", after)):
            words = noun
        else:
            words = _FORMS[key][1 if inflected else 0]
        words = words[:1].upper() + words[1:] if m.group()[:1].isupper() else words
        return keep_stop(words, m, False)
    # Most texts hold none of them: plain searches are much faster than the pattern.
    lowered = " " + text.lower().replace("\n", " ").replace("(", " ").replace('"', " ").replace("'", " ")
    return _ABBR_RE.sub(adjective, text) if any(a in lowered for a in _KEYS) else text
