"""A web form's printed fields around a comment (session 22, issue 14 items 2 and 4).

A city's comment form, or a campaign tool, can hand over each comment wrapped in its labels and
the sender's choices ("Agenda item: ...", "Position: Support", "Comment:", "ZIP code: ...").
A label and the sender's choice in a word or three are the form's: neither a campaign's words
nor the sender's, so they get the `form` role, leave the matching text and never count as
personal text. A longer value (the item's title) is text and stays content. One or two labelled
lines are a letter's own ("Re: Item 12", "Name: Ana Ruiz") and stay as they were.
"""

from __future__ import annotations

from intake.text.normalize import Role, matching_text, segments
from intake.text.template import personal_text

FORM = (
    "Agenda item: 12. Closing Alder Street to through traffic at the school\n"
    "Position: Support\n"
    "I am a: Parent\n"
    "Comment:\n"
    "{comment}\n\n"
    "How does this item affect you? (optional):\n"
    "{affects}\n\n"
    "ZIP code: 60417"
)


def roles(body: str) -> dict[str, Role]:
    return {seg.text: seg.role for seg in segments(body)}


def test_the_forms_fields_are_the_forms() -> None:
    body = FORM.format(
        comment="Cars cut through at forty miles an hour at drop-off.",
        affects="My daughter walks this way every morning.",
    )
    got = roles(body)
    for label in ("Position: Support", "I am a: Parent", "Comment:", "ZIP code: 60417"):
        assert got[label] is Role.FORM
    assert got["Cars cut through at forty miles an hour at drop-off."] is Role.CONTENT
    assert got["My daughter walks this way every morning."] is Role.CONTENT
    text = matching_text(body)
    assert "position" not in text and "zip code" not in text and "parent" not in text
    assert "cars cut through" in text and "my daughter walks" in text
    # The item's title is text, not a choice: a campaign's own tool stamps such lines too.
    assert got["Closing Alder Street to through traffic at the school"] is Role.CONTENT


def test_an_answer_below_a_label_is_the_senders_own() -> None:
    letter = "Please close Alder Street at the school during drop-off and pick-up."
    body = FORM.format(comment=letter, affects="I cross there with a stroller and two kids.")
    copy = FORM.format(comment=letter, affects="")
    own = personal_text(body, {seg.norm for seg in segments(copy) if seg.is_content})
    assert own == "I cross there with a stroller and two kids."


def test_one_or_two_labelled_lines_are_the_letters() -> None:
    body = "Re: Item 12\nName: Ana Ruiz\n\nPlease close Alder Street at the school."
    assert Role.FORM not in roles(body).values()


def test_a_labelled_sentence_is_no_field() -> None:
    body = (
        "Background: the street was closed for a month in 2024. Nobody was hurt.\n"
        "Ask: close it again for good. We have waited long enough.\n"
        "Why: forty children cross there. Two were nearly hit last spring.\n"
    )
    assert set(roles(body).values()) == {Role.CONTENT}


def test_fields_side_by_side_count_each() -> None:
    body = (
        "Keep the pool open through September.\n\n"
        "Please add my comment to the record:\n"
        "Name: Odile Varga   Street: 41 Quince Row   Ward: 3 | Phone (optional): N/A"
    )
    got = roles(body)
    assert got["Please add my comment to the record:"] is Role.FORM
    assert got["Keep the pool open through September."] is Role.CONTENT
    assert matching_text(body) == "keep the pool open through september"
