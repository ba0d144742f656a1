"""Label every comment at intake, in the transaction that stores it.

Comments are labelled in batches, in arrival order: a batch POST, an import chunk, or the single
POSTs one worker received at once (intake/services/group_commit.py). For the batch, a
:class:`Snapshot` loads in a few queries everything its keys can reach. Then, for each
comment: take the exact-copy fast path or the LSH and sentence-key candidates, let the pure
engine decide (:func:`decide`), and apply the decision: join or found a campaign (relabelling the
earlier copies it absorbs, with a label event each), mark a duplicate, or leave it unique. Then
score spam evidence and record a label event. Index rows for the batch are written at the end in
one insert. Bulk and one-by-one labelling are the same code, so they give the same labels. A label
never stops a comment being stored.

On PostgreSQL, founding a campaign takes a transaction-scoped advisory lock, then reloads the
snapshot and decides again under it, so two workers receiving the first copies of a template at
once cannot found two campaigns: the second sees the first's campaign and joins it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from intake.config import Settings
from intake.labelling.campaigns import CampaignStore
from intake.labelling.index import IndexWriter, pack_keys
from intake.labelling.item_context import item_context
from intake.labelling.label_writes import Event, EventLog, batch_writes
from intake.labelling.learned_models import LearnedModels
from intake.labelling.member_spam import member_verdict
from intake.labelling.snapshot import Snapshot
from intake.models import Campaign, Comment, FingerprintSchemeRecord, Submitter
from intake.text import spam
from intake.text.fingerprint import Fingerprint, Fingerprinter, signature_to_bytes
from intake.text.matching import (
    Decision,
    MatchThresholds,
    decide,
    line_pull_in,
    phrase_pull_in,
    skeleton_found,
    stored_profile,
)
from intake.text.matching.skeleton import SKELETON_MIN_ALIGNED
from schemas.vocabulary import SYSTEM

log = logging.getLogger("intake.labelling")
FOUNDING_LOCK = 0x1A7A_CA3F
PHRASE_PULL_IN_CAP = 48
"""Most earlier unique comments on the item a phrase-route join checks for copies to pull in."""
"""PostgreSQL advisory lock key serialising campaign founding (joins never take it)."""


class LabellingService:
    """Implements :class:`intake.services.comments.Labeller` over a session."""

    def __init__(
        self,
        session: Session,
        fingerprinter: Fingerprinter,
        settings: Settings,
        clock: Callable[[], datetime],
        models: LearnedModels | None = None,
    ) -> None:
        self.session = session
        self.fingerprinter = fingerprinter
        self.settings = settings
        self.models = models
        self.thresholds: MatchThresholds = settings.match
        self.clock = clock
        self.index = IndexWriter(session)

    # ------------------------------------------------------------------ Labeller protocol

    def label_batch(self, comments: Sequence[Comment]) -> None:
        """Label in arrival order, so later comments see earlier ones (and their campaigns)."""
        self._run(comments, relabelling=False)

    def relabel(self, comments: Sequence[Comment]) -> None:
        """Label stored comments again (after a threshold or scheme change); see relabel.py.

        The caller has reset the system-made campaign assignments and index entries of every
        comment being relabelled, and relabels them in arrival order, so each one sees exactly
        what it would have seen had it arrived under today's settings.
        """
        self._run(comments, relabelling=True)

    # ------------------------------------------------------------------ one batch

    def _run(self, comments: Sequence[Comment], *, relabelling: bool) -> None:
        batch = [(c, self.fingerprinter.fingerprint(c.matching_text)) for c in comments]
        for comment, fp in batch:
            _store_fingerprint(comment, fp)
        if relabelling or not take_ids(self.session, [c for c, _fp in batch if c.id is None]):
            # Relabelling: the caller's resets must be in the table before the snapshot reads it.
            # New comments without a sequence (SQLite) are inserted here for their ids, and their
            # labels are an UPDATE at the end of the batch.
            self.session.flush()
        with batch_writes(self.session, comments):
            run = _BatchRun(self, batch, relabelling=relabelling)
            for position, (comment, fp) in enumerate(batch):
                previous = comment.kind if relabelling else None
                run.label(position, comment, fp, previous, "relabelled: " if relabelling else "")
            run.flush()

    def load_snapshot(
        self, batch: Sequence[tuple[Comment, Fingerprint]], *, relabelling: bool = False
    ) -> Snapshot:
        # Without autoflush: the batch's own comments are invisible to the snapshot's look-ups
        # (``Snapshot.unseen``), so they need not be in the table yet, and inserting them here
        # would write them before their labels (an INSERT now and an UPDATE later).
        with self.session.no_autoflush:
            return Snapshot.load(
                self.session,
                self.index,
                batch,
                timedelta(seconds=self.settings.spam_velocity_window_seconds),
                timedelta(seconds=self.settings.spam_burst_window_seconds),
                self.thresholds.min_shingles,
                already_counted=relabelling,
            )

    def serialise_founding(self) -> bool:
        """Take the founding lock where concurrent writers exist; True when decisions may differ."""
        if self.session.get_bind().dialect.name != "postgresql":
            return False
        self.session.execute(select(func.pg_advisory_xact_lock(FOUNDING_LOCK)))
        return True


class _BatchRun:
    """One batch's labelling: its snapshot, its campaign store, and the decisions it applies."""

    def __init__(
        self,
        service: LabellingService,
        batch: Sequence[tuple[Comment, Fingerprint]],
        *,
        relabelling: bool,
    ) -> None:
        self.service = service
        self.session = service.session
        self.thresholds = service.thresholds
        self.batch = batch
        self.relabelling = relabelling
        self.locked = False
        # One model for the whole batch: alone or in a batch, a comment meets the same model.
        models = service.models
        self.model = models.current(self.session) if models is not None else None
        # The sentence encoder, loaded once per process (None when turned off or absent).
        self.reader = spam.encoder_reader() if service.settings.spam_encoder else None
        self.fingerprints: dict[int, Fingerprint] = {}
        self.texts = spam.TextMemo(service.settings.spam)
        """The spam signals of each distinct text, read once per batch."""
        self.held: set[int] = set()
        """Campaigns this batch's transaction has locked or created (see CampaignStore.get)."""
        self.events = EventLog()
        """The batch's label events, written where it flushes (after its comments)."""
        self._use(service.load_snapshot(batch, relabelling=relabelling))

    def _use(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        settings = self.service.settings
        self.campaigns = CampaignStore(
            self.session,
            snapshot,
            self.service.fingerprinter,
            settings.match,
            settings.campaign_learning_members,
            self.service.clock,
            self.held,
            self.events,
        )

    def label(
        self,
        position: int,
        comment: Comment,
        fp: Fingerprint,
        previous_kind: str | None,
        reason_prefix: str,
    ) -> None:
        decision = self._decide(comment, fp)
        if decision.found_with is not None and not self.locked:
            self.locked = True
            if self.service.serialise_founding():
                self.flush()
                remaining = self.batch[position:]
                self._use(self.service.load_snapshot(remaining, relabelling=self.relabelling))
                decision = self._decide(comment, fp)
        self._apply(comment, fp, decision)
        self.snapshot.arrived(comment)
        self._score_spam(comment)
        self.snapshot.settled(comment, fp)
        if previous_kind is None or previous_kind != comment.kind:
            self._record(comment, previous_kind, reason_prefix + _why(comment, decision))

    def flush(self) -> None:
        """Write what the batch decided so far: its comments (the stored ones' labels in one
        statement on PostgreSQL, see :func:`batch_writes`) and the rest of the unit of work,
        the snapshot's index rows and counts, then the label events (after their comments)."""
        self.snapshot.flush()
        self.events.write(self.session)

    # ------------------------------------------------------------------ deciding

    def _decide(self, comment: Comment, fp: Fingerprint) -> Decision:
        exact = (
            self.snapshot.exact_campaign(fp)
            if fp.shingle_count >= self.thresholds.min_shingles
            else None
        )
        if exact is not None:
            decision = decide(fp, self.snapshot.own_earlier(comment), [], self.thresholds)
            if decision.kind == "duplicate":
                return decision
            return Decision("form_letter", campaign_id=exact, similarity=1.0, reason="exact copy")
        candidates = self.snapshot.candidates(comment, fp)
        decision = decide(
            fp,
            candidates,
            self.snapshot.campaign_profiles(fp),
            self.thresholds,
            item_campaigns=lambda: self.snapshot.item_campaign_profiles(comment.item_id),
            sender=self.snapshot.person_of(comment),
        )
        if decision.kind != "unique" or decision.reason:
            return decision
        return self._found_by_skeleton(comment, fp)

    def _found_by_skeleton(self, comment: Comment, fp: Fingerprint) -> Decision:
        """A comment no route placed may be a spun mail-merge copy whose earlier copies, sharing
        no sentence, never met it through the index: its skeleton is compared with the item's
        ``PHRASE_PULL_IN_CAP`` newest unique comments from other senders (the read the phrase
        pull-in makes; see :func:`skeleton_found`)."""
        too_short = len(fp.sentence_phrases) < SKELETON_MIN_ALIGNED
        if fp.shingle_count < self.thresholds.min_shingles or too_short:
            return Decision("unique")
        earlier = [
            (c.id, self._fingerprint_of(c))
            for c in self.snapshot.recent_unaffiliated(comment, PHRASE_PULL_IN_CAP)
            if c.person_key != comment.person_key
        ]
        return skeleton_found(
            fp, earlier, self.snapshot.item_campaign_profiles(comment.item_id), self.thresholds
        )

    def _fingerprint_of(self, comment: Comment) -> Fingerprint:
        """Stored comments' fingerprints, computed once per batch (they hold no phrases)."""
        cached = self.fingerprints.get(comment.id)
        if cached is None:
            cached = self.service.fingerprinter.fingerprint(comment.matching_text)
            self.fingerprints[comment.id] = cached
        return cached

    # ------------------------------------------------------------------ applying

    def _apply(self, comment: Comment, fp: Fingerprint, decision: Decision) -> None:
        comment.decided_by = SYSTEM
        comment.similarity = round(decision.similarity, 4) if decision.kind != "unique" else None
        if decision.kind == "duplicate" and decision.duplicate_of is not None:
            comment.kind = "duplicate"
            comment.duplicate_of_id = self.snapshot.root(decision.duplicate_of)
        elif decision.campaign_id is not None:
            self._join(comment, fp, decision)
        elif decision.found_with is not None:
            self._found(comment, fp, decision)
        else:
            comment.kind = "unique"

    def _join(self, comment: Comment, fp: Fingerprint, decision: Decision) -> None:
        assert decision.campaign_id is not None
        campaign = self.snapshot.campaign(decision.campaign_id)
        comment.kind = "form_letter"
        comment.campaign_id = campaign.id
        absorbed = self.campaigns.absorb(campaign, decision.also_members, decision.similarity)
        members = [(c, self.service.fingerprinter.fingerprint(c.matching_text)) for c in absorbed]
        campaign = self.campaigns.learn(campaign, [*members, (comment, fp)])
        if decision.reason == "phrases":
            campaign = self._pull_in_by_phrases(comment, campaign, decision.similarity)
        comment.personal_text = self.campaigns.personal_text(campaign, comment.matching_text)

    def _pull_in_by_phrases(
        self, comment: Comment, campaign: Campaign, similarity: float
    ) -> Campaign:
        """A spun copy joined: earlier copies its campaign's phrases now cover join too
        (the item's ``PHRASE_PULL_IN_CAP`` newest unique comments, see :func:`phrase_pull_in`)."""
        fingerprint = self.service.fingerprinter.fingerprint
        earlier = [
            (c, fingerprint(c.matching_text))
            for c in self.snapshot.recent_unaffiliated(comment, PHRASE_PULL_IN_CAP)
        ]
        profile = stored_profile(campaign.profile)
        ids = phrase_pull_in(profile, [(c.id, f) for c, f in earlier], self.thresholds)
        if not ids:
            return campaign
        absorbed = {c.id for c in self.campaigns.absorb(campaign, ids, similarity)}
        learned = sorted((c.id, c, f) for c, f in earlier if c.id in absorbed)
        return self.campaigns.learn(campaign, [(c, f) for _i, c, f in learned])

    def _found(self, comment: Comment, fp: Fingerprint, decision: Decision) -> None:
        assert decision.found_with is not None
        earlier_ids = [decision.found_with, *decision.also_members]
        earlier = list(
            self.session.scalars(
                select(Comment)
                .where(Comment.id.in_(earlier_ids), Comment.campaign_id.is_(None))
                .order_by(Comment.id)
            )
        )
        if not earlier:
            comment.kind = "unique"
            return
        campaign = self.campaigns.found([*earlier, comment], fp)
        comment.kind = "form_letter"
        comment.campaign_id = campaign.id
        self.campaigns.absorb(campaign, [c.id for c in earlier], decision.similarity)
        campaign = self._pull_in_by_line(comment, campaign, decision.similarity)
        comment.personal_text = self.campaigns.personal_text(campaign, comment.matching_text)

    def _pull_in_by_line(self, comment: Comment, campaign: Campaign, similarity: float) -> Campaign:
        """A short campaign was founded: earlier copies that carry its line (a petition with a
        line of the sender's own, or retyped) join too, as they would had they come later (the
        item's ``PHRASE_PULL_IN_CAP`` newest unique comments, see :func:`line_pull_in`)."""
        profile = stored_profile(campaign.profile)
        if not len(profile.line_array):
            return campaign
        earlier = [
            (c, self._fingerprint_of(c))
            for c in self.snapshot.recent_unaffiliated(comment, PHRASE_PULL_IN_CAP)
            if c.campaign_id is None
        ]
        ids = line_pull_in(profile, [(c.id, f) for c, f in earlier], self.thresholds)
        if not ids:
            return campaign
        absorbed = {c.id for c in self.campaigns.absorb(campaign, ids, similarity)}
        learned = sorted((c.id, c, f) for c, f in earlier if c.id in absorbed)
        return self.campaigns.learn(campaign, [(c, f) for _i, c, f in learned])

    def _score_spam(self, comment: Comment) -> None:
        counts = self.snapshot.counts(comment)
        behaviour = spam.Behaviour(
            honeypot_filled=comment.honeypot_filled,
            email=comment.submitter.email,
            recent_from_source=counts.from_source,
            recent_from_email=counts.from_person,
            burst_near_identical=counts.burst,
            is_form_letter=comment.kind == "form_letter",
            item_context=(
                item_context(self.session, comment)
                if self.texts.wants_item_context(comment.body)
                else None
            ),
        )
        settings = self.service.settings.spam
        verdict = spam.score(comment.body, behaviour, settings, self.model, self.texts, self.reader)
        comment.spam_score = round(verdict.score, 4)
        comment.reasons = list(verdict.reasons)
        # Kept for a campaign that may absorb it (a duplicate never joins one): see member_spam.
        comment.spam_as_member = (
            member_verdict(
                comment.body, behaviour, verdict, settings, self.model, self.texts, self.reader
            )
            if comment.kind == "unique"
            else None
        )
        if verdict.is_spam:
            comment.kind = "spam"

    def _record(self, comment: Comment, from_kind: str | None, reason: str) -> None:
        self.events.add(
            Event(
                comment_id=comment.id,
                created_at=self.service.clock(),
                actor=SYSTEM,
                from_kind=from_kind,
                to_kind=comment.kind or "unique",
                from_campaign_id=None,
                to_campaign_id=comment.campaign_id,
                reason=reason,
            )
        )


_NEXT_COMMENT_IDS = text(
    "SELECT nextval(pg_get_serial_sequence('comments', 'id')) FROM generate_series(1, :n)"
)


def take_ids(session: Session, comments: Sequence[Comment]) -> bool:
    """Give new comments their ids from PostgreSQL's sequence, before their INSERT; False on
    SQLite (no sequence: the caller flushes for ids).

    Why: a comment then is written once, labels included, when the batch ends (or earlier, if a
    look-up that must see it in the table autoflushes it), instead of an INSERT before labelling
    and an UPDATE after, which touches every index of ``comments``. The ids ascend in arrival
    order, as the INSERT would have given them. The labeller keeps the batch's comments in memory
    (:attr:`Snapshot.unseen` until labelled), so no look-up needed them in the table.
    """
    if session.get_bind().dialect.name != "postgresql":
        return False
    if comments:
        with session.no_autoflush:  # not the comments themselves: they would take ids of their own
            ids = sorted(session.scalars(_NEXT_COMMENT_IDS, {"n": len(comments)}))
        for comment, comment_id in zip(comments, ids, strict=True):
            comment.id = comment_id
    return True


def _store_fingerprint(comment: Comment, fp: Fingerprint) -> None:
    comment.exact_hash = fp.exact_hash
    comment.signature = signature_to_bytes(fp.signature)
    comment.shingle_count = fp.shingle_count
    comment.segment_keys = pack_keys(fp.segment_hashes)


def _why(comment: Comment, decision: Decision) -> str:
    """The history's reason for the label the comment ended with: for spam the spam score and
    its signals (the text's own verdict, "unique", is not why it is spam)."""
    if comment.kind != "spam":
        return _reason(decision)
    signals = ", ".join(comment.reasons or []) or "no single signal"
    return f"spam score {comment.spam_score or 0:.2f}: {signals} (text: {_reason(decision)})"


def _reason(decision: Decision) -> str:
    if decision.kind == "duplicate":
        return f"duplicate of comment {decision.duplicate_of} from the same person"
    if decision.found_with is not None:
        return f"founded a campaign with comment {decision.found_with} ({decision.reason})"
    if decision.campaign_id is not None:
        share = f"{decision.similarity:.0%}"
        return f"form letter of campaign {decision.campaign_id}: {share} ({decision.reason})"
    return "unique" + (f" ({decision.reason})" if decision.reason else "")


def record_scheme(session: Session, fingerprinter: Fingerprinter) -> None:
    """Record the MinHash scheme in use; warn when stored signatures were made with another."""
    scheme = fingerprinter.scheme
    known = set(session.scalars(select(FingerprintSchemeRecord.scheme_id)))
    if scheme.scheme_id in known:
        return
    if known:
        log.warning(
            "fingerprint scheme changed (%s -> %s): run `intake relabel`",
            ",".join(sorted(known)),
            scheme.scheme_id,
        )
    session.add(FingerprintSchemeRecord(scheme_id=scheme.scheme_id, params=scheme.as_dict()))
    session.flush()


__all__ = ["LabellingService", "Submitter", "record_scheme"]
