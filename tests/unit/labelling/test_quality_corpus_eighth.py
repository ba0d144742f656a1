"""The shape of ``benchmarks/quality_corpus_eighth.py`` (issue 14 item 7): deterministic for its
seed, the campaign sizes and edit shapes its docstring promises, truth on every row, every copy
carrying its campaign's template, personal truth that is in the body and never holds fill-ins,
placeholders, instruction lines, greetings, sign-offs or template sentences, spun copies that
share no whole sentence, distinct anonymous senders, fictional contact data. It checks the
generator only, never the engine's labels on it: the corpus is read once, blind, and nobody tunes
on it."""

from __future__ import annotations

from collections import Counter
from types import ModuleType
from typing import Any

from tests.corpus_shapes import (
    assert_anonymous_are_distinct_people,
    assert_contacts_fictional,
    assert_generates_deterministically,
    assert_registered,
    assert_resubmissions_by_their_sender,
    assert_truth_fields,
    campaign_sizes,
    corpus_fixtures,
    flat,
    members,
    resident_comments,
    sentence_counts,
    sentences,
)

eighth, rows = corpus_fixtures("eighth")


def _template(eighth: ModuleType) -> list[str]:
    """Every template paragraph of every campaign, each a flat string."""
    paragraphs = [
        eighth.PETITION,
        eighth.POOL_OPENING,
        eighth.POOL_CASE,
        eighth.POOL_CASE_REWORDED,
        eighth.POOL_REPAIRS,
        *eighth.POOL_DEMANDS,
        eighth.POOL_CLOSING,
        " ".join(eighth.OTTERS),
        *eighth.HOUSING_PARAS,
        *eighth.HOUSING_REWORDED.values(),
        *eighth.FAITH_EN,
        *eighth.FAITH_ES,
    ]
    return [flat(p) for p in paragraphs]


