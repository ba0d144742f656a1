"""Joining an existing campaign: the exemplar, sentence and heavy-edit routes.

A comment joins when it carries most of an exemplar, or enough whole known sentences making up
a good share of it, or (a heavy edit) the campaign's framing and a few template sentences.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from intake.text.fingerprint import (
    DEFAULT_SCHEME,
    Fingerprint,
    phrase_hashes_in_order,
    segment_key,
)
from intake.text.frame import LetterFrame
from intake.text.matching.measures import (
    Match,
    exemplar_carry,
    known_weight,
    quotes_one_member,
    template_sentences,
)
from intake.text.matching.profile import CampaignProfile
from intake.text.matching.thresholds import MatchThresholds
from intake.text.normalize import words


def campaign_match(fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds) -> Match | None:
    """How ``fp`` joins ``profile``'s campaign by the exemplar, sentence or heavy-edit routes,
    or None.

    Membership only through the template (issue 14 item 2): a sentence the comment quotes (in
    quotation marks or a ``>`` block quote, :mod:`intake.text.quotes`) is a public source's
    words, which anyone who cites the source shares with a campaign letter quoting it. A
    comment that quotes must join without its quotes too (:attr:`Fingerprint.unquoted`): a copy
    still carries the letter's own sentences around the quotes, a resident who quotes the same
    staff report in a comment of their own carries none of them."""
    match = _campaign_match(fp, profile, th)
    if match is None or fp.unquoted is None:
        return match
    return match if _campaign_match(fp.unquoted, profile, th) is not None else None


def _campaign_match(fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds) -> Match | None:
    n_known, known_words = known_weight(fp, profile.known())
    template = template_sentences(profile)
    n_template, template_words = known_weight(fp, template)
    carry = exemplar_carry(fp, profile, th, n_known)
    share = known_words / fp.content_words if fp.content_words else 0.0
    by_sentences = (
        (
            n_known >= th.min_shared_sentences
            and share >= th.sentence_share
            and (n_template > 0 or not quotes_one_member(fp, profile, th))
        )
        or _heavy_edit(fp, profile, template, (n_template, template_words), th)
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
    profile: CampaignProfile,
    template: Mapping[int, tuple[int, int]],
    kept: tuple[int, int],
    th: MatchThresholds,
) -> bool:
    """A heavy edit keeps the campaign's framing (its opening and closing sentences) and two or
    three whole template sentences, and rewrites the middle: too few sentences, too small a
    share for the plain sentence route. The framing is required: another campaign on the same
    topic may open with the same sentence and share one more, but it closes in its own words.
    Only sentences several members sent count, so quoting one member's paragraph never does.

    ``kept``: the comment's template sentences and their words. When the first and last keys
    are not both template sentences, the framing is read as a reader sees it
    (:func:`_framing`): the closing is the last sentence above the signature block (a title and
    an organisation under the name, "Owner, Corner Shop", are no sentence of the letter), and
    one of the two may be a light edit of the campaign's (:func:`_light_edit`) while the other
    is kept word for word: a campaign's second official variant ("I am writing in support of
    the ordinance ..." for "I support the ordinance ...") around a middle of its own."""
    n_template, template_words = kept
    if n_template == 0 or not fp.content_words:
        return False
    keys = fp.segment_hashes
    if (
        n_template >= th.heavy_min_template_sentences
        and template_words / fp.content_words >= th.heavy_template_share
        and keys[0] in template
        and keys[-1] in template
    ):
        return True
    framing = _framing(fp, template, profile)
    if framing is None:
        return False
    edited = [s for s in framing if s.key not in template]
    if len(edited) > 1:
        return False
    n_template += len(edited)
    template_words += sum(s.words for s in edited)
    return (
        n_template >= th.heavy_min_template_sentences
        and template_words / fp.content_words >= th.heavy_template_share
    )


class _Framing(NamedTuple):
    key: int
    phrases: tuple[int, ...]
    """Its word 3-shingles' hashes in reading order (one per window, as the fingerprint's)."""
    words: int


LIGHT_EDIT_SHARE = 0.6
"""Share of a framing sentence's word 3-shingles that must be the campaign's common phrases
(sent by two or more members) IN ONE RUN for it to be a light edit of the campaign's sentence:
"I am writing in support of the ordinance phasing out gas leaf blowers by 2028" keeps 11 of 17
of "I support the ordinance phasing out gas leaf blowers by 2028" in one run (the edit rewords
one end). A resident's own sentence that stitches the words of two of the letter's sentences
together ("City council must stand up to ICE by pass an ordinance, not just a resolution", from
"... stand up to ICE by taking the following actions:" and "1) Pass an ordinance, not just a
resolution, banning ...") shares as many phrases, in two runs: it is the resident's own
(the fixture docket's comment 72, unique by its truth)."""
LIGHT_EDIT_MIN_PHRASES = 5
"""...and the shingles it must have: a line of four or five words is kept or not, never edited."""


def _light_edit(phrases: tuple[int, ...], profile: CampaignProfile) -> bool:
    if len(phrases) < LIGHT_EDIT_MIN_PHRASES:
        return False
    common = profile.common_phrases
    longest = run = 0
    for phrase in phrases:
        run = run + 1 if phrase in common else 0
        longest = max(longest, run)
    return longest >= LIGHT_EDIT_SHARE * len(phrases)


def _framing(
    fp: Fingerprint, template: Mapping[int, tuple[int, int]], profile: CampaignProfile
) -> tuple[_Framing, _Framing] | None:
    """The comment's first sentence and its last one above its signature block (each a long
    content sentence, as the segment keys count them), each a template sentence or a light
    edit of the campaign's; None when it has fewer than two or one is neither. The first is
    tested before the signature block is read (most comments a campaign meets fail there)."""
    least = DEFAULT_SCHEME.min_segment_words
    long_ones = [
        (index, seg)
        for index, seg in enumerate(fp.segments)
        if seg.is_content and len(words(seg.norm)) >= least
    ]
    if len(long_ones) < 2:
        return None
    first = _framing_sentence(long_ones[0][1].norm)
    if first.key not in template and not _light_edit(first.phrases, profile):
        return None
    frame = LetterFrame(fp.segments)
    block = frame.signature_block
    above = [seg for index, seg in long_ones if frame.line_of[index] < block]
    if len(above) < 2 or above[0] is not long_ones[0][1]:
        return None
    last = _framing_sentence(above[-1].norm)
    if last.key not in template and not _light_edit(last.phrases, profile):
        return None
    return first, last


def _framing_sentence(norm: str) -> _Framing:
    tokens = words(norm)
    phrases = phrase_hashes_in_order(tokens, DEFAULT_SCHEME.shingle_size)
    return _Framing(segment_key(norm), phrases, len(tokens))


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
