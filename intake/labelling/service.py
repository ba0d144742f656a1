"""Label every comment at intake, in the transaction that stores it.

For each new comment: fingerprint it, fetch candidates (an exact copy of a campaign member first,
then the LSH and sentence-key lookup), let the pure engine decide (:func:`decide`), and apply the
decision: join or found a campaign (relabelling the earlier copies it absorbs, with a label event
each), mark a duplicate, or leave it unique. Then score spam evidence, index the comment if it
belongs to no campaign, and record a label event. A label never stops a comment being stored.

On PostgreSQL, founding a campaign takes a transaction-scoped advisory lock and decides again
under it, so two workers receiving the first copies of a template at once cannot found two
campaigns: the second sees the first's campaign and joins it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.config import Settings
from intake.labelling.behaviour import BehaviourGatherer
from intake.labelling.campaigns import SYSTEM, CampaignStore
from intake.labelling.index import CandidateIndex, pack_keys
from intake.models import Comment, FingerprintSchemeRecord, LabelEvent, Submitter
from intake.services.comments import SubmissionContext
from intake.text import spam
from intake.text.fingerprint import Fingerprint, Fingerprinter, signature_to_bytes
from intake.text.matching import Decision, MatchThresholds, decide

log = logging.getLogger("intake.labelling")
FOUNDING_LOCK = 0x1A7A_CA3F
"""PostgreSQL advisory lock key serialising campaign founding (joins never take it)."""


class LabellingService:
    """Implements :class:`intake.services.comments.Labeller` over a session."""

    def __init__(
        self,
        session: Session,
        fingerprinter: Fingerprinter,
        settings: Settings,
        clock: Callable[[], datetime],
    ) -> None:
        self.session = session
        self.fingerprinter = fingerprinter
        self.thresholds: MatchThresholds = settings.match
        self.spam_settings = settings.spam
        self.clock = clock
        self.index = CandidateIndex(session)
        self.campaigns = CampaignStore(
            session,
            self.index,
            fingerprinter,
            settings.match,
            settings.campaign_learning_members,
            clock,
        )
        self.behaviour = BehaviourGatherer(
            session,
            timedelta(seconds=settings.spam_velocity_window_seconds),
            timedelta(seconds=settings.spam_burst_window_seconds),
        )

    # ------------------------------------------------------------------ Labeller protocol

    def label_new(self, comment: Comment, context: SubmissionContext) -> None:
        self._label(comment, previous_kind=None, reason_prefix="")

    def relabel(self, comment: Comment) -> None:
        """Label a stored comment again (after a threshold or scheme change); see intake.relabel.

        The caller has reset the system-made campaign assignments and index entries of every
        comment being relabelled, and relabels them in arrival order, so each one sees exactly
        what it would have seen had it arrived under today's settings.
        """
        previous = comment.kind
        self._label(comment, previous_kind=previous, reason_prefix="relabelled: ")

    def _label(self, comment: Comment, previous_kind: str | None, reason_prefix: str) -> None:
        fp = self.fingerprinter.fingerprint(comment.body)
        self._store_fingerprint(comment, fp)
        decision = self._decide(comment, fp)
        if decision.found_with is not None and self._serialise_founding():
            decision = self._decide(comment, fp)
        self._apply(comment, fp, decision)
        self._score_spam(comment, comment.honeypot_filled)
        if comment.campaign_id is None:
            self.index.add(comment.id, fp.lookup_keys)
        if previous_kind is None or previous_kind != comment.kind:
            self._record(comment, previous_kind, None, reason_prefix + _reason(decision))

    def label_batch(self, comments: Sequence[Comment], context: SubmissionContext) -> None:
        """Label in arrival order, so later entries see earlier ones (and their campaigns)."""
        for comment in comments:
            self.label_new(comment, context)

    # ------------------------------------------------------------------ deciding

    def _decide(self, comment: Comment, fp: Fingerprint) -> Decision:
        identity = comment.submitter.identity_key
        exact = self._exact_campaign_copy(comment, fp)
        if exact is not None:
            own = self.index.own_earlier(comment.id, identity, comment.item_id)
            decision = decide(fp, own, [], self.thresholds)
            if decision.kind == "duplicate":
                return decision
            return Decision("form_letter", campaign_id=exact, similarity=1.0, reason="exact copy")
        candidates = self.index.candidates(fp, comment.id, identity, comment.item_id)
        return decide(fp, candidates, self.index.campaigns(fp), self.thresholds)

    def _exact_campaign_copy(self, comment: Comment, fp: Fingerprint) -> int | None:
        """The fast path: an earlier campaign member with the same normalised text."""
        if fp.shingle_count < self.thresholds.min_shingles:
            return None
        campaign_id: int | None = self.session.scalar(
            select(Comment.campaign_id)
            .where(
                Comment.exact_hash == fp.exact_hash,
                Comment.campaign_id.is_not(None),
                Comment.id != comment.id,
            )
            .order_by(Comment.id)
            .limit(1)
        )
        return campaign_id

    def _serialise_founding(self) -> bool:
        """Take the founding lock where concurrent writers exist; True when decisions may differ."""
        if self.session.get_bind().dialect.name != "postgresql":
            return False
        self.session.execute(select(func.pg_advisory_xact_lock(FOUNDING_LOCK)))
        return True

    # ------------------------------------------------------------------ applying

    def _apply(self, comment: Comment, fp: Fingerprint, decision: Decision) -> None:
        comment.decided_by = SYSTEM
        comment.similarity = round(decision.similarity, 4) if decision.kind != "unique" else None
        if decision.kind == "duplicate" and decision.duplicate_of is not None:
            comment.kind = "duplicate"
            comment.duplicate_of_id = self._root(decision.duplicate_of)
        elif decision.campaign_id is not None:
            self._join(comment, fp, decision)
        elif decision.found_with is not None:
            self._found(comment, fp, decision)
        else:
            comment.kind = "unique"

    def _join(self, comment: Comment, fp: Fingerprint, decision: Decision) -> None:
        assert decision.campaign_id is not None
        campaign = self.campaigns.get(decision.campaign_id)
        comment.kind = "form_letter"
        comment.campaign_id = campaign.id
        absorbed = self.campaigns.absorb(campaign, decision.also_members, decision.similarity)
        members = [(c, self.fingerprinter.fingerprint(c.body)) for c in absorbed]
        campaign = self.campaigns.learn(campaign, [*members, (comment, fp)])
        comment.personal_text = self.campaigns.personal_text(campaign, comment.body)

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
        comment.personal_text = self.campaigns.personal_text(campaign, comment.body)

    def _root(self, comment_id: int) -> int:
        """Duplicates point at the person's first comment, not at another duplicate."""
        original = self.session.scalar(
            select(Comment.duplicate_of_id).where(Comment.id == comment_id)
        )
        return original if original is not None else comment_id

    def _score_spam(self, comment: Comment, honeypot_filled: bool) -> None:
        behaviour = self.behaviour.gather(
            comment,
            honeypot_filled=honeypot_filled,
            is_form_letter=comment.kind == "form_letter",
        )
        verdict = spam.score(comment.body, behaviour, self.spam_settings)
        comment.spam_score = round(verdict.score, 4)
        comment.reasons = list(verdict.reasons)
        if verdict.is_spam:
            comment.kind = "spam"

    def _store_fingerprint(self, comment: Comment, fp: Fingerprint) -> None:
        comment.exact_hash = fp.exact_hash
        comment.signature = signature_to_bytes(fp.signature)
        comment.shingle_count = fp.shingle_count
        comment.segment_keys = pack_keys(fp.segment_hashes)

    def _record(
        self, comment: Comment, from_kind: str | None, from_campaign: int | None, reason: str
    ) -> None:
        self.session.add(
            LabelEvent(
                comment_id=comment.id,
                created_at=self.clock(),
                actor=SYSTEM,
                from_kind=from_kind,
                to_kind=comment.kind or "unique",
                from_campaign_id=from_campaign,
                to_campaign_id=comment.campaign_id,
                reason=reason,
            )
        )


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
