"""The shape of ``benchmarks/quality_corpus_fifteenth.py`` (issue 14 item 7): deterministic for
its seed, registered in ``labelling_quality.py``, truth on every row, the campaigns its docstring
promises (a call script arriving as automatic voicemail transcripts with speech-to-text slips;
pre-printed postcards scanned and OCR'd with per-card errors and transcribed handwritten notes; a
petition tool's numbered signatures delivered in batches; a myth/fact sheet quoting the
petition's sentences verbatim, a campaign apart; an SMS alert split into carrier parts, some out
of order or lost; a social-media thread pasted in four ways with engagement counts; a Tagalog-only
letter), personal truth that is in the body and holds no contact data, residents who share the
campaigns' vocabulary but not their sentences, resubmissions by their sender minutes apart,
distinct anonymous senders and fictional contacts. It checks the generator only, never the
engine's labels on it: the corpus is read once, blind, in session 21.
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

fifteenth, rows = corpus_fixtures("fifteenth")

PHONE = re.compile(r"555-01\d\d")


def pieces(row: dict[str, Any]) -> list[str]:
    personal = row["truth"]["personal"] or ""
    return [p for p in personal.split("\n\n") if p]


def test_deterministic_and_registered(fifteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_generates_deterministically(fifteenth, rows, 2701, "generated-fifteenth")
    assert_registered("generated-fifteenth", rows, resubmissions=6)


def test_truth_fields_and_campaigns(fifteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_truth_fields(fifteenth, rows, 400, 450)
    assert campaign_sizes(rows) == Counter(
        {
            "rentals-petition": 100,
            "ferry-voicemail": 48,
            "shelter-sms": 44,
            "ferry-postcards": 40,
            "rentals-mythfact": 36,
            "shelter-thread": 30,
            "corridor-tagalog": 20,
        }
    )
    assert campaign_sizes(rows, "heavy") == Counter(
        {
            "rentals-petition": 6,
            "ferry-voicemail": 4,
            "shelter-sms": 3,
            "ferry-postcards": 3,
            "rentals-mythfact": 3,
            "shelter-thread": 2,
            "corridor-tagalog": 1,
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
    own = Counter(r["truth"]["personal"] for r in copies if r["truth"]["personal"])
    assert max(own.values()) == 1  # no two senders typed the same own words
    for row in copies:  # a heavy copy always has its own paragraphs
        assert row["truth"]["tier"] == "core" or pieces(row)


def test_personal_text_holds_no_contact_data(rows: list[dict[str, Any]]) -> None:
    """A sender's name, e-mail, postal code and phone stand only in headers, signature lines and
    return addresses: never in the sender's own text."""
    for row in rows:
        personal = row["truth"]["personal"] or ""
        assert not PHONE.search(personal)
        assert "@" not in personal
        if row["email"]:
            assert row["email"] not in row["body"] or row["truth"]["spam"]
        if row["postal_code"]:
            assert row["postal_code"] not in personal
            for line in row["body"].splitlines():
                if row["postal_code"] in line:
                    assert line.endswith(f"Calder Reach {row['postal_code']}"), line
                    assert line.startswith(("[Return address:] ", "Signed: ")), line
        if len(row["name"]) > 3:
            assert row["name"].casefold() not in personal.casefold()


