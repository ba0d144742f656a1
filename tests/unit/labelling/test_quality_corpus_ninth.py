"""The shape of ``benchmarks/quality_corpus_ninth.py`` (issue 14 item 7): deterministic for its
seed, the campaign sizes and shapes its docstring promises (two opposing letters quoting each
other, a letter revised halfway through the night, a Spanish translation, a two-sentence letter,
a long letter pasted twice, inside a quoted reply, with own text in the middle or as a P.S.,
trimmed heavy copies, filled-in contact values), truth on every row, personal truth that is in
the body and never a template sentence, a greeting or a quote mark, residents who reuse slogans
but no other template sentence, distinct anonymous senders, fictional contact data. It checks
the generator only, never the engine's labels on it: the corpus is read once, blind, and nobody
tunes on it."""

from __future__ import annotations

from collections import Counter
from statistics import median
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
)

ninth, rows = corpus_fixtures("ninth")


def _unquoted(body: str) -> str:
    """``body`` flat, with an e-mail client's ``> `` marks taken out."""
    return flat(" ".join(line.lstrip(">") for line in body.splitlines()))


def _template_sentences(ninth: ModuleType) -> set[str]:
    return {
        s for letters in ninth.LETTERS.values() for letter in letters for s in letter.sentences()
    }


def _has_slogan(ninth: ModuleType, text: str) -> bool:
    return any(s.lower().rstrip(".") in flat(text).lower() for s in ninth.SLOGANS)


