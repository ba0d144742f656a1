"""Campaigns in the database: found one, join one, absorb early copies, keep its texts.

A campaign row holds a bounded profile (exemplar signatures and known sentences) used for
matching, the normalised sentences its members share (what personal text is measured against),
and its representative text (shown publicly, so built only from sentences at least three people
sent word for word, none carrying personal data). All of it is recomputed from a bounded sample
of members, never from all of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, load_only

from intake.labelling.label_writes import Event, EventLog
from intake.labelling.member_spam import become_member
from intake.labelling.snapshot import Snapshot
from intake.models import AgendaItem, Campaign, Comment, Submitter
from intake.text.addition import CampaignWords
from intake.text.fingerprint import Fingerprint, Fingerprinter, Signature
from intake.text.matching import (
    CampaignProfile,
    MatchThresholds,
    exemplars_after,
    new_profile,
    stored_profile,
    update_profile,
)
from intake.text.normalize import segments
from intake.text.personal_data import Identifiers
from intake.text.template import (
    MIN_PEOPLE,
    fill_in_skeletons,
    one_body_per_person,
    representative_text,
    reworded_sentences,
    template_segments,
    without_members,
)
from intake.text.tool_lines import tool_line_shapes
from schemas.vocabulary import SYSTEM

SAMPLE_MEMBERS = 24
"""Members read to rebuild a campaign's texts (its first, and for its fill-in lines and reworded
sentences also its newest): enough for a majority vote, bounded."""


def recurring_norms(bodies: Sequence[str], min_members: int = 2) -> frozenset[str]:
    """Content sentences (normalised) that at least ``min_members`` of the bodies carry.

    Together with the majority template this covers mail-merge campaigns, whose alternative
    phrasings each appear in only a share of the members but are still the campaign's words.
    """
    counts: Counter[str] = Counter()
    for body in bodies:
        counts.update({seg.norm for seg in segments(body) if seg.is_content})
    return frozenset(norm for norm, n in counts.items() if n >= min_members)


# The statements of every join, built once: see snapshot_reads.built_once for why.
_CAMPAIGN = select(Campaign).where(Campaign.id == bindparam("campaign_id"))
_CAMPAIGN = _CAMPAIGN.execution_options(populate_existing=True)
# FOR NO KEY UPDATE: a concurrent insert of a member (whose foreign key takes KEY SHARE on this
# row) must not wait on us while we wait on it: that deadlocked.
_CAMPAIGN_FOR_UPDATE = _CAMPAIGN.with_for_update(key_share=True)
_MEMBERS_READ = (
    select(Comment.id, Comment.matching_text.label("text"), Submitter)
    .join(Submitter, Submitter.comment_id == Comment.id)
    .where(Comment.campaign_id == bindparam("campaign_id"))
)
_SAMPLE = _MEMBERS_READ.order_by(Comment.id).limit(SAMPLE_MEMBERS)
# The newest members too: rebuilt as it doubles, a campaign read only through its first members
# never learns a wording (a reworded sentence, a fill-in line's other phrasing) that its tool
# offered to a share of the members and that its first members happened not to pick.
_NEWEST_SAMPLE = _MEMBERS_READ.order_by(Comment.id.desc()).limit(SAMPLE_MEMBERS)


_PUBLIC_ITEMS = 50
"""Items read for a campaign's public words: a campaign spans a few items, never thousands."""


