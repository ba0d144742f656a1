"""Session 20: adverts the engine missed on `-38` and `-39`, written for seats nobody has read.

Every row here was written for this file. A promotion code or a referral given to the reader
(any language), a drug name with "!" for an "i" and an address spelled with "c0m", a result
guaranteed for a price with a number to call (Vietnamese, Spanish, Korean), an astrologer in
Nepali, a business named by its web address riding on support for the item. Residents on the
same item quote a scam's code to warn, write of the city's codes, name a guarantee the
developer gave, cite an article, recommend a free program and give their numbers: they stay
clean.
"""

from __future__ import annotations

import pytest

from intake.text.spam.disguise import disguise_evidence
from intake.text.spam.guarantee import guarantee_evidence
from intake.text.spam.referral import referral
from intake.text.spam.settings import SpamSettings
from intake.text.spam.storefront import storefront_evidence
from tests.unit.text.spam_judging import judged

#: The item and its residents.
GARAGE = (
    "Ordinance 26-14: a parking garage and protected bike lanes on Harbor Street, Millbrook",
    "The garage should have bike parking on the ground floor, not just cars.",
    "Harbor Street businesses lose customers because there is nowhere to park on weekends.",
    "Please add a crosswalk at Harbor and 3rd, my kids cross there to school.",
    "The bike lanes need a curb, paint alone does not stop delivery trucks.",
    "Will the garage charge by the hour or a monthly permit for residents?",
)

ADVERTS = {
    "a promo code in capitals with what it gets, no link": "I commute by bus every day and "
    "the garage is overdue. Until then I book spots through the ParkEasy app, code MILL15 gets "
    "you two weeks free.",
    "a referral link and a sum for both": "Support the bike lanes! I ride with ZoomBike every "
    "day and love it, sign up with my referral link zoombike-app.io/r/MB442 and we both get $20.",
    "a reader sent by name, a share off": "Yes to the garage. Also my brother-in-law paves "
    "driveways cheaper than anyone, call 555-0148 and tell him Rosa sent you for 10% off.",
    "Portuguese, sent by name, free": "Apoio a garagem. A oficina do meu primo, Auto Rápido, "
    "faz revisão grátis esta semana, liguem 555-0193 e digam que foram indicados pela Ana.",
    "a drug with '!' for 'i', an address with 'c0m'": "C!al!s & V!agra cheap ➡ 0.89$ ➡ "
    "w w w . pillz-4u . c0m",
    "Vietnamese, a licence guaranteed for a price": "Tôi ủng hộ bãi đậu xe. Tiệm tôi dạy lái "
    "xe 4 tuần, bảo đảm có bằng, chỉ $900. Gọi chị Hoa 555-0172.",
    "Spanish, we guarantee it for a price": "Apoyo el garaje. Nuestra oficina tramita su "
    "licencia de negocio y se la garantizamos por $400. Gestoría Latina, 555-0127.",
    "Korean, all of it guaranteed for a fee": "주차장 찬성합니다. 저희 사무실에서 영업 허가 "
    "서류를 3일 만에 처리, 수수료 $300, 100% 보장. 연락 주세요 (555) 555-0133",
    "Nepali astrologer with a number": "प्रसिद्ध ज्योतिषी — प्रेम, विवाह, व्यापार — सबै "
    "समस्या ४८ घण्टामा समाधान। फोन 555-555-0190",
    "the people at a shop's address": "The garage is long overdue, I circle for twenty minutes "
    "every morning. For anyone tired of tickets, the folks at parkright-valet.com will hold a "
    "monthly spot for you, they set me up last week.",
    "here's the one I bought": "Bike lanes yes! My commute dropped to 12 minutes on an e-bike. "
    "Here's the one I bought: voltglide-ebikes.com",
}

RESIDENTS = {
    "a scam's code quoted to warn": 'Heads up: a post going around says "use code MILL15 for '
    'free garage parking". It is a scam, the city has no such code. Call 555-0100 to report it.',
    "the city's codes, shouted": "CODE ENFORCEMENT never answers about the abandoned cars on "
    "Harbor Street. The zoning code section 12.4 says they must be towed. Call 555-0101.",
    "a meeting's dial-in code": "Neighbors meeting about the garage Thursday at 7 pm in the "
    "library, or dial 555-0136, code 4471.",
    "a guarantee the developer gave": "The developer guaranteed 20 affordable units at $1,100 "
    "rent in the agreement. Call the council office at 555-0111 and ask for it in writing.",
    "an article cited by its site": "The article at millbrookdaily.com says the garage will "
    "cost $14 million. Is that before or after the bike lanes?",
    "a free city program, its staff recommended": "The staff at the Housing Authority helped "
    "my mother apply for the free resident permit in one afternoon. Call them at 555-0155.",
    "a business owner's number": "I own Harbor Bakery on Harbor Street and the garage would "
    "bring my customers back. Call me at 555-0160 if the council wants to talk.",
    "Nepali resident, a bus every two hours": "बस २ घण्टामा एक पटक मात्र आउँछ। कृपया "
    "पार्किङ बनाउनुहोस्। फोन 555-0149",
    "Portuguese resident who says who sent them": "Fui indicado pela associação de moradores "
    "para falar sobre a garagem. Precisamos de vagas para idosos. Meu telefone 555-0178.",
}


