"""What a campaign says, and what each sender added to it.

Council staff read thousands of copies of one letter; what they need is the
letter once (`representative_text`) and, for each copy, only what the sender
wrote themselves (`personal_text`). Both work on sentences: a sentence counts
as the campaign's when it is the same as, or a light edit of, one that most
members share ("Moving forward" versus "Moving forwards", a word swapped). A
genuinely new sentence is the sender's own. Salutations and sign-offs belong
to neither -- they are boilerplate and they carry the sender's name -- so they
never appear in either output. The representative text is shown publicly,
which is why it only ever contains sentences shared by at least two members.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from intake.text.normalize import Segment, segments, words

__all__ = ["personal_text", "representative_text", "template_segments"]

LIGHT_EDIT_JACCARD = 0.5
"""Word-bigram Jaccard at or above which two sentences are one sentence, edited."""
_MIN_FUZZY_WORDS = 4


def _bigrams(norm: str) -> frozenset[str]:
    toks = words(norm)
    if len(toks) < 2:
        return frozenset(toks)
    return frozenset(f"{a} {b}" for a, b in pairwise(toks))


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= LIGHT_EDIT_JACCARD


class _SentenceSet:
    """Normalized sentences, matched exactly or as light edits."""

    def __init__(self, norms: Collection[str]) -> None:
        self._exact = set(norms)
        self._fuzzy = [_bigrams(n) for n in self._exact if len(words(n)) >= _MIN_FUZZY_WORDS]

    def __contains__(self, norm: object) -> bool:
        if not isinstance(norm, str):
            return False
        if norm in self._exact:
            return True
        if len(words(norm)) < _MIN_FUZZY_WORDS:
            return False
        grams = _bigrams(norm)
        return any(_similar(grams, other) for other in self._fuzzy)


def personal_text(body: str, template_norm_segments: Collection[str]) -> str | None:
    """The sender's own words: content sentences that are not the campaign's.

    Returned as written (original characters), in order; sentences of one
    line are joined as in the original, separate lines by the original line
    break (blank line kept). None when nothing of the sender's own remains.
    """
    template = _SentenceSet(template_norm_segments)
    own = [seg for seg in segments(body) if seg.is_content and seg.norm not in template]
    if not own:
        return None
    return _stitch(body, own)


def _stitch(body: str, segs: Sequence[Segment]) -> str:
    parts = [segs[0].text]
    for prev, seg in pairwise(segs):
        gap = body[prev.end : seg.start]
        if seg.paragraph == prev.paragraph and not gap.strip():
            parts.append(gap + seg.text)
        else:
            parts.append(("\n\n" if _blank_line(body, prev.end, seg.start) else "\n") + seg.text)
    return "".join(parts)


def _blank_line(body: str, start: int, end: int) -> bool:
    gap = body[start:end].replace("\r\n", "\n").replace("\r", "\n")
    return "\n\n" in gap.replace(" ", "").replace("\t", "")


# --------------------------------------------------------------------------- shared sentences


@dataclass
class _Cluster:
    """One template sentence and its variants across members."""

    grams: frozenset[str]
    variants: Counter[str] = field(default_factory=Counter)
    originals: dict[str, Counter[str]] = field(default_factory=dict)
    members: set[int] = field(default_factory=set)
    positions: list[float] = field(default_factory=list)

    def add(self, member: int, seg: Segment, position: float) -> None:
        self.variants[seg.norm] += 1
        self.originals.setdefault(seg.norm, Counter())[seg.text.strip()] += 1
        self.members.add(member)
        self.positions.append(position)

    @property
    def wording(self) -> str:
        norm = _most_common(self.variants)
        return _most_common(self.originals[norm])

    @property
    def order(self) -> float:
        return sum(self.positions) / len(self.positions)


def _most_common(counter: Counter[str]) -> str:
    # Ties broken by the text itself so the output never depends on arrival order.
    return min(counter.items(), key=lambda item: (-item[1], item[0]))[0]


def _find(clusters: list[_Cluster], seg: Segment, grams: frozenset[str]) -> _Cluster | None:
    for cluster in clusters:
        if seg.norm in cluster.variants:
            return cluster
    if len(words(seg.norm)) < _MIN_FUZZY_WORDS:
        return None
    return next((c for c in clusters if _similar(grams, c.grams)), None)


def _shared_clusters(member_bodies: Sequence[str]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    for member, body in enumerate(member_bodies):
        content = [seg for seg in segments(body) if seg.is_content]
        for index, seg in enumerate(content):
            grams = _bigrams(seg.norm)
            cluster = _find(clusters, seg, grams)
            if cluster is None:
                cluster = _Cluster(grams)
                clusters.append(cluster)
            if member not in cluster.members:
                cluster.add(member, seg, index / max(1, len(content) - 1))
    needed = max(2, math.ceil(len(member_bodies) / 2))
    shared = [c for c in clusters if len(c.members) >= needed]
    return sorted(shared, key=lambda c: c.order)


def template_segments(member_bodies: Sequence[str]) -> frozenset[str]:
    """Normalized sentences (every variant) that a majority of members share."""
    return frozenset(norm for c in _shared_clusters(member_bodies) for norm in c.variants)


def representative_text(member_bodies: Sequence[str]) -> str:
    """The campaign's text as its members share it, one sentence per line.

    A sentence is included when at least half the members (and at least two)
    carry it or a light edit of it; its most common wording is used. Nothing
    only one person wrote can appear, so neither personal paragraphs nor
    names leak into this public text.
    """
    return "\n".join(c.wording for c in _shared_clusters(member_bodies))
