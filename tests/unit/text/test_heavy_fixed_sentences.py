"""Heavy copies that keep two or three of a letter's fixed sentences (issue 14 item 5, session 13).

A heavy copy cut down to two or three of the letter's sentences, anywhere in it, with a line of
its sender's own (or nothing else at all), is a copy: it keeps neither the opening nor the
closing, so the framed heavy-edit route missed it. A resident who reuses one or two of the
campaign's slogans in prose of their own is not, and another campaign on the item that quotes
this one inside its own sentences does not join it.
"""

from __future__ import annotations

from intake.text.fingerprint import Fingerprinter
from intake.text.matching import CampaignProfile, decide, new_profile
from intake.text.reference import ReferenceLabeller

FP = Fingerprinter()
LETTER = [
    "I am writing to ask Council not to close the Harrow Branch Library in the consolidation.",
    "Harrow has served the north end since 1961.",
    "It lends more children's books per resident than any other branch in the whole system.",
    "A library you can walk to is a library you use.",
    "The staff report estimates annual savings of $310,000 from consolidation.",
    "We think the north end is worth three dollars a resident.",
    "The consolidation plan would replace both branches with one hub on the Harlan Road bypass.",
    "That site has no sidewalk on its north side and a single bus route every forty minutes.",
    "For the families who walk to Harrow today, the hub might as well be in another town.",
    "Where branches closed in other cities, visits by children and seniors fell by half or more.",
    "Its meeting room is booked almost every evening by tutoring groups and a knitting circle.",
    "We ask Council to keep Harrow open at its current hours and to fund the roof repair.",
    "Please vote no on the consolidation.",
]
OWN_LINE = "Our book club has met at the branch for twenty-two years. We would miss it sorely."
PROSE = (
    "I grew up two streets from the branch and my mother took me there every Saturday morning. "
    "A library you can walk to is a library you use. "
    "These days I drive to the big one at the mall because it has parking and longer hours, "
    "and I honestly think the money would be better spent on buses to it than on the roof. "
    "Please vote no on the consolidation. "
    "Whatever you decide, publish the consultant's full report, not the two-page summary."
)


def _campaign(members: int = 12) -> CampaignProfile:
    letter = "\n".join(LETTER)
    return new_profile(5, [FP.fingerprint(f"Dear Council,\n{letter}") for _ in range(members)])


def test_a_heavy_copy_keeping_two_sentences_and_a_line_of_its_own_joins() -> None:
    profile = _campaign()
    heavy = FP.fingerprint(f"{LETTER[2]} {LETTER[5]}\n\n{OWN_LINE}\n\nKind regards,\nAna Kim")
    decision = decide(heavy, [], [profile])
    assert decision.kind == "form_letter" and decision.campaign_id == 5


def test_a_short_heavy_copy_of_two_fixed_sentences_joins() -> None:
    """Two of the letter's sentences and nothing else: too short for the other routes."""
    profile = _campaign()
    heavy = FP.fingerprint(f"{LETTER[1]} {LETTER[5]}\n\nSincerely,\nIgnatius Bell")
    decision = decide(heavy, [], [profile])
    assert decision.kind == "form_letter" and decision.campaign_id == 5


def test_a_resident_reusing_one_or_two_slogans_in_their_own_prose_stays_unique() -> None:
    profile = _campaign()
    one = FP.fingerprint(f"{LETTER[3]} Our whole street signed the petition at the corner store.")
    assert decide(one, [], [profile]).kind == "unique"
    assert decide(FP.fingerprint(PROSE), [], [profile]).kind == "unique"


def test_two_slogans_of_a_few_words_are_not_a_letter() -> None:
    profile = new_profile(
        5, [FP.fingerprint("\n".join(["Paint is not protection.", *LETTER]))] * 12
    )
    slogans = FP.fingerprint("Paint is not protection. Please vote no on the consolidation.")
    assert decide(slogans, [], [profile]).kind == "unique"


def test_sentences_one_or_two_members_sent_are_not_fixed() -> None:
    """Only sentences a real share of the members sent word for word count: two sentences of
    one member's own paragraph, however much of a comment they make, are no way in."""
    letter = "\n".join(LETTER)
    members = [FP.fingerprint(f"{letter}\n{OWN_LINE} We meet on Tuesdays at seven.")]
    members += [FP.fingerprint(letter) for _ in range(11)]
    profile = new_profile(5, members)
    quoting = FP.fingerprint(f"{OWN_LINE} We meet on Tuesdays at seven.")
    assert decide(quoting, [], [profile]).kind == "unique"


def test_heavy_copies_join_alike_in_arrival_order() -> None:
    """Through the whole engine: the letter's copies found the campaign, heavy copies arriving
    among them join it, residents quoting a slogan stay unique."""
    labeller = ReferenceLabeller()
    letter = "\n".join(LETTER)
    bodies = [f"Dear Council,\n{letter}\nThanks,\nSender {n}" for n in range(6)]
    bodies.insert(3, f"{LETTER[2]} {LETTER[5]}\n\n{OWN_LINE}")
    bodies.insert(5, f"{LETTER[1]} {LETTER[4]} {LETTER[6]}")
    bodies.append(PROSE)
    for n, body in enumerate(bodies):
        labeller.add(n, body, person=f"p{n}")
    campaign = labeller.labels[0].campaign_id
    assert campaign is not None
    assert labeller.labels[3].campaign_id == campaign
    assert labeller.labels[5].campaign_id == campaign
    assert labeller.labels[len(bodies) - 1].kind == "unique"


def test_a_heavy_first_copy_joins_when_later_copies_join() -> None:
    """Sent before its campaign formed, two fixed sentences and two of its own (not the
    closing): pulled in when a later copy joins, as it would have joined later."""
    labeller = ReferenceLabeller()
    letter = "\n".join(LETTER)
    labeller.add(0, f"{LETTER[0]} {LETTER[9]}\n\n{OWN_LINE}", person="p0")
    for n in range(1, 6):
        labeller.add(n, f"Dear Council,\n{letter}\nThanks,\nSender {n}", person=f"p{n}")
    assert labeller.labels[1].campaign_id is not None
    assert labeller.labels[0].campaign_id == labeller.labels[1].campaign_id
