"""What a batch of new comments can see of the index, loaded in a few queries.

Labelling decides comment by comment, in arrival order, and each decision needs the earlier
comments and campaigns that share its keys, the sender's own earlier comments, an exact copy of a
campaign member if there is one, and recent activity for the spam signals. A :class:`Snapshot`
loads all of that for a whole batch at once (a single comment is a batch of one), then answers
each comment's lookups from memory, layering the batch's own earlier comments on top. Index rows
for the batch are written in one bulk insert at the end.

The lookups are bounded exactly as a per-comment query would be: at most ``CANDIDATE_CAP`` index
candidates (those sharing the most keys), ``PERSON_CAP`` of the sender's own comments and
``CAMPAIGN_CAP`` campaigns, so cost does not grow with campaign or corpus size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    String,
    any_,
    bindparam,
    func,
    literal,
    select,
    text,
    true,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import QueryableAttribute, Session

from intake.labelling.activity import Counts, SenderTally
from intake.labelling.index import IndexWriter, framing_keys, unpack_keys
from intake.models import BandKey, Campaign, CampaignBandKey, Comment, Submitter
from intake.text.fingerprint import Fingerprint, signature_from_bytes
from intake.text.matching import CampaignProfile, Candidate, framing_of

CANDIDATE_CAP = 64
PERSON_CAP = 50
CAMPAIGN_CAP = 16
KEY_HOLDER_CAP = 4 * CANDIDATE_CAP
"""Most holders (comments, and campaigns) read per lookup key: the newest."""
CHUNK = 2000
"""Most values bound into one IN list (SQLite and PostgreSQL both cap parameters)."""


@dataclass(frozen=True)
class Known:
    """An earlier comment as the matcher sees it."""

    id: int
    campaign_id: int | None
    duplicate_of_id: int | None
    signature: bytes
    shingle_count: int
    segment_keys: frozenset[int]
    item_id: str
    identity_key: str
    exact_hash: str | None
    framing: tuple[int, int] | None = None
    """Its first and last sentence keys (the heavy-edit framing), when it has sentences."""


def _chunks(values: Iterable[object], size: int = CHUNK) -> Iterator[list[object]]:
    batch: list[object] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _one_of(
    postgresql: bool, column: QueryableAttribute[Any], values: Sequence[Any], kind: type[Any]
) -> ColumnElement[bool]:
    """``column IN (values)``; on PostgreSQL ``column = ANY(array)``, one parameter.

    An ``IN`` list binds every value as its own placeholder, so the statement's text is long
    and differs with the list's length: psycopg parses it afresh each time (it caches only short
    statements) and PostgreSQL plans it afresh. One array parameter keeps the text short and
    constant, so both reuse their work (issue 16's profile: a third of a worker's CPU).
    """
    if postgresql:
        return column == any_(bindparam(None, list(values), type_=ARRAY(kind())))
    return column.in_(values)


_HOLDERS_PG = text(
    "SELECT false AS is_campaign, k.band_key, h.comment_id AS holder "
    "FROM unnest(CAST(:keys AS BIGINT[])) AS k(band_key) CROSS JOIN LATERAL "
    "(SELECT b.comment_id FROM band_keys AS b WHERE b.band_key = k.band_key "
    "ORDER BY b.comment_id DESC LIMIT :cap) AS h "
    "UNION ALL "
    "SELECT true, k.band_key, h.campaign_id "
    "FROM unnest(CAST(:keys AS BIGINT[])) AS k(band_key) CROSS JOIN LATERAL "
    "(SELECT c.campaign_id FROM campaign_band_keys AS c WHERE c.band_key = k.band_key "
    "ORDER BY c.campaign_id DESC LIMIT :cap) AS h"
)
"""PostgreSQL: each key's newest holders through the primary keys (``band_key, holder``), read
backwards and stopped at the cap: rows read are bounded by keys x cap, whatever a key holds."""


def _holders_pg(keys: Sequence[object]) -> Any:
    return _HOLDERS_PG.bindparams(keys=list(keys), cap=KEY_HOLDER_CAP)


def _holders_windowed(keys: Sequence[object]) -> Any:
    """Elsewhere (SQLite, one machine): the same rows, numbered per key by a window."""

    def newest(holder: Any, key: Any, is_campaign: bool) -> Any:
        ranked = (
            select(
                literal(is_campaign).label("is_campaign"),
                key.label("band_key"),
                holder.label("holder"),
                func.row_number().over(partition_by=key, order_by=holder.desc()).label("n"),
            )
            .where(key.in_(keys))
            .subquery()
        )
        return select(ranked.c.is_campaign, ranked.c.band_key, ranked.c.holder).where(
            ranked.c.n <= KEY_HOLDER_CAP
        )

    return union_all(
        newest(BandKey.comment_id, BandKey.band_key, False),
        newest(CampaignBandKey.campaign_id, CampaignBandKey.band_key, True),
    )


def _top(counts: dict[int, int], cap: int) -> list[int]:
    return [key for key, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:cap]]


class Snapshot:
    """The index as the batch's comments may see it, plus the batch's own effects."""

    def __init__(
        self,
        session: Session,
        index: IndexWriter,
        tally: SenderTally,
        *,
        already_counted: bool = False,
    ) -> None:
        self.session = session
        self.postgresql = session.get_bind().dialect.name == "postgresql"
        self.index = index
        self.tally = tally
        self.already_counted = already_counted
        self.band_rows: defaultdict[int, set[int]] = defaultdict(set)
        self.removed: set[int] = set()
        self.pending: dict[int, frozenset[int]] = {}
        self.known: dict[int, Known] = {}
        self.by_person: defaultdict[str, set[int]] = defaultdict(set)
        self.campaign_keys: defaultdict[int, set[int]] = defaultdict(set)
        self.campaigns: dict[int, Campaign] = {}
        self.exact: dict[str, tuple[int, int]] = {}
        self.unseen: set[int] = set()

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(
        cls,
        session: Session,
        index: IndexWriter,
        batch: Sequence[tuple[Comment, Fingerprint]],
        velocity_window: timedelta,
        burst_window: timedelta,
        min_exact_shingles: int,
        *,
        already_counted: bool = False,
    ) -> Snapshot:
        """``already_counted``: the batch is stored comments being relabelled (see
        :meth:`SenderTally.load`)."""
        tally = SenderTally.load(
            session,
            [c for c, _fp in batch],
            velocity_window,
            burst_window,
            already_counted=already_counted,
        )
        snap = cls(session, index, tally, already_counted=already_counted)
        snap.unseen = {c.id for c, _fp in batch}
        keys = sorted({k for _c, fp in batch for k in fp.lookup_keys})
        identities = sorted({c.submitter.identity_key for c, _fp in batch})
        snap._load_key_rows(keys)
        wanted = set()
        for comment, fp in batch:
            wanted.update(snap._top_by_key(fp, comment.id))
        snap._load_known(wanted, identities, len(batch))
        snap._load_campaigns({cid for _c, fp in batch for cid in snap._top_campaigns(fp)})
        hashes = {fp.exact_hash for _c, fp in batch if fp.shingle_count >= min_exact_shingles}
        snap._load_exact(sorted(hashes))
        return snap

    def _load_key_rows(self, keys: Sequence[int]) -> None:
        """Who holds each key: unaffiliated comments and campaign profiles, in one statement.

        At most ``KEY_HOLDER_CAP`` holders of each kind per key, the newest, so a key that
        thousands of comments share (a hot sentence in a burst) costs what a quiet one does; the
        matcher ranks candidates by keys shared and keeps ``CANDIDATE_CAP`` of them anyway.
        """
        for part in _chunks(keys):
            query = _holders_pg(part) if self.postgresql else _holders_windowed(part)
            for is_campaign, key, holder in self.session.execute(query):
                if is_campaign:
                    self.campaign_keys[key].add(holder)
                elif holder not in self.unseen:
                    self.band_rows[key].add(holder)

    def _load_known(self, ids: set[int], identities: Sequence[str], batch_size: int) -> None:
        """Candidate rows: the index candidates wanted, and each sender's recent comments."""
        ranked = (
            select(
                Submitter.comment_id.label("id"),
                func.row_number()
                .over(partition_by=Submitter.identity_key, order_by=Submitter.comment_id.desc())
                .label("n"),
            )
            .where(_one_of(self.postgresql, Submitter.identity_key, identities, String))
            .subquery()
        )
        person_ids = select(ranked.c.id).where(ranked.c.n <= PERSON_CAP + batch_size)
        parts: list[ColumnElement[bool]] = [Comment.id.in_(person_ids)]
        self._fetch_known(parts)
        for part in _chunks(sorted(ids - set(self.known))):
            self._fetch_known([_one_of(self.postgresql, Comment.id, part, BigInteger)])

    def _fetch_known(self, where: list[ColumnElement[bool]]) -> None:
        rows = self.session.execute(
            select(
                Comment.id,
                Comment.campaign_id,
                Comment.duplicate_of_id,
                Comment.signature,
                Comment.shingle_count,
                Comment.segment_keys,
                Comment.item_id,
                Comment.exact_hash,
                Submitter.identity_key,
            )
            .join(Submitter, Submitter.comment_id == Comment.id)
            .where(*where, Comment.signature.is_not(None))
        )
        for row in rows:
            if row.id in self.unseen:
                continue
            self._remember(
                Known(
                    id=row.id,
                    campaign_id=row.campaign_id,
                    duplicate_of_id=row.duplicate_of_id,
                    signature=row.signature,
                    shingle_count=row.shingle_count or 0,
                    segment_keys=unpack_keys(row.segment_keys),
                    item_id=row.item_id,
                    identity_key=row.identity_key,
                    exact_hash=row.exact_hash,
                    framing=framing_keys(row.segment_keys),
                )
            )

    def _remember(self, known: Known) -> None:
        self.known[known.id] = known
        self.by_person[known.identity_key].add(known.id)

    def _load_campaigns(self, ids: set[int]) -> None:
        missing = sorted(ids - set(self.campaigns))
        for part in _chunks(missing):
            for campaign in self.session.scalars(
                select(Campaign).where(
                    _one_of(self.postgresql, Campaign.id, part, BigInteger),
                    Campaign.merged_into_id.is_(None),
                )
            ):
                self.campaigns[campaign.id] = campaign

    def _load_exact(self, hashes: Sequence[str]) -> None:
        """For each text, the campaign of its earliest member (the exact-copy fast path)."""
        if self.postgresql and hashes:
            self._load_exact_lateral(hashes)
            return
        for part in _chunks(hashes, 200):
            firsts = [
                select(Comment.exact_hash, Comment.id, Comment.campaign_id)
                .where(Comment.exact_hash == h, Comment.campaign_id.is_not(None))
                .order_by(Comment.id)
                .limit(1)
                .subquery()
                for h in part
            ]
            query = (
                union_all(*(select(f) for f in firsts)) if len(firsts) > 1 else select(firsts[0])
            )
            self._note_exact(self.session.execute(query))

    def _load_exact_lateral(self, hashes: Sequence[str]) -> None:
        """The same on PostgreSQL in one short statement: the hashes as one array, each one's
        first member through ``ix_comments_exact_hash_id`` (``LATERAL ... LIMIT 1``)."""
        wanted = (
            func.unnest(bindparam(None, list(hashes), type_=ARRAY(String())))
            .table_valued("exact_hash")
            .render_derived()
        )
        first = (
            select(Comment.id, Comment.campaign_id)
            .where(Comment.exact_hash == wanted.c.exact_hash, Comment.campaign_id.is_not(None))
            .order_by(Comment.id)
            .limit(1)
            .lateral()
        )
        query = select(wanted.c.exact_hash, first.c.id, first.c.campaign_id).select_from(
            wanted.join(first, true())
        )
        self._note_exact(self.session.execute(query))

    def _note_exact(self, rows: Iterable[Any]) -> None:
        for exact_hash, comment_id, campaign_id in rows:
            if comment_id not in self.unseen:
                self.exact[exact_hash] = (comment_id, campaign_id)

    def _top_by_key(self, fp: Fingerprint, comment_id: int) -> list[int]:
        keys = set(fp.lookup_keys)
        counts: dict[int, int] = defaultdict(int)
        for key in keys:
            for other in self.band_rows.get(key, ()):
                if other != comment_id and other not in self.removed:
                    counts[other] += 1
        for other, other_keys in self.pending.items():
            shared = len(other_keys & keys) if other != comment_id else 0
            if shared:
                counts[other] += shared
        return _top(counts, CANDIDATE_CAP)

    def _top_campaigns(self, fp: Fingerprint) -> list[int]:
        counts: dict[int, int] = defaultdict(int)
        for key in set(fp.lookup_keys):
            for campaign_id in self.campaign_keys.get(key, ()):
                counts[campaign_id] += 1
        return _top(counts, CAMPAIGN_CAP)

    def candidates(self, comment: Comment, fp: Fingerprint) -> list[Candidate]:
        identity = comment.submitter.identity_key
        ids = set(self._top_by_key(fp, comment.id))
        ids.update(self._own_ids(comment))
        self._ensure_known(ids)
        return [self._candidate(self.known[i], identity, comment.item_id) for i in sorted(ids)]

    def own_earlier(self, comment: Comment) -> list[Candidate]:
        identity = comment.submitter.identity_key
        ids = self._own_ids(comment)
        return [self._candidate(self.known[i], identity, comment.item_id) for i in sorted(ids)]

    def _own_ids(self, comment: Comment) -> list[int]:
        mine = [i for i in self.by_person.get(comment.submitter.identity_key, ()) if i < comment.id]
        return sorted(mine, reverse=True)[:PERSON_CAP]

    def _ensure_known(self, ids: set[int]) -> None:
        missing = sorted(ids - set(self.known))
        for part in _chunks(missing):
            self._fetch_known([_one_of(self.postgresql, Comment.id, part, BigInteger)])

    @staticmethod
    def _candidate(known: Known, identity: str, item_id: str) -> Candidate:
        return Candidate(
            comment_id=known.id,
            campaign_id=known.campaign_id,
            signature=signature_from_bytes(known.signature),
            shingle_count=known.shingle_count,
            same_person=known.identity_key == identity,
            same_item=known.item_id == item_id,
            segment_hashes=known.segment_keys,
            framing=known.framing,
        )

    def campaign_profiles(self, fp: Fingerprint) -> list[CampaignProfile]:
        ids = self._top_campaigns(fp)
        self._load_campaigns(set(ids))
        return [
            CampaignProfile.from_bytes(self.campaigns[i].profile)
            for i in sorted(ids)
            if i in self.campaigns
        ]

    def campaign(self, campaign_id: int) -> Campaign:
        self._load_campaigns({campaign_id})
        return self.campaigns[campaign_id]

    def exact_campaign(self, fp: Fingerprint) -> int | None:
        hit = self.exact.get(fp.exact_hash)
        return hit[1] if hit is not None else None

    def root(self, comment_id: int) -> int:
        """Duplicates point at the person's first comment, not at another duplicate."""
        self._ensure_known({comment_id})
        known = self.known.get(comment_id)
        if known is None or known.duplicate_of_id is None:
            return comment_id
        return known.duplicate_of_id

    def counts(self, comment: Comment) -> Counts:
        """Velocity and burst counts for a comment that has :meth:`arrived`."""
        return self.tally.of(comment)

    # ------------------------------------------------------------------ the batch's effects

    def arrived(self, comment: Comment) -> None:
        """Count a comment in the recent activity before its own spam signals are read."""
        self.tally.arrived(comment, record=not self.already_counted)

    def settled(self, comment: Comment, fp: Fingerprint) -> None:
        """A batch comment is labelled: later ones see it as an earlier comment."""
        self.unseen.discard(comment.id)
        assert comment.signature is not None
        self._remember(
            Known(
                id=comment.id,
                campaign_id=comment.campaign_id,
                duplicate_of_id=comment.duplicate_of_id,
                signature=comment.signature,
                shingle_count=fp.shingle_count,
                segment_keys=frozenset(fp.segment_hashes),
                item_id=comment.item_id,
                identity_key=comment.submitter.identity_key,
                exact_hash=comment.exact_hash,
                framing=framing_of(fp),
            )
        )
        if comment.campaign_id is None:
            self.pending[comment.id] = frozenset(fp.lookup_keys)
        else:
            self._note_member(comment.id, comment.exact_hash, comment.campaign_id)

    def joined(self, comment_ids: Sequence[int], campaign_id: int) -> None:
        """Earlier comments became campaign members: out of the index, into the exact map."""
        stored = []
        for comment_id in comment_ids:
            if self.pending.pop(comment_id, None) is None:
                stored.append(comment_id)
            self.removed.add(comment_id)
            known = self.known.get(comment_id)
            if known is not None:
                self.known[comment_id] = replace(known, campaign_id=campaign_id)
                self._note_member(comment_id, known.exact_hash, campaign_id)
        self.index.remove(stored)

    def _note_member(self, comment_id: int, exact_hash: str | None, campaign_id: int) -> None:
        if exact_hash is None:
            return
        first = self.exact.get(exact_hash)
        if first is None or comment_id < first[0]:
            self.exact[exact_hash] = (comment_id, campaign_id)

    def campaign_created(self, campaign: Campaign) -> None:
        self.campaigns[campaign.id] = campaign

    def campaign_keys_changed(self, campaign_id: int, keys: Iterable[int]) -> None:
        for holders in self.campaign_keys.values():
            holders.discard(campaign_id)
        for key in keys:
            self.campaign_keys[key].add(campaign_id)

    def flush(self) -> None:
        """Write the batch's index rows in one bulk insert, and its sender counts."""
        pending, self.pending = self.pending, {}
        self.index.add_many(pending.items())
        self.tally.flush(self.session)
