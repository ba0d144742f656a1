"""Round 25: evidence of different kinds that agrees counts for more than noisy-OR gives it.

Noisy-OR treats every signal as an independent chance of being right, so three modest signals
of different kinds (a phone number at 0.15, a text unrelated to the item at 0.45, the learned
model's confident reading at 0.35) stop at 0.696, short of the 0.7 threshold, the same as three
modest signals of one kind. On the spent corpora they are not alike. Of the 4,705 residents'
comments whose content counts (1,751 in the real dockets, fixture, generated corpora and burst,
2,954 in the spam sets), two carry counted evidence of all three :data:`KINDS`, both already
flagged by the engine alone, and none that the learned model (trained without that resident's
set) reads as spam carries two other kinds; of the 3,240 spam, 1,834 carry three kinds and
1,444 the model's reading with two others. Agreement of kinds is read from the evidence's
reason text, as staff read it, so no signal module has to know about the others.
"""

from __future__ import annotations

from collections.abc import Iterable

from intake.text.spam.evidence import Evidence
from intake.text.spam.settings import SpamSettings

REACH = "a way to reach someone"
OFFER = "an offer"
UNRELATED = "unrelated to the item"
KINDS = (REACH, OFFER, UNRELATED)
"""The kinds of content evidence that corroborate each other. What a link points to (a front
page, a shortener, a page asking to 'claim') is the link's, a way to reach someone: one link read
three ways is one kind, and the starter model reads a resident's short slogan closed by a link
as spam ("Stop secret science now! ... https://www.sciencewatch.org", p=0.99). The text's shape
(noise, repetition, mashing) is left out: it decides alone or not at all."""

CERTAIN = "all but certain"
"""Session 19: the starter model's reading at ``starter_certain_probability`` or more says so in
its reason; then a way to reach someone alone corroborates it (one kind, not two). Nothing weaker
does: a resident's slogan the starter reads at p=0.99 closed by a link must stay a resident."""

_OFFER = ("offer:", "advertising:", "call to action", "promise:", "windfall:", "topic:", "lure:")


def kinds_of(evidence: Evidence) -> frozenset[str]:
    """The kinds of evidence one counted signal gives, read from its reason's opening words
    (empty for a signal of none of :data:`KINDS`)."""
    detail = evidence.detail
    if detail.startswith(("unrelated to the item", "written to a")):
        return frozenset({UNRELATED})
    if detail.startswith("offer words:"):  # advert words in a text unrelated to the item
        return frozenset({UNRELATED, OFFER})
    if detail.startswith(("contact", "link-only", "link density", "links: ")):
        return frozenset({REACH})
    if detail.startswith(_OFFER):
        return frozenset({OFFER})
    return frozenset()


def corroboration_evidence(
    content: Iterable[Evidence], learned: Iterable[Evidence], s: SpamSettings
) -> list[Evidence]:
    """One more piece of evidence, weighing ``corroborated_learned_weight``, when the learned
    model's evidence comes with counted content evidence of two other :data:`KINDS`; none
    otherwise. Three kinds without the model do not corroborate: the spam they would add sat at
    0.673 (an address or a number, a sum or a deadline, an unrelated text), where a resident
    does too ("The crews promised to fix the drain in 30 days ... Call me, 555-0142").

    Session 19 (learned19): the starter model's reading when it is all but certain
    (:data:`CERTAIN`, p >= ``starter_certain_probability``) is corroborated by a way to reach
    someone alone: 0.5 and 0.3 make 0.65, so the way to reach must be counted evidence too (a
    bare e-mail address, +0.15, makes 0.70). Leave-one-set-out on the 37 spent sets, the
    starter reads no resident of any corpus at 0.999 (texts without letters aside, which it no
    longer judges), and none who gives a way to reach them above 0.79; 22 more spam of 3,831."""
    if not any(e.weight > 0 for e in learned):
        return []
    kinds: set[str] = set()
    for e in content:
        if e.weight > 0:
            kinds |= kinds_of(e)
    certain = any(e.weight > 0 and CERTAIN in e.detail for e in learned)
    if len(kinds) < 2 and not (certain and REACH in kinds):
        return []
    named = ", ".join(k for k in KINDS if k in kinds)
    if len(kinds) < 2:
        detail = f"corroborated: the starter model, {CERTAIN}, agrees with {named}"
    else:
        detail = f"corroborated: the learned model agrees with {len(kinds)} other kinds ({named})"
    return [Evidence(s.corroborated_learned_weight, detail)]
