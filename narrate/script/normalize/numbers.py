# SPDX-License-Identifier: GPL-3.0-or-later
"""Numbers in running text: ranges and scores, compounds, ordinals, signs and plain digits."""

from __future__ import annotations

import re

from .number_words import GROUPED_NUMBER, MAX_SPOKEN_DIGITS, WRITTEN_NUMBER, cardinal, number_words, ordinal
from .stops import SENTENCE_STARTERS


_RANGE = re.compile(rf"(?=[0-9])(?<![0-9.,/-])({WRITTEN_NUMBER}) *[-–] *({WRITTEN_NUMBER})(?![0-9]|[.,/][0-9])")


def _number_value(token: str) -> float:
    if GROUPED_NUMBER.fullmatch(token):
        token = token.replace(".", "")
    return float(token.replace(",", "."))


_YEAR_SPAN = re.compile(r"(?<![0-9./-])((?:1[89]|20)[0-9]{2})/([0-9]{2}|[0-9]{4})(?![0-9/])")


def year_spans_as_ranges(text: str) -> str:
    """A season or school year written with a slash ('2023/24', '1999/2000') is a range of two years,
    and so is a longer period written in full ('de legislatuur 2019/2024').

    Two digits after the slash only when they are the following year, so '2023/12' is left to the
    other passes.

    >>> year_spans_as_ranges("het seizoen 2023/24, het schooljaar 1999/2000, 2019/2024 en 2023/12")
    'het seizoen 2023-24, het schooljaar 1999-2000, 2019-2024 en 2023/12'
    """
    def span(m: re.Match) -> str:
        first, second = m.groups()
        if len(second) == 4:
            return f"{first}-{second}" if int(first) < int(second) <= int(first) + 25 else m.group()
        return f"{first}-{second}" if int(second) == (int(first) + 1) % 100 else m.group()
    return _YEAR_SPAN.sub(span, text)


_NUMBER_COMPOUND = re.compile(r"(?=[0-9])(?<![\w.,/-])([0-9]+)-(?=[a-zà-ÿ])(?![a-z]+-[0-9])")  # not '1-op-1'



def join_number_compounds(text: str) -> str:
    """A number hyphenated to a word is one word when said: '18-jarige' is 'achttienjarige'.

    Dutch writes the number in words as a closed compound ('vijfenzestigplussers',
    'vierentwintigurenstaking'); a hyphen left in would make espeak pause in the word.
    A number after letters ('CO2-uitstoot', 'F-16-toestel') keeps its hyphen, and so
    does one that takes more than one word ('1200-jarig').

    A number after a name is a model or a channel, not part of the word: 'Leopard 2-tanks',
    'Formule 1-piloot'.

    >>> join_number_compounds("de 18-jarige, 65-plussers, een 1-jarige en de 12- tot 17-jarigen")
    'de achttienjarige, vijfenzestigplussers, een eenjarige en de 12- tot zeventienjarigen'
    >>> join_number_compounds("Een 19-jarige zag Leopard 2-tanks")
    'Een negentienjarige zag Leopard 2-tanks'
    """
    def compound(m: re.Match) -> str:
        name = re.search(r"(?<!\w)([A-Z][\w'-]*) $", m.string[max(0, m.start() - 30):m.start()])
        if name and name.group(1) not in SENTENCE_STARTERS and name.group(1) != "De":
            return m.group()
        words = "een" if m.group(1) == "1" else cardinal(int(m.group(1)))
        return m.group() if " " in words or len(m.group(1)) > MAX_SPOKEN_DIGITS else words
    return _NUMBER_COMPOUND.sub(compound, text)


# A rising pair is a score too where a result is told ('won met 1-2', 'stond het 2-3') and nothing
# is counted after it: the sentence ends, or a preposition follows ('met 1-2 in Westerlo').
_SCORE_BEFORE = re.compile(r"(?<!\w)(?:met|op|het|werd|bleef|staat|stond|is|eindstand:|rust:|stand:) $", re.I)
_SCORE_AFTER = re.compile(r"(?:[.,;:!?)]|$| (?:in|van|voor|tegen|bij|na|op|thuis|uit|gelijk|en)(?!\w))")


def _is_score(m: re.Match) -> bool:
    """Whether a rising pair of small numbers ('0-2') is a score, by what surrounds it."""
    if not (m.group(1).isdigit() and m.group(2).isdigit() and len(m.group(1)) <= 2 and len(m.group(2)) <= 2):
        return False
    before = m.string[max(0, m.start() - 12):m.start()]
    return bool(_SCORE_BEFORE.search(before) and _SCORE_AFTER.match(m.string, m.end()))


def say_ranges(text: str) -> str:
    """'1950-1953' → '1950 tot 1953' (still digits: units and currency follow).
    A falling pair is a score, read with a pause, and so is a rising one where a result is told.

    >>> say_ranges("(1950-1953) en 12.500-13.000 en 2021-22 en 3-1")
    '(1950 tot 1953) en 12.500 tot 13.000 en 2021 tot 2022 en 3 - 1'
    >>> say_ranges("won met 1-2 in Westerlo, met 2-3 dagen")
    'won met 1 - 2 in Westerlo, met 2 tot 3 dagen'
    """
    def span(m: re.Match) -> str:
        low, high = m.group(1), m.group(2)
        if re.fullmatch(r"[0-9]{4}", low) and re.fullmatch(r"[0-9]{2}", high) and int(high) > int(low) % 100:
            high = low[:2] + high  # '2021-22' is a season
        if _number_value(low) < _number_value(high) and not _is_score(m):
            return f"{low} tot {high}"
        return f"{low} - {high}"
    return _RANGE.sub(span, text)