def test_voicemail_transcripts(fifteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    calls = members(rows, "ferry-voicemail")
    transcripts = [r["body"].split("\n\n")[1] for r in calls]
    assert all(r["body"].startswith("Voicemail transcription - ") for r in calls)
    assert all(r["body"].endswith("Accuracy may vary.)") for r in calls)
    raw = [t for t in transcripts if t == t.lower() and "." not in t]
    assert 10 <= len(raw) <= 38  # some raw, some auto-punctuated
    clean = [s.rstrip(".") for s in fifteenth.SCRIPT]
    slipped = [t for t in transcripts if not all(s.lower() in t.lower() for s in clean)]
    assert len(slipped) >= 25  # speech-to-text slips differ call by call
    assert len(set(transcripts)) == len(transcripts)
    assert sum("[inaudible]" in t for t in transcripts) >= 2
    assert sum(bool(re.search(r"\b(um|uh)\b", t)) for t in transcripts) >= 10
    assert sum("Private number" in r["body"] or "Caller: Unknown" in r["body"] for r in calls) >= 5
    for row, transcript in zip(calls, transcripts, strict=True):
        for piece in pieces(row):
            assert piece in transcript
            assert "[inaudible]" not in piece and "calder reach resident" not in piece.lower()


def test_postcards_scanned_with_ocr_errors(
    fifteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    cards = members(rows, "ferry-postcards")
    assert sum("mailroom batch 1 of 2" in r["body"] for r in cards) == 22
    assert sum("mailroom batch 2 of 2" in r["body"] for r in cards) == 18
    printed = [r["body"].split("Add a message")[0] for r in cards]
    assert len(set(printed)) == len(printed)  # every scan wrapped and garbled its own way
    clean = [flat(p) for p in fifteenth.CARD[1:3]]
    assert sum(not all(c in flat(p) for c in clean) for p in printed) >= 30
    noted = [r for r in cards if pieces(r)]
    assert len(noted) >= 20
    for row in noted:
        assert (
            f"[Handwritten, transcribed by clerk staff:]\n{row['truth']['personal']}\n"
            in (row["body"])
        )
    assert any("[illegible]" in r["truth"]["personal"] for r in noted)
    assert sum("[No handwritten message]" in r["body"] for r in cards) >= 8
    heavy = [r for r in cards if r["truth"]["tier"] == "heavy"]
    assert all("crossed out" in r["body"] for r in heavy)


def test_petition_signatures_in_batches(fifteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    signed = members(rows, "rentals-petition")
    numbers = [int(r["body"].split("#")[1].split("]")[0].replace(",", "")) for r in signed]
    assert numbers == sorted(numbers) and len(set(numbers)) == 100
    assert numbers[0] == fifteenth.PETITION_FIRST_NUMBER
    assert all(r["body"].startswith("[Petition signature #") for r in signed)
    assert all("Delivered by PetitionPress on behalf of" in r["body"] for r in signed)
    assert len({r["body"].splitlines()[-1] for r in signed}) == 100  # a link per copy
    runs, run, previous = [], 0, None
    for row in rows:
        if row["truth"]["campaign"] == "rentals-petition":
            run += 1
        elif previous == "rentals-petition":
            runs.append(run)
            run = 0
        previous = row["truth"]["campaign"]
    assert sum(n >= 6 for n in runs) >= 5  # delivered in batches
    statement = " ".join(fifteenth.PETITION)
    for row in signed:
        if row["truth"]["tier"] == "core":
            assert statement in row["body"]
        reason = re.search(r"^Reason for signing: (.+)$", row["body"], re.M)
        if reason:
            assert reason.group(1) in pieces(row)
    assert sum("Reason for signing: " in r["body"] for r in signed) >= 40


def test_myth_fact_quotes_the_petition(fifteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    sheets = members(rows, "rentals-mythfact")
    quoted = fifteenth.PETITION[1:4]
    for row in sheets:
        wanted = quoted[:1] if row["truth"]["tier"] == "heavy" else quoted
        assert all(s in row["body"] for s in wanted)
        for piece in pieces(row):
            assert not any(s in piece for s in quoted)
    labels = {mark for mark, _ in fifteenth.LABELS}
    assert {m for m in labels if any(m in r["body"] for r in sheets)} == labels
    assert any("“" in r["body"] for r in sheets) and any('"' in r["body"] for r in sheets)
    assert sum(r["body"].count("\nIn my case") for r in sheets) >= 2  # an own line under a FACT
    signed = members(rows, "rentals-petition")
    assert all(all(s in r["body"] for s in quoted) for r in signed if r["truth"]["tier"] == "core")


def test_sms_split_into_parts(fifteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    texts = members(rows, "shelter-sms")
    assert all(r["name"] in fifteenth.ANONYMOUS_NAMES and not r["email"] for r in texts)
    assert all(f"({fifteenth.COMMENT_LINE})\nFrom: 555-01" in r["body"] for r in texts)
    phones = [r["body"].split("From: ")[1][:8] for r in texts]
    assert len(set(phones)) == len(phones)
    styles = {
        "paren": re.compile(r"^\(1/\d\) ", re.M),
        "slash": re.compile(r"^1/\d ", re.M),
        "bracket": re.compile(r"^\[1 of \d\] ", re.M),
    }
    for style in styles.values():
        assert sum(bool(style.search(r["body"])) for r in texts) >= 3
    joined = [r for r in texts if not any(s.search(r["body"]) for s in styles.values())]
    assert len(joined) >= 3
    assert any("not received]" in r["body"] for r in texts)
    out_of_order = re.compile(r"^[(\[]?2(/| of )\d.*\n[(\[]?1(/| of )", re.M)
    assert any(out_of_order.search(r["body"]) for r in texts)
    assert sum(len(pieces(r)) >= 2 for r in texts) >= 2  # own words cut by a part boundary


def test_thread_pasted_four_ways(fifteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    pasted = members(rows, "shelter-thread")
    assert sum("Unrolled with Spooler" in r["body"] for r in pasted) >= 3
    counted = [r for r in pasted if "💬 " in r["body"]]
    assert len(counted) >= 6
    counts = [line for r in counted for line in r["body"].splitlines() if line.startswith("💬")]
    assert len(set(counts)) >= len(counts) - 3  # counts grew through the day
    assert (
        sum(
            " 1/5 " in r["body"] and "\n\n" not in r["body"].split(" 1/5 ")[1][:300] for r in pasted
        )
        >= 1
    )
    for row in pasted:
        assert fifteenth.THREAD[4].split(" @")[0] in row["body"]
        for piece in pieces(row):
            assert "#CalderReachCares" not in piece and "💬" not in piece
    assert sum(bool(pieces(r)) for r in pasted) >= 12


def test_tagalog_letter(fifteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    letters = members(rows, "corridor-tagalog")
    assert all(fifteenth.TAGALOG[0] in r["body"] for r in letters)
    core = [r for r in letters if r["truth"]["tier"] == "core"]
    assert all(all(s in r["body"] for s in fifteenth.TAGALOG) for r in core)
    bare = [r for r in core if not pieces(r)]
    assert len({r["body"].split("\n\n")[0] for r in bare}) >= 3  # only the greeting changed
    assert not any("Dear " in r["body"] or "Council," in r["body"] for r in letters)


def test_residents_share_vocabulary_not_sentences(
    fifteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    residents = resident_comments(rows)
    templates = [
        *fifteenth.SCRIPT,
        *fifteenth.CARD,
        *fifteenth.PETITION,
        fifteenth.MYTH_INTRO,
        *(fact for _, fact in fifteenth.MYTHS),
        fifteenth.MYTH_CLOSE,
        fifteenth.SMS_TEXT,
        *fifteenth.THREAD,
        *fifteenth.TAGALOG,
    ]
    template_sentences = {s for t in templates for s in sentences(t)}
    for row in residents:
        assert not any(
            s in template_sentences for s in sentences(row["body"]) if len(s.split()) >= 6
        )
    words = ("Saltmarsh", "Bayside", "1,100", "420", "300", "Pell", "Harbor Road", "Dunmore")
    assert sum(any(w in r["body"] for w in words) for r in residents) >= 12
    names = ("ferry", "Corliss", "Westbluff", "Cannery", "Kelp", "Osprey", "lodging tax")
    assert sum(any(w in r["body"] for w in words + names) for r in residents) >= 35
    assert sum(len(r["body"].split()) <= 2 for r in residents) >= 8
    assert sum(len(r["body"].split()) >= 40 for r in residents) >= 5


def test_senders(fifteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_resubmissions_by_their_sender(rows, fifteenth.ANONYMOUS_NAMES, 6, within=3)
    assert_anonymous_are_distinct_people(
        rows,
        fifteenth.ANONYMOUS_NAMES,
        at_least=60,
        names={"Anonymous", "", "SMS comment", "Text message", "Unknown caller"},
        campaigns_at_least=5,
    )
    assert_contacts_fictional(rows)
