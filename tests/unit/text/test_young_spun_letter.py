"""Issue 14 items 2 and 4, session 13: a young letter that reads as spun takes no resident.

A small campaign whose every member adds two to four sentences of their own to its letter has a
smallest copy a third longer than the letter, so :attr:`CampaignProfile.spun` reads it as spun,
and the phrase route did not ask a spun campaign for its fixed part. Residents who build their
sentences from the clauses those members' own sentences use (``test_clause_bank``'s bank) then
joined it by phrases: 12 to 20 of 20 on the engine before this session, the two residents of
``generated-seventh`` that `membership12` left. While the campaign is young, a comment joining
by phrases must carry some of its fixed part; its copies carry all of it.
"""

from __future__ import annotations

import random
from dataclasses import replace

from intake.text.matching import (
    DEFAULT_THRESHOLDS,
    CampaignProfile,
    decide,
    new_profile,
    phrase_pull_in,
    update_profile,
)
from tests.unit.text.test_clause_bank import FP, LETTER, clause_sentences, member_copy


def young_letter(members: int, own: int, seed: int = 13) -> tuple[CampaignProfile, list[str]]:
    """A letter's campaign of ``members`` copies, each with ``own`` sentences of the sender's
    own from the bank, and twenty residents' comments of three to five other ones."""
    rng = random.Random(seed)
    told = clause_sentences(rng)
    copies = [member_copy(rng, " ".join(told.pop() for _ in range(own))) for _ in range(members)]
    residents = [" ".join(told.pop() for _ in range(rng.randint(3, 5))) for _ in range(20)]
    profile = new_profile(1, [FP.fingerprint(copies[0]), FP.fingerprint(copies[1])])
    for body in copies[2:]:
        profile = update_profile(profile, FP.fingerprint(body))
    return profile, residents


def test_a_letter_whose_members_add_several_sentences_reads_as_spun_with_a_fixed_part() -> None:
    for own in (2, 3, 4):
        profile, _residents = young_letter(4, own)
        assert profile.spun, own
        assert profile.fixed_phrases_per_member >= DEFAULT_THRESHOLDS.min_shingles, own


def test_residents_of_the_clause_bank_join_no_young_letter_read_as_spun() -> None:
    for own in (2, 3, 4):
        for members in (3, 4, 6, 8):
            profile, residents = young_letter(members, own)
            joined = [
                r for r in residents if decide(FP.fingerprint(r), [], [profile]).kind != "unique"
            ]
            assert joined == [], (own, members, joined)
            earlier = [(n, FP.fingerprint(r)) for n, r in enumerate(residents)]
            assert phrase_pull_in(profile, earlier, DEFAULT_THRESHOLDS) == (), (own, members)


def test_without_the_rule_they_would_join() -> None:
    """The same residents against the same profiles with the young fixed-part test off: the
    test above measures the rule, not residents too unlike the campaign to join anyway."""
    off = replace(DEFAULT_THRESHOLDS, phrase_young_fixed_carry=0.0)
    profile, residents = young_letter(4, 3)
    joined = [
        r for r in residents if decide(FP.fingerprint(r), [], [profile], off).kind != "unique"
    ]
    assert len(joined) >= 10


def test_copies_with_their_own_sentences_still_join_the_young_letter() -> None:
    rng = random.Random(5)
    told = clause_sentences(rng)
    for members in (3, 4, 6, 8):
        profile, _residents = young_letter(members, 3)
        own = " ".join(told.pop() for _ in range(3))
        for body in (f"{own}\n\n" + "\n\n".join(LETTER), "\n\n".join(LETTER[1:]) + f"\n\n{own}"):
            decision = decide(FP.fingerprint(body), [], [profile])
            assert decision.kind == "form_letter" and decision.campaign_id == 1, (members, body)
