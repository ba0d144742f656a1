"""The same-person duplicate route, tried before any campaign route."""

from __future__ import annotations

from collections.abc import Sequence

from intake.text.fingerprint import Fingerprint, estimate_jaccard
from intake.text.matching.candidates import Candidate
from intake.text.matching.outcome import Decision
from intake.text.matching.thresholds import MatchThresholds


def same_person_duplicate(
    fp: Fingerprint, candidates: Sequence[Candidate], th: MatchThresholds
) -> Decision | None:
    best: tuple[float, int] | None = None
    for cand in candidates:
        if not (cand.same_person and cand.same_item) or cand.shingle_count == 0:
            continue
        jaccard = estimate_jaccard(fp.signature, cand.signature)
        if jaccard < th.duplicate_jaccard:
            continue
        if best is None or (jaccard, -cand.comment_id) > (best[0], -best[1]):
            best = (jaccard, cand.comment_id)
    if best is None:
        return None
    return Decision("duplicate", duplicate_of=best[1], similarity=best[0], reason="same person")
