# SPDX-License-Identifier: GPL-3.0-or-later
"""Numbers in running text: ranges, ordinals, fractions, signs, Roman numerals and plain digits."""

from __future__ import annotations

import re

from .number_words import GROUPED_NUMBER, MAX_SPOKEN_DIGITS, WRITTEN_NUMBER, cardinal, number_words, ordinal


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


_NUMBER_COMPOUND = re.compile(r"(?=[0-9])(?<![\w.,/-])([0-9]+)-(?=[a-zà-ÿ])")


def join_number_compounds(text: str) -> str:
    """A number hyphenated to a word is one word when said: '18-jarige' is 'achttienjarige'.

    Dutch writes the number in words as a closed compound ('vijfenzestigplussers',
    'vierentwintigurenstaking'); a hyphen left in would make espeak pause in the word.
    A number after letters ('CO2-uitstoot', 'F-16-toestel') keeps its hyphen, and so
    does one that takes more than one word ('1200-jarig').

    >>> join_number_compounds("de 18-jarige, 65-plussers, een 1-jarige en de 12- tot 17-jarigen")
    'de achttienjarige, vijfenzestigplussers, een eenjarige en de 12- tot zeventienjarigen'
    """
    def compound(m: re.Match) -> str:
        words = "een" if m.group(1) == "1" else cardinal(int(m.group(1)))
        return m.group() if " " in words or len(m.group(1)) > MAX_SPOKEN_DIGITS else words
    return _NUMBER_COMPOUND.sub(compound, text)


def say_ranges(text: str) -> str:
    """'1950-1953' → '1950 tot 1953' (still digits: units and currency follow).
    A falling pair is a score, read with a pause.

    >>> say_ranges("(1950-1953) en 12.500-13.000 en 2021-22 en 3-1")
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


_SIGN = re.compile(r"(?=[-+±])(?<![\w)\]%])([-+±])(?=[0-9])")


def say_signs(text: str) -> str:
    """'-5' and '+3' are 'min vijf' and 'plus drie'.

    >>> say_signs("-5 graden en +3 en (-2)")
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
# The numeral is never empty (an empty match once read "Lodewijk XIV-stijl" as "Lodewijk de Nulde…"),
# and may start a compound: "Lodewijk XIV-stijl".
_ROMAN_RE = re.compile(r"(?=[A-Z])(?<![^\W\d_])([A-Z][a-zà-ÿ]+) +(?=[IVX]+\b)(X{0,3}(?:IX|IV|V?I{0,3}))\b(?!')")


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


def say_roman_numerals(text: str) -> str:
    """Regnal numbers after a ruler's name; other Roman numerals of two or
    more letters after a capitalised word are read as plain numbers.

    >>> say_roman_numerals("Willem II, paus Benedictus XVI en Filip I")
    'Willem de Tweede, paus Benedictus de Zestiende en Filip de Eerste'
    >>> say_roman_numerals("Apollo XI en Model X")
    'Apollo elf en Model X'
    >>> say_roman_numerals("een Lodewijk XIV-stijl")
    'een Lodewijk de Veertiende-stijl'
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
