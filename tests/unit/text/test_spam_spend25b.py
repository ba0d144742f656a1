"""Session 25 (spend25b): money and notices asked of the reader, read by their shape: a notice in
the name of an authority (the town, its board, its school district, an agency) telling the reader
to register, pay or verify at a link outside the allowed domains; a percentage promised by the
day; a wallet address loosely shaped; a rental's keys sent for a first payment, in Oromo and
Somali. Every row here was written for this file; none is copied from a set.
"""

from __future__ import annotations

import pytest

from intake.text.spam.lures import wallets
from intake.text.spam.notices import authority_notice, reader_notice
from intake.text.spam.topics import percent_by_day, sextortion, spam_topics
from tests.unit.text.spam_judging import judged

ITEM = (
    "Item 4: stormwater utility fee and a new drainage easement along Mill Creek",
    "The fee should be based on paved area, not on the lot's frontage.",
    "Please publish the parcel map so owners can see who pays.",
    "My basement floods every spring; the easement work is overdue.",
    "How will seniors on fixed incomes pay another fee on the water bill?",
)

AUTHORITY_SPAM = [
    "MAPLEFORD TOWNSHIP NOTICE OF ASSESSMENT: Owners whose lots border the new drainage "
    "easement are assessed a one-time fee of $62.00. Verify your parcel and pay: "
    "https://mapleford-twp-payments.info/pay?id=44",
    "BRIXTON PLANNING BOARD - Public Objection Registration. Anyone who wishes to object to "
    "Application PB-2026-9 must register and pay the $30 filing fee at "
    "brixton-pb-objections.org/register. Unregistered objections will not be heard.",
    "Oakdale Unified School District: all families must re-verify their student portal "
    "account. Accounts not verified by Monday will be suspended. Sign in here: "
    "oakdale-usd-families.net/login",
    "CIUDAD DE RIVERTON - AVISO DE EVALUACIÓN: los propietarios junto a la nueva línea de agua "
    "deben registrarse y pagar la tarifa de $40 en riverton-pagos.info/registro",
    "Département des Eaux de Villeneuve : tous les abonnés doivent mettre à jour leurs "
    "coordonnées et régler les frais de 35 € sur villeneuve-eaux-paiement.net/compte",
]

AUTHORITY_HAM = [
    # The town's own notice, at the town's own (allowed) domain.
    "Township notice: all dog licenses must be renewed by January 31 at "
    "https://www.harwell.gov/clerk/dogs",
    # A resident relaying a notice: no fee, no threat, no time to act.
    "Mapleford Township: owners must register for the stormwater fee credit, see "
    "mapleford.nj.us/stormwater. The fee on frontage is unfair to seniors on fixed incomes.",
    # A resident telling neighbours how to speak at the meeting.
    "Harwell Board of Education - please register to speak at "
    "https://go.boarddocs.com/nj/harwell/Board.nsf before Tuesday's meeting.",
    # Written to the council, not as it.
    "Township Committee: residents must be allowed to register objections online and pay "
    "the $25 fee there, like https://www.othertown.org/objections does.",
    # A resident in the first person, a fee and an outside link.
    "Mapleford Water Department: I was told to pay a $62 late fee at "
    "https://paymapleford.com by Friday even though my bill was paid. Please fix this.",
    # A resident warning of the fake.
    "HARWELL TOWNSHIP NOTICE: pay the $48 pole fee at harwell-twp-pay.info -- this is a scam, "
    "the township sends no such texts.",
]


@pytest.mark.parametrize("body", AUTHORITY_SPAM)
def test_a_notice_in_an_authoritys_name_with_an_outside_link_is_spam(body: str) -> None:
    assert authority_notice(body) is not None
    spam, why = judged(body, ITEM)
    assert spam, why
    assert "a notice in the name of" in why


@pytest.mark.parametrize("body", AUTHORITY_HAM)
def test_residents_relaying_or_addressing_an_authority_stay_ham(body: str) -> None:
    spam, why = judged(body, ITEM)
    assert not spam, why
    assert "a notice in the name of" not in why


