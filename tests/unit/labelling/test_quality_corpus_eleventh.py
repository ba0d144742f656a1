"""The shape of ``benchmarks/quality_corpus_eleventh.py`` (issue 14 item 7): deterministic for
its seed, the campaign sizes and shapes its docstring promises (an AI tool's paraphrases of five
points in a fixed order with a fixed closing line, a letter pasted twice or by its second half,
two opposing letters sharing a quoted ordinance passage, phone autocorrect slips, copies out of a
PDF with hard line breaks and hyphenation, a union letter with each member's story in the middle,
a fill-in table filled variously, a petition line with signatures in several formats), truth on
every row, personal truth that is in the body, never a template sentence, a greeting, a
signature or a table label, and that holds every word a sender added; residents who quote
slogans and answer each other, resubmissions minutes apart, distinct anonymous senders,
fictional contact data. It checks the generator only, never the engine's labels on it: the
corpus is read once, blind, and nobody tunes on it. (It is not registered in
``labelling_quality.py`` yet: the lead does that, and adds ``assert_registered`` here.)"""

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
)

WORDS = re.compile(r"[A-Za-z0-9$']+")


eleventh, rows = corpus_fixtures("eleventh")


def _unbroken(text: str) -> str:
    """``text`` with a PDF's hyphenated line breaks joined and its whitespace flattened."""
    return flat(text.replace("-\n", ""))


def _kept(sentences: tuple[str, ...] | list[str], body: str) -> int:
    return sum(s in _unbroken(body) for s in sentences)


def _slipped(eleventh: ModuleType, body: str) -> bool:
    return any(slip in body for _, slip in eleventh.AUTOCORRECT)


