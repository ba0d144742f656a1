"""Session 18: adverts that ride on the item, the misses of `-32` and `-33`.

Every row here was written for this file. A business opens on the item's subject and then
sells: its contact hidden from filters (a phone number in words, an address spelled out) beside
one term of trade; three terms in Hawaiian or Japanese closed by a number or a link; a seller to
ask for in person; a vendor pitching the council as its customer; a keyword list; spaced letters
with digits for letters; a product vouched for after its link. Residents on the same item run
businesses too, leave their number (in digits, or in lone digits), thank the council in their
own language, and offer the county their help: they stay clean.
"""

from __future__ import annotations

import pytest

from intake.text.spam.ownerpitch import government_pitch_evidence
from intake.text.spam.repetition import query_list
from intake.text.spam.selleroffer import terms_of_trade
from intake.text.spam.wordphone import spelled_phone
from tests.unit.text.spam_judging import judged

#: The item and its residents.
HAIL = (
    "Resolution 2026-77: hail-resistant roofs and storm shutters for the Kolea senior center",
    "The senior center roof leaked all winter after the April hailstorm.",
    "I volunteer at the center on Tuesdays; the buckets in the hallway are a fall risk.",
    "Please fix the roof before buying new furniture for the dining room.",
    "How much of this comes from the state's resilience grant?",
    "Ke kākoʻo nei au i kēia ʻōlelo hoʻoholo no ka hale o nā kūpuna.",
    "Salamat sa konseho, matagal na naming hinihintay ito.",
    "シニアセンターの屋根の修理に賛成です。",
    "Asante kwa baraza, paa la kituo cha wazee linavuja sana.",
)

ADVERTS = {
    "English installer, number in words": "Storms like April's will come back. Our licensed "
    "crew installs impact shutters on homes across the county before the season. Reach Gus at "
    "555 zero one three six, texts welcome.",
    "Spanish workshop, number in words": "Qué bueno que arreglan el techo del centro. Nuestro "
    "taller repara techos de casas dañados por el granizo. Marquen al cinco cinco cinco, cero "
    "uno cuatro cuatro.",
    "Swahili seller, number in Swahili words": "Paa la kituo cha wazee ni muhimu. Sisi "
    "tunauza mabati imara kwa wakazi wote. Tupigie, tano tano tano, sifuri moja tatu saba.",
    "Vietnamese lender, number in Vietnamese words": "Mái nhà của trung tâm hư hỏng nặng. Nếu "
    "anh chị cần sửa mái nhà, bên em hỗ trợ vay nhanh. Gọi em Lan, số năm năm năm, không một "
    "hai ba.",
    "English guide, address spelled out": "Hail season is rough on older roofs. I put together "
    "a free guide on insurance claims for roofs. Write to guide (at) roofclaim-help (dot) com.",
    "Hawaiian seller, three terms and a sign-off": "Aloha kākou. Ke kūʻai nei mākou i nā "
    "pani puka makani me ka emi o ke kumukūʻai. E kelepona mai: 808-555-0147. Mahalo.",
    "Japanese contractor, three terms and a number": "シニアセンターの屋根だけでなく、ご自宅の屋根も"
    "点検しませんか。当社の点検は無料です。今すぐお電話を 808-555-0162",
    "Swahili seller to ask for in person": "Paa la kituo cha wazee ni muhimu sana. Sisi "
    "tunauza mabati kwa bei nafuu, na kwa jumla kwa mafundi. Ulizeni Juma sokoni Jumamosi.",
    "vendor pitching the council": "Counties like yours save 30% on roof upkeep with our "
    "drone inspection service, for a flat monthly fee. I'd be glad to show your facilities "
    "team a 10-minute demo. Just reply here with the best number to reach your clerk.",
    "keyword list around one word": "roof repair near me cheap gutter cleaning roof shingles "
    "for sale metal roof cost gutter guards best attic fan roof coating siding contractors "
    "hiring roof inspection storm windows roof vents",
    "spaced letters with digits for letters": "H 4 I L  D 4 M 4 G E ?  G E T  F R 3 E  "
    "R 0 0 F S  →  r o o f - d e a l s 9 . win",
    "product vouched for after its link": "Our street lost power for a day in the April "
    "storm and the center had no way to keep medicine cold. We bought a backup battery from "
    "stormcell-store.example.com and it was worth every penny.",
}

