"""Founding a spun mail-merge campaign by its skeleton: the sentences line up, slot by slot.

Copies of a campaign spun *within* sentences (each sentence assembled from slots of alternative
phrasings) share no whole sentence, and any two of them share about as many word shingles as two
unique comments composed from the topic's vocabulary do (a sixth of their shingles), so neither
MinHash nor the phrase route can found one: the phrase route needs a campaign to exist. What two
copies do share is the letter's *skeleton*: sentence by sentence, in order, each of their aligned
sentences shares a phrase (a slot both drew the same phrasing for), and each sentence shares
phrases with its counterpart only, because every sentence of the letter has slots of its own.
A unique comment built from the topic's vocabulary repeats one sentence shape, so its sentences
share phrases with many sentences of another such comment, not one each; another campaign on the
topic shares whole sentences (the ordinary routes decide) or phrases of an existing campaign.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from intake.text.fingerprint import Fingerprint
from intake.text.matching.outcome import Decision
from intake.text.matching.profile import CampaignProfile
from intake.text.matching.thresholds import MatchThresholds

SKELETON_MIN_ALIGNED = 4
"""Sentences that must line up, in order, each pair sharing a phrase (a letter's skeleton)."""
SKELETON_ALIGNED_SHARE = 0.5
"""...and at least this share of the shorter comment's sentences: two long letters on one topic
(a docket's) line up four sentences by a phrase each among twenty, a spun copy most of its own."""
SKELETON_MAX_STRAY = 1
"""Sentence pairs sharing a phrase off the alignment that are tolerated (a slot phrasing reused
in another sentence); a vocabulary-built comment's sentences share phrases with many."""
SKELETON_MIN_PARTNERS = 2
"""Earlier comments a comment must line up with to found: one letter rewritten in its own words
(a docket's paraphrase of a campaign letter) may line up with one copy by chance; a campaign's
copies keep coming, so its third lines up with two."""
SKELETON_CAMPAIGN_SHARE = 0.1
"""A comment whose shingles are this much an existing campaign's phrases is that campaign's weak
copy (or another campaign on the topic), never the founder of a new one."""
NEAR_ANSWERS = 2048
"""(comment, campaign) answers of :func:`_near` kept: a batch's recent comments times the item's
few largest campaigns (it keeps those fingerprints and profiles alive while it holds them)."""


def _sentences(fp: Fingerprint) -> list[frozenset[int]]:
    return [grams for grams in fp.sentence_phrases if grams]


def aligned_sentences(a: Fingerprint, b: Fingerprint) -> tuple[int, int]:
    """(aligned, sharing): the most sentence pairs that share a phrase in order (a longest
    common subsequence), and how many sentence pairs share a phrase at all.

    Cost: one set intersection per sentence pair (a few dozen for letters of a few sentences)."""
    left, right = _sentences(a), _sentences(b)
    shares = [[bool(x & y) for y in right] for x in left]
    best = [[0] * (len(right) + 1) for _ in range(len(left) + 1)]
    for i, row in enumerate(shares):
        for j, shared in enumerate(row):
            best[i + 1][j + 1] = max(best[i][j + 1], best[i + 1][j], best[i][j] + shared)
    return best[len(left)][len(right)], sum(sum(row) for row in shares)


def _could_align(a: Fingerprint, b: Fingerprint) -> bool:
    """False when fewer than ``SKELETON_MIN_ALIGNED`` of ``a``'s sentences share a phrase with
    any of ``b``'s: no alignment can then reach it (each aligned pair is one of ``a``'s
    sentences sharing a phrase), so the alignment need not be worked out. One set test per
    sentence instead of one per sentence pair: most comments an unplaced one is compared with
    are unrelated letters."""
    others = b.sentence_phrase_union
    return sum(1 for grams in _sentences(a) if not grams.isdisjoint(others)) >= (
        SKELETON_MIN_ALIGNED
    )


def skeleton_aligned(a: Fingerprint, b: Fingerprint) -> bool:
    """True when two comments are copies of one letter spun within its sentences."""
    if not set(a.segment_hashes).isdisjoint(b.segment_hashes):
        return False  # a whole sentence in common: the ordinary routes decide
    if not _could_align(a, b):
        return False
    aligned, sharing = aligned_sentences(a, b)
    shorter = min(len(_sentences(a)), len(_sentences(b)))
    return (
        aligned >= SKELETON_MIN_ALIGNED
        and aligned >= SKELETON_ALIGNED_SHARE * shorter
        and sharing <= aligned + SKELETON_MAX_STRAY
    )


def _near_campaign(fp: Fingerprint, campaigns: Sequence[CampaignProfile]) -> bool:
    if not fp.phrases:
        return False
    return any(_near(fp, p) for p in campaigns)


@lru_cache(maxsize=NEAR_ANSWERS)
def _near(fp: Fingerprint, profile: CampaignProfile) -> bool:
    """Are ``SKELETON_CAMPAIGN_SHARE`` of ``fp``'s phrases the campaign's? Both are immutable
    and compared by identity (``eq=False``), so the answer is kept: every unplaced comment of a
    batch asks it of the item's same recent comments and campaigns (issue 16's labeller
    profile)."""
    return len(fp.phrases & profile.phrases) >= SKELETON_CAMPAIGN_SHARE * len(fp.phrases)


def skeleton_found(
    fp: Fingerprint,
    earlier: Sequence[tuple[int, Fingerprint]],
    item_campaigns: Sequence[CampaignProfile],
    th: MatchThresholds,
) -> Decision:
    """Found a campaign with the earlier unaffiliated comments (other people's; the caller bounds
    and filters them) whose skeleton lines up with this comment's, or leave it unique.

    Tried only when no other route placed the comment. The comment founds with the earliest
    such comment and takes the others along (``also_members``); later copies then join by the
    phrase route, which learns the campaign's phrasings as it grows."""
    if (
        fp.shingle_count < th.min_shingles
        or len(_sentences(fp)) < SKELETON_MIN_ALIGNED
        or _near_campaign(fp, item_campaigns)
    ):
        return Decision("unique")
    partners = [
        comment_id
        for comment_id, other in earlier
        if other.shingle_count >= th.min_shingles
        and not _near_campaign(other, item_campaigns)
        and skeleton_aligned(fp, other)
    ]
    if len(partners) < SKELETON_MIN_PARTNERS:
        return Decision("unique")
    first, *rest = sorted(partners)
    shared = len(fp.phrases & _phrases_of(earlier, first))
    return Decision(
        "form_letter",
        found_with=first,
        similarity=shared / max(1, len(fp.phrases)),
        reason="skeleton",
        also_members=tuple(rest),
    )


def _phrases_of(earlier: Sequence[tuple[int, Fingerprint]], comment_id: int) -> frozenset[int]:
    return next(fp.phrases for cid, fp in earlier if cid == comment_id)
