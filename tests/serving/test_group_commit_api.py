"""Group commit through the app: concurrent POSTs in one worker share labelled transactions.

Real threads post through one app (as gunicorn's threaded worker does) to a throwaway PostgreSQL
database, so groups form and commit for real. The labeller is the real one, wrapped to record
group sizes and, where a test needs a group to form deterministically, to hold the first group
until the others have queued behind it.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from intake import create_app
from intake.models import AgendaItem, Campaign, Comment
from intake.services.comments import Labeller
from intake.services.group_commit import GroupCommitter
from tests.bodies import template_body, unique_body
from tests.conftest import comment_payload, needs_postgres
from tests.scratch_db import throwaway_database_with
from tests.web.form_token import form_data

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
ITEM = "GROUP-1"
CLOSED = "GROUP-CLOSED"
URL = "/api/v1/agenda-items/{}/comments"
WAIT = 30.0


class HeldLabeller:
    """Wraps the app's labeller: records each group's size, can hold groups, can fail on cue."""

    def __init__(self, app: Flask) -> None:
        self.real = app.extensions["intake.labeller"]
        self.sizes: list[int] = []
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()
        app.extensions["intake.labeller"] = self.make

    def make(self, session: Session) -> Labeller:
        real: Labeller = self.real(session)
        held = self

        class Wrapped:
            def label_batch(self, comments: Sequence[Comment]) -> None:
                held.sizes.append(len(comments))
                held.entered.set()
                assert held.gate.wait(WAIT)
                if any("POISON" in c.body for c in comments):
                    raise RuntimeError("this group cannot be labelled")
                real.label_batch(comments)

        return Wrapped()


@pytest.fixture
def group_app() -> Iterator[Flask]:
    past = datetime.now(UTC) - timedelta(days=1)
    items = (
        AgendaItem(id=ITEM, title="Branch library"),
        AgendaItem(id=CLOSED, title="Closed", comments_close_at=past),
    )
    with throwaway_database_with(needs_postgres(), "intake_group", *items) as url:
        # Labelled in the group's transaction: the labeller is where these tests hold a group
        # (the label queue's own tests: tests/services/test_label_queue.py).
        settings = {"rate_limit_enabled": False, "max_body_chars": 5_000, "labelling": "inline"}
        app = create_app({"database_url": url, **settings})
        assert isinstance(app.extensions.get("intake.group_commit"), GroupCommitter)
        yield app


def post_concurrently(app: Flask, posts: Sequence[tuple[str, dict[str, Any]]]) -> list[Any]:
    """Each post in its own thread, as a threaded worker serves them; responses in order."""
    responses: list[Any] = [None] * len(posts)

    def one(index: int, item: str, payload: dict[str, Any]) -> None:
        responses[index] = app.test_client().post(URL.format(item), json=payload)

    threads = [threading.Thread(target=one, args=(i, *post)) for i, post in enumerate(posts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT * 2)
    return responses


def start_held_group(app: Flask, held: HeldLabeller) -> tuple[threading.Thread, list[Any]]:
    """Post one comment from a thread and hold its group in the labeller until the gate opens."""
    held.gate.clear()
    first: list[Any] = []
    opener = threading.Thread(
        target=lambda: first.append(
            app.test_client().post(URL.format(ITEM), json=comment_payload("First one in."))
        )
    )
    opener.start()
    assert held.entered.wait(WAIT)
    return opener, first


def hold_a_group_then_post(
    app: Flask, held: HeldLabeller, posts: Sequence[tuple[str, dict[str, Any]]]
) -> tuple[Any, list[Any]]:
    """Post one comment and hold its group; queue ``posts`` behind it; release; all responses."""
    opener, first = start_held_group(app, held)
    committer: GroupCommitter[Any, Any] = app.extensions["intake.group_commit"]
    result: list[list[Any]] = []
    poster = threading.Thread(target=lambda: result.append(post_concurrently(app, posts)))
    poster.start()
    deadline = time.monotonic() + WAIT
    while committer.waiting < len(posts):
        assert time.monotonic() < deadline, "the posts did not queue behind the held group"
        time.sleep(0.01)
    held.gate.set()
    opener.join(WAIT)
    poster.join(WAIT * 2)
    return first[0], result[0]


def person(i: int) -> dict[str, str]:
    return {"name": f"Writer {i}", "email": f"writer{i}@example.org"}


def stored_ids(app: Flask) -> list[int]:
    engine = create_engine(app.config["INTAKE"].database_url)
    with Session(engine) as session:
        ids = list(session.scalars(select(Comment.id).order_by(Comment.id)))
    engine.dispose()
    return ids


def test_concurrent_posts_share_groups_and_every_copy_joins_one_campaign(group_app: Flask) -> None:
    held = HeldLabeller(group_app)
    rng = random.Random(5)
    posts = []
    for i in range(36):
        body = unique_body(rng) if i % 4 == 0 else template_body(rng, f"Writer {i}")
        posts.append((ITEM, comment_payload(body, submitter=person(i))))
    opener, responses = hold_a_group_then_post(group_app, held, posts)

    assert opener.status_code == 201
    assert [r.status_code for r in responses] == [201] * len(posts)
    assert held.sizes[0] == 1 and max(held.sizes) > 1, held.sizes
    assert sum(held.sizes) == len(posts) + 1
    acknowledged = sorted([opener.json["id"], *(r.json["id"] for r in responses)])
    assert stored_ids(group_app) == acknowledged, "a 201 is missing or stored twice"

    engine = create_engine(group_app.config["INTAKE"].database_url)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Campaign)) == 1
        kinds = dict(session.execute(select(Comment.id, Comment.kind)).all())
    engine.dispose()
    for (_item, payload), response in zip(posts, responses, strict=True):
        expected = "unique" if "Dear Council" not in payload["body"] else "form_letter"
        assert kinds[response.json["id"]] == expected


def test_a_refused_post_does_not_affect_the_others_in_its_group(group_app: Flask) -> None:
    held = HeldLabeller(group_app)
    posts = [
        (ITEM, comment_payload("A fine comment about the library.", submitter=person(1))),
        (CLOSED, comment_payload("Too late for this item.", submitter=person(2))),
        ("NO-SUCH-ITEM", comment_payload("Nowhere to go.", submitter=person(3))),
        (ITEM, comment_payload("x" * 5_001, submitter=person(4))),
        (ITEM, comment_payload("Another fine comment on parking.", submitter=person(5))),
    ]
    opener, responses = hold_a_group_then_post(group_app, held, posts)

    assert [r.status_code for r in responses] == [201, 409, 404, 422, 201]
    assert responses[1].json["window"]["closes_at"] is not None
    assert "body" in responses[3].json["errors"]
    assert held.sizes == [1, 2], "the refusals never reached the labeller"
    created = sorted([opener.json["id"], responses[0].json["id"], responses[4].json["id"]])
    assert stored_ids(group_app) == created


def test_a_group_that_fails_is_committed_one_by_one_so_only_the_bad_post_fails(
    group_app: Flask,
) -> None:
    held = HeldLabeller(group_app)
    posts = [
        (ITEM, comment_payload(f"Comment number {i} on the library plan.", submitter=person(i)))
        for i in range(4)
    ]
    posts.insert(2, (ITEM, comment_payload("POISON for the labeller.", submitter=person(9))))
    opener, responses = hold_a_group_then_post(group_app, held, posts)

    assert [r.status_code for r in responses] == [201, 201, 500, 201, 201]
    assert responses[2].mimetype == "application/problem+json"
    assert held.sizes == [1, 5, 1, 1, 1, 1, 1], "one failed group, then each alone"
    created = sorted(
        [opener.json["id"], *(r.json["id"] for r in responses if r.status_code == 201)]
    )
    assert stored_ids(group_app) == created, "nothing of the failed post, every 201 stored"


def test_a_post_no_group_takes_in_time_is_a_503_problem_and_stores_nothing(
    group_app: Flask,
) -> None:
    held = HeldLabeller(group_app)
    group_app.extensions["intake.group_commit"].timeout = 0.5
    opener, first = start_held_group(group_app, held)
    late = group_app.test_client().post(
        URL.format(ITEM), json=comment_payload("Waited too long.", submitter=person(2))
    )
    held.gate.set()
    opener.join(WAIT)

    assert late.status_code == 503
    assert late.mimetype == "application/problem+json"
    assert int(late.headers["Retry-After"]) > 0
    assert "retry" in late.json["detail"]
    assert held.sizes == [1], "the late post never reached the labeller"
    assert stored_ids(group_app) == [first[0].json["id"]]


def test_the_public_form_is_stored_in_the_same_group_commit_as_the_api(group_app: Flask) -> None:
    """A form post queues behind a held group as an API post does, and is committed with it."""
    held = HeldLabeller(group_app)
    opener, first = start_held_group(group_app, held)
    committer: GroupCommitter[Any, Any] = group_app.extensions["intake.group_commit"]
    form = f"/items/{ITEM}/comment"
    client = group_app.test_client()
    fields = {"body": "Please keep the branch library open.", "name": "Ana Ruiz"}
    data = form_data(client, form, fields)
    answers: list[Any] = []
    poster = threading.Thread(
        target=lambda: answers.append(
            client.post(form, data=data, headers={"Origin": "http://localhost"})
        )
    )
    poster.start()
    deadline = time.monotonic() + WAIT
    while committer.waiting < 1:
        assert time.monotonic() < deadline, "the form post did not queue for a group commit"
        time.sleep(0.01)
    held.gate.set()
    opener.join(WAIT)
    poster.join(WAIT)

    assert first[0].status_code == 201
    assert answers[0].status_code == 303, answers[0].get_data(as_text=True)
    assert held.sizes == [1, 1]
    assert len(stored_ids(group_app)) == 2
