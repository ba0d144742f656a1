"""The member verdict a comment keeps until a campaign absorbs it (intake/labelling/member_spam.py),
worked out by the real scorer; the end-to-end orders are in tests/api/test_spam_arrival_order.py."""

from __future__ import annotations

from intake.labelling.member_spam import become_member, member_verdict
from intake.models import Comment
from intake.text import spam

SETTINGS = spam.SpamSettings()
LETTER = (
    "Please keep the Alder Street community garden open to every resident of the city. "
    "Read our neighbours' letter at https://friendsofaldergarden.org/letter before you vote."
)
TITLE = ("Alder Street community garden lease",)


def _scored(body: str, context: tuple[str, ...] | None = TITLE) -> tuple[Comment, spam.SpamVerdict]:
    behaviour = spam.Behaviour(email="ana@example.org", item_context=context)
    memo = spam.TextMemo(SETTINGS)
    own = spam.score(body, behaviour, SETTINGS, None, memo)
    comment = Comment(body=body, kind="spam" if own.is_spam else "unique")
    comment.spam_score, comment.reasons = round(own.score, 4), list(own.reasons)
    comment.spam_as_member = member_verdict(body, behaviour, own, SETTINGS, None, memo)
    member = spam.score(
        body,
        spam.Behaviour(email="ana@example.org", is_form_letter=True, item_context=context),
        SETTINGS,
    )
    return comment, member


def test_a_first_copy_keeps_what_it_would_show_as_a_member_and_shows_it_when_absorbed() -> None:
    comment, member = _scored(LETTER)
    assert comment.spam_score and comment.spam_score > 0  # the link counts while it is unique
    assert comment.spam_as_member is not None
    become_member(comment)
    assert (comment.spam_score, comment.reasons) == (round(member.score, 4), list(member.reasons))
    assert comment.spam_as_member is None


def test_nothing_is_kept_when_a_member_would_show_the_same() -> None:
    assert (
        _scored("I support the garden lease; it serves forty families.")[0].spam_as_member is None
    )
    # noise counts for a member too: a bare link is no one's speech
    bare, _member = _scored("https://cheap-pills.example.xyz/buy")
    assert bare.reasons and bare.spam_as_member is None


def test_a_comment_labelled_spam_keeps_its_reasons_unless_a_member_would_be_spam_too() -> None:
    comment = Comment(body=LETTER, kind="spam", spam_score=0.8, reasons=["own (+0.80)"])
    comment.spam_as_member = {"score": 0.0, "reasons": ["own (+0.00, not counted)"], "spam": False}
    become_member(comment)
    assert (comment.kind, comment.spam_score, comment.reasons) == ("spam", 0.8, ["own (+0.80)"])
    comment.spam_as_member = {"score": 0.85, "reasons": ["burst (+0.85)"], "spam": True}
    become_member(comment)
    assert (comment.spam_score, comment.reasons) == (0.85, ["burst (+0.85)"])
