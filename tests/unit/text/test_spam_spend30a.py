"""Session 30 (spend30a): shapes the spent -52 (and -50, -51) missed, in any language.

* a number dictated in parts split by slashes ("two-oh-six / 555 / zero-one-five-two") or by
  the Ethiopic comma ("ሁለት አምስት ሶስት፣ 555፣ ዜሮ ..."): still a number hidden from number finders
  (:mod:`wordphone`);
* beside such a hidden number, a trade kept off the books: no tax, no VAT, no invoice, no ID,
  no questions asked, cash only, the council never to know; or goods at half price, in the
  seats' languages (:mod:`hiddenpitch`);
* a resident who gives a talk (a presentation, a "charla") on a day at an hour hosts an event:
  its "free" is the entry, not an advert's (:mod:`events`), as -52's realtor's free talk at the
  library; a seminar sold with its terms stays spam.

Residents who write their number in words (a blind neighbour, a tradesman offering a free
check) and argue about a tax, or pay a fee in cash, stay ham. Every row here was written for
this file; none is copied from a set.
"""

from __future__ import annotations

import time

import pytest

from intake.text.spam.events import hosts_an_event
from intake.text.spam.hiddenpitch import off_the_books
from intake.text.spam.inpieces import account_in_pieces
from intake.text.spam.wordphone import spelled_phone
from tests.unit.text.hostile import WORST_CPU_SECONDS
from tests.unit.text.spam_judging import judged

#: An invented Californian suburb's item and its first comments.
ALDERBROOK = (
    "City of Alderbrook: Ordinance 2026-55, accessory dwelling units on single-family lots and "
    "a permit fee waiver for the first two years",
    "ADUs are the fastest way to add homes without new towers.",
    "Parking on Mesa Street is already impossible.",
    "Will the fee waiver apply to garage conversions?",
    "I support this, my mother could live in a unit behind our house.",
    "Please require a tree survey before any backyard build.",
    "Who inspects these units once they are rented?",
    "Two years of waivers is too short for families saving up.",
)

SPAM = [
    # English: a number split by slashes, a cash buyer's terms.
    "I've owned on Mesa Street for thirty years and the ADU rules will drive values up. If "
    "you'd rather sell now, I buy houses as-is, cash in 7 days. Call Pete: four-one-five / "
    "555 / zero-one-two-two.",
    # Spanish: slashes, a fee.
    "Apoyo las unidades ADU. Yo lleno los papeles del permiso por usted, solo $80. Llame: dos "
    "cero seis / 555 / cero uno cuatro cuatro.",
    # Amharic: the Ethiopic comma between the parts, a fee in dollars.
    "የጓሮ ቤት ፈቃድ ለማግኘት እረዳለሁ። ክፍያው 40 ዶላር ብቻ ነው። ይደውሉ፦ ሁለት ሁለት ስድስት፣ 555፣ ዜሮ አንድ ሶስት ስምንት።",
    # English: delivery with no ID and no tax, beside a spelled number.
    "The units are fine by me. For older folks who can't get out: my cousin brings groceries "
    "and smokes to your door, no ID and no tax. Text him at four one five, 555, zero one "
    "three three.",
    # English: the city kept unaware.
    "Great ordinance. I draw up garage conversions and the city never has to know about the "
    "extra bedroom. Call four one five, 555, zero one nine nine.",
    # English: gold bought, no questions asked.
    "Building an ADU is expensive. I buy old gold and watches for cash, no questions "
    "asked. Text me: four one five, 555, zero one eight eight.",
    # English: goods at half price.
    "Families building units will need appliances. I get brand-name fridges from a "
    "warehouse at half price. Text me, four one five, 555, zero one seven seven.",
    # Polish: cheap, without VAT, for cash.
    "Jestem budowlańcem w Alderbrook. Robię łazienki w nowych domkach, bez VAT, za gotówkę. "
    "Dzwońcie: cztery jeden pięć, 555, zero jeden dwa trzy.",
    # Turkish: half price.
    "Bu kararı destekliyorum. Bir arkadaşım mutfak dolaplarını yarı fiyatına yapıyor. "
    "Numarası dört bir beş, 555, sıfır bir dört yedi.",
    # Spanish: half price.
    "Apoyo las unidades. Consigo ventanas y puertas de marca a mitad de precio. Escríbanme: "
    "cuatro uno cinco, 555, cero uno siete dos.",
    # Spanish: no invoice, no VAT, on the item.
    "Apoyo las unidades. Hago las conversiones de garaje sin factura y sin impuestos. "
    "Llame: cuatro uno cinco, 555, cero uno siete dos.",
    # Turkish: no invoice, no VAT.
    "Ek konut kararı iyi. Kuzenim garaj dönüşümü yapıyor, faturasız ve KDV'siz. Arayın: "
    "dört bir beş, 555, sıfır bir dört yedi.",
    # Russian: without taxes, cash.
    "Поддерживаю. Строю пристройки и гаражи, без налогов, только наличными. Звоните: четыре "
    "один пять, 555, ноль один два восемь.",
    # Russian, on the item: a garage converted without a cheque or tax.
    "Поддерживаю эти дома во дворе. Переделываю гаражи в жильё, без чека и без налогов. "
    "Номер: четыре один пять, 555, ноль один два восемь.",
    # Vietnamese: no invoice.
    "Tôi ủng hộ. Em nhận xây nhà phụ sau vườn, không cần hóa đơn, không thuế. Gọi em: bốn một "
    "năm, 555, không một sáu ba.",
]

