"""The phrase route: copies spun within sentences, tried when no other route placed a comment."""

from __future__ import annotations

from collections.abc import Sequence

from intake.text.fingerprint import Fingerprint
from intake.text.matching.joining import campaign_match
from intake.text.matching.measures import quotes_one_member
from intake.text.matching.profile import CampaignProfile
from intake.text.matching.thresholds import MatchThresholds


def phrase_match(
    fp: Fingerprint, campaigns: Sequence[CampaignProfile], th: MatchThresholds
) -> tuple[float, int, str] | None:
    """A copy spun within sentences (each sentence assembled from slots of alternative phrasings)
    shares no whole sentence and too few shingles with any one exemplar, yet nearly every phrase
    of it is one the campaign's members used. Tried only when no other route placed the comment;
    at least ``phrase_containment`` of its shingles (and ``min_shingles`` of them) must be among
    the campaign's phrases, and so must that share of the shingles of ``phrase_sentence_share``
    of its sentences, and (once the campaign is old enough to tell) enough of them must be its
    template phrases (:func:`_carries_template_phrasing`): a unique comment sharing the topic's
    vocabulary (single words, not their sequences) shares almost no phrase, and another campaign
    on the topic that shares a line or two with this one shares it in those sentences only.
    Cost: one set intersection per candidate campaign (at most 16, vocabularies of at most
    ``max_phrases`` hashes)."""
    if len(fp.phrases) < th.min_shingles or not fp.sentence_phrases:
        return None
    best: tuple[float, int, str] | None = None
    for profile in campaigns:
        share = phrase_share(fp, profile, th)
        if share is None:
            continue
        if best is None or (share, -profile.campaign_id) > best[:2]:
            best = (share, -profile.campaign_id, "phrases")
    return best


def phrase_share(fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds) -> float | None:
    """The share of ``fp``'s phrases among ``profile``'s when it joins that campaign by the
    phrase route (:func:`phrase_match`), else None. A comment that quotes a source joins only
    when it still joins with what it quotes set aside (by phrases or by another route): the
    source's words are anyone's who cites it (:attr:`Fingerprint.unquoted`)."""
    share = _phrase_share(fp, profile, th)
    if share is None or fp.unquoted is None:
        return share
    unquoted = fp.unquoted
    if (
        _phrase_share(unquoted, profile, th) is None
        and campaign_match(unquoted, profile, th) is None
    ):
        return None
    return share


def _phrase_share(fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds) -> float | None:
    if len(fp.phrases) < th.min_shingles or not fp.sentence_phrases:
        return None
    if profile.member_count < th.phrase_min_members or not profile.phrases:
        return None
    shared = len(fp.phrases & profile.phrases)
    share = shared / len(fp.phrases)
    if shared < th.min_shingles or share < th.phrase_containment:
        return None
    spread = sum(
        1
        for grams in fp.sentence_phrases
        if grams and len(grams & profile.phrases) / len(grams) >= th.phrase_containment
    ) / len(fp.sentence_phrases)
    if spread < th.phrase_sentence_share:
        return None
    common = len(fp.phrases & profile.common_phrases) / len(fp.phrases)
    if common < th.phrase_common_containment or quotes_one_member(fp, profile, th):
        return None
    if not _carries_template_phrasing(fp, profile, th):
        return None
    return share


def phrase_pull_in(
    profile: CampaignProfile,
    earlier: Sequence[tuple[int, Fingerprint]],
    th: MatchThresholds,
) -> tuple[int, ...]:
    """Earlier unique comments a campaign's grown vocabulary now covers, to be pulled in.

    A spun copy sent before its campaign had learned its phrases stayed unique; once a later
    copy joined by the phrase route, the earlier ones are checked again, each by the same test
    a new comment passes (:func:`phrase_match`), never by what it shares with the comment that
    joined. Cost: one phrase test per earlier comment offered (the caller bounds them)."""
    return tuple(
        comment_id
        for comment_id, fp in earlier
        if fp.shingle_count >= th.min_shingles and phrase_match(fp, [profile], th) is not None
    )


def _carries_template_phrasing(
    fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds
) -> bool:
    """Of a campaign with ``phrase_template_members`` members or more, a comment joining by
    phrases must carry ``phrase_template_containment`` of its shingles in the campaign's template
    phrases (sent by a real share of its members), not only phrases two members happened to write
    alike: a comment built from the same sentence frames as members' own stories shares those
    (issue 14 item 2: a comment joins only by text it shares with the template). Of a spun
    campaign it must moreover carry ``phrase_template_carry`` of the template phrases a member
    sends on average (:attr:`CampaignProfile.template_phrases_per_member`): a spun copy carries a
    phrasing of every slot, a comment made of frames its members' stories use (each sent by a
    tenth of them, as a phrasing of a slot of ten is) only a few. A younger
    campaign cannot tell the two apart yet (a phrasing of a slot of five is sent by two of ten),
    and its spun copies join on the other tests."""
    if not _carries_fixed_part(fp, profile, th):
        return False
    if profile.member_count < th.phrase_template_members:
        return True
    carried = len(fp.phrases & profile.template_phrases)
    if carried < th.phrase_template_containment * len(fp.phrases):
        return False
    return not profile.spun or carried >= th.phrase_template_carry * (
        profile.template_phrases_per_member
    )


def _carries_fixed_part(fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds) -> bool:
    """Of a letter (a campaign of three members or more, not :attr:`~CampaignProfile.spun`), a
    comment joining by phrases must carry its fixed part (:attr:`CampaignProfile.fixed_phrases`:
    what its members send word for word): ``phrase_template_containment`` of its shingles, or
    ``phrase_template_carry`` of the fixed phrases a member sends. What else members' copies share
    may be clauses of their own sentences that residents on the item build their sentences from
    too (issue 14 items 2 and 4: a comment joins only by the template, never another member's
    added paragraph). Asked at any size from three members on: a young letter's fixed part is as
    plain as an old one's. A spun campaign is not asked: a copy spun throughout may carry nothing
    of a sentence its first members happened to send alike. Nor is a fixed part of fewer than
    ``min_shingles`` phrases a member (a sign-off or a short line three members sent alike)."""
    if profile.fixed_phrases_per_member < th.min_shingles:
        return True
    carried = len(fp.phrases & profile.fixed_phrases)
    if profile.spun:
        return _carries_young_fixed_part(carried, profile, th)
    return (
        carried >= th.phrase_template_containment * len(fp.phrases)
        or carried >= th.phrase_template_carry * profile.fixed_phrases_per_member
    )


def _carries_young_fixed_part(carried: int, profile: CampaignProfile, th: MatchThresholds) -> bool:
    """Of a campaign read as spun that has a fixed part, while it is young (under
    ``phrase_template_members``, when no template-phrase test is asked yet), a comment joining by
    phrases must carry ``phrase_young_fixed_carry`` of the fixed phrases a member sends. A young
    letter whose every member adds a sentence or a fill-in line of their own reads as spun (its
    smallest copy is longer than the letter), and residents who build their sentences from the
    clauses those members' own sentences use share its phrases but none of its letter (issue 14
    items 2 and 4, session 13: 0 and 1 of 119 and 38 fixed phrases); a spun copy of a campaign
    with a fixed opening or closing carries some of it. An older campaign is asked the
    template-phrase tests instead (spun copies that did not draw the first members' phrasing of
    a sentence join it then)."""
    if profile.member_count >= th.phrase_template_members:
        return True
    return carried >= th.phrase_young_fixed_carry * profile.fixed_phrases_per_member
