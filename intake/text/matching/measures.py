"""Measures shared by the routes: how much of a campaign's words a comment carries.

Each returns a number or a yes/no about one comment against one profile; the routes
(:mod:`~intake.text.matching.joining`, :mod:`~intake.text.matching.phrases`,
:mod:`~intake.text.matching.first_copies`) combine them with the thresholds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from intake.text.fingerprint import Fingerprint, estimate_jaccard_many, shared_from_jaccard
from intake.text.matching.profile import CampaignProfile
from intake.text.matching.thresholds import NOISY_RATIO, QUOTE_CONTAINMENT, MatchThresholds


@dataclass(frozen=True)
class Match:
    similarity: float
    reason: str


def known_weight(fp: Fingerprint, known: Iterable[int]) -> tuple[int, int]:
    """(sentences of fp that are in `known`, their words)."""
    known_set = known if isinstance(known, (AbstractSet, Mapping)) else set(known)
    hits = [w for h, w in zip(fp.segment_hashes, fp.segment_weights, strict=True) if h in known_set]
    return len(hits), sum(hits)


def exemplar_carry(
    fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds, n_known: int
) -> float:
    """Largest share of any exemplar that this comment carries.

    The estimate is noisy when the comment is far larger than the exemplar
    (Jaccard is then small), so beyond `NOISY_RATIO` at least one sentence
    must also be a known campaign sentence word for word.
    """
    if not profile.exemplars:
        return 0.0
    jaccards = estimate_jaccard_many(fp.signature, profile.exemplar_matrix)
    best = 0.0
    for j, (_sig, count) in zip(jaccards, profile.exemplars, strict=True):
        if n_known == 0 and fp.shingle_count > NOISY_RATIO * count:
            continue
        shared = shared_from_jaccard(float(j), count, fp.shingle_count)
        if shared >= th.min_template_shingles:
            best = max(best, shared / count)
    return min(1.0, best)


def template_sentences(profile: CampaignProfile) -> Mapping[int, tuple[int, int]]:
    """Known sentences at least two members used: the campaign's words, not one member's own.

    A sentence only one member sent (a personal paragraph) is known to the profile, but sharing
    only such sentences is sharing that person's words, not the campaign's template: the
    sentence route needs at least one of these among the sentences it counts.
    """
    return profile.template_sentences  # kept on the profile: asked of every comment it meets


def quotes_one_member(fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds) -> bool:
    """True when the comment is a piece of one member's letter rather than a copy of the template.

    Its sentences are known to the profile only because that one member sent them (each used
    once), and the comment lies almost wholly inside that member's exemplar while carrying only
    a small part of it: it quotes that member's own paragraph. A spun copy of a mail-merge
    campaign also matches sentences used once, but drawn from several members' phrasings, so it
    lies inside no single exemplar.
    """
    if not profile.exemplars or fp.shingle_count == 0:
        return False
    for j, (_sig, size) in zip(
        estimate_jaccard_many(fp.signature, profile.exemplar_matrix), profile.exemplars, strict=True
    ):
        shared = shared_from_jaccard(float(j), size, fp.shingle_count)
        if shared / fp.shingle_count >= QUOTE_CONTAINMENT and shared / size < th.form_containment:
            return True
    return False