RESIDENTS = {
    "roofer who lives here, number in digits": "I own Kolea Roofing on Route 2. We repaired "
    "the center's roof in 2019 at cost, and I know where the flashing fails. We will not bid "
    "on this. Call me at 808-555-0151 any evening.",
    "business owner with a number in lone digits": "Tengo la ferretería en la calle Main. "
    "Nuestro negocio donó cubetas al centro en abril. Apoyo la resolución. Mi teléfono: "
    "555 0 1 2 2.",
    "Hawaiian thanks and a number": "Aloha. Ke kākoʻo nei mākou i kēia ʻōlelo hoʻoholo. Ua "
    "kōkua mākou i ka hale o nā kūpuna i ka makahiki i hala. E kelepona mai: 808-555-0133. "
    "Mahalo.",
    "Tagalog neighbour": "Salamat sa resolusyon. Ang nanay ko ay pumupunta sa senior center "
    "araw-araw. Tawagan ninyo ako kung kailangan ng tulong: 808-555-0170.",
    "retired engineer offering help": "I'm a retired structural engineer. I'd be glad to walk "
    "the facilities team through the hail ratings before the RFP. Happy to send my notes on "
    "the 2019 repair. Call me at 808-555-0108.",
    "list of repairs": "Roof, gutters, shutters, the ramp, the hallway lights, the dining room "
    "chairs, the kitchen fan, the parking lot lines.",
    "a promise worth every penny": "The new roof will be worth every penny. The county's "
    "budget page has the figures: https://kolea.example.gov/budget",
    "Japanese resident": "母がシニアセンターに毎日通っています。無料の送迎バスがとても助かっています。"
    "屋根の修理に賛成です。",
}


@pytest.mark.parametrize("name", sorted(ADVERTS))
def test_adverts_of_minus_32_and_33s_shapes_are_spam(name: str) -> None:
    is_spam, reasons = judged(ADVERTS[name], HAIL)
    assert is_spam, reasons


@pytest.mark.parametrize("name", sorted(RESIDENTS))
def test_residents_running_businesses_are_not(name: str) -> None:
    is_spam, reasons = judged(RESIDENTS[name], HAIL)
    assert not is_spam, reasons


def test_a_number_is_read_in_swahili_somali_vietnamese_and_hawaiian_words() -> None:
    assert spelled_phone("tano tano tano, sifuri moja tatu saba") is not None
    assert spelled_phone("shan shan shan eber kow laba saddex") is not None
    assert spelled_phone("năm năm năm, không một hai ba") is not None
    assert spelled_phone("ʻelima ʻelima ʻelima, ʻole ʻekahi ʻelua ʻekolu") is not None
    # "năm" is a year too: prose with a year is no number.
    assert spelled_phone("Năm 2025 nhà tôi bị hư một phần mái.") is None


def test_terms_are_read_in_hawaiian_swahili_japanese_and_chinese() -> None:
    assert terms_of_trade("Ke kuai nei makou i na pahu. E kelepona mai.") == [
        "ke kuai nei makou",
        "e kelepona mai",
    ]
    assert terms_of_trade("Tunauza kwa bei nafuu.") == ["tunauza", "kwa bei nafuu"]
    assert len(terms_of_trade("当社の点検は無料")) == 2
    assert len(terms_of_trade("現金交易，即日成交")) == 2
    # "We help" and "free" alone are a resident's; the seller's voice is the firm's.
    assert terms_of_trade("We help our neighbours for free.") == []


def test_a_vendor_pitch_needs_a_deliverable_an_ask_and_a_price_or_record() -> None:
    pitch = (
        "We help local governments reach residents. Packages start at $300 a month. Could "
        "you share the email of your communications lead?"
    )
    assert government_pitch_evidence(pitch)
    # An offer of help with no price, no package and no demo is a resident's.
    assert not government_pitch_evidence(
        "I'd be glad to walk the council through our data. Happy to send the raw readings."
    )


def test_a_keyword_list_between_commas_is_read_and_a_list_of_repairs_is_not() -> None:
    assert query_list(
        "kona coffee, kona coffee farm, kona coffee tour, best kona coffee, buy kona coffee"
    )
    assert not query_list(RESIDENTS["list of repairs"])
    # A resident's list of places repeats its words too, but holds no word a searcher types.
    assert not query_list(
        "shutters on the kitchen, shutters on the office, shutters by the door, shutters "
        "near the ramp, shutters upstairs"
    )