def test_the_readers_portal_access_is_their_own_thing() -> None:
    assert reader_notice("Your parent portal access will be suspended on Friday.")
    assert reader_notice("Your portal access will be suspended, I think, says the council.") is None


PERCENT_SPAM = [
    "Bitcoin trading robot! Get 6% daily profit. Register now: cryptobot-gains.net",
    "量化交易机器人，2%每天，稳定收益，立即注册 quant-bot-cn.net",
    "Trade forex with us, %7 her gün kazanç! Kayıt ol: forex-kazan.net",
    "Roobootii daldala crypto! Guyyaa guyyaan %6 bu'aa argadhaa. Galmaa'aa: roobot-bu.net",
    "Robô de trading: 3% ao dia de lucro garantido! Cadastre-se: robo-lucro.net",
]

PERCENT_HAM = [
    "The water bill and the drainage fee rose 8% a year for three years, see "
    "https://www.nj.com/fees",
    "Flooding claims on the creek were rising 5% daily in March; the easement work is overdue: "
    "https://www.example.com/claims",
    "Payday lenders charge 1% per day; owners on fixed incomes cannot pay another fee: "
    "https://www.consumerfinance.gov",
    "The drainage pump ran over capacity on 40% of days last summer: https://example.com/pump.pdf",
    "I made 2% a day trading crypto once and lost it all; the township should not invest the "
    "drainage fee in it. https://example.com/fee-story",
]


@pytest.mark.parametrize("body", PERCENT_SPAM)
def test_a_percentage_promised_by_the_day_is_spam(body: str) -> None:
    assert percent_by_day(body) is not None
    spam, why = judged(body, ITEM)
    assert spam, why


@pytest.mark.parametrize("body", PERCENT_HAM)
def test_a_rate_by_the_year_or_without_gain_stays_ham(body: str) -> None:
    assert percent_by_day(body) is None
    spam, why = judged(body, ITEM)
    assert not spam, why


WALLET_SPAM = [
    "אני יודע מה עשית. תעביר 800$ בביטקוין לארנק bc1q77fakeaddr0ess99xyzlmn תוך יומיים",
    "Pay 0.05 to 0x12ab34cd56ef78ab90cd12ef34ab56cd78ef90zz now or your files stay locked.",
]


@pytest.mark.parametrize("body", WALLET_SPAM)
def test_a_wallet_loosely_shaped_is_read(body: str) -> None:
    assert wallets(body) == 1
    spam, why = judged(body, ITEM)
    assert spam, why


def test_a_wallet_quoted_in_a_warning_is_not_read() -> None:
    body = "Scam texts ask you to pay to bc1q9x555placeholder0wallet. Don't send anything."
    assert wallets(body) == 0


def test_a_hebrew_recording_names_sextortion() -> None:
    body = (
        "יש לי הקלטה שלך מהמצלמה. תעביר 800$ בביטקוין תוך יומיים, אחרת אשלח את הסרטון לכל "
        "אנשי הקשר שלך."
    )
    assert sextortion(body) is not None


RENTAL_SPAM = [
    "Manni kiraa kutaa 2, ji'atti $650 qofa! Kaffaltii duraa $250 Zelle'n ergaa, furtuu ni "
    "ergina. Bilbila: 555-0144",
    "Guri kiro ah, $600 bishii. Lacagta hore $200 Zelle ku dir, furayaasha waan kuu soo "
    "diraynaa. Wac 555-0190",
]


@pytest.mark.parametrize("body", RENTAL_SPAM)
def test_a_rentals_keys_for_a_first_payment_in_oromo_and_somali(body: str) -> None:
    assert any(t == "a rental's keys sent for a deposit" for t, _ in spam_topics(body))
    spam, why = judged(body, ITEM)
    assert spam, why


def test_a_resident_on_keys_and_rent_in_oromo_stays_ham() -> None:
    body = "Furtuun mana kiraa baay'ee qaali dha; kaffaltii kiraa $900 ji'atti. Bilbila 555-0100"
    assert all(t != "a rental's keys sent for a deposit" for t, _ in spam_topics(body))
