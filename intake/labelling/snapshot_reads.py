"""The SQL reads a :class:`~intake.labelling.snapshot.Snapshot` is loaded with.

Each function is one bounded query (chunked when it binds many values) and yields plain rows or
:class:`~intake.labelling.snapshot_state.Known` values; what to keep of them is the snapshot's
business. PostgreSQL gets array parameters and ``LATERAL`` joins, elsewhere (SQLite) window
functions give the same rows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Select,
    String,
    all_,
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

from intake.labelling.index import framing_keys, unpack_keys
from intake.labelling.snapshot_state import CANDIDATE_CAP, PERSON_CAP, Known, founding_person
from intake.models import (
    UNAFFILIATED,
    BandKey,
    Campaign,
    CampaignBandKey,
    Comment,
    Submitter,
    SummaryGroup,
)

KEY_HOLDER_CAP = 4 * CANDIDATE_CAP
"""Most holders (comments, and campaigns) read per lookup key: the newest."""
CHUNK = 2000
"""Most values bound into one IN list (SQLite and PostgreSQL both cap parameters)."""


def chunks(values: Iterable[object], size: int = CHUNK) -> Iterator[list[object]]:
    batch: list[object] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def one_of(
    postgresql: bool, column: QueryableAttribute[Any], name: str, kind: type[Any]
) -> ColumnElement[bool]:
    """``column IN (:name)``; on PostgreSQL ``column = ANY(:name)``, one array parameter.

    An ``IN`` list binds every value as its own placeholder, so the statement's text is long
    and differs with the list's length: psycopg parses it afresh each time (it caches only short
    statements) and PostgreSQL plans it afresh. One array parameter keeps the text short and
    constant, so both reuse their work (issue 16's profile: a third of a worker's CPU). Elsewhere
    an expanding parameter: one statement object whatever the list's length.

    The parameter is named, not given a value, so the statement that holds it can be built once
    (:func:`built_once`) and executed with ``{name: values}``.
    """
    if postgresql:
        return column == any_(bindparam(name, type_=ARRAY(kind())))
    return column.in_(bindparam(name, expanding=True))


def built_once(build: Callable[[bool], Any]) -> Callable[[bool], Any]:
    """A statement per engine kind, built on first use and then reused.

    SQLAlchemy finds a statement's compiled form by a cache key that it computes by walking the
    statement, memoised on the statement object; a statement built anew for every group is
    walked anew (issue 16's served profile: SQLAlchemy's cache-key generation was 11% of a
    worker's CPU, most of it on the snapshot's reads). Built once, the walk happens once.
    """
    return functools.cache(build)


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


def key_holders(session: Session, postgresql: bool, keys: Sequence[int]) -> Iterator[Any]:
    """Who holds each key: (is_campaign, key, holder) for comments and campaign profiles.

    At most ``KEY_HOLDER_CAP`` holders of each kind per key, the newest, so a key that
    thousands of comments share (a hot sentence in a burst) costs what a quiet one does; the
    matcher ranks candidates by keys shared and keeps ``CANDIDATE_CAP`` of them anyway.
    """
    for part in chunks(keys):
        if postgresql:
            yield from session.execute(_HOLDERS_PG, {"keys": part, "cap": KEY_HOLDER_CAP})
        else:
            yield from session.execute(_holders_windowed(part))


def _senders_recent(postgresql: bool) -> ColumnElement[bool]:
    """Where-clause for each sender's newest ``:cap`` comments (``:identities``)."""
    ranked = (
        select(
            Submitter.comment_id.label("id"),
            func.row_number()
            .over(partition_by=Submitter.identity_key, order_by=Submitter.comment_id.desc())
            .label("n"),
        )
        .where(one_of(postgresql, Submitter.identity_key, "identities", String))
        .subquery()
    )
    person_ids = select(ranked.c.id).where(ranked.c.n <= bindparam("cap"))
    return Comment.id.in_(person_ids)


