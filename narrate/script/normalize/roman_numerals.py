# SPDX-License-Identifier: GPL-3.0-or-later
"""Roman numerals: regnal numbers ('Leopold II'), centuries ('de XIXe eeuw'), world wars
('WO II') and numbers after a name or a counted noun ('Super Bowl LVIII', 'hoofdstuk IV')."""

from __future__ import annotations

import re

from .number_words import cardinal, ordinal


_REGNAL_NAMES = frozenset(
    "Willem Leopold Filip Albert Boudewijn Karel Lodewijk Hendrik Elizabeth Elisabeth Charles "
    "Benedictus Johannes Paulus Pius Leo Gregorius Clemens Innocentius Urbanus Frans Frederik "
    "Napoleon Carlos Felipe Juan Richard Edward George Henry Louis Philippe Alexander Nicolaas "
    "Peter Catharina Ivan Jozef Mohammed Abdullah Rama Wilhelm Friedrich Christiaan Margrethe "
    "Olav Haakon Harald Gustaaf Gustav Carl Emmanuel Umberto Ludwig Rudolf Karl Filips Maximiliaan "
    "Otto Jacobus James Anna Victoria Hussein Sixtus Adrianus Bonifatius Alfonso Ferdinand "
    # pharaohs, emperors and sultans of the history pages
    "Ramses Amenhotep Thoetmosis Seti Ptolemaeus Cleopatra Sesostris Constantijn Justinianus Theodosius "
    "Mehmet Selim Murat Süleyman Fuad Farouk Maria Isabella Sancho Manuel Christian Erik Magnus "
    "Sigismund Casimir Stanislaus Hadrianus Innocentius Eugenius Marcellus Sergius Stefanus".split()
)
# A ruler's title before a name makes its numeral regnal, whatever the name: 'koning Letsie III'.
_TITLES = frozenset("koning koningin keizer keizerin tsaar tsarina paus farao sultan kalief sjah emir prins "
                    "prinses hertog hertogin groothertog graaf gravin vorst".split())
# Lower-case nouns a Roman numeral counts: 'hoofdstuk IV', 'deel II'.
_COUNTED = frozenset("hoofdstuk deel boek artikel titel fase klasse categorie niveau seizoen akte bijlage "
                     "afdeling paragraaf bladzijde pagina type versie graad stadium".split())
# Valid numerals that are words or acronyms in news.
_NOT_NUMERALS = frozenset("MIX LIV CIV DIV MIV DIX".split())
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_NUMERAL = r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
# A numeral after a word, found from the numeral (few texts hold one; trying every word is slow).
# It is never empty (an empty match once read "Lodewijk XIV-stijl" as "Lodewijk de Nulde…"),
# and may start a compound: "Lodewijk XIV-stijl".
_SPACED_NUMERAL = re.compile(rf" +(?=[IVXLCDM]+\b)({_NUMERAL})\b(?!')")
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([A-Z][a-zà-ÿ]+|[a-z]+)$")
# 'de XIXe eeuw', 'IIde': a numeral with an ordinal ending; of one letter only before 'eeuw' ('Le', 'De').
_CENTURY = re.compile(rf"(?=[IVXLC])(?<![\w-])(?=[IVXLC]{{2}}|[IVXLC]+(?:e|de|ste)[ -]eeuw)"
                      rf"({_NUMERAL})(?:e|de|ste)(?=[ -]eeuw|\b)")
_WORLD_WAR = re.compile(r"W(?<!\wW)(?:O|ereldoorlog) ?(II|I|2|1)(?!\w)")  # a literal first: a fast scan


def _roman_value(numeral: str) -> int:
    """Value of a Roman numeral.

    >>> _roman_value("XVI"), _roman_value("IV"), _roman_value("LVIII"), _roman_value("MCMXC")
    (16, 4, 58, 1990)
    """
    total = 0
    for ch, nxt in zip(numeral, numeral[1:] + " "):
        value = _ROMAN_VALUES[ch]
        total += -value if nxt != " " and _ROMAN_VALUES[nxt] > value else value
    return total


def _after_name(m: re.Match) -> str:
    """' II' after 'Leopold', ' LVIII' after 'Bowl', ' IV' after 'hoofdstuk': the numeral in words."""
    numeral = m.group(1)
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    name = before.group(1) if before else ""
    if not numeral or not (name[:1].isupper() or name in _COUNTED):
        return m.group()
    value = _roman_value(numeral)
    title = re.search(r"(\w+) $", m.string[max(0, before.start() - 12):before.start()])
    if name in _REGNAL_NAMES or (title and title.group(1).lower() in _TITLES and name[0].isupper()):
        return f" de {ordinal(value).capitalize()}"
    if re.search("[LCDM]", numeral) and (len(numeral) < 3 or not re.search("[IVX]", numeral)
                                          or numeral in _NOT_NUMERALS):
        return m.group()  # 'maat XL', 'Washington DC', 'Team CCC', 'Radio MIX'
    if name in _COUNTED or len(numeral) >= 2:
        return f" {cardinal(value)}"
    return m.group()


def say_roman_numerals(text: str) -> str:
    """Regnal numbers after a ruler's name; centuries; other Roman numerals of two or more
    letters after a capitalised word, or after a counted noun, are read as plain numbers.

    >>> say_roman_numerals("Willem II, paus Benedictus XVI, Filip I en koning Letsie III")
    'Willem de Tweede, paus Benedictus de Zestiende, Filip de Eerste en koning Letsie de Derde'
    >>> say_roman_numerals("Apollo XI, Model X, maat XL, Super Bowl LVIII, hoofdstuk IV en bijlage C")
    'Apollo elf, Model X, maat XL, Super Bowl achtenvijftig, hoofdstuk vier en bijlage C'
    >>> say_roman_numerals("een Lodewijk XIV-stijl in de XIXe eeuw, na WO II")
    'een Lodewijk de Veertiende-stijl in de negentiende eeuw, na Wereldoorlog twee'
    """
    if "W" in text:
        text = _WORLD_WAR.sub(lambda m: "Wereldoorlog " + ("twee" if m.group(1) in ("II", "2") else "één"), text)
    if "eeuw" in text:
        text = _CENTURY.sub(lambda m: ordinal(_roman_value(m.group(1))), text)
    return _SPACED_NUMERAL.sub(_after_name, text)
