"""Per-item aggregates: what came in on one agenda item, as one consistent set of numbers.

The whole summary is read by **one** SQL statement (a ``UNION ALL`` of three aggregates), so
every figure comes from the same snapshot even while comments are being posted: the totals, the
kind and position counts, the campaigns and the timeline always add up to each other. The rows
that statement returns are few (one per kind x position x campaign x has-personal-text, one per
hour x kind, one distinct-people count) and are folded into the response in Python.

Counting rules (ACUS Recommendation 2021-1: show identical comments once with a count, but count
every one of them):

* ``total`` counts every comment, spam included; ``by_kind`` splits it (``unlabelled`` holds the
  comments no labeller has labelled, so the kinds always add up to ``total``).
* ``by_position`` and the campaign figures leave spam out.
* ``distinct_submitters`` counts distinct people among the non-spam comments, so a person who
  sent the same comment three times counts three times in ``total`` and once here. People are
  told apart by ``comments.person_key``, their ``submitters.identity_key`` cut to 64 bits
  (:func:`intake.models.person_key`): exact unless two people's SHA-256 digests agree on their
  first 64 bits (odds about 3e-8 for a million people), which would make the count one low.
* ``signatures`` adds up the non-spam comments' declared signatories (``comments.signatures``,
  1 unless a comment says it is sent on behalf of more), so a letter signed by 300 is one comment,
  one person (its sender) and 300 signatures: never one voice, never 300 comments.
* ``disputed`` counts the comments staff marked as filed in someone's name without consent
  (``comment_disputes``, after a false-filing report); they stay in every other figure.
* ``share`` is a campaign's size on this item divided by the item's ``total``.

Why the live (staff) summary is fast: it reads counters, not comments. Triggers on ``comments``
(migration 0012) keep per-item counts of exactly the groups below, the quarter hours and the
distinct people, on every write path; :meth:`SummaryService._counted` reads those few rows and
probes ``ix_comments_summary`` for first and last received, in one statement (its cost does not
grow with the item). The public figures, as of a boundary, are aggregated from the comments
once per boundary and stored (:meth:`SummaryService.published`), as follows.

Why that aggregate is as fast as a full pass can be: the statement reads only ``comments`` columns
that ``ix_comments_summary`` holds (item, kind, position, campaign, ``has_personal_text``,
``received_at``, ``person_key``), so on PostgreSQL every branch is an index-only scan of narrow
index tuples instead of a heap scan of wide rows (body, signature) plus a join to ``submitters``.
The two denormalised columns are kept right on every write path by the model (validators, NOT NULL,
a CHECK constraint; see :class:`intake.models.Comment`), and written in the transaction that writes
the label, so the one snapshot still sees numbers that add up. Index-only scans need a current
visibility map, which autovacuum keeps; right after a bulk load, ``VACUUM`` the table.

Nothing here reads ``submitters``, so the summary carries no personal data: campaign texts are the
labeller's representative text, never a member's personal text.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Integer,
    String,
    and_,
    bindparam,
    case,
    delete,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    text,
    type_coerce,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from intake.db import UTCDateTime, utcnow
from intake.localtime import hour_label, local_hour_start
from intake.models import (
    Campaign,
    Comment,
    CommentDispute,
    PublishedSummary,
    SummaryGroup,
    SummaryHour,
    SummaryPeople,
)
from intake.services.items import AgendaItemService
from schemas.vocabulary import KINDS, POSITIONS, UNLABELLED, UNSPECIFIED

KIND_KEYS = (*KINDS, UNLABELLED)
POSITION_KEYS = (*POSITIONS, UNSPECIFIED)
SUMMARY_ORDER = ("item_id", "kind", "position", "campaign_id", "has_personal_text", "received_at")
"""``ix_comments_summary``'s leading columns: ordered by all of them, a probe reads one entry."""
PLANNER_SWITCHES = ("enable_seqscan", "enable_bitmapscan")
"""Turned off for the summary statement alone, so PostgreSQL reads the covering index."""


