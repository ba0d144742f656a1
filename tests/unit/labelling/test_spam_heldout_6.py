"""The sixth held-apart spam set's shape, and that labelling_quality.py reads it as the corpus
``spam-heldout-6``. Only the fixture is checked: the engine's results on it are never asserted,
so that nobody tunes on it through a test."""

from __future__ import annotations

import json
import re
from collections import Counter
from types import ModuleType
from typing import Any

import pytest

from tests.benchmark_modules import load_benchmark
from tests.paths import ROOT

HELDOUT_6 = ROOT / "tests" / "fixtures" / "spam_heldout_6" / "heldout.jsonl"
FIELDS = {"body", "truth", "lang", "note", "item", "kind"}
SPAM, HAM = 81, 82
ITEMS = 6
# Keyboard mashes and letter runs are in no language.
NO_LANGUAGE = "und"
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
# Seven digits or more, at most two separators apart, so "(555) 019-4410" is read whole.
PHONE = re.compile(r"\(?\+?\d(?:[ .()-]{0,2}\d){6,}")


@pytest.fixture(scope="module")
def quality() -> ModuleType:
    return load_benchmark("labelling_quality")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    """Every line is parsed, so a malformed row fails here rather than being skipped."""
    with HELDOUT_6.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_rows_have_the_format_and_counts(rows: list[dict[str, Any]]) -> None:
    assert all(set(r) == FIELDS and all(r[f].strip() for f in FIELDS) for r in rows)
    assert Counter(r["truth"] for r in rows) == {"spam": SPAM, "ham": HAM}
    assert len({r["body"] for r in rows}) == len(rows)


def test_english_is_the_largest_share_of_many_languages(rows: list[dict[str, Any]]) -> None:
    """Legitimate comments in every language the spam is written in, so a language alone tells
    nothing; English leads on both sides, as on a city's forms."""
    spam = Counter(r["lang"] for r in rows if r["truth"] == "spam")
    ham = Counter(r["lang"] for r in rows if r["truth"] == "ham")
    assert set(spam) - {NO_LANGUAGE} == set(ham)
    assert len(ham) >= 10
    for counts in (spam, ham):
        english = counts["en"]
        assert english == counts.most_common(1)[0][1] and english < sum(counts.values())


def test_rows_spread_over_items_and_kinds(rows: list[dict[str, Any]]) -> None:
    for truth in ("spam", "ham"):
        items = Counter(r["item"] for r in rows if r["truth"] == truth)
        assert len(items) == ITEMS and min(items.values()) >= 10
    assert len({r["kind"] for r in rows if r["truth"] == "spam"}) >= 30
    assert len({r["kind"] for r in rows if r["truth"] == "ham"}) >= 20


def test_contact_details_are_fictitious(rows: list[dict[str, Any]]) -> None:
    """E-mail addresses use the reserved example domains; phone numbers are 555 numbers."""
    for row in rows:
        for domain in EMAIL.findall(row["body"]):
            assert domain in {"example.com", "example.net", "example.org"}
        for number in PHONE.findall(row["body"]):
            assert "555" in number, number


def test_labelling_quality_reads_it_on_its_items(quality: ModuleType) -> None:
    corpus = quality.load_corpus("spam-heldout-6", quality.REAL_DOCKETS)
    assert corpus is not None and corpus.name == "spam-heldout-6"
    assert len(corpus.records) == SPAM + HAM and sum(r.spam for r in corpus.records) == SPAM
    assert len(corpus.titles) == ITEMS
    assert {r.item for r in corpus.records} == set(corpus.titles)
    names = quality.ALL_CORPORA.split(",")
    assert names.index("spam-heldout-6") == names.index("spam-heldout-5") + 1