class CampaignStore:
    def __init__(
        self,
        session: Session,
        snapshot: Snapshot,
        fingerprinter: Fingerprinter,
        thresholds: MatchThresholds,
        learning_members: int,
        clock: Callable[[], datetime],
        held: set[int] | None = None,
        events: EventLog | None = None,
    ) -> None:
        """``held``: the campaigns this transaction has locked or created, shared by every store
        of one batch (see :meth:`get`); ``events``: the batch's label events, written where the
        batch flushes."""
        self.session = session
        self.events = EventLog() if events is None else events
        self.held = set() if held is None else held
        self.snapshot = snapshot
        self.fingerprinter = fingerprinter
        self.thresholds = thresholds
        self.learning_members = learning_members
        self.clock = clock

    def found(self, founders: Sequence[Comment], newest_fp: Fingerprint) -> Campaign:
        """Create a campaign from earlier unaffiliated comments and the new one."""
        fingerprints = [self.fingerprinter.fingerprint(c.matching_text) for c in founders[:-1]]
        campaign = Campaign(created_at=self.clock(), profile=b"", representative_text="")
        self.session.add(campaign)
        self.session.flush()
        self.held.add(campaign.id)  # no one else can see it until we commit
        self.snapshot.campaign_created(campaign)
        profile = new_profile(campaign.id, [*fingerprints, newest_fp], self.thresholds)
        self._store_profile(campaign, profile)
        self._refresh_texts(campaign, founders)
        return campaign

    def get(self, campaign_id: int, *, for_update: bool = False) -> Campaign:
        """The campaign; ``for_update`` locks its row and reads it afresh, once per transaction.

        A campaign this transaction already holds (locked, or created) is current in memory: no
        one else can change its row until we commit, and the object carries our own unflushed
        changes, which a re-read would overwrite. The locking read itself flushes nothing: only
        the campaign's row matters to it, and the campaign has no unflushed changes before we
        hold it. Without that, the autoflush before every join's lock wrote the batch's pending
        comments early, each then written again for its later labels (issue 16's served profile:
        a fifth of a worker's CPU)."""
        if for_update and campaign_id in self.held:
            held = self.session.get(Campaign, campaign_id)
            if held is not None:
                return held
        with self.session.no_autoflush:
            query = _CAMPAIGN_FOR_UPDATE if for_update else _CAMPAIGN
            campaign = self.session.scalar(query, {"campaign_id": campaign_id})
        if campaign is None:
            raise LookupError(f"campaign {campaign_id} vanished")
        if for_update:
            self.held.add(campaign_id)
        return campaign

    def learn(self, campaign: Campaign, members: Sequence[tuple[Comment, Fingerprint]]) -> Campaign:
        """Fold new members into the profile when they can still teach it something.

        While a campaign is young every member refines it (new phrasings, exemplars). Later only a
        new exemplar is written, so a campaign of 300,000 copies does not rewrite (and lock) its
        row for every copy. The row is locked and re-read before writing, so concurrent joins
        never lose each other's updates. Its texts are rebuilt at 3 members and as it doubles in
        size (2, 4, 8, ... members) while young: often enough to follow it, rarely enough to cost
        little.
        """
        profile = stored_profile(campaign.profile)
        young = profile.member_count < self.learning_members
        if not young:
            updated = exemplars_after(profile, [fp for _comment, fp in members], self.thresholds)
            if updated is profile.exemplars or _signatures(updated) == _signatures(
                profile.exemplars
            ):
                return self._keep_out_of_public_text(campaign, [c for c, _fp in members])
        campaign = self.get(campaign.id, for_update=True)
        locked = stored_profile(campaign.profile)
        profile = locked
        for _comment, fp in members:
            profile = update_profile(profile, fp, self.thresholds)
        self._store_profile(campaign, profile, previous=locked)
        if young and _texts_due(locked.member_count, profile.member_count):
            self._refresh_texts(campaign, [c for c, _fp in members])
        return self._keep_out_of_public_text(campaign, [c for c, _fp in members])

    def _keep_out_of_public_text(self, campaign: Campaign, joining: Sequence[Comment]) -> Campaign:
        """The public text without any line carrying what the joining members gave about
        themselves. It was built from a sample; the row is locked and written only when a line
        must go, which a letter naming a later member (its organiser, who signs copy 100) needs."""
        if not campaign.representative_text:
            return campaign
        identifiers = _identifiers([c.submitter for c in joining])
        if without_members(campaign.representative_text, identifiers) == (
            campaign.representative_text
        ):
            return campaign
        campaign = self.get(campaign.id, for_update=True)
        campaign.representative_text = without_members(campaign.representative_text, identifiers)
        return campaign

    def personal_text(self, campaign: Campaign, body: str) -> str | None:
        """What a member added to the campaign (the one rule: :class:`CampaignWords`)."""
        return self.words(campaign).addition(body)

    def words(self, campaign: Campaign) -> CampaignWords:
        return CampaignWords(campaign.template_norms, campaign.profile, self.fingerprinter)

    def absorb(
        self, campaign: Campaign, comment_ids: Sequence[int], similarity: float
    ) -> list[Comment]:
        """Relabel earlier unaffiliated copies as members; staff decisions are never changed."""
        if not comment_ids:
            return []
        rows = list(
            self.session.scalars(
                select(Comment)
                .where(Comment.id.in_(comment_ids), Comment.campaign_id.is_(None))
                .order_by(Comment.id)
                .with_for_update(key_share=True)  # see get(): FK checks must not block
                .execution_options(populate_existing=True)
            )
        )
        absorbed = [c for c in rows if c.decided_by != "staff" and c.kind != "duplicate"]
        for comment in absorbed:
            previous = comment.kind
            comment.campaign_id = campaign.id
            comment.kind = "spam" if comment.kind == "spam" else "form_letter"
            comment.similarity = similarity
            comment.personal_text = self.personal_text(campaign, comment.matching_text)
            become_member(comment)
            self.events.add(
                Event(
                    comment_id=comment.id,
                    created_at=self.clock(),
                    actor=SYSTEM,
                    from_kind=previous,
                    to_kind=comment.kind,
                    from_campaign_id=None,
                    to_campaign_id=campaign.id,
                    reason=f"joined campaign {campaign.id}: a later comment shares its template",
                )
            )
        self.snapshot.joined([c.id for c in absorbed], campaign.id)
        self._keep_out_of_public_text(campaign, absorbed)
        return absorbed

    def _store_profile(
        self, campaign: Campaign, profile: CampaignProfile, previous: CampaignProfile | None = None
    ) -> None:
        campaign.profile = profile.to_bytes()
        keys = set(self._keys_of(profile))
        if previous is None or keys != set(self._keys_of(previous)):
            self.snapshot.index.stage_campaign_keys(campaign.id, keys)
            self.snapshot.campaign_keys_changed(campaign.id, keys)

    def _keys_of(self, profile: CampaignProfile) -> tuple[int, ...]:
        return profile.profile_band_keys(
            self.fingerprinter.scheme, self.thresholds.max_profile_sentence_keys
        )

    def _items_text(self, campaign: Campaign) -> str:
        """The titles of the items the campaign's members wrote on, and the bodies that hear
        them: public words, so a name they carry (whose motion it is) may stay in public text."""
        rows = self.session.execute(
            select(AgendaItem.title, AgendaItem.body_name)
            .where(
                AgendaItem.id.in_(
                    select(Comment.item_id).where(Comment.campaign_id == campaign.id).distinct()
                )
            )
            .limit(_PUBLIC_ITEMS)
        ).all()
        return "\n".join(f"{title}\n{body or ''}" for title, body in rows)

    def _refresh_texts(self, campaign: Campaign, newest: Sequence[Comment]) -> None:
        """Rebuild what the campaign is measured against and the public text shown for it.

        The public text is told who sent each sampled body (distinct people, not copies, must
        share a sentence) and what those people gave about themselves, so no sentence carrying a
        member's name, address, e-mail or postal code can be shown.
        """
        rows = self.session.execute(_SAMPLE, {"campaign_id": campaign.id}).all()
        sample: dict[int, tuple[str, Submitter]] = {r.id: (r.text, r.Submitter) for r in rows}
        for comment in newest:
            if len(sample) >= SAMPLE_MEMBERS * 2:
                break
            sample.setdefault(comment.id, (comment.matching_text, comment.submitter))
        bodies = [body for body, _who in sample.values()]
        people = [who.identity_key for _body, who in sample.values()]
        # The text is built from the sample, but no member's details may show in it: asked of
        # every member (texts are rebuilt only while the campaign is young, a bounded number of
        # times, as the personal texts below are).
        everyone = self.session.scalars(
            select(Submitter)
            .join(Comment, Submitter.comment_id == Comment.id)
            .where(Comment.campaign_id == campaign.id)
        )
        identifiers = _identifiers([*(who for _b, who in sample.values()), *everyone])
        campaign.representative_text = representative_text(
            bodies, people, identifiers, public=self._items_text(campaign)
        )
        previous = frozenset(campaign.template_norms or ())
        # Founding: what the founders share is the template. Later a sentence joins the template
        # when at least three members (and a majority, or for a mail-merge phrasing three) send
        # it, so one member's paragraph quoted by another never becomes the campaign's words.
        # Learned sentences stay: the template only grows while the campaign is young.
        least = 2 if not previous else MIN_PEOPLE
        # One body per person: two copies from one person are no two members sending a sentence.
        bodies = one_body_per_person(bodies, people)
        # Fill-in lines and reworded sentences are read on the newest members too: a phrasing the
        # campaign's tool offered to a share of its members may be missing from its first ones.
        wide = [*bodies, *self._newest_bodies(campaign, sample)]
        learned = (
            template_segments(bodies, least)
            | recurring_norms(bodies, least)
            | fill_in_skeletons(wide, least)
            | reworded_sentences(wide, least)
            | tool_line_shapes(wide, MIN_PEOPLE)
        )
        if not learned <= previous:
            campaign.template_norms = sorted(previous | learned)
        self._recompute_personal_texts(campaign)

    def _newest_bodies(
        self, campaign: Campaign, sample: dict[int, tuple[str, Submitter]]
    ) -> list[str]:
        """The matching texts of the campaign's newest members not already in ``sample``."""
        rows = self.session.execute(_NEWEST_SAMPLE, {"campaign_id": campaign.id})
        return [r.text for r in sorted(rows, key=lambda r: r.id) if r.id not in sample]

    def _recompute_personal_texts(self, campaign: Campaign) -> None:
        """What each earlier member added is measured again against what the campaign now knows.

        Both things a member's words are measured against grow while the campaign is young: its
        template sentences (just above) and its common phrases (every member folded into the
        profile), by which a spun copy's sentences are told from its sender's own. A copy that
        joined before the campaign had learned its phrases kept, until now, the text computed at
        its join, template sentences and all. Texts are rebuilt only while a campaign is young
        (at 3 members and as it doubles, up to ``INTAKE_CAMPAIGN_LEARNING_MEMBERS``), so this
        reads a bounded set of rows a bounded number of times.
        """
        words = self.words(campaign)
        members = self.session.scalars(
            select(Comment)
            .options(load_only(*_MEASURED))
            .where(Comment.campaign_id == campaign.id)
            .order_by(Comment.id)
        )
        for member in members:
            added = words.addition(member.matching_text)
            if added != member.personal_text:
                member.personal_text = added


_MEASURED = (Comment.id, Comment.body, Comment.attachment_text, Comment.personal_text)
"""The columns a member's text is measured again from (and written to): nothing else is read."""


def _identifiers(submitters: Sequence[Submitter | None]) -> Identifiers:
    who = [s for s in submitters if s is not None]
    return Identifiers.of(
        names=[s.name for s in who],
        emails=[s.email for s in who],
        postal_codes=[s.postal_code for s in who],
        addresses=[s.address for s in who],
    )


def _texts_due(before: int, after: int) -> bool:
    """True when the member count reached 2, 3, 4, 8, 16, ... on the way from ``before`` to
    ``after``: powers of two, and three, the fewest people whose shared sentences may be shown."""
    return any(n & (n - 1) == 0 or n == MIN_PEOPLE for n in range(max(before + 1, 2), after + 1))


def _signatures(exemplars: Sequence[tuple[Signature, int]]) -> tuple[bytes, ...]:
    return tuple(sig.tobytes() for sig, _count in exemplars)
