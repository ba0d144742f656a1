"""The shape of ``benchmarks/quality_corpus_sixteenth.py`` (issue 14 item 7): deterministic for
its seed, registered in ``labelling_quality.py``, truth on every row, the campaigns its docstring
promises (an advocacy tool rotating three openings and three closings around a fixed core; own
asides inside a letter's sentences; a Spanish-and-Vietnamese letter carrying both translations,
as blocks or as a two-column flyer; a union's e-mail forwarded by stewards and sent on as a
three-level reply chain; fill-in slots mid-sentence; markdown pasted raw, rendered or escaped,
with struck sentences replaced; a letter inside the city's own comment form, whose frame every
comment on that item shares), personal truth that is in the body and holds no contact data,
residents who share the campaigns' vocabulary but not their sentences, resubmissions by their
sender minutes apart, distinct anonymous senders and fictional contacts. It checks the generator
only, never the engine's labels on it: the corpus is read once, blind, in session 22.
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

sixteenth, rows = corpus_fixtures("sixteenth")

PHONE = re.compile(r"555-01\d\d")
FORM_LABELS = ("Agenda item: ", "Position: ", "I am a: ", "Comment:", "How does this item affect")


def pieces(row: dict[str, Any]) -> list[str]:
    personal = row["truth"]["personal"] or ""
    return [p for p in personal.split("\n\n") if p]


def unquoted(body: str) -> str:
    """A mail body with its ``>`` quote marks taken off every line, flattened."""
    return flat("\n".join(re.sub(r"^(>\s?)+", "", line) for line in body.splitlines()))


def test_deterministic_and_registered(sixteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_generates_deterministically(sixteenth, rows, 3307, "generated-sixteenth")
    assert_registered("generated-sixteenth", rows, resubmissions=6)


def test_truth_fields_and_campaigns(sixteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_truth_fields(sixteenth, rows, 400, 450)
    assert campaign_sizes(rows) == Counter(
        {
            "depot-rotator": 90,
            "schools-slots": 52,
            "library-chain": 44,
            "library-columns": 36,
            "market-form": 36,
            "depot-asides": 32,
            "schools-markdown": 30,
        }
    )
    assert campaign_sizes(rows, "heavy") == Counter(
        {
            "depot-rotator": 6,
            "schools-slots": 4,
            "library-chain": 4,
            "library-columns": 3,
            "market-form": 3,
            "depot-asides": 3,
            "schools-markdown": 3,
        }
    )
    assert len(resident_comments(rows)) == 90
    assert sum(r["truth"]["spam"] for r in rows) == 12
    assert not any(r["truth"]["spam"] and r["truth"]["duplicate"] for r in rows)


def test_personal_truth_is_in_the_body(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        for piece in pieces(row):
            assert flat(piece) in flat(row["body"]), row["body"]
        assert "⟦" not in row["body"] and "⟧" not in row["body"]
    copies = [r for r in rows if r["truth"]["campaign"] and not r["truth"]["duplicate"]]
    assert sum(bool(pieces(r)) for r in copies) >= 180
    assert sum(not pieces(r) for r in copies) >= 40  # some senders add nothing
    own = Counter(r["truth"]["personal"] for r in copies if r["truth"]["personal"])
    assert max(own.values()) == 1  # no two senders typed the same own words
    for row in copies:  # a heavy copy always has its own paragraphs
        assert row["truth"]["tier"] == "core" or pieces(row)
        assert len(set(sentences(row["truth"]["personal"]))) == len(
            sentences(row["truth"]["personal"])
        )  # nobody says an own sentence twice


def test_personal_text_holds_no_contact_data(rows: list[dict[str, Any]]) -> None:
    """A sender's name, e-mail and postal code stand only in sign-offs and the form's ZIP line:
    never in the sender's own text."""
    for row in rows:
        personal = row["truth"]["personal"] or ""
        assert not PHONE.search(personal)
        assert "@" not in personal
        if row["email"]:
            assert row["email"] not in row["body"]
        if row["postal_code"]:
            assert row["postal_code"] not in personal
            for line in row["body"].splitlines():
                if row["postal_code"] in line:
                    assert line == f"ZIP code: {row['postal_code']}", line
        if len(row["name"]) > 3:
            assert row["name"].casefold() not in personal.casefold()


