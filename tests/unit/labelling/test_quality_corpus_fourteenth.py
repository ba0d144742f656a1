"""The shape of ``benchmarks/quality_corpus_fourteenth.py`` (issue 14 item 7): deterministic for
its seed, registered in ``labelling_quality.py``, truth on every row, the campaigns its docstring
promises (a pool letter received by e-mail as each mail program shaped it: plain, top-posted over a
``> `` quote, above an Outlook header block, answered inline between quoted paragraphs, quoted
twice; a letter with a long and a short official variant as one campaign, with own sentences
inserted mid-paragraph; a letter holding English and Spanish interleaved; copies differing only by
the order of a ranked list; a chat alert forwarded with its timestamps; letters signed with
title-and-organisation signature blocks), personal truth that is in the body and holds no contact
data, residents who share the campaigns' vocabulary but not their sentences, resubmissions by
their sender minutes apart, distinct anonymous senders and fictional contacts. It checks the
generator only, never the engine's labels on it: the corpus is read once, blind, in session 20.
"""

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
    assert_replies_follow,
    assert_resubmissions_by_their_sender,
    assert_truth_fields,
    campaign_sizes,
    corpus_fixtures,
    flat,
    members,
    resident_comments,
    sentences,
)

fourteenth, rows = corpus_fixtures("fourteenth")

PHONE = re.compile(r"555-01\d\d")


def pieces(row: dict[str, Any]) -> list[str]:
    personal = row["truth"]["personal"] or ""
    return [p for p in personal.split("\n\n") if p]


