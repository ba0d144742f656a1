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

The SQL lives in :mod:`intake.labelling.snapshot_reads` and the in-memory structures in
:mod:`intake.labelling.snapshot_state`; this module ties them together: what to load for a
batch, how each lookup is answered, and how a labelled comment changes what later ones see.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta

from sqlalchemy.orm import Session

from intake.labelling import snapshot_reads as reads
from intake.labelling.activity import Counts, SenderTally
from intake.labelling.index import IndexWriter
from intake.labelling.item_campaigns import ItemCampaigns
from intake.labelling.snapshot_state import (
    CampaignKeys,
    CommentKeys,
    ExactCopies,
    Known,
    KnownComments,
    RecentUnaffiliated,
    founding_person,
)
from intake.models import Campaign, Comment
from intake.text.fingerprint import Fingerprint, signature_from_bytes
from intake.text.matching import CampaignProfile, Candidate, framing_of, stored_profile

RECENT_READ = 2
""":meth:`Snapshot.recent_unaffiliated` reads this many times the comments asked for, once per
batch: a few of them may join a campaign during the batch and drop out."""


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
        self.comment_keys = CommentKeys()
        self.known = KnownComments()
        self.campaigns = CampaignKeys()
        self.exact = ExactCopies()
        self.item_campaigns = ItemCampaigns()
        self.unseen: set[int] = set()
        """The batch's comments not yet labelled: invisible to every lookup until settled."""
        self.batch_on_item: dict[str, list[Comment]] = {}
        """The batch's comments per item, in arrival order."""
        self.recent: dict[str, RecentUnaffiliated | None] = {}
        """Per item, its recent unaffiliated comments, read on first use (None: read per ask)."""

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
        for comment, _fp in batch:
            snap.batch_on_item.setdefault(comment.item_id, []).append(comment)
        keys = sorted({k for _c, fp in batch for k in fp.lookup_keys})
        identities = sorted({c.submitter.identity_key for c, _fp in batch})
        snap._load_key_rows(keys)
        wanted = set()
        for comment, fp in batch:
            wanted.update(snap.comment_keys.top(fp, comment.id))
        snap._load_known(wanted, identities, len(batch))
        snap._load_campaigns({cid for _c, fp in batch for cid in snap.campaigns.top(fp)})
        hashes = {fp.exact_hash for _c, fp in batch if fp.shingle_count >= min_exact_shingles}
        snap._load_exact(sorted(hashes))
        snap._load_item_campaigns(sorted({c.item_id for c, _fp in batch}))
        return snap

    def _load_key_rows(self, keys: Sequence[int]) -> None:
        """Who holds each key (see :func:`~intake.labelling.snapshot_reads.key_holders`)."""
        for is_campaign, key, holder in reads.key_holders(self.session, self.postgresql, keys):
            if is_campaign:
                self.campaigns.holders[key].add(holder)
            elif holder not in self.unseen:
                self.comment_keys.stored[key].add(holder)

    def _load_known(self, ids: set[int], identities: Sequence[str], batch_size: int) -> None:
        """Candidate rows: each sender's recent comments, and the index candidates wanted."""
        self._remember_all(
            reads.known_of_senders(self.session, self.postgresql, identities, batch_size)
        )
        self._ensure_known(ids)

    def _ensure_known(self, ids: set[int]) -> None:
        missing = sorted(ids - set(self.known.rows))
        self._remember_all(reads.known_by_id(self.session, self.postgresql, missing))

    def _remember_all(self, rows: Iterable[Known]) -> None:
        for known in rows:
            if known.id not in self.unseen:
                self.known.remember(known)

    def _load_campaigns(self, ids: set[int]) -> None:
        rows = self.campaigns.rows
        missing = sorted(i for i in ids if i not in rows)
        if not missing:
            return
        for campaign in reads.live_campaigns(self.session, self.postgresql, missing):
            self.campaigns.rows[campaign.id] = campaign

    def _load_exact(self, hashes: Sequence[str]) -> None:
        """For each text, the campaign of its earliest member (the exact-copy fast path)."""
        for exact_hash, comment_id, campaign_id in reads.first_members(
            self.session, self.postgresql, hashes
        ):
            if comment_id not in self.unseen:
                self.exact.firsts[exact_hash] = (comment_id, campaign_id)

    def _load_item_campaigns(self, item_ids: Sequence[str]) -> None:
        self.item_campaigns.loaded.update(item_ids)
        for item_id, campaign_id, members in reads.item_campaign_sizes(
            self.session, self.postgresql, item_ids
        ):
            self.item_campaigns.add(item_id, campaign_id, members)

    # ------------------------------------------------------------------ lookups

    def candidates(self, comment: Comment, fp: Fingerprint) -> list[Candidate]:
        identity = comment.submitter.identity_key
        ids = set(self.comment_keys.top(fp, comment.id))
        ids.update(self.known.own_ids(identity, comment.id))
        self._ensure_known(ids)
        return [self._candidate(self.known.rows[i], identity, comment.item_id) for i in sorted(ids)]

    @staticmethod
    def person_of(comment: Comment) -> str:
        """Who sent ``comment``, as the short route counts people (:func:`founding_person`)."""
        who = comment.submitter
        return founding_person(who.identity_key, who.name, who.email, comment.source_key)

    def own_earlier(self, comment: Comment) -> list[Candidate]:
        identity = comment.submitter.identity_key
        ids = self.known.own_ids(identity, comment.id)
        return [self._candidate(self.known.rows[i], identity, comment.item_id) for i in sorted(ids)]

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
            sender=known.person or known.identity_key,
        )

    def campaign_profiles(self, fp: Fingerprint) -> list[CampaignProfile]:
        ids = self.campaigns.top(fp)
        self._load_campaigns(set(ids))
        return [
            stored_profile(self.campaigns.rows[i].profile)
            for i in sorted(ids)
            if i in self.campaigns.rows
        ]

    def item_campaign_profiles(self, item_id: str) -> list[CampaignProfile]:
        """The item's largest campaigns, for the phrase route (see :mod:`.item_campaigns`)."""
        ids = self.item_campaigns.largest(item_id)
        self._load_campaigns(set(ids))
        return [
            stored_profile(self.campaigns.rows[i].profile) for i in ids if i in self.campaigns.rows
        ]

    def recent_unaffiliated(self, comment: Comment, limit: int) -> list[Comment]:
        """The item's ``limit`` newest comments before this one still labelled unique and in no
        campaign, newest first: exactly what :func:`reads.recent_unaffiliated` returns, from
        memory (:class:`RecentUnaffiliated`, read once per item and batch) when it can tell."""
        item_id = comment.item_id
        if item_id not in self.recent:
            self.recent[item_id] = self._load_recent(item_id, RECENT_READ * limit)
        state = self.recent[item_id]
        if state is not None:
            found = state.before(comment.id, limit)
            if found is not None:
                return found
        return reads.recent_unaffiliated(self.session, item_id, comment.id, limit)

    def _load_recent(self, item_id: str, limit: int) -> RecentUnaffiliated | None:
        """The item's newest unaffiliated comments outside the batch, and those of the batch
        labelled so far; None when the batch is not in ascending ids (an unlabelled one could be
        earlier than an asking one) or too large to leave out in one read."""
        batch = self.batch_on_item.get(item_id, [])
        ids = [c.id for c in batch]
        if not ids or len(ids) > reads.CHUNK or ids != sorted(set(ids)):
            return None
        rows = reads.recent_unaffiliated_around(self.session, self.postgresql, item_id, ids, limit)
        state = RecentUnaffiliated(rows[::-1], exhausted=len(rows) < limit)
        for done in batch:
            if done.id not in self.unseen:
                state.add(done)
        return state

    def campaign(self, campaign_id: int) -> Campaign:
        self._load_campaigns({campaign_id})
        return self.campaigns.rows[campaign_id]

    def exact_campaign(self, fp: Fingerprint) -> int | None:
        return self.exact.campaign_of(fp.exact_hash)

    def root(self, comment_id: int) -> int:
        """Duplicates point at the person's first comment, not at another duplicate."""
        self._ensure_known({comment_id})
        known = self.known.rows.get(comment_id)
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
        recent = self.recent.get(comment.item_id)
        if recent is not None:
            recent.add(comment)
        assert comment.signature is not None
        self.known.remember(
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
                person=self.person_of(comment),
            )
        )
        if comment.campaign_id is None:
            self.comment_keys.pending[comment.id] = frozenset(fp.lookup_keys)
        else:
            self.exact.member(comment.id, comment.exact_hash, comment.campaign_id)
            self.item_campaigns.add(comment.item_id, comment.campaign_id)

    def joined(self, comment_ids: Sequence[int], campaign_id: int) -> None:
        """Earlier comments became campaign members: out of the index, into the exact map."""
        self._ensure_known(set(comment_ids))
        stored = []
        for comment_id in comment_ids:
            if self.comment_keys.pending.pop(comment_id, None) is None:
                stored.append(comment_id)
            self.comment_keys.removed.add(comment_id)
            known = self.known.joined(comment_id, campaign_id)
            if known is not None:
                self.exact.member(comment_id, known.exact_hash, campaign_id)
                self.item_campaigns.add(known.item_id, campaign_id)
        self.index.remove(stored)

    def campaign_created(self, campaign: Campaign) -> None:
        self.campaigns.rows[campaign.id] = campaign

    def campaign_keys_changed(self, campaign_id: int, keys: Iterable[int]) -> None:
        self.campaigns.changed(campaign_id, keys)

    def flush(self) -> None:
        """Write the batch's index rows in one bulk insert, its campaigns' keys, and its sender
        counts.

        The batch's comments are flushed first: their ids may come from the sequence before their
        INSERT (:func:`intake.labelling.service.take_ids`), and the index rows reference them.
        """
        self.session.flush()
        self.index.write_staged()
        pending, self.comment_keys.pending = self.comment_keys.pending, {}
        self.index.add_many(pending.items())
        self.tally.flush(self.session)
