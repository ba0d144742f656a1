"""personal_text and representative_text on the seed campaign."""

from __future__ import annotations

from pathlib import Path

from intake.text.template import personal_text, representative_text, template_segments

SEED = (
    Path(__file__).parents[1] / "fixtures" / "labelling" / "seeds" / "ecomments-item-2026-00837.txt"
)
EXPORT = SEED.read_text("utf-8").splitlines()


def lines(first: int, last: int) -> str:
    return "\n".join(EXPORT[first - 1 : last])


TEMPLATE = lines(10, 14)
CLOSER = EXPORT[15]
MEMBERS = [lines(10, 16), lines(17, 22), lines(28, 34), lines(48, 53), lines(79, 85)]
TEMPLATE_SET = template_segments(MEMBERS)
PERSONAL = EXPORT[32]  # "I am a lifelong resident of Sacramento..."


def test_personal_paragraph_after_the_template_is_returned_verbatim() -> None:
    assert personal_text(lines(28, 34), TEMPLATE_SET) == PERSONAL


def test_personal_paragraph_before_the_template_is_returned_verbatim() -> None:
    body = PERSONAL + "\n\n" + TEMPLATE + "\n" + CLOSER
    assert personal_text(body, TEMPLATE_SET) == PERSONAL


def test_plain_copy_has_no_personal_text() -> None:
    assert personal_text(lines(17, 22), TEMPLATE_SET) is None


def test_light_edits_still_count_as_template() -> None:
    edited = lines(73, 77)  # "terrorizing our community", "Moving forward"
    assert personal_text(edited, TEMPLATE_SET) is None


def test_salutation_and_signature_are_not_personal() -> None:
    body = f"Dear City Council,\n\n{TEMPLATE}\n\nSincerely,\nMaria Lopez\n- M. Lopez, 95818"
    assert personal_text(body, TEMPLATE_SET) is None
    with_own = f"Dear City Council,\n{PERSONAL}\n{TEMPLATE}\nBest,\nMaria Lopez"
    assert personal_text(with_own, TEMPLATE_SET) == PERSONAL


def test_paragraphs_keep_their_breaks() -> None:
    body = f"First thought of mine here.\n\n{TEMPLATE}\n\nSecond thought of mine. And a third one."
    assert personal_text(body, TEMPLATE_SET) == (
        "First thought of mine here.\n\nSecond thought of mine. And a third one."
    )


def test_representative_text_is_the_shared_template_in_order() -> None:
    text = representative_text(MEMBERS)
    assert text.splitlines() == [*TEMPLATE.splitlines(), CLOSER]


def test_representative_text_of_two_members_is_their_common_part() -> None:
    assert representative_text([lines(10, 16), lines(28, 34)]).splitlines() == [
        *TEMPLATE.splitlines(),
        CLOSER,
    ]


def test_representative_text_never_leaks_a_person() -> None:
    members = [
        f"Dear Council,\n{PERSONAL}\n{TEMPLATE}\nSincerely,\nMaria Lopez",
        f"Hello,\n{TEMPLATE}\nMy dog and I walk past City Hall every day.\nBest,\nJ. Smith",
        f"{TEMPLATE}\nRespectfully, Omar Haddad",
    ]
    text = representative_text(members)
    for leak in ("Maria", "Lopez", "Smith", "Omar", "lifelong", "dog", "Dear", "Sincerely"):
        assert leak not in text
    assert text.splitlines() == TEMPLATE.splitlines()


def test_representative_text_needs_two_members() -> None:
    assert representative_text([lines(28, 34)]) == ""
