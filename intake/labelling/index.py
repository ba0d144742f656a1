"""The MinHash LSH index kept in the database, and candidate lookup over it.

Lookup is one query for all of a comment's keys (LSH bands and sentence keys) plus the sender's
own earlier comments, and one query for the campaigns whose bounded profiles share a key. Only
comments outside every campaign are indexed (see :class:`intake.models.BandKey`), and every
lookup is capped, so its cost does not grow with campaign size or corpus size.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from sqlalchemy import delete, func, insert, select, union_all
from sqlalchemy.orm import Session

from intake.models import BandKey, Campaign, CampaignBandKey, Comment, Submitter
from intake.text.fingerprint import Fingerprint, signature_from_bytes
from intake.text.matching import CampaignProfile, Candidate

CANDIDATE_CAP = 64
"""Most unaffiliated comments one lookup returns (those sharing the most keys first)."""
PERSON_CAP = 50
"""Most of one sender's own earlier comments considered for duplicates."""
CAMPAIGN_CAP = 16
"""Most campaigns one lookup returns."""


def pack_keys(keys: Iterable[int]) -> bytes:
    return np.asarray(list(keys), dtype="<i8").tobytes()


def unpack_keys(data: bytes | None) -> frozenset[int]:
    if not data:
        return frozenset()
    return frozenset(int(k) for k in np.frombuffer(data, dtype="<i8"))


class CandidateIndex:
    def __init__(self, session: Session) -> None:
        self.session = session

    def candidates(
        self, fp: Fingerprint, comment_id: int, identity_key: str, item_id: str
    ) -> list[Candidate]:
        """Earlier comments that may share this one's text: key collisions and the sender's own."""
        keys = sorted(set(fp.lookup_keys))
        by_key = (
            select(BandKey.comment_id.label("id"))
            .where(BandKey.band_key.in_(keys), BandKey.comment_id != comment_id)
            .group_by(BandKey.comment_id)
            .order_by(func.count().desc(), BandKey.comment_id)
            .limit(CANDIDATE_CAP)
        )
        by_person = (
            select(Submitter.comment_id.label("id"))
            .where(Submitter.identity_key == identity_key, Submitter.comment_id < comment_id)
            .order_by(Submitter.comment_id.desc())
            .limit(PERSON_CAP)
        )
        if not keys:
            return self._load(by_person, identity_key, item_id)
        key_ids, person_ids = by_key.subquery(), by_person.subquery()
        ids = union_all(select(key_ids.c.id), select(person_ids.c.id))
        return self._load(ids, identity_key, item_id)

    def _load(self, ids: Any, identity_key: str, item_id: str) -> list[Candidate]:
        rows = self.session.execute(
            select(
                Comment.id,
                Comment.campaign_id,
                Comment.signature,
                Comment.shingle_count,
                Comment.segment_keys,
                Comment.item_id,
                Submitter.identity_key,
            )
            .join(Submitter, Submitter.comment_id == Comment.id)
            .where(Comment.id.in_(ids), Comment.signature.is_not(None))
            .order_by(Comment.id)
        ).all()
        return [
            Candidate(
                comment_id=row.id,
                campaign_id=row.campaign_id,
                signature=signature_from_bytes(row.signature),
                shingle_count=row.shingle_count or 0,
                same_person=row.identity_key == identity_key,
                same_item=row.item_id == item_id,
                segment_hashes=unpack_keys(row.segment_keys),
            )
            for row in rows
        ]

    def own_earlier(self, comment_id: int, identity_key: str, item_id: str) -> list[Candidate]:
        """Only the sender's own earlier comments: enough to rule out a duplicate."""
        by_person = (
            select(Submitter.comment_id)
            .where(Submitter.identity_key == identity_key, Submitter.comment_id < comment_id)
            .order_by(Submitter.comment_id.desc())
            .limit(PERSON_CAP)
        )
        return self._load(by_person, identity_key, item_id)

    def campaigns(self, fp: Fingerprint) -> list[CampaignProfile]:
        """Campaigns whose profile keys collide with this comment's keys."""
        keys = sorted(set(fp.lookup_keys))
        if not keys:
            return []
        hits = (
            select(CampaignBandKey.campaign_id)
            .where(CampaignBandKey.band_key.in_(keys))
            .group_by(CampaignBandKey.campaign_id)
            .order_by(func.count().desc(), CampaignBandKey.campaign_id)
            .limit(CAMPAIGN_CAP)
        )
        rows = self.session.execute(
            select(Campaign.id, Campaign.profile)
            .where(Campaign.id.in_(hits), Campaign.merged_into_id.is_(None))
            .order_by(Campaign.id)
        ).all()
        return [CampaignProfile.from_bytes(row.profile) for row in rows]

    def add(self, comment_id: int, keys: Iterable[int]) -> None:
        """Index an unaffiliated comment under its keys."""
        unique_keys = sorted(set(keys))
        if unique_keys:
            self.session.execute(
                insert(BandKey), [{"band_key": k, "comment_id": comment_id} for k in unique_keys]
            )

    def add_many(self, entries: Iterable[tuple[int, Iterable[int]]]) -> None:
        """Index many unaffiliated comments in one bulk insert."""
        rows = [
            {"band_key": key, "comment_id": comment_id}
            for comment_id, keys in entries
            for key in sorted(set(keys))
        ]
        if rows:
            self.session.execute(insert(BandKey), rows)

    def remove(self, comment_ids: Sequence[int]) -> None:
        """Take comments out of the index when they join a campaign."""
        if comment_ids:
            self.session.execute(delete(BandKey).where(BandKey.comment_id.in_(comment_ids)))

    def set_campaign_keys(self, campaign_id: int, keys: Iterable[int]) -> None:
        """Replace the (bounded) keys under which a campaign's profile is found."""
        self.session.execute(
            delete(CampaignBandKey).where(CampaignBandKey.campaign_id == campaign_id)
        )
        unique_keys = sorted(set(keys))
        if unique_keys:
            self.session.execute(
                insert(CampaignBandKey),
                [{"band_key": k, "campaign_id": campaign_id} for k in unique_keys],
            )
