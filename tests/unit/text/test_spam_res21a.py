"""Session 21 (res21a): residents written in the shapes closest to spam, found flagged by probing.

Every row here was invented for this file (none copied from any set): fundraisers that sell
through a messenger or a payment app, a code whose sales go partly to a cause, a list of links
its writer labels as sources, a meeting's dial-in number and ID, a youth league's own costs
beside its fee. Each rule is read by what the text does, and spam of the same shapes stays
caught.
"""

from __future__ import annotations

import pytest

from intake.text.spam.channels import messenger_money
from intake.text.spam.events import without_dial_ins
from intake.text.spam.links import find_links, phone_count, reading_list
from intake.text.spam.notices import payment_handle
from intake.text.spam.offers import offer_evidence
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import raises_money_for_a_cause
from intake.text.spam.windfalls import advance_fee
from tests.unit.text.spam_judging import judged

BOND = (
    "Resolution 2026-131: $18.9 million bond for the Riverside Youth Soccer Complex",
    "I support the soccer complex, our kids play on dirt fields.",
    "Too expensive, fix the roads first.",
    "The bond will raise property taxes by about $40 a year on a median home.",
)
PARKS = (
    "Ordinance 12: park improvements and playground replacement",
    "The playground at Elm Park is falling apart.",
    "Please add shade structures and water fountains.",
    "I oppose spending on parks while potholes go unfixed.",
)
VENDING = (
    "Ordinance 2026-18: permits for food trucks and sidewalk vending on Market Street",
    "Food trucks bring life to Market Street.",
    "Restaurants pay rent and taxes, trucks do not.",
    "The permit fee of $600 is too high for small vendors.",
)

# --------------------------------------------------------------------------- a fundraiser's cause

FUNDRAISERS = {
    "sambusa, WhatsApp": "Our Somali youth team is selling sambusa after Friday prayers, $10 "
    "each, all money goes to cleats. WhatsApp Hodan 402-555-0134 to order. We support the bond!",
    "sambusa, short": "$10 each!! Sambusa, mandazi, chai. Friday after Jummah at Masjid Al-Noor. "
    "WhatsApp 402-555-0161 to pre-order. All for the youth team.",
    "tamales, Spanish": "Vendemos tamales para el equipo juvenil, $25 la docena. Pedidos por "
    "WhatsApp al 402-555-0174 (Doña Lupe). ¡Apoyamos el bono para las canchas!",
    "tamales by the dozen": "Tamales $30/dozen, pick up Sat. Order on WhatsApp 555-0190. For "
    "the girls volleyball team trip.",
    "yard sale, Venmo": "Yard sale for the playground fund Saturday 8am, 211 Elm. Everything "
    "$1-$20. Venmo ok @elmparkfamilies",
    "pupusas, Zelle, Spanish": "¡Venta de pupusas para la escuela! $3 cada una, sábado en el "
    "parque Lincoln. Zelle a lincolnpta@gmail.com. ¡Gracias!",
    "French supper": "Souper spaghetti au profit du club de soccer, 20 $ par personne. "
    "Réservez par WhatsApp au 402-555-0112.",
    "Portuguese barbecue": "Churrasco em prol do time juvenil, $15 o prato. Pedidos pelo "
    "WhatsApp 402-555-0127.",
    "car wash": "The U12 Rockets car wash Saturday, $10 a car, every dollar goes to field "
    "rental. Venmo @RiversideRockets if you can't make it.",
    "raffle": "Raffle tickets $5, proceeds benefit the girls' league. Cash App $RivGirlsFC or "
    "WhatsApp 402-555-0150.",
}
CAUSED_SHAPES = {
    "goes to": "all money goes to cleats",
    "proceeds": "all proceeds to the robotics team",
    "every dollar": "every dollar pays field rental",
    "a share of sales": "they are donating 5% to the street fair",
    "for the team": "For the girls volleyball team trip.",
    "Spanish": "todo lo recaudado es para el equipo",
    "French": "au profit du club",
}
NOT_A_CAUSE = [
    "all proceeds go to your family",  # the reader is the beneficiary: a pitch
    "proceeds go to you fast",
    "the redistricting map is a disaster for our kids",
    "give 15% off to anyone with a bus pass",
    "You have been selected for the National Trades Scholarship",
]


@pytest.mark.parametrize("name", sorted(CAUSED_SHAPES))
def test_a_fundraiser_says_where_its_money_goes(name: str) -> None:
    assert raises_money_for_a_cause(CAUSED_SHAPES[name])


@pytest.mark.parametrize("text", NOT_A_CAUSE)
def test_money_for_the_reader_is_no_cause(text: str) -> None:
    assert not raises_money_for_a_cause(text)


@pytest.mark.parametrize("name", sorted(FUNDRAISERS))
def test_a_fundraiser_selling_through_a_messenger_or_an_app_is_no_advert(name: str) -> None:
    is_spam, reasons = judged(FUNDRAISERS[name], BOND)
    assert not is_spam, reasons


