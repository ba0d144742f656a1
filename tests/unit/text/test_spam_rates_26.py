"""Round 26 (resfix26): a figure measured over a time ("2.4 inches in 3 hours") is a rate a
resident reports -- rainfall, a flood's rise, a distance -- not a result promised by a deadline
(:func:`intake.text.spam.promises.promised`). Every row here was written for this file; none is
copied from a fixture.
"""

from __future__ import annotations

import pytest

from intake.text.spam import Behaviour, SpamSettings, score, wants_item_context
from intake.text.spam.promises import promise_evidence, promised

SETTINGS = SpamSettings()

CULVERT = (
    "Item 7C: Replacement of the Birch Hollow culvert and regrading of the east ditch",
    "The culvert under Birch Hollow Road backs up every heavy storm.",
    "Please size the new pipe for the storms we have now, not the old tables.",
    "The east ditch overflows into the school's playing field.",
)

RESIDENTS = (
    # a rainfall report with a link to the writer's photos
    "Ditch overtopping on Birch Hollow, July 9: https://photos.example.org/birch-hollow-july9 . "
    "My porch gauge read 2.4 inches in 3 hours. Please look before you pick a pipe size.",
    # a flood's rise, in metric units, with a phone to reach the writer
    "The creek behind us rose 45 cm in 2 hours last spring. Call me at 555-0148 if the engineer "
    "wants to see the high-water mark.",
    # a rate in Spanish
    "Cayeron 60 mm en 3 horas el martes; el agua llegó a la puerta. Fotos: "
    "https://fotos.example.org/arroyo",
)

PROMISES = (
    "Lose 12 lbs in 3 weeks with our natural capsules! Order today: slim-now.example.shop",
    "You will grow 3 inches in 30 days or your money back. Order: taller-fast.example.shop",
    "Perdez 8 kg en 4 semaines sans régime, votre corps change vite : minceur.example.fr",
)


@pytest.mark.parametrize("body", RESIDENTS)
def test_a_rate_measured_by_a_resident_is_no_promise(body: str) -> None:
    assert promised(body) is None
    assert promise_evidence(body, reachable=True, max_words=60) == []


@pytest.mark.parametrize("body", RESIDENTS)
def test_a_residents_rainfall_report_with_a_link_is_not_labelled_spam(body: str) -> None:
    wanted = CULVERT if wants_item_context(body, SETTINGS) else None
    verdict = score(body, Behaviour(item_context=wanted), SETTINGS, None)
    assert not any(reason.startswith("promise:") for reason in verdict.reasons), verdict.reasons
    assert verdict.score < SETTINGS.threshold, verdict.reasons


@pytest.mark.parametrize("body", PROMISES)
def test_a_result_promised_to_the_reader_stays_a_promise(body: str) -> None:
    assert promised(body) is not None
    assert promise_evidence(body, reachable=True) != []
