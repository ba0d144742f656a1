"""``intake spam train`` on the test database (SQLite, and PostgreSQL when configured): it learns
from the labels staff set or confirmed and stores the model as the next version."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.models import SpamModelRecord
from intake.text.spam import LearnedModel
from tests.spam_decisions import ADVERTS, RESIDENTS, VARIANT, decide, post_comment

pytestmark = pytest.mark.usefixtures("item")
ITEM = "2026-00837"  # the item fixture's


def models(session: Session) -> list[SpamModelRecord]:
    session.expire_all()
    return list(session.scalars(select(SpamModelRecord).order_by(SpamModelRecord.version)))


def test_train_stores_a_model_learned_from_staff_decisions(
    client: FlaskClient,
    staff: dict[str, str],
    session: Session,
    run_cli: Callable[..., Result],
) -> None:
    decide(client, staff, ITEM)
    post_comment(client, ITEM, "An undecided comment is not an example.", 99)
    result = run_cli("spam", "train")
    assert "spam model version 1" in result.output
    (row,) = models(session)
    assert (row.version, row.spam_count, row.ham_count, row.seed_count) == (
        1,
        len(ADVERTS),
        len(RESIDENTS),
        0,
    )
    model = LearnedModel.from_json(row.model)
    assert model.probability(VARIANT) > 0.99
    assert model.features_count() == row.features > 0

    run_cli("spam", "train")
    assert [m.version for m in models(session)] == [1, 2]


def test_a_seed_file_adds_examples(
    client: FlaskClient,
    staff: dict[str, str],
    session: Session,
    run_cli: Callable[..., Result],
    tmp_path: Path,
) -> None:
    seed = tmp_path / "seed.jsonl"
    rows = [{"body": b, "truth": "ham"} for b in RESIDENTS] + [
        {"body": b, "truth": "spam"} for b in ADVERTS
    ]
    seed.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = run_cli("spam", "train", "--seed", str(seed))
    assert f"({len(rows)} from seed files)" in result.output
    (row,) = models(session)
    assert row.seed_count == len(rows)


def test_too_few_decisions_store_nothing(
    client: FlaskClient,
    staff: dict[str, str],
    session: Session,
    run_cli: Callable[..., Result],
) -> None:
    post_comment(client, ITEM, ADVERTS[0], 1)
    result = run_cli("spam", "train", code=1)
    assert "needs at least 5 comments staff labelled spam" in result.output
    assert models(session) == []
