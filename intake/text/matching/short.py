"""The short route: an action page's one-line letter, sent word for word by many people.

A comment under ``min_shingles`` is too short for the other routes: two-word comments sent
alike ("Support.", "Vote no") are the public agreeing and are counted one by one. A line of
``short_min_words`` or more that ``short_min_people`` distinct people sent identically (after
normalisation: case, punctuation) on the item is not that: it is a campaign's whole letter.
Such a comment founds a campaign with those earlier copies, and later short comments join it
when they are a light edit of one of its exemplars (a typo, a dropped or changed word).
Measured in session 10 (docs/labelling.md): on the real dockets, the fixture and every
generated corpus, the only short texts three people sent alike that reach eight words are
the campaign's.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from intake.text.fingerprint import Fingerprint, estimate_jaccard
from intake.text.matching.candidates import Candidate
from intake.text.matching.outcome import Decision
from intake.text.matching.profile import CampaignProfile
from intake.text.matching.thresholds import MatchThresholds


def short_campaign(
    fp: Fingerprint,
    candidates: Sequence[Candidate],
    campaigns: Sequence[CampaignProfile],
    th: MatchThresholds,
) -> Decision | None:
    """Join or found a short campaign with `fp` (under ``min_shingles``), or None."""
    if fp.content_words < th.short_min_words:
        return None
    best: tuple[float, int] | None = None
    for profile in campaigns:
        for signature, count in profile.exemplars:
            if count >= th.min_shingles:
                continue
            jaccard = estimate_jaccard(fp.signature, signature)
            if jaccard >= th.short_join_jaccard and (
                best is None or (jaccard, -profile.campaign_id) > best
            ):
                best = (jaccard, -profile.campaign_id)
    if best is not None:
        return Decision(
            "form_letter", campaign_id=-best[1], similarity=best[0], reason="short campaign line"
        )
    return _found(fp, candidates, th)


def _found(
    fp: Fingerprint, candidates: Sequence[Candidate], th: MatchThresholds
) -> Decision | None:
    """Found a short campaign when enough other people sent this very text earlier."""
    first: dict[str, int] = {}
    for cand in sorted(candidates, key=lambda c: c.comment_id):
        if (
            cand.campaign_id is None
            and cand.same_item
            and not cand.same_person
            and cand.sender is not None
            and cand.shingle_count == fp.shingle_count
            and np.array_equal(cand.signature, fp.signature)
        ):
            first.setdefault(cand.sender, cand.comment_id)
    if len(first) + 1 < th.short_min_people:
        return None
    partner, *others = sorted(first.values())
    return Decision(
        "form_letter",
        found_with=partner,
        similarity=1.0,
        reason=f"founded: one line sent alike by {len(first) + 1} people",
        also_members=tuple(others),
    )
