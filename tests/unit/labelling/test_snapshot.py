"""The labelling snapshot (``intake.labelling.snapshot.Snapshot``) through its public methods.

The labeller loads one snapshot per batch and asks it, comment by comment, what the comment may
see: index candidates, the sender's earlier comments, an exact copy's campaign, a duplicate's
root, the sender's counts. Then it tells the snapshot what changed (a comment settled, joined a
campaign, a campaign was founded) and flushes it. These tests drive exactly those calls on a real
session (SQLite, or PostgreSQL with ``INTAKE_TEST_DATABASE_URL``), with rows written straight to
the tables, so a failure names the snapshot and not the request path. They use only what
``intake/labelling/service.py`` uses; the snapshot's inner structures are free to change.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, Select, event, select
from sqlalchemy.orm import Session

from intake.config import Settings
from intake.labelling import labeller_factory
from intake.labelling.index import IndexWriter, pack_keys
from intake.labelling.service import PHRASE_PULL_IN_CAP, LabellingService
from intake.labelling.snapshot import Snapshot
from intake.labelling.snapshot_reads import recent_unaffiliated
from intake.models import AgendaItem, BandKey, Campaign, Comment
from intake.text.fingerprint import Fingerprint, signature_to_bytes
from tests.conftest import at
from tests.labelled import ITEM, add_comment
from tests.statements import statements

NOW = at("2026-11-21T09:00:00")
TEXT = (
    "Keep city property out of immigration enforcement. Pass a binding ordinance this month. "
    "Close the loophole of joint task forces with federal agencies."
)
OTHER_TEXT = (
    "The bus shelter on Elm Street floods every winter and nobody has fixed the drain. "
    "Please send a crew before the rains come back in November."
)


def clock() -> datetime:
    return NOW


@pytest.fixture
def labeller(session: Session) -> LabellingService:
    if session.get(AgendaItem, ITEM) is None:
        session.add(AgendaItem(id=ITEM, title="Prohibiting the use of city property"))
        session.flush()
    return labeller_factory(Settings(), clock)(session)


def write(
    session: Session,
    labeller: LabellingService,
    person: str,
    body: str,
    *,
    minutes: int = 0,
    campaign_id: int | None = None,
    duplicate_of_id: int | None = None,
    indexed: bool = False,
) -> tuple[Comment, Fingerprint]:
    """A stored comment carrying its fingerprint, as the labeller writes it before the snapshot."""
    kind = "form_letter" if campaign_id else ("duplicate" if duplicate_of_id else "unique")
    comment = add_comment(
        session,
        item_id=ITEM,
        person=person,
        received_at=NOW - timedelta(hours=1) + timedelta(minutes=minutes),
        body=body,
        position=None,
        kind=kind,
        campaign_id=campaign_id,
        duplicate_of_id=duplicate_of_id,
    )
    fp = labeller.fingerprinter.fingerprint(comment.matching_text)
    comment.exact_hash = fp.exact_hash
    comment.signature = signature_to_bytes(fp.signature)
    comment.shingle_count = fp.shingle_count
    comment.segment_keys = pack_keys(fp.segment_hashes)
    session.flush()
    if indexed:
        IndexWriter(session).add(comment.id, fp.lookup_keys)
        session.flush()
    return comment, fp


def load(
    session: Session, labeller: LabellingService, batch: Sequence[tuple[Comment, Fingerprint]]
) -> Snapshot:
    settings = labeller.settings
    return Snapshot.load(
        session,
        IndexWriter(session),
        batch,
        timedelta(seconds=settings.spam_velocity_window_seconds),
        timedelta(seconds=settings.spam_burst_window_seconds),
        labeller.thresholds.min_shingles,
    )


def index_rows(session: Session, comment_id: int) -> int:
    return len(session.scalars(select(BandKey).where(BandKey.comment_id == comment_id)).all())


def test_an_indexed_earlier_copy_is_a_candidate_and_an_unrelated_comment_is_not(
    session: Session, labeller: LabellingService
) -> None:
    earlier, _ = write(session, labeller, "p1", TEXT, indexed=True)
    unrelated, _ = write(session, labeller, "p2", OTHER_TEXT, indexed=True)
    new, fp = write(session, labeller, "p3", TEXT, minutes=5)

    candidates = load(session, labeller, [(new, fp)]).candidates(new, fp)

    ids = [c.comment_id for c in candidates]
    assert earlier.id in ids
    assert unrelated.id not in ids
    assert all(not c.same_person and c.same_item for c in candidates)


def test_a_batch_comment_is_invisible_until_settled_and_indexed_on_flush(
    session: Session, labeller: LabellingService
) -> None:
    first, first_fp = write(session, labeller, "p1", TEXT)
    second, second_fp = write(session, labeller, "p2", TEXT, minutes=1)
    snapshot = load(session, labeller, [(first, first_fp), (second, second_fp)])

    assert first.id not in [c.comment_id for c in snapshot.candidates(second, second_fp)]
    snapshot.settled(first, first_fp)
    assert first.id in [c.comment_id for c in snapshot.candidates(second, second_fp)]

    assert index_rows(session, first.id) == 0
    snapshot.flush()
    session.flush()
    assert index_rows(session, first.id) == len(set(first_fp.lookup_keys)) > 0


def test_the_senders_own_earlier_comments_and_no_one_elses_are_seen(
    session: Session, labeller: LabellingService
) -> None:
    mine, _ = write(session, labeller, "p1", OTHER_TEXT)
    write(session, labeller, "p2", OTHER_TEXT, minutes=1)
    new, fp = write(session, labeller, "p1", TEXT, minutes=5)

    snapshot = load(session, labeller, [(new, fp)])

    own = [(c.comment_id, c.same_person) for c in snapshot.own_earlier(new)]
    assert own == [(mine.id, True)]
    # The sender's own comments are candidates too, whatever their words.
    assert [(c.comment_id, c.same_person) for c in snapshot.candidates(new, fp)] == own


def test_an_exact_copy_of_a_member_finds_its_campaign(
    session: Session, labeller: LabellingService
) -> None:
    campaign = Campaign(representative_text=TEXT, profile=b"")
    session.add(campaign)
    session.flush()
    write(session, labeller, "p1", TEXT, campaign_id=campaign.id)
    copy, copy_fp = write(session, labeller, "p2", TEXT, minutes=5)
    fresh, fresh_fp = write(session, labeller, "p3", OTHER_TEXT, minutes=6)

    snapshot = load(session, labeller, [(copy, copy_fp), (fresh, fresh_fp)])

    assert snapshot.exact_campaign(copy_fp) == campaign.id
    assert snapshot.exact_campaign(fresh_fp) is None
    assert snapshot.campaign(campaign.id).id == campaign.id


def test_a_duplicate_roots_at_the_persons_first_comment(
    session: Session, labeller: LabellingService
) -> None:
    first, _ = write(session, labeller, "p1", TEXT)
    again, _ = write(session, labeller, "p1", TEXT, minutes=1, duplicate_of_id=first.id)
    new, fp = write(session, labeller, "p1", TEXT, minutes=5)

    snapshot = load(session, labeller, [(new, fp)])

    assert snapshot.root(again.id) == first.id
    assert snapshot.root(first.id) == first.id


def test_joining_a_campaign_takes_comments_out_of_the_index(
    session: Session, labeller: LabellingService
) -> None:
    stored, _ = write(session, labeller, "p1", TEXT, indexed=True)
    first, first_fp = write(session, labeller, "p2", TEXT, minutes=1)
    later, later_fp = write(session, labeller, "p3", TEXT, minutes=2)
    snapshot = load(session, labeller, [(first, first_fp), (later, later_fp)])
    snapshot.settled(first, first_fp)
    campaign = Campaign(representative_text=TEXT, profile=b"")
    session.add(campaign)
    session.flush()
    snapshot.campaign_created(campaign)

    snapshot.joined([stored.id, first.id], campaign.id)
    snapshot.flush()
    session.flush()

    assert snapshot.exact_campaign(later_fp) == campaign.id
    assert snapshot.campaign(campaign.id) is campaign
    assert index_rows(session, stored.id) == 0
    assert index_rows(session, first.id) == 0
    candidates = {c.comment_id for c in snapshot.candidates(later, later_fp)}
    assert candidates.isdisjoint({stored.id, first.id})


def test_counts_include_the_batchs_arrivals_from_the_same_sender(
    session: Session, labeller: LabellingService
) -> None:
    one, one_fp = write(session, labeller, "p1", TEXT, minutes=50)
    two, two_fp = write(session, labeller, "p1", OTHER_TEXT, minutes=51)
    other, other_fp = write(session, labeller, "p2", OTHER_TEXT, minutes=51)
    snapshot = load(session, labeller, [(one, one_fp), (two, two_fp), (other, other_fp)])

    snapshot.arrived(one)
    snapshot.arrived(two)
    snapshot.arrived(other)

    assert snapshot.counts(two).from_person == 2
    assert snapshot.counts(other).from_person == 1


def test_each_read_is_one_statement_object_whatever_the_batch_on_postgresql(
    session: Session, labeller: LabellingService, pg_engine: Engine | None
) -> None:
    """The snapshot's reads are built once and reused: SQLAlchemy finds a statement's compiled
    form by walking it for a cache key, memoised per statement object, and that walk of a
    statement rebuilt for every group was 11% of a served worker's CPU (issue 16)."""
    if pg_engine is None:
        pytest.skip("SQLite's windowed key read is built per call; the burst path is PostgreSQL's")
    campaign = Campaign(created_at=NOW, profile=b"", representative_text="")
    session.add(campaign)
    session.flush()
    write(session, labeller, "p5", TEXT, campaign_id=campaign.id)
    write(session, labeller, "p1", OTHER_TEXT, indexed=True)
    first = [write(session, labeller, "p2", OTHER_TEXT, minutes=1)]
    second = [
        write(session, labeller, "p3", OTHER_TEXT, minutes=2),
        write(session, labeller, "p4", TEXT, minutes=3),
    ]

    def selects(batch: Sequence[tuple[Comment, Fingerprint]]) -> list[Any]:
        seen: list[Any] = []

        def record(_conn: Any, clause: Any, *_args: Any) -> None:
            if isinstance(clause, Select):
                seen.append(clause)

        event.listen(Engine, "before_execute", record)
        try:
            load(session, labeller, batch)
        finally:
            event.remove(Engine, "before_execute", record)
        return seen

    once, again = selects(first), selects(second)
    assert len(again) >= 5  # counters, senders' comments, candidates, campaigns, first members
    assert [str(s) for s in again if not any(s is t for t in once)] == []