@pytest.mark.parametrize("name", sorted(ADVERTS))
def test_adverts_of_minus_38_and_39s_shapes_are_spam(name: str) -> None:
    is_spam, reasons = judged(ADVERTS[name], GARAGE)
    assert is_spam, reasons


@pytest.mark.parametrize("name", sorted(RESIDENTS))
def test_residents_quoting_codes_citing_sites_and_giving_numbers_are_not(name: str) -> None:
    is_spam, reasons = judged(RESIDENTS[name], GARAGE)
    assert not is_spam, reasons


def test_a_code_or_referral_is_read_in_any_language() -> None:
    assert referral("Use code SPRING24 at checkout.") == "code SPRING24"
    assert referral("Código VERANO10 en la caja.") == "Código VERANO10"
    assert referral("쿠폰 코드 SAVE20 입력하세요") == "코드 SAVE20"
    assert referral("invite me: fastcash.app/r/ab12cd") == "/r/ab12cd"
    assert referral("mention this comment for priority") == "mention this comment"
    # the city's codes, a dial-in number, shouting and a warning are not codes given
    assert referral("The zoning code section 12.4 applies.") is None
    assert referral("Dial in, code 4471.") is None
    assert referral("CODE ENFORCEMENT IS MISSING") is None
    assert referral("building code VIOLATIONS EVERYWHERE") is None
    assert referral('Beware of "code MILL15", a scam.') is None
    assert referral("Please mention this at the meeting.") is None
    assert referral("The City has sent you $86.50") is None


def test_a_guarantee_counts_with_a_price_and_a_way_to_reach() -> None:
    firm = "Nuestra oficina se lo garantizamos por $650."
    assert [e.weight for e in guarantee_evidence(firm, True)] == [0.65]
    assert guarantee_evidence(firm, False) == []
    plain = "Approval guaranteed, $399 flat."
    assert [e.weight for e in guarantee_evidence(plain, True)] == [0.55]
    # a guarantee and a price in different sentences, or a warning, are not a seller's terms
    assert guarantee_evidence("Guaranteed results. It costs $40 at the store.", True) == []
    assert guarantee_evidence("Scam alert: 'guaranteed approval for $300'.", True) == []
    # insurance in Khmer holds the word for a guarantee; it is not one
    assert guarantee_evidence("ធានារ៉ាប់រងផ្ទះ $49 ។", True) == []


def test_a_business_named_by_its_address_not_a_page_cited() -> None:
    assert storefront_evidence("the tutors at exampass-prep.co got him through")
    assert storefront_evidence("Here's the one I bought: quietfan-store.com/deal")
    assert storefront_evidence("the article at millbrookdaily.com says") == []
    assert storefront_evidence("the staff at millbrook.gov were helpful") == []
    assert storefront_evidence("the folks at the food bank (foodbank.org)") == []
    assert storefront_evidence("Here's the one I bought: a red one") == []


def test_bang_for_an_i_and_a_digit_in_the_domain_are_disguises() -> None:
    text = "V!agra and C!al!s at w w w . medz-4u . c0m"
    details = " | ".join(e.detail for e in disguise_evidence(text, text, SpamSettings()))
    assert "V!agra" in details and "an address spelled out" in details
    # a space left out after "!" is not a disguise
    plain = "Thanks!See you at the meeting. Yes!I agree."
    assert disguise_evidence(plain, plain, SpamSettings()) == []


def test_a_classified_ads_terms_close_on_a_number() -> None:
    """A boat for sale riding on the item: "serious only" is a classified ad's term."""
    is_spam, reasons = judged(
        "Thirty years on the water and I say build the garage, Harbor Street needs it. By the "
        "way I am selling my 28 ft center console, trailer included, price negotiable, $41k. Serious only, text "
        "555-0187.",
        GARAGE,
    )
    assert is_spam and "terms" in reasons, reasons