def _known(where: ColumnElement[bool]) -> Any:
    return (
        select(
            Comment.id,
            Comment.campaign_id,
            Comment.duplicate_of_id,
            Comment.signature,
            Comment.shingle_count,
            Comment.segment_keys,
            Comment.item_id,
            Comment.exact_hash,
            Comment.source_key,
            Submitter.identity_key,
            Submitter.name,
            Submitter.email,
        )
        .join(Submitter, Submitter.comment_id == Comment.id)
        .where(where, Comment.signature.is_not(None))
    )


@built_once
def _known_of_senders(postgresql: bool) -> Any:
    return _known(_senders_recent(postgresql))


@built_once
def _known_by_id(postgresql: bool) -> Any:
    return _known(one_of(postgresql, Comment.id, "ids", BigInteger))


def known_of_senders(
    session: Session, postgresql: bool, identities: Sequence[str], batch_size: int
) -> Iterator[Known]:
    """Each sender's ``PERSON_CAP`` (plus the batch's size) newest fingerprinted comments."""
    for part in chunks(identities):
        params = {"identities": part, "cap": PERSON_CAP + batch_size}
        yield from _as_known(session.execute(_known_of_senders(postgresql), params))


def known_by_id(session: Session, postgresql: bool, ids: Sequence[int]) -> Iterator[Known]:
    """The fingerprinted comments with these ids, as the matcher sees them, a chunk at a time."""
    for part in chunks(ids):
        yield from _as_known(session.execute(_known_by_id(postgresql), {"ids": part}))


def _as_known(rows: Iterable[Any]) -> Iterator[Known]:
    for row in rows:
        yield Known(
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
            person=founding_person(row.identity_key, row.name, row.email, row.source_key),
        )


@built_once
def _live_campaigns(postgresql: bool) -> Any:
    return select(Campaign).where(
        one_of(postgresql, Campaign.id, "ids", BigInteger), Campaign.merged_into_id.is_(None)
    )


def live_campaigns(session: Session, postgresql: bool, ids: Sequence[int]) -> Iterator[Campaign]:
    """The campaigns with these ids that were not merged into another."""
    for part in chunks(ids):
        yield from session.scalars(_live_campaigns(postgresql), {"ids": part})


def first_members(session: Session, postgresql: bool, hashes: Sequence[str]) -> Iterator[Any]:
    """For each text, (exact_hash, id, campaign_id) of its earliest campaign member."""
    if postgresql and hashes:
        yield from session.execute(_FIRST_MEMBERS_LATERAL, {"hashes": list(hashes)})
        return
    for part in chunks(hashes, 200):
        firsts = [
            select(Comment.exact_hash, Comment.id, Comment.campaign_id)
            .where(Comment.exact_hash == h, Comment.campaign_id.is_not(None))
            .order_by(Comment.id)
            .limit(1)
            .subquery()
            for h in part
        ]
        query = union_all(*(select(f) for f in firsts)) if len(firsts) > 1 else select(firsts[0])
        yield from session.execute(query)


