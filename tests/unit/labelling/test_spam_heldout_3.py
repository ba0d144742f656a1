"""The third held-apart spam set's shape, and that labelling_quality.py reads it as the corpus
``spam-heldout-3``. Only the fixture is checked: the engine's results on it are never asserted,
so that nobody tunes on it through a test."""

from __future__ import annotations

import json
from collections import Counter
from types import ModuleType
from typing import Any

import pytest

from tests.benchmark_modules import load_benchmark
from tests.paths import ROOT

HELDOUT_3 = ROOT / "tests" / "fixtures" / "spam_heldout_3" / "heldout.jsonl"
FIELDS = {"body", "truth", "lang", "note", "item", "kind"}


@pytest.fixture(scope="module")
def quality() -> ModuleType:
    return load_benchmark("labelling_quality")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    with HELDOUT_3.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_rows_have_the_format_and_counts(rows: list[dict[str, Any]]) -> None:
    assert all(set(r) == FIELDS and all(r[f].strip() for f in FIELDS) for r in rows)
    assert Counter(r["truth"] for r in rows) == {"spam": 60, "ham": 60}
    assert len({r["body"] for r in rows}) == len(rows)


def test_spam_and_ham_share_many_languages(rows: list[dict[str, Any]]) -> None:
    """Legitimate comments in every language the spam is written in, so a language alone tells
    nothing."""
    spam = {r["lang"] for r in rows if r["truth"] == "spam"} - {"latn"}
    ham = {r["lang"] for r in rows if r["truth"] == "ham"}
    assert len(spam) >= 8
    assert spam == ham


def test_rows_spread_over_items_and_kinds(rows: list[dict[str, Any]]) -> None:
    for truth in ("spam", "ham"):
        items = Counter(r["item"] for r in rows if r["truth"] == truth)
        assert len(items) == 5 and min(items.values()) >= 6
    assert len({r["kind"] for r in rows if r["truth"] == "spam"}) >= 15


def test_labelling_quality_reads_it_on_its_items(quality: ModuleType) -> None:
    corpus = quality.load_corpus("spam-heldout-3", quality.REAL_DOCKETS)
    assert corpus is not None and corpus.name == "spam-heldout-3"
    assert len(corpus.records) == 120 and sum(r.spam for r in corpus.records) == 60
    assert len(corpus.titles) == 5
    assert {r.item for r in corpus.records} == set(corpus.titles)
    assert "spam-heldout-3" in quality.ALL_CORPORA.split(",")
