"""The shape of ``benchmarks/quality_corpus_fourth.py`` (issue 14 item 7): deterministic for its
seed, the counts and cases its docstring promises, truth on every row, personal truth that is the
sender's words and never a fill-in, fictional contact data only. It checks the generator, never
the engine's labels on it (the corpus is a measure nobody tunes on)."""

from __future__ import annotations

import re
from collections import Counter
from types import ModuleType
from typing import Any

from tests.benchmark_modules import load_benchmark
from tests.corpus_shapes import assert_resubmissions_by_their_sender, corpus_fixtures

WORD = re.compile(r"\w+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}-\d{4}\b")
LINK = re.compile(r"https?://([^/\s]+)")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z¿¡])")  # not after "4 p.m. practice"
HTML = re.compile(r"<p>|<br>|&nbsp;|&#39;|<div")


def words(text: str) -> Counter[str]:
    return Counter(WORD.findall(text.casefold()))


def order(body: str, paragraphs: list[str]) -> tuple[int, ...]:
    """The template's paragraphs in the order this copy has them."""
    return tuple(sorted(range(len(paragraphs)), key=lambda i: body.find(paragraphs[i])))


fourth, rows = corpus_fixtures("fourth")


def campaign(rows: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    return [r for r in rows if r["truth"]["campaign"] == name and not r["truth"]["duplicate"]]


def test_deterministic_for_its_seed(fourth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert fourth.SEED == 1601 and fourth.NAME == "generated-fourth"
    assert fourth.generate(fourth.SEED) == rows
    assert fourth.generate(fourth.SEED + 1) != rows


def test_counts(fourth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert 500 <= len(rows) <= 700
    assert {r["item"] for r in rows} == {key for key, _ in fourth.ITEMS} and len(fourth.ITEMS) == 3
    sizes = Counter(
        r["truth"]["campaign"]
        for r in rows
        if r["truth"]["campaign"] and not r["truth"]["duplicate"]
    )
    assert sizes == {name: size for name, (_, size) in fourth.CAMPAIGNS.items()}
    assert all(
        fourth.CAMPAIGNS[r["truth"]["campaign"]][0] == r["item"]
        for r in rows
        if r["truth"]["campaign"]
    )
    spam = sum(1 for r in rows if r["truth"]["spam"])
    assert 0.02 <= spam / len(rows) <= 0.04
    unique = sum(1 for r in rows if not r["truth"]["campaign"] and not r["truth"]["spam"])
    assert 0.12 <= unique / len(rows) <= 0.18
    heavy = Counter(r["truth"]["campaign"] for r in rows if r["truth"]["tier"] == "heavy")
    assert len(heavy) >= 5 and all(n >= 4 for n in heavy.values())


def test_every_row_has_truth(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        truth = row["truth"]
        assert set(truth) == {"campaign", "tier", "spam", "personal", "duplicate"}
        assert row["body"].strip() and row["name"].strip(), "the API refuses a blank name"
        if truth["campaign"]:
            assert truth["tier"] in {"core", "heavy"} and not truth["spam"]
            assert isinstance(truth["personal"], str)
        else:
            assert truth["tier"] is None and truth["personal"] is None
        if truth["tier"] == "heavy":
            assert truth["personal"], "a heavy edit's middle is the sender's own"


def test_personal_text_is_the_senders_words_only(
    fourth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    copies = [r for r in rows if r["truth"]["campaign"]]
    with_personal = [r for r in copies if r["truth"]["personal"]]
    assert len(copies) // 5 <= len(with_personal) <= len(copies) // 2
    for row in with_personal:
        personal = row["truth"]["personal"]
        assert not words(personal) - words(row["body"]), "every personal word is in the body"
        for boilerplate in ("Dear Council", "Sincerely", "iPhone", "Original Message", "wrote:"):
            assert boilerplate.casefold() not in personal.casefold()
        assert "@" not in personal and "555-" not in personal and "<" not in personal
        if " " in row["name"]:
            assert row["name"].casefold() not in personal.casefold(), "sign-offs are not personal"
    for name, stories in fourth.LONG_STORIES.items():
        for _, _, story in stories:
            assert any(story in r["truth"]["personal"] for r in campaign(rows, name)), name
    sentences = Counter(
        s
        for r in with_personal
        if not r["truth"]["duplicate"]
        for s in SENTENCE_END.split(r["truth"]["personal"].replace("\n", " "))
    )
    assert sentences.most_common(1)[0][1] == 1, "a personal sentence never recurs"


def test_the_short_campaign_beside_residents_short_comments(
    fourth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    short = campaign(rows, "park-no-short")
    assert len(short) >= 150
    assert sum(1 for r in short if r["body"] == fourth.SHORT) >= len(short) * 0.4
    assert max(len(WORD.findall(r["body"])) for r in short if not r["truth"]["personal"]) < 25
    edited = [
        r
        for r in short
        if not r["truth"]["personal"]
        and r["body"] != fourth.SHORT
        and r["body"] != r["body"].upper()
    ]
    assert len(edited) >= 15, "light edits: typos, swapped words, changed punctuation"
    template = set(words(fourth.SHORT))
    residents = [
        r
        for r in rows
        if r["item"] == fourth.PARK and not r["truth"]["campaign"] and not r["truth"]["spam"]
    ]
    alike = [r for r in residents if len(set(words(r["body"])) & template) >= 3]
    assert len(alike) >= 8 and all(r["body"] != fourth.SHORT for r in residents)
    assert all(len(WORD.findall(r["body"])) <= 30 for r in alike)


def test_the_email_tool_campaign(fourth: ModuleType, rows: list[dict[str, Any]]) -> None:
    league = campaign(rows, "park-league-yes")
    assert all(r["body"].startswith("Dear Council Members,\n") for r in league)
    signed = [r for r in league if r["name"] not in fourth.ANONYMOUS]
    assert all(f"\n{r['name']}\n" in r["body"] for r in signed)
    with_address = [
        r for r in signed if re.search(rf"{fourth.CITY}, CA {r['postal_code']}", r["body"])
    ]
    assert len(with_address) == len(signed)
    assert sum(1 for r in signed if PHONE.search(r["body"])) >= len(signed) * 0.7
    assert sum(1 for r in league if HTML.search(r["body"])) >= 4
    assert sum(1 for r in league if "\u2019" in r["body"]) >= 5
    assert sum(1 for r in league if "'" in r["body"]) >= 5


def test_reordered_forwarded_and_opposite_campaigns(
    fourth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    support = campaign(rows, "delmar-support")
    paragraphs = [fourth.SUPPORT_INTRO, *fourth.SUPPORT_BODY]
    orders = {
        order(r["body"], paragraphs)
        for r in support
        if r["truth"]["tier"] == "core" and all(p in r["body"] for p in paragraphs)
    }
    assert len(orders) >= 20
    oppose = campaign(rows, "delmar-oppose")
    bodies = [r["body"] for r in oppose]
    for mark in ("-----Original Message-----", "\n> ", "Sent from my iPhone", "Forwarded message"):
        assert sum(1 for b in bodies if mark in b) >= 4, mark
    assert sum(1 for b in bodies if fourth.OPPOSE_INSTRUCTION in b) >= 10
    assert sum(1 for b in bodies if b == b.upper()) >= 2
    # the two positions share whole sentences, which must not merge them
    for shared in (fourth.SHARED_OPENING, fourth.SHARED_HEART, fourth.SHARED_CLOSING):
        assert sum(1 for r in support if shared in r["body"]) >= len(support) * 0.8
        assert sum(1 for b in bodies if shared.upper() in b.upper()) >= len(oppose) * 0.8


def test_bilingual_letter_is_two_campaigns(fourth: ModuleType, rows: list[dict[str, Any]]) -> None:
    english, spanish = campaign(rows, "counsel-en"), campaign(rows, "counsel-es")
    assert {r["item"] for r in english + spanish} == {fourth.COUNSEL}
    assert all(fourth.COUNSEL_ES[1] in r["body"] for r in spanish)
    assert not any("abogado" in r["body"] for r in english)
    first = english[0]
    total = len(WORD.findall(first["body"]))
    assert total >= 350 and len(WORD.findall(first["truth"]["personal"])) > total / 2
    assert first["body"].index(first["truth"]["personal"][:80]) == 0, "the story comes first"


def test_anonymous_senders_and_true_duplicates(
    fourth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    anonymous = [r for r in rows if r["name"] in fourth.ANONYMOUS]
    assert len(anonymous) >= 50 and all(not r["email"] for r in anonymous)
    assert {r["name"] for r in anonymous} == set(fourth.ANONYMOUS)
    for name in fourth.CAMPAIGNS:
        assert any(r["name"] in fourth.ANONYMOUS for r in campaign(rows, name)), name
    assert_resubmissions_by_their_sender(rows, fourth.ANONYMOUS, 2)
    kinds = {r["truth"]["campaign"] is None for r in rows if r["truth"]["duplicate"]}
    assert kinds == {True, False}, "one campaign copy and one resident's comment resent"


def test_distinct_senders(fourth: ModuleType, rows: list[dict[str, Any]]) -> None:
    first = [r for r in rows if not r["truth"]["duplicate"] and not r["truth"]["spam"]]
    named = [r["name"] for r in first if r["name"] not in fourth.ANONYMOUS]
    assert len(named) == len(set(named))
    emails = [r["email"] for r in first if r["email"]]
    assert len(emails) == len(set(emails))


def test_no_real_looking_personal_data(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        text = row["body"] + "\n" + (row["email"] or "")
        for email in EMAIL.findall(text):
            assert email.casefold().endswith("example.com"), email
        for phone in PHONE.findall(text):
            assert "555-01" in phone, phone
        for host in LINK.findall(text):
            assert host == "example.com" or host.endswith(".example.com"), host


def test_registered_and_loads() -> None:
    quality = load_benchmark("labelling_quality")
    assert "generated-fourth" in quality.ALL_CORPORA.split(",")
    corpus = quality.load_corpus("generated-fourth", quality.REAL_DOCKETS)
    rows = quality.quality_corpus_fourth.generate()
    assert corpus.name == "generated-fourth" and len(corpus.records) == len(rows)
    assert set(corpus.titles) == {r.item for r in corpus.records}
    assert sum(r.excluded for r in corpus.records) == 2
    assert sum(r.has_personal_truth for r in corpus.records) == sum(
        1 for r in rows if r["truth"]["campaign"]
    )
