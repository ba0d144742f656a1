"""The shape of ``benchmarks/quality_corpus_seventh.py`` (issue 14 item 7): deterministic for its
seed, the campaign sizes and edit shapes its docstring promises, truth on every row, every copy
carrying its campaign's template, personal truth that is in the body and never holds fill-ins,
placeholders, instruction lines, greetings, template sentences or forward debris, spun copies that
share no whole sentence, distinct anonymous senders, fictional contact data. It checks the
generator only, never the engine's labels on it: the corpus is read once, blind, and nobody tunes
on it."""

from __future__ import annotations

import re
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

seventh, rows = corpus_fixtures("seventh")


def _letters(seventh: ModuleType) -> dict[str, Any]:
    return {
        "route12-riders": seventh.RIDERS,
        "route12-pt": seventh.RIDERS_PT,
        "route12-merchants": seventh.MERCHANTS,
        "library-friends": seventh.FRIENDS,
        "trees-neighbours": seventh.NEIGHBOURS,
        "parking-four": seventh.PARKING_LETTER,
    }


def _unquoted(body: str) -> str:
    """The body with e-mail quote marks taken off, flattened."""
    return flat(re.sub(r"(?m)^>\s?", "", body))


def _anonymous(seventh: ModuleType, name: str) -> bool:
    return name in seventh.ANONYMOUS_NAMES


