"""Founding a new campaign with an earlier unaffiliated comment from someone else.

Also finds the other partners that share the template (``also_members``), which the service
adds to the campaign with the comment.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.text.fingerprint import Fingerprint, estimate_jaccard, shared_from_jaccard
from intake.text.matching.candidates import Candidate
from intake.text.matching.outcome import Decision
from intake.text.matching.profile import CampaignProfile
from intake.text.matching.thresholds import MatchThresholds


def _founding_score(
    fp: Fingerprint, cand: Candidate, th: MatchThresholds, campaign_known: set[int]
) -> float | None:
    """How strongly `fp` and an unaffiliated candidate share a template, or None."""
    shared_keys = set(fp.segment_hashes) & cand.segment_hashes
    if cand.segment_hashes and len(shared_keys) < th.found_min_shared_sentences:
        return None
    # Two copies that share mostly an existing campaign's sentences are weak
    # copies of that campaign, not a new one.
    if shared_keys and 2 * len(shared_keys & campaign_known) >= len(shared_keys):
        return None
    jaccard = estimate_jaccard(fp.signature, cand.signature)
    shared = shared_from_jaccard(jaccard, fp.shingle_count, cand.shingle_count)
    small, large = sorted((fp.shingle_count, cand.shingle_count))
    if (
        shared >= th.min_template_shingles
        and shared / small >= th.form_containment
        and shared / large >= th.found_min_share
    ):
        return shared / small
    words = dict(zip(fp.segment_hashes, fp.segment_weights, strict=True))
    shared_words = sum(words[k] for k in shared_keys)
    if (
        len(shared_keys) >= th.min_shared_sentences
        and fp.content_words
        and shared_words / fp.content_words >= th.sentence_share
        and shared_words / cand.shingle_count >= th.sentence_share
    ):
        return shared_words / fp.content_words
    return None


def _known_to(campaigns: Sequence[CampaignProfile]) -> set[int]:
    known: set[int] = set()
    for profile in campaigns:
        known.update(profile.known())
    return known


def _partners(
    fp: Fingerprint, candidates: Sequence[Candidate], campaign_known: set[int], th: MatchThresholds
) -> list[tuple[float, int]]:
    """(score, id) of every unaffiliated candidate from someone else sharing fp's template.

    A comment that quotes a source (:attr:`Fingerprint.unquoted`) shares a template with a
    candidate only if it does without what it quotes: two residents who quote the same passage
    of the staff report, each with a line of their own, share the report's words, not a letter
    (issue 14 item 2)."""
    out: list[tuple[float, int]] = []
    for cand in candidates:
        if cand.campaign_id is not None or cand.same_person or cand.shingle_count < th.min_shingles:
            continue
        score = _founding_score(fp, cand, th, campaign_known)
        if score is None:
            continue
        if fp.unquoted is not None and (
            _founding_score(fp.unquoted, cand, th, campaign_known) is None
        ):
            continue
        out.append((score, cand.comment_id))
    return out


def also_members(
    fp: Fingerprint,
    candidates: Sequence[Candidate],
    other_campaigns: Sequence[CampaignProfile],
    th: MatchThresholds,
    exclude: int | None,
) -> tuple[int, ...]:
    partners = _partners(fp, candidates, _known_to(other_campaigns), th)
    return tuple(sorted(cid for _score, cid in partners if cid != exclude))


def found(
    fp: Fingerprint,
    candidates: Sequence[Candidate],
    campaigns: Sequence[CampaignProfile],
    th: MatchThresholds,
) -> Decision:
    partners = _partners(fp, candidates, _known_to(campaigns), th)
    if not partners:
        return Decision("unique")
    score, partner = max(partners, key=lambda p: (p[0], -p[1]))
    return Decision(
        "form_letter",
        found_with=partner,
        similarity=min(1.0, score),
        reason="founded",
        also_members=tuple(sorted(cid for _s, cid in partners if cid != partner)),
    )
