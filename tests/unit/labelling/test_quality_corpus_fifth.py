"""The shape of ``benchmarks/quality_corpus_fifth.py`` (issue 14 item 7): deterministic for its
seed, the campaign sizes and cases its docstring promises, truth on every row, spun copies that
share no whole sentence, fill-in lines that are never personal truth, distinct anonymous senders,
fictional contact data. It checks the generator only, never the engine's labels on it: the corpus
is read once, blind, and nobody tunes on it."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from types import ModuleType
from typing import Any

from tests.corpus_shapes import (
    TRUTH_FIELDS,
    anonymity,
    assert_anonymous_are_distinct_people,
    assert_contacts_fictional,
    assert_registered,
    assert_resubmissions_by_their_sender,
    corpus_fixtures,
    flat,
    members,
    resident_comments,
    sentence_counts,
    sentences,
)

fifth, rows = corpus_fixtures("fifth")


def _anonymous(fifth: ModuleType, name: str) -> bool:
    return anonymity(fifth.ANONYMOUS_NAMES, fold=True)(name)


def test_deterministic_for_a_seed(fifth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert fifth.generate(fifth.SEED) == rows
    assert fifth.generate(fifth.SEED + 1) != rows
    assert fifth.SEED == 1701 and fifth.NAME == "generated-fifth"


def test_size_and_truth_fields(fifth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert 500 <= len(rows) <= 700
    items = {key for key, _ in fifth.ITEMS}
    for row in rows:
        assert set(row["truth"]) == TRUTH_FIELDS
        assert row["item"] in items and row["body"].strip()
        truth = row["truth"]
        if truth["campaign"] is None:
            assert truth["tier"] is None
        else:
            assert truth["tier"] in ("core", "heavy") and isinstance(truth["personal"], str)
            assert not truth["spam"]


def test_campaign_sizes(fifth: ModuleType, rows: list[dict[str, Any]]) -> None:
    counted = Counter(
        r["truth"]["campaign"]
        for r in rows
        if r["truth"]["campaign"] and not r["truth"]["duplicate"]
    )
    assert counted == Counter(fifth.COPIES)
    assert 6 <= len(counted) <= 8 and min(counted.values()) == 3 and max(counted.values()) == 150
    heavy = Counter(
        r["truth"]["campaign"]
        for r in rows
        if r["truth"]["tier"] == "heavy" and not r["truth"]["duplicate"]
    )
    assert heavy == Counter(fifth.HEAVY)
    assert len(resident_comments(rows)) >= 140


def test_spam_in_several_kinds_and_languages(rows: list[dict[str, Any]]) -> None:
    spam = [r for r in rows if r["truth"]["spam"]]
    assert len(spam) == 15
    assert all(r["truth"]["campaign"] is None and not r["truth"]["duplicate"] for r in spam)
    scripts = {
        "cyrillic": r"[\u0400-\u04ff]",
        "han": r"[\u4e00-\u9fff]",
        "latin accents": r"[áéíóúñäöüß€¡]",
    }
    for pattern in scripts.values():
        assert any(re.search(pattern, r["body"]) for r in spam)
    assert sum("http" in r["body"] for r in spam) >= 8


def test_spun_copies_share_no_whole_sentence(rows: list[dict[str, Any]]) -> None:
    copies = members(rows, "cannery-spun")
    seen: Counter[str] = Counter()
    for row in copies:
        seen.update(set(sentences(row["body"])))
    assert seen and max(seen.values()) == 1
    # ... yet they are one letter: its phrases recur across the copies
    assert sum("the cannery" in r["body"].lower() or "Item 9" in r["body"] for r in copies) > 40


def test_fill_in_lines_carry_name_and_address_never_as_personal_text(
    fifth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    street = re.compile(rf"\d+ (?:{'|'.join(fifth.STREETS)})")
    filled = 0
    for campaign in ("bike-corridor", "library-sundays", "cannery-trades", "plate-coalition"):
        for row in members(rows, campaign):
            if _anonymous(fifth, row["name"]):
                continue
            addresses = street.findall(row["body"])
            assert len(addresses) == 1 and row["name"] in row["body"]
            filled += 1
            assert addresses[0] not in row["truth"]["personal"]
            assert row["name"] not in row["truth"]["personal"]
    assert filled >= 150
    bike = [r for r in members(rows, "bike-corridor") if not _anonymous(fifth, r["name"])]
    assert all(f"I'm {r['name']}, and my household is at " in r["body"] for r in bike)


def test_personal_truth_is_in_the_body(rows: list[dict[str, Any]]) -> None:
    with_personal = 0
    for row in rows:
        personal = row["truth"]["personal"]
        if not personal:
            continue
        with_personal += 1
        for paragraph in personal.split("\n\n"):
            assert flat(paragraph) in flat(row["body"])
    assert with_personal >= 100


def test_heavy_edits_keep_opening_closing_and_two_or_three_middle_sentences(
    fifth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    letters = {
        "bike-corridor": fifth.BIKE_LETTER,
        "cannery-trades": fifth.TRADES_LETTER,
        "library-sundays": fifth.LIBRARY_LETTER,
    }
    for campaign, letter in letters.items():
        for row in members(rows, campaign):
            if row["truth"]["tier"] != "heavy":
                continue
            body = flat(row["body"])
            assert letter.opening in body and letter.closing in body
            kept = sum(sentence in body for sentence in letter.middle)
            assert 2 <= kept <= 3 and len(row["truth"]["personal"].split()) >= 20


def test_first_library_copy_is_long_and_mostly_its_senders(rows: list[dict[str, Any]]) -> None:
    first = members(rows, "library-sundays")[0]
    words = len(first["body"].split())
    assert words >= 450
    assert len(first["truth"]["personal"].split()) > 0.6 * words
    assert all(len(r["body"].split()) < 350 for r in members(rows, "library-sundays")[1:])


def test_petition_is_short_and_shares_phrases_with_the_coalition_letter(
    fifth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    assert 8 <= len(fifth.PETITION.split()) <= 20
    for row in members(rows, "plate-petition"):
        line = row["body"].replace(row["truth"]["personal"], "")
        line = re.sub(r"\s- \w+$", "", line.strip())
        assert 8 <= len(line.split()) <= 20

    def grams(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}

    letter = fifth.COALITION_LETTER
    coalition = " ".join([letter.opening, *letter.middle, letter.closing])
    assert len(grams(fifth.PETITION) & grams(coalition)) >= 3
    assert fifth.PETITION not in coalition


def test_resubmissions_are_the_same_sender(fifth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_resubmissions_by_their_sender(rows, fifth.ANONYMOUS_NAMES, 8, rewrapped=True)


def test_anonymous_senders_are_many_distinct_people(
    fifth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    assert_anonymous_are_distinct_people(
        rows,
        fifth.ANONYMOUS_NAMES,
        at_least=60,
        names={"Anonymous", "", "N/A", "Name withheld"},
        with_spam=False,  # its spam reuses anonymous names with e-mails
        fold=True,
    )
    petition = members(rows, "plate-petition")
    assert sum(_anonymous(fifth, r["name"]) for r in petition) >= 20
    emails: defaultdict[str, set[str | None]] = defaultdict(set)
    for row in rows:
        if not _anonymous(fifth, row["name"]) and not row["truth"]["spam"]:
            emails[row["name"]].add(row["email"])
    assert all(len(found) == 1 for found in emails.values())


def test_residents_share_vocabulary_not_sentences(rows: list[dict[str, Any]]) -> None:
    residents = resident_comments(rows)
    assert max(sentence_counts(residents).values()) == 1
    bike = [r for r in residents if "Larchmont" in r["body"] or "lane" in r["body"]]
    assert len(bike) >= 15


def test_contact_data_is_fictional(rows: list[dict[str, Any]]) -> None:
    assert_contacts_fictional(rows)


def test_registered_in_the_benchmark(rows: list[dict[str, Any]]) -> None:
    assert_registered("generated-fifth", rows, resubmissions=8)
