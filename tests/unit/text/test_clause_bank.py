"""Issue 14 items 2 and 4: residents who build their sentences from a shared bank of clauses.

People on one item tell their own stories in the same few clauses: a subject ("My neighbour's
twins"), a happening ("grew their first tomatoes in bed nine") and a tail ("every summer since
the lease began."), each combination told once, each clause by many senders. A small campaign's
members add such sentences to its letter; residents write nothing else. A resident shares no
sentence of the campaign's letter, only clauses of its members' own paragraphs, and must stay
unique: the phrase route (and its pull-in of earlier comments) asks for the letter's fixed part,
never what its members added (``phrases._carries_fixed_part``,
``CampaignProfile.fixed_phrases``). Rows written for this test (session 12).
"""

from __future__ import annotations

import random
from dataclasses import replace
from itertools import product

import numpy as np

from intake.text.fingerprint import Fingerprinter
from intake.text.matching import (
    DEFAULT_THRESHOLDS,
    CampaignProfile,
    decide,
    new_profile,
    phrase_pull_in,
    update_profile,
)

FP = Fingerprinter()
LETTER = (
    "Please renew the lease of the Quarry Lane community garden for another ten years.",
    "The garden feeds forty households and teaches children where their food comes from.",
    "Selling the plot to a car park operator would end all of that for a few parking spaces.",
    "The volunteers have kept the site open every weekend for twelve years without a grant.",
    "There is no other green space within a mile of the estate for the families who use it.",
    "We ask the committee to vote for the lease renewal when it meets on the ninth.",
)
SUBJECTS = (
    "My neighbour's twins",
    "The retired plumber from number six",
    "Our Tuesday youth club",
    "My mother, who is eighty-one,",
    "I",
    "The refugee family across the road",
    "Two of my pupils from the primary school",
    "The night nurse who rents our attic",
)
HAPPENINGS = (
    "grew their first tomatoes in bed nine",
    "learned to compost from the volunteers there",
    "spent every Saturday morning weeding the herb beds",
    "met half the street over the rainwater butts",
    "brought home more courgettes than we could eat",
    "sat on the bench by the shed to get out of the flat",
    "planted the apple trees along the back fence",
)
TAILS = (
    "every summer since the lease began.",
    "when the school kitchen closed for repairs.",
    "and nobody at the council ever came to see it.",
    "long before the car park plan was drawn up.",
    "on the hottest days of the year.",
    "with seeds from the library's seed swap.",
)


def clause_sentences(rng: random.Random) -> list[str]:
    """Every subject-happening-tail sentence of the bank, each told once, in a random order."""
    told = [f"{s} {h} {t}" for s, h, t in product(SUBJECTS, HAPPENINGS, TAILS)]
    rng.shuffle(told)
    return told


def member_copy(rng: random.Random, own: str) -> str:
    """The letter with the member's own sentence before it or after it."""
    parts = ["\n\n".join(LETTER), own] if rng.random() < 0.5 else [own, "\n\n".join(LETTER)]
    return "\n\n".join(["Dear Council,", *parts, "Thank you."])


def campaign_and_residents(
    members: int, seed: int = 12
) -> tuple[CampaignProfile, list[str], list[str]]:
    """A letter's campaign of ``members`` copies, each with a sentence of the sender's own
    from the bank, and twenty residents' comments of three to five other ones."""
    rng = random.Random(seed)
    told = clause_sentences(rng)
    copies = [member_copy(rng, told.pop()) for _ in range(members)]
    residents = [" ".join(told.pop() for _ in range(rng.randint(3, 5))) for _ in range(20)]
    profile = new_profile(1, [FP.fingerprint(copies[0]), FP.fingerprint(copies[1])])
    for body in copies[2:]:
        profile = update_profile(profile, FP.fingerprint(body))
    return profile, copies, residents


def test_the_fixed_part_is_the_letters_phrases_never_the_members_own_sentences() -> None:
    """The phrases of sentences three or more members sent word for word, that half of them send:
    the letter's, whichever clauses of the members' own sentences half of them also used. Kept
    in the stored profile; a profile stored before reads with no fixed part (as before)."""
    letter = FP.fingerprint("\n\n".join(LETTER)).phrases
    for members in (3, 4, 6, 8):
        profile, copies, _residents = campaign_and_residents(members)
        own = frozenset().union(*(FP.fingerprint(c).phrases for c in copies)) - letter
        assert profile.fixed_phrases, members
        assert profile.fixed_phrases <= letter and not profile.fixed_phrases & own, members
        if members >= 4:  # clauses of the members' own sentences two or more of them sent
            assert own & profile.common_phrases
        stored = CampaignProfile.from_bytes(profile.to_bytes())
        assert stored.fixed_phrases == profile.fixed_phrases
        assert stored.to_bytes() == profile.to_bytes()
    before = replace(profile, repeated_array=np.zeros(0, dtype=np.uint32))
    assert not CampaignProfile.from_bytes(before.to_bytes()).fixed_phrases


def test_residents_building_sentences_from_the_members_clause_bank_join_nothing() -> None:
    """However many clauses of the members' own sentences a resident's words share, they share
    no sentence nor phrase of the letter itself: unique, at every size the campaign passes
    through while young."""
    for members in (3, 4, 6, 8):
        profile, _copies, residents = campaign_and_residents(members)
        joined = [r for r in residents if decide(FP.fingerprint(r), [], [profile]).kind != "unique"]
        assert joined == [], (members, joined)


def test_the_phrase_pull_in_takes_no_resident_of_the_clause_bank() -> None:
    """A later copy joined by phrases: the earlier unique comments are checked by the same test,
    so residents who share only clauses of members' own sentences stay unique."""
    for members in (3, 4, 6, 8):
        profile, _copies, residents = campaign_and_residents(members)
        earlier = [(n, FP.fingerprint(r)) for n, r in enumerate(residents)]
        assert phrase_pull_in(profile, earlier, DEFAULT_THRESHOLDS) == (), members


def test_copies_with_sentences_of_their_own_still_join_the_letter() -> None:
    """The letter with the sender's own clause-bank sentences around it joins, and so does a copy
    with one letter sentence reworded (it keeps the letter's phrases)."""
    profile, _copies, residents = campaign_and_residents(4)
    own = residents[0]
    copy = f"{own}\n\n" + "\n\n".join(LETTER)
    assert decide(FP.fingerprint(copy), [], [profile]).campaign_id == 1
    reworded = "\n\n".join(
        (LETTER[0], LETTER[1].replace("forty households", "about forty families"), LETTER[2])
    )
    assert decide(FP.fingerprint(f"{reworded}\n\n{own}"), [], [profile]).campaign_id == 1
