"""The shape of ``benchmarks/quality_corpus_tenth.py`` (issue 14 item 7): deterministic for its
seed, the campaign sizes and shapes its docstring promises (a mail-merge with a per-sender subject
line and five rotating salutations, copies whose first paragraph the sender replaced, bullets
spun by selection, a letter whose sentence order is shuffled per copy, a story-first campaign
whose stories outweigh the template, an action alert sent bare by many anonymous people beside its
organisation's policy letter sent once), truth on every row, personal truth that is in the body
and never a template sentence, a subject line or a greeting, residents answering earlier
comments, resubmissions minutes apart, distinct anonymous senders, fictional contact data. It
checks the generator only, never the engine's labels on it: the corpus is read once, blind, and
nobody tunes on it."""

from __future__ import annotations

from collections import Counter
from types import ModuleType
from typing import Any

from tests.corpus_shapes import (
    assert_anonymous_are_distinct_people,
    assert_contacts_fictional,
    assert_generates_deterministically,
    assert_registered,
    assert_replies_follow,
    assert_resubmissions_by_their_sender,
    assert_truth_fields,
    campaign_sizes,
    corpus_fixtures,
    flat,
    members,
    resident_comments,
)

tenth, rows = corpus_fixtures("tenth")


def _template_sentences(tenth: ModuleType) -> set[str]:
    return {s for letter in tenth.LETTERS.values() for s in letter.sentences()}


