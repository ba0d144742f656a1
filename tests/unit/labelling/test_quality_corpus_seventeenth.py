"""The shape of ``benchmarks/quality_corpus_seventeenth.py`` (issue 14 item 7): deterministic for
its seed, registered in ``labelling_quality.py``, truth on every row, the campaigns its docstring
promises (a two-sentence copy sent many times identical or one word changed; one letter signed by
a household or a block of neighbours; three or four of eight talking points in any order under the
sender's own introduction; one letter in English and machine-translated into Spanish and Korean
as one campaign; a letter reworded sentence by sentence by an AI assistant, its figures kept; an
action e-mail forwarded and converted from HTML with quoted-printable leftovers), personal truth
that is in the body and holds no contact data, residents who share the campaigns' vocabulary but
not their sentences, resubmissions by their sender minutes apart, distinct anonymous senders and
fictional contacts. It checks the generator only, never the engine's labels on it: the corpus is
read once, blind, in session 23.
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

seventeenth, rows = corpus_fixtures("seventeenth")

PHONE = re.compile(r"555-01\d\d")
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def pieces(row: dict[str, Any]) -> list[str]:
    personal = row["truth"]["personal"] or ""
    return [p for p in personal.split("\n\n") if p]


def test_deterministic_and_registered(seventeenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_generates_deterministically(seventeenth, rows, 4421, "generated-seventeenth")
    assert_registered("generated-seventeenth", rows, resubmissions=6)


def test_truth_fields_and_campaigns(seventeenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_truth_fields(seventeenth, rows, 400, 450)
    assert campaign_sizes(rows) == Counter(
        {
            "meadow-short": 86,
            "transit-points": 64,
            "tenants-mt": 56,
            "water-html": 50,
            "housing-ai": 40,
            "meadow-signers": 30,
        }
    )
    assert campaign_sizes(rows, "heavy") == Counter(
        {
            "meadow-short": 3,
            "transit-points": 4,
            "tenants-mt": 3,
            "water-html": 3,
            "housing-ai": 3,
            "meadow-signers": 3,
        }
    )
    assert len(resident_comments(rows)) == 80
    assert sum(r["truth"]["spam"] for r in rows) == 12
    assert not any(r["truth"]["spam"] and r["truth"]["duplicate"] for r in rows)
    spam_text = " ".join(r["body"] for r in rows if r["truth"]["spam"])
    assert HANGUL.search(spam_text) and re.search(r"[а-я]", spam_text)
    assert re.search(r"[\u4e00-\u9fff]", spam_text) and "ệ" in spam_text


def test_personal_truth_is_in_the_body(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        for piece in pieces(row):
            assert flat(piece) in flat(row["body"]), row["body"]
        assert "⟦" not in row["body"] and "⟧" not in row["body"]
    copies = [r for r in rows if r["truth"]["campaign"] and not r["truth"]["duplicate"]]
    assert sum(bool(pieces(r)) for r in copies) >= 170
    assert sum(not pieces(r) for r in copies) >= 80  # many senders add nothing
    own = Counter(r["truth"]["personal"] for r in copies if r["truth"]["personal"])
    assert max(own.values()) == 1  # no two senders typed the same own words
    for row in copies:
        assert row["truth"]["tier"] == "core" or pieces(row)  # a heavy copy has its own text
        said = sentences(row["truth"]["personal"])
        assert len(set(said)) == len(said)  # nobody says an own sentence twice


def test_personal_text_holds_no_contact_data(rows: list[dict[str, Any]]) -> None:
    """A sender's e-mail stands in the body only in a forwarded e-mail's ``To:`` line, the name
    only in sign-offs and signer lists: never in the sender's own text."""
    for row in rows:
        personal = row["truth"]["personal"] or ""
        assert not PHONE.search(personal)
        assert "@" not in personal
        if row["email"]:
            for line in row["body"].splitlines():
                if row["email"] in line:
                    assert line.startswith("To: ") and row["truth"]["campaign"] == "water-html"
        if row["postal_code"]:
            assert row["postal_code"] not in personal
        if len(row["name"]) > 3:
            assert row["name"].casefold() not in personal.casefold()


