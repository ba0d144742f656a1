"""Session 18, round 2: adverts that ride on the item, the misses of `-34` and `-35`.

Every row here was written for this file. A business opens on the item's subject and then
sells in its own terms -- a flat rate, a free site visit, a keyword to text to a number said
in words, goods it carries and financing, wholesale, "se habla español", French and Louisiana
Creole terms, Chinese "installation included" -- closed by its number, link or messenger; a web
marketer sells the site's owner their reach on Google while naming the page it "came across".
Residents on the same item run businesses too, give their number and site, and complain about
the city's website: they stay clean.
"""

from __future__ import annotations

import pytest

from intake.text.spam.ownerpitch import web_reach_pitch
from intake.text.spam.selleroffer import terms_of_trade
from tests.unit.text.spam_judging import judged

#: The item and its residents.
LEVEE = (
    "Ordinance 41-7: raising the Bayou Tortue levee and a new pumping station at Anse Rouge",
    "The levee at Anse Rouge topped twice last spring and our street flooded both times.",
    "Will the pumping station run on a generator when the power goes out in a storm?",
    "Please publish the elevation survey before the vote so we can read it.",
    "Mo kontan yé va lévé la lévé, dolo-la té rantré dan mo lakour.",
    "Merci au conseil, la digue est trop basse depuis des années.",
    "Bà con ở Anse Rouge mong hội đồng làm trạm bơm sớm.",
    "El dique necesita arreglo antes de la temporada de huracanes.",
)

ADVERTS = {
    "English crew, number in words, a flat rate": "Raising the levee is overdue. Contractors "
    "filing for the pump station work need a bond and insurance packet; we handle the whole "
    "packet at a flat rate. Call Dana at five-five-five, zero one four four.",
    "English lifter, free site visits, keyword to a spelled number": "Two feet of freeboard is "
    "smart. We lift houses on slab across the parish and site visits are free this month. Text "
    "RAISE to five five five, zero one seven one.",
    "English dealer, three terms and a spaced number": "A new launch ramp will bring the fleet "
    "back. We carry new outboards and do easy financing, and two of our mechanics speak "
    "Vietnamese. Stop by the shop or call 5 5 5 - 0 1 6 3",
    "French buyer with a link": "Vous avez des terres près de la digue? On achète comptant, pas "
    "de frais, meilleur prix. Remplissez le formulaire: terres-cash-bayou.com",
    "Louisiana Creole pump shop": "Pomp-la té mò pandan louragan-la. Nouzòt vann é réparé pomp, "
    "pri bon, travay vit. Kriyé Nonc Ti-Jean 555-0148.",
    "Spanish wholesale, number in words": "Antes de la temporada, vendemos sacos de arena al "
    "mayoreo con entrega a domicilio. Pedidos por WhatsApp: cinco cinco cinco, cero uno dos "
    "siete.",
    "Chinese kit with a messenger": "防洪堤加高要好几年，我们代理一种防水挡板，这个月打折，"
    "包安装，需要的加微信 dangban_la",
    "web marketer naming the page": "Hello, I came across your website while reading about the "
    "levee ordinance. The pages load slowly on mobile and you could double your traffic. I'd "
    "love to send over a free redesign mockup. Just reply yes.",
    "German SEO pitch": "Guten Tag, bei einer Analyse Ihrer Website ist uns aufgefallen, dass "
    "Ihre Seite zum Thema „Deichbau“ kaum bei Google erscheint. Mit unserem SEO-Paket bringen "
    "wir Sie auf Seite 1. Für ein kostenloses Audit antworten Sie einfach auf diese Nachricht.",
}

