"""The spam verdict a comment would carry as a campaign member, kept until a campaign takes it in.

A campaign member's text is speech by many people: only bot behaviour and noise count towards
its spam score (:func:`intake.text.spam.score`, ``is_form_letter``). A campaign's first copies
are scored while they are still unique, so their links, prices and contacts count; a later copy,
possibly on another item, then pulls them into the campaign. Had the same comment arrived second
it would have been scored as a member, so its score and reasons depended on arrival order (and
differed between one-by-one and batch labelling when the batch held the later copy).

Everything else the verdict reads (the item's context, the sender counts) is what the comment
met when it arrived, and cannot be read again exactly later (the counters have moved on). So the
member verdict is worked out when the comment is scored, from the same inputs, and stored with
it (``comments.spam_as_member``, only when it differs from the comment's own verdict: a comment
whose text says nothing, or whose text is noise, scores the same either way). A campaign that
absorbs the comment (:meth:`~intake.labelling.campaigns.CampaignStore.absorb`) puts it in
place. A comment labelled spam keeps its own verdict when the member verdict is not spam: a
label never changes there, and its reasons must say why it is spam.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from intake.models import Comment
from intake.text import spam


def member_verdict(
    body: str,
    behaviour: spam.Behaviour,
    own: spam.SpamVerdict,
    settings: spam.SpamSettings,
    model: spam.LearnedModel | None,
    memo: spam.TextMemo,
    reader: spam.EncoderReader | None = None,
) -> dict[str, Any] | None:
    """What a comment scored ``own`` as a non-member would show as a member, or None when it
    would show the same (no reasons at all, or only bot and noise evidence)."""
    if behaviour.is_form_letter or not own.reasons:
        return None
    member = dataclasses.replace(behaviour, is_form_letter=True)
    verdict = spam.score(body, member, settings, model, memo, reader)
    if verdict.reasons == own.reasons:
        return None
    return {
        "score": round(verdict.score, 4),
        "reasons": list(verdict.reasons),
        "spam": verdict.is_spam,
    }


def become_member(comment: Comment) -> None:
    """A campaign absorbed ``comment``: it shows the verdict it would have had as a member."""
    member = comment.spam_as_member
    if member is None:
        return
    if comment.kind != "spam" or member["spam"]:
        comment.spam_score = member["score"]
        comment.reasons = list(member["reasons"])
    comment.spam_as_member = None
