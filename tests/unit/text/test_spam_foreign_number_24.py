"""Session 16, round 24: a short text whose number rings another country than the city's.

Every row here was written for this file. Round 19 read a number written with a country code
as written for callers anywhere (+0.40, under the threshold with the number's own). Short
offers in languages the item has no comments in (jobs, loans, healers, astrologers) give only
such a number and are not read by anything else. The country code itself tells them apart: the
deployment's region (``phone_region``, "US": +1) is where its residents are dialled; a number
ringing Ukraine, Russia or India in a dozen words is a service sold from there. A resident who
gives a number with a country code writes about the item first, and their number is the city's.
"""

from __future__ import annotations

import pytest

from intake.text.spam import SpamSettings
from tests.unit.text.spam_judging import judged

FERRY = (
    "Resolution 2026-19: Reducing winter ferry service to the island to two sailings a day",
    "Two sailings a day means I cannot get to my shift at the cannery.",
    "The ferry is the only way to the clinic for island seniors.",
    "Please keep the evening sailing, students need it.",
)

OFFERS = {
    "Ukrainian job": "Потрібні прибиральниці в готель, житло та харчування надаємо. "
    "Дзвоніть: +380 44 555 0173",
    "Russian loan": "Займ на карту за 5 минут без отказа. Звоните +7 912 555-01-36",
    "Hindi healer": "हर समस्या का समाधान, गारंटी के साथ। आज ही कॉल करें +91 98765 00211",
}

RESIDENTS = {
    "a long note with a number abroad": "Mi madre vive en la isla y no maneja. Con dos barcos "
    "al día no puede llegar a la clínica ni volver el mismo día. Si alguien del consejo quiere "
    "hablar con nosotros, mi hermano está en México ahora: +52 55 5555 0142.",
    "a short note with the city's number": "Call me if you need a ride to the hearing: +1 555 0101",
    "a short note dialled locally": "Call me if you need a ride to the meeting: 555-0101",
}


@pytest.mark.parametrize("kind", sorted(OFFERS))
def test_a_short_offer_ringing_another_country_is_spam(kind: str) -> None:
    spam, why = judged(OFFERS[kind], FERRY)
    assert spam, (kind, why)
    assert "rings another country" in why, (kind, why)


@pytest.mark.parametrize("kind", sorted(RESIDENTS))
def test_a_resident_with_a_number_is_not_spam(kind: str) -> None:
    spam, why = judged(RESIDENTS[kind], FERRY)
    assert not spam, (kind, why)
    assert "rings another country" not in why, (kind, why)


def test_the_home_country_is_the_deployments() -> None:
    # A city in Ukraine dials +380 at home: there the same offer is a local number.
    _spam, why = judged(OFFERS["Ukrainian job"], FERRY, SpamSettings(phone_region="UA"))
    assert "rings another country" not in why, why
