"""The decision: which route labels a comment, tried in a fixed order.

Same-person duplicate, then joining the best matching campaign (exemplar, sentences, heavy edit;
then phrases), then founding a new campaign; otherwise unique. The routes live in their own
modules; this one only orders them and assembles the :class:`Decision`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from intake.text.fingerprint import Fingerprint
from intake.text.matching.candidates import Candidate
from intake.text.matching.duplicate import same_person_duplicate
from intake.text.matching.first_copies import carries_template, first_copies
from intake.text.matching.founding import also_members, found
from intake.text.matching.joining import campaign_match, fixed_sentence_match
from intake.text.matching.outcome import Decision
from intake.text.matching.phrases import phrase_match
from intake.text.matching.profile import CampaignProfile
from intake.text.matching.short import line_match, petition_found, short_campaign
from intake.text.matching.thresholds import DEFAULT_THRESHOLDS, MatchThresholds


def decide(
    fp: Fingerprint,
    candidates: Sequence[Candidate],
    campaigns: Sequence[CampaignProfile],
    thresholds: MatchThresholds = DEFAULT_THRESHOLDS,
    item_campaigns: Callable[[], Sequence[CampaignProfile]] | None = None,
    sender: str | None = None,
) -> Decision:
    """Label `fp` given the earlier comments and campaigns its keys found; ``sender``: who sent
    it, as :attr:`Candidate.sender` tells people apart (the short route counts people).

    Order: same-person duplicate, then joining the best matching existing
    campaign, then founding a new campaign with an earlier unaffiliated
    comment from someone else, then joining a short campaign whose line it
    carries with sentences of its own (after founding: a letter that happens to
    carry a short campaign's line founds its own campaign with its first copies),
    then founding a campaign with a short petition three people sent word for word;
    otherwise unique.
    """
    th = thresholds
    if fp.shingle_count == 0:
        return Decision("unique", reason="no content")
    duplicate = same_person_duplicate(fp, candidates, th)
    if duplicate is not None:
        return duplicate
    if fp.shingle_count < th.min_shingles:
        short = short_campaign(fp, candidates, campaigns, th, sender)
        if short is not None:
            return short
        fixed = fixed_sentence_match(fp, campaigns, th)
        if fixed is not None:
            return _joined(fp, fixed, candidates, campaigns, th)
        return Decision("unique", reason="too short for a campaign")
    best: tuple[float, int, str] | None = None
    for profile in campaigns:
        match = campaign_match(fp, profile, th)
        if match is None:
            continue
        if best is None or (match.similarity, -profile.campaign_id) > best[:2]:
            best = (match.similarity, -profile.campaign_id, match.reason)
    if best is None:
        campaigns = _with_item_campaigns(campaigns, item_campaigns)
        best = phrase_match(fp, campaigns, th)
    if best is not None:
        return _joined(fp, best, candidates, campaigns, th)
    founded = found(fp, candidates, campaigns, th)
    if founded.kind == "unique":
        line = line_match(fp, campaigns, th)
        if line is not None:
            return _joined(fp, line, candidates, campaigns, th)
        if fp.shingle_count < th.min_template_shingles:
            return petition_found(fp, candidates, th, sender) or founded
    return founded


def _joined(
    fp: Fingerprint,
    best: tuple[float, int, str],
    candidates: Sequence[Candidate],
    campaigns: Sequence[CampaignProfile],
    th: MatchThresholds,
) -> Decision:
    """`fp` joins the campaign ``best`` names (similarity, -campaign id, reason), with the
    earlier unaffiliated comments that carry that campaign's template."""
    joined = -best[1]
    profile = next(p for p in campaigns if p.campaign_id == joined)
    others = [p for p in campaigns if p.campaign_id != joined]
    also = set(also_members(fp, candidates, others, th, exclude=None))
    also.update(first_copies(candidates, profile, th))
    by_id = {cand.comment_id: cand for cand in candidates}
    return Decision(
        "form_letter",
        campaign_id=joined,
        similarity=best[0],
        reason=best[2],
        also_members=tuple(
            sorted(i for i in also if carries_template(by_id[i], profile, th, fp.quoted_keys))
        ),
    )


def _with_item_campaigns(
    campaigns: Sequence[CampaignProfile],
    item_campaigns: Callable[[], Sequence[CampaignProfile]] | None,
) -> Sequence[CampaignProfile]:
    if item_campaigns is None:
        return campaigns
    seen = {p.campaign_id for p in campaigns}
    extra = [p for p in item_campaigns() if p.campaign_id not in seen]
    return [*campaigns, *extra] if extra else campaigns
