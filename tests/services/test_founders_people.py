"""A sender's resubmission is no second member sending their sentence (session 21).

A sender posts the letter with a sentence of their own, then posts the same again (a duplicate of
their first), and then a neighbour posts the letter alone: the campaign is founded with both of
the first sender's copies among the earlier comments it found. What the founders share is the
template, but counted per copy the sender's own sentence was "shared" and became the template's,
so it never came back as their personal text. Counted per person, it is theirs. Invented text.
"""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from intake.db import get_database
from intake.models import Comment
from intake.services.comments import Submission, SubmissionContext
from intake.services.items import AgendaItemService
from intake.wiring import comment_service_for

ITEM = "2026-04410"
LETTER = (
    "Please keep the Harwick branch library open on Sundays.\n\n"
    "It is the only quiet place in the ward where students can study on weekends.\n\n"
    "The Sunday hours cost less than one percent of the library's budget.\n\n"
    "Fund them in the coming year and keep the doors open for everyone."
)
OWN = "I tutor two neighbours' kids at the corner table there every Sunday afternoon."


def post(app: Flask, body: str, name: str, email: str) -> int:
    with app.app_context(), get_database(app).session_factory() as session:
        [stored] = comment_service_for(app, session).submit_together(
            [
                Submission(
                    ITEM,
                    {"body": body, "submitter": {"name": name, "email": email}},
                    SubmissionContext("test"),
                )
            ]
        )
        assert isinstance(stored, Comment)
        session.commit()
        return stored.id


def read(app: Flask, comment_id: int) -> Comment:
    with app.app_context(), get_database(app).session_factory() as session:
        comment = session.scalar(select(Comment).where(Comment.id == comment_id))
        assert comment is not None
        session.expunge(comment)
        return comment


def test_a_resubmission_among_the_founders_does_not_make_the_senders_sentence_the_templates(
    app: Flask,
) -> None:
    with app.app_context(), get_database(app).session_factory() as session:
        AgendaItemService(session).create({"id": ITEM, "title": "Sunday library hours"})
        session.commit()
    mine = f"{LETTER}\n\n{OWN}"
    first = post(app, mine, "Ada Whitlow", "ada@example.org")
    again = post(app, mine, "Ada Whitlow", "ada@example.org")
    assert read(app, again).kind == "duplicate"
    neighbour = post(app, LETTER, "Ben Orvaldi", "ben@example.org")
    copy = read(app, first)
    assert copy.kind == "form_letter"
    assert read(app, neighbour).campaign_id == copy.campaign_id
    assert copy.personal_text == OWN
