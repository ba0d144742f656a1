"""Backlog import and export through the ``intake`` command, on the test database.

The central check: importing a file labels every comment exactly as posting the same comments
one by one through the API, in the same order and at the same times, would (kinds, campaign
partition, duplicates, personal text, scores and reasons).
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from intake.backlog.storing import BacklogStore
from intake.models import (
    AgendaItem,
    BandKey,
    Campaign,
    CampaignBandKey,
    Comment,
    LabelEvent,
    Submitter,
)
from intake.services.export import HEADER
from tests.conftest import settle
from tests.paths import ROOT
from tests.unit.text.fixture_corpus import load

EXAMPLES = ROOT / "examples"
START = datetime(2026, 11, 10, 16, 0, tzinfo=UTC)
LABEL_FIELDS = ("kind", "similarity", "personal_text", "spam_score", "reasons", "decided_by")


def corpus_rows() -> list[dict[str, Any]]:
    """The labelled corpus as an old system's export: ids, items, times a minute or so apart."""
    rows = []
    for n, rec in enumerate(load()):
        rows.append(
            {
                "id": f"EC-{rec['id']}",
                "item": rec["item"],
                "received_at": (START + timedelta(seconds=61 * n)).isoformat(),
                "body": rec["body"],
                "submitter": {
                    "name": rec["submitter"]["name"],
                    "email": rec["submitter"]["email"],
                    "postal_code": rec["submitter"].get("postal"),
                },
            }
        )
    return rows


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def labels_in_order(session: Session) -> list[dict[str, Any]]:
    """Every comment's label in arrival (id) order, with ids replaced by arrival positions."""
    session.expire_all()
    comments = list(session.scalars(select(Comment).order_by(Comment.id)))
    position = {c.id: n for n, c in enumerate(comments)}
    campaigns: defaultdict[int, set[int]] = defaultdict(set)
    for c in comments:
        if c.campaign_id is not None:
            campaigns[c.campaign_id].add(position[c.id])
    group_of = {n: frozenset(g) for g in campaigns.values() for n in g}
    return [
        {
            **{name: getattr(c, name) for name in LABEL_FIELDS},
            "item": c.item_id,
            "received_at": c.received_at,
            "campaign": group_of.get(position[c.id]),
            "duplicate_of": position.get(c.duplicate_of_id) if c.duplicate_of_id else None,
        }
        for c in comments
    ]


def wipe(session: Session) -> None:
    """Empty every comment table (inside the test's transaction on PostgreSQL)."""
    for model in (BandKey, CampaignBandKey, LabelEvent, Submitter, Comment, Campaign, AgendaItem):
        session.execute(delete(model))
    session.commit()


@pytest.mark.slow
def test_import_labels_exactly_as_posting_one_by_one(
    app: Flask,
    run_cli: Callable[..., Result],
    client: FlaskClient,
    staff: dict[str, str],
    session: Session,
    set_clock: Callable[[datetime], None],
    tmp_path: Path,
) -> None:
    rows = corpus_rows()
    path = write_jsonl(tmp_path / "backlog.jsonl", rows)
    result = run_cli(
        "import", str(path), "--item-column", "item", "--create-items", "--chunk-size", "40"
    )
    assert f"imported     {len(rows)}" in result.stdout
    imported = labels_in_order(session)
    assert {label["kind"] for label in imported} >= {"unique", "form_letter", "duplicate"}

    wipe(session)
    for item_id in sorted({r["item"] for r in rows}):
        response = client.post(
            "/api/v1/agenda-items", json={"id": item_id, "title": "Posted"}, headers=staff
        )
        assert response.status_code == 201
    for row in rows:
        set_clock(datetime.fromisoformat(row["received_at"]))
        payload = {"body": row["body"], "submitter": row["submitter"]}
        response = client.post(
            f"/api/v1/agenda-items/{row['item']}/comments", json=payload, headers=staff
        )
        assert response.status_code == 201, response.json
    settle(app)
    posted = labels_in_order(session)

    assert len(imported) == len(posted) == len(rows)
    for n, (ours, theirs) in enumerate(zip(imported, posted, strict=True)):
        assert ours == theirs, f"row {n} ({rows[n]['id']})"


