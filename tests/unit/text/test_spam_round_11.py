"""Round 11 (issue 14 item 6): a comment that names a word of the item's title, in the same or
another form of it ("bikes" on "bike lanes", "plaza fija" on "plazas fijas", "rent" on
"rental"),
speaks of the item. Every row here was written for this file; none is copied from a fixture.
Each legitimate comment below was labelled spam by round 10's engine (bf1cf06); each spam
look-alike stays spam.
"""

from __future__ import annotations

from intake.text import relatedness
from tests.unit.text.spam_judging import judged

BIKE_LANES = (
    "Resolution 88: Protected bike lanes on Alder Avenue, removing 140 parking spaces",
    "Parking on Alder is already scarce for the dentist and the pharmacy customers.",
    "My kids cannot cross Alder to school safely; the lanes would slow traffic down.",
    "Delivery vans double park all day; where will they load if the spaces go?",
    "Painted lines are not protection. Concrete curbs or nothing.",
    "Seniors at the co-op need the curbside spots near the entrance.",
)
TRUCK_ZONES = (
    "Resolución 41: plazas fijas para camiones de comida en el centro y el parque Ribera",
    "Los vendedores ocupan la banqueta y los peatones caminan por la calle.",
    "El parque Ribera necesita baños públicos antes de recibir más visitantes.",
    "Los restaurantes del centro pagan impuestos y alquiler; la competencia no es justa.",
    "Que el piloto tenga horarios claros y que se revise después de un año.",
    "Limpieza y basura: ¿quién recoge lo que dejan los clientes por la noche?",
)
RENTALS = (
    "Ordinance 19: Short-term rental registration and a yearly cap on booked nights",
    "Whole houses rented to tourists have emptied my block of neighbours.",
    "Registration is fine but enforcement needs staff, or the cap is a paper tiger.",
    "Party houses every weekend: noise, trash and strangers parking on the lawn.",
    "Investors buying ten houses on one street are the problem.",
    "Tourists drive too fast on our street looking for their address.",
)


def test_a_business_owner_naming_the_item_in_another_form_is_kept() -> None:
    for body, context in (
        (
            "I own Kettle Cycles at 310 Alder. Yes I sell bikes, so weigh that, but my customers "
            "tell me they would ride more if Alder did not feel like a freeway. Call me: 555-0177.",
            BIKE_LANES,
        ),
        (
            "Vendo tamales en mi camión (@tamaleslupe_ejemplo en Instagram). Hoy nos movemos "
            "cada dos horas o nos multan. Una plaza fija con permiso de $60 mensuales nos "
            "dejaría contratar dos cocineras. ¡Gracias por este piloto!",
            TRUCK_ZONES,
        ),
        (
            "I rent the loft above my garage through my own page, alderloft.example.net, and I "
            "pay the hotel tax already. Registration is fine, but a cap on nights would take a "
            "third of what keeps us in this house. Please exempt owners who live on site.",
            RENTALS,
        ),
    ):
        spam, why = judged(body, context)
        assert not spam, (body, why)


def test_adverts_that_do_not_name_the_item_stay_spam() -> None:
    for body, context in (
        (
            "Best crypto signals group, 300% profit every week guaranteed. Join now on Telegram "
            "@cryptoking_signals or WhatsApp +1 555 0100 for the VIP plan, only $49.",
            BIKE_LANES,
        ),
        (
            "Préstamos rápidos sin buró de crédito, depósito en 10 minutos. Escríbenos por "
            "WhatsApp +52 555 010 2030 y recibe hasta $20,000 hoy mismo.",
            TRUCK_ZONES,
        ),
        (
            "Work from home and earn $3,000 a week with our proven system. Contact "
            "jobs.fast.cash@example.net today, limited spots.",
            RENTALS,
        ),
    ):
        spam, why = judged(body, context)
        assert spam, (body, why)


def test_a_title_word_is_named_in_another_form() -> None:
    named = relatedness.title_terms_named
    title = "Protected bike lanes and truck zones"
    assert named(relatedness.content_terms("bikes and zone"), title) == {"bikes", "zone"}
    # A German plural with an umlaut, a French singular, a Russian case ending
    assert named(relatedness.content_terms("jeder Baum zählt"), "Fällung der Bäume") == {"baum"}
    assert named(relatedness.content_terms("une zone fixe"), "Zones de livraison") == {"zone"}
    assert named(relatedness.content_terms("про велодорожку"), "Велодорожки на улице") == {"велодо"}
    # Three letters are not enough to name a word; an unrelated word is not named.
    assert named(relatedness.content_terms("bik cheap loans"), title) == set()


def test_a_word_of_the_title_counts_twice_as_a_shared_term() -> None:
    title = "Protected bike lanes on Alder Avenue"
    terms = relatedness.content_terms("bikes alder money crypto")
    known = relatedness.context_terms((title,))
    assert relatedness.shared_with_item(terms, known, (title,)) == 4
    assert relatedness.shared_with_item(terms, known, ()) == len(terms & known) == 1
