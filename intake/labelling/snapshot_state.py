"""The in-memory state a :class:`~intake.labelling.snapshot.Snapshot` answers lookups from.

Loading fills these structures from the database (:mod:`intake.labelling.snapshot_reads`); the
batch's own comments then update them as they are labelled, so each comment sees the index as a
one-by-one run would have left it. Each structure is one question the decision asks: who holds
a key, what is known of an earlier comment, which campaigns a key reaches, and which campaign an
exact copy belongs to. Nothing here touches the database.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from intake.models import Campaign, Comment
from intake.text.fingerprint import Fingerprint
from intake.text.personal_data import is_placeholder_name

CANDIDATE_CAP = 64
PERSON_CAP = 50
CAMPAIGN_CAP = 16


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
    person: str | None = None
    """Who sent it, as the short route counts people (:func:`founding_person`); None: its
    ``identity_key``."""


def founding_person(
    identity_key: str, name: str | None, email: str | None, source_key: str | None
) -> str:
    """The person a comment counts as when people are counted to found a short campaign.

    Its sender's identity key; but a sender who gave no email and a placeholder name
    ("Anonymous") has a key of their own, drawn at random, so anonymous senders are told apart
    by the client address they posted from when it is known: three anonymous copies of a line
    from one address (a script, or one person) are one person, not a campaign's three; from
    three addresses, or imported without one, three people (issue 14 item 3). A duplicate or a
    spam burst (three near-identical texts from one address within seconds) would not catch a
    script that posts slowly.
    """
    if source_key and not (email or "").strip() and is_placeholder_name(name):
        return f"address:{source_key}"
    return identity_key


def _top(counts: dict[int, int], cap: int) -> list[int]:
    return [key for key, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:cap]]


@dataclass
class CommentKeys:
    """Which unaffiliated earlier comments hold each lookup key.

    ``stored``: the index rows read at load; ``removed``: stored comments that joined a campaign
    during the batch (they left the index); ``pending``: the batch's own unaffiliated comments,
    written to the index only at the end.
    """

    stored: defaultdict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    removed: set[int] = field(default_factory=set)
    pending: dict[int, frozenset[int]] = field(default_factory=dict)

    def top(self, fp: Fingerprint, comment_id: int) -> list[int]:
        """The ``CANDIDATE_CAP`` comments sharing the most keys with ``fp`` (not itself)."""
        keys = set(fp.lookup_keys)
        counts: dict[int, int] = defaultdict(int)
        for key in keys:
            for other in self.stored.get(key, ()):
                if other != comment_id and other not in self.removed:
                    counts[other] += 1
        for other, other_keys in self.pending.items():
            shared = len(other_keys & keys) if other != comment_id else 0
            if shared:
                counts[other] += shared
        return _top(counts, CANDIDATE_CAP)


@dataclass
class KnownComments:
    """Earlier comments read so far (and the batch's labelled ones), by id and by sender."""

    rows: dict[int, Known] = field(default_factory=dict)
    by_person: defaultdict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    def remember(self, known: Known) -> None:
        self.rows[known.id] = known
        self.by_person[known.identity_key].add(known.id)

    def own_ids(self, identity_key: str, before: int) -> list[int]:
        """The sender's ``PERSON_CAP`` newest comments earlier than ``before``."""
        mine = [i for i in self.by_person.get(identity_key, ()) if i < before]
        return sorted(mine, reverse=True)[:PERSON_CAP]

    def joined(self, comment_id: int, campaign_id: int) -> Known | None:
        """Record that a known comment became a campaign member; None if it is not known."""
        known = self.rows.get(comment_id)
        if known is None:
            return None
        self.rows[comment_id] = replace(known, campaign_id=campaign_id)
        return known


@dataclass
class CampaignKeys:
    """Which campaigns each lookup key reaches, and the campaign rows read so far."""

    holders: defaultdict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    rows: dict[int, Campaign] = field(default_factory=dict)

    def top(self, fp: Fingerprint) -> list[int]:
        """The ``CAMPAIGN_CAP`` campaigns sharing the most keys with ``fp``."""
        counts: dict[int, int] = defaultdict(int)
        for key in set(fp.lookup_keys):
            for campaign_id in self.holders.get(key, ()):
                counts[campaign_id] += 1
        return _top(counts, CAMPAIGN_CAP)

    def changed(self, campaign_id: int, keys: Iterable[int]) -> None:
        """A campaign's profile now answers to these keys only."""
        for holders in self.holders.values():
            holders.discard(campaign_id)
        for key in keys:
            self.holders[key].add(campaign_id)


@dataclass
class ExactCopies:
    """For each exact text, its earliest campaign member: (comment id, campaign id)."""

    firsts: dict[str, tuple[int, int]] = field(default_factory=dict)

    def campaign_of(self, exact_hash: str) -> int | None:
        hit = self.firsts.get(exact_hash)
        return hit[1] if hit is not None else None

    def member(self, comment_id: int, exact_hash: str | None, campaign_id: int) -> None:
        """A comment joined a campaign: it is the text's first member if none earlier is."""
        if exact_hash is None:
            return
        first = self.firsts.get(exact_hash)
        if first is None or comment_id < first[0]:
            self.firsts[exact_hash] = (comment_id, campaign_id)


def unaffiliated(comment: Comment) -> bool:
    """In memory, what ``UNAFFILIATED`` (``intake.models``) says in SQL."""
    return comment.kind == "unique" and comment.campaign_id is None


@dataclass
class RecentUnaffiliated:
    """One item's newest comments labelled unique and in no campaign, for a whole batch.

    The skeleton founding and the phrase pull-in ask, for a comment, the item's ``limit`` newest
    such comments before it (:func:`~intake.labelling.snapshot_reads.recent_unaffiliated`). A
    read per comment also flushed the batch's pending labels each time (issue 16's labeller
    profile: 14% of its CPU). Instead the rows outside the batch are read once, ``rows`` (the
    newest ``read_limit`` before the batch's newest comment), and the batch's comments are added
    as they are labelled; each row's state is checked in memory when asked, so a comment that
    joined a campaign since drops out. ``rows`` then holds every unaffiliated comment down to
    the oldest it holds; when fewer than asked remain there and the read was not ``exhausted``
    (it stopped at its limit), :meth:`before` answers None and the caller reads.
    """

    rows: list[Comment]
    """Ascending ids."""
    exhausted: bool
    """The read found fewer rows than it asked for: nothing older exists."""

    def add(self, comment: Comment) -> None:
        """A batch comment is labelled (whatever its label: its state is checked when asked)."""
        if self.rows and self.rows[-1].id > comment.id:
            bisect.insort(self.rows, comment, key=lambda c: c.id)
        else:
            self.rows.append(comment)

    def before(self, comment_id: int, limit: int) -> list[Comment] | None:
        """Newest first, what the read would return, or None when memory cannot tell."""
        found: list[Comment] = []
        for row in reversed(self.rows):
            if row.id < comment_id and unaffiliated(row):
                found.append(row)
                if len(found) == limit:
                    return found
        return found if self.exhausted else None