def test_short_copies_identical_or_one_word_changed(
    seventeenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    copies = members(rows, "meadow-short")
    firsts = {s for s, _ in seventeenth.SHORT_FIRST}
    seconds = {s for s, _ in seventeenth.SHORT_SECOND}
    for row in copies:
        body = row["body"]
        assert any(s in body for s in firsts) and any(s in body for s in seconds)
        bare = flat(body)
        for piece in pieces(row):
            bare = bare.replace(flat(piece), "")
        if row["truth"]["tier"] == "core":
            assert len(bare.split()) <= 24  # one to three short sentences and a first name
    bodies = Counter(r["body"] for r in copies)
    assert bodies.most_common(1)[0][1] >= 8  # the same two sentences, sent again and again
    base = seventeenth.SHORT_SECOND[0][0].split()
    one_word = [
        s
        for s in seconds
        if len(s.split()) == len(base)
        and sum(a != b for a, b in zip(s.split(), base, strict=True)) == 1
    ]
    assert len(one_word) >= 3
    used = Counter(next(s for s in seconds if s in r["body"]) for r in copies)
    assert len(used) >= 6
    assert sum(not r["email"] for r in copies) >= 20  # the web form's anonymous senders
    places = Counter(
        "before"
        if r["body"].startswith(pieces(r)[0])
        else "after"
        if flat(r["body"]).rstrip().endswith(flat(pieces(r)[-1]))
        else "inside"
        for r in copies
        if pieces(r)
    )
    assert places["before"] >= 2 and places["after"] >= 10 and places["inside"] >= 2


def test_signed_by_households_and_blocks(
    seventeenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    letters = members(rows, "meadow-signers")
    opening, _, third, closing = seventeenth.SIGNERS_LETTER
    styles: Counter[str] = Counter()
    for row in letters:
        body = row["body"]
        assert opening in body and closing in body and third.split(". ")[0] in body
        tail = body.split(closing, 1)[1]
        first, last = row["name"].split(" ", 1)
        assert row["name"] in tail or (first in tail and f"The {last} family" in tail)
        signers = [n for n in re.findall(r"[A-Z][\w-]+ [A-Z][\w'-]+", tail) if "Street" not in n]
        signers = [n for n in signers if n.split()[0] in seventeenth.FIRST]
        family = re.match(r"\s*The (\S+) family \(([^)]*)\)", tail)
        count = len(re.split(r", | and ", family.group(2))) if family else len(signers)
        assert count >= 2, tail  # one comment, several people
        styles[tail.strip().split("\n")[0].split(" ")[0]] += 1
        for piece in pieces(row):
            assert piece not in tail
    assert len(styles) >= 4
    assert sum("Contact for this letter:" in r["body"] for r in letters) >= 3


def test_talking_points_picked_and_reordered(
    seventeenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    letters = members(rows, "transit-points")
    picks = []
    for row in letters:
        chosen = [i for i, p in enumerate(seventeenth.POINTS) if p in row["body"]]
        order = sorted(chosen, key=lambda i: row["body"].index(seventeenth.POINTS[i]))
        if row["truth"]["tier"] == "heavy":
            assert len(chosen) == 2 and seventeenth.POINTS_OPENER in row["body"]
            assert seventeenth.POINTS_CLOSING in row["body"]
            continue
        assert len(chosen) in (3, 4)
        picks.append(tuple(order))
        for piece in pieces(row):
            assert not any(p in piece for p in seventeenth.POINTS)
    assert sum(list(p) != sorted(p) for p in picks) >= 30  # pasted in any order
    assert len(set(picks)) >= len(picks) - 3
    disjoint = sum(1 for i, a in enumerate(picks) for b in picks[i + 1 :] if not set(a) & set(b))
    assert disjoint >= 10  # two members may share no point at all
    own_intro = [
        r
        for r in letters
        if r["truth"]["tier"] == "core" and pieces(r) and seventeenth.POINTS_OPENER not in r["body"]
    ]
    assert len(own_intro) >= 25
    marks = Counter(
        "hash"
        if "\n#" in r["body"] or r["body"].startswith("#")
        else "bullet"
        if "• " in r["body"] or "\n- " in r["body"]
        else "numbered"
        if re.search(r"^\d[.)] ", r["body"], re.M)
        else "plain"
        for r in letters
    )
    assert len(marks) == 4 and min(marks.values()) >= 4
    remarks = [p for r in letters for p in pieces(r) if p in seventeenth.TRANSIT_REMARKS]
    for row in letters:  # a remark stands on a point's line, after it
        for piece in pieces(row):
            if piece in seventeenth.TRANSIT_REMARKS:
                line = next(ln for ln in row["body"].splitlines() if piece in ln)
                assert any(p in line for p in seventeenth.POINTS)
    assert len(remarks) >= 8


def test_one_letter_in_three_languages(seventeenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    letters = members(rows, "tenants-mt")
    langs: Counter[str] = Counter()
    for row in letters:
        body = row["body"]
        if HANGUL.search(body.split("\n\n")[0] + body):
            versions = [seventeenth.TENANTS_KO]
        else:
            versions = [
                seventeenth.TENANTS_EN,
                seventeenth.TENANTS_ES_GOOGLE,
                seventeenth.TENANTS_ES_DEEPL,
            ]
        kept = max(sum(s in body for s in v) for v in versions)
        assert kept == (5 if row["truth"]["tier"] == "core" else 3)
        lang = (
            "ko"
            if seventeenth.TENANTS_KO[4] in body
            else "es"
            if any(
                s in body for s in (*seventeenth.TENANTS_ES_GOOGLE, *seventeenth.TENANTS_ES_DEEPL)
            )
            else "en"
        )
        langs[lang] += 1
        for piece in pieces(row):  # own lines are written in the copy's language
            if lang == "ko":
                assert HANGUL.search(piece)
            elif lang == "es":
                assert not HANGUL.search(piece) and not piece.startswith(("I ", "My "))
    assert langs == Counter({"en": 30, "es": 16, "ko": 10})
    text = "\n".join(r["body"] for r in letters)
    assert "Cataratas Tamsin" in text and "탐신 폭포" in text
    assert "[Su nombre]" in text and "Traducido del inglés" in text
    assert sum("Texto original" in r["body"] for r in letters) >= 2


def test_ai_rewrites_keep_figures_not_sentences(
    seventeenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    letters = members(rows, "housing-ai")
    counts: Counter[str] = Counter()
    tics = {
        *seventeenth.AI_PREAMBLES,
        *seventeenth.AI_SUBJECTS,
        *seventeenth.AI_GREETINGS,
        *seventeenth.AI_CLOSINGS,
        *seventeenth.AI_TRAILERS,
    }  # the assistant's own boilerplate recurs, as it does
    for row in letters:
        body = row["body"]
        for figure in ("Item 11", "$2.5 million housing trust fund"):
            assert figure in body
        if row["truth"]["tier"] == "core":
            assert "62 percent" in body and "$4,200" in body and "four" in body
        counts.update(
            s
            for s in sentences(body)
            if len(s.split()) >= 8 and not any(s in p for p in pieces(row)) and s not in tics
        )
    # every template sentence reworded: no long sentence stands in more than a few copies
    assert max(counts.values()) <= 6, counts.most_common(3)
    text = "\n".join(r["body"] for r in letters)
    assert "Subject:" in text and "[Your Name]" in text and "Sure! Here's" in text
    assert "Let me know" in text or "Feel free" in text or "Would you like" in text
    assert sum(bool(pieces(r)) for r in letters) >= 20


def test_html_mail_leftovers(seventeenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    letters = members(rows, "water-html")
    text = "\n".join(r["body"] for r in letters)
    for leftover in ("[image: ", "View in browser", "Unsubscribe", "=20", "=E2=80=99", "=\n"):
        assert leftover in text, leftover
    assert "---------- Forwarded message" in text and "Begin forwarded message:" in text
    assert "\nFrom: " in text and "\nSent: " in text
    flattened = sum("Year\nAverage monthly bill\n2026" in r["body"] for r in letters)
    assert flattened >= 15
    for row in letters:
        body = row["body"]
        assert "2031" in body
        if row["truth"]["tier"] == "heavy":
            assert seventeenth.WATER_LETTER[3] not in body.replace("=E2=80=99", "’")
        for piece in pieces(row):
            assert "[image:" not in piece and "Unsubscribe" not in piece
    noted = [r for r in letters if pieces(r)]
    assert len(noted) >= 25
    assert (
        sum("=20" in r["truth"]["personal"] or "=\n" in r["truth"]["personal"] for r in noted) >= 2
    )


def test_residents_share_vocabulary_not_sentences(
    seventeenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    residents = resident_comments(rows)
    templates = [
        *(s for s, _ in seventeenth.SHORT_SECOND),
        *seventeenth.SIGNERS_LETTER,
        seventeenth.POINTS_OPENER,
        *seventeenth.POINTS,
        seventeenth.POINTS_CLOSING,
        *seventeenth.TENANTS_EN,
        *seventeenth.TENANTS_ES_GOOGLE,
        *seventeenth.TENANTS_ES_DEEPL,
        *seventeenth.TENANTS_KO,
        *seventeenth.WATER_LETTER,
    ]
    template_sentences = {s for t in templates for s in sentences(t)}
    seen: Counter[str] = Counter()
    for row in residents:
        said = [s for s in sentences(row["body"]) if len(s.split()) >= 6]
        assert not any(s in template_sentences for s in said)
        seen.update(said)
    assert not seen or max(seen.values()) == 1  # residents do not copy each other either
    words: tuple[str, ...] = (
        "Larkin Meadow",
        "Hollis Park",
        "Corbin",
        "Route",
        "Alder Court",
        "Marlow Towers",
    )
    words += ("Fenwick", "Dorrance", "relocation", "no-fault", "exemption", "Quarry Creek")
    words += ("lifeline", "St. Brigid", "Wendt Court", "Ratepayers Alliance")
    assert sum(any(w in r["body"] for w in words) for r in residents) >= 20
    figures = ("$6.1 million", "$4,200", "1,300", "68 percent", "30-year", "four months")
    assert sum(any(w in r["body"] for w in figures) for r in residents) >= 4
    assert sum(len(r["body"].split()) <= 3 for r in residents) >= 8
    assert sum(len(r["body"].split()) >= 30 for r in residents) >= 8
    assert sum(bool(HANGUL.search(r["body"])) for r in residents) >= 3


def test_senders(seventeenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_resubmissions_by_their_sender(rows, seventeenth.ANONYMOUS_NAMES, 6, within=3)
    assert_anonymous_are_distinct_people(
        rows,
        seventeenth.ANONYMOUS_NAMES,
        at_least=35,
        names={"Anonymous", "", "anonymous", "Prefer not to say"},
        campaigns_at_least=5,
    )
    assert_contacts_fictional(rows)
