"""Session 20 (scams20): money asked up front to a person's payment account (a place, a unit, a
job, a repair held for whoever pays first), a notice that threatens the reader and asks them to
pay at an outside link, a grant guaranteed for a fee, and the Creole words for a social security
number and a bank account. Every row here was written for this file; none is copied from a set.
"""

from __future__ import annotations

import pytest

from intake.text.spam.idask import asks_for_secret
from intake.text.spam.upfront import (
    guaranteed_grant,
    identity_at_link,
    money_up_front,
    threat_to_pay,
)
from tests.unit.text.spam_judging import judged

HOUSING = (
    "Item 4: Rezoning of the Bellweather cannery for 180 apartments, 40 of them affordable",
    "The affordable units must go to families who already live in the east end.",
    "Please keep the riverside path open during construction.",
    "The parking plan for the cannery lots is not enough for 180 households.",
)

# --------------------------------------------------------------------------- spam

UP_FRONT = [
    # A unit held for a deposit by an app, opened in a resident's voice (English, Spanish,
    # French, Portuguese, Vietnamese).
    "I support the cannery plan. My aunt manages the early list for the affordable units, send a "
    "$250 deposit by Zelle to 617-555-0143 to hold your spot before the lottery opens.",
    "Apoyo las viviendas. Mi primo tiene tres apartamentos antes del sorteo, $950 al mes, hay que "
    "mandar un depósito de $400 por Cash App $CasasBellweather para apartar el suyo.",
    "Je soutiens le projet. Pour réserver un logement abordable, envoyez 200 $ de dépôt par "
    "Venmo @Logements-Cannery avant vendredi.",
    "Apoio o projeto. Quem quiser vaga no estacionamento paga o sinal de $60 pelo Zelle "
    "978-555-0121 para reservar.",
    "Tôi ủng hộ dự án. Ai cần thợ sửa mái thì đặt cọc trước 30% qua Zelle 617-555-0177, "
    "làm ngay tuần này.",
    # A job's uniform paid before starting, in English.
    "Cannery cleanup crew hiring 20 people, $28 an hour. Pay $60 for your vest and badge before "
    "you start, Cash App $CanneryCrewBoss.",
]

THREATS = [
    # Register or be fined, pay at a link (English, Spanish, French).
    "NOTICE TO TENANTS: all households in the east end must file the new occupancy form by "
    "Jan 10 or face a $300 penalty. Pay the $45 filing fee now at eastend-occupancy-file.com",
    "AVISO: todos los dueños deben inscribir su vivienda antes del 20 de enero, de lo contrario "
    "recibirán una multa de $400. Pague la cuota en registro-vivienda-bellweather.com hoy.",
    "AVIS : chaque propriétaire doit déclarer son logement avant le 5 février, sinon une amende "
    "de 350 $ s'applique. Payez les frais sur declaration-logement-bw.com",
]

GRANTS = [
    "Storefront owners: the $20,000 facade grant is confusing, our office files it for you and "
    "we guarantee approval for $500. Call 617-555-0190.",
    "Dueños de tiendas: la subvención de $15,000 se la garantizamos 100% por $400 de trámite. "
    "Llame al 617-555-0166.",
]


IDENTITIES = [
    # A fake petition and a fake relief form, addressed to the city's residents.
    "Residents of the east end: the cannery vote is being rigged! Sign the official petition, "
    "just enter your name, date of birth and last 4 of SSN to be counted: eastend-vote-check.com",
    "Vecinos del este: el programa de ayuda para inquilinos ya abrió. Ingrese su fecha de "
    "nacimiento y su cuenta bancaria en ayuda-inquilinos-este.com para recibir el pago.",
]


@pytest.mark.parametrize("body", UP_FRONT + THREATS + GRANTS + IDENTITIES)
def test_money_up_front_and_threats_to_pay_are_spam(body: str) -> None:
    assert judged(body, HOUSING)[0], judged(body, HOUSING)[1]


@pytest.mark.parametrize("body", UP_FRONT)
def test_money_up_front_is_read(body: str) -> None:
    assert money_up_front(body) is not None


@pytest.mark.parametrize("body", THREATS)
def test_a_threat_with_a_payment_is_read(body: str) -> None:
    assert threat_to_pay(body) is not None


def test_a_grant_guaranteed_for_a_fee_is_read() -> None:
    assert guaranteed_grant(GRANTS[0]) is not None


@pytest.mark.parametrize("body", IDENTITIES)
def test_an_identity_to_enter_is_read(body: str) -> None:
    assert identity_at_link(body) is not None


def test_the_creole_social_and_bank_account_are_asked() -> None:
    body = "FEMA ap bay $4,000 pou chak kay. Voye non ou, nimewo sosyal ou ak kont bank ou jodi a."
    assert asks_for_secret(body) is not None


# --------------------------------------------------------------------------- residents

RESIDENTS = [
    # A group collecting dues, a neighbour chipping in, a bill paid: an app, a sum, no deposit.
    "Our block club supports the cannery plan. Dues are still $15 a year, Venmo @EastEndBlockClub, "
    "and we meet the first Tuesday at the library.",
    "We have raised $3,400 toward a lawyer to review the cannery agreement. If you can chip in, "
    "Venmo @EastEndNeighbors, every bit helps.",
    "The community fridge on Dock Street needs $300 a month. Venmo @DockStFridge to keep it "
    "stocked through the construction.",
    "I paid my $212 water bill by Zelle to the utility's number 617-555-0100 and it still shows "
    "as late. The billing office needs more staff before 180 more households arrive.",
    # Warnings about the same asks, in several languages.
    "Someone is asking families to send a $300 deposit by Zelle to 617-555-0144 to hold an "
    "affordable unit. The list has not opened. Do not send money.",
    "Cuidado: una señora pide un depósito de $500 por Cash App $ApartaTuCasa para reservar. ¡No "
    "manden nada, la lotería no existe todavía!",
    "Attention : on demande un dépôt de 200 $ par Venmo @Logements-Cannery pour réserver. C'est "
    "une arnaque.",
    # A real fee and a real deadline, told by a resident or pointed to the city's site.
    "Landlords must register by March 1 or face a $500 fine, and the fee is $75. That is too much "
    "for small owners; details at https://www.bellweather.gov/rental-registry",
    "I got a letter saying I must register by March 1 or pay a fine. Pay here: "
    "https://bellweather-registry.com. Is this real? It looks like a scam to me.",
    "The facade grant guarantees $10,000 to every storefront that qualifies; the city's small "
    "business office at 617-555-0102 explains the rules.",
    # An identity asked at a page, reported by whoever received it.
    "Neighbors, a text is going around: 'enter your date of birth and last 4 of SSN at "
    "eastend-vote-check.com to sign'. I checked with the clerk; it is not the city's.",
]


@pytest.mark.parametrize("body", RESIDENTS)
def test_residents_alike_stay_unflagged(body: str) -> None:
    assert not judged(body, HOUSING)[0], judged(body, HOUSING)[1]


@pytest.mark.parametrize("body", RESIDENTS[:7])
def test_no_money_up_front_in_residents(body: str) -> None:
    assert money_up_front(body) is None


def test_no_threat_in_a_resident_with_the_first_person() -> None:
    assert threat_to_pay(RESIDENTS[8]) is None


def test_no_identity_ask_in_a_report() -> None:
    assert identity_at_link(RESIDENTS[10]) is None


def test_a_grant_that_guarantees_a_sum_is_not_a_guaranteed_fee() -> None:
    assert guaranteed_grant(RESIDENTS[9]) is None
