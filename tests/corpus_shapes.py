"""Reading a generated quality corpus's rows in its shape tests (the third to eleventh
generators', each written apart by an outsider and checked the same way): the fixtures that load
a generator and its rows, and the promises every corpus makes (truth fields, fictional contacts,
resubmissions by their sender, distinct anonymous senders, replies after what they answer), each
checked by one helper that takes the corpus's own figures."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection
from types import ModuleType
from typing import Any

import pytest

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


Row = dict[str, Any]


def corpus_fixtures(ordinal: str) -> tuple[Any, Any]:
    """The two module-scoped fixtures a shape test reads: ``<ordinal>``, the generator
    ``benchmarks/quality_corpus_<ordinal>.py`` as a module, and ``rows``, its rows for its own
    seed. A test module binds both: ``fifth, rows = corpus_fixtures("fifth")``."""

    @pytest.fixture(scope="module", name=ordinal)
    def generator() -> ModuleType:
        return load_benchmark(f"quality_corpus_{ordinal}")

    @pytest.fixture(scope="module", name="rows")
    def generated_rows(request: pytest.FixtureRequest) -> list[Row]:
        module: ModuleType = request.getfixturevalue(ordinal)
        generated: list[Row] = module.generate(module.SEED)
        return generated

    return generator, generated_rows


def resident_comments(rows: list[Row]) -> list[Row]:
    """The residents' own comments: no campaign, no spam, no resubmission."""
    return [
        r
        for r in rows
        if r["truth"]["campaign"] is None and not r["truth"]["spam"] and not r["truth"]["duplicate"]
    ]


def sentence_counts(rows: list[Row], min_words: int = 6) -> Counter[str]:
    """How often each sentence of ``min_words`` words or more stands in ``rows``' bodies: a
    sentence residents share is one a copy detector may take for a campaign's."""
    seen: Counter[str] = Counter()
    for row in rows:
        seen.update(s for s in sentences(row["body"]) if len(s.split()) >= min_words)
    return seen


def anonymity(anonymous_names: Collection[str], *, fold: bool = False) -> Callable[[str], bool]:
    """Whether a sender's name is one of ``anonymous_names``; with ``fold``, compared with case
    and surrounding spaces ignored (a form's "  anonymous" is as anonymous as "Anonymous")."""
    if not fold:
        return lambda name: name in anonymous_names
    folded = {n.strip().casefold() for n in anonymous_names}
    return lambda name: name.strip().casefold() in folded


def assert_resubmissions_by_their_sender(
    rows: list[Row],
    anonymous_names: Collection[str],
    count: int,
    *,
    within: int | None = None,
    rewrapped: bool = False,
) -> None:
    """A corpus's ``count`` resubmissions are each a named sender sending one comment again: the
    row's e-mail has exactly one earlier row that is not itself a resubmission, from the same name,
    with the same body (the same words, only its line breaks and spaces redone, where
    ``rewrapped``), and the same truth but ``duplicate``; with ``within``, at most that many rows
    later (minutes, not days). An anonymous sender is never one: nothing ties two of them."""
    resent = [(at, r) for at, r in enumerate(rows) if r["truth"]["duplicate"]]
    assert len(resent) == count
    same_body = flat if rewrapped else str
    for at, row in resent:
        assert row["email"] and row["name"] not in anonymous_names
        earlier = [
            (i, r)
            for i, r in enumerate(rows[:at])
            if r["email"] == row["email"] and not r["truth"]["duplicate"]
        ]
        assert len(earlier) == 1, row
        first_at, first = earlier[0]
        assert first["name"] == row["name"]
        assert same_body(first["body"]) == same_body(row["body"])
        assert first["truth"] == {**row["truth"], "duplicate": False}
        assert within is None or at - first_at <= within


def assert_anonymous_are_distinct_people(
    rows: list[Row],
    anonymous_names: Collection[str],
    *,
    at_least: int,
    names: set[str],
    campaigns_at_least: int | None = None,
    with_spam: bool = True,
    fold: bool = False,
) -> list[Row]:
    """A corpus's anonymous senders are many different people, never one person writing again:
    at least ``at_least`` rows under an anonymous name, ``names`` among those used, none of them a
    resubmission or carrying an e-mail or postal code that would tie two together, and (with
    ``campaigns_at_least``) spread over that many campaigns, residents counting as one. Every named
    sender sends once, resubmissions aside. ``with_spam=False`` leaves spam out of both (a
    generator whose spam reuses names and addresses); ``fold`` is as in `anonymity`. Returns the
    anonymous rows, for a corpus's own checks on them."""
    anonymous = anonymity(anonymous_names, fold=fold)
    counted = [r for r in rows if with_spam or not r["truth"]["spam"]]
    unnamed = [r for r in counted if anonymous(r["name"])]
    assert len(unnamed) >= at_least
    assert names <= {r["name"] for r in unnamed}
    assert not any(r["truth"]["duplicate"] or r["email"] or r["postal_code"] for r in unnamed)
    if campaigns_at_least is not None:
        assert len({r["truth"]["campaign"] for r in unnamed}) >= campaigns_at_least
    named = Counter(
        r["name"] for r in counted if not anonymous(r["name"]) and not r["truth"]["duplicate"]
    )
    assert max(named.values()) == 1
    return unnamed


def assert_replies_follow(
    rows: list[Row], residents: list[Row], marks: Collection[str], *, at_least: int
) -> None:
    """Residents answer each other: at least ``at_least`` of ``residents`` carry a reply mark (one
    of ``marks``), and each stands in ``rows`` after every comment on its item that is not itself
    a reply, since a reply answers what was already posted."""

    def is_reply(row: Row) -> bool:
        return any(m in row["body"] for m in marks)

    replies = [r for r in residents if is_reply(r)]
    assert len(replies) >= at_least
    position = {id(r): i for i, r in enumerate(rows)}
    for reply in replies:
        answered = [r for r in residents if r["item"] == reply["item"] and not is_reply(r)]
        assert all(position[id(r)] < position[id(reply)] for r in answered)
