"""The labelling decision: unique, duplicate, or form letter of which campaign.

The database layer fetches candidates (comments and campaign profiles whose
keys collide with the new comment's) and writes results; everything that
decides is here, pure, so it can be tested on a fixture without a database.

How a comment becomes a form letter:

* it carries most of a campaign exemplar (MinHash containment of the
  exemplar in the comment -- a personal paragraph before or after does not
  lower it), or
* several whole sentences of it are sentences the campaign is known to use,
  and they make up a good share of the comment (this is what catches
  mail-merge campaigns where every copy is spun from alternative phrasings:
  the profile collects the phrasings as members arrive).

Quoting one sentence, or using the campaign's vocabulary, meets neither.
Comments are compared with campaign *profiles* -- a bounded set of exemplars
and known sentences -- never with members through other members, so two
campaigns that share a sentence or two are never chained together, and a
campaign of 500,000 copies costs the same to match as one of ten.

Very short comments ("Support.", "I oppose this.") never found or join a
campaign, however many people send them: identical two-word comments are
the public agreeing, not a campaign, and counting them as one would hide
them behind a single campaign label. They stay `unique` by design.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from intake.text.fingerprint import (
    DEFAULT_SCHEME,
    Fingerprint,
    FingerprintScheme,
    Signature,
    band_keys_of,
    estimate_jaccard,
    estimate_jaccard_many,
    shared_from_jaccard,
)

__all__ = [
    "CampaignProfile",
    "Candidate",
    "Decision",
    "MatchThresholds",
    "decide",
    "new_profile",
    "update_profile",
]

Kind = Literal["duplicate", "form_letter", "unique"]

_NOISY_RATIO = 2.0


@dataclass(frozen=True)
class MatchThresholds:
    """Every tunable of the decision; the service may override any of them."""

    duplicate_jaccard: float = 0.90
    """Same person, same item, estimated Jaccard at least this: a duplicate."""
    form_containment: float = 0.70
    """Share of a campaign exemplar a comment must carry (MinHash route)."""
    min_shingles: int = 20
    """Comments with fewer distinct shingles (about 22 words) never found or join a campaign."""
    min_template_shingles: int = 40
    """Shingles a comment must share with an exemplar or a founding partner (MinHash route)."""
    min_shared_sentences: int = 3
    """Whole known sentences needed by the sentence route (quoting one or two is not enough)."""
    sentence_share: float = 0.35
    """Sentence route: share of the comment's words that must be known campaign sentences."""
    heavy_min_template_sentences: int = 2
    """Heavy-edit route: whole template sentences (sent by two or more members) a comment keeps."""
    heavy_template_share: float = 0.15
    """Heavy-edit route: share of the comment's words those template sentences must make up."""
    found_min_shared_sentences: int = 2
    """Founding a campaign needs at least this many identical sentences with the partner."""
    found_min_share: float = 0.35
    """Founding, MinHash route: shared part over the larger of the two comments."""
    exemplar_novelty: float = 0.85
    """A member becomes an exemplar only if its Jaccard with every exemplar is below this."""
    exemplar_max_growth: float = 1.5
    """...and it is at most this many times the size of the smallest exemplar."""
    max_exemplars: int = 8
    max_sentences: int = 256
    """Bound on the known-sentence catalogue of a profile."""
    max_profile_sentence_keys: int = 64
    """Known sentences (most used first) under which a campaign is findable."""
    phrase_containment: float = 0.25
    """Phrase route: share of a comment's word shingles that must be among the campaign's learned
    phrases (the union of its members' shingles) for a comment no other route placed."""
    phrase_sentence_share: float = 0.6
    """Phrase route: share of the comment's sentences that must each have at least
    ``phrase_containment`` of their own shingles among the campaign's phrases: a spun copy's
    shared phrases run through every sentence, another campaign's shared lines sit in one or two."""
    phrase_common_containment: float = 0.1
    """Phrase route: share of its shingles that must be phrases two or more members sent, so that
    quoting one member's own paragraph (its phrases sent once) is no way in."""
    phrase_min_members: int = 2
    """Phrase route: members a campaign needs before its phrases are trusted as its vocabulary."""
    max_phrases: int = 2048
    """Bound on a profile's learned phrases (hashes of word shingles)."""


DEFAULT_THRESHOLDS = MatchThresholds()
_NO_HASHES: NDArray[np.uint32] = np.zeros(0, dtype=np.uint32)


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


