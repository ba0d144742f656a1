"""The shape of ``benchmarks/quality_corpus_sixth.py`` (issue 14 item 7): deterministic for its
seed, the campaign sizes and cases its docstring promises, truth on every row, personal truth that
never holds fill-ins, placeholders, instruction lines, greetings or reworded template sentences,
spun copies that share no whole sentence, distinct anonymous senders, fictional contact data. It
checks the generator only, never the engine's labels on it: the corpus is read once, blind, and
nobody tunes on it."""

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

LETTER_CAMPAIGNS = ("rental-cap", "rental-es", "shelter-neighbours", "shelter-faith", "curfew-trio")


sixth, rows = corpus_fixtures("sixth")


def _anonymous(sixth: ModuleType, name: str) -> bool:
    return name in sixth.ANONYMOUS_NAMES


def _template_sentences(sixth: ModuleType) -> set[str]:
    letters = (
        sixth.RENTAL_LETTER,
        sixth.RENTAL_ES,
        sixth.SHELTER_LETTER,
        sixth.FAITH_LETTER,
        sixth.CURFEW_LETTER,
    )
    found = {sixth.PETITION}
    for letter in letters:
        found |= {letter.opening, letter.closing, *letter.middle, *letter.reworded.values()}
    return found


def test_deterministic_for_a_seed(sixth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_generates_deterministically(sixth, rows, 1801, "generated-sixth")


def test_size_and_truth_fields(sixth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_truth_fields(sixth, rows, 500, 600)


def test_campaign_sizes(sixth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert campaign_sizes(rows) == Counter(sixth.COPIES)
    assert 6 <= len(sixth.COPIES) <= 8
    assert min(sixth.COPIES.values()) == 3 and max(sixth.COPIES.values()) == 150
    assert campaign_sizes(rows, "heavy") == Counter(sixth.HEAVY)
    assert len(resident_comments(rows)) == sixth.RESIDENTS
    spam = [r for r in rows if r["truth"]["spam"]]
    assert len(spam) == 12 and sum("http" in r["body"] for r in spam) >= 6


def test_personal_truth_is_in_the_body_and_only_the_senders(
    sixth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    template = _template_sentences(sixth)
    never = [*sixth.PLACEHOLDERS, *sixth.INSTRUCTIONS, *sixth.SALUTATIONS, *sixth.SALUTATIONS_ES]
    with_personal = 0
    for row in rows:
        personal = row["truth"]["personal"]
        if not personal:
            continue
        with_personal += 1
        for paragraph in personal.split("\n\n"):
            assert flat(paragraph) in flat(row["body"])
        assert not any(sentence in personal for sentence in template)
        assert not any(marker in personal for marker in never)
        assert row["name"] not in personal or _anonymous(sixth, row["name"])
        assert "555-01" not in personal
        assert not re.search(rf"\d+ (?:{'|'.join(map(re.escape, sixth.STREETS))})", personal)
    assert with_personal >= 150


def test_fill_ins_in_several_shapes_at_the_end_and_in_the_middle(
    sixth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    filled, middle, phones = 0, 0, 0
    for campaign in LETTER_CAMPAIGNS:
        for row in members(rows, campaign):
            if _anonymous(sixth, row["name"]):
                continue
            body = row["body"]
            filled += row["name"] in body
            phones += "555-01" in body
            closing = body.rfind("Keep Port Amsel a place")
            middle += closing > 0 and row["name"] in body[:closing]
    assert filled >= 150 and middle >= 20 and phones >= 30
    markers = ("My name is", "Name: ", "I am ", "Signed, ", "Full name:", "I have lived at")
    bodies = [r["body"] for c in LETTER_CAMPAIGNS for r in members(rows, c)]
    assert all(any(m in b for b in bodies) for m in (*markers, "Resident: ", "Me llamo"))


def test_the_cases_personal_text_is_easily_wrong_about_occur(
    sixth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    copies = [r for c in LETTER_CAMPAIGNS for r in members(rows, c)]
    bodies = [r["body"] for r in copies]
    glued = [s for s in sixth.SALUTATIONS if any(b.startswith(s + " I am") for b in bodies)]
    assert len(glued) >= 4
    assert sum(any(p in b for p in sixth.PLACEHOLDERS) for b in bodies) >= 10
    assert sum(any(i in b for i in sixth.INSTRUCTIONS) for b in bodies) >= 5
    reworded = sixth.RENTAL_LETTER.reworded.values()
    rewording = [r for r in copies if any(s in r["body"] for s in reworded)]
    assert len(rewording) >= 15
    assert any(not r["truth"]["personal"] for r in rewording)
    assert any("Cordialement" in b for b in bodies) and any("Saludos" in b for b in bodies)
    spanish = members(rows, "rental-es")
    assert all("Les escribo" in r["body"] for r in spanish)


def test_spun_copies_share_no_whole_sentence(rows: list[dict[str, Any]]) -> None:
    copies = members(rows, "water-spun")
    seen: Counter[str] = Counter()
    for row in copies:
        seen.update(set(sentences(row["body"])))
    assert seen and max(seen.values()) == 1
    assert all("water rate" in r["body"] for r in copies)


def test_heavy_edits_keep_opening_closing_and_two_or_three_middle_sentences(
    sixth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    letters = {"rental-cap": sixth.RENTAL_LETTER, "shelter-neighbours": sixth.SHELTER_LETTER}
    for campaign, letter in letters.items():
        for row in members(rows, campaign):
            if row["truth"]["tier"] != "heavy":
                continue
            body = flat(row["body"])
            assert letter.opening in body and letter.closing in body
            kept = sum(s in body for s in (*letter.middle, *letter.reworded.values()))
            assert 2 <= kept <= 3 and len(row["truth"]["personal"].split()) >= 20


def test_first_shelter_copy_is_long_and_mostly_its_senders(rows: list[dict[str, Any]]) -> None:
    first, *later = members(rows, "shelter-neighbours")
    words = len(first["body"].split())
    assert words >= 450 and len(first["truth"]["personal"].split()) > 0.6 * words
    assert all(len(r["body"].split()) < 300 for r in later)


def test_petition_is_a_short_line(sixth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert 8 <= len(sixth.PETITION.split()) <= 20
    petition = members(rows, "water-petition")
    assert sum(_anonymous(sixth, r["name"]) for r in petition) >= 20
    assert all(r["body"].upper().startswith(sixth.PETITION.upper()) for r in petition)


def test_resubmissions_are_the_same_sender(sixth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_resubmissions_by_their_sender(rows, sixth.ANONYMOUS_NAMES, 8, rewrapped=True)


def test_anonymous_senders_are_many_distinct_people(
    sixth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    assert_anonymous_are_distinct_people(
        rows, sixth.ANONYMOUS_NAMES, at_least=50, names={"Anonymous", "", "N/A", "Name withheld"}
    )


def test_residents_share_no_sentence(rows: list[dict[str, Any]]) -> None:
    assert max(sentence_counts(resident_comments(rows)).values()) == 1


def test_contact_data_is_fictional(rows: list[dict[str, Any]]) -> None:
    assert_contacts_fictional(rows)


def test_registered_in_the_benchmark(rows: list[dict[str, Any]]) -> None:
    assert_registered("generated-sixth", rows, resubmissions=8)