@pytest.mark.slow
def test_reimport_creates_nothing_and_an_interrupted_import_resumes(
    run_cli: Callable[..., Result],
    session: Session,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_jsonl(tmp_path / "backlog.jsonl", corpus_rows())
    total = len(corpus_rows())
    store = BacklogStore.store
    calls = iter(range(1000))

    def failing_store(self: BacklogStore, *args: Any, **kwargs: Any) -> Any:
        if next(calls) == 2:
            raise KeyboardInterrupt
        return store(self, *args, **kwargs)

    monkeypatch.setattr(BacklogStore, "store", failing_store)
    first = run_cli(
        "import", str(path), "--item-column", "item", "--create-items", "--chunk-size", "50",
        code=130,
    )  # fmt: skip
    assert "interrupted" in first.stdout
    assert session.scalar(select(func.count()).select_from(Comment)) == 100

    monkeypatch.setattr(BacklogStore, "store", store)
    second = run_cli("import", str(path), "--item-column", "item", "--chunk-size", "50")
    assert f"imported     {total - 100}" in second.stdout
    assert "skipped      100 " in second.stdout
    third = run_cli("import", str(path), "--item-column", "item")
    assert "imported     0" in third.stdout
    assert f"skipped      {total} " in third.stdout
    assert session.scalar(select(func.count()).select_from(Comment)) == total
    keys = session.scalars(select(Comment.import_key)).all()
    assert None not in keys and len(set(keys)) == total


@pytest.mark.slow
def test_a_file_without_ids_or_times_imports_once_however_often_it_is_run(
    run_cli: Callable[..., Result], session: Session, tmp_path: Path
) -> None:
    """The time of the import is no part of a row's key: a second run stores nothing."""
    rows = [{"body": rec["body"], "name": rec["submitter"]["name"]} for rec in load()[:200]]
    rows.append(dict(rows[0]))  # the same comment twice: nothing but its place tells them apart
    path = tmp_path / "no-ids.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=["body", "name"])
        writer.writeheader()
        writer.writerows(rows)
    first = run_cli("import", str(path), "--item", "2026-00837", "--create-items")
    assert f"imported     {len(rows)}" in first.stdout
    second = run_cli("import", str(path), "--item", "2026-00837")
    assert "imported     0" in second.stdout
    assert f"skipped      {len(rows)} " in second.stdout
    assert session.scalar(select(func.count()).select_from(Comment)) == len(rows)


def test_malformed_rows_are_reported_with_their_lines_and_the_rest_goes_on(
    run_cli: Callable[..., Result], item: dict[str, Any], session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "old.csv"
    path.write_text(
        "Comment ID,Comment,Email,Name,Submitted At,Position\n"
        '1,"Please fix the potholes on J Street, they are dangerous for cyclists.",'
        "a@example.org,Ann Lee,2026-01-05T10:00:00,support\n"
        "2,,b@example.org,Bob Ray,2026-01-05T10:01:00,\n"
        '3,"Multi-line comment\nwith a second line",not-an-email,Cy Diaz,2026-01-05T10:02:00,\n'
        '4,"Bad date",d@example.org,Dee Fox,yesterday,\n'
        '5,"Bad position",e@example.org,Eve Kim,2026-01-05T10:03:00,Support\n'
        '6,"One too many cells",f@example.org,Fay Ito,2026-01-05T10:04:00,oppose,extra\n'
        '7,"Noon in Sacramento",g@example.org,Gus Hill,2026-01-05T12:00:00-08:00,neutral\n',
        encoding="utf-8",
    )
    errors_file = tmp_path / "errors.jsonl"
    result = run_cli(
        "import", str(path), "--item", item["id"], "--errors", str(errors_file), "--no-progress"
    )
    out = result.stdout
    assert "imported     2" in out and "errors       5" in out
    assert "line 3: body: Must not be empty" in out
    assert "line 4: submitter.email: Not a valid email address" in out
    assert "line 6: received_at: Not a valid datetime." in out
    assert "line 7: position: Must be one of" in out
    assert "line 8: _row: 7 cells where the header has 6." in out
    written = [json.loads(line) for line in errors_file.read_text().splitlines()]
    assert [e["line"] for e in written] == [3, 4, 6, 7, 8]

    stored = session.scalars(select(Comment).order_by(Comment.id)).all()
    assert [c.received_at for c in stored] == [
        datetime(2026, 1, 5, 10, 0, tzinfo=UTC),  # no offset: UTC
        datetime(2026, 1, 5, 20, 0, tzinfo=UTC),
    ]
    assert stored[0].position == "support" and stored[0].source == "import:old.csv"
    assert stored[0].source_key is None and stored[0].kind == "unique"


def test_dry_run_validates_and_stores_nothing(
    run_cli: Callable[..., Result], session: Session
) -> None:
    sample = EXAMPLES / "ecomments-2026-00837.csv"
    result = run_cli("import", str(sample), "--item", "2026-00837", "--create-items", "--dry-run")
    assert "would import 91" in result.stdout and "errors       0" in result.stdout
    assert session.scalar(select(func.count()).select_from(Comment)) == 0
    assert session.scalar(select(func.count()).select_from(AgendaItem)) == 0


def test_an_unknown_item_is_refused_unless_asked_to_create_it(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", corpus_rows()[:3])
    result = run_cli("import", str(path), "--item", "NOPE", code=1)
    assert "No agenda item 'NOPE'" in result.output
    by_column = run_cli("import", str(path), "--item-column", "item")
    assert "imported     0" in by_column.stdout and "errors       3" in by_column.stdout
    assert "No agenda item '2026-00837'" in by_column.stdout


def test_column_mapping_reads_other_names(
    run_cli: Callable[..., Result], item: dict[str, Any], session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "odd.csv"
    path.write_text(
        "Ref,Their Words,Mail,Who\nX-1,Keep the library open on Sundays please.,h@example.org,"
        "Hana Ito\n",
        encoding="utf-8",
    )
    run_cli(
        "import", str(path), "--item", item["id"],
        "--map", "body=Their Words", "--map", "name=who", "--map", "email=MAIL",
        "--map", "external_id=ref",
    )  # fmt: skip
    comment = session.scalars(select(Comment)).one()
    assert comment.body == "Keep the library open on Sundays please."
    assert (comment.submitter.name, comment.submitter.email) == ("Hana Ito", "h@example.org")
    missing = run_cli("import", str(path), "--item", item["id"], code=1)
    assert "No body column" in missing.output


@pytest.fixture
def imported_sample(run_cli: Callable[..., Result]) -> Iterator[str]:
    sample = EXAMPLES / "ecomments-2026-00837.csv"
    result = run_cli("import", str(sample), "--item", "2026-00837", "--create-items")
    assert "imported     91" in result.stdout and "errors       0" in result.stdout
    assert "form_letter" in result.stdout
    yield "2026-00837"


def test_the_shipped_sample_imports_cleanly_and_finds_its_campaign(
    imported_sample: str, session: Session
) -> None:
    query = select(Comment.kind, func.count()).group_by(Comment.kind)
    kinds = {kind: count for kind, count in session.execute(query)}
    assert kinds.get("form_letter", 0) >= 50 and kinds.get("unique", 0) >= 20
    assert "spam" not in kinds


def test_export_writes_the_staff_csv_and_jsonl_fields(
    imported_sample: str,
    run_cli: Callable[..., Result],
    client: FlaskClient,
    staff: dict[str, str],
    tmp_path: Path,
) -> None:
    csv_path, jsonl_path = tmp_path / "out.csv", tmp_path / "out.jsonl"
    run_cli("export", "--item", imported_sample, "--output", str(csv_path))
    run_cli("export", "--item", imported_sample, "--format", "jsonl", "--output", str(jsonl_path))
    api = client.get(f"/api/v1/agenda-items/{imported_sample}/comments.csv", headers=staff)
    assert csv_path.read_bytes() == api.data

    table = list(csv.reader(io.StringIO(csv_path.read_text("utf-8-sig"))))
    records = [json.loads(line) for line in jsonl_path.read_text("utf-8").splitlines()]
    assert tuple(table[0]) == HEADER
    assert len(records) == len(table) - 1 == 91
    assert all(tuple(record) == HEADER for record in records)
    assert [str(r["comment_id"]) for r in records] == [row[0] for row in table[1:]]
    assert isinstance(records[0]["reasons"], list)

    stdout = run_cli("export", "--item", imported_sample, "--format", "jsonl").stdout
    assert stdout.splitlines()[0] == jsonl_path.read_text("utf-8").splitlines()[0]
    assert "No agenda item" in run_cli("export", "--item", "NOPE", code=1).output