RESIDENTS = {
    "welder with phone and site": "I run a welding shop on Hwy 9 and we've built trash racks "
    "for the parish pumps before. Please hire local shops for the pump station steel. Marcel "
    "Guidry, 555-0190.",
    "French resident who sold land": "On a vendu notre terre à la paroisse en 2019 et la digue "
    "passe maintenant derrière la maison. Appelez-moi si vous voulez en parler: 555-0133.",
    "resident complaining about the site": "Your website does not load on my phone and the "
    "elevation survey is not on Google either. Please reply with a link to the survey.",
    "Creole resident": "Mo té travay pou lapawas trant an. Nou bézwin la lévé avan louragan "
    "kap vini. Kriyé mo si vou bézwin lèd: 555-0171.",
    "Spanish resident on delivery": "Mi familia recibió sacos de arena a domicilio de la "
    "parroquia el año pasado, gracias. ¿Se repetirá este año? Mi teléfono es 555-0112.",
    "boat owner": "We carry our skiffs over the levee by hand now. A ramp would help every "
    "shrimper at Anse Rouge. Call me if the board needs a count of boats, 555-0108.",
}


@pytest.mark.parametrize("name", sorted(ADVERTS))
def test_adverts_of_minus_34_and_35s_shapes_are_spam(name: str) -> None:
    is_spam, reasons = judged(ADVERTS[name], LEVEE)
    assert is_spam, reasons


@pytest.mark.parametrize("name", sorted(RESIDENTS))
def test_residents_running_businesses_are_not(name: str) -> None:
    is_spam, reasons = judged(RESIDENTS[name], LEVEE)
    assert not is_spam, reasons


def test_terms_are_read_in_french_louisiana_creole_and_chinese() -> None:
    assert terms_of_trade("On achète comptant, pas de frais.") == [
        "on achete",
        "comptant",
        "pas de frais",
    ]
    assert terms_of_trade("Nouzòt vann pomp, pri bon.") == ["nouzot vann", "pri bon"]
    assert len(terms_of_trade("这个月打折，包安装")) == 2
    assert terms_of_trade("Flat rate, site visits are free.") == [
        "flat rate",
        "site visits are free",
    ]
    # a resident's words around the same things are no terms
    assert terms_of_trade("The parish charges a flat tax and we carried sandbags.") == []


def test_a_web_pitch_needs_the_owner_the_reach_an_offer_and_an_ask() -> None:
    assert web_reach_pitch(ADVERTS["web marketer naming the page"]) is not None
    assert web_reach_pitch(
        "Clinics like yours lose patients to poor Google visibility. I run a marketing agency "
        "for clinics. Book a 15-minute call."
    )
    # a resident names the city's website and its reach on Google, and offers nothing
    assert web_reach_pitch(RESIDENTS["resident complaining about the site"]) is None


#: An item in a parish, for the closing call: generated praise names the parish and peoples in
#: general, which are no details of the writer's own.
LAUNCH = (
    "Ordinance 41-9: a public boat launch and parking lot for unincorporated St. Tortue Parish",
    "The old ramp at the co-op is mud at low tide, a public launch is long overdue.",
    "Where will the trailers park on tournament weekends?",
)


def test_generated_praise_naming_the_parish_and_peoples_closed_by_a_link_is_spam() -> None:
    praise = (
        "A public boat launch is a smart investment in recreation and the working waterfront "
        "of St. Tortue Parish. Access to the water supports local fishermen, tourism and small "
        "businesses alike, and strengthens the tax base. For tips on exploring Native American "
        "heritage along the bayous, visit bayou-heritage-trails.net/guide"
    )
    is_spam, reasons = judged(praise, LAUNCH)
    assert is_spam, reasons


def test_a_resident_linking_with_details_of_their_own_is_not() -> None:
    resident = (
        "The launch at Cypremort Point cost the parish about two million dollars and on a "
        "summer Saturday it fills by 7 am. Our fishing club counted 300 trailers there in June. "
        "Photos of the line at the ramp: tortue-anglers.example.net/launch-photos"
    )
    is_spam, reasons = judged(resident, LAUNCH)
    assert not is_spam, reasons


def test_a_crew_saying_what_it_is_is_a_term_and_a_family_is_not() -> None:
    assert terms_of_trade("We're a mitigation crew doing clearings.") == ["we're a mitigation crew"]
    assert terms_of_trade("We are a family of five on Bayou Road.") == []
