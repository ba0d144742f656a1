"""Round 24: a notice addressed to the reader about their own account, card or property (an
office or a brand, a cost or a penalty, a way to act that is not the city's), and money asked for
in gift cards. Every row here was written for this file; none is copied from a fixture.
"""

from __future__ import annotations

import pytest

from intake.text.spam.notices import gift_card_payment, notice_evidence, reader_notice
from tests.unit.text.spam_judging import judged

GARAGE = (
    "Item 14: Rate changes for the Northgate parking garage and the boat launch",
    "Monthly permits should stay under sixty dollars.",
    "The boat launch needs more trailer parking on weekends.",
    "Please add more EV chargers on level two.",
)


@pytest.mark.parametrize(
    "body",
    [
        "Northgate Parking Services: your monthly permit has expired. Renew today to avoid "
        "towing of your vehicle: northgate-permit-renewal.info",
        "Harbourmaster notice: your trailer registration is overdue and a $60 penalty applies. "
        "Settle now at launch-fees-online.net/pay",
    ],
)
def test_a_notice_about_the_readers_own_thing_is_spam(body: str) -> None:
    spam, why = judged(body, GARAGE)
    assert spam, (body, why)
    assert "a notice to the reader" in why, why


@pytest.mark.parametrize(
    "body",
    [
        "WARNING: your laptop has been locked because of a virus detected on this network. "
        "Call Technical Support immediately on 1-877-555-0143",
        "Aviso: su placa de estacionamiento está vencida. Evite la multa y pague hoy en "
        "estacionamiento-pagos.info",
        "Avis : le solde de votre carte de stationnement est remboursable. Réclamez-le avant le "
        "20/12 : stationnement-remboursement.info",
        "Sua conta de estacionamento está bloqueada. Regularize agora: estaciona-conta.info",
        "停车管理处通知：您的车辆停车费已逾期，将被罚款。请立即致电 1-888-555-0177 处理。",
        "Уведомление: ваша карта парковки заблокирована. Оплатите сегодня: parkovka-oplata.info",
    ],
)
def test_the_notice_is_read_in_any_language(body: str) -> None:
    _, why = judged(body, GARAGE)
    assert "a notice to the reader" in why, why


def test_a_notice_without_a_way_to_act_is_one_sign_of_nothing() -> None:
    body = "Your monthly permit has expired. Renew today to avoid towing of your vehicle."
    assert reader_notice(body) is not None
    assert notice_evidence(body, reachable=False) == []


@pytest.mark.parametrize(
    "body",
    [
        # Quoting the text to warn neighbours.
        "I got a text saying 'your parking permit has expired, pay now at "
        "northgate-permit.info'. Don't click it, the city site ends in .gov.",
        "Beware neighbours: texts claiming your vehicle will be towed unless you pay at a link "
        "are fake. Call 555-0100, the garage office, instead.",
        "Scam alert! Someone is asking seniors to pay overdue parking fines with gift cards. "
        "Please share: police non-emergency line 555-0111.",
        # Angry at a real fee or notice.
        "My permit expired while I was in hospital and I was fined $75. Please add a grace "
        "period. See https://example.com/petition",
        # "Your" written to the council.
        "Your decision to raise the boat launch fee by 40% is unfair to families. Fines for "
        "overstaying are already high. Details: https://news.example.com/launch-fees",
        "To council: your garage website has been down for a week and residents with expired "
        "permits are getting fines. Fix it now: https://example.org/report",
        "Your staff told me the monthly permit would expire on the 1st, but the penalty came "
        "on the 28th. Call me at 555-0199.",
        # A real community group's announcement.
        "Northgate Rowing Club: members, your club boat rack fees are due before 12/15, late "
        "fees apply. Questions to rowing@example.org",
        "Please never pay city fees with gift cards, the garage only takes cards at the kiosk. "
        "Questions: 555-0123",
    ],
)
def test_residents_are_kept_apart(body: str) -> None:
    spam, why = judged(body, GARAGE)
    assert not spam, (body, why)
    assert "lure: a notice" not in why and "gift cards" not in why, why


def test_money_asked_for_in_gift_cards_is_a_lure() -> None:
    body = (
        "Pastor Mike needs urgent help for the youth trip. Please buy 3 Google Play gift cards "
        "of $50 and send photos of the codes to pastor.mike.help@example.net"
    )
    _, why = judged(body, GARAGE)
    assert "money asked for in gift cards" in why, why
    assert gift_card_payment("Chiots à vendre, paiement par carte cadeau uniquement.")
    assert gift_card_payment("Solo pague la tarifa en tarjetas de regalo.")


@pytest.mark.parametrize(
    "body",
    [
        "The garage should never accept gift cards as payment.",
        "I was asked to pay my parking fine with gift cards, it was a scam.",
        "Congratulations to the winners of the gift card raffle at the boat launch cleanup!",
    ],
)
def test_gift_cards_named_by_residents_are_not(body: str) -> None:
    assert gift_card_payment(body) is None