_ORDINAL = re.compile(r"(?=[0-9])(?<![\w.,/])([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:ste|de|e|st|nd|rd|th)(?!\w)")


def say_ordinals(text: str) -> str:
    """'21ste', '1e', '2de' → words (espeak says 'eenentwintig stee').

    >>> say_ordinals("de 21ste eeuw, de 1e en de 2de")
    'de eenentwintigste eeuw, de eerste en de tweede'
    """
    def ordinal_words(m: re.Match) -> str:
        digits = m.group(1).replace(".", "")
        return ordinal(int(digits)) if len(digits) <= MAX_SPOKEN_DIGITS else m.group()
    return _ORDINAL.sub(ordinal_words, text)


_SIGN = re.compile(r"(?=[-+±~≈])(?<![\w)\]%])(\+/-|\+-|[-+±~≈])(?=[0-9])")
# An approximation sign with a space before the amount: '± 300 mensen', '+/- 200', '~ € 50'.
_ABOUT = re.compile(r"(?=[+±~≈])(?<![\w)\]%])(?:\+/-|\+-|[±~≈]) (?=[0-9€$£¥ƒ])")


def say_signs(text: str) -> str:
    """'-5' and '+3' are 'min vijf' and 'plus drie'; '±', '+/-' and '~' before an amount are 'ongeveer'.

    >>> say_signs("-5 graden en +3 en (-2), ± 300, +/- 200 en ~50")
    'min 5 graden en plus 3 en (min 2), ongeveer 300, ongeveer 200 en ongeveer 50'
    """
    words = {"-": "min ", "+": "plus "}
    text = _ABOUT.sub("ongeveer ", text)
    return _SIGN.sub(lambda m: words.get(m.group(1), "ongeveer "), text)


# An apostrophe before two digits leaves out the century: 'de jaren '90', 'in '68'.
_ELIDED_CENTURY = re.compile(r"(?<![\w'])'(?=[0-9]{2}(?![0-9']|[.,][0-9]))")


def drop_elided_centuries(text: str) -> str:
    """The apostrophe of ''90' is not said: the two digits are read as they stand.

    >>> drop_elided_centuries("de jaren '90, in '68 en 'rock' 'n' roll")
    "de jaren 90, in 68 en 'rock' 'n' roll"
    """
    return _ELIDED_CENTURY.sub("", text) if "'" in text else text


_TIMES = re.compile(r"(?<=[0-9]) ?[x×](?= ?[0-9]|\s|[.,;:!?)]|$)")


def say_times_signs(text: str) -> str:
    """'3x per week', '2 x 2', '4 × 100': a times sign after a number is 'keer'.

    >>> say_times_signs("3x per week, 2x2 rijstroken, 4 × 100 meter en Model X")
    '3 keer per week, 2 keer 2 rijstroken, 4 keer 100 meter en Model X'
    """
    return _TIMES.sub(lambda m: " keer" if m.end() == len(text) or not text[m.end()].isdigit() else " keer ", text)


def split_letters_from_digits(text: str) -> str:
    """'G7', 'MH17', 'F-16' → letters and number apart.

    >>> split_letters_from_digits("de G7 en MH17 en 5G")
    'de G 7 en MH 17 en 5 G'
    """
    text = re.sub(r"(?<=[^\W\d_])(?=[0-9])", " ", text)
    return re.sub(r"(?<=[0-9])(?=[^\W\d_])", " ", text)


def separate_adjacent_numbers(text: str) -> str:
    """Two numbers side by side would be read as one.

    >>> separate_adjacent_numbers("In 2022 300 doden")
    'In 2022, 300 doden'
    """
    return re.sub(r"(?<=[0-9])[ \n]+(?=[0-9])", ", ", text)


_ANY_NUMBER = re.compile(r"(?=[0-9])(?<![0-9])(?:[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?(?![0-9])|[0-9]+(?:[.,][0-9]+)*)")


def say_numbers(text: str, variant: str) -> str:
    """Everything still in digits.

    >>> say_numbers("Trump 1.0, 12.500 man, 1953 en 1,7", "nl-BE")
    'Trump één punt nul, twaalfduizend vijfhonderd man, negentienhonderd drieënvijftig en één komma zeven'
    """
    def spoken(m: re.Match) -> str:
        token = m.group()
        if token.count(",") > 1:  # '1,2,3' is a list
            return ", ".join(number_words(p, variant, amount=False) for p in token.split(","))
        if "," in token and "." in token and not re.fullmatch(WRITTEN_NUMBER, token):
            return " punt ".join(number_words(p, variant, amount=False) for p in token.split("."))
        return number_words(token, variant, amount=False)
    return _ANY_NUMBER.sub(spoken, text)
