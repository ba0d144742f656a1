"""Reading a generated quality corpus's rows in its shape tests (the fifth to eighth
generators', each written apart and checked the same way)."""

from __future__ import annotations

import re
from collections import Counter
from types import ModuleType
from typing import Any

from tests.benchmark_modules import load_benchmark

TRUTH_FIELDS = {"campaign", "tier", "spam", "personal", "duplicate"}
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def flat(text: str) -> str:
    """``text`` with every run of whitespace one space."""
    return " ".join(text.split())


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` long enough (4+ words) to say a copy shares one."""
    return [s.strip() for s in SENTENCE_END.split(text) if len(s.split()) >= 4]


def members(rows: list[dict[str, Any]], campaign: str) -> list[dict[str, Any]]:
    """A campaign's copies, resubmissions left out."""
    return [r for r in rows if r["truth"]["campaign"] == campaign and not r["truth"]["duplicate"]]


FICTIONAL_DOMAINS = ("example.com", "example.org", "example.net")


def assert_contacts_fictional(rows: list[dict[str, Any]]) -> None:
    """Every e-mail on example domains and every phone number in 555-01xx: no real person's."""
    for row in rows:
        if row["email"]:
            assert row["email"].rsplit("@", 1)[1] in FICTIONAL_DOMAINS
        for number in re.findall(r"\d{3}-\d{4}", row["body"]):
            assert number.startswith("555-01")
        for address in re.findall(r"[\w.]+@[\w.]+", row["body"]):
            assert address.endswith(FICTIONAL_DOMAINS)


def assert_registered(name: str, rows: list[dict[str, Any]], resubmissions: int) -> None:
    """``labelling_quality.py`` reads the generator as corpus ``name``, in ``ALL_CORPORA``,
    every row a record and its resubmissions left out of the scoring."""
    quality = load_benchmark("labelling_quality")
    assert name in quality.ALL_CORPORA.split(",")
    corpus = quality.load_corpus(name, quality.REAL_DOCKETS)
    assert corpus is not None and corpus.name == name
    assert len(corpus.records) == len(rows)
    assert sum(r.excluded for r in corpus.records) == resubmissions


def assert_generates_deterministically(
    module: ModuleType, rows: list[dict[str, Any]], seed: int, name: str
) -> None:
    """The generator gives the same rows for its seed and others for the next one."""
    assert module.generate(module.SEED) == rows
    assert module.generate(module.SEED + 1) != rows
    assert seed == module.SEED and name == module.NAME


def assert_truth_fields(
    module: ModuleType, rows: list[dict[str, Any]], fewest: int, most: int
) -> None:
    """Every row is on one of the generator's four items, with the truth fields `Row` defines
    and consistent with each other (a campaign copy has a tier and personal text, never spam)."""
    assert fewest <= len(rows) <= most
    items = {key for key, _ in module.ITEMS}
    assert len(items) == 4
    for row in rows:
        assert set(row["truth"]) == TRUTH_FIELDS
        assert row["item"] in items and row["body"].strip()
        truth = row["truth"]
        if truth["campaign"] is None:
            assert truth["tier"] is None and truth["personal"] is None
        else:
            assert truth["tier"] in ("core", "heavy") and isinstance(truth["personal"], str)
            assert not truth["spam"]


def campaign_sizes(rows: list[dict[str, Any]], tier: str | None = None) -> Counter[str]:
    """Each campaign's copies (of ``tier``, or all), resubmissions left out."""
    return Counter(
        r["truth"]["campaign"]
        for r in rows
        if r["truth"]["campaign"]
        and not r["truth"]["duplicate"]
        and tier in (None, r["truth"]["tier"])
    )
