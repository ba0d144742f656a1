"""Round 25: adverts by a business, often opening on the item's own subject.

Every row here was written for this file. A business's advert closes on its number or its link
after the seller's terms of trade (cash paid, any condition, free estimates, financing, from $0 a
month, booking online); a supplier introduces its company to whoever reads; a bot vouches for a
product and links to its seller, or runs the item's words together into its site's address; a
blog comment praises a "post" on an item whose comments use the word as a verb. Residents write
"we" for their shop or their association, name prices and close with their number, and are
left alone.
"""

from __future__ import annotations

import pytest

from intake.text.spam.invites import blog_praise
from intake.text.spam.links import find_links
from intake.text.spam.selleroffer import seller_offer_evidence, terms_of_trade
from intake.text.spam.settings import SpamSettings
from tests.unit.text.spam_judging import judged

BUYOUT = (
    "Order 2026-41: Applying for federal buyout funds for 60 flood-damaged homes on Cypress Bend",
    "My house flooded three times since 2017. I will take the buyout if the appraisal is fair.",
    "The buyout takes too long. Families are living in gutted houses while they wait.",
    "Please let renters get relocation money too, not only owners.",
    "Who decides the appraisal value? It should be before the flood, not after.",
    "The county should post the list of eligible streets on its website this week.",
)

#: Residents of the item writing in Vietnamese and Arabic: an advert in their language is read
#: against their words.
BUYOUT_MANY = (
    *BUYOUT,
    "Nhà tôi bị ngập ba lần. Tôi ủng hộ chương trình mua lại nhà bị ngập.",
    "Xin quận trả giá công bằng cho các gia đình có nhà bị ngập.",
    "بيتي غرق مرتين، أؤيد شراء البيوت التي غرقت.",
    "أرجو أن يكون السعر عادلاً لكل بيت غرق في الحي.",
)

ADVERTS = {
    "house buyer, phone only": "Why wait on the county buyout and a low appraisal? We buy "
    "flooded homes in any condition, cash paid, we pay all closing costs. Call or text Ray "
    "409-555-0123.",
    "contractor, link then phone": "Flooded homes on Cypress Bend don't have to wait for the "
    "buyout. Our crews raise flooded homes and fix slabs. Free estimates and 0% financing for "
    "24 months: https://liftright-homes.example.com or call 409-555-0187.",
    "Spanish insurance": "¿Su casa se inundó? Seguro de inundación desde $19 al mes, "
    "inscripción abierta hasta el viernes. Llame o mande mensaje al 409-555-0144.",
    "Vietnamese buyer": "Nhà bị ngập? Chúng tôi mua nhà bị ngập, trả tiền mặt, giá tốt, uy "
    "tín. Gọi ngay 409-555-0166.",
    "Arabic property": "بيتك غرق؟ امتلك بيتك الجديد بمقدم قليل وأقساط مريحة. للاستفسار زوروا "
    "https://new-homes.example.com",
    "supplier's bulk mail": "Dear Sir/Madam, Good day! This is Kevin from Ningbo Floodguard "
    "Co., Ltd, a leading manufacturer of flood barriers. We supply to 40 countries. Could you "
    "please let me know if you have any demand?",
    "praise that vouches for a product": "The buyout is the right call for families who keep "
    "flooding, and it is good to see the county act. For anyone staying, these flood sensors "
    "worked great for my family: https://floodbeep-sensors.example.com/best",
    "praise closed by a keyword domain": "This order strikes a careful balance between public "
    "safety and fairness to homeowners. Thoughtful programs like this one build trust between "
    "government and residents. Thank you to the Commissioners for their leadership. For more "
    "insights on flood resilience planning, visit https://flood-resilience-planning.example.net",
}

RESIDENTS = {
    "their shop's prices": "We own Bayou Hardware on Main. We sell sump pumps for $189 and we "
    "will give ten of them to families on the buyout list. Call the store at 409-555-0101.",
    "their association's clinic": "Our neighborhood association holds a free clinic on the "
    "buyout paperwork for flooded families every Saturday. Call Maria at 409-555-0142.",
    "a scam warned of": "Careful: flyers on Cypress Bend say they pay cash for flooded houses in "
    "any condition. Ask the county before you sign anything. My number is 409-555-0199.",
    "rent in Spanish": "Pago $900 al mes de renta en una casa que se inunda. Necesito ayuda para "
    "mudarme, por favor llámenme al 409-555-0133.",
    "a neighbour's recommendation": "After the 2019 flood we used Gulf Pumps Inc and they "
    "worked great for us. Their site is https://gulfpumps.example.com",
    "a letter to the board": "Dear Sir or Madam, I am writing as a homeowner on Cypress Bend to "
    "support the buyout. We need the funds before the next hurricane season.",
}


@pytest.mark.parametrize("name", sorted(ADVERTS))
def test_adverts_by_a_business_are_spam(name: str) -> None:
    is_spam, reasons = judged(ADVERTS[name], BUYOUT_MANY)
    assert is_spam, reasons


@pytest.mark.parametrize("name", sorted(RESIDENTS))
def test_residents_with_a_business_or_a_number_are_not(name: str) -> None:
    is_spam, reasons = judged(RESIDENTS[name], BUYOUT_MANY)
    assert not is_spam, reasons


def test_terms_of_trade_are_read_folded_in_several_languages() -> None:
    assert terms_of_trade("Compramos su casa en efectivo, en cualquier condición.") == [
        "compramos",
        "en efectivo",
        "cualquier condicion",
    ]
    assert terms_of_trade("Giá tốt, uy tín") == ["gia tot", "uy tin"]
    assert terms_of_trade("We will vote for the buyout and pay our taxes.") == []
    # One term is not a seller's: a resident teaching a free class ("miễn phí").
    assert terms_of_trade("Tôi dạy tiếng Anh miễn phí ở thư viện. Xin liên hệ 409-555-0177.") == [
        "mien phi"
    ]


def test_blog_praise_is_not_excused_by_a_comment_using_post_as_a_verb() -> None:
    text = "Very informative post, thanks for sharing this with us!"
    assert blog_praise(text, BUYOUT, False, SpamSettings()) is not None
    named = (*BUYOUT, "Did anyone see the county's post about the appraisals?")
    assert blog_praise(text, named, False, SpamSettings()) is None


def test_a_resident_warning_of_a_sellers_terms_is_not_read_as_the_seller() -> None:
    text = (
        "Beware of the flyers on Cypress Bend: they buy houses in any condition, pay cash, no "
        "repairs needed, then resell them. It's a scam. Call me at 409-555-0199 if you got one."
    )
    assert seller_offer_evidence(text, text, find_links(text), SpamSettings()) == []
    advert = "We buy houses in any condition, pay cash, no repairs needed. Call 409-555-0199."
    assert seller_offer_evidence(advert, advert, find_links(advert), SpamSettings()) != []