#: Residents who write their number in words, and argue a tax or pay cash: ham.
RESIDENTS = [
    "I'm blind and my daughter types this. No tax increase for seniors to pay for this, "
    "please. If the council wants to talk, my number is four one five, five five five, zero "
    "one four eight.",
    "I paid the permit fee in cash at city hall last year and never got my waiver. Call me "
    "and I'll show you the receipt: four one five, five five five, zero one two nine.",
    "Plumber, 22 years in Alderbrook. I'll check any ADU's water line for free if you're on "
    "the east side, just call: four-one-five, 555, 0-1-1-6. Support the waiver.",
    "Soy jubilada y ciega, mi hija escribe esto. No más impuestos para los mayores. Si el "
    "concejo quiere hablar: cuatro uno cinco, cinco cinco cinco, cero uno cero nueve.",
    # A pantry gives free, no questions asked, and spells its number.
    "Our church pantry gives free groceries to any family building or renting, no questions "
    "asked. Saturdays 9 to 11. Call Ruth: four one five, five five five, zero one six six.",
    # A date and a fraction with slashes: no number.
    "The waiver ends 12/31/2027 and covers 1/2 of the fee. Council vote 6/4/2026.",
]


#: Residents who give a free talk on a day at an hour, with their number: ham.
TALKS = [
    "I'm a realtor and I live on 12th Avenue, so full disclosure, but I'm not selling "
    "anything here. Plenty of people have asked me what this means for their property taxes "
    "and whether they should sell. I'll give a free talk at the Ridgeview Library on March 3 "
    "at 7 p.m. and answer questions, no sign-ups, no follow-up calls. Questions before then: "
    "415-555-0171 or ines.moreau@example.net",
    "Soy contadora jubilada. Daré una charla gratuita sobre las unidades ADU y los impuestos "
    "en el centro comunitario el sábado 8 de marzo a las 10 a.m. Para dudas antes: "
    "415-555-0180 o marta.ruiz@example.org",
]

#: A seminar sold with its terms, on a day at an hour: spam, as before.
SEMINARS = [
    "ADU investors: I'll give a free seminar Saturday at 10am on buying with $0 down and "
    "flipping for profit. Seats limited, register now at adu-wealth-seminar.com or call "
    "415-555-0190.",
]


@pytest.mark.parametrize("body", TALKS)
def test_a_resident_giving_a_free_talk_stays_ham(body: str) -> None:
    spam, why = judged(body, ALDERBROOK)
    assert not spam, why


@pytest.mark.parametrize("body", SEMINARS)
def test_a_seminar_sold_with_its_terms_stays_spam(body: str) -> None:
    spam, why = judged(body, ALDERBROOK)
    assert spam, why


def test_giving_a_talk_on_a_day_hosts_an_event() -> None:
    assert hosts_an_event("I'll give a free talk at the library on March 3 at 7 p.m.")
    assert hosts_an_event("Daré una charla gratuita el sábado a las 10 a.m.")
    # A talk without a day or an hour is no event; nor is giving a price at 7 p.m.
    assert not hosts_an_event("I'll give a talk someday.")
    assert not hosts_an_event("I give a discount after 7 p.m.")


