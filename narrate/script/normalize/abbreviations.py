# SPDX-License-Identifier: GPL-3.0-or-later
"""Abbreviations expanded, initials joined: their full stops would end a sentence."""

from __future__ import annotations

import re

from .stops import SENTENCE_STARTERS, keep_stop


def _capitalise_like(source: str, words: str) -> str:
    return words[:1].upper() + words[1:] if source[:1].isupper() else words


# (abbreviation, expansion, may the full stop also end a sentence?)
_ABBREVIATIONS: tuple[tuple[str, str, bool], ...] = (
    ("z.g.a.n.", "zo goed als nieuw", True),
    ("a.d.h.v.", "aan de hand van", False),
    ("i.h.k.v.", "in het kader van", False),
    ("v.l.n.r.", "van links naar rechts", False),
    ("Z.K.H.", "Zijne Koninklijke Hoogheid", False),
    ("H.K.H.", "Hare Koninklijke Hoogheid", False),
    ("i.o.v.", "in opdracht van", False),
    ("i.c.m.", "in combinatie met", False),
    ("m.m.v.", "met medewerking van", False),
    ("o.v.v.", "onder vermelding van", False),
    ("i.t.t.", "in tegenstelling tot", False),
    ("e.e.a.", "een en ander", True),
    ("i.p.v.", "in plaats van", False),
    ("m.a.w.", "met andere woorden", False),
    ("d.w.z.", "dat wil zeggen", False),
    ("t.o.v.", "ten opzichte van", False),
    ("i.v.m.", "in verband met", False),
    ("m.b.t.", "met betrekking tot", False),
    ("n.a.v.", "naar aanleiding van", False),
    ("o.l.v.", "onder leiding van", False),
    ("i.s.m.", "in samenwerking met", False),
    ("t.e.m.", "tot en met", False),
    ("t.a.v.", "ten aanzien van", False),
    ("d.m.v.", "door middel van", False),
    ("m.b.v.", "met behulp van", False),
    ("m.u.v.", "met uitzondering van", False),
    ("t.g.v.", "ten gevolge van", False),
    ("t.b.v.", "ten behoeve van", False),
    ("o.b.v.", "op basis van", False),
    ("i.h.b.", "in het bijzonder", False),
    ("a.h.w.", "als het ware", False),
    ("z.s.m.", "zo snel mogelijk", True),
    ("t.z.t.", "te zijner tijd", True),
    ("a.u.b.", "alstublieft", True),
    ("s.v.p.", "alstublieft", True),
    ("v.Chr.", "voor Christus", True),
    ("n.Chr.", "na Christus", True),
    ("Z.M.", "Zijne Majesteit", False),
    ("H.M.", "Hare Majesteit", False),
    ("Z.H.", "Zijne Heiligheid", False),
    ("Z.E.", "Zijne Excellentie", False),
    ("H.E.", "Hare Excellentie", False),
    ("v.a.", "vanaf", False),
    ("t.w.", "te weten", False),
    ("o.a.", "onder andere", False),
    ("o.m.", "onder meer", False),
    ("m.n.", "met name", False),
    ("m.i.", "mijns inziens", False),
    ("e.a.", "en anderen", True),
    ("e.d.", "en dergelijke", True),
    ("e.v.", "en volgende", True),
    ("a.s.", "aanstaande", True),
    ("c.q.", "casu quo", False),
    ("N.B.", "nota bene", False),
    ("bijv.", "bijvoorbeeld", False),
    ("bv.", "bijvoorbeeld", False),
    ("vb.", "bijvoorbeeld", False),
    ("incl.", "inclusief", False),
    ("excl.", "exclusief", False),
    ("ong.", "ongeveer", False),
    ("jl.", "jongstleden", True),
    ("vnl.", "voornamelijk", False),
    ("enz.", "enzovoort", True),
    ("etc.", "etcetera", True),
    ("dhr.", "meneer", False),
    ("mevr.", "mevrouw", False),
    ("mw.", "mevrouw", False),
    ("dr.", "dokter", False),
    ("drs.", "doctorandus", False),
    ("prof.", "professor", False),
    ("ir.", "ingenieur", False),
    ("mgr.", "monseigneur", False),
    ("mr.", "meester", False),
    ("ing.", "ingenieur", False),
    ("ds.", "dominee", False),
    ("lic.", "licentiaat", False),
    ("em.", "emeritus", False),
    ("mej.", "mejuffrouw", False),
    ("zr.", "zuster", False),
    ("kard.", "kardinaal", False),
    ("ca.", "circa", False),
    ("nr.", "nummer", False),
    ("blz.", "bladzijde", False),
    ("pag.", "pagina", False),
    ("art.", "artikel", False),
    ("vs.", "versus", False),
    ("St.", "Sint", False),
)


