"""Fingerprints and earlier comments for the short route's tests (one-line letters and short
petitions): each test builds its candidates as the service would hand them to ``decide``."""

from __future__ import annotations

from intake.text.fingerprint import Fingerprint, Fingerprinter
from intake.text.matching import Candidate

FP = Fingerprinter()


def fp(text: str) -> Fingerprint:
    return FP.fingerprint(text)


def cand(cid: int, text: str, sender: str, campaign: int | None = None) -> Candidate:
    """An earlier comment on the same item from ``sender``."""
    f = fp(text)
    return Candidate(
        cid,
        campaign,
        f.signature,
        f.shingle_count,
        same_person=False,
        same_item=True,
        segment_hashes=frozenset(f.segment_hashes),
        sender=sender,
    )