def test_deterministic_for_a_seed(seventh: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_generates_deterministically(seventh, rows, 1901, "generated-seventh")


def test_size_and_truth_fields(seventh: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_truth_fields(seventh, rows, 500, 600)


def test_campaign_sizes(seventh: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert campaign_sizes(rows) == Counter(seventh.COPIES)
    assert campaign_sizes(rows, "heavy") == Counter(seventh.HEAVY)
    assert len(resident_comments(rows)) == seventh.RESIDENTS
    spam = [r for r in rows if r["truth"]["spam"]]
    assert len(spam) == 12 and sum("http" in r["body"] for r in spam) >= 7
    assert sum(not r["body"].isascii() for r in spam) >= 3


def test_every_copy_carries_its_template(seventh: ModuleType, rows: list[dict[str, Any]]) -> None:
    for campaign, letter in _letters(seventh).items():
        for row in members(rows, campaign):
            body = _unquoted(row["body"])
            carried = [s for s in letter.variants() if s in body]
            assert len(carried) >= 3, (campaign, row["body"])
            assert letter.opening in body or " ".join(letter.split[letter.opening]) in body
    for row in members(rows, "trees-petition"):
        assert flat(seventh.PETITION).upper() in _unquoted(row["body"]).upper()


def test_personal_truth_is_in_the_body_and_only_the_senders(
    seventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    template = {s for letter in _letters(seventh).values() for s in letter.variants()}
    template |= set(sentences(seventh.PETITION))
    never = [
        *seventh.PLACEHOLDERS,
        *seventh.INSTRUCTIONS,
        *seventh.SALUTATIONS,
        *seventh.SALUTATIONS_PT,
        *seventh.FOOTERS,
        "Forwarded message",
        "wrote:",
        "> ",
        "Ward ",
        "Merchants' Association\n",
    ]
    with_personal, several = 0, 0
    for row in rows:
        personal = row["truth"]["personal"]
        if not personal:
            continue
        with_personal += 1
        paragraphs = personal.split("\n\n")
        several += len(paragraphs) >= 2
        for paragraph in paragraphs:
            assert flat(paragraph) in flat(row["body"])
        assert not any(sentence in personal for sentence in template)
        assert not any(marker in personal for marker in never)
        assert row["name"] not in personal or _anonymous(seventh, row["name"])
        assert "555-01" not in personal and "@" not in personal
        assert not re.search(rf"\d+ (?:{'|'.join(map(re.escape, seventh.STREETS))})", personal)
    assert with_personal >= 150 and several >= 30


def test_the_edit_shapes_occur(seventh: ModuleType, rows: list[dict[str, Any]]) -> None:
    riders = members(rows, "route12-riders")
    letter = seventh.RIDERS
    bodies = [r["body"] for r in riders]
    merged = letter.merged[0][2]
    assert sum(merged in flat(b) for b in bodies) >= 5
    assert sum(" ".join(letter.split[letter.opening]) in flat(b) for b in bodies) >= 5
    assert sum(any(s in flat(b) for s in letter.reworded.values()) for b in bodies) >= 10
    first, second = (" ".join(p) for p in letter.middle)
    both = [flat(b) for b in bodies if first in flat(b) and second in flat(b)]
    reordered = [b for b in both if b.index(second) < b.index(first)]
    assert len(reordered) >= 10
    interleaved = 0
    for row in riders:
        body = flat(row["body"])
        for paragraph in row["truth"]["personal"].split("\n\n"):
            at = body.find(flat(paragraph))
            interleaved += 0 < body.find(letter.opening) < at < body.find(letter.closing)
    assert interleaved >= 15
    added = [r for r in riders if re.search(r"(?m)^(?:5\. |\(5\) )", r["body"])]
    assert len(added) >= 10
    assert all(r["truth"]["personal"] for r in added)
    bullets = members(rows, "library-friends")
    own_bullet = [
        r
        for r in bullets
        if any(
            f"{m}{p}" in r["body"]
            for m in ("- ", "* ", "• ")
            for p in r["truth"]["personal"].split("\n\n")
        )
    ]
    assert len(own_bullet) >= 10


def test_heavy_copies_keep_little_of_the_template(
    seventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    letters = {"route12-riders": seventh.RIDERS, "trees-neighbours": seventh.NEIGHBOURS}
    halves = 0
    for campaign, letter in letters.items():
        middle = [s for p in letter.middle for s in p]
        for row in members(rows, campaign):
            if row["truth"]["tier"] != "heavy":
                continue
            body = flat(row["body"])
            assert len(row["truth"]["personal"].split()) >= seventh.HEAVY_WORDS
            assert not any(d in body for d in letter.demands)
            if letter.closing not in body:
                halves += 1
                assert all(s in body for s in letter.middle[0])
                continue
            assert letter.opening in body or " ".join(letter.split[letter.opening]) in body
            assert 2 <= sum(s in body for s in middle) <= 3
    assert halves == seventh.HALF_COPIES


def test_forward_debris_signatures_and_fill_ins_occur(
    seventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    copies = [r for c in seventh.COPIES for r in members(rows, c)]
    bodies = [r["body"] for r in copies]
    forward = ("Forwarded message", "Original Message", "Begin forwarded message")
    assert sum(any(f in b for f in forward) for b in bodies) >= 5
    assert sum(bool(re.search(r"(?m)^> ", b)) for b in bodies) >= 5
    assert sum(any(f in b for f in seventh.FOOTERS) for b in bodies) >= 5
    signed = [b for b in bodies if re.search(r"\n(?:Chair|Secretary|Charge Nurse|General Pr)", b)]
    assert len(signed) >= 10
    assert sum(r["name"] in r["body"] and "Ward " in r["body"] for r in copies) >= 30
    assert sum("555-01" in b for b in bodies) >= 30
    glued = [r for r in copies if r["body"].count(f"My name is {r['name']}, and I live on")]
    assert len(glued) >= 5 and all(r["truth"]["personal"] for r in glued)
    assert sum(any(p in b for p in seventh.PLACEHOLDERS) for b in bodies) >= 5
    assert sum(any(i in b for i in seventh.INSTRUCTIONS) for b in bodies) >= 5
    letterhead = members(rows, "route12-merchants")
    assert sum(seventh.LETTERHEAD in r["body"] for r in letterhead) >= 10


def test_first_neighbours_copy_is_long_and_mostly_its_senders(rows: list[dict[str, Any]]) -> None:
    first, *later = members(rows, "trees-neighbours")
    words = len(first["body"].split())
    assert words >= 480 and len(first["truth"]["personal"].split()) > 0.6 * words
    assert all(len(r["body"].split()) < 300 for r in later)


def test_portuguese_copies_are_their_own_campaign(
    seventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    portuguese = members(rows, "route12-pt")
    assert all(seventh.RIDERS_PT.opening in flat(r["body"]) for r in portuguese)
    assert not any(seventh.RIDERS.opening in flat(r["body"]) for r in portuguese)


def test_campaigns_on_one_item_share_phrases_not_sentences(
    seventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    riders, merchants = seventh.RIDERS.variants(), seventh.MERCHANTS.variants()
    assert not set(riders) & set(merchants)
    shared = ("Route 12", "public hearing in Eastgate", "crosstown lines", "Harbourgate")
    assert all(any(p in s for s in riders) and any(p in s for s in merchants) for p in shared)


def test_spun_copies_share_no_whole_sentence(
    seventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    copies = members(rows, "library-spun")
    seen: Counter[str] = Counter()
    for row in copies:
        spun = row["body"].replace(row["truth"]["personal"], "")
        seen.update(s for s in set(sentences(spun)) if s.endswith("."))
    long = {s: n for s, n in seen.items() if len(s.split()) >= 6}
    assert long and max(long.values()) == 1
    assert all("Sunday closures" in r["body"] for r in copies)


def test_petition_has_many_anonymous_signers(
    seventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    petition = members(rows, "trees-petition")
    assert sum(_anonymous(seventh, r["name"]) for r in petition) >= 20


def test_resubmissions_are_the_same_sender(seventh: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_resubmissions_by_their_sender(rows, seventh.ANONYMOUS_NAMES, 8, rewrapped=True)


def test_anonymous_senders_are_many_distinct_people(
    seventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    assert_anonymous_are_distinct_people(
        rows, seventh.ANONYMOUS_NAMES, at_least=50, names={"Anonymous", "", "N/A", "Name withheld"}
    )


def test_residents_share_vocabulary_but_no_sentence(
    seventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    residents = resident_comments(rows)
    assert max(sentence_counts(residents).values()) == 1
    template = {s for letter in _letters(seventh).values() for s in letter.variants()}
    assert not any(s in r["body"] for r in residents for s in template)
    vocabulary = ("Route 12", "crosstown", "Tilley Road", "Corliss Avenue", "Mill Street")
    assert sum(any(w in r["body"] for w in vocabulary) for r in residents) >= 20


def test_contact_data_is_fictional(rows: list[dict[str, Any]]) -> None:
    assert_contacts_fictional(rows)


def test_registered_in_the_benchmark(rows: list[dict[str, Any]]) -> None:
    assert_registered("generated-seventh", rows, resubmissions=8)
