"""Joining an existing campaign: the exemplar, sentence and heavy-edit routes.

A comment joins when it carries most of an exemplar, or enough whole known sentences making up
a good share of it, or (a heavy edit) the campaign's framing and a few template sentences.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from intake.text.fingerprint import Fingerprint
from intake.text.matching.measures import (
    Match,
    exemplar_carry,
    known_weight,
    quotes_one_member,
    template_sentences,
)
from intake.text.matching.profile import CampaignProfile
from intake.text.matching.thresholds import MatchThresholds


def campaign_match(fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds) -> Match | None:
    n_known, known_words = known_weight(fp, profile.known())
    template = template_sentences(profile)
    n_template, template_words = known_weight(fp, template)
    carry = exemplar_carry(fp, profile, th, n_known)
    share = known_words / fp.content_words if fp.content_words else 0.0
    template_share = template_words / fp.content_words if fp.content_words else 0.0
    by_sentences = (
        (
            n_known >= th.min_shared_sentences
            and share >= th.sentence_share
            and (n_template > 0 or not quotes_one_member(fp, profile, th))
        )
        or _heavy_edit(fp, template, n_template, template_share, th)
        or keeps_fixed_sentences(fp, profile, th)
        or keeps_whole_short_letter(fp, profile, th)
    )
    if carry >= th.form_containment:
        return Match(max(carry, share if by_sentences else 0.0), "exemplar")
    if by_sentences:
        return Match(max(carry, share), "sentences")
    return None


def _heavy_edit(
    fp: Fingerprint,
    template: Mapping[int, tuple[int, int]],
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


def keeps_fixed_sentences(fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds) -> bool:
    """A heavy copy cut down to two or three of the letter's fixed sentences (sent word for word
    by a real share of the members), with at most a line or two of the sender's own: they make
    up ``heavy_fixed_share`` of its words, wherever they stand (the framing need not be kept).

    A resident who reuses one slogan inside their own prose carries one fixed sentence; one who
    reuses two carries them in a comment mostly their own, under the share. Another campaign on
    the item that quotes this one does so inside its own sentences, which are not this one's."""
    if not fp.content_words:
        return False
    n_fixed, fixed_words = known_weight(fp, profile.fixed_sentences)
    return (
        n_fixed >= th.heavy_min_template_sentences
        and fixed_words >= th.heavy_fixed_min_words
        and fixed_words >= th.heavy_fixed_share * fp.content_words
    )


def keeps_whole_short_letter(
    fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds
) -> bool:
    """A short letter's copy after a long story of the sender's own: it carries every one of the
    letter's fixed sentences (at least ``min_shared_sentences`` of them, sent word for word by a
    real share of the members) and they make up ``whole_letter_share`` of its words.

    A three-sentence letter under a story three times its length is a quarter of the copy, under
    the sentence route's ``sentence_share``, and the exemplars it would be measured against carry
    other members' stories (issue 14, ``generated-tenth``'s ``millrace-stories``). The whole fixed
    part is required: a resident quoting a sentence or two of it, or another campaign sharing its
    opening and slogan, does not carry all of it; a long letter that quotes it whole somewhere in
    a page of its own stays under the share."""
    fixed = profile.fixed_sentences
    if len(fixed) < th.min_shared_sentences or not fp.content_words:
        return False
    n_fixed, fixed_words = known_weight(fp, fixed)
    return n_fixed >= len(fixed) and fixed_words >= th.whole_letter_share * fp.content_words


def fixed_sentence_match(
    fp: Fingerprint, campaigns: Sequence[CampaignProfile], th: MatchThresholds
) -> tuple[float, int, str] | None:
    """A comment too short for the other routes (under ``min_shingles``) that is two of a
    campaign's fixed sentences ("Ostrey has served the north end since 1961. We think the north
    end is worth three dollars."): the best such campaign as (similarity, -id, reason), or None."""
    best: tuple[float, int, str] | None = None
    for profile in campaigns:
        if not keeps_fixed_sentences(fp, profile, th):
            continue
        share = known_weight(fp, profile.fixed_sentences)[1] / fp.content_words
        if best is None or (share, -profile.campaign_id) > best[:2]:
            best = (share, -profile.campaign_id, "sentences")
    return best