class hour_start(FunctionElement[Any]):  # noqa: N801 - reads like the SQL function it is
    """The bucket a timestamp is counted in, before it is folded into local hours.

    Both engines truncate to the UTC quarter hour, which folds exactly into local hours in
    Python (:data:`intake.localtime.QUARTER`): SQLite, which knows no zones, from the timestamp's
    text; PostgreSQL with ``date_bin``, which costs ~40% less than ``date_trunc`` with a zone
    (a zone conversion per row: ~200 ms of a million-comment item's timeline). Grouping on the
    truncated timestamp (not on its text) keeps PostgreSQL from formatting every row. The
    second argument, the zone's name, is kept for the statement's shape and ignored.
    """

    inherit_cache = True
    name = "hour_start"


class hour_text(FunctionElement[str]):  # noqa: N801
    """An :class:`hour_start` as ``YYYY-MM-DD HH:MM`` UTC text, one type in every ``UNION ALL``."""

    type = String()
    inherit_cache = True
    name = "hour_text"


def zone_literal(zone: str) -> ColumnElement[Any]:
    """The zone's name as an SQL string in the statement's text, not a bound parameter: the
    compiled statement is cached by its text, so a bound zone would be baked into the cache."""
    return literal_column("'" + zone.replace("'", "''") + "'")


