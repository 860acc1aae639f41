# SPDX-License-Identifier: GPL-3.0-or-later
"""Text as written → text as spoken, for Piper reading Dutch through espeak-ng.

espeak-ng (voice ``nl``) misreads much of what news text contains: ordinals,
ranges, currency before amounts, times, abbreviations whose full stop ends a
sentence, acronyms it pronounces as words, URLs, emoji.  ``normalize`` rewrites
all of that into plain words, the way a Flemish (``nl-BE``, default) or Dutch
(``nl-NL``) newsreader says it, so that Piper only ever sees words.

Design choices:

* Every number becomes words (never left to espeak), so readings are the same
  everywhere and a digit in the output is always a bug.
* Plain four-digit numbers from 1100 to 1999 are read as years
  ("negentienhonderd drieënvijftig"): a bare ``1953`` in news is almost always
  a year.  Amounts (``1.200``, or a number with a currency, unit or ``%``) are
  read as quantities, and that is where the variants differ: nl-BE says
  "duizend tweehonderd", nl-NL "twaalfhonderd".  Fractions differ too
  (nl-BE "drie vierde", nl-NL "driekwart").
* Acronyms that espeak must spell are written as capitals separated by spaces
  ("C E O"): espeak reads a lone capital as its Dutch letter name, and a
  single capital is never respelled again, so the output is stable.
* The output is one line: a blank line makes espeak drop a question's
  intonation, and a heading without a full stop would run into the next line.
* The optional pronunciation lexicon is applied early, after furniture
  (credits, emoji, URLs) is gone but before abbreviations, numbers and
  acronyms, so an entry like ``HIMARS = Haimars`` wins over acronym spelling.
  Raw IPA between ``[[ ]]`` is passed through untouched.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from num2words import num2words

if TYPE_CHECKING:  # pragma: no cover
    from narrate.script.lexicon import Lexicon

__all__ = ["NORMALIZER_VERSION", "VARIANTS", "normalize", "say_date"]

NORMALIZER_VERSION = "1"
VARIANTS = ("nl-BE", "nl-NL")

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

# --------------------------------------------------------------------------
# Number words
# --------------------------------------------------------------------------

_SCALES = ((10**12, "biljoen"), (10**9, "miljard"), (10**6, "miljoen"))
_MAX_SPOKEN_DIGITS = 15  # longer digit strings are IDs or phone numbers: read digit by digit
_DIGIT_NAMES = ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")


@lru_cache(maxsize=4096)
def _below_thousand(n: int) -> str:
    """num2words for 0..999, with Dutch spelling of the final 'een'.

    >>> _below_thousand(101), _below_thousand(21), _below_thousand(1)
    ('honderdeen', 'eenentwintig', 'één')
    """
    if n == 1:
        return "één"
    # num2words writes "honderdéén"; inside a compound the accents are wrong.
    return num2words(n, lang="nl").replace("éé", "ee")


@lru_cache(maxsize=4096)
def cardinal(n: int) -> str:
    """Dutch cardinal with a space after 'duizend', 'miljoen', ... as the
    spelling rules ask (espeak reads the separate words more clearly).

    >>> cardinal(12500)
    'twaalfduizend vijfhonderd'
    >>> cardinal(1_700_000_000)
    'één miljard zevenhonderd miljoen'
    >>> cardinal(1001)
    'duizend één'
    """
    if n < 0:
        return "min " + cardinal(-n)
    for scale, word in _SCALES:
        if n >= scale:
            high, rest = divmod(n, scale)
            return _join(f"{cardinal(high)} {word}", rest)
    if n >= 1000:
        high, rest = divmod(n, 1000)
        head = "duizend" if high == 1 else _below_thousand(high).replace("één", "een") + "duizend"
        return _join(head, rest)
    return _below_thousand(n)


def _join(head: str, rest: int) -> str:
    return f"{head} {cardinal(rest)}" if rest else head


@lru_cache(maxsize=1024)
def ordinal(n: int) -> str:
    """Dutch ordinal.

    >>> ordinal(21), ordinal(1), ordinal(100), ordinal(1200)
    ('eenentwintigste', 'eerste', 'honderdste', 'duizend tweehonderdste')
    """
    if n == 0:
        return "nulde"
    head, _, last = cardinal(n).rpartition(" ")
    last_n = n % 1000 if n % 1000 else None
    if last_n is not None:
        tail = num2words(last_n, lang="nl", to="ordinal").replace("éé", "ee")
    else:
        tail = last + "ste"
    return f"{head} {tail}" if head else tail


def year_words(n: int) -> str:
    """A year as a Dutch newsreader says it.

    >>> year_words(1953), year_words(2022), year_words(1900)
    ('negentienhonderd drieënvijftig', 'tweeduizend tweeëntwintig', 'negentienhonderd')
    """
    if 1100 <= n <= 1999:
        return _hundreds_form(n)
    return cardinal(n)


def _hundreds_form(n: int) -> str:
    """1100..9999 counted in hundreds ("twaalfhonderd").

    >>> _hundreds_form(1250)
    'twaalfhonderd vijftig'
    """
    high, rest = divmod(n, 100)
    head = _below_thousand(high) + "honderd"
    return _join(head, rest)


def _integer_words(digits: str, variant: str, amount: bool) -> str:
    """An unsigned digit string as words.

    >>> _integer_words("1953", "nl-BE", amount=False)
    'negentienhonderd drieënvijftig'
    >>> _integer_words("1200", "nl-BE", amount=True), _integer_words("1200", "nl-NL", amount=True)
    ('duizend tweehonderd', 'twaalfhonderd')
    >>> _integer_words("007", "nl-BE", amount=False)
    'nul nul zeven'
    """
    if (len(digits) > 1 and digits[0] == "0") or len(digits) > _MAX_SPOKEN_DIGITS:
        return " ".join(_DIGIT_NAMES[int(d)] for d in digits)
    n = int(digits)
    if 1100 <= n <= 1999:
        if not amount:
            return year_words(n)
        if variant == "nl-NL" and n % 1000 >= 100:
            return _hundreds_form(n)
    return cardinal(n)


def _fraction_digits(digits: str) -> str:
    """Digits after a decimal sign: leading zeros one by one, then a number.

    >>> _fraction_digits("05"), _fraction_digits("75"), _fraction_digits("0")
    ('nul vijf', 'vijfenzeventig', 'nul')
    """
    stripped = digits.lstrip("0")
    zeros = ["nul"] * (len(digits) - len(stripped))
    if stripped:
        zeros.append(_integer_words(stripped, "nl-BE", amount=True))
    return " ".join(zeros)


_NUM = r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?"


def number_words(token: str, variant: str = "nl-BE", amount: bool = True) -> str:
    """A Dutch-formatted number (``12.500``, ``1,7``, ``1.0``) as words.

    >>> number_words("1,7")
    'één komma zeven'
    >>> number_words("12.500")
    'twaalfduizend vijfhonderd'
    >>> number_words("1.0")
    'één punt nul'
    """
    if re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?", token):
        token = token.replace(".", "")
        amount = True
    if "," in token:
        whole, frac = token.split(",", 1)
        return f"{_integer_words(whole, variant, True)} komma {_fraction_digits(frac)}"
    if "." in token:  # a version or an English decimal: every part read out
        return " punt ".join(_integer_words(p, variant, amount) for p in token.split("."))
    return _integer_words(token, variant, amount)


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------

def _check_variant(variant: str) -> None:
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}: use one of {', '.join(VARIANTS)}")


def _stop_follows(text: str, end: int) -> bool:
    """True where an abbreviation's full stop also ends the sentence.

    >>> _stop_follows("enz. Daarna", 4), _stop_follows("enz. en", 4)
    (True, False)
    """
    return re.match(r"['\")\]]*(?: *(?:$|\n)|\s+[A-Z])", text[end:]) is not None


def _keep_stop(words: str, m: re.Match, had_stop: bool | str | None) -> str:
    """An expanded abbreviation keeps its full stop only where the stop also ended the sentence."""
    return words + "." if had_stop and _stop_follows(m.string, m.end()) else words


def _capitalise_like(source: str, words: str) -> str:
    return words[:1].upper() + words[1:] if source[:1].isupper() else words


# --------------------------------------------------------------------------
# Stage 1: cleanup and furniture
# --------------------------------------------------------------------------

_IPA = re.compile(r"\[\[[^\[\]\n]*\]\]")  # as Piper finds them, but never across lines
_PUA_BASE = 0xF0000  # plane-15 private use: placeholders for protected IPA

_QUOTES = str.maketrans({"’": "'", "‘": "'", "´": "'", "`": "'", "‚": "'",
                         "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                         "\u2212": "-", "\u2010": "-", "\u2011": "-",
                         "\u00ad": None, "\u200b": None, "\ufeff": None})
_GROUP_SPACE = "\u00a0\u202f\u2009\u2007"


_GROUPED_NBSP = re.compile(rf"(?=[0-9])(?<![0-9.,])[0-9]{{1,3}}(?:[{_GROUP_SPACE}][0-9]{{3}})+(?![0-9])")
# With plain spaces only a first group of 1-3 digits counts: '2022 300' is two numbers.
_GROUPED_SPACE = re.compile(r"(?=[0-9])(?<![0-9.,])[0-9]{1,3}(?: [0-9]{3})+(?![0-9.,]?[0-9])")
_TO_SPACE = {ord(c): " " for c in _GROUP_SPACE}


def _dot_groups(m: re.Match) -> str:
    return m.group().translate(_TO_SPACE).replace(" ", ".")


def _join_digit_groups(text: str) -> str:
    """Thousands separated by spaces get the Dutch dot.

    >>> _join_digit_groups("12 500 en 2022 300 en 1 000 000")
    '12.500 en 2022 300 en 1.000.000'
    """
    return _GROUPED_SPACE.sub(_dot_groups, text)


class _CharMap(dict):
    """A ``str.translate`` table that decides each code point once, on first sight."""

    def __init__(self, decide: Callable[[str], "str | None"]) -> None:
        super().__init__()
        self._decide = decide

    def __missing__(self, code: int) -> "str | int | None":
        result = self._decide(chr(code))
        self[code] = code if result is None else (result or None)
        return self[code]


def _cleanup_char(ch: str) -> "str | None":
    """None keeps ``ch``; '' drops it; anything else replaces it."""
    cat = unicodedata.category(ch)
    if cat == "Nd":
        return str(unicodedata.digit(ch))
    if cat in ("Co", "Cs"):
        return ""
    if ch in "\n\r" or cat in ("Zl", "Zp"):
        return "\n"
    if cat == "Cc" or (cat == "Zs" and ch not in _GROUP_SPACE):
        return " "
    return None


_CLEANUP = _CharMap(_cleanup_char)
_CLEANUP.update(_QUOTES)


def _clean_unicode(text: str) -> str:
    """NFC, ASCII digits, plain quotes and spaces (no tabs); private-use code
    points are dropped so that they cannot collide with the IPA placeholders.
    Thousands separated by no-break spaces get the Dutch dot.

    >>> _clean_unicode("‘zo’n’\\t١٢\\u00a0500")
    "'zo'n' 12.500"
    """
    text = unicodedata.normalize("NFC", text).translate(_CLEANUP)
    if any(c in text for c in _GROUP_SPACE):
        text = _GROUPED_NBSP.sub(_dot_groups, text).translate(_TO_SPACE)
    return text


_CREDIT = re.compile(r"(?:(?:Foto|Beeld|foto|beeld) ?: ?)?©[^\n]*")


def _drop_credits(text: str) -> str:
    """Photo credits ('©Getty Images') are furniture, not news.  Only a short
    rest of the line is dropped; in a long line just the sign goes.

    >>> _drop_credits("Kim Jong-un. ©Getty Images\\nMet Foto: © Belga")
    'Kim Jong-un. \\nMet '
    """
    def credit(m: re.Match) -> str:
        return "" if len(m.group().split()) <= 6 else m.group().replace("©", " ")
    return _CREDIT.sub(credit, text) if "©" in text else text


_EDITORIAL_END = re.compile(r"\s*[,;:]?\s*\b(?:red\.|nvdr\.?)\s*(?=[)\]])", re.I)
_EDITORIAL_START = re.compile(r"(?<=[(\[])\s*(?:red\.|nvdr\.?)\s*:?\s*", re.I)
_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|\[\s*\])")


def _drop_editorial_notes(text: str) -> str:
    """'red.' and 'nvdr.' only mark who added a bracketed note.

    >>> _drop_editorial_notes("oorlog (1950-1953, red.) niet")
    'oorlog (1950-1953) niet'
    >>> _drop_editorial_notes("leider (red.) zei")
    'leider zei'
    """
    lowered = text.lower()
    if "red." not in lowered and "nvdr" not in lowered:
        return text
    text = _EDITORIAL_END.sub("", text)
    text = _EDITORIAL_START.sub("", text)
    return _EMPTY_BRACKETS.sub("", text)


_EMAIL = re.compile(r"(?=[\w.+-])(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_URL = re.compile(r"(?=[hw])\b(?:https?://|www\.)[^\s<>\"']+", re.I)
_TLDS = "be|nl|com|org|net|eu|info|io|fr|de|uk|gov|edu|int|tv|ai|app|news|brussels|vlaanderen"
_TLD_HINT = re.compile(rf"\.(?:{_TLDS})\b")
_DOMAIN = re.compile(rf"(?=[A-Za-z0-9])(?<![\w@.-])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*"
                     rf"\.(?:{_TLDS})(?:/[^\s]*)?(?![\w-])")


def _spoken_domain(url: str) -> str:
    """Only the domain of an address is worth hearing.

    >>> _spoken_domain("https://www.vrt.be/nws/")
    'vrt punt be'
    """
    host = re.sub(r"^[a-z]+://", "", url, flags=re.I)
    host = re.split(r"[/?#:]", host, maxsplit=1)[0].lower()
    host = re.sub(r"^www\.", "", host)
    return " punt ".join(p for p in host.split(".") if p)


def _say_addresses(text: str) -> str:
    """E-mail addresses and URLs, which espeak spells letter by letter.

    >>> _say_addresses("Mail naam@vrt.be of zie https://www.vrt.be/nws.")
    'Mail naam at vrt punt be of zie vrt punt be.'
    """
    def email(m: re.Match) -> str:
        local, domain = m.group().split("@", 1)
        local = " punt ".join(p for p in local.split(".") if p)
        return f"{local} at {_spoken_domain(domain)}"

    def url(m: re.Match) -> str:
        raw = m.group()
        core = raw.rstrip(".,;:!?)]")
        return _spoken_domain(core) + raw[len(core):]

    if "@" in text:
        text = _EMAIL.sub(email, text)
    text = _URL.sub(url, text)
    return _DOMAIN.sub(url, text) if _TLD_HINT.search(text) else text


# --------------------------------------------------------------------------
# Stage 2: abbreviations
# --------------------------------------------------------------------------

# (abbreviation, expansion, may the full stop also end a sentence?)
_ABBREVIATIONS: tuple[tuple[str, str, bool], ...] = (
    ("z.g.a.n.", "zo goed als nieuw", True),
    ("a.d.h.v.", "aan de hand van", False),
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
    ("zgn.", "zogenaamd", False),
    ("resp.", "respectievelijk", False),
    ("incl.", "inclusief", False),
    ("excl.", "exclusief", False),
    ("evt.", "eventueel", False),
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
    ("kard.", "kardinaal", False),
    ("ca.", "circa", False),
    ("nr.", "nummer", False),
    ("blz.", "bladzijde", False),
    ("pag.", "pagina", False),
    ("art.", "artikel", False),
    ("vs.", "versus", False),
    ("St.", "Sint", False),
    ("max.", "maximaal", False),
)


# Also names ('Max.') or never capitalised: matched exactly as written.
_EXACT_CASE = frozenset({"max.", "St.", "N.B."})
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


def _expand_abbreviations(text: str) -> str:
    """Expand abbreviations, whose full stop espeak takes as a sentence end.

    >>> _expand_abbreviations("o.a. dhr. Peeters, enz. Daarna")
    'onder andere meneer Peeters, enzovoort. Daarna'
    >>> _expand_abbreviations("St.-Petersburg, art. 5 en zei Art. Daarna")
    'Sint-Petersburg, artikel 5 en zei Art. Daarna'
    """
    text = re.sub(r"(?<!\w)t/m(?!\w)", "tot en met", text)
    text = re.sub(r"(?<![\w&])#(?=[0-9])", "nummer ", text)

    def expand(m: re.Match) -> str:
        if m.group().lower() in _BEFORE_NUMBER and not re.match(r" ?[0-9]", m.string[m.end():]):
            return m.group()
        words, may_end = _ABBR_TABLE[m.group().lower()]
        words = _capitalise_like(m.group(), words)
        return _keep_stop(words, m, may_end)
    return _ABBR_RE.sub(expand, text)


# Capitalised words that start sentences; a capital letter and a full stop before
# one of these is more likely the end of a sentence ("plan B. Daarna") than an initial.
_SENTENCE_STARTERS = frozenset(
    "Dat Die Dit Deze Het Een Ook Maar En Of In Op Hij Zij Ze We Wij Ik Je Er Daarna Toen "
    "Volgens Zo Als Na Bij Met Voor Om Niet Nog Wat Wie Waar Hoe Dan Zijn Haar Hun Want "
    "Daar Hier Nu Sinds Tijdens Door Uit Tot Aan Over Wel Geen Alle Veel Meer Ook The".split()
)
# Not after a spelled-out acronym ('C E O. Daarna'): real initials carry stops.
_INITIAL = re.compile(r"(?=[A-Z])(?<![^\W\d_]|['-])(?<![A-Z] )([A-Z])\.-? ?(?=([A-Z]\.|[A-Z][a-zà-ÿ]+(?![a-zà-ÿ])))")


def _join_initials(text: str) -> str:
    """Initials lose their full stop, which would end the sentence.

    >>> _join_initials("zegt J. Shea"), _join_initials("J.F. Kennedy")
    ('zegt J Shea', 'J F Kennedy')
    >>> _join_initials("plan B. Daarna")
    'plan B. Daarna'
    """
    def initial(m: re.Match) -> str:
        following = m.group(2)
        if len(following) > 1 and following in _SENTENCE_STARTERS:
            return m.group()
        return m.group(1) + " "
    return _INITIAL.sub(initial, text)


# --------------------------------------------------------------------------
# Stage 3: numbers in context
# --------------------------------------------------------------------------

_NUMERIC_DATE = re.compile(r"(?=[0-9])(?<![0-9.,/-])([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})"
                           r"(?![0-9]|[.,/-][0-9])")
_ISO_DATE = re.compile(r"(?=[0-9])(?<![0-9.,/-])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9]|[.,/-][0-9])")


def _date_words(day: int, month: int, year: int | None = None) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    words = f"{cardinal(day)} {MONTHS[month - 1]}"
    return f"{words} {year_words(year)}" if year is not None else words


def _say_numeric_dates(text: str) -> str:
    """24/02/2022, 24-02-2022, 24.02.2022, 15-11-24 and 2022-02-24.

    >>> _say_numeric_dates("op 24/02/2022")
    'op vierentwintig februari tweeduizend tweeëntwintig'
    >>> _say_numeric_dates("15-11-24 en 1.10.20")
    'vijftien november tweeduizend vierentwintig en 1.10.20'
    """
    def dmy(m: re.Match) -> str:
        day, sep, month, year = m.groups()
        if len(year) == 2:
            if sep == ".":  # '1.10.20' is more likely a version
                return m.group()
            year = ("20" if int(year) < 70 else "19") + year
        return _date_words(int(day), int(month), int(year)) or m.group()

    def iso(m: re.Match) -> str:
        return _date_words(int(m.group(3)), int(m.group(2)), int(m.group(1))) or m.group()
    return _ISO_DATE.sub(iso, _NUMERIC_DATE.sub(dmy, text))


_MONTH_ABBR = {"jan": 1, "feb": 2, "febr": 2, "mrt": 3, "maa": 3, "apr": 4, "jun": 6,
               "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12}
_MONTH_ABBR_RE = re.compile(
    r"(?=[0-9a-z])(?<![\w.,])(?:([0-9]{1,2}) +)?(?<!\w)(" + "|".join(sorted(_MONTH_ABBR, key=len, reverse=True))
    + r")(\.)?(?!\w)(?=( +[0-9]{4}(?![0-9]))?)"
)


def _say_month_abbreviations(text: str) -> str:
    """'4 nov.' and 'nov. 2024': the abbreviation needs a day or a year next to it.

    >>> _say_month_abbreviations("op 4 nov. werd")
    'op vier november werd'
    >>> _say_month_abbreviations("sinds sept. 2022")
    'sinds september 2022'
    """
    def month(m: re.Match) -> str:
        day, abbr, stop, year = m.groups()
        if day is None and year is None:
            return m.group()
        words = MONTHS[_MONTH_ABBR[abbr] - 1]
        if day is not None:
            words = f"{cardinal(int(day))} {words}"
        return _keep_stop(words, m, stop and year is None)
    return _MONTH_ABBR_RE.sub(month, text)


_TIME_PREPOSITION = r"(?:om|vanaf|tot|rond|omstreeks|tegen|tussen|en|na|voor|sinds|van)"
_TIME_RANGE = re.compile(
    r"(?=[0-9])(?<![0-9.,])([0-9]{1,2})(?:[.:uh]([0-9]{2}))? *(?:-|–|tot) *"
    r"([0-9]{1,2})(?:[.:uh]([0-9]{2}))? *(?:uur|u)(?!\w)"
)
_TIME = re.compile(
    r"(?=[0-9])(?<![0-9.,])([0-9]{1,2})(?:([:uh])([0-9]{2})|(\.)([0-9]{2}))(?![0-9]|[.,:][0-9])(?: *(uur|u)(?!\w))?"
)
_HOUR_ONLY = re.compile(r"(?=[0-9])(?<![0-9.,])([0-9]{1,2})u(?!\w)")


def _time_words(hour: int, minute: int) -> str:
    """Newsreaders use the 24-hour clock: 'veertien uur dertig'.

    >>> _time_words(14, 30), _time_words(20, 0)
    ('veertien uur dertig', 'twintig uur')
    """
    return f"{cardinal(hour)} uur" + (f" {cardinal(minute)}" if minute else "")


def _valid_time(hour: str, minute: str | None) -> bool:
    return int(hour) <= 24 and (minute is None or int(minute) < 60)


def _say_times(text: str) -> str:
    """14.30 uur, 14u30, 14:30, 20.00 uur, 10-12 uur.

    >>> _say_times("om 14.30 uur en 14u30 en 14:30")
    'om veertien uur dertig en veertien uur dertig en veertien uur dertig'
    >>> _say_times("van 10-12 uur")
    'van tien tot twaalf uur'
    """
    def time_range(m: re.Match) -> str:
        h1, m1, h2, m2 = m.groups()
        if not (_valid_time(h1, m1) and _valid_time(h2, m2)):
            return m.group()
        if m1 is None and m2 is None:
            return f"{cardinal(int(h1))} tot {cardinal(int(h2))} uur"
        return f"{_time_words(int(h1), int(m1 or 0))} tot {_time_words(int(h2), int(m2 or 0))}"

    def time(m: re.Match) -> str:
        hour, _, minute, dot, dot_minute, uur = m.groups()
        if dot:  # '14.30' is only a time next to 'uur' or after 'om', 'tot', ...
            minute = dot_minute
            after_preposition = re.search(rf"(?<!\w){_TIME_PREPOSITION} $", m.string[max(0, m.start() - 8):m.start()])
            if not uur and not after_preposition:
                return m.group()
        if not _valid_time(hour, minute):
            return m.group()
        return _time_words(int(hour), int(minute))

    text = _TIME_RANGE.sub(time_range, text)
    text = _TIME.sub(time, text)
    return _HOUR_ONLY.sub(lambda m: f"{cardinal(int(m.group(1)))} uur" if int(m.group(1)) <= 24 else m.group(), text)


_RANGE = re.compile(rf"(?=[0-9])(?<![0-9.,/-])({_NUM}) *[-–] *({_NUM})(?![0-9]|[.,/][0-9])")


def _number_value(token: str) -> float:
    if re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?", token):
        token = token.replace(".", "")
    return float(token.replace(",", "."))


def _say_ranges(text: str) -> str:
    """'1950-1953' → '1950 tot 1953' (still digits: units and currency follow).
    A falling pair is a score, read with a pause.

    >>> _say_ranges("(1950-1953) en 12.500-13.000 en 2021-22 en 3-1")
    '(1950 tot 1953) en 12.500 tot 13.000 en 2021 tot 2022 en 3 - 1'
    """
    def span(m: re.Match) -> str:
        low, high = m.group(1), m.group(2)
        if re.fullmatch(r"[0-9]{4}", low) and re.fullmatch(r"[0-9]{2}", high) and int(high) > int(low) % 100:
            high = low[:2] + high  # '2021-22' is a season
        if _number_value(low) < _number_value(high):
            return f"{low} tot {high}"
        return f"{low} - {high}"
    return _RANGE.sub(span, text)


_CURRENCY_SYMBOLS = {"€": "euro", "$": "dollar", "US$": "dollar", "£": "pond", "¥": "yen",
                     "EUR": "euro", "USD": "dollar", "GBP": "pond", "JPY": "yen", "CHF": "frank"}
_CURRENCY_WORDS = {"euro", "dollar"}  # whose hundredths are 'cent'
_MULTIPLIERS = {"duizend": "duizend", "miljoen": "miljoen", "miljard": "miljard", "biljoen": "biljoen",
                "mln": "miljoen", "mld": "miljard", "mrd": "miljard"}
_SYM = r"US\$|[€$£¥]|\b(?:EUR|USD|GBP|JPY|CHF)\b"
_AMOUNT = rf"(?P<amount>{_NUM})(?P<dash>,-)?(?: *tot *(?P<upper>{_NUM}))?"
_MULT = r"(?: *(?P<mult>duizend|miljoen|miljard|biljoen|(?:mln|mld|mrd)(?P<mult_stop>\.)?)(?!\w))?"
_CURRENCY_BEFORE = re.compile(rf"(?=[U€$£¥EGJC])(?P<sym>{_SYM}) ?{_AMOUNT}{_MULT}")
_CURRENCY_AFTER = re.compile(rf"(?=[0-9])(?<![\w.,]){_AMOUNT}{_MULT} ?(?P<sym>{_SYM})(?![\w$€£¥])")


def _money_words(m: re.Match, variant: str) -> str:
    currency = _CURRENCY_SYMBOLS[m.group("sym")]
    amount, upper, mult = m.group("amount"), m.group("upper"), m.group("mult")
    if mult:
        words = number_words(amount, variant)
        if upper:
            words += f" tot {number_words(upper, variant)}"
        words += f" {_MULTIPLIERS[mult.rstrip('.')]} {currency}"
        return _keep_stop(words, m, m.group("mult_stop"))
    if upper:
        return f"{number_words(amount, variant)} tot {number_words(upper, variant)} {currency}"
    whole, _, cents = amount.partition(",")
    if len(cents) == 2 and re.fullmatch(r"[0-9.]+", whole):
        whole_words = number_words(whole, variant)
        if int(cents) == 0:
            return f"{whole_words} {currency}"
        if int(whole.replace(".", "")) == 0 and currency in _CURRENCY_WORDS:
            return f"{cardinal(int(cents))} cent"
        return f"{whole_words} {currency} {cardinal(int(cents))}"
    return f"{number_words(amount, variant)} {currency}"


def _say_money(text: str, variant: str) -> str:
    """Currency symbols are read after the amount.

    >>> _say_money("€ 5 miljoen, $ 1,7 miljard, € 12,50 en 5 €", "nl-BE")
    'vijf miljoen euro, één komma zeven miljard dollar, twaalf euro vijftig en vijf euro'
    """
    text = _CURRENCY_BEFORE.sub(lambda m: _money_words(m, variant), text)
    return _CURRENCY_AFTER.sub(lambda m: _money_words(m, variant), text)


_MULT_ABBR = re.compile(rf"(?=[0-9])(?<![\w.,])({_NUM}) *(mln|mld|mrd)(\.)?(?!\w)")


def _say_multipliers(text: str, variant: str) -> str:
    """'5 mln.' → 'vijf miljoen'.

    >>> _say_multipliers("5 mln. inwoners", "nl-BE")
    'vijf miljoen inwoners'
    """
    def mult(m: re.Match) -> str:
        words = f"{number_words(m.group(1), variant)} {_MULTIPLIERS[m.group(2)]}"
        return _keep_stop(words, m, m.group(3))
    return _MULT_ABBR.sub(mult, text)


_PERCENT = re.compile(rf"(?=[0-9])(?<![\w.,])({_NUM}) ?(%|‰)(-(?=\w))?")


def _say_percentages(text: str, variant: str) -> str:
    """'2,5%' → 'twee komma vijf procent'; '%-punt' joins up.

    >>> _say_percentages("2,5% en 5%-punt", "nl-BE")
    'twee komma vijf procent en vijf procentpunt'
    """
    def pct(m: re.Match) -> str:
        word = "procent" if m.group(2) == "%" else "promille"
        return f"{number_words(m.group(1), variant)} {word}"
    return _PERCENT.sub(pct, text)


# Longest first, so 'km/u' wins over 'km' and 'km²' over 'km'.
_UNITS = (
    ("km/u", "kilometer per uur"), ("km/h", "kilometer per uur"), ("km/uur", "kilometer per uur"),
    ("m/s", "meter per seconde"), ("km²", "vierkante kilometer"), ("km2", "vierkante kilometer"),
    ("m²", "vierkante meter"), ("m2", "vierkante meter"), ("m³", "kubieke meter"), ("m3", "kubieke meter"),
    ("cm²", "vierkante centimeter"), ("°C", "graden Celsius"), ("° C", "graden Celsius"), ("℃", "graden Celsius"),
    ("°F", "graden Fahrenheit"), ("°", "graden"), ("kWh", "kilowattuur"), ("MWh", "megawattuur"),
    ("GWh", "gigawattuur"), ("TWh", "terawattuur"), ("kW", "kilowatt"), ("MW", "megawatt"),
    ("GW", "gigawatt"), ("km", "kilometer"), ("cm", "centimeter"), ("mm", "millimeter"),
    ("kg", "kilogram"), ("mg", "milligram"), ("ml", "milliliter"), ("cl", "centiliter"),
    ("ha", "hectare"), ("min", "minuten"), ("sec", "seconden"), ("mph", "mijl per uur"),
    ("m", "meter"), ("g", "gram"), ("l", "liter"), ("u", "uur"), ("h", "uur"),
)
_UNIT_TABLE = dict(_UNITS)
_UNIT_RE = re.compile(
    rf"(?=[0-9])(?<![\w.,])({_NUM}) ?(" + "|".join(re.escape(u) for u, _ in _UNITS) + r")(?![\w²³/])"
)


def _say_units(text: str, variant: str) -> str:
    """Units after numbers.

    >>> _say_units("120 km/u, 5 °C en 1.000 km²", "nl-BE")
    'honderdtwintig kilometer per uur, vijf graden Celsius en duizend vierkante kilometer'
    """
    return _UNIT_RE.sub(lambda m: f"{number_words(m.group(1), variant)} {_UNIT_TABLE[m.group(2)]}", text)


_ORDINAL = re.compile(r"(?=[0-9])(?<![\w.,])([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:ste|de|e|st|nd|rd|th)(?!\w)")


def _say_ordinals(text: str) -> str:
    """'21ste', '1e', '2de' → words (espeak says 'eenentwintig stee').

    >>> _say_ordinals("de 21ste eeuw, de 1e en de 2de")
    'de eenentwintigste eeuw, de eerste en de tweede'
    """
    def ordinal_words(m: re.Match) -> str:
        digits = m.group(1).replace(".", "")
        return ordinal(int(digits)) if len(digits) <= _MAX_SPOKEN_DIGITS else m.group()
    return _ORDINAL.sub(ordinal_words, text)


_FRACTION = re.compile(r"(?=[0-9])(?<![\w.,/])([0-9]+)/([0-9]+)(?![\w/]|[.,][0-9])")
_FRACTION_WORDS = {
    "nl-BE": {(1, 2): "een half", (1, 3): "een derde", (2, 3): "twee derde",
              (1, 4): "een vierde", (3, 4): "drie vierde", (24, 7): "vierentwintig op zeven"},
    "nl-NL": {(1, 2): "een half", (1, 3): "een derde", (2, 3): "twee derde",
              (1, 4): "een kwart", (3, 4): "driekwart", (24, 7): "vierentwintig op zeven"},
}
_VULGAR = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4)}


def _say_fractions(text: str, variant: str) -> str:
    """'24/7', '3/4', '½'; a day and month ('31/12') is a date; other
    number pairs are read 'x op y'.

    >>> _say_fractions("24/7 en 3/4 en 8/10 en 31/12", "nl-BE")
    'vierentwintig op zeven en drie vierde en 8 op 10 en eenendertig december'
    >>> _say_fractions("3/4 en 2½", "nl-NL")
    'driekwart en 2 en een half'
    """
    table = _FRACTION_WORDS[variant]

    def fraction(m: re.Match) -> str:
        a, b = int(m.group(1)), int(m.group(2))
        if (a, b) in table:
            return table[(a, b)]
        if m.group(2).startswith("0") or (a > b and b <= 12):  # '24/02', '31/12': dates
            return _date_words(a, b) or f"{m.group(1)} op {m.group(2)}"
        return f"{m.group(1)} op {m.group(2)}"

    def vulgar(m: re.Match) -> str:
        words = table[_VULGAR[m.group(2)]]
        return f"{m.group(1)} en {words}" if m.group(1) else words
    text = re.sub(r"([0-9]+)?([½⅓⅔¼¾])", vulgar, text)
    return _FRACTION.sub(fraction, text)


_SIGN = re.compile(r"(?=[-+±])(?<![\w)\]%])([-+±])(?=[0-9])")


def _say_signs(text: str) -> str:
    """'-5' and '+3' are 'min vijf' and 'plus drie'.

    >>> _say_signs("-5 graden en +3 en (-2)")
    'min 5 graden en plus 3 en (min 2)'
    """
    words = {"-": "min ", "+": "plus ", "±": "ongeveer "}
    return _SIGN.sub(lambda m: words[m.group(1)], text)


_REGNAL_NAMES = frozenset(
    "Willem Leopold Filip Albert Boudewijn Karel Lodewijk Hendrik Elizabeth Elisabeth Charles "
    "Benedictus Johannes Paulus Pius Leo Gregorius Clemens Innocentius Urbanus Frans Frederik "
    "Napoleon Carlos Felipe Juan Richard Edward George Henry Louis Philippe Alexander Nicolaas "
    "Peter Catharina Ivan Jozef Mohammed Abdullah Rama Wilhelm Friedrich Christiaan Margrethe "
    "Olav Haakon Harald Gustaaf Gustav Carl Emmanuel Umberto Ludwig Rudolf Karl Filips Maximiliaan "
    "Otto Jacobus James Anna Victoria Hussein Sixtus Adrianus Bonifatius Alfonso Ferdinand".split()
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_ROMAN_RE = re.compile(r"(?=[A-Z])(?<![^\W\d_])([A-Z][a-zà-ÿ]+) +(?=[IVX])(X{0,3}(?:IX|IV|V?I{0,3}))\b(?![-'])")


def _roman_value(numeral: str) -> int:
    """Value of a Roman numeral made of I, V and X.

    >>> _roman_value("XVI"), _roman_value("IV")
    (16, 4)
    """
    total = 0
    for ch, nxt in zip(numeral, numeral[1:] + " "):
        value = _ROMAN_VALUES[ch]
        total += -value if nxt != " " and _ROMAN_VALUES[nxt] > value else value
    return total


def _say_roman_numerals(text: str) -> str:
    """Regnal numbers after a ruler's name; other Roman numerals of two or
    more letters after a capitalised word are read as plain numbers.

    >>> _say_roman_numerals("Willem II, paus Benedictus XVI en Filip I")
    'Willem de Tweede, paus Benedictus de Zestiende en Filip de Eerste'
    >>> _say_roman_numerals("Apollo XI en Model X")
    'Apollo elf en Model X'
    """
    def roman(m: re.Match) -> str:
        name, numeral = m.groups()
        value = _roman_value(numeral)
        if name in _REGNAL_NAMES:
            return f"{name} de {ordinal(value).capitalize()}"
        if len(numeral) >= 2:
            return f"{name} {cardinal(value)}"
        return m.group()
    return _ROMAN_RE.sub(roman, text) if any(f" {c}" in text for c in "IVX") else text


def _split_letters_from_digits(text: str) -> str:
    """'G7', 'MH17', 'F-16' → letters and number apart.

    >>> _split_letters_from_digits("de G7 en MH17 en 5G")
    'de G 7 en MH 17 en 5 G'
    """
    text = re.sub(r"(?<=[^\W\d_])(?=[0-9])", " ", text)
    return re.sub(r"(?<=[0-9])(?=[^\W\d_])", " ", text)


def _separate_adjacent_numbers(text: str) -> str:
    """Two numbers side by side would be read as one.

    >>> _separate_adjacent_numbers("In 2022 300 doden")
    'In 2022, 300 doden'
    """
    return re.sub(r"(?<=[0-9])[ \n]+(?=[0-9])", ", ", text)


_ANY_NUMBER = re.compile(r"(?=[0-9])(?<![0-9])(?:[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?(?![0-9])|[0-9]+(?:[.,][0-9]+)*)")


def _say_numbers(text: str, variant: str) -> str:
    """Everything still in digits.

    >>> _say_numbers("Trump 1.0, 12.500 man, 1953 en 1,7", "nl-BE")
    'Trump één punt nul, twaalfduizend vijfhonderd man, negentienhonderd drieënvijftig en één komma zeven'
    """
    def spoken(m: re.Match) -> str:
        token = m.group()
        if token.count(",") > 1:  # '1,2,3' is a list
            return ", ".join(number_words(p, variant, amount=False) for p in token.split(","))
        if "," in token and "." in token and not re.fullmatch(_NUM, token):
            return " punt ".join(number_words(p, variant, amount=False) for p in token.split("."))
        return number_words(token, variant, amount=False)
    return _ANY_NUMBER.sub(spoken, text)


def _has_digit(text: str) -> bool:
    return any(d in text for d in "0123456789")


def _say_numbers_in_context(text: str, variant: str) -> str:
    # Most lines hold no digit; skipping them keeps a whole article fast.
    return "\n".join(_say_numbers_in_line(line, variant) if _has_digit(line) else line
                     for line in text.split("\n"))


def _say_numbers_in_line(text: str, variant: str) -> str:
    text = _join_digit_groups(text)
    text = _say_numeric_dates(text)
    text = _say_month_abbreviations(text)
    text = _say_times(text)
    text = _say_ranges(text)
    text = _say_signs(text)
    text = _say_money(text, variant)
    text = _say_multipliers(text, variant)
    text = _say_percentages(text, variant)
    text = _say_units(text, variant)
    text = _say_ordinals(text)
    text = _say_fractions(text, variant)
    text = _split_letters_from_digits(text)
    text = _separate_adjacent_numbers(text)
    return _say_numbers(text, variant)


# --------------------------------------------------------------------------
# Stage 4: acronyms and symbols
# --------------------------------------------------------------------------

# Read as words, not spelled: espeak pronounces these right as they stand.
ACRONYM_WORDS = frozenset(
    "NAVO NATO UNESCO UNICEF NASA AIDS OPEC ASEAN FIFA UEFA COVID SARS MERS NAFTA EFTA CERN ESA "
    "OESO UNIZO VOKA RIZIV BOZAR ISIS HAMAS NIMBY FARC ETA SHAPE UNRWA NASDAQ UNIA VUB PISA SWIFT "
    "LIDAR RADAR LASER SIM PIN VAR MAGA AVRO MAX DENK VOLT GROEN INBEV FEMEN ACOD NEOS BRUZZ".split()
)
_SPOKEN_AS = {"OK": "oké"}
_ACRONYM = re.compile(r"(?=[A-Z])(?<!\w)([A-Z]{2,5})(s?)(?!\w)")
# Capitals shouted for emphasis ('LEES OOK', 'BREAKING NEWS'): words, not acronyms.
# A run counts as shouting only with a word of four letters or more ('VRT NWS' is spelled).
_SHOUTING = re.compile(r"\b[A-Z]{2,}(?: +[A-Z]{2,})+\b")


def _spell(letters: str) -> str:
    """Capitals apart: espeak says a lone capital as its Dutch letter name.

    >>> _spell("CEO")
    'C E O'
    """
    return " ".join(letters)


def _say_acronyms(text: str) -> str:
    """Spell out all-capital tokens espeak would read as a word.

    >>> _say_acronyms("De CEO van de NAVO en de FBI-agenten, NGOs")
    'De C E O van de NAVO en de F B I-agenten, N G Os'
    """
    shouting = [m.span() for m in _SHOUTING.finditer(text) if re.search(r"[A-Z]{4}", m.group())]

    def acronym(m: re.Match) -> str:
        letters, plural = m.groups()
        if letters in ACRONYM_WORDS or any(a <= m.start() < b for a, b in shouting):
            return m.group()
        if letters in _SPOKEN_AS:
            return _SPOKEN_AS[letters] + plural
        return _spell(letters) + plural
    return _ACRONYM.sub(acronym, text)


_SYMBOL = re.compile(r"[&+#@/|•·▪►■◆●→⇒§×=±*_~^<>{}\\€$£¥]")
_SYMBOL_WORDS = {"&": " en ", "+": " plus ", "@": " at ", "§": " paragraaf ", "×": " keer ",
                 "=": " is ", "±": " plus min ", **{c: ", " for c in "|•·▪►■◆●→⇒"},
                 **{c: f" {_CURRENCY_SYMBOLS[c]} " for c in "€$£¥"}}


def _say_symbols(text: str) -> str:
    """Symbols as words; emoji and other pictographs dropped.

    >>> _say_symbols("AT&T en/of Disney+ #MeToo🎉👍🏽 A|B")
    'AT en T en of Disney plus  hashtag MeToo A, B'
    """
    def symbol(m: re.Match) -> str:
        ch = m.group()
        if ch == "#":
            return "hashtag " if m.string[m.end():m.end() + 1].isalnum() else " "
        if ch in "€$£¥" and m.string[m.end():m.end() + 1] == "-":  # '$-teken'
            return _SYMBOL_WORDS[ch].rstrip()
        return _SYMBOL_WORDS.get(ch, " ")
    return _SYMBOL.sub(symbol, text).translate(_PICTOGRAPHS)


def _pictograph(ch: str) -> "str | None":
    return "" if _is_pictograph(ch) else None


def _is_pictograph(ch: str) -> bool:
    """Emoji, their modifiers and joiners, and other pictographic symbols.

    >>> _is_pictograph("🎉"), _is_pictograph("é"), _is_pictograph("\\u200d")
    (True, False, True)
    """
    cat = unicodedata.category(ch)
    return cat in ("So", "Sk", "Cf", "Cn", "Me") or (cat == "Mn" and 0xFE00 <= ord(ch) <= 0xFE0F)


_PICTOGRAPHS = _CharMap(_pictograph)


# --------------------------------------------------------------------------
# Stage 5: punctuation for prosody, one line out
# --------------------------------------------------------------------------

def _pause_punctuation(text: str) -> str:
    """Dashes, brackets and ellipses become pauses espeak honours.

    >>> _pause_punctuation("de demarche - die doorwerkt - bewijst")
    'de demarche, die doorwerkt, bewijst'
    >>> _tidy(_pause_punctuation("Xi Jinping (links) ziet... niets..."))
    'Xi Jinping, links, ziet, niets.'
    """
    text = re.sub(r"[(\[{)\]}]", ", ", text)
    text = re.sub(r"\n *[-–—] +", "\n", "\n" + text)[1:]  # list bullets
    text = re.sub(r" +[-–—]+(?= )", ",", text)
    if "—" in text or "--" in text:
        text = re.sub(r" *(?:—|--+) *", ", ", text)
    if "–" in text:
        text = re.sub(r"(?<=\w)–(?=\w)", "-", text)
    if "…" in text or "..." in text:
        text = re.sub(r"(?:…|\.{3,})(?= *[?!'\")\]])", "", text)
        text = re.sub(r"(?:…|\.{3,})(?= *(?:$|\n|[A-Z]))", ". ", text)
        text = re.sub(r"(?:…|\.{3,}) *", ", ", text)
    return text


_TERMINAL = ".!?:;"
_HEADING_MAX_CHARS = 50  # hard-wrapped lines are longer; headings, captions and list items shorter


def _ends_sentence(line: str) -> bool:
    bare = line.rstrip("'\")")
    return not bare or bare[-1] in _TERMINAL


def _is_heading(line: str, next_line: str) -> bool:
    """A short line before a capital, or a line of a few words, stands alone.

    >>> _is_heading("Jamie Shea", "Ex-NAVO-topman"), _is_heading("Advertentie", "analyse")
    (True, True)
    >>> _is_heading("de bloedigste oorlog op het Europese continent", "in acht decennia")
    False
    """
    if len(line) >= _HEADING_MAX_CHARS:
        return False
    return len(line.split()) <= 3 or re.match(r"[\"'(]?[A-ZÀ-Ý0-9]", next_line) is not None


def _one_line(text: str) -> str:
    """Lines become sentences on one line.  A line before a blank line, or a
    heading, caption or list item, gets a full stop; a hard-wrapped line
    just joins the next.

    >>> _one_line("Rol van China\\n\\nDe inschikkelijkheid.\\nJamie Shea\\nEx-NAVO-topman")
    'Rol van China. De inschikkelijkheid. Jamie Shea. Ex-NAVO-topman'
    >>> _one_line("de bloedigste oorlog op het Europese continent in acht\\ndecennia")
    'de bloedigste oorlog op het Europese continent in acht decennia'
    """
    lines = [ln.strip() for ln in text.split("\n")]
    out = []
    for i, line in enumerate(lines):
        if not line:
            continue
        following = [ln for ln in lines[i + 1:] if ln]
        if following and not _ends_sentence(line) and (not lines[i + 1] or _is_heading(line, following[0])):
            line = line.rstrip(" ,") + "."
        out.append(line)
    return " ".join(out)


def _tidy(text: str) -> str:
    """Collapse spaces and stray punctuation left by the other stages.

    >>> _tidy("einde.Begin ,  , en ,. Dan, ?")
    'einde. Begin, en. Dan?'
    """
    text = re.sub(r" +([,.!?;:])", r"\1", text)
    text = re.sub(r",(?: ?,)+", ",", text)
    text = re.sub(r", ?([.!?;:])", r"\1", text)
    text = re.sub(r"([.!?;:]) ?,", r"\1", text)
    text = re.sub(r"[,;:!?](?=[^\W\d_])|\.(?<=[a-zà-ÿ]\.)(?=[A-ZÀ-Ý])", r"\g<0> ", text)
    text = re.sub(r"  +", " ", text)
    text = re.sub(r"^[ ,;:.–—-]+", "", text)
    return text.strip().rstrip(",;").strip()


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------

def _protect_ipa(text: str, store: list[str]) -> str:
    def keep(m: re.Match) -> str:
        store.append(m.group())
        return chr(_PUA_BASE + len(store) - 1)
    return _IPA.sub(keep, text)


def _restore_ipa(text: str, store: list[str]) -> str:
    if not store:
        return text
    return re.sub("[\U000F0000-\U000FFFFD]", lambda m: store[ord(m.group()) - _PUA_BASE], text)


def normalize(text: str, variant: str = "nl-BE", lexicon: "Lexicon | None" = None) -> str:
    """The spoken form of ``text``, as one line for Piper.

    >>> normalize("Op 4 nov. zei dhr. Peeters: 'De 21ste eeuw kost € 5 miljoen.'")
    "Op vier november zei meneer Peeters: 'De eenentwintigste eeuw kost vijf miljoen euro.'"
    >>> normalize("In 2022 300 doden (1950-1953, red.) om 14u30.")  # doctest: +NORMALIZE_WHITESPACE
    'In tweeduizend tweeëntwintig, driehonderd doden, negentienhonderd vijftig
     tot negentienhonderd drieënvijftig, om veertien uur dertig.'
    """
    _check_variant(variant)
    ipa: list[str] = []
    text = _protect_ipa(_clean_unicode(text), ipa)
    text = _drop_credits(text)
    text = _drop_editorial_notes(text)
    text = _say_addresses(text)
    if lexicon is not None:
        text = _protect_ipa(lexicon.apply(text), ipa)
    text = _expand_abbreviations(text)
    text = _join_initials(text)
    text = _say_roman_numerals(text)
    text = _say_numbers_in_context(text, variant)
    text = _say_acronyms(text)
    text = _say_symbols(text)
    text = _pause_punctuation(text)
    return _restore_ipa(_tidy(_one_line(text)), ipa)


def say_date(d: _dt.date, variant: str = "nl-BE") -> str:
    """A date as spoken in the intro.

    >>> say_date(_dt.date(2026, 11, 28))
    'zaterdag achtentwintig november tweeduizend zesentwintig'
    >>> say_date(_dt.date(2025, 1, 1), "nl-NL")
    'woensdag één januari tweeduizend vijfentwintig'
    """
    _check_variant(variant)
    return f"{WEEKDAYS[d.weekday()]} {cardinal(d.day)} {MONTHS[d.month - 1]} {year_words(d.year)}"
