"""Round 25: evidence of different kinds that agrees counts once more than noisy-OR gives it
(:mod:`intake.text.spam.corroborate`). Every row here was written for this file; none is copied
from a fixture.
"""

from __future__ import annotations

import dataclasses
from typing import cast

import pytest

from intake.text.spam import Behaviour, LearnedModel, SpamSettings, score, wants_item_context
from intake.text.spam.corroborate import (
    OFFER,
    REACH,
    UNRELATED,
    corroboration_evidence,
    kinds_of,
)
from intake.text.spam.evidence import Evidence

SETTINGS = SpamSettings()
WITHOUT = dataclasses.replace(SETTINGS, corroborated_learned_weight=0.0)

BRIDGE = (
    "Item 2026-418: Repainting and deck repair of the Millrace Street bridge",
    "The bridge deck has potholes that fill with water every spring.",
    "Please keep one lane open for buses while the crews work.",
    "The railing paint is peeling and the rust is showing through.",
    "Night work would spare the morning traffic on Millrace.",
)


@dataclasses.dataclass(frozen=True)
class _Reads:
    """A learned model that reads every text at one probability (the starter's kind)."""

    p: float
    starter: bool = True

    def probability(self, text: str) -> float:
        return self.p


def _score(body: str, p: float | None, settings: SpamSettings = SETTINGS) -> tuple[float, str]:
    model = cast(LearnedModel, _Reads(p)) if p is not None else None
    wanted = BRIDGE if wants_item_context(body, settings) else None
    verdict = score(body, Behaviour(item_context=wanted), settings, model)
    return verdict.score, " | ".join(verdict.reasons)


SCARE = (
    "ALERT: your phone is being followed by a tracking app and your savings account is "
    "exposed. Do not turn off the phone. Ring the Secure Device Helpdesk now at 1-877-555-0192."
)
WINDFALL = (
    "I am Dr. Harold Quist, trustee of a late client's estate. He left $640,000 for a stranger "
    "chosen at random and your name was drawn. Write to my secretary at "
    "estate.release@quistlaw-trust.com to receive it."
)


def test_the_learned_model_agreeing_with_two_other_kinds_labels_spam() -> None:
    before, why = _score(SCARE, 0.95, WITHOUT)
    assert before < SETTINGS.threshold, why
    after, why = _score(SCARE, 0.95)
    assert after >= SETTINGS.threshold, why
    assert "corroborated: the learned model agrees with 2 other kinds" in why, why


def test_three_kinds_of_content_evidence_without_a_model_do_not_corroborate() -> None:
    """A resident reporting a promise, with a number, sits where this advert does (0.673)."""
    value, why = _score(WINDFALL, None)
    assert value < SETTINGS.threshold, why
    assert "corroborated" not in why, why
    value, why = _score(WINDFALL, 0.95)
    assert value >= SETTINGS.threshold, why
    assert "the learned model agrees with 3 other kinds" in why, why


def test_a_model_unsure_of_the_text_does_not_corroborate() -> None:
    value, why = _score(SCARE, 0.5)
    assert value < SETTINGS.threshold, why
    assert "corroborated" not in why, why


@pytest.mark.parametrize(
    "body",
    [
        # A resident's reasons with a way to reach them: two kinds at most.
        "The railing paint is peeling again; I sent photos to the city, call me at "
        "555-201-4471 if the crew wants to see where.",
        # One link read three ways (a link, a front page the text does not name) is one kind.
        "Keep the bus lane open all summer! Show us the plan https://www.millrace-riders.org",
        "No new fees for the bridge!",
    ],
)
def test_residents_the_model_reads_as_spam_are_not_corroborated_into_spam(body: str) -> None:
    value, why = _score(body, 0.995)
    assert value < SETTINGS.threshold, why


def test_kinds_are_read_from_the_reasons_staff_see() -> None:
    def kinds(detail: str) -> frozenset[str]:
        return kinds_of(Evidence(0.1, detail))

    assert kinds("contact: 1 phone number(s) in text") == {REACH}
    assert kinds("links: 1 links, 1 outside allowed domains") == {REACH}
    assert kinds("links: an address spelled out") == {REACH}
    assert kinds("links: a front page the comment does not name (x.example)") == {REACH}
    assert kinds("offer: a sum of money with a way to reach someone") == {OFFER}
    assert kinds("offer words: 'free' in a text unrelated to the item") == {OFFER, UNRELATED}
    assert kinds("unrelated to the item: 0% of its 9 content words appear") == {UNRELATED}
    assert kinds("gibberish: letter model -4 per bigram") == frozenset()


def test_evidence_not_counted_and_kinds_of_one_sort_do_not_corroborate() -> None:
    links = [
        Evidence(0.15, "links: 1 links, 1 outside allowed domains"),
        Evidence(0.15, "contact: 1 phone number(s) in text"),
        Evidence(0.0, "offer: a sum of money with a way to reach someone"),
    ]
    learned = [Evidence(0.5, "learned: reads like the spam of the starter model (p=1.000)")]
    assert corroboration_evidence(links, learned, SETTINGS) == []
    unrelated = Evidence(0.45, "unrelated to the item: 0% of its 9 content words appear")
    found = corroboration_evidence([*links, unrelated], learned, SETTINGS)
    assert [e.weight for e in found] == [SETTINGS.corroborated_learned_weight]
    assert corroboration_evidence([*links, unrelated], [], SETTINGS) == []
