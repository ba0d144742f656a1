"""Properties of the matching form: idempotent, total, linear, blind to disguises."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.text.fingerprint import Fingerprinter
from intake.text.normalize import Role, as_displayed, matching_text, normalize, segments
from intake.text.reference import ReferenceLabeller
from tests.unit.text.fixture_corpus import load

ANY_TEXT = st.text(alphabet=st.characters(codec=None, categories=None), max_size=300)
FP = Fingerprinter()
TEMPLATE = next(
    r["body"]
    for r in load()
    if r["truth"]["campaign"] == "ice-sanctuary"
    and r["body"].startswith("The City council must")
    and "\u200b" not in r["body"]
)
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
LOOKALIKES = {
    "a": "\u0430",
    "e": "\u0435",
    "o": "\u043e",
    "c": "\u0441",
    "p": "\u0440",
    "C": "\u0421",
    "E": "\u0415",
    "I": "\u0406",
    "O": "\u039f",
    "T": "\u03a4",
}


@given(ANY_TEXT)
@settings(max_examples=400)
def test_normalize_is_idempotent_and_total(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(ANY_TEXT)
@settings(max_examples=200)
def test_segments_and_fingerprint_never_raise(text: str) -> None:
    read = as_displayed(text)  # spans index the text as read (markup and mojibake undone)
    for seg in segments(text):
        assert read[seg.start : seg.end] == seg.text
    assert as_displayed(read) == read
    FP.fingerprint(text)


def _seconds(fn: Callable[[str], object], arg: str) -> float:
    start = time.thread_time()
    fn(arg)
    return time.thread_time() - start


def test_hostile_inputs_take_bounded_time() -> None:
    hostile = [
        "a" * 20_000,
        "\u0430" * 20_000,
        "e" + "\u0301\u0316\u0359" * 7_000,
        "\u202e" * 5_000 + "text",
        "\x00" * 20_000,
        "\ud800" * 10_000,
        ". " * 10_000,
        "\u4e00" * 20_000,
    ]
    for text in hostile:
        assert _seconds(normalize, text) < 0.5
        assert _seconds(FP.fingerprint, text) < 2.0


SEEDS = st.integers(min_value=0, max_value=2**32)


@given(st.lists(st.sampled_from(ZERO_WIDTH), min_size=1, max_size=40), SEEDS)
def test_zero_width_characters_change_nothing(marks: list[str], seed: int) -> None:
    rng = random.Random(seed)
    chars = list(TEMPLATE)
    for mark in marks:
        chars.insert(rng.randrange(len(chars)), mark)
    assert FP.fingerprint("".join(chars)).exact_hash == FP.fingerprint(TEMPLATE).exact_hash


@given(SEEDS)
def test_lookalike_letters_change_nothing(seed: int) -> None:
    rng = random.Random(seed)
    disguised = "".join(LOOKALIKES.get(c, c) if rng.random() < 0.4 else c for c in TEMPLATE)
    assert matching_text(disguised) == matching_text(TEMPLATE)


@given(SEEDS)
def test_case_and_whitespace_change_nothing(seed: int) -> None:
    rng = random.Random(seed)
    out = []
    for ch in TEMPLATE:
        if ch == " ":
            out.append(rng.choice([" ", "  ", "\t", " \u00a0"]))
        elif ch == "\n":
            out.append(rng.choice(["\n", "\r\n", "\n\n", "\n \n"]))
        else:
            out.append(ch.upper() if rng.random() < 0.3 else ch)
    varied = "".join(out).replace("\u2019", "'")
    assert FP.fingerprint(varied).exact_hash == FP.fingerprint(TEMPLATE).exact_hash


def test_label_is_unchanged_by_disguises() -> None:
    """A disguised copy lands in the same campaign as the plain ones."""
    labeller = ReferenceLabeller()
    for i in range(3):
        labeller.add(i, TEMPLATE, f"person{i}")
    plain = labeller.labels[0].campaign_id
    disguised = [
        "".join(c + "\u200b" if i % 7 == 0 else c for i, c in enumerate(TEMPLATE)),
        "".join(LOOKALIKES.get(c, c) for c in TEMPLATE),
        TEMPLATE.upper().replace(" ", "   ").replace("\n", "\r\n\r\n"),
        "Dear Council,\n\n" + TEMPLATE + "\n\nSincerely,\nMaria Lopez\n95818",
    ]
    for n, body in enumerate(disguised, start=10):
        decision = labeller.add(n, body, f"person{n}")
        assert decision.kind == "form_letter"
        assert decision.campaign_id == plain


def test_roles() -> None:
    body = (
        "Hello Chair Maple and Committee Members Dickinson, Pluckebaum, and Jennings,\n"
        "Please pass the ordinance.\nThank you for your time and consideration.\n"
        "Respectfully, Jane Doe\n- J. Smith, 95818"
    )
    roles = [seg.role for seg in segments(body)]
    assert roles == [Role.SALUTATION, Role.CONTENT, Role.CLOSING, Role.CLOSING, Role.SIGNATURE]
    assert matching_text(body) == "please pass the ordinance"
    assert [s.role for s in segments("Support.")] == [Role.CONTENT]
    assert [s.role for s in segments("I oppose this.\nMaria Lopez")] == [
        Role.CONTENT,
        Role.SIGNATURE,
    ]
    assert segments("Dear City Council,\nBest,\nMaria")[0].role is Role.SALUTATION


@pytest.mark.parametrize(
    "greeting",
    [
        "Councilmember Ortiz and colleagues,",
        "Council Members:",
        "Commissioners,",
        "Supervisor Lee,",
    ],
)
def test_a_greeting_to_council_members_is_a_salutation(greeting: str) -> None:
    """A letter opening on its addressees ("Councilmember Ortiz and colleagues,") opens with a
    salutation, not with words of its own: neither template nor personal text."""
    roles = [s.role for s in segments(f"{greeting}\n\nPlease pass the ordinance this month.")]
    assert roles == [Role.SALUTATION, Role.CONTENT]
    assert segments("Councilmembers should fund the lanes.")[0].role is Role.CONTENT


@pytest.mark.parametrize(
    "sign_off",
    [
        "Sent from my iPhone",
        "Sent from my Samsung Galaxy smartphone.",
        "Sent from my Android phone",
        "Sent from Mail for Windows",
        "Sent from Outlook",
        "Get Outlook for iOS",
        "Sent from Yahoo Mail on Android",
        "Enviado desde mi iPhone",
        "Envoy\u00e9 de mon iPhone",
        "Von meinem iPhone gesendet",
        "-Marcus",
        "- Marcus",
        "\u2014 Joy (District 1)",
        "~ J. Smith (Elm St. neighbors)",
        "A concerned resident",
        "- a neighbor",
        "Your constituent",
        "A proud parent of District 4.",
    ],
)
def test_mail_programs_dashes_and_self_descriptions_sign_off(sign_off: str) -> None:
    """What a mail program appends, a name signed with a dash and a sender calling themselves "a
    concerned resident" close a letter: none is the sender's words, so none is content."""
    body = f"Please fund the crossing guards at every school.\n\n{sign_off}"
    assert [s.role for s in segments(body)] == [Role.CONTENT, Role.SIGNATURE]
    after_name = f"Please fund the crossing guards.\n\nThanks,\nMaria\n\n{sign_off}"
    assert segments(after_name)[-1].role is Role.SIGNATURE