def test_the_items_recent_unique_comments_come_from_memory_as_the_read_would_return_them(
    session: Session, labeller: LabellingService
) -> None:
    """The skeleton founding and the phrase pull-in ask, for every comment no route placed, the
    item's newest comments still unique and in no campaign. The snapshot reads them once per item
    and batch and follows the batch's labels in memory (a read per comment flushed the batch's
    pending labels each time: 14% of the labeller's CPU, issue 16); what it answers is exactly
    what the read returns at that point, in order and cap, while comments join campaigns."""

    def stored(n: int, kind: str | None = "unique", **more: Any) -> list[Comment]:
        rows = [
            add_comment(
                session,
                item_id=ITEM,
                person=f"p{1 + i % 8}",
                received_at=NOW - timedelta(hours=2),
                body=f"{OTHER_TEXT} Note {i}.",
                position=None,
                kind=kind,
                **more,
            )
            for i in range(n)
        ]
        session.flush()
        return rows

    campaign = Campaign(created_at=NOW, profile=b"", representative_text="")
    session.add(campaign)
    session.flush()
    older = stored(60)
    stored(5, "form_letter", campaign_id=campaign.id)
    newer = stored(60)
    batch = []
    for n in range(12):
        # The labeller's batch: stored unlabelled (the label queue), in arrival order, with a
        # comment outside the batch (labelled meanwhile by another path) among them.
        batch += stored(1, None)
        if n == 4:
            stored(1)
    fingerprints = {}
    for comment in batch:
        fp = fingerprints[comment.id] = labeller.fingerprinter.fingerprint(comment.matching_text)
        comment.exact_hash, comment.shingle_count = fp.exact_hash, fp.shingle_count
        comment.signature = signature_to_bytes(fp.signature)
    session.flush()
    snapshot = load(session, labeller, [(c, fingerprints[c.id]) for c in batch])

    def asked(comment: Comment) -> list[int]:
        with statements("SELECT") as seen:
            found = [c.id for c in snapshot.recent_unaffiliated(comment, PHRASE_PULL_IN_CAP)]
        reads.append(len(seen))
        expected = recent_unaffiliated(session, ITEM, comment.id, PHRASE_PULL_IN_CAP)
        assert found == [c.id for c in expected]
        return found

    reads: list[int] = []
    for n, comment in enumerate(batch):
        found = asked(comment)
        assert len(found) == PHRASE_PULL_IN_CAP
        comment.kind = ("unique", "spam", "form_letter")[n % 3]
        if comment.kind == "form_letter":
            comment.campaign_id = campaign.id
        if n == 6:  # a pull-in: the newest earlier unique comments join the campaign
            pulled = [c for c in newer[-55:] if c.kind == "unique"]
            for member in pulled:
                member.kind, member.campaign_id = "form_letter", campaign.id
            snapshot.joined([c.id for c in pulled], campaign.id)
        snapshot.settled(comment, fingerprints[comment.id])
    assert older[-1].id in asked(batch[-1])  # reached back past the pulled-in comments
    # One read for the item, the first time; then from memory until the pull-in left fewer
    # than asked, when the rare case reads again: never a read per comment otherwise.
    assert reads[:7] == [1, 0, 0, 0, 0, 0, 0]
    assert max(reads) == 1
