"""Session 19 (loso19): ``benchmarks/spam_learned_loso.py`` gives each comment the verdict
``scoring.score`` gives it with the same model (round 25's corroboration and the all-but-certain
starter reading included), not a sum of its own. Every row here was written for this file; none
is copied from a fixture.
"""

from __future__ import annotations

import dataclasses
import sys
from typing import Any, cast

import pytest

from intake.text.spam import Behaviour, LearnedModel, SpamSettings, score, wants_item_context
from intake.text.spam.corroborate import CERTAIN
from intake.text.spam.scoring import TextMemo
from intake.text.spam.settings import SpamVerdict
from tests.benchmark_modules import load_benchmark

SETTINGS = SpamSettings()
TITLE = "Item 2026-733: Resurfacing of the Quarry Road footbridge and its approaches"


@dataclasses.dataclass(frozen=True)
class _Reads:
    """A starter-like model reading each text at the probability given for it (0 otherwise)."""

    p: dict[str, float]
    starter: bool = True

    def probability(self, text: str) -> float:
        return next((p for start, p in self.p.items() if text.startswith(start)), 0.0)


@dataclasses.dataclass(frozen=True)
class _Row:
    body: str
    p: float = 0.0
    form_letter: bool = False
    behaviour: dict[str, Any] = dataclasses.field(default_factory=dict)
    spam: bool = False


ROWS = [
    # An advert whose only other evidence is an e-mail address: the certain starter decides.
    _Row(
        "Cut your water bill in half with our filter club, the first month is free of charge. "
        "Write to filterclub.offers@aquasave-deals.com to join.",
        0.9995,
        spam=True,
    ),
    _Row("The footbridge planks are slick in the rain; a grit surface would help walkers.", 0.3),
    _Row("Keep the bridge open during the works: the school walk crosses it twice a day.", 0.1),
    _Row("The ramp on the Quarry Road side is too steep for strollers and wheelchairs.", 0.2),
    # A windfall with an address, unrelated to the item: the model agrees with other kinds.
    _Row(
        "I am the executor of a retired engineer's estate. He left $480,000 to be shared with "
        "a stranger picked by lot, and your name came up. Write to my assistant at "
        "estate.claims@halvorsen-trust.com to collect it.",
        0.95,
        spam=True,
    ),
    # Residents with a link or an address, read as sure (not certain): stay residents.
    _Row(
        "Please light the approach ramps; I walk home at dusk. Photos of the dark stretch at "
        "https://www.quarryroad-neighbours.org/footbridge",
        0.995,
    ),
    _Row(
        "The handrail on the east side wobbles. I can show the crew where: "
        "m.okafor.quarry@gmail.com",
        0.95,
    ),
    # A form letter whose text is speech: its content, and so the model, does not count.
    _Row(
        "Fix the footbridge before winter and keep it open for the school walk.",
        0.9999,
        form_letter=True,
    ),
    # Bot evidence (the dump's) with the model's: velocity from one source.
    _Row(
        "Resurface the bridge, please, and add a bench at the top of the ramp.",
        0.95,
        behaviour={"recent_from_source": 6},
    ),
]


def _expected(model: LearnedModel | None) -> list[SpamVerdict]:
    """What the service gives each row in arrival order: ``scoring.score`` with the item's
    title and its earlier comments not labelled spam, newest first, as context."""
    earlier: list[str] = []
    verdicts = []
    for row in ROWS:
        context = (TITLE, *reversed(earlier)) if wants_item_context(row.body, SETTINGS) else None
        behaviour = Behaviour(is_form_letter=row.form_letter, item_context=context, **row.behaviour)
        verdict = score(row.body, behaviour, SETTINGS, model)
        verdicts.append(verdict)
        if not verdict.is_spam:
            earlier.append(row.body)
    return verdicts


@pytest.fixture(scope="module")
def loso() -> Any:
    return load_benchmark("spam_learned_loso")


def _labelled(loso: Any) -> Any:
    records = sys.modules["labelling_quality"].Record
    corpus = loso.Corpus(
        "spam-invented",
        {"733": TITLE},
        [records(item="733", body=r.body, name="someone", spam=r.spam) for r in ROWS],
    )
    dumped = {}
    for index, (row, verdict) in enumerate(zip(ROWS, _expected(None), strict=True)):
        kind = "spam" if verdict.is_spam else "form_letter" if row.form_letter else "unique"
        dumped[(corpus.name, index)] = {
            "kind": kind,
            "spam_score": round(verdict.score, 4),
            "reasons": list(verdict.reasons),
        }
    return loso.Labelled(corpus, dumped, TextMemo(SETTINGS))


def test_the_engine_alone_reproduces_the_dump(loso: Any) -> None:
    labelled = _labelled(loso)
    assert labelled.unlike == []
    assert [v.is_spam for v in labelled.alone] == [False] * len(ROWS)


def test_the_script_labels_as_scoring_does_with_the_same_model(loso: Any) -> None:
    model = cast(LearnedModel, _Reads({r.body[:40]: r.p for r in ROWS}))
    expected = _expected(model)
    got = _labelled(loso).label(model)
    assert [(v.score, v.reasons) for v in got] == [(v.score, v.reasons) for v in expected]
    # Not vacuous: the two spam are caught only with the model and its corroboration (the advert
    # by the all-but-certain reading alone), and no resident is.
    assert [v.is_spam for v in got] == [r.spam for r in ROWS]
    why = " | ".join(got[0].reasons)
    assert f"corroborated: the starter model, {CERTAIN}" in why, why
    assert "corroborated: the learned model agrees with" in " | ".join(got[4].reasons)
    assert _labelled(loso).figures(model) == (0, 2, 0, 0)


def test_a_comment_the_model_flags_leaves_the_context_of_later_ones(loso: Any) -> None:
    """The handrail row wants the item's context: with the model, the advert and the windfall
    before it are spam and not in it, as the service leaves them out."""
    model = cast(LearnedModel, _Reads({r.body[:40]: r.p for r in ROWS}))
    labelled = _labelled(loso)
    labelled.label(model)
    contexts = {context for (text, context) in labelled.memo._content if text.startswith("The h")}
    assert len(contexts) == 2  # alone (advert and scare in it) and with the model (not)


def test_blind_sets_are_refused(loso: Any) -> None:
    assert loso.BLIND and all(loso.blind(name) for name in loso.BLIND)
    assert not loso.blind("spam-heldout-37")  # spent in session 19
    assert not loso.blind("spam-tune-6")
