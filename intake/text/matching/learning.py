"""How a campaign's profile learns from its members, staying bounded.

Founding builds a profile from the founders; each later member is folded in: its sentences
counted, its shingles added to the phrases while there is room, its signature kept as an
exemplar only when it is a new variant of about template size.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

import numpy as np
from numpy.typing import NDArray

from intake.text.fingerprint import (
    DEFAULT_SCHEME,
    Fingerprint,
    Signature,
    estimate_jaccard_many,
    segment_key,
)
from intake.text.matching.profile import TEMPLATE_PHRASE_MEMBERS, CampaignProfile
from intake.text.matching.short import line_hashes
from intake.text.matching.thresholds import DEFAULT_THRESHOLDS, MatchThresholds
from intake.text.normalize import words


def new_profile(
    campaign_id: int,
    founders: Sequence[Fingerprint],
    thresholds: MatchThresholds = DEFAULT_THRESHOLDS,
) -> CampaignProfile:
    """Profile of a campaign founded by these comments (fingerprint both bodies)."""
    profile = CampaignProfile(campaign_id)
    for fp in founders:
        profile = update_profile(profile, fp, thresholds, founder=True)
    if not len(profile.line_array) and whole_petition(founders, thresholds):
        profile = replace(profile, line_array=line_hashes(founders[0]))
    return profile


def whole_petition(founders: Sequence[Fingerprint], th: MatchThresholds) -> bool:
    """Founders that are one text sent word for word by ``short_min_people`` people or more,
    of ``min_shingles`` shingles (too long for the short route) but under
    ``min_template_shingles`` (too short to be an exemplar): a short petition, whose copies
    with a story of the sender's own join by carrying it whole (:func:`.short.line_match`)."""
    first = founders[0] if founders else None
    return (
        first is not None
        and len(founders) >= th.short_min_people
        and th.min_shingles <= first.shingle_count < th.min_template_shingles
        and all(
            fp.shingle_count == first.shingle_count
            and np.array_equal(fp.signature, first.signature)
            for fp in founders
        )
    )


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
    phrases, counts = _updated_phrases(profile, fp, thresholds)
    line = profile.line_array
    if founder and not len(line) and _short_line(profile.exemplars, fp, thresholds, founder):
        line = line_hashes(fp)
    return replace(
        profile,
        line_array=line,
        exemplars=_updated_exemplars(profile.exemplars, fp, thresholds, founder),
        sentences=_updated_sentences(profile, fp, thresholds),
        member_count=profile.member_count + 1,
        phrase_array=phrases,
        common_array=_updated_common(profile, fp, thresholds),
        phrase_counts=counts,
        repeated_array=_updated_repeated(profile, fp, thresholds),
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


def _updated_repeated(
    profile: CampaignProfile, fp: Fingerprint, th: MatchThresholds
) -> NDArray[np.uint32]:
    """The phrases of this member's sentences that two earlier members sent word for word join
    the repeated sentences' phrases (bounded): the letter's sentences, never a member's own
    sentence, told once, nor a spun sentence two members happened to draw alike (the bar item 1
    sets for a sentence to be a campaign's is three people;
    :attr:`CampaignProfile.fixed_phrases`)."""
    known = profile.known()
    before = TEMPLATE_PHRASE_MEMBERS - 1
    grams = [g for key, g in _keyed_sentence_phrases(fp) if known.get(key, (0, 0))[0] >= before]
    if not grams or len(profile.repeated_array) >= th.max_phrases:
        return profile.repeated_array
    merged = np.union1d(profile.repeated_array, _as_hashes(frozenset().union(*grams)))
    return merged.astype(np.uint32) if len(merged) <= th.max_phrases else profile.repeated_array


def _keyed_sentence_phrases(fp: Fingerprint) -> list[tuple[int, frozenset[int]]]:
    """Each long content sentence's key with its phrases (``sentence_phrases`` holds the long
    content sentences' phrases in order); none when the two do not line up."""
    least = DEFAULT_SCHEME.min_segment_words
    norms = [seg.norm for seg in fp.segments if seg.is_content and len(words(seg.norm)) >= least]
    if len(norms) != len(fp.sentence_phrases):
        return []
    return [(segment_key(norm), g) for norm, g in zip(norms, fp.sentence_phrases, strict=True)]


def _updated_phrases(
    profile: CampaignProfile, fp: Fingerprint, th: MatchThresholds
) -> tuple[NDArray[np.uint32], NDArray[np.uint16]]:
    """The member's shingles join the vocabulary while it has room; a member that would overflow
    it adds nothing new (so the vocabulary is the first members' words, whatever the order
    later), but every phrase of the vocabulary it sent is counted once more (the counts say how
    many members sent a phrase: :attr:`CampaignProfile.template_phrases`)."""
    old, counts = profile.phrase_array, profile.phrase_counts
    if len(counts) != len(old):  # a profile stored without counts: what is known of them
        counts = np.where(np.isin(old, profile.common_array), 2, 1).astype(np.uint16)
    mine = _as_hashes(fp.phrases)
    merged = old
    if len(old) < th.max_phrases:
        union = np.union1d(old, mine).astype(np.uint32)
        merged = union if len(union) <= th.max_phrases else old
    grown = np.zeros(len(merged), dtype=np.uint16)
    grown[np.searchsorted(merged, old)] = counts
    sent = np.isin(merged, mine) & (grown < np.iinfo(np.uint16).max)
    grown[sent] += 1
    return merged, grown


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


def exemplars_after(
    profile: CampaignProfile,
    members: Iterable[Fingerprint],
    thresholds: MatchThresholds = DEFAULT_THRESHOLDS,
) -> tuple[tuple[Signature, int], ...]:
    """The exemplars :func:`update_profile` leaves after folding in these members one by one.

    They depend on the exemplars alone, so this is the same as the full update's and costs a
    fraction of it: for a campaign past its learning, whose row is written only for a new
    exemplar, it is all that needs computing for each member that joins.
    """
    exemplars = profile.exemplars
    for fp in members:
        stacked = profile.exemplar_matrix if exemplars is profile.exemplars and exemplars else None
        exemplars = _updated_exemplars(exemplars, fp, thresholds, founder=False, stacked=stacked)
    return exemplars


def _short_line(
    current: tuple[tuple[Signature, int], ...], fp: Fingerprint, th: MatchThresholds, founder: bool
) -> bool:
    """A short campaign's line (see :mod:`.short`) is its exemplar: a founder's when the
    campaign has none yet, a member's when every exemplar is such a line. A letter's campaign
    never learns a short one."""
    return (
        fp.shingle_count < th.min_shingles
        and fp.content_words >= th.short_min_words
        and (bool(current) or founder)
        and all(count < th.min_shingles for _sig, count in current)
    )


def _updated_exemplars(
    current: tuple[tuple[Signature, int], ...],
    fp: Fingerprint,
    th: MatchThresholds,
    founder: bool,
    stacked: NDArray[np.uint32] | None = None,
) -> tuple[tuple[Signature, int], ...]:
    """The exemplars after ``fp`` is folded in: ``current`` itself when it is no new exemplar
    (callers may test ``is``). ``stacked``: ``current``'s signatures stacked, when the caller
    has them (:attr:`CampaignProfile.exemplar_matrix`)."""
    if fp.shingle_count < th.min_template_shingles and not _short_line(current, fp, th, founder):
        return current
    exemplars = list(current)
    if exemplars:
        if stacked is None:
            stacked = np.stack([sig for sig, _c in exemplars])
        if float(np.max(estimate_jaccard_many(fp.signature, stacked))) >= th.exemplar_novelty:
            return current
        smallest = min(c for _s, c in exemplars)
        if not founder and fp.shingle_count > th.exemplar_max_growth * smallest:
            return current
    entry = (fp.signature.copy(), fp.shingle_count)
    if len(exemplars) < th.max_exemplars:
        exemplars.append(entry)
    else:
        largest = max(range(len(exemplars)), key=lambda i: exemplars[i][1])
        if exemplars[largest][1] <= fp.shingle_count:
            return current
        exemplars[largest] = entry
    return tuple(exemplars)