def _residents(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The residents' comments but the coalition's policy letter (one unique comment of its own)."""
    return [r for r in resident_comments(rows) if r["name"] != "Tamarack Justice Coalition"]


def _kept(letter_sentences: list[str] | tuple[str, ...], body: str) -> int:
    return sum(s in flat(body) for s in letter_sentences)


def test_deterministic_for_a_seed(tenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_generates_deterministically(tenth, rows, 2201, "generated-tenth")


def test_size_and_truth_fields(tenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_truth_fields(tenth, rows, 450, 550)


def test_campaign_sizes(tenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert campaign_sizes(rows) == Counter(tenth.COPIES)
    assert campaign_sizes(rows, "heavy") == Counter(tenth.HEAVY)
    assert len(_residents(rows)) == tenth.RESIDENTS >= 80
    spam = [r for r in rows if r["truth"]["spam"]]
    assert len(spam) == len(tenth.SPAM) == 15 and sum("http" in r["body"] for r in spam) >= 10
    assert sum(not r["body"].isascii() for r in spam) >= 5


def test_spam_that_passes_for_a_resident_ends_with_a_link(tenth: ModuleType) -> None:
    for text in tenth.SPAM[: tenth.MIMICS]:
        opening = text.split(".")[0].lower()
        assert any(w in opening for w in ("i live", "resident", "everyone"))
        assert text.split()[-1].startswith("http")


def test_the_mail_merge_subject_and_rotating_salutation(
    tenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    copies = members(rows, "route-merge")
    salutations: Counter[str] = Counter()
    for row in copies:
        parts = row["body"].split("\n\n")
        assert parts[0].startswith("Subject: ")
        if row["name"] not in tenth.ANONYMOUS_NAMES:
            assert row["name"] in parts[0]
        assert parts[1].startswith("Dear Supervisor ") and parts[1].endswith(",")
        salutations[parts[1].removeprefix("Dear Supervisor ").rstrip(",")] += 1
        assert "Subject:" not in row["truth"]["personal"]
        assert parts[0] not in row["truth"]["personal"]
    assert set(salutations) == set(tenth.SUPERVISORS)
    assert min(salutations.values()) >= 20
    assert len({r["body"].split("\n\n")[0] for r in copies}) >= 80


def test_heavy_merge_copies_replace_the_first_paragraph(
    tenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    first, *rest = tenth.ROUTES.texts()
    for row in members(rows, "route-merge"):
        body = flat(row["body"])
        assert all(flat(p) in body for p in rest)
        if row["truth"]["tier"] == "core":
            assert flat(first) in body
            continue
        assert not any(s in body for s in tenth.ROUTES.paragraphs[0])
        own_intro = row["body"].split("\n\n")[2]
        assert row["truth"]["personal"].startswith(own_intro)


def test_bullets_are_spun_by_selection(tenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    picks: set[tuple[str, ...]] = set()
    reordered = own_bullets = 0
    for row in members(rows, "budget-bullets"):
        lines = row["body"].splitlines()
        assert tenth.BULLETS_LEAD in lines
        template = [ln[2:] for ln in lines if ln.startswith("- ") and ln[2:] in tenth.BULLETS]
        assert 3 <= len(template) <= 5
        picks.add(tuple(template))
        positions = [tenth.BULLETS.index(b) for b in template]
        reordered += positions != sorted(positions)
        extra = [ln[2:] for ln in lines if ln.startswith("- ") and ln[2:] not in tenth.BULLETS]
        for text in extra:
            assert text in row["truth"]["personal"].split("\n\n")
            own_bullets += 1
        assert not row["truth"]["personal"].startswith("- ")
    assert len(picks) >= 50 and reordered >= 15 and own_bullets >= 4


def test_the_shuffled_letter_keeps_its_sentences_in_new_orders(
    tenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    sentences = tenth.MILLRACE_SENTENCES
    orders: Counter[tuple[str, ...]] = Counter()
    for row in members(rows, "millrace-shuffle"):
        body = flat(row["body"])
        if row["truth"]["tier"] == "heavy":
            assert _kept(sentences, body) == 3
            continue
        assert _kept(sentences, body) == len(sentences)
        orders[tuple(sorted(sentences, key=body.index))] += 1
    assert len(orders) >= 75
    assert orders[tuple(sentences)] <= 1
    assert sum(n for order, n in orders.items() if order[0] == sentences[0]) <= 20


def test_every_story_outweighs_its_template(tenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    template = tenth.STORIES_TEMPLATE.text()
    stories = set()
    for row in members(rows, "millrace-stories"):
        personal = row["truth"]["personal"]
        assert 2 <= len(personal.split("\n\n")) <= 4
        assert len(personal.split()) > len(template.split())
        assert personal in row["body"] and template in row["body"]
        assert row["body"].index(personal) < row["body"].index(template)
        stories.add(personal)
    assert len(stories) == tenth.COPIES["millrace-stories"]


def test_the_alert_arrives_bare_from_different_anonymous_people(
    tenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    alert = tenth.ALERT.text()
    copies = members(rows, "care-not-cages")
    bare_anonymous = [
        r for r in copies if r["body"] == alert and r["name"] in tenth.ANONYMOUS_NAMES
    ]
    assert len(bare_anonymous) >= 15
    assert not any(
        r["truth"]["duplicate"]
        for r in rows
        if r["body"] == alert and r["name"] in tenth.ANONYMOUS_NAMES
    )
    reworded = [
        r
        for r in copies
        if r["truth"]["tier"] == "core" and _kept(tenth.ALERT.sentences(), r["body"]) == 2
    ]
    assert len(reworded) == tenth.REWORDED
    variants = {text for _, text in tenth.ALERT_REWORDS}
    for row in reworded:
        assert any(v in row["body"] for v in variants)
        assert not any(v in row["truth"]["personal"] for v in variants)
    for row in copies:
        if row["truth"]["tier"] == "heavy":
            assert 1 <= _kept(tenth.ALERT.sentences(), row["body"]) <= 2
            assert row["truth"]["personal"]


def test_the_policy_letter_is_one_unique_comment(
    tenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    (policy,) = [r for r in rows if r["name"] == "Tamarack Justice Coalition"]
    assert policy["truth"]["campaign"] is None and not policy["truth"]["spam"]
    assert len(policy["body"].split()) > 4 * len(tenth.ALERT.text().split())
    shared = [s for s in tenth.ALERT.sentences() if s in flat(policy["body"])]
    assert shared == [tenth.SLOGAN]


def test_personal_truth_is_in_the_body_and_only_the_senders(
    tenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    template = _template_sentences(tenth)
    never = [*tenth.SALUTATIONS, *tenth.SIGN_OFFS, "Subject:", "Dear Supervisor", "Sincerely,"]
    with_personal = 0
    for row in rows:
        personal = row["truth"]["personal"]
        if not personal:
            continue
        with_personal += 1
        for paragraph in personal.split("\n\n"):
            assert paragraph in row["body"]
        assert not any(s in flat(personal) for s in template)
        assert not any(marker in personal for marker in never)
        assert personal.strip() != row["name"]
    assert with_personal >= 80
    named = [r for r in rows if r["name"] and r["name"] in (r["truth"]["personal"] or "")]
    assert len(named) >= 3


def test_residents_write_their_own_words_and_answer_each_other(
    tenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    residents = _residents(rows)
    template = _template_sentences(tenth)
    assert not any(s in flat(r["body"]) for r in residents for s in template)
    assert_replies_follow(rows, residents, tenth.REPLY_MARKS, at_least=12)
    assert sum(len(r["body"].split()) <= 4 for r in residents) >= 6
    assert sum(len(r["body"].split()) >= 40 for r in residents) >= 5


def test_resubmissions_come_minutes_later_from_the_same_sender(
    tenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    assert tenth.RESUBMISSIONS == 6
    assert_resubmissions_by_their_sender(rows, tenth.ANONYMOUS_NAMES, tenth.RESUBMISSIONS, within=5)


def test_anonymous_senders_are_many_distinct_people(
    tenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    assert_anonymous_are_distinct_people(
        rows,
        tenth.ANONYMOUS_NAMES,
        at_least=80,
        names={"Anonymous", "", "Concerned Citizen"},
        campaigns_at_least=6,
    )


def test_contact_data_is_fictional(rows: list[dict[str, Any]]) -> None:
    assert_contacts_fictional(rows)


def test_registered_in_the_benchmark(rows: list[dict[str, Any]]) -> None:
    assert_registered("generated-tenth", rows, resubmissions=6)