def _first_members_lateral() -> Any:
    """The same on PostgreSQL in one short statement: the hashes as one array, each one's
    first member through ``ix_comments_exact_hash_id`` (``LATERAL ... LIMIT 1``)."""
    wanted = (
        func.unnest(bindparam("hashes", type_=ARRAY(String())))
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
    return select(wanted.c.exact_hash, first.c.id, first.c.campaign_id).select_from(
        wanted.join(first, true())
    )


_FIRST_MEMBERS_LATERAL = _first_members_lateral()


@built_once
def item_campaign_statement(postgresql: bool) -> Any:
    """Members per campaign on the items ``:item_ids``, from the counters (see below)."""
    members = func.sum(SummaryGroup.n)
    return (
        select(SummaryGroup.item_id, SummaryGroup.campaign_id, members)
        .where(
            one_of(postgresql, SummaryGroup.item_id, "item_ids", String),
            SummaryGroup.campaign_id != 0,
        )
        .group_by(SummaryGroup.item_id, SummaryGroup.campaign_id)
        .having(members > 0)
    )


COUNTER_TRIGGERS = ("summary_count_insert", "summary_count_update", "summary_count_delete")
"""Migration 0012's constraint triggers on ``comments``, deferred to COMMIT on PostgreSQL."""
COUNT_AT_EACH_STATEMENT = text(f"SET CONSTRAINTS {', '.join(COUNTER_TRIGGERS)} IMMEDIATE")
"""For the rest of the transaction, count each statement's comment changes at its end (and the
changes already pending now): what a transaction that labels twice needs (see below)."""


def item_campaign_sizes(
    session: Session, postgresql: bool, item_ids: Sequence[str]
) -> Iterator[Any]:
    """(item_id, campaign_id, members) for every campaign with members on these items.

    Read from the summary counters (``summary_groups``, kept by migration 0012's triggers): a few
    rows per campaign on the item, where counting the members themselves read every one of them
    (most of a million at 1M stored: issue 16's rule that no statement on the hot path reads rows
    that grow with an item's comments). The phrase route's fallback (see
    :meth:`~intake.labelling.snapshot.Snapshot.item_campaign_profiles`) keeps only each item's few
    largest campaigns, but the batch keeps every count so that the ranking it updates in memory
    is the one a later one-by-one read would find.

    On PostgreSQL the triggers count at COMMIT, so the counts are the committed ones plus those
    of this transaction's statements already counted. Every labelling transaction reads them
    before it changes a label (a labeller's batch, a group, an import chunk, a relabel chunk
    after its committed reset); one that labels again after changing labels must count its
    changes first with :data:`COUNT_AT_EACH_STATEMENT` (the label queue's one-by-one retry of
    a failed batch does).
    """
    for part in chunks(item_ids):
        yield from session.execute(item_campaign_statement(postgresql), {"item_ids": part})


def recent_unaffiliated(
    session: Session, item_id: str, before_id: int, limit: int
) -> list[Comment]:
    """The item's ``limit`` newest comments before ``before_id`` still labelled unique.

    Read through the partial index ``ix_comments_unaffiliated`` backwards and stopped at the
    limit: the phrase pull-in (see :func:`intake.text.matching.phrase_pull_in`) looks no further
    back, and the campaign members in between are not in the index to walk past. The condition
    is the index's own text, so both engines' planners see that it applies.
    """
    return list(session.scalars(recent_unaffiliated_statement(item_id, before_id, limit)))


def recent_unaffiliated_statement(item_id: str, before_id: int, limit: int) -> Select[Comment]:
    return (
        select(Comment)
        .where(Comment.item_id == item_id, Comment.id < before_id, text(UNAFFILIATED))
        .order_by(Comment.id.desc())
        .limit(limit)
    )


@built_once
def _recent_unaffiliated_around(postgresql: bool) -> Any:
    if postgresql:
        not_batch = Comment.id != all_(bindparam("batch", type_=ARRAY(BigInteger())))
    else:
        not_batch = Comment.id.not_in(bindparam("batch", expanding=True))
    return (
        select(Comment)
        .where(
            Comment.item_id == bindparam("item_id"),
            Comment.id < bindparam("before_id"),
            text(UNAFFILIATED),
            not_batch,
        )
        .order_by(Comment.id.desc())
        .limit(bindparam("limit"))
    )


def recent_unaffiliated_around(
    session: Session, postgresql: bool, item_id: str, batch_ids: Sequence[int], limit: int
) -> list[Comment]:
    """The item's ``limit`` newest comments still labelled unique, earlier than the newest of
    ``batch_ids`` and not among them: what :func:`recent_unaffiliated` finds of the rows outside a
    batch, read once for the whole batch (see :class:`~.snapshot_state.RecentUnaffiliated`).

    Read without autoflush, so the batch's pending labels are not written early: the batch's
    own comments are left out by the condition anyway, and a stored comment the batch has just
    put into a campaign (its change still pending) is still returned, as the caller expects: it
    checks each row's state in memory (:meth:`~.snapshot_state.RecentUnaffiliated.before`).
    ``batch_ids`` holds at most ``CHUNK`` ids.
    """
    params = {
        "item_id": item_id,
        "before_id": max(batch_ids),
        "batch": list(batch_ids),
        "limit": limit,
    }
    with session.no_autoflush:
        return list(session.scalars(_recent_unaffiliated_around(postgresql), params))