def test_rotating_frame_around_a_fixed_core(
    sixteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    letters = members(rows, "depot-rotator")
    combos: Counter[tuple[int, int]] = Counter()
    for row in letters:
        body = row["body"]
        openings = [i for i, o in enumerate(sixteenth.OPENINGS) if o in body]
        closings = [i for i, c in enumerate(sixteenth.CLOSINGS) if c in body]
        assert len(openings) == 1
        assert sixteenth.ROTATOR_FOOTER in body
        if row["truth"]["tier"] == "heavy":
            assert sixteenth.CORE[1] in body and not closings
            assert sixteenth.CORE[0] not in body
            continue
        assert all(c in body for c in sixteenth.CORE) and len(closings) == 1
        combos[(openings[0], closings[0])] += 1
        for piece in pieces(row):
            assert not any(s in piece for s in sentences(" ".join(sixteenth.OPENINGS)))
    assert len(combos) == 9 and min(combos.values()) >= 3  # every frame, none dominant
    frame = {s for t in (*sixteenth.OPENINGS, *sixteenth.CLOSINGS) for s in sentences(t)}
    assert len(frame) >= 10  # the frame paragraphs share no sentence
    placed = Counter(
        "ps" if "P.S. " in r["body"] else "above" if r["body"].startswith(pieces(r)[0]) else "slot"
        for r in letters
        if r["truth"]["tier"] == "core" and pieces(r)
    )
    assert placed["slot"] >= 20 and placed["above"] >= 2 and placed["ps"] >= 2
    assert sum(r["truth"]["personal"].startswith("I have lived on") for r in letters) >= 3


def test_asides_inside_sentences(sixteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    letters = members(rows, "depot-asides")
    bare = " ".join(s.format(*[""] * 10) for s in sixteenth.ASIDE_LETTER)
    with_asides = 0
    for row in letters:
        if row["truth"]["tier"] == "heavy":
            continue
        body = flat(row["body"])
        for piece in pieces(row):
            assert piece in sixteenth.ASIDES
            body = re.sub(rf" (?:\(|— |-- ){re.escape(piece)}(?:\)| —| --)?", "", body, count=1)
        assert bare in body, row["body"]  # take the asides out and the letter is whole
        with_asides += bool(pieces(row))
        for piece in pieces(row):  # an aside never opens a line: it stands inside a sentence
            assert not any(line.startswith(piece) for line in row["body"].splitlines())
    assert with_asides >= 20
    text = "\n".join(r["body"] for r in letters)
    assert text.count(" (") >= 10 and text.count(" — ") >= 5 and text.count(" -- ") >= 3
    assert sum(len(pieces(r)) >= 2 for r in letters) >= 8


def test_two_translations_in_every_copy(sixteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    letters = members(rows, "library-columns")
    words = set(" ".join((*sixteenth.SPANISH, *sixteenth.VIETNAMESE)).split())
    mixed = 0
    for row in letters:
        body = row["body"]
        assert "Dear" not in body and "Council" not in body.replace("Concejo", "")
        if row["truth"]["tier"] == "heavy":
            assert (
                "\n\n".join(sixteenth.SPANISH) in body or "\n\n".join(sixteenth.VIETNAMESE) in body
            )
            continue
        assert words <= set(body.split())  # both languages, every word
        lines = body.splitlines()
        if any("Les pedimos" in line and "Chúng tôi" in line for line in lines):
            mixed += 1  # a flyer's two columns, one line holding both languages
        else:
            assert all(p in body for p in (*sixteenth.SPANISH, *sixteenth.VIETNAMESE))
    assert mixed >= 10
    column_widths = {
        r["body"].splitlines()[0].index("Kính")
        for r in letters
        if r["body"].splitlines()[0].startswith("Estimados") and "Kính" in r["body"].splitlines()[0]
    }
    assert len(column_widths) >= 4
    vietnamese = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
    langs = Counter(
        "vi" if vietnamese.search(p) else "es" if re.search(r"[áéíóúñ]", p) else "other"
        for r in letters
        for p in pieces(r)
    )
    assert langs["vi"] >= 5 and langs["es"] >= 5


def test_three_level_reply_chain(sixteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    chains = members(rows, "library-chain")
    notes: Counter[str] = Counter()
    for row in chains:
        body, text = row["body"], unquoted(row["body"])
        assert flat(sixteenth.UNION_LETTER[0]) in text
        assert "[Your name], [Your branch]" in text
        if row["truth"]["tier"] == "core":
            assert all(flat(p) in text for p in sixteenth.UNION_LETTER)
        else:
            assert flat(sixteenth.UNION_LETTER[1]) not in text
        first_header = min(i for i in (body.find(" wrote:"), body.find("_" * 32)) if i >= 0)
        for piece in pieces(row):  # the member's own lines stand on top of the chain
            assert body.find(piece) < first_header
            assert not any(s[3] in piece for s in sixteenth.STEWARDS)
        for steward in sixteenth.STEWARDS:
            if flat(steward[3]) in text:
                notes[steward[0]] += 1
    assert all(n >= 8 for n in notes.values()) and len(notes) == 3
    assert sum(notes.values()) <= len(chains) - 4  # some members cut the steward's layer
    text = "\n".join(r["body"] for r in chains)
    assert "\n> > " in text and "\n>> " in text and "\nFrom: " in text
    assert sum(len(pieces(r)) >= 2 for r in chains if r["truth"]["tier"] == "heavy") == 4


def test_slots_filled_mid_sentence(sixteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    letters = members(rows, "schools-slots")
    core = [r for r in letters if r["truth"]["tier"] == "core"]
    assert all(
        "I am the parent of a" in r["body"] and "from the school." in r["body"] for r in core
    )
    assert all(sixteenth.PARENT_LETTER[3] in r["body"] for r in letters)
    filled = [r for r in core if len(pieces(r)) >= 5]
    assert len(filled) >= 30
    values = {
        *(g for grades in sixteenth.GRADES_AT.values() for g in grades),
        *sixteenth.SCHOOLS,
        *sixteenth.SCHOOL_STREETS,
        *sixteenth.DISTANCES,
    }
    values |= {v for _, v, _ in sixteenth.YEARS}
    for row in core:
        slot_pieces = [p for p in pieces(row) if p in values]
        assert len(slot_pieces) >= 2
        for piece in slot_pieces:  # a slot's value stands inside a sentence, never on its own line
            assert not any(line.strip() == piece for line in row["body"].splitlines())
    prompts = sixteenth.SLOT_PROMPTS
    unfilled = [r for r in core if any(p in r["body"] for p in prompts.values())]
    assert 3 <= len(unfilled) <= 25
    for row in unfilled:
        assert not any(p in (row["truth"]["personal"] or "") for p in prompts.values())
    assert sum(prompts["story"] in r["body"] for r in core) >= 2
    assert len({p for r in core for p in pieces(r) if p in sixteenth.SCHOOLS}) >= 5


def test_markdown_raw_rendered_escaped_and_struck(
    sixteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    letters = members(rows, "schools-markdown")
    styles = Counter(
        "raw"
        if r["body"].startswith("### ")
        else "escaped"
        if r["body"].startswith("\\#\\#\\# ")
        else "plain"
        for r in letters
    )
    assert min(styles.values()) >= 4 and len(styles) == 3
    struck = [r for r in letters if "~~" in r["body"]]
    assert len(struck) >= 4
    for row in struck:
        (gone, typed), *more = [
            (g, t) for g, t in sixteenth.MD_REPLACEMENTS if f"~~{g}~~ {t}" in row["body"]
        ]
        assert not more and row["body"].count("~~") == 2
        assert typed in pieces(row) and gone not in (row["truth"]["personal"] or "")
    for row in letters:
        for piece in pieces(row):
            assert "**" not in piece and "\\" not in piece and "~~" not in piece
    assert any(sixteenth.MD_LINK in r["body"] and "](" not in r["body"] for r in letters)


def test_city_form_frames_every_market_comment(
    sixteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    market = [r for r in rows if r["item"] == "MARKET"]
    for row in market:
        assert row["body"].startswith(f"Agenda item: {sixteenth.TITLES['MARKET']}\nPosition: ")
        assert all(label in row["body"] for label in FORM_LABELS)
        for piece in pieces(row):
            assert not any(label.strip() in piece for label in FORM_LABELS)
    assert sum(r["truth"]["spam"] for r in market) == 3
    residents = [r for r in resident_comments(rows) if r["item"] == "MARKET"]
    assert len(residents) >= 15
    letters = members(rows, "market-form")
    for row in letters:
        if row["truth"]["tier"] == "core":
            assert all(s in row["body"] for s in sixteenth.VENDOR_LETTER)
        affect = row["body"].split("(optional):")[1].split("\n\nZIP code:")[0].strip()
        assert affect in pieces(row) or not affect
    assert sum(bool(pieces(r)) for r in letters) >= 20
    assert len({r["body"].split("\n")[1] for r in letters}) == 2  # a few chose "Other"


def test_residents_share_vocabulary_not_sentences(
    sixteenth: ModuleType, rows: list[dict[str, Any]]
) -> None:
    residents = resident_comments(rows)
    templates = [
        *sixteenth.OPENINGS,
        *sixteenth.CORE,
        *sixteenth.CLOSINGS,
        *(s.format(*[""] * 10) for s in sixteenth.ASIDE_LETTER),
        *sixteenth.SPANISH,
        *sixteenth.VIETNAMESE,
        *sixteenth.UNION_LETTER,
        sixteenth.UNION_INSTRUCTIONS,
        *(s[3] for s in sixteenth.STEWARDS),
        *sixteenth.PARENT_LETTER[3:],
        *sixteenth.MD_BULLETS,
        *sixteenth.VENDOR_LETTER,
    ]
    template_sentences = {s for t in templates for s in sentences(t)}
    for row in residents:
        assert not any(
            s in template_sentences for s in sentences(row["body"]) if len(s.split()) >= 6
        )
    words: tuple[str, ...] = (
        "Oxbow",
        "Hardesty",
        "Cobb Creek",
        "Millrace",
        "Fairhollow",
        "Linden Street",
    )
    words += ("Civic Plaza", "Greaves", "Tillman", "Dunlin Square")
    assert sum(any(w in r["body"] for w in words) for r in residents) >= 35
    figures = ("4:30", "2019", "6 percent", "Eleven", "Plover", "Wick Avenue", "Kessel Yards")
    assert sum(any(w in r["body"] for w in figures) for r in residents) >= 10
    unframed = [r for r in residents if r["item"] != "MARKET"]
    assert sum(len(r["body"].split()) <= 2 for r in unframed) >= 8
    assert sum(len(r["body"].split()) >= 40 for r in unframed) >= 4


def test_senders(sixteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_resubmissions_by_their_sender(rows, sixteenth.ANONYMOUS_NAMES, 6, within=3)
    assert_anonymous_are_distinct_people(
        rows,
        sixteenth.ANONYMOUS_NAMES,
        at_least=35,
        names={"Anonymous", "", "anonymous", "Prefer not to say"},
        campaigns_at_least=6,
    )
    assert_contacts_fictional(rows)