@pytest.mark.parametrize("body", SPAM)
def test_the_shapes_of_the_spent_52_are_spam_in_other_words(body: str) -> None:
    spam, why = judged(body, ALDERBROOK)
    assert spam, why


@pytest.mark.parametrize("body", RESIDENTS)
def test_residents_who_spell_their_number_stay_ham(body: str) -> None:
    spam, why = judged(body, ALDERBROOK)
    assert not spam, why


def test_numbers_split_by_slashes_or_the_ethiopic_comma() -> None:
    assert spelled_phone("Reach me: two-oh-six / 555 / zero-one-five-two.") is not None
    assert spelled_phone("ደውሉልኝ፦ ሁለት አምስት ሶስት፣ 555፣ ዜሮ አንድ ሁለት አራት።") is not None
    assert spelled_phone("Votes 6/4/2026 and 12/31/2027, half is 1/2.") is None


def test_a_trade_off_the_books() -> None:
    assert off_the_books("no ID hassle and no tax")
    assert off_the_books("tanio, bez VAT, gotówka")
    assert off_the_books("the council never had to know")
    assert off_the_books("kalahating presyo lang")
    assert off_the_books("I pay in cash, no questions")
    # A tax argued, a fee paid in cash, a half-price sale: none.
    assert not off_the_books("No tax increase for seniors. No new taxes!")
    assert not off_the_books("I paid the fee in cash at city hall.")
    assert not off_the_books("The council should know the costs before it votes.")
    assert not off_the_books("Free meals every night, no questions asked.")


#: Session 30 (spend30a): an account on a network told by its name after "là" (Vietnamese "is")
#: or "hanapin ang" (Tagalog "search for"), or dictated with its dashes or dots said in words,
#: beside a price: spam. -52's parents and neighbours selling on the item wrote these.
TOLD_ACCOUNTS = [
    "Tôi ủng hộ nhà phụ. Em nhận vẽ bản vẽ xin phép, chỉ 300 đô một bộ. Liên hệ em qua Zalo, "
    "tên Zalo là Lan Bản Vẽ Alderbrook.",
    "Pabor po ako sa ADU. Gumagawa po ako ng plano para sa permit, $250 lang. I-message lang "
    "po ako sa Facebook, hanapin ang Tita Lorna Plans Alderbrook.",
    "I'm for the units. I sell permit-ready plan sets for $200 each. Venmo me, the handle is "
    "Alderbrook dash ADU dash Plans, and I'll email them the same day.",
    "Apoyo las unidades. Vendo planos listos para el permiso, $200 cada uno. Mándenme Zelle, "
    "el usuario es planos guion adu guion alderbrook.",
]

#: Residents who name a group's page or spell a page with one dash: ham.
TOLD_RESIDENTS = [
    "Tôi ủng hộ. Nhóm hàng xóm họp mỗi tháng, tên Zalo là Hội Hàng Xóm Mesa.",
    "Pabor po ako. Para sa mga tanong, hanapin ang Alderbrook Tenants Union sa Facebook.",
    "A dash of common sense: ADUs at $200 a month cheaper than apartments. Our Facebook group "
    "is Alderbrook Renters, come say hi.",
]


@pytest.mark.parametrize("body", TOLD_ACCOUNTS)
def test_an_account_told_by_its_name_or_in_pieces_beside_a_price_is_spam(body: str) -> None:
    spam, why = judged(body, ALDERBROOK)
    assert spam, why


@pytest.mark.parametrize("body", TOLD_RESIDENTS)
def test_a_groups_page_or_a_dash_stays_ham(body: str) -> None:
    spam, why = judged(body, ALDERBROOK)
    assert not spam, why


def test_an_account_in_pieces_is_read_once_per_sentence() -> None:
    """Many networks in one long sentence: each sentence is read once, not once per network."""
    for body in ("WhatsApp dash " * 2_000, "WhatsApp " * 2_000 + "1 " * 3_000):
        started = time.process_time()
        account_in_pieces(body[:20_000])
        assert time.process_time() - started < WORST_CPU_SECONDS, body[:30]