def test_deterministic_and_registered(fourteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_generates_deterministically(fourteenth, rows, 2601, "generated-fourteenth")
    assert_registered("generated-fourteenth", rows, resubmissions=6)


def test_truth_fields_and_campaigns(fourteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_truth_fields(fourteenth, rows, 400, 480)
    assert campaign_sizes(rows) == Counter(
        {
            "pool-email": 80,
            "blowers-quiet": 70,
            "trees-ranked": 56,
            "trees-chat": 40,
            "blowers-crews": 36,
            "cameras-leaders": 28,
            "cameras-merchants": 18,
        }
    )
    assert campaign_sizes(rows, "heavy") == Counter(
        {
            "pool-email": 8,
            "blowers-quiet": 5,
            "trees-ranked": 4,
            "blowers-crews": 3,
            "trees-chat": 2,
            "cameras-leaders": 2,
            "cameras-merchants": 1,
        }
    )
    assert len(resident_comments(rows)) == 90
    assert sum(r["truth"]["spam"] for r in rows) == 12
    assert not any(r["truth"]["spam"] and r["truth"]["duplicate"] for r in rows)


def test_personal_truth_is_in_the_body(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        for piece in pieces(row):
            assert flat(piece) in flat(row["body"]), row["body"]
    copies = [r for r in rows if r["truth"]["campaign"] and not r["truth"]["duplicate"]]
    assert sum(bool(pieces(r)) for r in copies) >= 150
    own = Counter(p for r in copies for p in pieces(r))
    assert max(own.values()) == 1  # no two senders typed the same own words


def test_personal_text_holds_no_contact_data(rows: list[dict[str, Any]]) -> None:
    """A sender's name, e-mail, postal code and phone stand only in sign-offs, signature blocks
    and mail headers: never in the sender's own text."""
    for row in rows:
        personal = row["truth"]["personal"] or ""
        assert not PHONE.search(personal)
        assert "@" not in personal
        if row["email"]:
            assert row["email"] not in personal
            for line in row["body"].splitlines():
                if row["email"] in line:
                    assert line.startswith("To: ") or row["truth"]["campaign"] == (
                        "cameras-leaders"
                    ), line
        if row["postal_code"]:
            assert row["postal_code"] not in personal
            for line in row["body"].splitlines():
                if row["postal_code"] in line:
                    assert line == f"Marrowick, {row['postal_code']}", line
        if len(row["name"]) > 3:
            assert row["name"].casefold() not in personal.casefold()


def test_the_pool_letter_by_email(fourteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    pool = members(rows, "pool-email")
    bodies = [r["body"] for r in pool]
    assert sum("Friends of Quarry Lane Pool <" in b and " wrote:\n> " in b for b in bodies) >= 16
    outlook = [r for r in pool if "_" * 32 in r["body"]]
    assert len(outlook) == 12
    assert all(f"\nTo: {r['email']}\nSubject: " in r["body"] for r in outlook)
    assert sum(">> " in b for b in bodies) == 8
    inline = [
        r
        for r in pool
        if r["body"].startswith("On ")
        and any(
            f"\n\n{p}\n\n> " in r["body"] for p in pieces(r)
        )  # an own line between two quoted paragraphs
    ]
    assert len(inline) >= 12
    for row in pool:
        for piece in pieces(row):
            assert not any(line.startswith(">") for line in piece.splitlines())
            assert "wrote:" not in piece and "Sent from" not in piece
    letter = fourteenth.POOL_LETTER
    for row in pool:
        if row["truth"]["tier"] == "core":
            assert flat(letter[1]) in flat(row["body"].replace("> ", "").replace(">", ""))


def test_two_official_variants_and_mid_paragraph_words(
    fourteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    quiet = members(rows, "blowers-quiet")
    short = [r for r in quiet if fourteenth.QUIET_SHORT[1] in r["body"]]
    long = [r for r in quiet if fourteenth.QUIET_LONG[0][0] in r["body"]]
    assert len(short) == 40 and len(long) == 30
    assert all(fourteenth.QUIET_SHORT[2] in r["body"] for r in quiet)
    mid = [
        r
        for r in quiet
        if any(f". {p} " in r["body"] and f"\n{p}\n" not in f"\n{r['body']}\n" for p in pieces(r))
    ]
    assert len(mid) >= 10


def test_both_languages_in_every_crews_copy(
    fourteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    crews = members(rows, "blowers-crews")
    english, spanish = fourteenth.CREWS[0]
    assert all(english in r["body"] and spanish in r["body"] for r in crews)
    interleaved = [r for r in crews if f"{english}\n\n{spanish}" in r["body"]]
    reversed_ = [r for r in crews if f"{spanish}\n\n{english}" in r["body"]]
    one_line = [r for r in crews if f"{english} / {spanish}" in r["body"]]
    assert len(interleaved) >= 10 and len(reversed_) >= 5 and len(one_line) >= 4
    assert any(
        any(c in p for c in "ñáéíóú") for r in crews for p in pieces(r)
    )  # own words in Spanish


def test_ranked_copies_differ_by_order(fourteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    ranked = members(rows, "trees-ranked")
    item = re.compile(r"^\d[.)] ", re.M)
    orders: set[tuple[str, ...]] = set()
    stripped: Counter[tuple[str, ...]] = Counter()
    for row in ranked:
        listed = [line for line in row["body"].splitlines() if item.match(line)]
        orders.add(tuple(line[3:] for line in listed))
        if row["truth"]["tier"] == "core":
            assert sorted(line[3:] for line in listed) == sorted(fourteenth.RANKED_LIST)
            assert [line[0] for line in listed] == ["1", "2", "3", "4", "5"]
        if not pieces(row):
            kept = [line for line in row["body"].splitlines() if not item.match(line)]
            stripped[tuple(kept[:8])] += 1
    assert len(orders) >= 40
    assert max(stripped.values()) >= 25  # most copies are the same letter but for the order


def test_chat_alert_forwarded_with_timestamps(
    fourteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    chat = members(rows, "trees-chat")
    stamped = re.compile(r"\[12/9/26, \d+:\d\d:\d\d PM\]|12/9/26, \d\d:\d\d - |Dec 9")
    assert sum(bool(stamped.search(r["body"])) for r in chat) >= 30
    assert sum(not stamped.search(r["body"]) for r in chat) >= 4
    assert sum("Forwarded" in r["body"] for r in chat) >= 5
    for row in chat:
        assert fourteenth.CHAT[0] in row["body"]
        for piece in pieces(row):
            assert "Halloway Tree Watch" not in piece and not stamped.search(piece)


def test_signature_blocks(fourteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    leaders = members(rows, "cameras-leaders")
    organisations = {org for _, _, org in fourteenth.LEADER_TITLES}
    for row in leaders:
        assert any(org in row["body"] for org in organisations)
        for piece in pieces(row):
            assert not any(org in piece for org in organisations)
    assert sum(bool(PHONE.search(r["body"])) for r in leaders) >= 5
    assert sum("identification purposes only" in r["body"] for r in leaders) >= 3
    merchants = members(rows, "cameras-merchants")
    assert all("Owner, " in r["body"] or "business owner" in r["body"] for r in merchants)


def test_residents_share_vocabulary_not_sentences(
    fourteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    residents = resident_comments(rows)
    templates = [
        *fourteenth.POOL_LETTER,
        *(" ".join(p) for p in fourteenth.QUIET_LONG),
        *fourteenth.QUIET_SHORT,
        *(s for pair in fourteenth.CREWS for s in pair),
        *fourteenth.RANKED_INTRO,
        *fourteenth.RANKED_LIST,
        fourteenth.RANKED_CLOSE,
        *fourteenth.CHAT,
        *fourteenth.LEADERS,
        *fourteenth.MERCHANTS,
    ]
    template_sentences = {s for t in templates for s in sentences(t)}
    for row in residents:
        assert not any(
            s in template_sentences for s in sentences(row["body"]) if len(s.split()) >= 6
        )
    words = ("Quarry Lane", "2028", "rebate", "Halloway", "plane", "SentryPlate", "retention")
    assert sum(any(w in r["body"] for w in words) for r in residents) >= 20
    assert_replies_follow(rows, residents, fourteenth.REPLY_MARKS, at_least=2)


def test_senders(fourteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_resubmissions_by_their_sender(rows, fourteenth.ANONYMOUS_NAMES, 6, within=8)
    assert_anonymous_are_distinct_people(
        rows,
        fourteenth.ANONYMOUS_NAMES,
        at_least=40,
        names={"Anonymous", "", "N/A", "anonymous", "Prefer not to say", "-"},
        campaigns_at_least=5,
    )
    assert_contacts_fictional(rows)
