"""The letters the parser's patterns spell out by hand, since ``re`` has no class for "a capital letter".

>>> import re
>>> [bool(re.fullmatch(f"[{CAPITAL}]", c)) for c in "QÉŁČ"]
[True, True, True, True]
>>> [bool(re.fullmatch(f"[{CAPITAL}]", c)) for c in "qéžł"]
[False, False, False, True]
"""

from __future__ import annotations

CAPITAL = "A-ZÀ-ÞĀ-Ž"
"""The capital letters, as the inside of a character class: ``rf"[{CAPITAL}][\\w'’-]+"``, ``rf"[{CAPITAL}\\d]"``.

It covers the ASCII capitals A-Z, the Latin-1 capitals À-Þ (U+00C0-U+00DE: "Émile", "Ørsted") and the Latin
Extended-A block Ā-Ž (U+0100-U+017D: "Łukasz", "Čapek", "Şahin"): the European names Dutch news quotes start a
capitalised word as "Lukas" does. It is looser than its name: À-Þ also holds the sign × (U+00D7), and in Latin
Extended-A capital and small letters alternate (Ā ā Ă ă ... Ž), so the range also admits that block's small letters
("ł", "č", "ş"; not "ž", U+017E, just past its end). The patterns were measured with the class as it is;
``people.CAP`` spells a stricter À-ÖØ-Þ.
"""