def test_deterministic_for_a_seed(eleventh: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_generates_deterministically(eleventh, rows, 2301, "generated-eleventh")


def test_size_and_truth_fields(eleventh: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_truth_fields(eleventh, rows, 450, 550)


def test_campaign_sizes(eleventh: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert campaign_sizes(rows) == Counter(eleventh.COPIES)
    assert campaign_sizes(rows, "heavy") == Counter(eleventh.HEAVY)
    assert 5 <= len(eleventh.COPIES) <= 7
    assert min(eleventh.COPIES.values()) >= 5 and max(eleventh.COPIES.values()) <= 150
    assert len(resident_comments(rows)) == eleventh.RESIDENTS >= 80
    spam = [r for r in rows if r["truth"]["spam"]]
    assert len(spam) == len(eleventh.SPAM) == 14 and sum("http" in r["body"] for r in spam) >= 10
    assert sum(not r["body"].isascii() for r in spam) >= 6


def test_the_ai_tool_paraphrases_five_points_in_order(
    eleventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    wordings: Counter[str] = Counter()
    combinations = set()
    for row in members(rows, "quillan-ai"):
        body = row["body"]
        assert body.count(eleventh.AI_CLOSING) == 1
        found = [[w for w in point if w in body] for point in eleventh.AI_POINTS]
        assert all(len(f) <= 1 for f in found)
        assert len(found[0]) == 1
        present = [f[0] for f in found if f]
        positions = [body.index(w) for w in present]
        assert positions == sorted(positions) and positions[-1] < body.index(eleventh.AI_CLOSING)
        if row["truth"]["tier"] == "core":
            assert len(present) == 5
            combinations.add(tuple(present))
        else:
            assert 3 <= len(present) <= 4 and row["truth"]["personal"]
            assert len(row["truth"]["personal"].split("\n\n")) == 5 - len(present)
        wordings.update(present)
    assert len(combinations) == eleventh.COPIES["quillan-ai"] - eleventh.HEAVY["quillan-ai"]
    assert len(wordings) == 30 and min(wordings.values()) >= 5


def test_the_jobs_letter_pasted_twice_or_by_its_second_half(
    eleventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    letter = eleventh.JOBS
    shapes: Counter[str] = Counter()
    for row in members(rows, "quillan-jobs"):
        body = flat(row["body"])
        counts = [body.count(s) for s in letter]
        if row["truth"]["tier"] == "heavy":
            assert counts[0] == counts[-1] == 1 and sum(counts[1:-1]) == 2
            assert row["truth"]["personal"]
            shapes["heavy"] += 1
        elif counts == [2] * 7:
            shapes["twice"] += 1
        elif counts == [0, 0, 0, 1, 1, 1, 1]:
            assert body.index(letter[3]) < body.index(letter[6])
            shapes["half"] += 1
        else:
            assert counts == [1] * 7
            shapes["plain"] += 1
    assert shapes["twice"] == eleventh.PASTED_TWICE and shapes["half"] == eleventh.SECOND_HALF


def test_opposing_letters_share_the_ordinance_quotation(
    eleventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    section = eleventh.SECTION
    assert len(section.split()) >= 60
    yes, no = set(eleventh.LETTERS["haven-yes"]), set(eleventh.LETTERS["haven-no"])
    assert yes & no == {section}
    for campaign in ("haven-yes", "haven-no"):
        copies = members(rows, campaign)
        whole = [
            r for r in copies if r["truth"]["tier"] == "core" and not _slipped(eleventh, r["body"])
        ]
        assert all(section in _unbroken(r["body"]) for r in whole)
        assert all(section not in (r["truth"]["personal"] or "") for r in copies)


def test_phone_copies_carry_autocorrect_slips_in_template_words(
    eleventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    letter = eleventh.LETTERS["haven-yes"]
    phone = [
        r
        for r in members(rows, "haven-yes")
        if r["truth"]["tier"] == "core" and _slipped(eleventh, r["body"])
    ]
    assert len(phone) == eleventh.AUTOCORRECTED
    for row in phone:
        slips = sum(slip in row["body"] for _, slip in eleventh.AUTOCORRECT)
        assert slips >= 2
        assert 1 <= len(letter) - _kept(letter, row["body"]) <= 4
        assert not _slipped(eleventh, row["truth"]["personal"])


def test_pdf_copies_break_lines_mid_sentence_and_hyphenate(
    eleventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    letter = eleventh.LETTERS["haven-no"]
    pdf = [r for r in members(rows, "haven-no") if eleventh.PDF_HEADER in r["body"]]
    assert len(pdf) == eleventh.FROM_PDF
    widths = set()
    for row in pdf:
        body = row["body"]
        assert eleventh.PDF_FOOTER in body and "-\n" in body
        assert _kept(letter, body) == len(letter)
        assert sum(s in body for s in letter) < len(letter)
        text = body[body.index(eleventh.PDF_HEADER) : body.index(eleventh.PDF_FOOTER)]
        lines = text.splitlines()[3:]
        assert max(len(line) for line in lines) <= 68
        assert sum(not line.endswith((".", '"', ":")) for line in lines if line) >= 10
        widths.add(max(len(line) for line in lines))
        for broken in re.findall(r"(\w+)-\n(\w+)", body):
            assert "".join(broken) in eleventh.HYPHENATION
    assert len(widths) >= 5
    plain = [r for r in members(rows, "haven-no") if eleventh.PDF_HEADER not in r["body"]]
    assert not any("-\n" in r["body"] for r in plain)


def test_union_stories_stand_in_the_middle_and_differ(
    eleventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    stories = set()
    for row in members(rows, "local-1187"):
        body, personal = row["body"], row["truth"]["personal"]
        assert 2 <= len(personal.split("\n\n")) <= 4
        first = body.index(eleventh.UNION_OPEN[0])
        last = body.index(eleventh.UNION_CLOSE[-1])
        assert first < body.index(personal.split("\n\n")[-1]) < last
        assert body.index(personal.split("\n\n")[0]) > first
        assert "Local 1187" not in personal and row["name"] not in personal
        stories.add(personal)
        if row["truth"]["tier"] == "heavy":
            assert _kept(eleventh.LETTERS["local-1187"], body) == 4
    assert len(stories) == eleventh.COPIES["local-1187"]


def test_filled_in_values_are_personal_labels_and_blanks_are_not(
    eleventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    styles: Counter[str] = Counter()
    for row in members(rows, "keep-it-public"):
        body, personal = row["body"], row["truth"]["personal"]
        table = body[body.index(eleventh.TABLE_LEAD) :]
        assert all(label in table for label in eleventh.TABLE_LABELS)
        for label in (*eleventh.TABLE_LABELS, eleventh.BLANK, eleventh.TABLE_LEAD, "N/A"):
            assert label not in personal
        values = [v for v in personal.split("\n\n") if v in table]
        if row["name"] not in eleventh.ANONYMOUS_NAMES and row["name"] in table:
            assert row["name"] in values
        styles["one line" if "   Address:" in table else "lines"] += 1
        styles["inside"] += "__" + (values[0] if values else "\0") in table
        styles["blank"] += eleventh.BLANK in table
    assert styles["one line"] >= 3 and styles["inside"] >= 3 and styles["blank"] >= 10


def _signature_format(signature: str, name: str, hoods: tuple[str, ...]) -> str:
    """The signature with the signer's name and neighbourhood, in any case, taken out."""
    marks = [(n, "NAME") for n in (name, "Anonymous") if n] + [(h, "HOOD") for h in hoods]
    shape = signature
    for text, mark in sorted(marks, key=lambda pair: len(pair[0]), reverse=True):
        for variant in (text, text.upper(), text.lower()):
            shape = shape.replace(variant, mark)
    return shape.strip()


def test_petition_signatures_vary_and_are_not_personal(
    eleventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    formats = set()
    for row in members(rows, "canopy-petition"):
        body, personal = row["body"], row["truth"]["personal"]
        assert body.startswith(eleventh.PETITION)
        signature = body.removeprefix(eleventh.PETITION).split(personal)[0] if personal else body
        tail = signature.removeprefix(eleventh.PETITION).replace(eleventh.REASON_LABEL, "")
        formats.add(_signature_format(tail, row["name"], eleventh.HOODS))
        assert eleventh.REASON_LABEL not in personal
        if personal:
            assert row["name"].lower() not in personal.lower()
            assert body.endswith(personal)
    assert len(formats) == len(eleventh.SIGNATURES) >= 6
    assert sum(bool(r["truth"]["personal"]) for r in members(rows, "canopy-petition")) >= 15


def _known_text(eleventh: ModuleType) -> list[str]:
    """Every piece of a body that is not a sender's own words, longest first."""
    pieces = [
        *eleventh.template_sentences(),
        eleventh.SECTION,
        eleventh.PETITION,
        *eleventh.GREETINGS,
        *eleventh.SIGN_OFFS,
        eleventh.PDF_HEADER,
        eleventh.PDF_FOOTER,
        eleventh.TABLE_LEAD,
        *eleventh.TABLE_LABELS,
        eleventh.REASON_LABEL,
        "Member, Municipal Workers Local 1187",
        "In solidarity,",
        "Signed:",
        "A Port Ellery resident",
        "N/A",
        "not sure",
    ]
    return sorted({flat(p) for p in pieces}, key=len, reverse=True)


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORDS.findall(text)}


def test_personal_truth_is_the_senders_words_and_all_of_them(
    eleventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    template = eleventh.template_sentences()
    known = _known_text(eleventh)
    with_personal = 0
    for row in rows:
        truth = row["truth"]
        if truth["campaign"] is None:
            continue
        personal = truth["personal"]
        for paragraph in filter(None, personal.split("\n\n")):
            assert paragraph in row["body"]
        assert not any(s in flat(personal) for s in template)
        assert not any(g in personal for g in (*eleventh.GREETINGS, *eleventh.SIGN_OFFS))
        with_personal += bool(personal)
        if _slipped(eleventh, row["body"]):
            continue
        rest = _unbroken(row["body"])
        for piece in known:
            rest = rest.replace(piece, " ")
        signer = _words(f"{row['name']} {' '.join(eleventh.HOODS)} anonymous")
        added = _words(rest) - signer - _words(eleventh.BLANK)
        assert added <= _words(personal), (row["body"], added - _words(personal))
        assert bool(added) == bool(personal) or not _words(personal) - signer
    assert with_personal >= 100


def test_residents_write_their_own_words_quote_slogans_and_answer_each_other(
    eleventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    residents = resident_comments(rows)
    slogans = {s.lower().rstrip(".") for s in eleventh.SLOGANS}
    template = {s for s in eleventh.template_sentences() if s.lower().rstrip(".") not in slogans}
    assert not any(s in flat(r["body"]) for r in residents for s in template)
    quoting = [r for r in residents if any(s in r["body"].lower() for s in slogans)]
    assert len(quoting) >= 8
    assert len({s for r in quoting for s in slogans if s in r["body"].lower()}) == 5
    assert_replies_follow(rows, residents, eleventh.REPLY_MARKS, at_least=5)
    assert sum(len(r["body"].split()) <= 4 for r in residents) >= 6
    assert sum(len(r["body"].split()) >= 40 for r in residents) >= 5


def test_resubmissions_come_minutes_later_from_the_same_sender(
    eleventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    assert eleventh.RESUBMISSIONS == 6
    assert_resubmissions_by_their_sender(
        rows, eleventh.ANONYMOUS_NAMES, eleventh.RESUBMISSIONS, within=5
    )


def test_anonymous_senders_are_many_distinct_people(
    eleventh: ModuleType, rows: list[dict[str, Any]]
) -> None:
    assert_anonymous_are_distinct_people(
        rows,
        eleventh.ANONYMOUS_NAMES,
        at_least=60,
        names={"Anonymous", "", "A concerned resident", "N/A"},
        campaigns_at_least=6,
    )


def test_contact_data_is_fictional(rows: list[dict[str, Any]]) -> None:
    assert_contacts_fictional(rows)


def test_registered_in_the_benchmark(rows: list[dict[str, Any]]) -> None:
    assert_registered("generated-eleventh", rows, resubmissions=6)
