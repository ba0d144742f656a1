"""A mail-merge campaign spun within sentences forms through the service (issue 14 item 4).

Copies go in through ``CommentService`` with the app's labeller, as the API sends them, each from
another person. Every sentence of a copy is assembled from slots of four phrasings, so two copies
rarely share a whole sentence and share too few phrases for MinHash: the campaign is founded by the
copies' skeleton (``intake.text.matching.skeleton``) and grows by the phrase route. A comment made
of the topic's vocabulary stays unique, and a batch labels the copies as one-by-one posts do.
"""

from __future__ import annotations

import random
import shutil
from collections import Counter
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import Engine, select

from intake import create_app
from intake.db import get_database
from intake.models import Comment
from intake.services.comments import Submission, SubmissionContext
from intake.services.items import AgendaItemService
from intake.wiring import comment_service_for
from tests.unit.text.test_matching import spun_copy
from tests.unit.text.test_skeleton import vocabulary_comment

ITEM = "2026-03314"
COPIES = 30


def bodies() -> list[str]:
    """Thirty spun copies with a vocabulary-built unique comment after every tenth."""
    rng = random.Random(21)
    out = []
    for n in range(COPIES):
        out.append(spun_copy(rng))
        if n % 10 == 9:
            out.append(vocabulary_comment(rng))
    return out


def post(app: Flask, texts: list[str], first: int) -> list[int]:
    with app.app_context(), get_database(app).session_factory() as session:
        stored = comment_service_for(app, session).submit_together(
            [
                Submission(
                    ITEM,
                    {"body": body, "submitter": {"name": f"Resident {first + n}"}},
                    SubmissionContext("test"),
                )
                for n, body in enumerate(texts)
            ]
        )
        session.commit()
        return [c.id for c in stored if isinstance(c, Comment)]


def labels(app: Flask, ids: list[int]) -> list[tuple[str | None, int | None]]:
    with app.app_context(), get_database(app).session_factory() as session:
        rows = {c.id: c for c in session.scalars(select(Comment).where(Comment.id.in_(ids)))}
        return [(rows[i].kind, rows[i].campaign_id) for i in ids]


def create_item(app: Flask) -> None:
    with app.app_context(), get_database(app).session_factory() as session:
        AgendaItemService(session).create({"id": ITEM, "title": "A crossing guard on Jefferson"})
        session.commit()


def test_a_spun_campaign_forms_and_holds_its_copies(app: Flask) -> None:
    create_item(app)
    texts = bodies()
    ids = [i for n, body in enumerate(texts) for i in post(app, [body], n)]
    got = labels(app, ids)
    copies = [label for body, label in zip(texts, got, strict=True) if "\n" in body]
    strangers = [label for body, label in zip(texts, got, strict=True) if "\n" not in body]
    campaigns = Counter(campaign for kind, campaign in copies if kind == "form_letter")
    assert campaigns, "no campaign formed"
    _campaign, held = campaigns.most_common(1)[0]
    assert held >= 0.9 * COPIES
    assert all(kind == "unique" and cid is None for kind, cid in strangers)


def test_a_batch_labels_the_spun_copies_as_one_by_one_posts_do(
    app: Flask, sqlite_template: Path, tmp_path: Path, pg_engine: Engine | None
) -> None:
    create_item(app)
    texts = bodies()
    batch = labels(app, post(app, texts, 0))
    if pg_engine is not None:
        pytest.skip("the one-by-one twin runs on a second SQLite database (covered on SQLite)")
    shutil.copy(sqlite_template, tmp_path / "twin.sqlite3")
    twin = create_app({"database_url": f"sqlite:///{tmp_path / 'twin.sqlite3'}"})
    create_item(twin)
    one_by_one = labels(twin, [i for n, body in enumerate(texts) for i in post(twin, [body], n)])
    assert [k for k, _c in batch] == [k for k, _c in one_by_one]
    assert len({c for _k, c in batch}) == len({c for _k, c in one_by_one})
