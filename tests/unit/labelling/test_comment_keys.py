"""The batch's unaffiliated comments found through their keys' holders (issue 16, session 10).

A comment's candidates among the batch's pending comments were found by comparing its keys with
every pending comment's; they are now read from the holders of its own keys. The ranking must
be the one the comparison gives, whatever was added, joined (popped) and written (taken).
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import replace

from intake.labelling.snapshot_state import CANDIDATE_CAP, CommentKeys, _top
from intake.text.fingerprint import Fingerprinter


def _compared(keys: CommentKeys, lookup: set[int], comment_id: int) -> list[int]:
    """The ranking as it was computed: each pending comment's keys compared with ``lookup``."""
    counts: dict[int, int] = defaultdict(int)
    for key in lookup:
        for other in keys.stored.get(key, ()):
            if other != comment_id and other not in keys.removed:
                counts[other] += 1
    for other, other_keys in keys.pending.items():
        shared = len(other_keys & lookup) if other != comment_id else 0
        if shared:
            counts[other] += shared
    return _top(counts, CANDIDATE_CAP)


def test_the_holders_of_a_comments_keys_rank_as_comparing_every_pending_comment() -> None:
    rng = random.Random(16)
    fingerprinter = Fingerprinter()
    keys = CommentKeys()
    universe = list(range(1, 400))
    for stored_id in range(1000, 1200):
        for key in rng.sample(universe, 12):
            keys.stored[key].add(stored_id)
    keys.removed.update(rng.sample(range(1000, 1200), 20))
    checked = 0
    for comment_id in range(1, 1500):
        action = rng.random()
        if action < 0.6:
            keys.add_pending(comment_id, frozenset(rng.sample(universe, rng.randint(0, 30))))
        elif action < 0.8 and keys.pending:
            popped = rng.choice(sorted(keys.pending))
            assert keys.pop_pending(popped) is not None
            assert keys.pop_pending(popped) is None
        elif action < 0.82:
            taken = keys.take_pending()
            assert not keys.pending and all(not h for h in keys.pending_holders.values())
            assert all(isinstance(v, frozenset) for v in taken.values())
        lookup = set(rng.sample(universe, rng.randint(1, 40)))
        fp = fingerprinter.fingerprint(f"comment {comment_id}")
        fp = replace(fp, band_keys=tuple(lookup), segment_hashes=(), segment_weights=())
        asking = rng.choice([comment_id, *keys.pending] if keys.pending else [comment_id])
        assert keys.top(fp, asking) == _compared(keys, lookup, asking)
        checked += 1
    assert checked > 1000
