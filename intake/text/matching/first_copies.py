"""A campaign's first copies: earlier unaffiliated comments pulled in when a comment joins.

They arrive before any pair of them is similar enough to found the campaign; they join later
only by what they share with the campaign's template, never with the comment that joined.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from intake.text.fingerprint import DEFAULT_SCHEME, estimate_jaccard, shared_from_jaccard
from intake.text.matching.candidates import Candidate
from intake.text.matching.measures import template_sentences
from intake.text.matching.profile import CampaignProfile
from intake.text.matching.thresholds import NOISY_RATIO, MatchThresholds


def first_copies(
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


def carries_template(
    cand: Candidate,
    profile: CampaignProfile,
    th: MatchThresholds,
    quoted: AbstractSet[int] = frozenset(),
) -> bool:
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

    ``quoted``: the keys of the sentences the comment that joined quotes (a staff report, a
    statute, :attr:`Fingerprint.quoted_keys`). The campaign's copies quote them, but they are
    the source's words, which a resident who cites the same source shares: they count for
    nothing here (issue 14 item 2: membership only through the template's own words).
    """
    template = template_sentences(profile)
    hits = sum(1 for key in cand.segment_hashes if key in template and key not in quoted)
    if hits >= th.min_shared_sentences:
        return True
    closes = (
        cand.framing is not None and cand.framing[1] in template and cand.framing[1] not in quoted
    )
    if hits >= th.found_min_shared_sentences and closes:
        return True
    if _keeps_fixed_sentences(cand, profile, th, quoted):
        return True
    for sig, size in profile.exemplars:
        if not hits and cand.shingle_count > NOISY_RATIO * size:
            continue
        jaccard = estimate_jaccard(cand.signature, sig)
        shared = shared_from_jaccard(jaccard, size, cand.shingle_count)
        if shared >= th.min_template_shingles and shared / size >= th.form_containment:
            return True
    return False


def _keeps_fixed_sentences(
    cand: Candidate, profile: CampaignProfile, th: MatchThresholds, quoted: AbstractSet[int]
) -> bool:
    """The heavy-copy test of :func:`~intake.text.matching.joining.keeps_fixed_sentences` on an
    earlier comment, whose words are told by its shingles (one per word but the last
    ``shingle_size - 1``): two or more of the letter's fixed sentences making up
    ``heavy_fixed_share`` of it. A first copy cut down that way, arriving before its campaign
    formed, joins as it would have later (generated-ninth's first landlords' copy)."""
    fixed = profile.fixed_sentences
    weights = [fixed[key][1] for key in cand.segment_hashes if key in fixed and key not in quoted]
    words = cand.shingle_count + DEFAULT_SCHEME.shingle_size - 1
    return (
        len(weights) >= th.heavy_min_template_sentences
        and sum(weights) >= th.heavy_fixed_min_words
        and sum(weights) >= th.heavy_fixed_share * words
    )
