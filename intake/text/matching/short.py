"""The short route: an action page's one-line letter, sent word for word by many people.

A comment under ``min_shingles`` is too short for the other routes: two-word comments sent
alike ("Support.", "Vote no") are the public agreeing and are counted one by one. A line of
``short_min_words`` or more that ``short_min_people`` distinct people sent identically (after
normalisation: case, punctuation) on the item is not that: it is a campaign's whole letter.
Such a comment founds a campaign with those earlier copies, and later short comments join it
when they are a light edit of one of its exemplars (a typo, a dropped or changed word).
A longer comment joins it when it carries the campaign's line (stored in the profile at founding:
:func:`line_hashes`) whole or nearly, its first and last words included, and the line is a real
part of it: a copy with a sentence or two of the sender's own (:func:`line_match`); so does a
short one that put a sentence of its own between the line's sentences. Copies sent before the
campaign was founded are pulled in by the same tests when it is (:func:`line_pull_in`).
Measured in session 10 (docs/labelling.md): on the real dockets, the fixture and every
generated corpus, the only short texts three people sent alike that reach eight words are
the campaign's.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import xxhash
from numpy.typing import NDArray

from intake.text.fingerprint import DEFAULT_SCHEME, Fingerprint, estimate_jaccard
from intake.text.matching.candidates import Candidate
from intake.text.matching.outcome import Decision
from intake.text.matching.profile import CampaignProfile
from intake.text.matching.thresholds import MatchThresholds
from intake.text.normalize import words


def short_campaign(
    fp: Fingerprint,
    candidates: Sequence[Candidate],
    campaigns: Sequence[CampaignProfile],
    th: MatchThresholds,
    sender: str | None = None,
) -> Decision | None:
    """Join or found a short campaign with `fp` (under ``min_shingles``), or None. ``sender``:
    who sent it, as :attr:`Candidate.sender` tells people apart."""
    if fp.content_words < th.short_min_words:
        return None
    best: tuple[float, int] | None = None
    for profile in campaigns:
        jaccard = short_likeness(fp, profile, th)
        if jaccard is not None and (best is None or (jaccard, -profile.campaign_id) > best):
            best = (jaccard, -profile.campaign_id)
    if best is not None:
        return Decision(
            "form_letter", campaign_id=-best[1], similarity=best[0], reason="short campaign line"
        )
    line = line_match(fp, campaigns, th)
    if line is not None:
        return Decision("form_letter", campaign_id=-line[1], similarity=line[0], reason=line[2])
    return _found(fp, candidates, th, sender)


def short_likeness(fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds) -> float | None:
    """The best estimated Jaccard of a short comment with ``profile``'s short exemplars, where it
    reaches ``short_join_jaccard`` (a light edit of the line: a typo, a word dropped or changed);
    None otherwise."""
    found = [
        jaccard
        for signature, count in profile.exemplars
        if count < th.min_shingles
        and (jaccard := estimate_jaccard(fp.signature, signature)) >= th.short_join_jaccard
    ]
    return max(found, default=None)


def petition_found(
    fp: Fingerprint, candidates: Sequence[Candidate], th: MatchThresholds, sender: str | None
) -> Decision | None:
    """Found a campaign with a short petition: a text of ``min_shingles`` shingles or more but
    too short for the founding routes (under ``min_template_shingles``, fewer than
    ``min_shared_sentences`` sentences) that ``short_min_people`` people sent word for word, as
    a one-line letter founds a short campaign. Its profile keeps the text as its line
    (:func:`~intake.text.matching.learning.whole_petition`)."""
    return _found(fp, candidates, th, sender)


def _found(
    fp: Fingerprint, candidates: Sequence[Candidate], th: MatchThresholds, sender: str | None
) -> Decision | None:
    """Found a short campaign when enough other people sent this very text earlier (an
    earlier copy its own sender sent is no other person's, whatever the candidate's
    ``same_person`` says: anonymous senders are told apart by address here only)."""
    first: dict[str, int] = {}
    for cand in sorted(candidates, key=lambda c: c.comment_id):
        if (
            cand.campaign_id is None
            and cand.same_item
            and not cand.same_person
            and cand.sender is not None
            and cand.sender != sender
            and cand.shingle_count == fp.shingle_count
            and np.array_equal(cand.signature, fp.signature)
        ):
            first.setdefault(cand.sender, cand.comment_id)
    if len(first) + 1 < th.short_min_people:
        return None
    partner, *others = sorted(first.values())
    return Decision(
        "form_letter",
        found_with=partner,
        similarity=1.0,
        reason=f"founded: one line sent alike by {len(first) + 1} people",
        also_members=tuple(others),
    )


def line_hashes(fp: Fingerprint) -> NDArray[np.uint32]:
    """The hashes of a short line's word shingles, in the line's order, as its fingerprint's
    phrases hash them (so a longer copy's ``phrases`` hold them wherever the line sits)."""
    units = words(fp.matching_text)
    k = DEFAULT_SCHEME.shingle_size
    windows = [" ".join(units[i : i + k]) for i in range(max(1, len(units) - k + 1))]
    hashes = (xxhash.xxh32_intdigest(window.encode("utf-8")) for window in windows)
    return np.array(list(dict.fromkeys(hashes)), dtype=np.uint32)


def line_pull_in(
    profile: CampaignProfile, earlier: Sequence[tuple[int, Fingerprint]], th: MatchThresholds
) -> tuple[int, ...]:
    """Earlier unique comments that carry a just-founded campaign's line, to be pulled in.

    A short campaign is founded by the copies sent word for word (:func:`petition_found`, the
    short route's founding); a copy that arrived before it existed and added a line of its own
    (a union member's number, a sentence of their story) or was retyped with a typo stayed
    unique, though it would join by :func:`line_match` had it come a moment later (issue 14
    item 5: the first copy of a campaign joins it when later copies found it). Each earlier
    comment is checked by that same test, against the campaign's line only, never by what it
    shares with the comment that founded it. A short earlier copy (under ``min_shingles``) is
    held to what would have joined it later: a light edit of the line (:func:`short_likeness`)
    or the line kept with a sentence of its own put inside or around it (session 23,
    ``generated-seventeenth``: a two-sentence text alert whose first copies, each with a word
    changed or a line added, stayed unique). Cost: one line test per earlier comment offered
    (the caller bounds them), and nothing for a campaign without a line."""
    if not len(profile.line_array):
        return ()
    return tuple(comment_id for comment_id, fp in earlier if _carries_line(fp, profile, th))


def _carries_line(fp: Fingerprint, profile: CampaignProfile, th: MatchThresholds) -> bool:
    """Whether an earlier comment would have joined the founded line had it come later. A short
    copy of the line word for word is not pulled in: the founding took every one of those from
    another person, and the rest are a founder's own repeats (:func:`_found`)."""
    if fp.shingle_count < th.min_shingles:
        if fp.content_words < th.short_min_words:
            return False
        likeness = short_likeness(fp, profile, th)
        if likeness is not None:
            return likeness < 1.0
    return line_match(fp, [profile], th) is not None


def line_match(
    fp: Fingerprint, campaigns: Sequence[CampaignProfile], th: MatchThresholds
) -> tuple[float, int, str] | None:
    """The short campaign whose line ``fp`` carries, as (containment, -campaign id, reason) for
    the best one, or None. A comment under ``min_shingles`` is asked only when it is no light
    edit of the line (:func:`short_likeness`): the line kept with a sentence of its own put
    between the line's sentences, which cuts the shingles across the seam.

    A copy of an action page's one-line letter with a sentence or two of the sender's own is
    too long for the short route and shares too little with anything for the others. It
    carries the line: at least ``short_line_containment`` of its shingles, the first and last
    among them (a resident who writes the line's first sentence, "I urge you to vote no on item
    7.", in a letter of their own shares most of the line but not its end; a copy retyped with
    a typo in the middle keeps both), and the line makes up at least
    ``short_line_share`` of the comment's shingles: another letter that opens with the line
    and goes on for a page is that letter, not this campaign's copy (and joined, it would
    make its own sentences known to the campaign, through which its copies would follow).

    A short petition's line (``min_shingles`` shingles or more, learned only from founders who
    sent it word for word: :func:`~intake.text.matching.learning.whole_petition`) is a template
    too long to be a stock phrase: a comment carrying nearly all its shingles
    (``petition_line_containment``: a typo or two, its first and last words kept) joins whatever
    it adds, as a union's one-line petition with a member's story does.
    """
    best: tuple[float, int, str] | None = None
    for profile in campaigns:
        line = profile.line_array
        if not len(line) or int(line[0]) not in fp.phrases or int(line[-1]) not in fp.phrases:
            continue
        shared = sum(1 for h in line.tolist() if h in fp.phrases)
        containment = shared / len(line)
        if len(line) >= th.min_shingles and containment < th.petition_line_containment:
            continue  # a petition (see below) joins nearly whole
        if containment < th.short_line_containment:
            continue
        if len(line) < th.min_shingles and shared < th.short_line_share * fp.shingle_count:
            continue
        if best is None or (containment, -profile.campaign_id) > best[:2]:
            best = (containment, -profile.campaign_id, "carries the short campaign's line")
    return best