def test_deterministic_for_a_seed(eighth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_generates_deterministically(eighth, rows, 2001, "generated-eighth")


def test_size_and_truth_fields(eighth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_truth_fields(eighth, rows, 480, 520)


def test_campaign_sizes(eighth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert campaign_sizes(rows) == Counter(eighth.COPIES)
    assert campaign_sizes(rows, "heavy") == Counter(eighth.HEAVY)
    assert min(eighth.COPIES.values()) == 3 and max(eighth.COPIES.values()) == 200
    assert len(resident_comments(rows)) == eighth.RESIDENTS >= 80
    spam = [r for r in rows if r["truth"]["spam"]]
    assert len(spam) == eighth.SPAM_COUNT == 15 and sum("http" in r["body"] for r in spam) >= 8
    assert sum(not r["body"].isascii() for r in spam) >= 5


def test_every_copy_carries_its_template(eighth: ModuleType, rows: list[dict[str, Any]]) -> None:
    for row in members(rows, "sanitation-union"):
        assert "LOCAL 618" in row["body"].upper()
    for row in members(rows, "pool-association"):
        body = flat(row["body"])
        assert eighth.POOL_OPENING in body and eighth.POOL_CLOSING.upper() in body.upper()
    for row in members(rows, "pool-otters"):
        assert " ".join(eighth.OTTERS) in flat(row["body"])
    for row in members(rows, "housing-advocates"):
        body = flat(row["body"])
        assert eighth.HOUSING_PARAS[0] in body and eighth.HOUSING_PARAS[3] in body
    for row in members(rows, "shelter-faith"):
        body = flat(row["body"])
        assert eighth.FAITH_EN[0] in body or eighth.FAITH_ES[0] in body
    for row in members(rows, "quarry-spun"):
        assert "Quarry Lane" in row["body"] or "Z-26-14" in row["body"]


def test_personal_truth_is_in_the_body_and_only_the_senders(
    eighth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    template = _template(eighth)
    never = [
        eighth.HOUSING_PROMPT,
        eighth.HOUSING_INSTRUCTION,
        eighth.HOUSING_FOOTER,
        *eighth.SALUTATIONS,
        *eighth.SIGN_OFFS,
        "Name:",
        "Address:",
        "neighbourhood and I have rented",
        "Otters parent",
        "In faith,",
        "Con fe,",
    ]
    with_personal = 0
    for row in rows:
        personal = row["truth"]["personal"]
        if not personal:
            continue
        with_personal += 1
        for paragraph in personal.split("\n\n"):
            assert flat(paragraph) in flat(row["body"])
            assert flat(paragraph) not in template
        assert not any(p in flat(personal) for p in template)
        assert not any(marker in personal for marker in never)
        assert row["name"] not in personal or row["name"] in eighth.ANONYMOUS_NAMES
        assert "555-01" not in personal and "@" not in personal
    assert with_personal >= 80


def test_the_edit_shapes_occur(eighth: ModuleType, rows: list[dict[str, Any]]) -> None:
    pool = [flat(r["body"]) for r in members(rows, "pool-association")]
    assert sum(eighth.POOL_CLOSING.upper() in b for b in pool) >= 3
    assert sum(eighth.POOL_CASE not in b and eighth.POOL_CASE_REWORDED not in b for b in pool) >= 5
    assert sum(eighth.POOL_CASE_REWORDED in b for b in pool) >= 3
    assert sum("555-01" in b for b in pool) >= 3
    assert sum(b.index(eighth.POOL_OPENING) > 0 for b in pool) >= 20
    union = members(rows, "sanitation-union")
    assert sum(eighth.PETITION.upper() in r["body"] for r in union) >= 10
    assert sum(bool(r["truth"]["personal"]) for r in union) >= 10
    housing = [r["body"] for r in members(rows, "housing-advocates")]
    assert sum(eighth.HOUSING_PROMPT in b for b in housing) >= 3
    assert sum(eighth.HOUSING_INSTRUCTION in b for b in housing) >= 2
    assert sum("________" in b for b in housing) >= 1
    faith = [flat(r["body"]) for r in members(rows, "shelter-faith")]
    english = [eighth.FAITH_EN[0] in b for b in faith]
    spanish = [eighth.FAITH_ES[0] in b for b in faith]
    assert sum(e and s for e, s in zip(english, spanish, strict=True)) >= 5
    assert sum(e and not s for e, s in zip(english, spanish, strict=True)) >= 3
    assert sum(s and not e for e, s in zip(english, spanish, strict=True)) >= 3


def test_heavy_copies_keep_little_of_the_template(
    eighth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    for campaign in eighth.HEAVY:
        for row in members(rows, campaign):
            if row["truth"]["tier"] == "heavy":
                assert len(row["truth"]["personal"].split()) >= 30
    for row in members(rows, "pool-association"):
        if row["truth"]["tier"] == "heavy":
            assert sum(d in row["body"] for d in eighth.POOL_DEMANDS) == 1
            assert eighth.POOL_CASE not in flat(row["body"])


def test_spun_copies_share_no_whole_sentence(rows: list[dict[str, Any]]) -> None:
    seen: Counter[str] = Counter()
    for row in members(rows, "quarry-spun"):
        seen.update(s for s in set(sentences(row["body"])) if s.endswith("."))
    assert seen and max(seen.values()) == 1


def test_resubmissions_are_the_same_sender(eighth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert eighth.RESUBMISSIONS == 8
    assert_resubmissions_by_their_sender(rows, eighth.ANONYMOUS_NAMES, eighth.RESUBMISSIONS)


def test_anonymous_senders_are_many_distinct_people(
    eighth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    assert_anonymous_are_distinct_people(
        rows, eighth.ANONYMOUS_NAMES, at_least=50, names={"Anonymous", "", "N/A"}
    )


def test_residents_share_vocabulary_but_no_sentence(
    eighth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    residents = resident_comments(rows)
    seen = sentence_counts(residents)
    greetings = set(eighth.SALUTATIONS) | set(eighth.SIGN_OFFS)
    assert max(n for s, n in seen.items() if s not in greetings) == 1
    template = {s for p in _template(eighth) for s in sentences(p)}
    assert not any(s in flat(r["body"]) for r in residents for s in template)
    vocabulary = ("Quarry Lane", "Pellow Street", "Drill Hall", "Local 618", "Ashgrove")
    assert sum(any(w in r["body"] for w in vocabulary) for r in residents) >= 15
    assert sum(len(r["body"].split()) >= 80 for r in residents) >= 5
    assert sum(len(r["body"].split()) <= 6 for r in residents) >= 8


def test_contact_data_is_fictional(rows: list[dict[str, Any]]) -> None:
    assert_contacts_fictional(rows)


def test_registered_in_the_benchmark(rows: list[dict[str, Any]]) -> None:
    assert_registered("generated-eighth", rows, resubmissions=8)
