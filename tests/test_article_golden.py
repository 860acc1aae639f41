"""Golden files: each article in tests/data/articles/ parses to its .json.

To accept a deliberate change in the parser's output, regenerate with
``NARRATE_REGEN_GOLDEN=1 pytest tests/test_article_golden.py`` and review
the diff of the .json files before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import get_args

import pytest

from narrate.article import Attribution, QuotePart, RemovalReason, load_article

DATA = Path(__file__).parent / "data" / "articles"
CASES = sorted(p for p in DATA.iterdir() if p.suffix in {".txt", ".html"})


def _parsed(path: Path) -> dict:
    data = load_article(path).to_dict()
    data.pop("source")
    return data


def test_there_are_enough_cases():
    assert len(CASES) >= 8
    assert any(p.suffix == ".html" for p in CASES)


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_article_matches_golden(path: Path):
    expected_path = path.with_suffix(".json")
    actual = _parsed(path)
    if os.environ.get("NARRATE_REGEN_GOLDEN"):
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    for key in expected:
        assert actual[key] == expected[key], f"{path.name}: {key} differs from {expected_path.name}"
    assert actual == expected


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_golden_output_has_no_furniture(path: Path):
    article = load_article(path)
    spoken = [article.title, article.lead or ""] + [s.heading or "" for s in article.sections]
    spoken += [p for s in article.sections for p in s.paragraphs]
    for text in spoken:
        assert "©" not in text
        assert "Advertentie" not in text and "ADVERTENTIE" not in text
        assert "Lees ook" not in text and "LEES OOK" not in text
        assert "<" not in text or ">" not in text
        assert "Ã" not in text and "â€" not in text


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_quote_offsets_point_into_their_paragraph(path: Path):
    article = load_article(path)
    for quote in article.quotes:
        if quote.part == "body":
            paragraph = article.sections[quote.section].paragraphs[quote.paragraph]
        elif quote.part == "lead":
            paragraph = article.lead
        else:
            paragraph = article.summary[quote.paragraph].answer
        assert paragraph[quote.start : quote.end] == quote.text


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_kinds_in_golden_output_are_the_declared_ones(path: Path):
    article = load_article(path)
    assert {r.reason for r in article.removed} <= set(get_args(RemovalReason))
    assert {q.part for q in article.quotes} <= set(get_args(QuotePart))
    assert {q.attribution for q in article.quotes} - {None} <= set(get_args(Attribution))
