"""Session 14: one way to reach a resident, counted once.

A home business asking to be among the first served by an item's programme, leaving a number
and an address under "please contact me", was flagged: the phone, the e-mail and the invitation
each counted +0.15 (one act, three pieces of evidence), and the service it asked for ("service
area", "pickup route") read as an advert's words. Every row here was written for this file, in
other words and languages than the spent set's.
"""

from __future__ import annotations

import pytest

from intake.text.spam import SpamSettings
from intake.text.spam.contactblock import one_contact_block
from intake.text.spam.evidence import Evidence
from intake.text.spam.signup import asks_to_be_served
from tests.unit.text.spam_judging import judged

COMPOST = (
    "Ordinance 2026-212: curbside collection of food scraps, starting in two neighbourhoods",
    "Our bin smells all summer; collecting scraps weekly would help a lot.",
    "Who pays for the green bins? The ordinance does not say.",
    "Start with the apartment buildings, they have no yard to compost in.",
    "The city composting site already takes yard waste; add scraps there.",
    "Please publish the routes before the council votes.",
)

ASKING = [
    pytest.param(
        "I run a small bakery from my kitchen and would like to be on the list for the first "
        "service area. Please contact me: 555-0182, ana.bakes@example.com. Thank you.",
        id="en-bakery",
    ),
    pytest.param(
        "Tengo una peluquería en casa y me gustaría estar en la lista para la primera zona de "
        "servicio. Por favor contácteme: 555-0190, lucia.pelu@example.com. Gracias.",
        id="es-hairdresser",
    ),
    pytest.param(
        "Je tiens un atelier de couture chez moi et je voudrais être sur la liste pour la "
        "première zone de service. Contactez-moi : 555-0163, claire.couture@example.com. Merci.",
        id="fr-seamstress",
    ),
]


@pytest.mark.parametrize("body", ASKING)
def test_a_business_asking_to_be_served_with_its_contact_block_is_not_spam(body: str) -> None:
    spam, why = judged(body, COMPOST)
    assert not spam, why


@pytest.mark.parametrize("body", ASKING)
def test_the_contact_block_counts_once(body: str) -> None:
    _, why = judged(body, COMPOST)
    assert "one way to reach the writer" in why, why
    assert why.count("contact:") == 1, why


ADVERTS = [
    # Offers with a number and an address: no request to be served, still spam.
    "Professional carpet cleaning service, cheap prices, licensed and insured. Call now "
    "555-0147 or write sparkle.carpets@example.com",
    "Servicio de limpieza profesional, precios baratos, presupuesto gratis. Llame al 555-0148 "
    "o escriba a limpieza.top@example.com",
]


@pytest.mark.parametrize("body", ADVERTS)
def test_an_advert_with_its_contact_block_stays_spam(body: str) -> None:
    spam, why = judged(body, COMPOST)
    assert spam, why


def test_contact_parts_spread_over_the_text_stay_apart() -> None:
    """A number at the top and an address at the end, sentences apart: an advert repeating its
    channel, each part counted."""
    s = SpamSettings()
    body = (
        "Call 555-0147 today. We clean carpets. We clean sofas. We clean rugs. "
        "Write to sparkle.carpets@example.com"
    )
    parts = {
        "phone": [Evidence(0.15, "phone")],
        "e-mail": [Evidence(0.15, "e-mail")],
    }
    assert [e.weight for e in one_contact_block(body, parts, s)] == [0.15, 0.15]
    together = "We clean carpets. Call 555-0147 or write to sparkle.carpets@example.com"
    assert [e.weight for e in one_contact_block(together, parts, s)] == [pytest.approx(0.2)]


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Please sign me up for the first route.", True),
        ("Apúntenme para la primera ruta, por favor.", True),
        ("Inscrivez-moi pour la première tournée.", True),
        ("Join our mailing list for discounts!", False),
        ("We offer the best service on the list of providers.", False),
    ],
)
def test_asking_to_be_served_is_first_person(text: str, asks: bool) -> None:
    assert asks_to_be_served(text) is asks
