# SPDX-License-Identifier: GPL-3.0-or-later
"""The language variants the normaliser speaks."""

from __future__ import annotations

from typing import Literal

Variant = Literal["nl-BE", "nl-NL"]
"""Flemish (the default) or Dutch: they read amounts and fractions differently."""

VARIANTS: tuple[Variant, ...] = ("nl-BE", "nl-NL")


def check_variant(variant: str) -> None:
    """Raise ``ValueError`` for a variant the normaliser does not speak."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}: use one of {', '.join(VARIANTS)}")
