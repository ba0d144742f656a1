"""Each worker's copy of the learned spam model: the newest version in the database, re-checked
at most every ``check_seconds``, and a row that cannot be read never stops labelling."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import delete
from sqlalchemy.orm import Session

from intake.config import ConfigError, load_settings
from intake.db import get_database
from intake.labelling.learned_models import LearnedModels
from intake.models import SpamModelRecord
from intake.text.spam import Example, LearnedModel, train
from intake.text.spam.starter import starter_model
from tests.spam_decisions import ADVERTS, RESIDENTS


def store(app: Flask, version: int, data: bytes, trained_at: datetime | None = None) -> None:
    with get_database(app).session_factory() as session:
        session.add(
            SpamModelRecord(
                version=version,
                trained_at=trained_at or datetime.now(UTC),
                spam_count=1,
                ham_count=1,
                features=1,
                model=data,
            )
        )
        session.commit()


def model(extra_spam: tuple[str, ...] = ()) -> LearnedModel:
    return train(
        [Example(b, False) for b in RESIDENTS] + [Example(b, True) for b in (*ADVERTS, *extra_spam)]
    )


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_worker_picks_up_a_new_version_after_its_check_interval(
    app: Flask, session: Session
) -> None:
    clock = Clock()
    models = LearnedModels(check_seconds=30, monotonic=clock, starter=False)
    assert models.current(session) is None  # no model trained, no starter: labelling as before

    first = model()
    store(app, 1, first.to_json())
    assert models.current(session) is None  # within the interval the worker asks nobody
    clock.now += 31
    assert models.current(session) == first
    assert models.version == 1

    second = model(("Casino bonus spins, claim the jackpot tonight",))
    store(app, 2, second.to_json())
    clock.now += 10
    assert models.current(session) == first
    clock.now += 21
    assert models.current(session) == second
    assert models.version == 2


def test_a_stored_model_that_cannot_be_read_leaves_labelling_as_before(
    app: Flask, session: Session
) -> None:
    store(app, 1, b"\x80\x04not json")
    assert LearnedModels(check_seconds=0).current(session) is None  # not the starter either


def test_a_version_deleted_and_trained_again_is_picked_up(app: Flask, session: Session) -> None:
    """Going back (deleting the newest row) and training again reuses the version number; the
    worker tells the two models apart by when they were trained."""
    clock = Clock()
    models = LearnedModels(check_seconds=30, monotonic=clock, starter=False)
    first, second = model(), model(("Casino bonus spins, claim the jackpot tonight",))
    store(app, 1, first.to_json(), datetime(2026, 12, 1, 9, tzinfo=UTC))
    assert models.current(session) == first
    with get_database(app).session_factory() as other:
        other.execute(delete(SpamModelRecord))
        other.commit()
    store(app, 1, second.to_json(), datetime(2026, 12, 2, 9, tzinfo=UTC))
    clock.now += 31
    assert models.current(session) == second


def test_the_check_interval_is_read_from_the_environment_and_bounded(tmp_path: Path) -> None:
    name = "INTAKE_SPAM_MODEL_CHECK_SECONDS"
    assert load_settings(tmp_path, environ={}).spam_model_check_seconds == 30
    assert load_settings(tmp_path, environ={name: "0"}).spam_model_check_seconds == 0
    with pytest.raises(ConfigError, match=name):
        load_settings(tmp_path, environ={name: "-1"})


def test_until_staff_train_a_model_the_starter_model_is_used(app: Flask, session: Session) -> None:
    clock = Clock()
    models = LearnedModels(check_seconds=30, monotonic=clock)
    starter = models.current(session)
    assert starter is not None and starter is starter_model() and starter.starter
    assert models.version is None
    first = model()
    store(app, 1, first.to_json())
    clock.now += 31
    assert models.current(session) == first  # a trained model replaces it
    with get_database(app).session_factory() as other:
        other.execute(delete(SpamModelRecord))
        other.commit()
    clock.now += 31
    assert models.current(session) is starter_model()  # and it is back when that one is gone


def test_the_starter_model_is_turned_off_from_the_environment(tmp_path: Path) -> None:
    name = "INTAKE_SPAM_STARTER_MODEL"
    assert load_settings(tmp_path, environ={}).spam_starter_model is True
    assert load_settings(tmp_path, environ={name: "false"}).spam_starter_model is False
