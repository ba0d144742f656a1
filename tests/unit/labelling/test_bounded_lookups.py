"""The write path's look-ups read a bounded number of rows however hot a key is (issue 16).

A sentence that thousands of unaffiliated comments share puts thousands of rows under one lookup
key; the candidate read takes only each key's newest ``KEY_HOLDER_CAP`` holders, in SQL, rather
than every row to be capped in Python.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session

from intake.labelling.activity import SenderTally
from intake.labelling.index import IndexWriter
from intake.labelling.snapshot import Snapshot
from intake.labelling.snapshot_reads import (
    KEY_HOLDER_CAP,
    item_campaign_sizes,
    item_campaign_statement,
    recent_unaffiliated,
    recent_unaffiliated_statement,
)
from intake.models import BandKey, Campaign, CampaignBandKey, Comment
from tests.bodies import TEMPLATE
from tests.conftest import at, comment_payload
from tests.statements import statements

URL = "/api/v1/agenda-items/2026-00837/comments"

HOT = 123_456_789
QUIET = -42


def _comments(session: Session, item_id: str, n: int) -> list[int]:
    session.execute(
        insert(Comment),
        [
            {
                "item_id": item_id,
                "body": f"comment {i}",
                "received_at": at("2026-11-20T10:00:00Z"),
                "source": "form",
                "person_key": i,
                "honeypot_filled": False,
                "reasons": [],
            }
            for i in range(n)
        ],
    )
    return list(session.scalars(select(Comment.id).order_by(Comment.id)))


INLINE = {"labelling": "inline"}
"""The labelling transaction's own statements: labelled where the comments are stored, as an
import is (PostgreSQL's label queue stores first and runs the same labeller right after)."""


@pytest.mark.slow
def test_a_hot_key_yields_only_its_newest_holders(
    app: Flask, session: Session, item: dict[str, Any]
) -> None:
    ids = _comments(session, item["id"], KEY_HOLDER_CAP + 40)
    session.execute(insert(BandKey), [{"band_key": HOT, "comment_id": i} for i in ids])
    session.execute(insert(BandKey), [{"band_key": QUIET, "comment_id": i} for i in ids[:3]])
    campaigns = []
    for _n in range(KEY_HOLDER_CAP + 5):
        campaign = Campaign(created_at=at("2026-11-20T10:00:00Z"), profile=b"")
        session.add(campaign)
        campaigns.append(campaign)
    session.flush()
    session.execute(
        insert(CampaignBandKey), [{"band_key": HOT, "campaign_id": c.id} for c in campaigns]
    )
    session.flush()

    snapshot = Snapshot(
        session, IndexWriter(session), SenderTally(timedelta(minutes=10), timedelta(seconds=10))
    )
    snapshot._load_key_rows([HOT, QUIET])

    assert snapshot.comment_keys.stored[HOT] == set(ids[-KEY_HOLDER_CAP:])
    assert snapshot.comment_keys.stored[QUIET] == set(ids[:3])
    newest_campaigns = sorted(c.id for c in campaigns)[-KEY_HOLDER_CAP:]
    assert snapshot.campaigns.holders[HOT] == set(newest_campaigns)


UNIQUE_BODIES = (
    "The bus shelter on Elm Street floods every winter and nobody has fixed the drain.",
    "Please extend library hours on Sundays; students have nowhere quiet to study.",
    "I oppose the new parking meters near the farmers market because vendors will leave.",
    "Our block needs a crosswalk at Fifth and Pine before another child is hurt there.",
    "The recycling pickup schedule changed without notice and bins overflowed for weeks.",
    "Street trees planted last spring are dying because no one waters them in summer.",
    "Noise from the night construction on Harbor Road keeps the whole street awake.",
)


@pytest.mark.parametrize("settings_overrides", [INLINE])
@pytest.mark.usefixtures("item")
def test_counter_and_index_writes_have_one_text_whatever_the_batch_size_on_postgresql(
    client: FlaskClient, integration: dict[str, str], pg_engine: Any
) -> None:
    """Counters and index rows go as arrays: one statement text for a group of 1 or of 6, so
    psycopg prepares it once, and one statement per group instead of one per row."""
    if pg_engine is None:
        pytest.skip("SQLite writes VALUES lists; the array form is PostgreSQL's")

    def writes(bodies: tuple[str, ...], tag: str) -> list[str]:
        entries = [
            comment_payload(body, submitter={"name": f"Writer {tag}{n}"})
            for n, body in enumerate(bodies)
        ]
        return [
            s
            for s in _batch_statements(client, integration, entries)
            if "sender_counts" in s or s.lstrip().startswith("INSERT INTO band_keys")
        ]

    one, six = writes(UNIQUE_BODIES[:1], "a"), writes(UNIQUE_BODIES[1:], "b")
    assert len(one) == 3  # counters read, counters upserted, index rows inserted
    assert one == six


@pytest.mark.parametrize("settings_overrides", [INLINE])
@pytest.mark.usefixtures("item")
def test_a_new_comment_is_written_once_with_its_label_on_postgresql(
    client: FlaskClient, session: Session, integration: dict[str, str], pg_engine: Any
) -> None:
    """On PostgreSQL a group's comments take their ids from the sequence before labelling, so
    each is inserted once, labels included, instead of an INSERT and then an UPDATE of every
    index of ``comments`` (issue 16)."""
    if pg_engine is None:
        pytest.skip("SQLite has no sequence: its comments are inserted for their ids")
    entries = [
        comment_payload(body, submitter={"name": f"Once {n}"})
        for n, body in enumerate(UNIQUE_BODIES)
    ]
    seen = _batch_statements(client, integration, entries)
    written = [s.lstrip() for s in seen if "comments" in s.split("(")[0]]
    assert [s for s in written if s.startswith("UPDATE comments")] == []
    assert len([s for s in written if s.startswith("INSERT INTO comments")]) == 1
    rows = session.execute(select(Comment.body, Comment.kind).order_by(Comment.id)).all()
    assert [(body, kind) for body, kind in rows] == [(b, "unique") for b in UNIQUE_BODIES]


@pytest.mark.parametrize("settings_overrides", [INLINE])
@pytest.mark.usefixtures("item")
def test_a_joining_copy_is_written_once_with_its_label_on_postgresql(
    client: FlaskClient, session: Session, integration: dict[str, str], pg_engine: Any
) -> None:
    """Joining a campaign locks and re-reads its row without flushing the batch first, so the
    joining comments are inserted once with their labels; the autoflush before the lock wrote
    each one early and then again as an UPDATE (issue 16's served profile: a fifth of a
    worker's CPU)."""
    if pg_engine is None:
        pytest.skip("SQLite has no sequence: its comments are inserted for their ids")
    founders = [
        comment_payload(f"{TEMPLATE}", submitter={"name": f"Founder {n}"}) for n in range(5)
    ]
    _batch_statements(client, integration, founders)
    joiners = [comment_payload(TEMPLATE, submitter={"name": f"Joiner {n}"}) for n in range(2)]
    seen = _batch_statements(client, integration, joiners)
    written = [s.lstrip() for s in seen if "comments" in s.split("(")[0]]
    assert [s for s in written if s.startswith("UPDATE comments")] == []
    assert len([s for s in written if s.startswith("INSERT INTO comments")]) == 1
    kinds = session.execute(select(Comment.kind, Comment.campaign_id)).all()
    assert len(kinds) == 7
    assert {kind for kind, _c in kinds} == {"form_letter"}
    assert len({campaign for _k, campaign in kinds}) == 1


def _batch_statements(
    client: FlaskClient, integration: dict[str, str], entries: list[dict[str, Any]]
) -> list[str]:
    """The SQL statements one batch POST of ``entries`` sends (it must store them all)."""
    with statements() as seen:
        response = client.post(URL + "/batch", json={"comments": entries}, headers=integration)
    assert response.status_code == 200, response.json
    return list(seen)


def test_an_items_newest_unique_comments_are_read_without_walking_its_campaign_members(
    app: Flask, session: Session, item: dict[str, Any]
) -> None:
    """The skeleton founding and the phrase pull-in read an item's newest unique comments for
    every comment no route placed; in a burst nearly every comment between them is a campaign
    member, which the read must not walk past (the partial index ``ix_comments_unaffiliated``)."""
    ids = _comments(session, item["id"], 3000)
    campaign = Campaign(profile=b"", created_at=at("2026-11-20T10:00:00Z"))
    session.add(campaign)
    session.flush()
    uniques = set(ids[:5])
    members = Comment.id.not_in(uniques)
    session.execute(
        update(Comment).where(members).values(kind="form_letter", campaign_id=campaign.id)
    )
    session.execute(update(Comment).where(Comment.id.in_(uniques)).values(kind="unique"))
    statement = recent_unaffiliated_statement(item["id"], ids[-1] + 1, 48)
    postgresql = session.get_bind().dialect.name == "postgresql"
    sql = str(
        statement.compile(
            dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}
        )
    )
    if postgresql:
        session.execute(text("ANALYZE comments"))
        plan = "\n".join(session.scalars(text("EXPLAIN " + sql)))
    else:
        plan = "\n".join(str(row[-1]) for row in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "ix_comments_unaffiliated" in plan, plan
    found = recent_unaffiliated(session, item["id"], ids[-1] + 1, 48)
    assert {c.id for c in found} == uniques


def test_an_items_campaign_sizes_are_counted_without_reading_its_members(
    app: Flask, session: Session, item: dict[str, Any]
) -> None:
    """The phrase route's ranking of an item's campaigns is read for every labelling batch; at
    1M stored, counting the item's campaign members read most of a million rows per batch. The
    sizes come from the summary counters instead, and still count the transaction's own changes
    (on PostgreSQL the counters' triggers are deferred to COMMIT, and these are not committed)."""
    ids = _comments(session, item["id"], 3000)
    big, small, emptied = (
        Campaign(profile=b"", created_at=at("2026-11-20T10:00:00Z")) for _ in range(3)
    )
    session.add_all([big, small, emptied])
    session.flush()
    session.execute(
        update(Comment)
        .where(Comment.id.in_(ids[:2900]))
        .values(kind="form_letter", campaign_id=big.id)
    )
    session.execute(
        update(Comment)
        .where(Comment.id.in_(ids[2900:2907]))
        .values(kind="form_letter", campaign_id=small.id)
    )
    session.execute(
        update(Comment)
        .where(Comment.id.in_(ids[2907:2910]))
        .values(kind="form_letter", campaign_id=emptied.id)
    )
    session.execute(
        update(Comment)
        .where(Comment.id.in_(ids[2907:2910]))
        .values(kind="unique", campaign_id=None)
    )
    postgresql = session.get_bind().dialect.name == "postgresql"
    sizes = {(i, c): n for i, c, n in item_campaign_sizes(session, postgresql, [item["id"]])}
    assert sizes == {(item["id"], big.id): 2900, (item["id"], small.id): 7}
    session.execute(update(Comment).where(Comment.id == ids[0]).values(campaign_id=small.id))
    sizes = {(i, c): n for i, c, n in item_campaign_sizes(session, postgresql, [item["id"]])}
    assert sizes == {(item["id"], big.id): 2899, (item["id"], small.id): 8}
    # and the statement reads the counters, a few rows per campaign, not the members
    statement = item_campaign_statement(postgresql)
    params = {"item_ids": [item["id"]]}
    if postgresql:
        session.execute(text("ANALYZE comments"))
        compiled = statement.compile(dialect=session.get_bind().dialect)
        rows = session.connection().exec_driver_sql(
            f"EXPLAIN (ANALYZE, BUFFERS) {compiled}", {**compiled.params, **params}
        )
        plan = "\n".join(row[0] for row in rows)
        read = max(int(n) for n in re.findall(r"actual time=\S+ rows=(\d+)", plan))
        # counter rows (and, uncommitted, their versions from this transaction), not members
        assert read < 290, plan
    else:
        sql = str(
            statement.params(params).compile(
                dialect=session.get_bind().dialect,
                compile_kwargs={"literal_binds": True, "render_postcompile": True},
            )
        )
        plan = "\n".join(str(row[-1]) for row in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "comments" not in plan, plan
