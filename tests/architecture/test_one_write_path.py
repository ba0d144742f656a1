"""One way to write a comment: every door stores and labels through ``CommentService``.

The single POST, the batch endpoint, the public form and ``intake import`` must not each build
comment rows their own way, or a rule added to one (a column, a check, the labeller's input)
silently skips the others. The web pages must not reach into the API package for their services.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake import cli
from intake.models import Comment
from intake.services.comments import CommentService, Submission
from tests.conftest import comment_payload
from tests.paths import ROOT
from tests.web.form_token import form_data

WEB = ROOT / "intake" / "web"
ITEM = "2026-00837"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_the_web_pages_import_nothing_from_the_api_package() -> None:
    offenders = {
        f"{path.name}: {module}"
        for path in WEB.glob("*.py")
        for module in imported_modules(path)
        if module == "intake.api" or module.startswith("intake.api.")
    }
    assert not offenders


@pytest.mark.usefixtures("item")
def test_post_batch_form_and_import_all_store_through_the_comment_service(
    app: Flask,
    client: FlaskClient,
    integration: dict[str, str],
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stored: list[str] = []
    real_rows = CommentService._rows

    def spy(
        self: CommentService, item_id: str, submission: Submission
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        stored.append(submission.context.source)
        return real_rows(self, item_id, submission)

    monkeypatch.setattr(CommentService, "_rows", spy)
    url = f"/api/v1/agenda-items/{ITEM}/comments"
    assert client.post(url, json=comment_payload("One comment by itself.")).status_code == 201
    batch = [comment_payload(f"Comment number {n} of a batch.") for n in range(3)]
    response = client.post(f"{url}/batch", json={"comments": batch}, headers=integration)
    assert response.status_code in (200, 201, 207), response.json
    form = f"/items/{ITEM}/comment"
    fields = {"body": "Sent through the city's form.", "name": "Ana Ruiz"}
    posted = client.post(
        form, data=form_data(client, form, fields), headers={"Origin": "http://localhost"}
    )
    assert posted.status_code == 303
    backlog = tmp_path / "backlog.jsonl"
    rows = [
        {"id": f"old-{n}", "body": f"An old comment, number {n}.", "name": f"Person {n}"}
        for n in range(2)
    ]
    backlog.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    monkeypatch.setattr(cli, "_app", lambda: app)
    result = CliRunner().invoke(cli.main, ["import", str(backlog), "--item", ITEM])
    assert result.exit_code == 0, (result.output, result.exception)

    total = session.scalar(select(func.count()).select_from(Comment))
    assert total == 1 + 3 + 1 + 2
    assert len(stored) == total
    assert stored.count("import:backlog.jsonl") == 2