def test_deterministic_for_a_seed(ninth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_generates_deterministically(ninth, rows, 2101, "generated-ninth")


def test_size_and_truth_fields(ninth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_truth_fields(ninth, rows, 450, 600)


def test_campaign_sizes(ninth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert campaign_sizes(rows) == Counter(ninth.COPIES)
    assert campaign_sizes(rows, "heavy") == Counter(ninth.HEAVY)
    assert len(resident_comments(rows)) == ninth.RESIDENTS >= 100
    spam = [r for r in rows if r["truth"]["spam"]]
    assert len(spam) == len(ninth.SPAM) == 12 and sum("http" in r["body"] for r in spam) >= 8
    assert sum(not r["body"].isascii() for r in spam) >= 4


def test_core_copies_carry_their_whole_letter(
    ninth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    for campaign, letters in ninth.LETTERS.items():
        for row in members(rows, campaign):
            if row["truth"]["tier"] == "core":
                body = _unquoted(row["body"])
                assert any(
                    flat(letter.text()) in body or all(flat(p) in body for p in letter.texts())
                    for letter in letters
                )


def test_heavy_copies_keep_two_or_three_sentences(
    ninth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    for campaign, letters in ninth.LETTERS.items():
        for row in members(rows, campaign):
            if row["truth"]["tier"] != "heavy":
                continue
            body = flat(row["body"])
            kept = max(sum(s in body for s in letter.sentences()) for letter in letters)
            assert 2 <= kept <= 3
            assert flat(letters[0].text()) not in body


def test_opposing_letters_quote_each_other(ninth: ModuleType) -> None:
    cyclists, shops = flat(ninth.CYCLISTS.text()).lower(), flat(ninth.SHOPS.text()).lower()
    assert ninth.CLAIM_SHOPS in ninth.SHOPS.sentences()
    assert ninth.CLAIM_CYCLISTS in ninth.CYCLISTS.sentences()
    assert ninth.CLAIM_SHOPS.lower().removeprefix("the lanes will ").rstrip(".") in cyclists
    assert ninth.CLAIM_CYCLISTS.lower().rstrip(".") in shops
    assert "paint is not protection" in shops
    assert not set(ninth.CYCLISTS.sentences()) & set(ninth.SHOPS.sentences())


def test_the_tenants_letter_is_revised_halfway(
    ninth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    v1, v2 = ninth.TENANTS_V1, ninth.TENANTS_V2
    shared = set(v1.sentences()) & set(v2.sentences())
    assert 0.55 <= len(shared) / len(v2.sentences()) <= 0.7
    assert 0.6 <= len(shared) / len(v1.sentences()) <= 0.7
    only_v1 = [s for s in v1.sentences() if s not in shared]
    only_v2 = [s for s in v2.sentences() if s not in shared]
    at: dict[str, list[int]] = {"v1": [], "v2": []}
    for i, row in enumerate(rows):
        if row["truth"]["campaign"] != "registry-tenants" or row["truth"]["duplicate"]:
            continue
        body = flat(row["body"])
        if any(s in body for s in only_v1):
            at["v1"].append(i)
        if any(s in body for s in only_v2):
            at["v2"].append(i)
    assert len(at["v1"]) >= 40 and len(at["v2"]) >= 40
    assert median(at["v1"]) < min(at["v2"]) < max(at["v1"]) < median(at["v2"])


def test_the_spanish_letter_is_a_campaign_of_its_own(
    ninth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    english = flat(ninth.TENANTS_V1.text())
    for row in members(rows, "registry-tenants-es"):
        assert flat(ninth.TENANTS_ES.text()) in flat(row["body"])
        assert not any(s in flat(row["body"]) for s in ninth.TENANTS_V1.sentences())
    assert len(ninth.TENANTS_ES.sentences()) == len(ninth.TENANTS_V1.sentences())
    assert english not in flat(ninth.TENANTS_ES.text())


def test_the_library_letter_shapes(ninth: ModuleType, rows: list[dict[str, Any]]) -> None:
    friends = members(rows, "ostrey-friends")
    opening = ninth.FRIENDS.sentences()[0]
    texts = ninth.FRIENDS.texts()
    twice = [r for r in friends if flat(r["body"]).count(opening) == 2]
    replies = [r for r in friends if "wrote:\n> " in r["body"]]
    postscripts = [
        r
        for r in friends
        if any(
            m + r["truth"]["personal"] in r["body"]
            for m in ninth.PS_MARKS
            if r["truth"]["personal"]
        )
    ]
    middle = []
    for r in friends:
        parts = r["body"].split("\n\n")
        own = r["truth"]["personal"]
        if own and own in parts:
            at = parts.index(own)
            if parts[at - 1] in texts and at + 1 < len(parts) and parts[at + 1] in texts:
                middle.append(r)
    shapes = ninth.FRIENDS_SHAPES
    assert (len(twice), len(replies), len(postscripts), len(middle)) == (
        shapes["twice"],
        shapes["reply"],
        shapes["postscript"],
        shapes["middle"],
    )
    for r in replies:
        assert r["body"].startswith(r["truth"]["personal"]) and r["truth"]["personal"]
        assert max(len(line) for line in r["body"].splitlines() if line.startswith(">")) <= 70
        assert flat(opening) not in flat(r["body"])  # re-wrapped: only the de-quoted text has it


def test_the_fill_in_values_are_personal(ninth: ModuleType, rows: list[dict[str, Any]]) -> None:
    filled = 0
    for row in members(rows, "registry-tenants"):
        for label in ninth.FILL_LABELS:
            for line in row["body"].splitlines():
                if line.startswith(label) and not line.endswith(ninth.BLANK):
                    assert line.removeprefix(label) in row["truth"]["personal"].splitlines()
                    filled += 1
                if line.startswith(label) and line.endswith(ninth.BLANK):
                    assert ninth.BLANK not in row["truth"]["personal"]
    assert filled >= 40
    named = [r for r in members(rows, "registry-tenants") if r["name"] in r["truth"]["personal"]]
    assert len(named) >= 10


def test_personal_truth_is_in_the_body_and_only_the_senders(
    ninth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    template = _template_sentences(ninth)
    never = [*ninth.SALUTATIONS, *ninth.SIGN_OFFS, "wrote:", "\n>", "P.S.", "PS:", "Name:"]
    with_personal = 0
    for row in rows:
        personal = row["truth"]["personal"]
        if not personal:
            continue
        with_personal += 1
        for line in personal.splitlines():
            assert line in row["body"]
        assert not any(s in flat(personal) for s in template)
        assert not any(marker in personal for marker in never)
        assert not personal.startswith(">")
    assert with_personal >= 100
    contact = [r for r in rows if "555-01" in (r["truth"]["personal"] or "")]
    mails = [r for r in rows if "@" in (r["truth"]["personal"] or "")]
    assert len(contact) >= 3 and len(mails) >= 10


def test_residents_reuse_slogans_but_no_other_template_sentence(
    ninth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    residents = resident_comments(rows)
    slogans = {s.rstrip(".") for s in ninth.SLOGANS}
    template = {s for s in _template_sentences(ninth) if s.rstrip(".") not in slogans}
    assert not any(s in flat(r["body"]) for r in residents for s in template)
    assert sum(_has_slogan(ninth, r["body"]) for r in residents) >= 15
    seen = sentence_counts(residents)
    greetings = set(ninth.SALUTATIONS) | set(ninth.SIGN_OFFS)
    repeated = {s for s, n in seen.items() if n > 1 and s not in greetings}
    assert all(s.rstrip(".") in slogans for s in repeated)
    registry = [r for r in residents if r["item"] == ninth.REGISTRY]
    assert sum(len(r["body"].split()) >= 70 for r in registry) >= 4
    assert sum(len(r["body"].split()) >= 40 for r in registry) >= 8
    assert sum("registry" in r["body"] or "inspection" in r["body"] for r in registry) >= 10
    assert len(ninth.LANDLORDS.sentences()) == 2
    assert sum(len(r["body"].split()) <= 5 for r in residents) >= 8


def test_resubmissions_are_the_same_sender(ninth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert ninth.RESUBMISSIONS == 6
    assert_resubmissions_by_their_sender(rows, ninth.ANONYMOUS_NAMES, ninth.RESUBMISSIONS)


def test_anonymous_senders_are_many_distinct_people(
    ninth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    assert_anonymous_are_distinct_people(
        rows,
        ninth.ANONYMOUS_NAMES,
        at_least=60,
        names={"Anonymous", "", "N/A", "name withheld"},
        campaigns_at_least=6,
    )


def test_contact_data_is_fictional(rows: list[dict[str, Any]]) -> None:
    assert_contacts_fictional(rows)


def test_registered_in_the_benchmark(rows: list[dict[str, Any]]) -> None:
    assert_registered("generated-ninth", rows, resubmissions=6)