# Never written in lower case: matched exactly as written ('h.m.' is not 'Hare Majesteit').
_EXACT_CASE = frozenset({"St.", "N.B.", "Z.M.", "H.M.", "Z.H.", "Z.E.", "H.E.", "Z.K.H.", "H.K.H."})
# Only abbreviations before a number ('art. 5'); 'zei Art. Daarna' is a name.
_BEFORE_NUMBER = frozenset({"art.", "nr.", "blz.", "pag."})


def _abbreviation_pattern() -> re.Pattern:
    alternatives = []
    for abbr, _, _ in sorted(_ABBREVIATIONS, key=lambda a: -len(a[0])):
        first = abbr[0]
        exact = abbr in _EXACT_CASE or not first.isalpha()
        head = re.escape(first) if exact else f"[{first.upper()}{first.lower()}]"
        alternatives.append(head + re.escape(abbr[1:]))
    return re.compile(r"(?=[^\W\d_])(?<![^\W\d_]|\.)(?:" + "|".join(alternatives) + r")(?!\w)")


_ABBR_RE = _abbreviation_pattern()
_ABBR_TABLE = {a.lower(): (e, end) for a, e, end in _ABBREVIATIONS}


def expand_abbreviations(text: str) -> str:
    """Expand abbreviations, whose full stop espeak takes as a sentence end.

    >>> expand_abbreviations("o.a. dhr. Peeters, enz. Daarna")
    'onder andere meneer Peeters, enzovoort. Daarna'
    >>> expand_abbreviations("St.-Petersburg, art. 5 en zei Art. Daarna")
    'Sint-Petersburg, artikel 5 en zei Art. Daarna'
    """
    text = re.sub(r"(?<!\w)t/m(?!\w)", "tot en met", text)
    text = re.sub(r"(?<![\w&])#(?=[0-9])", "nummer ", text)

    def expand(m: re.Match) -> str:
        if m.group().lower() in _BEFORE_NUMBER and not re.match(r" ?[0-9]", m.string[m.end():]):
            return m.group()
        words, may_end = _ABBR_TABLE[m.group().lower()]
        words = _capitalise_like(m.group(), words)
        return keep_stop(words, m, may_end)
    return _ABBR_RE.sub(expand, text)


# Not after a spelled-out acronym ('C E O. Daarna'): real initials carry stops.
_INITIAL = re.compile(r"(?=[A-Z])(?<![^\W\d_]|['-])(?<![A-Z] )([A-Z])\.-? ?(?=([A-Z]\.|[A-Z][a-zà-ÿ]+(?![a-zà-ÿ])))")


def join_initials(text: str) -> str:
    """Initials lose their full stop, which would end the sentence.

    >>> join_initials("zegt J. Shea"), join_initials("J.F. Kennedy")
    ('zegt J Shea', 'J F Kennedy')
    >>> join_initials("plan B. Daarna")
    'plan B. Daarna'
    """
    def initial(m: re.Match) -> str:
        following = m.group(2)
        if len(following) > 1 and following in SENTENCE_STARTERS:
            return m.group()
        return m.group(1) + " "
    return _INITIAL.sub(initial, text)
