"""Joining an existing campaign: the exemplar, sentence and heavy-edit routes.

A comment joins when it carries most of an exemplar, or enough whole known sentences making up
a good share of it, or (a heavy edit) the campaign's framing and a few template sentences.
"""

from __future__ import annotations

from collections.abc import Mapping

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
        n_known >= th.min_shared_sentences
        and share >= th.sentence_share
        and (n_template > 0 or not quotes_one_member(fp, profile, th))
    ) or _heavy_edit(fp, template, n_template, template_share, th)
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
