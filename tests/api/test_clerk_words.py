"""Words a clerk understands: one title per problem type, field messages, problem types that
resolve to an explanation, rounded fractions, plurals, a spam label's real reason, and no
``Retry-After`` where there is nothing to retry."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.models import Comment
from intake.problem_types import BY_SLUG, PROBLEM_TYPES, markdown
from intake.web.pages import plural
from tests.conftest import comment_payload
from tests.labelled import ITEM, arrange
from tests.paths import ROOT
from tests.spam_posts import content_only, fixtures, post

COMMENTS = "/api/v1/agenda-items/2026-00837/comments"
VALIDATION_TITLE = BY_SLUG["validation-error"].title


@pytest.mark.parametrize("settings_overrides", [{"max_body_chars": 20}])
@pytest.mark.usefixtures("item")
def test_every_422_about_fields_has_the_same_title(client: FlaskClient, integration: Any) -> None:
    by_schema = client.post(COMMENTS, json=comment_payload(position="maybe"))
    by_service = client.post(COMMENTS, json=comment_payload("x" * 30))  # longer than configured
    batch = client.post(f"{COMMENTS}/batch", json={"comments": [{"body": ""}]}, headers=integration)
    assert (by_schema.status_code, by_service.status_code) == (422, 422)
    entry_problem = batch.json["results"][0]["problem"]
    titles = {by_schema.json["title"], by_service.json["title"], entry_problem["title"]}
    assert titles == {VALIDATION_TITLE}


def test_errors_name_a_field_not_the_schema(client: FlaskClient, item: Any) -> None:
    not_an_object = client.post(COMMENTS, json=["a", "list"])
    submitter_text = client.post(COMMENTS, json={"body": "Hello there.", "submitter": "Bob"})
    for response in (not_an_object, submitter_text):
        assert response.status_code == 422
        text = response.get_data(as_text=True)
        assert "_schema" not in text and "Invalid input type." not in text
    assert list(not_an_object.json["errors"]) == ["_body"]
    assert "JSON object" in submitter_text.json["errors"]["submitter"][0]


@pytest.mark.usefixtures("item")
def test_each_problem_type_resolves_to_its_explanation(
    client: FlaskClient, staff: dict[str, str]
) -> None:
    problems = [
        client.post(COMMENTS, json={}),
        client.get("/api/v1/comments/999", headers=staff),
        client.get("/api/v1/comments/1"),
        client.post(COMMENTS, data="x", content_type="text/plain"),
    ]
    for problem in problems:
        page = client.get(problem.json["type"])
        assert page.status_code == 200, problem.json["type"]
        assert page.mimetype == "text/html"
        assert problem.json["title"] in page.get_data(as_text=True)
    index = client.get("/problems").get_data(as_text=True)
    assert all(p.title in index for p in PROBLEM_TYPES)
    assert client.get("/problems/no-such-thing").status_code == 404


def test_docs_problems_md_is_made_from_the_table() -> None:
    path = ROOT / "docs" / "problems.md"
    assert path.read_text(encoding="utf-8") == markdown(), (
        "stale: python -m intake.problem_types > docs/problems.md"
    )


def test_fractions_are_rounded_to_three_decimals(
    client: FlaskClient, session: Session, staff: dict[str, str]
) -> None:
    arranged = arrange(session)
    summary = client.get(f"/api/v1/agenda-items/{ITEM}/summary", headers=staff).json
    assert summary["campaigns"][0]["share"] == 0.385  # 5 of 13
    member = session.scalars(select(Comment).where(Comment.campaign_id == arranged.c1)).first()
    assert member is not None
    member.similarity = 0.888325519771708
    session.commit()
    label = client.get(f"/api/v1/comments/{member.id}", headers=staff).json["label"]
    assert label["similarity"] == 0.888
    members = client.get(f"/api/v1/campaigns/{arranged.c1}", headers=staff).json["members"]
    assert 0.888 in [m["similarity"] for m in members]


def test_counts_read_as_words() -> None:
    assert plural(1, "comment") == "1 comment"
    assert plural(2, "comment") == "2 comments"
    assert plural(0, "person", "people") == "0 people"


def test_a_spam_comments_history_says_why_it_is_spam(
    client: FlaskClient, item: Any, staff: dict[str, str]
) -> None:
    spam = post(client, content_only(fixtures("spam.jsonl"))[0]["body"], 1)
    history = client.get(f"/api/v1/comments/{spam['id']}/history", headers=staff).json["items"]
    assert history[0]["to_kind"] == "spam"
    assert history[0]["reason"].startswith("spam score ")
    page = client.get(f"/api/v1/agenda-items/{item['id']}/report", headers=staff)
    assert "1 comment labelled spam" in page.get_data(as_text=True)


def test_a_stored_comment_is_not_told_to_retry(client: FlaskClient, item: Any) -> None:
    response = client.post(COMMENTS, json=comment_payload())
    assert response.status_code == 201
    assert "RateLimit-Limit" in response.headers
    assert "Retry-After" not in response.headers
