"""The summary steers PostgreSQL to its covering index for its one statement, and only that.

Sequential scans and bitmap scans are turned off for the summary statement (index-only scans of
``ix_comments_summary`` are ~30% faster at a million comments than the heap scans the planner
picks); the export runs the summary and then reads every comment in the same transaction, so
the switches must be back to their defaults right after.
"""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import text
from sqlalchemy.orm import Session

from intake.services.summary import PLANNER_SWITCHES, SummaryService
from tests.labelled import ITEM, arrange


def test_the_planner_switches_are_back_after_the_summary(app: Flask, session: Session) -> None:
    if session.get_bind().dialect.name != "postgresql":
        pytest.skip("planner switches are PostgreSQL's")
    arrange(session)
    service = SummaryService(session, zone=app.config["INTAKE"].zone)
    summary = service.summarise(ITEM)
    assert summary.total > 0
    for switch in PLANNER_SWITCHES:
        assert session.execute(text(f"SHOW {switch}")).scalar() == "on"
