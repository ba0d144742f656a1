"""Session 16 (round 24): residents whose repetition read as noise, by shape.

Every row here was written for this file (not copied from a set). Each resident row was flagged
before this session; each spam row beside it is caught by the same evidence, before and after.

* Emphasis followed by sentences whose words are **mostly** different: "beep beep beep ... That
  is my night. Every night." says "night" twice, as prose does (:mod:`emphasis`).
* A short phrase of the item's own title chanted, with no way to reach anyone and nothing sold:
  "no meters no meters no meters" on an item about parking meters (:mod:`chant`). Spam chants what it sells,
  which the title does not say, or carries a way to reach the seller.
"""

from __future__ import annotations

import pytest

from intake.text.spam.chant import chanted_phrase
from intake.text.spam.verdict import closes_with_a_side
from tests.unit.text.spam_judging import judged

NOISE_ITEM = "Ordinance 2026-40: Night deliveries and reversing alarms at the Elm Street depot"
EMPHASIS_RESIDENTS = {
    "English": "beep beep beep beep beep beep beep beep beep beep. That is my night. Every night. "
    "Please make them stop.",
    "Spanish": "bip bip bip bip bip bip bip bip bip bip. Así es mi noche. Cada noche sin dormir, "
    "por favor.",
    "German": "piep piep piep piep piep piep piep piep piep piep. So ist meine Nacht. Jede Nacht "
    "ohne Schlaf, bitte.",
}


@pytest.mark.parametrize("language", sorted(EMPHASIS_RESIDENTS))
def test_emphasis_before_sentences_that_say_a_word_twice_is_a_residents(language: str) -> None:
    spam, reasons = judged(EMPHASIS_RESIDENTS[language], (NOISE_ITEM,))
    assert not spam, reasons


@pytest.mark.parametrize(
    "body",
    [
        "buy buy buy buy buy buy buy buy cheap cheap watches now",  # a tail of keywords
        "free free free free free free free free free free free money",
        "deal deal deal deal deal deal deal deal deal best deal best deal",
    ],
)
def test_a_repeated_word_with_a_tail_of_keywords_is_still_noise(body: str) -> None:
    spam, reasons = judged(body, (NOISE_ITEM,))
    assert spam and "repetition:" in reasons


FEE_ITEM = "Resolution 2026-12: Parking meter rates on Harbour Street and Quay Road"
CHANT_RESIDENTS = {
    "English, plural of the title's word": "no meters no meters no meters no meters no meters",
    "English, punctuated": "No parking meters! No parking meters! No parking meters! No "
    "parking meters!",
    "Spanish": "sin parquímetros sin parquímetros sin parquímetros sin parquímetros",
}
CHANT_ITEMS = {
    "Spanish": "Resolución 2026-12: tarifas del parquímetro en la calle del Puerto",
}


@pytest.mark.parametrize("case", sorted(CHANT_RESIDENTS))
def test_a_chant_of_the_items_own_words_is_a_residents(case: str) -> None:
    item = CHANT_ITEMS.get(case.split(",")[0], FEE_ITEM)
    spam, reasons = judged(CHANT_RESIDENTS[case], (item,))
    assert not spam, reasons


@pytest.mark.parametrize(
    "body",
    [
        "best price best price best price best price best price",  # not the item's words
        "cheap meters cheap meters cheap meters cheap meters cheap meters",  # a word the title lacks
        "meter meter meter meter meter meter meter meter meter",  # one word over and over: not a phrase
    ],
)
def test_a_chant_of_other_words_is_still_noise(body: str) -> None:
    spam, reasons = judged(body, (FEE_ITEM,))
    assert spam and "repetition:" in reasons


def test_a_chant_with_a_way_to_reach_the_seller_is_still_noise() -> None:
    body = "no meters no meters no meters no meters no meters www.nometers-deals.example.shop"
    assert chanted_phrase(body.rsplit(" ", 1)[0]) == ["no", "meters"]
    spam, reasons = judged(body, (FEE_ITEM,))
    assert spam, reasons


def test_a_chant_is_a_whole_text_of_one_phrase() -> None:
    assert chanted_phrase("save the pool! save the pool! save the pool!") == [
        "save",
        "the",
        "pool",
    ]
    assert chanted_phrase("no fees no fees") == []  # said twice: not yet a chant
    assert chanted_phrase("no fees no fees no fees, and lower the tolls") == []


BLOWER_ITEM = (
    "Ordinance 2026-52: banning the sale of gas-powered leaf blowers in the city",
    "Gas leaf blowers are deafening on my block every morning. Please pass the ban.",
    "Battery blowers cost more; landscapers on thin margins need a rebate program first.",
    "The two-stroke engines pollute more than a car. Ban them.",
    "I oppose this. Give crews time to replace their equipment before the ban starts.",
    "Noise from the blowers wakes my baby. Support the ordinance.",
)
OWN_SHOP = (
    "I run Greenline Yard Care, a small landscaping crew on Fifth Street. We switched to only "
    "battery equipment two years ago and our bookings went UP. Clients ask for it. Any crew owner "
    "who wants the names of our wholesale suppliers can {reach}. {close}"
)


@pytest.mark.parametrize("close", ["Support.", "I strongly support this.", "Opposed."])
def test_a_shop_owner_who_closes_by_taking_a_side_is_a_resident(close: str) -> None:
    body = OWN_SHOP.format(reach="call me at 555-0177", close=close)
    spam, reasons = judged(body, BLOWER_ITEM)
    assert not spam, reasons


@pytest.mark.parametrize(
    "reach",
    [
        "call me at 555-0177 for wholesale prices from $99",  # a price: sells outright
        "order at greenline-wholesale.example.shop",  # a link away
    ],
)
def test_a_pitch_that_adds_a_side_is_still_judged_by_its_closing(reach: str) -> None:
    spam, reasons = judged(OWN_SHOP.format(reach=reach, close="Support."), BLOWER_ITEM)
    assert spam and "unrelated to the item" in reasons


@pytest.mark.parametrize(
    ("prose", "sided"),
    [
        ("We did it. Support.", True),
        ("Call me at 555-0101. I strongly support this item.", True),
        ("Llámenme al 555-0101. ¡Me opongo!", True),
        ("Ruf mich an. Dagegen.", True),
        ("Gọi cho tôi. Tôi ủng hộ.", True),
        ("请联系我。 我支持", True),
        ("Support.", False),  # one sentence: nothing closed
        ("Call 555-0101. Thanks!", False),
        ("Call now. Limited seats!", False),
        ("Read the report. Supporting documents are on page 5.", False),  # a digit, six words
    ],
)
def test_a_closing_verdict(prose: str, sided: bool) -> None:
    assert closes_with_a_side(prose) is sided
