"""``benchmarks/public_leaks.py`` finds what it looks for: a sender's contact, name and own words
in public text, and nothing in text that carries none (issue 14 item 1, read from outside)."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.benchmark_modules import load_benchmark


@pytest.fixture(scope="module")
def leaks() -> ModuleType:
    return load_benchmark("public_leaks")


def corpus(leaks: ModuleType) -> object:
    quality = leaks.lq
    own = "I have rented on Alder Court for eleven years and the rent doubled."
    records = [
        quality.Record(item="a", body=f"Letter. {own}", name="Abigail Aardvark", email="ab@example.org",
                       postal_code="98101", campaign="c", personal=own, has_personal_truth=True),
        quality.Record(item="a", body="Letter.", name="Anonymous"),
    ]  # fmt: skip
    return quality.Corpus("toy", {"a": "Item"}, records)


def test_each_kind_is_found(leaks: ModuleType) -> None:
    texts = [
        ("template", "Please act. I have rented on Alder Court for eleven years and the rent doubled."),
        ("text", "Write to me at someone@example.net or call 206-555-0134."),
        ("text", "Abigail Aardvark lives at 12 Alder Court, 98101."),
    ]  # fmt: skip
    kinds = sorted(f.kind for f in leaks.leaks(corpus(leaks), texts))
    assert kinds == ["contact", "contact", "contact", "sender", "sender", "words"]


def test_text_without_personal_data_has_none(leaks: ModuleType) -> None:
    texts = [
        ("template", "Please keep the library open on Sundays for every family in the city."),
        ("text", "Route 7 runs every 15 minutes; Anonymous residents agree."),
    ]
    assert leaks.leaks(corpus(leaks), texts) == []


def test_an_own_sentence_outside_a_template_is_no_leak(leaks: ModuleType) -> None:
    """The record shows each member's additions by design: only a campaign's public text, which
    stands for every member, must carry no one's own sentence."""
    own = "I have rented on Alder Court for eleven years and the rent doubled."
    assert leaks.leaks(corpus(leaks), [("text", own)]) == []