def test_a_mail_programs_line_ends_a_paragraph_too() -> None:
    body = "Please fund the crossing guards at every school. Sent from my iPhone"
    assert [s.role for s in segments(body)] == [Role.CONTENT, Role.SIGNATURE]


@pytest.mark.parametrize(
    "line",
    [
        "- we need more crossing guards, not fewer",
        "\u2014 and the buses are late every single day",
        "- Please vote no on the fee",
        "Sent from my heart to yours",
        "Sent my kids to that school for ten years",
        "A concerned resident wrote this before me and I agree.",
        "Marcus Garvey Park needs more trees.",
        "Your constituents are watching this vote closely",
    ],
)
def test_a_residents_last_line_is_not_a_sign_off(line: str) -> None:
    """A last line that begins with a dash, mentions a phone or starts like a self-description
    but says something is the sender's own content."""
    body = f"Please fund the crossing guards at every school.\n\n{line}"
    assert [s.role for s in segments(body)] == [Role.CONTENT, Role.CONTENT]


@pytest.mark.parametrize(
    "greeting", ["Council members -", "Councilmembers \u2014", "Commissioners -"]
)
def test_a_greeting_may_end_in_a_dash(greeting: str) -> None:
    roles = [s.role for s in segments(f"{greeting}\n\nPlease pass the ordinance this month.")]
    assert roles == [Role.SALUTATION, Role.CONTENT]
    inline = segments(f"{greeting} please pass the ordinance this month.")
    assert [s.role for s in inline] == [Role.CONTENT]


def test_normalize_examples() -> None:
    assert normalize("The \u0421ity council \u2014 stand up to \u0406C\u0415!") == (
        "the city council stand up to ice"
    )
    assert normalize("It\u2019s  \u201cvery\u201d\u200b important") == "its very important"
    assert normalize("Acci\u00f3n \ufb01ne") == "accion fine"
    assert normalize("o=in") == "o in"
