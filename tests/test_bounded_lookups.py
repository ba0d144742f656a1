"""The write path's look-ups read a bounded number of rows however hot a key is (issue 16).

A sentence that thousands of unaffiliated comments share puts thousands of rows under one lookup
key; the candidate read takes only each key's newest ``KEY_HOLDER_CAP`` holders, in SQL, rather
than every row to be capped in Python.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from flask import Flask
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from intake.labelling.activity import SenderTally
from intake.labelling.index import IndexWriter
from intake.labelling.snapshot import KEY_HOLDER_CAP, Snapshot
from intake.models import BandKey, Campaign, CampaignBandKey, Comment
from tests.conftest import at

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

    assert snapshot.band_rows[HOT] == set(ids[-KEY_HOLDER_CAP:])
    assert snapshot.band_rows[QUIET] == set(ids[:3])
    newest_campaigns = sorted(c.id for c in campaigns)[-KEY_HOLDER_CAP:]
    assert snapshot.campaign_keys[HOT] == set(newest_campaigns)
