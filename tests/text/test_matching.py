"""The decision rules one by one, away from the corpus."""

from __future__ import annotations

from intake.text.fingerprint import Fingerprint, Fingerprinter
from intake.text.matching import (
    CampaignProfile,
    Candidate,
    MatchThresholds,
    decide,
    new_profile,
    update_profile,
)
from intake.text.reference import ReferenceLabeller

FP = Fingerprinter()
A = [
    "The Broadway rezoning must include strong protections for the tenants who live there now.",
    "Every new building should include units affordable to families under sixty percent of median.",
    "Tenants must get a right to return if their building is redeveloped by a new owner.",
    "Renters are the majority in this district and deserve a real seat at the table.",
    "I support rezoning the Broadway corridor to allow mid-rise apartment buildings.",
    "Sacramento needs more homes close to jobs, schools and transit.",
]
B = [
    "I support rezoning the Broadway corridor to allow mid-rise apartment buildings.",
    "Sacramento needs more homes close to jobs, schools and transit.",
    "The light rail extension only makes sense if thousands of people live near the stations.",
    "Please eliminate parking minimums for every project within half a mile of a station.",
    "Wider sidewalks and protected bike lanes should be required along the whole corridor.",
    "Dense housing near transit is the cheapest climate policy the city can adopt today.",
]


def fp(text: str) -> Fingerprint:
    return FP.fingerprint(text)


def candidate(
    cid: int, f: Fingerprint, campaign: int | None = None, same_person: bool = False
) -> Candidate:
    return Candidate(
        cid, campaign, f.signature, f.shingle_count, same_person, True, frozenset(f.segment_hashes)
    )


def test_two_copies_found_a_campaign_and_a_third_joins() -> None:
    first, second = fp("\n".join(A)), fp("Dear Council,\n" + "\n".join(A) + "\nBest,\nAna Kim")
    decision = decide(second, [candidate(1, first)], [])
    assert decision.kind == "form_letter" and decision.found_with == 1
    profile = new_profile(7, [first, second])
    third = decide(fp("\n".join(A[:5])), [], [profile])
    assert third.kind == "form_letter" and third.campaign_id == 7
    assert 0.7 <= third.similarity <= 1.0


def test_same_person_copy_is_a_duplicate() -> None:
    first = fp("\n".join(A))
    decision = decide(fp("\n".join(A) + "\nThanks,"), [candidate(1, first, same_person=True)], [])
    assert decision.kind == "duplicate" and decision.duplicate_of == 1


def test_short_identical_comments_stay_unique() -> None:
    support = fp("Support.")
    cands = [candidate(i, support) for i in range(1, 50)]
    assert decide(support, cands, []).kind == "unique"


def test_quoting_one_sentence_is_not_a_form_letter() -> None:
    profile = new_profile(1, [fp("\n".join(A)), fp("\n".join(A))])
    quote = fp(
        "I have lived here for thirty years and seen it all change. " + A[2] + " That is all."
    )
    assert decide(quote, [], [profile]).kind == "unique"


def test_campaigns_sharing_two_sentences_are_not_chained() -> None:
    profile_a = new_profile(1, [fp("\n".join(A)), fp("\n".join(A))])
    b1, b2 = fp("\n".join(B)), fp("\n".join(B))
    first_b = decide(b1, [], [profile_a])
    assert first_b.kind == "unique"
    second_b = decide(b2, [candidate(3, b1)], [profile_a])
    assert (
        second_b.kind == "form_letter" and second_b.found_with == 3 and second_b.campaign_id is None
    )


def test_profile_is_bounded_and_round_trips() -> None:
    labeller = ReferenceLabeller()
    base = "\n".join(A)
    for i in range(400):
        labeller.add(i, f"{base}\nMy own reason number {i} is that I live on block {i * 7}.", i)
    (profile,) = labeller.profiles.values()
    th = MatchThresholds()
    assert profile.member_count == 400
    assert len(profile.exemplars) <= th.max_exemplars
    assert len(profile.sentences) <= th.max_sentences
    blob = profile.to_bytes()
    assert len(blob) < 16_000
    again = CampaignProfile.from_bytes(blob)
    assert again.to_bytes() == blob
    assert len(profile.profile_band_keys()) <= 8 * 32 + th.max_profile_sentence_keys


def test_update_profile_ignores_repeat_variants() -> None:
    profile = new_profile(1, [fp("\n".join(A)), fp("\n".join(A[:5]))])
    assert update_profile(profile, fp("\n".join(A))).exemplars == profile.exemplars
