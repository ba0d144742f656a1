"""The shape of ``benchmarks/quality_corpus_third.py`` (issue 14 item 7): deterministic for its
seed, the counts the issue asks for, truth on every row, fictional contact data only. It checks
the generator, never the engine's labels on it (the corpus is a measure nobody tunes on)."""

from __future__ import annotations

import re
from collections import Counter
from types import ModuleType
from typing import Any

from tests.benchmark_modules import load_benchmark
from tests.corpus_shapes import (
    assert_anonymous_are_distinct_people,
    corpus_fixtures,
)

WORD = re.compile(r"\w+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}-\d{4}\b")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")  # not after "2 a.m. and"
LINK = re.compile(r"https?://([^/\s]+)")


third, rows = corpus_fixtures("third")


def test_deterministic_for_its_seed(third: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert third.SEED == 1501
    assert third.generate(third.SEED) == rows
    assert third.generate(third.SEED + 1) != rows


def test_counts(third: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert 500 <= len(rows) <= 700
    assert 3 <= len(third.ITEMS) <= 5
    assert {r["item"] for r in rows} == {key for key, _ in third.ITEMS}
    sizes = Counter(r["truth"]["campaign"] for r in rows if r["truth"]["campaign"])
    assert 6 <= len(sizes) <= 8
    assert sizes == {name: size for name, (_, size) in third.CAMPAIGNS.items()}
    assert all(15 <= n <= 150 for n in sizes.values())
    spam = [r for r in rows if r["truth"]["spam"]]
    assert 10 <= len(spam) <= 20
    unique = [r for r in rows if not r["truth"]["campaign"] and not r["truth"]["spam"]]
    assert 60 <= len(unique) <= 100
    heavy = Counter(r["truth"]["campaign"] for r in rows if r["truth"]["tier"] == "heavy")
    assert len(heavy) >= 5 and sum(heavy.values()) >= 40


def test_every_row_has_truth(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        truth = row["truth"]
        assert set(truth) == {"campaign", "tier", "spam", "personal", "duplicate"}
        assert truth["duplicate"] is False  # this generator writes no resubmissions
        assert row["body"].strip() and row["name"].strip()
        if truth["campaign"]:
            assert truth["tier"] in {"core", "heavy"} and not truth["spam"]
        else:
            assert truth["tier"] is None and truth["personal"] is None
        if truth["tier"] == "heavy":
            assert truth["personal"], "a heavy edit's middle is the sender's own"


def test_personal_text_is_the_senders_words_only(rows: list[dict[str, Any]]) -> None:
    copies = [r for r in rows if r["truth"]["campaign"]]
    with_personal = [r for r in copies if r["truth"]["personal"]]
    assert len(with_personal) >= len(copies) // 4
    for row in with_personal:
        personal = row["truth"]["personal"]
        assert not Counter(WORD.findall(personal.casefold())) - Counter(
            WORD.findall(row["body"].casefold())
        ), "every personal word is in the body"
        assert "@" not in personal and "555-" not in personal and "[" not in personal
        if " " in row["name"]:
            assert row["name"] not in personal, "fill-in lines and sign-offs are not personal"
    personal_sentences = Counter(
        s for r in with_personal for s in SENTENCE_END.split(r["truth"]["personal"])
    )
    assert personal_sentences.most_common(1)[0][1] == 1, "a personal sentence never recurs"


def test_the_issues_cases_are_present(third: ModuleType, rows: list[dict[str, Any]]) -> None:
    by = {name: [r for r in rows if r["truth"]["campaign"] == name] for name in third.CAMPAIGNS}
    # two campaigns on one item sharing a whole sentence
    sharing = [n for n, rs in by.items() if any(third.SHARED_SENTENCE in r["body"] for r in rs)]
    assert len(sharing) == 2 and len({third.CAMPAIGNS[n][0] for n in sharing}) == 1
    # the first copy of one campaign is long and mostly its sender's own words
    first = by["pool-families"][0]
    words = len(WORD.findall(first["body"]))
    assert words >= 350 and len(WORD.findall(first["truth"]["personal"])) > words / 2
    # the spun campaign: no sentence in a third of its copies
    spun = by["parking-riders"]
    sentences = Counter(
        s for r in spun for s in set(re.split(r"(?<=[.!?])\s+", r["body"].replace("\n", " ")))
    )
    assert max(sentences.values()) < len(spun) / 3
    # fill-in lines, some left with the tool's brackets
    assert sum(1 for r in rows if re.search(r"\[[A-Z ]+\]", r["body"])) >= 10
    # anonymous senders: many, no e-mail, never a postal code
    assert_anonymous_are_distinct_people(rows, third.ANONYMOUS, at_least=40, names=set())
    # other languages among residents and spam
    assert any(re.search(r"[\u0400-\u04ff]", r["body"]) for r in rows if r["truth"]["spam"])
    assert any(re.search(r"[\u4e00-\u9fff]", r["body"]) for r in rows if not r["truth"]["spam"])
    # one-liners several people send alike, outside any campaign
    alike = Counter(r["body"] for r in rows if not r["truth"]["campaign"])
    assert sum(1 for n in alike.values() if n >= 2) >= 4


def test_distinct_senders(third: ModuleType, rows: list[dict[str, Any]]) -> None:
    named = [r["name"] for r in rows if r["name"] not in third.ANONYMOUS]
    assert len(named) == len(set(named))
    emails = [r["email"] for r in rows if r["email"]]
    assert len(emails) == len(set(emails))


def test_no_real_looking_personal_data(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        text = row["body"] + "\n" + (row["email"] or "")
        for email in EMAIL.findall(text):
            assert email.endswith("@example.com"), email
        for phone in PHONE.findall(text):
            assert "555-01" in phone, phone
        for host in LINK.findall(text):
            assert host == "example.com" or host.endswith(".example.com"), host


def test_registered_and_loads() -> None:
    quality = load_benchmark("labelling_quality")
    assert "generated-third" in quality.ALL_CORPORA.split(",")
    corpus = quality.load_corpus("generated-third", quality.REAL_DOCKETS)
    assert corpus.name == "generated-third" and len(corpus.records) == len(
        quality.quality_corpus_third.generate()
    )
    assert set(corpus.titles) == {r.item for r in corpus.records}
