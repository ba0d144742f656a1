"""In-memory labeller: the whole engine without a database.

It plays the database's part with plain structures -- a datasketch
`MinHashLSH` for band lookups, dictionaries for sentence keys and campaign
keys -- and applies each `Decision` the way the service must (found a
campaign with both comments and relabel the earlier one; update profiles).
Tests run the labelled fixture through it, and the benchmarks use it as the
floor the database-backed service is compared with.

It also shows the indexing discipline that keeps cost flat as campaigns grow:
a comment's keys are indexed only while it belongs to no campaign. Members
are found through their campaign's profile instead, and same-person
duplicates through (person, item), so a campaign of 500,000 copies adds
nothing to the candidates of the next comment.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

from intake.text.fingerprint import DEFAULT_SCHEME, Fingerprint, Fingerprinter, FingerprintScheme
from intake.text.matching import (
    DEFAULT_THRESHOLDS,
    CampaignProfile,
    Candidate,
    Decision,
    MatchThresholds,
    decide,
    framing_of,
    new_profile,
    update_profile,
)

__all__ = ["Label", "ReferenceLabeller"]


@dataclass
class Label:
    """Current label of one comment (founding relabels earlier comments)."""

    kind: str
    campaign_id: int | None = None
    duplicate_of: int | None = None
    similarity: float = 0.0


@dataclass(frozen=True)
class _Stored:
    fp: Fingerprint
    person: Hashable
    item: Hashable


class ReferenceLabeller:
    """Feeds comments in arrival order through fingerprint -> lookup -> decide."""

    def __init__(
        self,
        scheme: FingerprintScheme = DEFAULT_SCHEME,
        thresholds: MatchThresholds = DEFAULT_THRESHOLDS,
    ) -> None:
        self.scheme = scheme
        self.thresholds = thresholds
        self.fingerprinter = Fingerprinter(scheme)
        self._lsh = MinHashLSH(num_perm=scheme.num_perm, params=(scheme.bands, scheme.rows))
        self._by_sentence: defaultdict[int, set[int]] = defaultdict(set)
        self._campaign_keys: defaultdict[int, set[int]] = defaultdict(set)
        self._comments: dict[int, _Stored] = {}
        self._by_person: defaultdict[tuple[Hashable, Hashable], list[int]] = defaultdict(list)
        self.profiles: dict[int, CampaignProfile] = {}
        self.labels: dict[int, Label] = {}

    def add(self, comment_id: int, body: str, person: Hashable, item: Hashable = 0) -> Decision:
        fp = self.fingerprinter.fingerprint(body)
        candidates = self._candidates(fp, person, item)
        decision = decide(fp, candidates, self._campaigns(fp), self.thresholds)
        self._apply(comment_id, fp, decision)
        self._index(comment_id, fp, person, item)
        return decision

    # ------------------------------------------------------------------ lookup

    def _minhash(self, fp: Fingerprint) -> MinHash:
        return MinHash(
            seed=self.scheme.seed,
            hashvalues=fp.signature,
            scheme=self.scheme.minhash_scheme,
        )

    def _candidates(self, fp: Fingerprint, person: Hashable, item: Hashable) -> list[Candidate]:
        ids: set[int] = set(self._by_person.get((person, item), ()))
        if fp.band_keys:
            ids.update(self._lsh.query(self._minhash(fp)))
        for key in fp.segment_hashes:
            ids.update(self._by_sentence.get(key, ()))
        return [self._candidate(cid, person, item) for cid in sorted(ids)]

    def _candidate(self, cid: int, person: Hashable, item: Hashable) -> Candidate:
        stored = self._comments[cid]
        return Candidate(
            comment_id=cid,
            campaign_id=self.labels[cid].campaign_id,
            signature=stored.fp.signature,
            shingle_count=stored.fp.shingle_count,
            same_person=stored.person == person,
            same_item=stored.item == item,
            segment_hashes=frozenset(stored.fp.segment_hashes),
            framing=framing_of(stored.fp),
            sender=str(stored.person),
        )

    def _campaigns(self, fp: Fingerprint) -> list[CampaignProfile]:
        found: set[int] = set()
        for key in fp.lookup_keys:
            found.update(self._campaign_keys.get(key, ()))
        return [self.profiles[cid] for cid in sorted(found)]

    # ------------------------------------------------------------------ apply

    def _apply(self, comment_id: int, fp: Fingerprint, decision: Decision) -> None:
        label = Label(
            decision.kind, decision.campaign_id, decision.duplicate_of, decision.similarity
        )
        earlier = [decision.found_with] if decision.found_with is not None else []
        earlier += decision.also_members
        if decision.found_with is not None:
            campaign_id = len(self.profiles) + 1
            founders = [self._comments[cid].fp for cid in earlier] + [fp]
            self.profiles[campaign_id] = new_profile(campaign_id, founders, self.thresholds)
            label.campaign_id = campaign_id
        elif decision.campaign_id is not None:
            campaign_id = decision.campaign_id
            profile = self.profiles[campaign_id]
            for member in [self._comments[cid].fp for cid in earlier] + [fp]:
                profile = update_profile(profile, member, self.thresholds)
            self.profiles[campaign_id] = profile
        else:
            self.labels[comment_id] = label
            return
        for cid in earlier:
            self.labels[cid] = Label("form_letter", campaign_id, None, decision.similarity)
            self._unindex(cid)
        self.labels[comment_id] = label
        for key in self.profiles[campaign_id].profile_band_keys(self.scheme):
            self._campaign_keys[key].add(campaign_id)

    def _index(self, comment_id: int, fp: Fingerprint, person: Hashable, item: Hashable) -> None:
        self._comments[comment_id] = _Stored(fp, person, item)
        self._by_person[(person, item)].append(comment_id)
        if self.labels[comment_id].campaign_id is not None:
            return
        if fp.band_keys:
            self._lsh.insert(comment_id, self._minhash(fp))
        for key in fp.segment_hashes:
            self._by_sentence[key].add(comment_id)

    def _unindex(self, comment_id: int) -> None:
        fp = self._comments[comment_id].fp
        if fp.band_keys and comment_id in self._lsh:
            self._lsh.remove(comment_id)
        for key in fp.segment_hashes:
            self._by_sentence[key].discard(comment_id)
