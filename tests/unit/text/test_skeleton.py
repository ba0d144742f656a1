"""Founding a spun mail-merge campaign by its skeleton (issue 14 item 4), away from the corpus.

Copies spun within sentences share no whole sentence and, two at a time, about as many phrases
as two unique comments made of the topic's vocabulary: what founds their campaign is that their
sentences line up, each sharing a phrase with its counterpart only.
"""

from __future__ import annotations

import random

from intake.text.fingerprint import Fingerprint, Fingerprinter
from intake.text.matching import DEFAULT_THRESHOLDS, new_profile, skeleton_found
from intake.text.matching.skeleton import skeleton_aligned
from tests.unit.text.test_matching import SPUN_SLOTS, A, B, spun_copy

FP = Fingerprinter()

# A unique comment composed word group by word group from the topic's vocabulary (one sentence
# shape, repeated): it shares the topic's phrases with others like it, in no order.
VOCABULARY = {
    "subject": ["the crossing guard", "school traffic", "the city budget", "our principal",
                "drop-off lines", "the parent council", "speeding drivers", "the crosswalk plan",
                "the hill"],
    "verb": ["will hurt", "matters more than", "has ignored", "could help", "should be judged by",
             "costs less than", "was never promised to", "competes with", "barely serves"],
    "object": ["children on bikes", "families who walk", "the school zone", "older neighbors",
               "the morning commute", "the playground", "working parents", "the bus riders",
               "the corner store"],
    "tail": ["in my opinion", "as far as I can tell", "according to the staff memo",
             "if the numbers are right", "frankly", "and everyone knows it", "this year",
             "every school day", "more than the council admits"],
}  # fmt: skip


def fp(text: str) -> Fingerprint:
    return FP.fingerprint(text)


def vocabulary_comment(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(2, 6)):
        s = " ".join(rng.choice(VOCABULARY[k]) for k in ("subject", "verb", "object", "tail"))
        sentences.append(s[0].upper() + s[1:] + ".")
    return " ".join(sentences)


def test_the_first_spun_copies_found_one_campaign_together() -> None:
    """Of 30 campaigns' first twelve copies each (a pair lines up in every sentence about one
    time in four), four in five found: by the twelfth copy one lines up with two earlier ones."""
    rng = random.Random(14)
    founded = 0
    for _ in range(30):
        earlier: list[tuple[int, Fingerprint]] = []
        for n in range(12):
            copy = fp(spun_copy(rng))
            decision = skeleton_found(copy, earlier, [], DEFAULT_THRESHOLDS)
            if decision.found_with is not None:
                assert decision.reason == "skeleton"
                assert {decision.found_with, *decision.also_members} <= {i for i, _f in earlier}
                founded += 1
                break
            earlier.append((n, copy))
    assert founded >= 24


def test_comments_sharing_the_topics_vocabulary_found_nothing() -> None:
    """Vocabulary-built comments (one sentence shape, phrases in any order), and the spun
    campaign's own words shuffled, never found a campaign with each other or with a spun copy."""
    rng = random.Random(15)
    strangers = [fp(vocabulary_comment(rng)) for _ in range(60)]
    words = sorted({w for s in SPUN_SLOTS for slot in s for p in slot for w in p.split()})
    for _ in range(20):
        picked = rng.sample(words, 48)
        strangers.append(fp(". ".join(" ".join(picked[i : i + 12]) for i in range(0, 48, 12))))
    copies = [(1000 + i, fp(spun_copy(rng))) for i in range(10)]
    earlier: list[tuple[int, Fingerprint]] = []
    for n, stranger in enumerate(strangers):
        assert skeleton_found(stranger, earlier, [], DEFAULT_THRESHOLDS).kind == "unique"
        assert skeleton_found(stranger, copies, [], DEFAULT_THRESHOLDS).kind == "unique"
        earlier.append((n, stranger))


def test_two_campaigns_on_one_topic_are_not_founded_together() -> None:
    """Two letters on one topic that share whole sentences are the ordinary routes' to decide,
    and a comment made largely of an existing campaign's phrases founds no second one."""
    assert not skeleton_aligned(fp("\n".join(A)), fp("\n".join(B)))
    rng = random.Random(16)
    campaign = new_profile(9, [fp(spun_copy(rng)) for _ in range(12)])
    copy = fp(spun_copy(rng))
    others: list[tuple[int, Fingerprint]] = []
    while len(others) < 2:
        other = fp(spun_copy(rng))
        if skeleton_aligned(copy, other):
            others.append((len(others) + 1, other))
    assert skeleton_found(copy, others, [], DEFAULT_THRESHOLDS).found_with == 1
    assert skeleton_found(copy, others, [campaign], DEFAULT_THRESHOLDS).kind == "unique"
    assert skeleton_found(copy, others[:1], [], DEFAULT_THRESHOLDS).kind == "unique"
