# SPDX-License-Identifier: GPL-3.0-or-later
"""Raw IPA between ``[[ ]]``, which Piper speaks as phonemes: hidden from every pass, put back at the end.

A placeholder is one private-use character, which no pass rewrites;
``cleanup.clean_unicode`` drops private-use characters from the input, so a
placeholder can never be confused with text.
"""

from __future__ import annotations

import re

_IPA = re.compile(r"\[\[[^\[\]\n]*\]\]")  # as Piper finds them, but never across lines
_PUA_BASE = 0xF0000  # plane-15 private use: placeholders for protected IPA


def protect_ipa(text: str, store: list[str]) -> str:
    """Each ``[[ ... ]]`` becomes one placeholder character; the IPA goes to ``store``.

    >>> store = []
    >>> protect_ipa("Zeg [[ ʃˈeː ]] 2 keer", store), store
    ('Zeg \U000f0000 2 keer', ['[[ ʃˈeː ]]'])
    """
    def keep(m: re.Match) -> str:
        store.append(m.group())
        return chr(_PUA_BASE + len(store) - 1)
    return _IPA.sub(keep, text)


def restore_ipa(text: str, store: list[str]) -> str:
    """The placeholders of ``protect_ipa`` replaced by the IPA they stand for.

    >>> restore_ipa("Zeg \U000f0000 twee keer", ["[[ ʃˈeː ]]"])
    'Zeg [[ ʃˈeː ]] twee keer'
    """
    if not store:
        return text
    return re.sub("[\U000F0000-\U000FFFFD]", lambda m: store[ord(m.group()) - _PUA_BASE], text)
