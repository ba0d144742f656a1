"""Session 27 (res27): 203 invented residents of an invented city stay residents.

``invented_residents_27.txt`` holds comments written for this session (none copied from any
set, no spam set's rows read) for Oyster Pass, an invented city on the Mississippi Gulf Coast,
on six invented items (the Small Craft Harbor's slip fees and shrimp-boat dockage, the Back Bay
hurricane shelter and a home generator rebate, short-term rentals and a food-truck park on Pass
Road, a warning about FEMA-aid, flood-insurance and toll scam texts, the summer youth fishing
camp and the splash pad's fees, the water and sewer rate increase and the lead service lines).
Shrimpers, deckhands, vendors, tradesmen, pastors, union stewards and parents, in the shapes
nearest spam: small-business owners for or against the item with their phone, e-mail or website,
some offering free help ("call me", "free consultation"); church, union and club invitations
with times, places and contacts ("free, no experience needed", "bring a friend"); a scam quoted
word for word to warn; sums and bills worked out; lists of links; a phone spelled out for a
blind neighbour; slogans, emoji, all capitals; long stories in Korean, Thai, Gujarati, Amharic,
Chinese, Hindi and Vietnamese without diacritics. In English (97), Vietnamese (14), Spanish
(10), Tagalog (9), Korean (10), Thai (11), Gujarati (9), Amharic (9), Arabic (8), Haitian
Creole (9), Chinese (8), Hindi (8) and Portuguese (1), most on an item whose earlier comments
are in English; 25 (one in eight) among the item's first comments. Blocks as in
``invented_residents_21.txt``.

Before the session's mends 10 were spam, by the engine alone, with the starter model and with
the starter and the encoder alike; after them 2. The mends (tests below):

- the prices of a sentence that works a sum out to an "=" are its terms, not an advert's prices
  (``offers.in_a_worked_sum``);
- "no experience needed" is pay by the time promised only beside a sum of money or a figure by
  the time, not beside any figure (a club's class "every 2nd Tuesday, 7 pm")
  (``topics._paid_by_time``);
- a percentage followed by a noun of change ("the 18% rate hike", "un 18% de aumento") is a
  figure of change, as one after a verb of change was (``solicit.a_change``);
- a sum the writer says they pay ("Hoy pago $50 al día", "toi tra $40", "I pay $45 a day") is
  no price for the reader, for a text ending on a link and for a messenger named beside a sum
  (``solicit.money_asked``);
- a congregation or a food pantry naming a day or an hour holds an event, as a group saying it
  hosts one does (``events.hosts_an_event``);
- a text written in a language nobody on the item used that works a sum out to an "=" is not
  judged a short advert by the words it shares, as round 14 leaves an event so
  (``offers.works_a_sum``, ``scoring.advert_word_evidence``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.text.spam import Behaviour, SpamSettings, score
from intake.text.spam.channels import messenger_money
from intake.text.spam.events import hosts_an_event
from intake.text.spam.offers import price_evidence, works_a_sum
from intake.text.spam.solicit import money, money_asked
from intake.text.spam.topics import spam_topics
from tests.unit.text.invented_residents import InventedResidentsFile

ROWS = Path(__file__).with_name("invented_residents_27.txt")
S = SpamSettings()

#: Still spam by the engine alone (start of the comment), each for a reason spam shares.
STILL_FLAGGED = (
    # A computer repair shop's free check of phones that clicked a scam link, with its number:
    # one word of 14 ("scam") shared with the item (0.45), "free" with a way to reach in a text
    # judged unrelated (0.4) and the number (0.15); the shop-and-free-service shape of an advert.
    "I own a small computer repair shop.",
    # A Spanish plumber's free check "sin compromiso" ("no obligation", a seller's term) with
    # "llame o mande texto" beside his number spelled out in words: a seller's terms beside a
    # contact hidden from filters (0.5) and the spelled number (0.45), as adverts hide theirs.
    "Soy plomero con licencia.",
)
#: Still spam with the starter model besides those: none.
STILL_FLAGGED_WITH_STARTER: tuple[str, ...] = ()
#: Still spam with the starter and the encoder besides those: none.
STILL_FLAGGED_WITH_ENCODER: tuple[str, ...] = ()


class TestTheSessionsResidents(InventedResidentsFile):
    rows = ROWS
    least = 200
    still_flagged = STILL_FLAGGED
    still_flagged_with_starter = STILL_FLAGGED_WITH_STARTER
    still_flagged_with_encoder = STILL_FLAGGED_WITH_ENCODER


@pytest.mark.parametrize(
    "text",
    [
        "હિસાબ: 4,000 ગેલન × $6.45 = $25.80, વત્તા $12.50 બેઝ = $38.30.",
        "Bill: 3,000 gal x $7.15 per 1,000 = $21.45 plus $14.99 base = $36.44.",
        "水费：$6.45 × 4 = $25.80。",
    ],
)
def test_the_prices_of_a_sum_worked_out_are_no_adverts(text: str) -> None:
    assert price_evidence(text, S) == []


@pytest.mark.parametrize(
    "text",
    [
        "Deep tissue massage only $49.99 this week, call now.",
        # A price beside a sum worked out in another sentence still is one.
        "2 x 3 = 6 reasons to call. Cleaning from $19.99.",
    ],
)
def test_a_price_stated_still_is_one(text: str) -> None:
    assert price_evidence(text, S) != []


def test_a_clubs_free_class_at_an_hour_is_no_job_lure() -> None:
    body = (
        "Our radio club meets every 3rd Monday, 6 pm, at the fire hall. A free license class "
        "starts April 9, no experience needed. Info: radioclub.example.org"
    )
    assert all(t != "pay by the time promised" for t, _ in spam_topics(body))
    lure = "Drivers wanted, $28/hr, no experience needed. Text 555-0100"
    assert any(t == "pay by the time promised" for t, _ in spam_topics(lure))


@pytest.mark.parametrize(
    "text",
    ["we oppose the 18% rate hike", "a 12% fare increase", "con un 18% de aumento"],
)
def test_a_percentage_before_a_noun_of_change_is_no_sum(text: str) -> None:
    assert not money(text)


@pytest.mark.parametrize("text", ["50% off today", "earn 30% monthly", "20% commission"])
def test_other_percentages_still_are_sums(text: str) -> None:
    assert money(text)


@pytest.mark.parametrize(
    "text",
    [
        "Right now I pay $45 a day to park on a lot.",
        "Hoy pago $50 al día por un lote privado.",
        "Hoje pago $35 por dia num estacionamento.",
        "Moi ngay toi tra $40 thue cho dau xe.",
    ],
)
def test_a_sum_the_writer_pays_is_no_price_asked(text: str) -> None:
    assert money(text)
    assert not money_asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "We pay $5 per like, message us",
        "Only $40 a day",
        "I pay $45 a day and sell at $12",
        # The noun at a sentence's start, or after an article: a job lure's pay.
        "Empacar productos desde casa. Pago $800 semanales. Escribe al correo.",
        "Trabajo en casa, el pago $700 por semana.",
    ],
)
def test_a_sum_asked_still_is_one(text: str) -> None:
    assert money_asked(text)


def test_a_vendor_naming_her_lot_rent_and_whatsapp_names_no_offer() -> None:
    body = "Tenho uma barraca de pastel. Hoje pago $40 por dia num lote. Peça pelo WhatsApp"
    assert messenger_money(body, body) is None
    assert messenger_money("Pastel $4 cada, peça pelo WhatsApp", "") is not None


def test_a_vendor_ending_on_her_trucks_site_after_her_lot_rent_is_a_resident() -> None:
    context = (
        "City Council: Food-truck park on Harbor Street",
        "A food-truck park would bring people downtown at night.",
        "Parking on Harbor Street is already hard on weekends.",
        "Please keep the trucks away from the school.",
    )
    body = (
        "Tengo un camión de pupusas. Apoyo el parque. Hoy pago $45 al día por un lote privado. "
        "Visítenos de jueves a domingo, 5 a 10 pm, o llame al 555-0152. "
        "pupusaslabahia.example.com"
    )
    assert not score(body, Behaviour(item_context=context), S).is_spam


@pytest.mark.parametrize(
    "text",
    [
        "Our church food pantry is open Saturdays 9-11 am, free groceries. Call 555-0191.",
        "La despensa de la parroquia abre los sábados a las 9 am.",
        "한인교회 토요일 오후 2시",
    ],
)
def test_a_congregation_or_pantry_on_a_day_hosts_an_event(text: str) -> None:
    assert hosts_an_event(text)


def test_a_shops_hours_host_no_event() -> None:
    assert not hosts_an_event("Bayside PC is open Saturdays 9-11 am, free checks. Call 555-0177.")


@pytest.mark.parametrize(
    "text",
    [
        "电费：600度 × $0.14 = $84。",
        "3 kids x $75 = $225 a week",
        "ค่าน้ำ 4,000 แกลลอน × $6.45 = $25.80",
    ],
)
def test_a_sum_worked_out_in_any_script(text: str) -> None:
    assert works_a_sum(text)


@pytest.mark.parametrize("text", ["Call 555-0100 = best price", "Rates from $19.99", "a = b"])
def test_no_sum_worked_out(text: str) -> None:
    assert not works_a_sum(text)


def test_a_bill_worked_out_in_a_language_apart_is_no_short_advert() -> None:
    """A Chinese resident's electricity bill worked out, a discount for seniors asked for and
    her free help offered with her number, on an English item: a resident's arithmetic."""
    context = (
        "City Council: Electric utility rate increase and a senior discount program",
        "My electric bill is already $140 a month in summer.",
        "Seniors on fixed incomes cannot absorb another increase this year.",
        "Please phase the new rates in over three years, not all at once.",
    )
    body = (
        "我家的电费：600度 × 每度$0.14 = $84，加上基本费$11.50 = $95.50。涨价以后更贵。"
        "老人应该有折扣。看不懂账单的邻居可以免费问我：555-0146。"
    )
    assert not score(body, Behaviour(item_context=context), S).is_spam