def test_the_cause_stops_the_sum_beside_a_messenger() -> None:
    """Fails without the change: the sambusa sale scored 0.75 by a sum beside WhatsApp."""
    body = FUNDRAISERS["sambusa, WhatsApp"]
    assert messenger_money(body, body, BOND) is None
    assert messenger_money("$10 each, WhatsApp Hodan to order.", "", BOND) == "WhatsApp"


def test_the_cause_stops_the_private_payment_handle() -> None:
    body = FUNDRAISERS["yard sale, Venmo"]
    assert payment_handle(body) is None
    assert payment_handle("Everything $1-$20. Venmo ok @elmparkfamilies") is not None


def test_a_code_whose_sales_go_to_a_cause_gives_no_benefit_weight() -> None:
    body = (
        "Love the trucks on Market! My favorite is Seoul Bowl, use code MARKET10 for 10% off "
        "this month, they are donating 5% to the street fair. Please approve the permits."
    )
    is_spam, reasons = judged(body, VENDING)
    assert not is_spam, reasons
    assert "with what it gets the reader" not in reasons


SPAM_WITH_A_CAUSE_WORD = [
    "Earn $500 daily from home, all proceeds go to your family! WhatsApp +1 555 014 2287 now.",
    "Cheap Rolex replicas $49.99, 10% of sales go to charity. Order on WhatsApp 555-0190 today!",
    "Get 30% off crypto signals with code MOON30, we donate 5% to charity! Join t.me/moonsignals",
    "Loans up to $5,000 approved in 24 hours, no credit check, proceeds go to you fast. Cash "
    "App $QuickLoanNow or WhatsApp 555-0121",
    "Please donate to feed 5,000 families this winter, all proceeds go to the shelter. Donate "
    "securely at feedfamilies-global.org",
    "Fundraiser for the team! Send a $50 deposit by Zelle to coach.mike77@gmail.com to reserve "
    "your spot in the lottery for a free iPhone.",
]


@pytest.mark.parametrize("body", SPAM_WITH_A_CAUSE_WORD)
def test_spam_naming_a_cause_is_still_spam(body: str) -> None:
    is_spam, reasons = judged(body, BOND)
    assert is_spam, reasons


# --------------------------------------------------------------------------- a list of sources

