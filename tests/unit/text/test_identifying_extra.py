"""Session 13's shapes of personal data, read only for public text (intake.text.identifying_extra).

Each ``LEAKED`` sentence reached a campaign's public text on main when its members sent it word
for word; each ``PUBLIC`` one must still reach it. The API tests
(tests/api/test_red_team_public_text_round3.py) send the same through every public surface.
"""

from __future__ import annotations

import pytest

from intake.text.identifying_extra import identifies_in_public
from intake.text.personal_data import scrub
from intake.text.template import representative_text

LEAKED = [
    "Maria Lopez asked us all to write to you.",
    "Rose Hill and June Park signed this letter first.",
    "Joan Smith asked us to write.",
    "Anna Schmidt hat diesen Brief geschrieben.",
    "Share it with #JusticeForMariaLopez today.",
    "This letter was drafted by J. R. Okafor.",
    "The crash happened right outside the Nguyens' house.",
    "The Lopez family lost their car here.",
    "田中さんがこの手紙を書きました。",
    "김민수 씨가 이 편지를 썼습니다.",
    "王先生写了这封信。",
    "السيد أحمد كتب هذه الرسالة.",
    "श्री राम शर्मा ने यह पत्र लिखा।",
    "Ông Nguyễn Văn An đã viết thư này.",
    "My son is in 3rd grade at Lincoln Elementary.",
    "I am the head nurse at St. Mary's Hospital.",
    "4410 Pine is where we gather.",
    "Scrivete a Via Roma 12, Milano.",
    "Escreva para Rua Augusta, 100, Lisboa.",
    "Schrijf naar Kerkstraat 12, Amsterdam.",
    "서울특별시 중구 세종대로 110",
    "Piszcie na ul. Marszałkowska 10.",
    "We gather at 37.7749, -122.4194 weekly.",
    "We gather at 37°46′29″N 122°25′09″W weekly.",
    "Find our door at ///filled.count.soap.",
    "Write to joan at quillby.net with questions.",
    "Email jane.doe at gmail.com for the flyer.",
    "See github.com/janedoe for the map.",
    "Donate at gofundme.com/f/help-maria-lopez today.",
    "See example.org/team/jane-doe for the map.",
    "See janedoe.substack.com for more.",
    "A silver Honda, 7ABC123, was towed twice.",
    "Our van KA01AB1234 was towed twice.",
    "Meu carro ABC1D23 foi guinchado.",
    "Mi DNI es 12345678Z.",
    "My National Insurance number is QQ 12 34 56 C.",
    "身份证号 11010519491231002X",
    "Donate to IBAN DE89 3704 0044 0532 0130 00.",
    "Donate to DE89370400440532013000 today.",
    "Routing 021000021 for donations.",
]

PUBLIC = [
    "Mayor Maria Lopez promised this lane in 2026.",
    "Councilmember June Park supports the bike lane.",
    "The Pine Street bike lane will connect 1200 homes to 3 schools.",
    "Please pass Ordinance 2026-58 this year.",
    "The project costs $4,410,000 over five years.",
    "In 2026 the council funded 40 new crossings.",
    "Share it with #SaveAlderStreet today.",
    "See the plan at cityhall.gov before the vote.",
    "Read more at springfield.gov/bike-lanes today.",
    "Children from 3rd grade up ride to Alder Elementary.",
    "Martin Luther King Jr. Way needs safer crossings.",
    "As the owner of a small business I support this.",
    "The route passes Rose Hill Park and Lincoln Elementary.",
    "The 2026 Budget funds this lane.",
    "Over 1200 Residents signed our petition.",
    "Route 66 and Highway 101 are not safe.",
    "Vote yes on Item 5 at the June 9 meeting.",
    "The U.S. Department of Transportation funds half.",
    "市長さん、この計画に賛成してください。",
    "시장님, 이 계획을 지지해 주세요.",
]


@pytest.mark.parametrize("sentence", LEAKED)
def test_a_shape_of_the_third_round_is_kept_out_of_public_text(sentence: str) -> None:
    assert identifies_in_public(sentence)


@pytest.mark.parametrize("sentence", PUBLIC)
def test_a_look_alike_stays_public(sentence: str) -> None:
    assert not identifies_in_public(sentence)


def test_a_name_the_items_own_text_carries_stays_public() -> None:
    line = "Rose Hill wrote this motion to make our streets safe."
    assert identifies_in_public(line)
    assert not identifies_in_public(line, "Councilmember Rose Hill's motion on bike lanes")
    bodies = [f"Dear Council,\n{line}\nPlease vote yes." for _ in range(5)]
    assert line in representative_text(bodies, public="Rose Hill's motion on bike lanes")
    assert line not in representative_text(bodies)


def test_a_house_number_on_the_items_own_street_is_still_a_home() -> None:
    """The item's text makes a name public, never an address on its street."""
    assert identifies_in_public("Come by 4410 Pine any time.", "The Pine Street bike lane")


@pytest.mark.parametrize(
    ("own_words", "detail"),
    [
        ("Write to me at 4403 Cedar any time.", "4403 Cedar"),
        ("Write to desmond at eddowes.net any time.", "eddowes.net"),
        ("Contact maria dot lopez at gmail dot com.", "lopez"),
        ("My IBAN is DE89 3704 0044 0532 0003 00.", "0532 0003"),
        ("I live near 37.0030, -122.4194.", "37.0030"),
        ("My car, 4ABC103, was towed.", "4ABC103"),
        ("Mi DNI es 12345603Z.", "12345603Z"),
        ("My door: ///index.lamp.filled.", "index.lamp"),
        ("My page: github.com/eddowes3.", "eddowes3"),
        ("Schrijf naar Brackenridgestraat 121.", "Brackenridgestraat"),
        ("Scrivetemi a Via Roma 12.", "Roma 12"),
    ],
)
def test_the_record_scrubs_the_third_rounds_details(own_words: str, detail: str) -> None:
    assert detail not in scrub(own_words)


def test_the_record_keeps_a_sum_a_year_and_a_bill() -> None:
    text = "In 2026 Ordinance 2026-58 gave $4,410,000 to 1200 homes on Pine Street."
    assert scrub(text) == text
