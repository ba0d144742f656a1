"""What the database layer hands the matcher about an earlier comment whose keys collided.

A :class:`Candidate` is the matcher's whole view of an earlier comment: no row, no session, so
the decision can be tested on plain values.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake.text.fingerprint import Fingerprint, Signature


@dataclass(frozen=True, eq=False)
class Candidate:
    """An earlier comment whose keys collided with the new one."""

    comment_id: int
    campaign_id: int | None
    signature: Signature
    shingle_count: int
    same_person: bool
    same_item: bool
    segment_hashes: frozenset[int] = frozenset()
    framing: tuple[int, int] | None = None
    """Its first and last sentence keys (see :func:`framing_of`), when known."""
    sender: str | None = None
    """Its sender's identity key, when known: the short route counts distinct people."""


def framing_of(fp: Fingerprint) -> tuple[int, int] | None:
    """A comment's first and last sentence keys: a heavy edit keeps the campaign's framing."""
    keys = fp.segment_hashes
    return (keys[0], keys[-1]) if keys else None
