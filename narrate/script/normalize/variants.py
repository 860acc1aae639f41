# SPDX-License-Identifier: GPL-3.0-or-later
"""The language variants the normaliser speaks."""

from __future__ import annotations




VARIANTS = ("nl-BE", "nl-NL")


def check_variant(variant: str) -> None:
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}: use one of {', '.join(VARIANTS)}")
