"""Writes to the MinHash LSH index kept in the database.

Only comments outside every campaign are indexed (see :class:`intake.models.BandKey`); a
campaign is found through the bounded keys of its profile. Reading the index for a batch of new
comments is :mod:`intake.labelling.snapshot`'s job.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from sqlalchemy import bindparam, delete, insert, text
from sqlalchemy.orm import Session

from intake.models import BandKey, CampaignBandKey


def pack_keys(keys: Iterable[int]) -> bytes:
    return np.asarray(list(keys), dtype="<i8").tobytes()


def unpack_keys(data: bytes | None) -> frozenset[int]:
    if not data:
        return frozenset()
    return frozenset(int(k) for k in np.frombuffer(data, dtype="<i8"))


def framing_keys(data: bytes | None) -> tuple[int, int] | None:
    """The first and last sentence keys of packed segment keys (stored in sentence order)."""
    if not data:
        return None
    keys = np.frombuffer(data, dtype="<i8")
    return int(keys[0]), int(keys[-1])


class IndexWriter:
    """Adds and removes index rows in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.postgresql = session.get_bind().dialect.name == "postgresql"
        self.staged_campaign_keys: dict[int, frozenset[int]] = {}
        """Campaign keys a batch changed, written once at its end (:meth:`write_staged`)."""

    def add(self, comment_id: int, keys: Iterable[int]) -> None:
        """Index an unaffiliated comment under its keys."""
        unique_keys = sorted(set(keys))
        if unique_keys:
            self.session.execute(
                insert(BandKey), [{"band_key": k, "comment_id": comment_id} for k in unique_keys]
            )

    def add_many(self, entries: Iterable[tuple[int, Iterable[int]]]) -> None:
        """Index many unaffiliated comments in one bulk insert (on PostgreSQL two parallel
        arrays, built directly: a dict per row was 4% of a batch's labelling)."""
        keys: list[int] = []
        ids: list[int] = []
        for comment_id, comment_keys in entries:
            unique_keys = sorted(set(comment_keys))
            keys.extend(unique_keys)
            ids.extend([comment_id] * len(unique_keys))
        if keys and self.postgresql:
            self.session.execute(_INSERT_BAND_KEYS, {"keys": keys, "ids": ids})
        elif keys:
            rows = [{"band_key": k, "comment_id": c} for k, c in zip(keys, ids, strict=True)]
            self.session.execute(insert(BandKey), rows)

    def remove(self, comment_ids: Sequence[int]) -> None:
        """Take comments out of the index when they join a campaign."""
        if comment_ids:
            self.session.execute(delete(BandKey).where(BandKey.comment_id.in_(comment_ids)))

    def stage_campaign_keys(self, campaign_id: int, keys: Iterable[int]) -> None:
        """Replace a campaign's keys when the batch ends: a young campaign's keys change with
        nearly every join, and a batch of hundreds would otherwise rewrite them as often (issue
        16: a fifth of the label queue's time). The batch itself reads them from memory."""
        self.staged_campaign_keys[campaign_id] = frozenset(keys)

    def write_staged(self) -> None:
        staged, self.staged_campaign_keys = self.staged_campaign_keys, {}
        for campaign_id, keys in sorted(staged.items()):
            self.set_campaign_keys(campaign_id, keys)

    def set_campaign_keys(self, campaign_id: int, keys: Iterable[int]) -> None:
        """Replace the (bounded) keys under which a campaign's profile is found."""
        with self.session.no_autoflush:  # the campaign's own key rows: no pending object matters
            self.session.execute(_DELETE_CAMPAIGN_KEYS, {"campaign_id": campaign_id})
        unique_keys = sorted(set(keys))
        if unique_keys and self.postgresql:
            self.session.execute(
                _INSERT_CAMPAIGN_KEYS, {"keys": unique_keys, "campaign_id": campaign_id}
            )
        elif unique_keys:
            self.session.execute(
                insert(CampaignBandKey),
                [{"band_key": k, "campaign_id": campaign_id} for k in unique_keys],
            )


_DELETE_CAMPAIGN_KEYS = delete(CampaignBandKey).where(
    CampaignBandKey.campaign_id == bindparam("campaign_id")
)
"""Built once: a statement built per call costs SQLAlchemy a cache-key walk every time."""

# PostgreSQL: a batch's index rows in one statement of constant text (the keys as arrays), where
# an executemany sends, and PostgreSQL executes, one INSERT per row (~40 per unaffiliated comment).
_INSERT_BAND_KEYS = text(
    "INSERT INTO band_keys (band_key, comment_id) "
    "SELECT * FROM unnest(CAST(:keys AS BIGINT[]), CAST(:ids AS BIGINT[]))"
)
_INSERT_CAMPAIGN_KEYS = text(
    "INSERT INTO campaign_band_keys (band_key, campaign_id) "
    "SELECT k, :campaign_id FROM unnest(CAST(:keys AS BIGINT[])) AS k"
)
