"""The shape of ``benchmarks/quality_corpus_eighteenth.py`` (issue 14 item 7): deterministic for
its seed, registered in ``labelling_quality.py``, truth on every row, the campaigns its docstring
promises (one action e-mail in two official A/B variants sent in similar numbers; a
counter-campaign reusing the first one's phrases, never a whole sentence; a letter quoting the
staff report, which residents quote too; a story wall's one line under long personal stories;
middle paragraphs in any order, a third of senders deleting one; a coalition letter re-signed by
one organisation a row), personal truth that is in the body and holds no contact data, residents
who share the campaigns' vocabulary but not their sentences, resubmissions by their sender minutes
apart, distinct anonymous senders and fictional contacts. It checks the generator only, never the
engine's labels on it: the corpus is read once, blind, in session 24.
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
    assert_resubmissions_by_their_sender,
    assert_truth_fields,
    campaign_sizes,
    corpus_fixtures,
    flat,
    members,
    resident_comments,
    sentences,
)

eighteenth, rows = corpus_fixtures("eighteenth")

PHONE = re.compile(r"555-01\d\d")


def pieces(row: dict[str, Any]) -> list[str]:
    personal = row["truth"]["personal"] or ""
    return [p for p in personal.split("\n\n") if p]


def test_deterministic_and_registered(eighteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_generates_deterministically(eighteenth, rows, 5813, "generated-eighteenth")
    assert_registered("generated-eighteenth", rows, resubmissions=6)


def test_truth_fields_and_campaigns(eighteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_truth_fields(eighteenth, rows, 350, 450)
    assert campaign_sizes(rows) == Counter(
        {
            "lot-ab": 66,
            "trees-reorder": 54,
            "pool-stories": 46,
            "cameras-staff": 44,
            "lot-counter": 32,
            "trees-coalition": 16,
        }
    )
    assert campaign_sizes(rows, "heavy") == Counter(
        {
            "lot-ab": 4,
            "trees-reorder": 4,
            "pool-stories": 3,
            "cameras-staff": 3,
            "lot-counter": 3,
            "trees-coalition": 2,
        }
    )
    assert len(resident_comments(rows)) == 78
    assert sum(r["truth"]["spam"] for r in rows) == 12
    assert not any(r["truth"]["spam"] and r["truth"]["duplicate"] for r in rows)
    spam_text = " ".join(r["body"] for r in rows if r["truth"]["spam"])
    for script in (r"[а-я]", r"[\u4e00-\u9fff]", r"[\u0600-\u06ff]", r"[\u3040-\u30ff]"):
        assert re.search(script, spam_text)
    assert "ệ" in spam_text and "ç" in spam_text


def test_personal_truth_is_in_the_body(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        for piece in pieces(row):
            assert piece in row["body"], row["body"]
    copies = [r for r in rows if r["truth"]["campaign"] and not r["truth"]["duplicate"]]
    assert sum(bool(pieces(r)) for r in copies) >= 150
    assert sum(not pieces(r) for r in copies) >= 60  # many senders add nothing
    own = Counter(r["truth"]["personal"] for r in copies if r["truth"]["personal"])
    assert max(own.values()) == 1  # no two senders typed the same own words
    for row in copies:
        assert row["truth"]["tier"] == "core" or pieces(row)  # a heavy copy has its own text
        said = sentences(row["truth"]["personal"])
        assert len(set(said)) == len(said)  # nobody says an own sentence twice


def test_personal_text_holds_no_contact_data(rows: list[dict[str, Any]]) -> None:
    """Names, e-mails, ZIP codes and phones stand in sign-offs and signature blocks only."""
    for row in rows:
        personal = row["truth"]["personal"] or ""
        assert not PHONE.search(personal) and "@" not in personal
        if row["email"]:
            assert row["email"] not in row["body"]
        if row["postal_code"]:
            assert row["postal_code"] not in personal
        if len(row["name"]) > 3:
            assert row["name"].casefold() not in personal.casefold()


def test_two_official_variants_one_campaign(
    eighteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    copies = members(rows, "lot-ab")
    a_only = set(sentences(" ".join(eighteenth.LOT_A))) - set(sentences(" ".join(eighteenth.LOT_B)))
    b_only = set(sentences(" ".join(eighteenth.LOT_B))) - set(sentences(" ".join(eighteenth.LOT_A)))
    shared = set(sentences(" ".join(eighteenth.LOT_A))) & set(sentences(" ".join(eighteenth.LOT_B)))
    assert len(shared) == 2 and len(a_only) >= 6 and len(b_only) >= 6  # the closing ask
    variants: Counter[str] = Counter()
    for row in copies:
        in_a = sum(s in row["body"] for s in a_only)
        in_b = sum(s in row["body"] for s in b_only)
        assert not (in_a and in_b)  # a copy is one variant or the other
        assert all(s in row["body"] for s in shared)
        variants["A" if in_a else "B"] += 1
        if row["truth"]["tier"] == "core":
            assert in_a == len(a_only) or in_b == len(b_only)
    assert variants == Counter({"A": 34, "B": 32})
    for figure in ("140", "60 percent", "1,900", "$3.4 million"):
        assert all(figure in p for p in (" ".join(eighteenth.LOT_A), " ".join(eighteenth.LOT_B)))


def test_counter_campaign_reuses_phrases_not_sentences(
    eighteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    ours = {s for r in members(rows, "lot-ab") for s in sentences(r["body"])}
    for row in members(rows, "lot-counter"):
        template = [s for s in sentences(row["body"]) if not any(s in p for p in pieces(row))]
        said = [s for s in template if len(s.split()) >= 6 and s not in eighteenth.GREETINGS]
        assert not any(s in ours for s in said)
        assert "reject Item 7" in row["body"] and "vote no on Item 7" in row["body"]
    counter = " ".join(eighteenth.LOT_COUNTER)
    for phrase in (
        "I am writing to urge you to",
        "the Ashgrove Street parking lot",
        "The lot sits half empty",
        "Homes for people matter",
        "140 homes for families earning under 60 percent of area median income",
        "$3.4 million",
    ):
        assert phrase in counter and phrase in " ".join(eighteenth.LOT_A)


def test_staff_report_quoted_by_campaign_and_residents(
    eighteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    letters = members(rows, "cameras-staff")
    for row in letters:
        assert eighteenth.STAFF_SHARING in row["body"]
        if row["truth"]["tier"] == "core":
            assert eighteenth.STAFF_RETENTION in row["body"]
        for piece in pieces(row):
            assert not any(s in piece for s in eighteenth.STAFF_SENTENCES)
    styles = Counter(
        "block" if "\n> " in r["body"] else "curly" if "“" in r["body"] else "straight"
        for r in letters
    )
    assert len(styles) == 3
    quoters = [
        r
        for r in resident_comments(rows)
        if any(s in r["body"] for s in eighteenth.STAFF_SENTENCES)
    ]
    assert len(quoters) == 12 and {r["item"] for r in quoters} == {"CAMERAS"}
    assert sum(eighteenth.STAFF_SHARING in r["body"] for r in quoters) >= 4
    assert sum(eighteenth.STAFF_RETENTION in r["body"] for r in quoters) >= 4


def test_story_wall_one_line_and_a_long_story(
    eighteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    copies = members(rows, "pool-stories")
    line = " ".join(eighteenth.POOL_STATEMENT)
    for row in copies:
        assert pieces(row)  # every signer tells a story
        personal = row["truth"]["personal"]
        story = personal if row["truth"]["tier"] == "core" else personal.split("\n\n", 1)[1]
        assert len(story.split()) >= 25
        assert eighteenth.POOL_STATEMENT[0] in row["body"]
        if row["truth"]["tier"] == "core":
            assert line in row["body"]
            template = flat(row["body"]).replace(flat(story), "")
            assert len(flat(story)) > len(template) / 2  # mostly the sender's own words
        else:
            assert line not in row["body"] and eighteenth.POOL_FOOTER in row["body"]
    assert sum(eighteenth.POOL_TITLE not in r["body"] for r in copies) >= 3
    assert sum(eighteenth.POOL_FOOTER not in r["body"] for r in copies) >= 5
    story_first = [r for r in copies if r["body"].index(pieces(r)[0]) < r["body"].index(line[:30])]
    assert len(story_first) >= 3
    assert sum("\n\n" in r["truth"]["personal"] for r in copies) >= 15  # two paragraphs


def test_paragraphs_reordered_and_deleted(
    eighteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    orders = []
    dropped = 0
    for row in members(rows, "trees-reorder"):
        body = row["body"]
        assert eighteenth.TREES_OPEN in body and eighteenth.TREES_CLOSE in body
        kept = [i for i, p in enumerate(eighteenth.TREES_MIDDLE) if p in body]
        if row["truth"]["tier"] == "heavy":
            assert not kept and eighteenth.TREES_HEAVY_KEPT in body
            continue
        assert len(kept) in (3, 4)
        dropped += len(kept) == 3
        orders.append(tuple(sorted(kept, key=lambda i: body.index(eighteenth.TREES_MIDDLE[i]))))
    assert 12 <= dropped <= 22  # about a third delete one paragraph
    assert sum(list(o) != sorted(o) for o in orders) >= 30
    assert len(set(orders)) >= 20


def test_coalition_one_organisation_a_row(
    eighteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    letters = members(rows, "trees-coalition")
    orgs: Counter[str] = Counter()
    for row in letters:
        body = row["body"]
        org = next(o for o, _, _ in eighteenth.ORGS if f", {o}\n" in body)
        orgs[org] += 1
        own = next(p for o, _, p in eighteenth.ORGS if o == org)
        assert pieces(row)[0] == own
        assert body.rstrip().endswith(PHONE.findall(body)[-1])
        assert row["name"] in body.split("Signed,")[1]
        assert eighteenth.COALITION[0] in body and eighteenth.COALITION[3] in body
    assert len(orgs) == 16 and max(orgs.values()) == 1
    assert all(r["email"].endswith("example.org") for r in letters)


def test_residents_share_vocabulary_not_sentences(
    eighteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    residents = resident_comments(rows)
    templates = [
        *eighteenth.LOT_A,
        *eighteenth.LOT_B,
        *eighteenth.LOT_COUNTER,
        *eighteenth.CAMERAS_LETTER,
        *eighteenth.POOL_STATEMENT,
        eighteenth.POOL_FOOTER,
        eighteenth.TREES_OPEN,
        *eighteenth.TREES_MIDDLE,
        eighteenth.TREES_CLOSE,
        *eighteenth.COALITION,
    ]
    template_sentences = {s for t in templates for s in sentences(t)}
    staff = {s for t in eighteenth.STAFF_SENTENCES for s in sentences(t)}
    seen: Counter[str] = Counter()
    for row in residents:
        said = [
            s
            for s in sentences(row["body"])
            if len(s.split()) >= 6
            and not any(q in s for q in staff)
            and s not in eighteenth.GREETINGS
        ]
        assert not any(s in template_sentences for s in said)
        seen.update(said)
    assert max(seen.values()) == 1  # residents do not copy each other either
    words: tuple[str, ...] = (
        "Ashgrove",
        "Hearthline",
        "Tenney",
        "Sentrylane",
        "Ferncliff",
        "splash pad",
    )
    words += ("Delmont", "sycamore", "Pruett", "Millbrook", "Kettering Way", "Corwin Yard")
    assert sum(any(w in r["body"] for w in words) for r in residents) >= 30
    figures = ("1,900", "140", "$3.4 million", "$2.8 million", "212", "Forty-eight", "Thirty days")
    assert sum(any(w in r["body"] for w in figures) for r in residents) >= 4
    assert sum(len(r["body"].split()) <= 3 for r in residents) >= 8
    assert sum(len(r["body"].split()) >= 30 for r in residents) >= 8
    spanish = re.compile(r"[áéíóúñ¿]|Por favor")
    assert sum(bool(spanish.search(r["body"])) for r in residents) >= 5


def test_senders(eighteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_resubmissions_by_their_sender(rows, eighteenth.ANONYMOUS_NAMES, 6, within=3)
    assert_anonymous_are_distinct_people(
        rows,
        eighteenth.ANONYMOUS_NAMES,
        at_least=35,
        names={"Anonymous", "", "N/A", "Name withheld"},
        campaigns_at_least=5,
    )
    assert_contacts_fictional(rows)
