"""Session 19 (learned19): the starter model, all but certain, is corroborated by a way to reach
someone alone; and no model judges a text without letters. Every row here was written for this
file; none is copied from a fixture.
"""

from __future__ import annotations

import dataclasses
from typing import cast

import pytest

from intake.text.spam import Behaviour, LearnedModel, SpamSettings, score
from intake.text.spam import learned as learned_module
from intake.text.spam.corroborate import CERTAIN, corroboration_evidence
from intake.text.spam.evidence import Evidence
from intake.text.spam.starter import starter_model

SETTINGS = SpamSettings()
BEFORE = dataclasses.replace(SETTINGS, starter_certain_probability=1.1)  # as before session 19


@dataclasses.dataclass(frozen=True)
class _Reads:
    """A learned model that reads every text at one probability."""

    p: float
    starter: bool = True

    def probability(self, text: str) -> float:
        return self.p


def _score(body: str, p: float, settings: SpamSettings = SETTINGS) -> tuple[float, str]:
    verdict = score(body, Behaviour(), settings, cast(LearnedModel, _Reads(p)))
    return verdict.score, " | ".join(verdict.reasons)


# An advert whose only other evidence is a bare e-mail address (a way to reach someone, +0.15).
ADVERT = (
    "Tired of paying too much for heating oil this winter? Our members save on every delivery "
    "and the first fill is on us. Write to fuelclub.members@oilsaver-direct.com today."
)


def test_a_certain_starter_with_a_way_to_reach_the_writer_labels_spam() -> None:
    before, why = _score(ADVERT, 0.9995, BEFORE)
    assert before < SETTINGS.threshold, why
    after, why = _score(ADVERT, 0.9995)
    assert after >= SETTINGS.threshold, why
    assert f"corroborated: the starter model, {CERTAIN}, agrees with a way to reach" in why, why
    assert f"starter model, {CERTAIN} (p=" in why, why


def test_a_starter_only_sure_is_not_corroborated_by_one_way_to_reach() -> None:
    value, why = _score(ADVERT, 0.995)
    assert value < SETTINGS.threshold, why
    assert "corroborated" not in why and CERTAIN not in why, why


@pytest.mark.parametrize(
    "body",
    [
        # Residents with a way to reach them, read as sure (not certain) by the starter.
        "The pothole on Alder Lane is back after one week; photos at alder.watch@mailbox.example "
        "if the crew wants them.",
        "Keep the library open on Sundays: families who work all week have no other day to "
        "borrow books or use the computers. More at https://www.friends-of-alder-library.org",
        # A resident without any way to reach them, whatever the starter says: never alone.
        "Open the library on Sundays now!",
    ],
)
def test_residents_read_as_sure_stay_residents(body: str) -> None:
    value, why = _score(body, 0.995)
    assert value < SETTINGS.threshold, why


def test_a_certain_starter_alone_never_labels() -> None:
    value, why = _score("Open the library on Sundays now!", 0.99999)
    assert value < SETTINGS.threshold, why


def test_only_a_way_to_reach_corroborates_a_certain_starter_alone() -> None:
    certain = [
        Evidence(0.5, f"learned: reads like the spam of the starter model, {CERTAIN} (p=1.000)")
    ]
    sure = [Evidence(0.5, "learned: reads like the spam of the starter model (p=0.995)")]
    contact = [Evidence(0.15, "contact: 1 e-mail address(es) in text")]
    unrelated = [Evidence(0.45, "unrelated to the item: 0% of its 9 content words appear")]
    offer = [Evidence(0.25, "offer: a sum of money with a way to reach someone")]
    assert [e.weight for e in corroboration_evidence(contact, certain, SETTINGS)] == [0.3]
    assert corroboration_evidence(contact, sure, SETTINGS) == []
    assert corroboration_evidence(unrelated, certain, SETTINGS) == []
    assert corroboration_evidence(offer, certain, SETTINGS) == []
    not_counted = [Evidence(0.0, "contact: 1 e-mail address(es) in text")]
    assert corroboration_evidence(not_counted, certain, SETTINGS) == []


def test_a_deployments_own_model_keeps_its_reason() -> None:
    own = score(ADVERT, Behaviour(), SETTINGS, cast(LearnedModel, _Reads(0.9995, starter=False)))
    assert CERTAIN not in " | ".join(own.reasons)
    assert own.score >= SETTINGS.threshold  # its sure weight decides alone, as before


def _model() -> LearnedModel:
    ham = [f"Please fix the sidewalk on street {n} before winter" for n in range(20)]
    ham += ["👍👍", "🙏", "❤️🏠", "🌳🌳🌳", "👏", "🚲❤️", "😊", "🙌🙌", "☀️", "🌈", "🎉", "👍"]
    spam = [f"You can get the cheap pills for your pain now, order {n} is here" for n in range(10)]
    spam += ["💰💰🔥", "🎰🎰", "💵💵", "🔥🔥💰", "🎁🎁", "💎"]
    examples = [learned_module.Example(t, False) for t in ham]
    examples += [learned_module.Example(t, True) for t in spam]
    return learned_module.train(examples)


def test_no_model_judges_a_text_without_letters() -> None:
    model = _model()
    assert model.ham_languages[""] >= learned_module.MIN_HAM_PER_LANGUAGE
    assert not model.judges("")
    assert model.probability("💰🔥💰🎰") == 0.0
    assert model.probability("☎️ 555 0100 💰") == 0.0
    assert model.probability("You can get the cheap pills for your pain now") > 0.5


@pytest.mark.parametrize("body", ["🤝🌳❤️", "👍👍", "🚌🚌❄️ 🙏", "100%!!!"])
def test_the_starter_says_nothing_of_a_text_without_letters(body: str) -> None:
    model = starter_model()
    assert model is not None
    assert model.probability(body) == 0.0
