"""The fifth, sixth and seventh held-apart spam sets' shape, and that labelling_quality.py reads
them as the corpora ``spam-heldout-5`` .. ``spam-heldout-7``. Only the fixtures are checked: the
engine's results on them are never asserted, so that nobody tunes on them through a test. The
sets were written to the same brief, so they answer to the same checks, with their own counts."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

from tests.benchmark_modules import load_benchmark
from tests.paths import ROOT

FIELDS = {"body", "truth", "lang", "note", "item", "kind"}
# Keyboard mashes and letter runs are in no language.
NO_LANGUAGE = "und"
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
# Seven digits or more, at most two separators apart, so "(555) 019-4410" is read whole.
PHONE = re.compile(r"\(?\+?\d(?:[ .()-]{0,2}\d){6,}")


@dataclass(frozen=True)
class HeldoutSet:
    number: int
    spam: int
    ham: int
    items: int
    # Languages on the legitimate side, English included (the spam side has the same ones).
    languages: int = 10
    # The region's own language, the largest share on each side (German in Offenbach, set 56).
    local: str = "en"

    @property
    def corpus(self) -> str:
        return f"spam-heldout-{self.number}"

    def rows(self) -> list[dict[str, Any]]:
        """Every line is parsed, so a malformed row fails here rather than being skipped."""
        path = ROOT / "tests" / "fixtures" / f"spam_heldout_{self.number}" / "heldout.jsonl"
        with path.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh]


SETS = [
    HeldoutSet(5, spam=88, ham=86, items=7),
    HeldoutSet(6, spam=81, ham=82, items=6),
    HeldoutSet(7, spam=102, ham=101, items=6, languages=15),
]


@pytest.fixture(scope="module")
def quality() -> ModuleType:
    return load_benchmark("labelling_quality")


@pytest.fixture(scope="module", params=SETS, ids=lambda s: s.corpus)
def heldout(request: pytest.FixtureRequest) -> HeldoutSet:
    held: HeldoutSet = request.param
    return held


@pytest.fixture(scope="module")
def rows(heldout: HeldoutSet) -> list[dict[str, Any]]:
    return heldout.rows()


def test_rows_have_the_format_and_counts(heldout: HeldoutSet, rows: list[dict[str, Any]]) -> None:
    assert all(set(r) == FIELDS and all(r[f].strip() for f in FIELDS) for r in rows)
    assert Counter(r["truth"] for r in rows) == {"spam": heldout.spam, "ham": heldout.ham}
    assert len({r["body"] for r in rows}) == len(rows)


def test_english_is_the_largest_share_of_many_languages(
    heldout: HeldoutSet, rows: list[dict[str, Any]]
) -> None:
    """Legitimate comments in every language the spam is written in, so a language alone tells
    nothing; English leads on both sides, as on a city's forms."""
    spam = Counter(r["lang"] for r in rows if r["truth"] == "spam")
    ham = Counter(r["lang"] for r in rows if r["truth"] == "ham")
    assert set(spam) - {NO_LANGUAGE} == set(ham)
    assert len(ham) >= heldout.languages
    for counts in (spam, ham):
        english = counts["en"]
        assert english == counts.most_common(1)[0][1] and english < sum(counts.values())


def test_rows_spread_over_items_and_kinds(heldout: HeldoutSet, rows: list[dict[str, Any]]) -> None:
    for truth in ("spam", "ham"):
        items = Counter(r["item"] for r in rows if r["truth"] == truth)
        assert len(items) == heldout.items and min(items.values()) >= 10
    assert len({r["kind"] for r in rows if r["truth"] == "spam"}) >= 30
    assert len({r["kind"] for r in rows if r["truth"] == "ham"}) >= 20


def test_contact_details_are_fictitious(rows: list[dict[str, Any]]) -> None:
    """E-mail addresses use the reserved example domains; phone numbers are 555 numbers."""
    for row in rows:
        for domain in EMAIL.findall(row["body"]):
            assert domain in {"example.com", "example.net", "example.org"}
        for number in PHONE.findall(row["body"]):
            assert "555" in number, number


def test_labelling_quality_reads_it_on_its_items(heldout: HeldoutSet, quality: ModuleType) -> None:
    corpus = quality.load_corpus(heldout.corpus, quality.REAL_DOCKETS)
    assert corpus is not None and corpus.name == heldout.corpus
    assert len(corpus.records) == heldout.spam + heldout.ham
    assert sum(r.spam for r in corpus.records) == heldout.spam
    assert len(corpus.titles) == heldout.items
    assert {r.item for r in corpus.records} == set(corpus.titles)
    names = quality.ALL_CORPORA.split(",")
    # Sets are written in parallel and merged in any order, so a set follows the highest-numbered
    # earlier set that is registered rather than necessarily the one numbered just before it.
    earlier = [n for n in names if _heldout_number(n) in range(2, heldout.number)]
    previous = max(earlier, key=_heldout_number)
    assert names.index(heldout.corpus) == names.index(previous) + 1


def _heldout_number(name: str) -> int:
    """The set number in a ``spam-heldout-N`` corpus name, 0 for any other corpus."""
    prefix = "spam-heldout-"
    suffix = name.removeprefix(prefix)
    return int(suffix) if name.startswith(prefix) and suffix.isdigit() else 0