LISTS = {
    "Sources:": (
        "Climate action plan and gas leaf blower ban",
        "Sources:\nhttps://www.epa.gov/air-emissions-inventories\nhttps://www.carb.ca.gov/sore\n"
        "https://quietcommunities.example.org/leaf-blowers\n"
        "https://www.news.example.com/2023/leafblowers.html",
    ),
    "Read these": (
        "Ordinance 2026-44: short-term rental registration and caps",
        "Read these before you vote: https://www.globe.example.com/2024/airbnb-caps "
        "https://www.citylab.example.com/str-rules https://insideairbnb.example.com/our-city",
    ),
    "Studies:": (
        "Route 12 bus service changes and Main Street bus lane",
        "Studies: nacto.example.org/bus-lanes, transitcenter.example.org/busbetter, "
        "https://www.mainstreet.example.org/bus-lane-businesses",
    ),
    "Fuentes:": (
        "Route 12 bus service changes and Main Street bus lane",
        "Fuentes:\nhttps://www.transito.example.org/carriles\nhttps://www.diario.example.com/"
        "autobuses",
    ),
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_a_list_its_writer_labels_as_sources_is_no_link_spam(name: str) -> None:
    title, body = LISTS[name]
    is_spam, reasons = judged(body, (title, "Please decide soon.", "I have questions."))
    assert not is_spam, reasons
    assert "link-only" not in reasons and "front page" not in reasons


def test_the_label_needs_every_link_into_a_page() -> None:
    body = "Sources: https://cheap.example.com https://deals.example.net/go"
    assert reading_list(body, find_links(body), SpamSettings()) is None


LINK_SPAM = [
    "Best deals: http://deals.example.com http://cheap.example.net http://promo.example.org",
    "Buy now: https://pills.example.com/order https://meds.example.net/cheap",
    "https://casino.example.com/bonus https://slots.example.net/free-spins",
]


@pytest.mark.parametrize("body", LINK_SPAM)
def test_lists_of_links_without_a_sources_label_are_read_as_before(body: str) -> None:
    is_spam, reasons = judged(body, None)
    assert is_spam, reasons


# --------------------------------------------------------------------------- a meeting's dial-in

DIAL_INS = [
    "Riders Alliance meeting Tuesday 6pm, Zoom link: zoom.example.us/j/98765432101. Or call in "
    "+1 312 626 6799, ID 987 6543 2101. We want the 6am trip kept.",
    "Tenants union meeting Thursday 7pm. Dial-in: 646-558-8656, meeting ID 845 1234 5678, "
    "passcode 2027. Bring your lease.",
    "Reunión de vecinos el martes a las 6pm por Zoom. Por teléfono: +1 669 900 6833, ID 812 "
    "4455 0199. Hablaremos de la ruta 12.",
]


@pytest.mark.parametrize("body", DIAL_INS)
def test_a_meetings_dial_in_is_not_the_writers_number(body: str) -> None:
    is_spam, reasons = judged(body, None)
    assert not is_spam, reasons
    assert "abroad" not in reasons
    assert phone_count(without_dial_ins(body), SpamSettings()) == 0


def test_a_number_without_a_meeting_id_is_still_a_number() -> None:
    body = "Join the meeting, or call me at +1 312 555 0187 to talk it over."
    assert without_dial_ins(body) == body
    is_spam, reasons = judged(
        "Earn $400 a day from home, no meeting needed. Call +1 312 555 0187 now!", None
    )
    assert is_spam, reasons


# --------------------------------------------------------------------------- the writer's costs


def test_a_sum_by_the_hour_the_writers_group_pays_is_no_wage_offered() -> None:
    """Fails without the change: "We pay $60/hr" and "Registration is $75" read as a post's
    wage and its fee (0.70 alone)."""
    body = (
        "Coach Ray here, Eastside Hoops, 140 kids ages 8-14. We pay $60/hr for gym space. "
        "Registration is $75 but nobody is turned away. eastsidehoops.example.org | 555-0159. "
        "Please sign the agreement."
    )
    assert advance_fee(body) is None
    is_spam, reasons = judged(body, None)
    assert not is_spam, reasons


@pytest.mark.parametrize(
    "body",
    [
        "CANNERY JOBS 2026 - $28/hr + free housing!!! Pay $150 registration to secure your slot.",
        "We are hiring drivers at $31/hr. Pay a $90 registration fee to start: 555-0142",
        "Pago $18/hora en el campo. Solo cubra $450 de trámite. Llame al 555-0127",
    ],
)
def test_a_wage_offered_beside_a_fee_is_still_the_hook(body: str) -> None:
    assert advance_fee(body) is not None


# --------------------------------------------------------------------------- a vote called for

REALTORS = [
    "Homes near parks sell 8% faster. Vote yes. Jane Miller, Realtor, Prairie Homes, "
    "402-555-0188, jane@example.com",
    "Property values near new fields rise 5-7% in 3 years. Vote yes. Mark Chen, Broker, "
    "Riverside Realty, 402-555-0117, mark@riversiderealty.example.com",
    "Mixed use raises nearby values about 4%. Vote no anyway, traffic matters more. Lisa "
    "Grant, Realtor, 555-0184, lisa@grantgroup.example.com",
    "Las casas cerca de parques se venden 8% más rápido. Vota sí. Ana Ruiz, agente, 555-0193",
]


@pytest.mark.parametrize("body", REALTORS)
def test_a_figure_beside_a_vote_called_for_is_no_offer(body: str) -> None:
    """Fails without the change: the first scored 0.66 by '8%' read as an offer."""
    assert offer_evidence(body, True, SpamSettings(), PARKS) == []
    is_spam, reasons = judged(body, PARKS)
    assert not is_spam, reasons
    assert "offer:" not in reasons


def test_a_figure_without_a_vote_is_still_an_offer() -> None:
    body = "Homes sell 8% faster with staging. Jane Miller, Realtor, 402-555-0188"
    assert offer_evidence(body, True, SpamSettings(), PARKS) != []


@pytest.mark.parametrize(
    "body",
    [
        "Vote yes! Earn $500 daily from home, no experience. WhatsApp +1 555 014 2287 now.",
        "Vota sí. Préstamos de $5,000 sin buró, aprobación en 24 horas. WhatsApp 555-0121",
        "Vote no on the tax. Cheap Rolex replicas $49.99, order at replica-watches.example.shop",
    ],
)
def test_a_vote_called_for_does_not_hide_an_advert(body: str) -> None:
    is_spam, reasons = judged(body, PARKS)
    assert is_spam, reasons


LABELLED_INLINE = {
    "documents to read": (
        "Resolution 7: a discharge permit for the tannery expansion",
        "Documents everyone should read before the vote:\n"
        "https://cityhall.example.org/council/item-7-staff-report.pdf\n"
        "https://permits.example.org/NE555/fact-sheet\n"
        "https://riverdata.example.org/mill-creek-gauge",
    ),
    "for the board file": (
        "Item 3: naming the corner of Elm and 4th for Coach Ray Dawson",
        "For the board file: his 1988 newspaper profile https://archive.example.org/1988-dawson, "
        "the league's history https://eastsidehistory.example.net/league, and the petition with "
        "1,310 signatures https://petitions.example.com/dawson-corner",
    ),
}


@pytest.mark.parametrize("name", sorted(LABELLED_INLINE))
def test_a_labelled_list_is_about_its_sources(name: str) -> None:
    """Fails without the change: the inline list read as unrelated to the item, with its
    petition's count as an offer (0.84)."""
    title, body = LABELLED_INLINE[name]
    context = (title, "Please decide soon.", "I have questions about this.", "Long overdue.")
    is_spam, reasons = judged(body, context)
    assert not is_spam, reasons
    assert "offer:" not in reasons and "unrelated" not in reasons