@compiles(hour_start)
def _hour_start_sqlite(element: hour_start, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite stores UTC timestamps as naive ISO text (intake.db.UTCDateTime): the quarter hour.
    value = compiler.process(next(iter(element.clauses)), **kw)
    return (
        f"strftime('%Y-%m-%d %H:', {value}) || "
        f"printf('%02d', CAST(strftime('%M', {value}) AS INTEGER) / 15 * 15)"
    )


@compiles(hour_start, "postgresql")
def _hour_start_postgresql(element: hour_start, compiler: SQLCompiler, **kw: Any) -> str:
    value = compiler.process(next(iter(element.clauses)), **kw)
    return f"date_bin('15 minutes', {value}, TIMESTAMPTZ '2000-01-01 00:00:00+00')"


@compiles(hour_text)
def _hour_text_sqlite(element: hour_text, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(hour_text, "postgresql")
def _hour_text_postgresql(element: hour_text, compiler: SQLCompiler, **kw: Any) -> str:
    value = compiler.process(element.clauses, **kw)
    return f"to_char({value} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')"


def not_spam() -> ColumnElement[bool]:
    """Unlabelled comments are not spam (yet); ``kind != 'spam'`` alone would drop them."""
    return or_(Comment.kind.is_(None), Comment.kind != "spam")


def empty_counts(keys: tuple[str, ...]) -> dict[str, int]:
    return dict.fromkeys(keys, 0)


@dataclass
class CampaignFigures:
    """One campaign's numbers on one item (spam left out)."""

    id: int
    size: int = 0
    people: int = 0
    with_personal_text: int = 0
    by_position: dict[str, int] = field(default_factory=lambda: empty_counts(POSITION_KEYS))
    first_received_at: datetime | None = None
    last_received_at: datetime | None = None
    representative_text: str = ""
    share: float = 0.0

    def add(
        self, position: str, count: int, personal: bool, first: datetime, last: datetime
    ) -> None:
        self.size += count
        self.by_position[position] += count
        if personal:
            self.with_personal_text += count
        self.first_received_at = _earlier(self.first_received_at, first)
        self.last_received_at = _later(self.last_received_at, last)


@dataclass
class ItemSummary:
    item_id: str
    as_of: datetime
    total: int = 0
    distinct_submitters: int = 0
    signatures: int = 0
    disputed: int = 0
    by_kind: dict[str, int] = field(default_factory=lambda: empty_counts(KIND_KEYS))
    by_position: dict[str, int] = field(default_factory=lambda: empty_counts(POSITION_KEYS))
    campaigns: list[CampaignFigures] = field(default_factory=list)
    first_received_at: datetime | None = None
    last_received_at: datetime | None = None
    timeline: list[dict[str, Any]] = field(default_factory=list)


def _earlier(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else min(a, b)


def _later(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else max(a, b)


def published_cutoff(now: datetime, interval: timedelta) -> datetime:
    """The latest multiple of ``interval`` since the epoch, at or before ``now``.

    The public sees an item's figures as they stood at this moment, so every worker publishes
    the same figures without sharing any state, and a comment shows in them only after the next
    boundary, together with everything else that came in meanwhile: a sender cannot watch the
    figures move to learn how their own comment was labelled or whether someone whose email they
    used had commented before (docs/operations.md, "What the public summary shows").
    """
    step = int(interval.total_seconds())
    seconds = int(now.timestamp()) // step * step
    return datetime.fromtimestamp(seconds, tz=UTC)


def _when(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _moment(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def published_figures(summary: ItemSummary) -> dict[str, Any]:
    """What the public sees of ``summary``, as JSON: no split by label, nothing personal."""
    return {
        "total": summary.total,
        "distinct_submitters": summary.distinct_submitters,
        "signatures": summary.signatures,
        "disputed": summary.disputed,
        "by_position": summary.by_position,
        "first_received_at": _when(summary.first_received_at),
        "last_received_at": _when(summary.last_received_at),
        "timeline": [{"hour": b["hour"], "total": b["total"]} for b in summary.timeline],
        "campaigns": [
            {
                "id": c.id,
                "size": c.size,
                "people": c.people,
                "with_personal_text": c.with_personal_text,
                "by_position": c.by_position,
                "first_received_at": _when(c.first_received_at),
                "last_received_at": _when(c.last_received_at),
                "representative_text": c.representative_text,
                "share": c.share,
            }
            for c in summary.campaigns
        ],
    }


def summary_from_figures(item_id: str, as_of: datetime, figures: dict[str, Any]) -> ItemSummary:
    """An :class:`ItemSummary` back from :func:`published_figures` (``by_kind`` all zero: the
    public never sees it, and the edge leaves it out)."""
    campaigns = [
        CampaignFigures(
            **{
                **c,
                "first_received_at": _moment(c["first_received_at"]),
                "last_received_at": _moment(c["last_received_at"]),
            }
        )
        for c in figures["campaigns"]
    ]
    return ItemSummary(
        item_id=item_id,
        as_of=as_of,
        total=figures["total"],
        distinct_submitters=figures["distinct_submitters"],
        signatures=figures["signatures"],
        disputed=figures["disputed"],
        by_position=dict(figures["by_position"]),
        campaigns=campaigns,
        first_received_at=_moment(figures["first_received_at"]),
        last_received_at=_moment(figures["last_received_at"]),
        timeline=[dict(bucket) for bucket in figures["timeline"]],
    )


def _lock_key(item_id: str, cutoff: datetime, zone: str) -> int:
    """A 64-bit advisory lock key for one item's published figures at one boundary."""
    name = f"intake.published_summary:{item_id}:{cutoff.isoformat()}:{zone}"
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@functools.cache
def counted_statement() -> Any:
    """:meth:`SummaryService._counted` for a bound ``item_id``, built once per process (its
    eight branches cost ~5-20 ms of Python to construct)."""
    return SummaryService._counted(bindparam("item_id", type_=String))


SUMMARY_COLUMNS: tuple[tuple[str, Any], ...] = (
    ("kind", String),
    ("position", String),
    ("campaign_id", Integer),
    ("personal", Boolean),
    ("hour", String),
    ("n", Integer),
    ("first", UTCDateTime),
    ("last", UTCDateTime),
    ("signatures", Integer),
)
"""The columns, after ``section``, of every branch of the summary's one-statement union."""


def summary_row(section: str | ColumnElement[str], **columns: Any) -> Any:
    """One branch of the summary's union: ``section`` (what the branch's rows are, or an
    expression naming it per row), then :data:`SUMMARY_COLUMNS` in order, each the one given or
    else a NULL of its type."""
    unknown = columns.keys() - dict(SUMMARY_COLUMNS).keys()
    if unknown:
        raise TypeError(f"not a summary column: {sorted(unknown)}")
    named = literal(section) if isinstance(section, str) else section
    return select(
        named.label("section"),
        *(
            (columns[name] if name in columns else type_coerce(null(), type_)).label(name)
            for name, type_ in SUMMARY_COLUMNS
        ),
    )


class SummaryService:
    def __init__(
        self,
        session: Session,
        clock: Callable[[], datetime] = utcnow,
        zone: ZoneInfo | None = None,
        settle: Callable[[], None] = lambda: None,
    ) -> None:
        self.session = session
        self.clock = clock
        self.zone = zone or ZoneInfo("UTC")
        self.items = AgendaItemService(session, clock)
        self.settle = settle
        """Labels what waits in the label queue (PostgreSQL) before figures are fixed."""

    def published(self, item_id: str, cutoff: datetime) -> ItemSummary:
        """The public's figures as of ``cutoff``, computed once per (item, boundary, zone).

        The first request after a boundary aggregates the item (as :meth:`summarise` with
        ``until``) and stores the public part in ``published_summaries``; every later request in
        the interval, on any worker, reads that one row. On PostgreSQL a transaction-scoped
        advisory lock per (item, boundary) makes concurrent first requests wait for the one
        computing instead of all aggregating a million comments at once; the insert ignores a
        row already there (SQLite, one process, may compute twice; both agree). Because the
        figures are fixed when first computed, a comment received before the boundary but
        relabelled (or imported) afterwards shows publicly at the next boundary, as new comments
        already do. Older boundaries' rows of the item are deleted then.
        """
        self.items.get(item_id)
        zone = self.zone.key
        figures = self._stored(item_id, cutoff, zone)
        if figures is None and self._lock(item_id, cutoff, zone):
            figures = self._stored(item_id, cutoff, zone)
        if figures is None:
            self.settle()  # a comment that arrived just before the boundary counts with its label
            figures = published_figures(self.summarise(item_id, until=cutoff))
            self._store(item_id, cutoff, zone, figures)
        return summary_from_figures(item_id, cutoff, figures)

    def _stored(self, item_id: str, cutoff: datetime, zone: str) -> dict[str, Any] | None:
        figures: dict[str, Any] | None = self.session.scalar(
            select(PublishedSummary.figures).where(
                PublishedSummary.item_id == item_id,
                PublishedSummary.as_of == cutoff,
                PublishedSummary.zone == zone,
            )
        )
        return figures

    def _lock(self, item_id: str, cutoff: datetime, zone: str) -> bool:
        """Wait for whoever is computing these figures (PostgreSQL); False where no lock exists."""
        if self.session.get_bind().dialect.name != "postgresql":
            return False
        key = _lock_key(item_id, cutoff, zone)
        self.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
        return True

    def _store(self, item_id: str, cutoff: datetime, zone: str, figures: dict[str, Any]) -> None:
        dialect = self.session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        row = {
            "item_id": item_id,
            "as_of": cutoff,
            "zone": zone,
            "computed_at": self.clock(),
            "figures": figures,
        }
        self.session.execute(insert(PublishedSummary).values(row).on_conflict_do_nothing())
        self.session.execute(
            delete(PublishedSummary).where(
                PublishedSummary.item_id == item_id, PublishedSummary.as_of < cutoff
            )
        )

    def summarise(self, item_id: str, *, until: datetime | None = None) -> ItemSummary:
        """The item's figures from one statement; 404 (NotFound) for an unknown item.

        Live (no ``until``): read from the counters the triggers keep (:meth:`_counted`).
        ``until`` counts only comments received before it (the published figures, see
        :func:`published_cutoff`), aggregated from the comments themselves (the counters know
        no moment); ``as_of`` is then ``until`` itself.
        """
        self.items.get(item_id)
        if until is None:
            rows = list(self.session.execute(counted_statement(), {"item_id": item_id}))
        else:
            rows = self._aggregate(item_id, until)
        return self._fold(item_id, until or self.clock(), rows)

    def _fold(self, item_id: str, as_of: datetime, rows: list[Any]) -> ItemSummary:
        """The response from the statement's few rows (either statement: they share a shape)."""
        summary = ItemSummary(item_id=item_id, as_of=as_of)
        campaigns: dict[int, CampaignFigures] = {}
        people: dict[int, int] = {}
        hour_rows = []
        for row in rows:
            section = row[0]
            if section == "hours":
                hour_rows.append(row)
            elif section == "groups":
                self._fold_group(summary, campaigns, row)
            elif section == "campaign_people":
                people[row.campaign_id] = row.n
            elif section == "disputed":
                summary.disputed = row.n
            else:
                summary.distinct_submitters = row.n
        for campaign_id, figures in campaigns.items():
            figures.people = people.get(campaign_id, 0)
        summary.timeline = self._fold_hours(hour_rows)
        summary.campaigns = self._with_texts(summary.total, campaigns)
        return summary

    def _aggregate(self, item_id: str, until: datetime | None) -> list[Any]:
        """The summary statement's rows, read on PostgreSQL from ``ix_comments_summary`` alone.

        No JIT for this transaction: compiling the plan cost PostgreSQL 15 a second of a
        two-second summary over a million comments (docs/benchmarks.md), and saved nothing.
        Left to itself the planner reads a million-comment item with sequential scans of the
        wide heap (478 MB); the covering index is 148 MB, and forcing index-only scans cut the
        statement from ~1.7 s to ~1.2 s on the benchmark item (docs/benchmarks.md, "The
        public summary stored per boundary"). Both planner switches are put back right after
        the statement, so a caller's later statements (the export reads every comment) plan
        as usual. Index-only scans need a current visibility map: ``VACUUM`` after a bulk load.
        """
        statement = self._statement(item_id, until, self.zone.key)
        if self.session.get_bind().dialect.name != "postgresql":
            return list(self.session.execute(statement))
        self.session.execute(text("SET LOCAL jit = off"))
        for switch in PLANNER_SWITCHES:
            self.session.execute(text(f"SET LOCAL {switch} = off"))
        rows = list(self.session.execute(statement))
        for switch in PLANNER_SWITCHES:
            self.session.execute(text(f"SET LOCAL {switch} TO DEFAULT"))
        return rows

    def _fold_hours(self, rows: list[Any]) -> list[dict[str, Any]]:
        """Add each (quarter hour, kind) count to its local hour, keyed by the hour's UTC start
        (two 1 am hours on the night the clocks go back stay apart), in time order.

        A fortnight is ~1,300 quarter hours and up to five kinds each: this loop is most of a
        live summary's Python, so rows are read by position and each quarter hour's local
        hour is worked out once (``fromisoformat``, ~50x cheaper than ``strptime``).
        """
        timeline: dict[datetime, dict[str, Any]] = {}
        quarters: dict[str, dict[str, Any]] = {}
        for row in rows:
            quarter, kind, n = row[5], row[1], row[6]
            bucket = quarters.get(quarter)
            if bucket is None:
                bucket_start = datetime.fromisoformat(quarter).replace(tzinfo=UTC)
                start = local_hour_start(bucket_start, self.zone)
                bucket = timeline.get(start)
                if bucket is None:
                    label = hour_label(start, self.zone)
                    bucket = {"hour": label, "total": 0, **empty_counts(KIND_KEYS)}
                    timeline[start] = bucket
                quarters[quarter] = bucket
            bucket[kind or UNLABELLED] += n
            bucket["total"] += n
        return [timeline[start] for start in sorted(timeline)]

    @staticmethod
    def _fold_group(summary: ItemSummary, campaigns: dict[int, CampaignFigures], row: Any) -> None:
        kind = row.kind or UNLABELLED
        position = row.position or UNSPECIFIED
        summary.total += row.n
        summary.by_kind[kind] += row.n
        summary.first_received_at = _earlier(summary.first_received_at, row.first)
        summary.last_received_at = _later(summary.last_received_at, row.last)
        if kind == "spam":
            return
        summary.signatures += row.signatures or 0
        summary.by_position[position] += row.n
        if row.campaign_id is not None:
            figures = campaigns.setdefault(row.campaign_id, CampaignFigures(id=row.campaign_id))
            figures.add(position, row.n, bool(row.personal), row.first, row.last)

    def _with_texts(
        self, total: int, campaigns: dict[int, CampaignFigures]
    ) -> list[CampaignFigures]:
        """Largest campaign first; texts read after the numbers (a text is not a figure)."""
        if not campaigns:
            return []
        rows = self.session.execute(
            select(Campaign.id, Campaign.representative_text).where(
                Campaign.id.in_(list(campaigns))
            )
        )
        texts = {campaign_id: words for campaign_id, words in rows}
        for figures in campaigns.values():
            figures.representative_text = texts.get(figures.id, "")
            figures.share = figures.size / total if total else 0.0
        return sorted(campaigns.values(), key=lambda c: (-c.size, c.id))

    @staticmethod
    def _counted(item_id: Any) -> Any:
        """The live summary's statement: the same sections as :meth:`_statement`, from the
        counter tables (migration 0012) instead of the item's comments.

        Only first and last received are read from ``comments``: two probes of
        ``ix_comments_summary`` per group, each stopping at one index entry, because the group's
        five columns lead the index and ``received_at`` follows them. A counter row stands for
        NULL as ``''`` or ``0``, and ``kind IS NULL`` is not an equality the planner orders by,
        so there is one branch per combination of NULL columns, each with its own predicates,
        and the probes order by every index column (a single value each) before
        ``received_at``. Groups and probes are one statement: one snapshot, as before.
        """
        g = SummaryGroup
        empty = {"kind": "", "position": "", "campaign_id": 0}
        columns: dict[str, Any] = {
            "kind": Comment.kind,
            "position": Comment.position,
            "campaign_id": Comment.campaign_id,
        }
        branches: list[Any] = []
        for nulls in itertools.product((True, False), repeat=3):
            own: list[ColumnElement[bool]] = [g.item_id == item_id, g.n > 0]
            probe: list[ColumnElement[bool]] = [
                Comment.item_id == g.item_id,
                Comment.has_personal_text == g.has_personal_text,
            ]
            for (name, column), null_here in zip(columns.items(), nulls, strict=True):
                counted = getattr(g, name)
                own.append(counted == empty[name] if null_here else counted != empty[name])
                probe.append(column.is_(None) if null_here else column == counted)
            order = [getattr(Comment, c) for c in SUMMARY_ORDER]
            first = select(Comment.received_at).where(*probe).order_by(*order).limit(1)
            last = select(Comment.received_at).where(*probe)
            last = last.order_by(*(c.desc() for c in order)).limit(1)
            branches.append(
                summary_row(
                    "groups",
                    kind=null() if nulls[0] else g.kind,
                    position=null() if nulls[1] else g.position,
                    campaign_id=type_coerce(null() if nulls[2] else g.campaign_id, Integer),
                    personal=g.has_personal_text,
                    n=g.n,
                    first=first.scalar_subquery(),
                    last=last.scalar_subquery(),
                    signatures=g.signatures,
                ).where(*own)
            )
        h = SummaryHour
        hours = summary_row("hours", kind=func.nullif(h.kind, ""), hour=h.bucket, n=h.n)
        hours = hours.where(h.item_id == item_id, h.n > 0)
        p = SummaryPeople
        people = summary_row(
            case((p.campaign_id == 0, literal("people")), else_=literal("campaign_people")),
            campaign_id=p.campaign_id,
            n=p.n,
        ).where(p.item_id == item_id, p.n > 0)
        return union_all(
            *branches, hours, people, SummaryService._disputed(Comment.item_id == item_id)
        )

    @staticmethod
    def _disputed(on_item: ColumnElement[bool]) -> Any:
        """Comments staff marked as filed without consent (few: read from the disputes)."""
        return (
            summary_row("disputed", n=func.count())
            .select_from(Comment)
            .join(CommentDispute, CommentDispute.comment_id == Comment.id)
            .where(on_item)
        )

    @staticmethod
    def _statement(item_id: str, until: datetime | None, zone: str) -> Any:
        """``groups`` rows (with their signatures: a separate sum was one more pass over the
        item), ``hours`` rows, one row each of ``people`` and ``disputed``, and a
        ``campaign_people`` row per campaign (distinct people, apart from its comments), in one
        snapshot."""
        on_item = Comment.item_id == item_id
        if until is not None:
            on_item = and_(on_item, Comment.received_at < until)
        personal = Comment.has_personal_text
        groups = summary_row(
            "groups",
            kind=Comment.kind,
            position=Comment.position,
            campaign_id=Comment.campaign_id,
            personal=personal,
            n=func.count(),
            first=func.min(Comment.received_at),
            last=func.max(Comment.received_at),
            signatures=func.sum(Comment.signatures),
        )
        groups = groups.where(on_item).group_by(
            Comment.kind, Comment.position, Comment.campaign_id, personal
        )
        hour = hour_start(Comment.received_at, zone_literal(zone))
        hours = summary_row("hours", kind=Comment.kind, hour=hour_text(hour), n=func.count())
        hours = hours.where(on_item).group_by(hour, Comment.kind)
        people_n = func.count(func.distinct(Comment.person_key))
        people = summary_row("people", n=people_n).where(and_(on_item, not_spam()))
        campaign_people = (
            summary_row("campaign_people", campaign_id=Comment.campaign_id, n=people_n)
            .where(and_(on_item, not_spam(), Comment.campaign_id.is_not(None)))
            .group_by(Comment.campaign_id)
        )
        disputed = SummaryService._disputed(on_item)
        return union_all(groups, hours, people, campaign_people, disputed)