def framing_of(fp: Fingerprint) -> tuple[int, int] | None:
    """A comment's first and last sentence keys: a heavy edit keeps the campaign's framing."""
    keys = fp.segment_hashes
    return (keys[0], keys[-1]) if keys else None


@dataclass(frozen=True, eq=False)
class CampaignProfile:
    """Bounded summary of a campaign, stored as one blob on the campaign row.

    `sentences` maps a known sentence's key to (members using it, its words).
    """

    campaign_id: int
    exemplars: tuple[tuple[Signature, int], ...] = ()
    sentences: tuple[tuple[int, int, int], ...] = ()
    member_count: int = 0
    phrase_array: NDArray[np.uint32] = field(default_factory=lambda: _NO_HASHES)
    """Hashes of the word shingles its members sent while it learned (bounded, sorted). Kept as
    the stored array and made a set only when used (:attr:`phrases`): most lookups never do."""
    common_array: NDArray[np.uint32] = field(default_factory=lambda: _NO_HASHES)
    """Those of them two or more members sent: the campaign's own phrasings. One member's own
    paragraph is not in it, so quoting that paragraph is no way in (see the phrase route)."""

    _MAGIC = b"ICP1"
    _MAGIC_PHRASES = b"ICP2"
    _HEADER = struct.Struct("<4sqQHBH")
    _PHRASES = struct.Struct("<I")

    @cached_property
    def phrases(self) -> frozenset[int]:
        return frozenset(self.phrase_array.tolist())

    @cached_property
    def common_phrases(self) -> frozenset[int]:
        return frozenset(self.common_array.tolist())

    def known(self) -> dict[int, tuple[int, int]]:
        return {key: (count, weight) for key, count, weight in self.sentences}

    def profile_band_keys(
        self,
        scheme: FingerprintScheme = DEFAULT_SCHEME,
        max_sentence_keys: int = DEFAULT_THRESHOLDS.max_profile_sentence_keys,
    ) -> tuple[int, ...]:
        """Keys under which this campaign must be findable: its exemplars' band
        keys and its most used sentences. Bounded whatever the member count."""
        keys: dict[int, None] = {}
        for sig, _count in self.exemplars:
            keys.update(dict.fromkeys(band_keys_of(sig, scheme)))
        top = sorted(self.sentences, key=lambda s: (-s[1], s[0]))[:max_sentence_keys]
        keys.update(dict.fromkeys(key for key, _c, _w in top))
        return tuple(keys)

    def to_bytes(self) -> bytes:
        num_perm = self.exemplars[0][0].shape[0] if self.exemplars else 0
        head = self._HEADER.pack(
            self._MAGIC,
            self.campaign_id,
            self.member_count,
            num_perm,
            len(self.exemplars),
            len(self.sentences),
        )
        counts = np.array([c for _s, c in self.exemplars], dtype="<u4").tobytes()
        sigs = b"".join(np.asarray(s, dtype="<u4").tobytes() for s, _c in self.exemplars)
        table = np.array(self.sentences, dtype=np.int64).reshape(-1, 3)
        keys = table[:, 0].astype("<i8").tobytes()
        uses = table[:, 1].astype("<u4").tobytes()
        weights = table[:, 2].astype("<u2").tobytes()
        body = head + counts + sigs + keys + uses + weights
        if not len(self.phrase_array):
            return body
        return (
            self._MAGIC_PHRASES
            + body[len(self._MAGIC) :]
            + self._PHRASES.pack(len(self.phrase_array))
            + self.phrase_array.astype("<u4").tobytes()
            + self._PHRASES.pack(len(self.common_array))
            + self.common_array.astype("<u4").tobytes()
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> CampaignProfile:
        magic, campaign_id, members, num_perm, n_ex, n_sent = cls._HEADER.unpack_from(data)
        if magic not in (cls._MAGIC, cls._MAGIC_PHRASES):
            raise ValueError("not a campaign profile")
        pos = cls._HEADER.size
        counts = np.frombuffer(data, "<u4", n_ex, pos)
        pos += 4 * n_ex
        sigs = np.frombuffer(data, "<u4", n_ex * num_perm, pos).astype(np.uint32)
        pos += 4 * n_ex * num_perm
        keys = np.frombuffer(data, "<i8", n_sent, pos)
        uses = np.frombuffer(data, "<u4", n_sent, pos + 8 * n_sent)
        weights = np.frombuffer(data, "<u2", n_sent, pos + 12 * n_sent)
        exemplars = tuple(
            (sigs[i * num_perm : (i + 1) * num_perm].copy(), int(counts[i])) for i in range(n_ex)
        )
        sentences = tuple(
            (int(k), int(u), int(w)) for k, u, w in zip(keys, uses, weights, strict=True)
        )
        phrases, common = _NO_HASHES, _NO_HASHES
        if magic == cls._MAGIC_PHRASES:
            phrases, pos = cls._read_hashes(data, pos + 14 * n_sent)
            common, pos = cls._read_hashes(data, pos)
        return cls(campaign_id, exemplars, sentences, int(members), phrases, common)

    @classmethod
    def _read_hashes(cls, data: bytes, pos: int) -> tuple[NDArray[np.uint32], int]:
        (n,) = cls._PHRASES.unpack_from(data, pos)
        pos += cls._PHRASES.size
        found = np.frombuffer(data, "<u4", n, pos).astype(np.uint32)
        return found, pos + 4 * n


@dataclass(frozen=True)
class Decision:
    """The label for one comment and what the service must do to apply it."""

    kind: Kind
    duplicate_of: int | None = None
    campaign_id: int | None = None
    found_with: int | None = None
    similarity: float = 0.0
    reason: str = field(default="")
    also_members: tuple[int, ...] = ()
    """Earlier unaffiliated comments (other people) that share this comment's
    template: the service adds them to the campaign too and relabels them
    form_letter. This catches a campaign's first copies, which arrive before
    any pair of them is similar enough to found it (spun letters)."""


# --------------------------------------------------------------------------- measures


@dataclass(frozen=True)
class _Match:
    similarity: float
    reason: str


def _known_weight(fp: Fingerprint, known: Iterable[int]) -> tuple[int, int]:
    """(sentences of fp that are in `known`, their words)."""
    known_set = known if isinstance(known, (set, frozenset, dict)) else set(known)
    hits = [w for h, w in zip(fp.segment_hashes, fp.segment_weights, strict=True) if h in known_set]
    return len(hits), sum(hits)


def _exemplar_carry(
    fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds, n_known: int
) -> float:
    """Largest share of any exemplar that this comment carries.

    The estimate is noisy when the comment is far larger than the exemplar
    (Jaccard is then small), so beyond `_NOISY_RATIO` at least one sentence
    must also be a known campaign sentence word for word.
    """
    if not profile.exemplars:
        return 0.0
    sigs = np.stack([sig for sig, _c in profile.exemplars])
    jaccards = estimate_jaccard_many(fp.signature, sigs)
    best = 0.0
    for j, (_sig, count) in zip(jaccards, profile.exemplars, strict=True):
        if n_known == 0 and fp.shingle_count > _NOISY_RATIO * count:
            continue
        shared = shared_from_jaccard(float(j), count, fp.shingle_count)
        if shared >= th.min_template_shingles:
            best = max(best, shared / count)
    return min(1.0, best)


def _template_sentences(profile: CampaignProfile) -> dict[int, tuple[int, int]]:
    """Known sentences at least two members used: the campaign's words, not one member's own.

    A sentence only one member sent (a personal paragraph) is known to the profile, but sharing
    only such sentences is sharing that person's words, not the campaign's template: the
    sentence route needs at least one of these among the sentences it counts.
    """
    return {key: (n, weight) for key, (n, weight) in profile.known().items() if n >= 2}


QUOTE_CONTAINMENT = 0.8
"""A comment this much inside one exemplar, carrying only a small part of it, is quoting it."""


def _quotes_one_member(fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds) -> bool:
    """True when the comment is a piece of one member's letter rather than a copy of the template.

    Its sentences are known to the profile only because that one member sent them (each used
    once), and the comment lies almost wholly inside that member's exemplar while carrying only
    a small part of it: it quotes that member's own paragraph. A spun copy of a mail-merge
    campaign also matches sentences used once, but drawn from several members' phrasings, so it
    lies inside no single exemplar.
    """
    if not profile.exemplars or fp.shingle_count == 0:
        return False
    sigs = np.stack([sig for sig, _c in profile.exemplars])
    for j, (_sig, size) in zip(
        estimate_jaccard_many(fp.signature, sigs), profile.exemplars, strict=True
    ):
        shared = shared_from_jaccard(float(j), size, fp.shingle_count)
        if shared / fp.shingle_count >= QUOTE_CONTAINMENT and shared / size < th.form_containment:
            return True
    return False


def _campaign_match(
    fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds
) -> _Match | None:
    n_known, known_words = _known_weight(fp, profile.known())
    template = _template_sentences(profile)
    n_template, template_words = _known_weight(fp, template)
    carry = _exemplar_carry(fp, profile, th, n_known)
    share = known_words / fp.content_words if fp.content_words else 0.0
    template_share = template_words / fp.content_words if fp.content_words else 0.0
    by_sentences = (
        n_known >= th.min_shared_sentences
        and share >= th.sentence_share
        and (n_template > 0 or not _quotes_one_member(fp, profile, th))
    ) or _heavy_edit(fp, template, n_template, template_share, th)
    if carry >= th.form_containment:
        return _Match(max(carry, share if by_sentences else 0.0), "exemplar")
    if by_sentences:
        return _Match(max(carry, share), "sentences")
    return None


def _heavy_edit(
    fp: Fingerprint,
    template: dict[int, tuple[int, int]],
    n_template: int,
    template_share: float,
    th: MatchThresholds,
) -> bool:
    """A heavy edit keeps the campaign's framing (its opening and closing sentences) and two or
    three whole template sentences, and rewrites the middle: too few sentences, too small a
    share for the plain sentence route. The framing is required: another campaign on the same
    topic may open with the same sentence and share one more, but it closes in its own words.
    Only sentences several members sent count, so quoting one member's paragraph never does."""
    if n_template < th.heavy_min_template_sentences or template_share < th.heavy_template_share:
        return False
    keys = fp.segment_hashes
    return keys[0] in template and keys[-1] in template


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


# --------------------------------------------------------------------------- decide


def _duplicate(
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


def decide(
    fp: Fingerprint,
    candidates: Sequence[Candidate],
    campaigns: Sequence[CampaignProfile],
    thresholds: MatchThresholds = DEFAULT_THRESHOLDS,
) -> Decision:
    """Label `fp` given the earlier comments and campaigns its keys found.

    Order: same-person duplicate, then joining the best matching existing
    campaign, then founding a new campaign with an earlier unaffiliated
    comment from someone else; otherwise unique.
    """
    th = thresholds
    if fp.shingle_count == 0:
        return Decision("unique", reason="no content")
    duplicate = _duplicate(fp, candidates, th)
    if duplicate is not None:
        return duplicate
    if fp.shingle_count < th.min_shingles:
        return Decision("unique", reason="too short for a campaign")
    best: tuple[float, int, str] | None = None
    for profile in campaigns:
        match = _campaign_match(fp, profile, th)
        if match is None:
            continue
        if best is None or (match.similarity, -profile.campaign_id) > best[:2]:
            best = (match.similarity, -profile.campaign_id, match.reason)
    if best is None:
        best = _phrase_match(fp, campaigns, th)
    if best is not None:
        joined = -best[1]
        profile = next(p for p in campaigns if p.campaign_id == joined)
        others = [p for p in campaigns if p.campaign_id != joined]
        also = set(_also_members(fp, candidates, others, th, exclude=None))
        also.update(_first_copies(candidates, profile, th))
        by_id = {cand.comment_id: cand for cand in candidates}
        return Decision(
            "form_letter",
            campaign_id=joined,
            similarity=best[0],
            reason=best[2],
            also_members=tuple(sorted(i for i in also if _carries_template(by_id[i], profile, th))),
        )
    return _found(fp, candidates, campaigns, th)


def _phrase_match(
    fp: Fingerprint, campaigns: Sequence[CampaignProfile], th: MatchThresholds
) -> tuple[float, int, str] | None:
    """A copy spun within sentences (each sentence assembled from slots of alternative phrasings)
    shares no whole sentence and too few shingles with any one exemplar, yet nearly every phrase
    of it is one the campaign's members used. Tried only when no other route placed the comment;
    at least ``phrase_containment`` of its shingles (and ``min_shingles`` of them) must be among
    the campaign's phrases, and so must that share of the shingles of ``phrase_sentence_share``
    of its sentences: a unique comment sharing the topic's vocabulary (single words, not their
    sequences) shares almost no phrase, and another campaign on the topic that shares a line or
    two with this one shares it in those sentences only.
    Cost: one set intersection per candidate campaign (at most 16, vocabularies of at most
    ``max_phrases`` hashes)."""
    if len(fp.phrases) < th.min_template_shingles or not fp.sentence_phrases:
        return None
    best: tuple[float, int, str] | None = None
    for profile in campaigns:
        if profile.member_count < th.phrase_min_members or not profile.phrases:
            continue
        shared = len(fp.phrases & profile.phrases)
        share = shared / len(fp.phrases)
        if shared < th.min_shingles or share < th.phrase_containment:
            continue
        spread = sum(
            1
            for grams in fp.sentence_phrases
            if grams and len(grams & profile.phrases) / len(grams) >= th.phrase_containment
        ) / len(fp.sentence_phrases)
        if spread < th.phrase_sentence_share:
            continue
        common = len(fp.phrases & profile.common_phrases) / len(fp.phrases)
        if common < th.phrase_common_containment or _quotes_one_member(fp, profile, th):
            continue
        if best is None or (share, -profile.campaign_id) > best[:2]:
            best = (share, -profile.campaign_id, "phrases")
    return best


def _first_copies(
    candidates: Sequence[Candidate], profile: CampaignProfile, th: MatchThresholds
) -> tuple[int, ...]:
    """Earlier unaffiliated comments from other people that the joined campaign's key found.

    A campaign's first copy can be long and mostly the sender's own words, so it shares too
    small a part with any later copy to found the campaign with it; once later copies have
    founded it, the first copy joins when it carries the campaign's template (checked by the
    caller), whatever the comment that joined shares with it.
    """
    return tuple(
        cand.comment_id
        for cand in candidates
        if cand.campaign_id is None
        and not cand.same_person
        and cand.same_item
        and cand.shingle_count >= th.min_shingles
    )


def _carries_template(cand: Candidate, profile: CampaignProfile, th: MatchThresholds) -> bool:
    """Would this earlier comment join the campaign on its own, by the campaign's template?

    An early copy is pulled into a campaign only by what it shares with the campaign, never by
    what it shares with the comment that joined: that may be another member's own paragraph.
    It must carry an exemplar, or at least ``min_shared_sentences`` whole sentences that two or
    more members used, or ``found_min_shared_sentences`` of them one of which is its closing
    sentence (a heavy edit keeps the campaign's closing; a quoted paragraph of one member has
    no template sentence). Two sentences without the closing are not enough: another campaign
    on the same topic may open with this one's opening and share one more sentence, but it
    closes in its own words; pulled in, it would make its own sentences known to the campaign,
    through which every later copy of the other campaign would join (the burst corpus's two
    zoning campaigns merged that way).
    """
    template = _template_sentences(profile)
    hits = sum(1 for key in cand.segment_hashes if key in template)
    if hits >= th.min_shared_sentences:
        return True
    closes = cand.framing is not None and cand.framing[1] in template
    if hits >= th.found_min_shared_sentences and closes:
        return True
    for sig, size in profile.exemplars:
        if not hits and cand.shingle_count > _NOISY_RATIO * size:
            continue
        jaccard = estimate_jaccard(cand.signature, sig)
        shared = shared_from_jaccard(jaccard, size, cand.shingle_count)
        if shared >= th.min_template_shingles and shared / size >= th.form_containment:
            return True
    return False


def _known_to(campaigns: Sequence[CampaignProfile]) -> set[int]:
    known: set[int] = set()
    for profile in campaigns:
        known.update(profile.known())
    return known


def _partners(
    fp: Fingerprint, candidates: Sequence[Candidate], campaign_known: set[int], th: MatchThresholds
) -> list[tuple[float, int]]:
    """(score, id) of every unaffiliated candidate from someone else sharing fp's template."""
    out: list[tuple[float, int]] = []
    for cand in candidates:
        if cand.campaign_id is not None or cand.same_person or cand.shingle_count < th.min_shingles:
            continue
        score = _founding_score(fp, cand, th, campaign_known)
        if score is not None:
            out.append((score, cand.comment_id))
    return out


def _also_members(
    fp: Fingerprint,
    candidates: Sequence[Candidate],
    other_campaigns: Sequence[CampaignProfile],
    th: MatchThresholds,
    exclude: int | None,
) -> tuple[int, ...]:
    partners = _partners(fp, candidates, _known_to(other_campaigns), th)
    return tuple(sorted(cid for _score, cid in partners if cid != exclude))


def _found(
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


# --------------------------------------------------------------------------- profiles


def new_profile(
    campaign_id: int,
    founders: Sequence[Fingerprint],
    thresholds: MatchThresholds = DEFAULT_THRESHOLDS,
) -> CampaignProfile:
    """Profile of a campaign founded by these comments (fingerprint both bodies)."""
    profile = CampaignProfile(campaign_id)
    for fp in founders:
        profile = update_profile(profile, fp, thresholds, founder=True)
    return profile


def update_profile(
    profile: CampaignProfile,
    fp: Fingerprint,
    thresholds: MatchThresholds = DEFAULT_THRESHOLDS,
    *,
    founder: bool = False,
) -> CampaignProfile:
    """Fold a new member into the profile, keeping it bounded.

    Its sentences are counted into the catalogue (evicting the least used
    when full); its signature becomes an exemplar only when it is a new
    variant of about template size, so a member with a long personal
    paragraph does not displace the template.
    """
    return replace(
        profile,
        exemplars=_updated_exemplars(profile, fp, thresholds, founder),
        sentences=_updated_sentences(profile, fp, thresholds),
        member_count=profile.member_count + 1,
        phrase_array=_updated_phrases(profile, fp, thresholds),
        common_array=_updated_common(profile, fp, thresholds),
    )


def _as_hashes(values: Iterable[int]) -> NDArray[np.uint32]:
    return np.array(sorted(values), dtype=np.uint32)


def _updated_common(
    profile: CampaignProfile, fp: Fingerprint, th: MatchThresholds
) -> NDArray[np.uint32]:
    """Phrases this member shares with an earlier member join the common phrases (bounded)."""
    if len(profile.common_array) >= th.max_phrases:
        return profile.common_array
    merged = profile.common_phrases | (fp.phrases & profile.phrases)
    return _as_hashes(merged) if len(merged) <= th.max_phrases else profile.common_array


def _updated_phrases(
    profile: CampaignProfile, fp: Fingerprint, th: MatchThresholds
) -> NDArray[np.uint32]:
    """The member's shingles join the vocabulary while it has room; a member that would overflow
    it adds nothing (so the vocabulary is the first members' words, whatever the order later)."""
    if len(profile.phrase_array) >= th.max_phrases:
        return profile.phrase_array
    merged = profile.phrases | fp.phrases
    return _as_hashes(merged) if len(merged) <= th.max_phrases else profile.phrase_array


def _updated_sentences(
    profile: CampaignProfile, fp: Fingerprint, th: MatchThresholds
) -> tuple[tuple[int, int, int], ...]:
    table = {key: [count, weight] for key, count, weight in profile.sentences}
    for key, weight in zip(fp.segment_hashes, fp.segment_weights, strict=True):
        if key in table:
            table[key][0] += 1
            continue
        if len(table) >= th.max_sentences:
            # Least used, and among those the oldest: one-off personal sentences go first.
            victim = min(table, key=lambda k: table[k][0])
            del table[victim]
        table[key] = [1, weight]
    return tuple((key, count, weight) for key, (count, weight) in table.items())


def _updated_exemplars(
    profile: CampaignProfile, fp: Fingerprint, th: MatchThresholds, founder: bool
) -> tuple[tuple[Signature, int], ...]:
    exemplars = list(profile.exemplars)
    if fp.shingle_count < th.min_template_shingles:
        return tuple(exemplars)
    if exemplars:
        stacked: NDArray[np.uint32] = np.stack([sig for sig, _c in exemplars])
        if float(np.max(estimate_jaccard_many(fp.signature, stacked))) >= th.exemplar_novelty:
            return tuple(exemplars)
        smallest = min(c for _s, c in exemplars)
        if not founder and fp.shingle_count > th.exemplar_max_growth * smallest:
            return tuple(exemplars)
    entry = (fp.signature.copy(), fp.shingle_count)
    if len(exemplars) < th.max_exemplars:
        exemplars.append(entry)
    else:
        largest = max(range(len(exemplars)), key=lambda i: exemplars[i][1])
        if exemplars[largest][1] > fp.shingle_count:
            exemplars[largest] = entry
    return tuple(exemplars)
