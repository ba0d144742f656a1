"""Session 30 (res30): numbers read in the item's own country, in the Netherlands, Belgium,
Germany, Austria, France and the other countries whose language and money an item shows.

Session 29's :mod:`homeland` read an item in Britain from its signs (pounds, a postcode,
council tax) and there read a British number as the neighbours'. A Dutch, German or French
city posting to a deployment that kept the shipped region ("US") was read as American: the
tenant who gives the lift's out-of-order line ("0345-555129"), the neighbour quoting the
"hallo mam" text's "+31 6 ..." to warn, were read as numbers written for abroad
(``invented_residents_30.txt``). The item now also shows its country by its language (the one
its title is written in) and a sign of a country of that language: its money ("€ 61", "48 €",
with the euro area's members), the names of its council ("Gemeenteraad", "Bürgermeister",
"Mairie"), the Dutch postcode's shape ("3512 AB Utrecht"), and, to choose between the countries
of one language, the numbers its residents already gave ("+32 ...", "0470 55 51 23"). An item
in the deployment's own language (English on a US deployment) is never read elsewhere by these
signs: "Paris, Texas", and an American item that prices a trip in euros, stay American.
"""

from __future__ import annotations

import pytest

from intake.text.spam import Behaviour, SpamSettings, score
from intake.text.spam.abroad import national_numbers_abroad
from intake.text.spam.homeland import dialled_at_home, item_region, settings_for_item
from intake.text.spam.scoring import content_evidence

S = SpamSettings()

MARKET_NL = (
    "Gemeente Haverdam: herinrichting van het Marktplein en nieuwe marktgelden",
    "Marktgeld van € 38 naar € 61 per dag is veel te veel voor de kleine kramen.",
    "Graag meer fietsenrekken bij de ingang van de Hoogstraat.",
)
MARKET_BE = (
    "Stad Haverbeke: heraanleg van de Grote Markt en nieuwe standgelden",
    "Het college van burgemeester en schepenen wil het standgeld verdubbelen tot € 60.",
    "Bel gerust de marktleider op 0470 55 51 20, hij legt het uit.",
)
MARKET_DE = (
    "Stadt Ebersfeld, Bezirksbeirat Lindenhof: Umgestaltung des Marktplatzes",
    "Standgebühren von 25 € auf 48 € pro Markttag? Das macht die kleinen Händler kaputt.",
    "Bitte an die Fahrradständer denken.",
)
MARKET_AT = (
    "Marktgemeinde Sankt Ebersdorf: Neugestaltung des Hauptplatzes und neue Standgebühren",
    "Die Gebühr soll von 25 Euro auf 48 Euro steigen, das ist zu viel.",
    "Die Unterlagen liegen im Gemeindeamt, 3100 St. Pölten, auf.",
)
MARKET_FR = (
    "Mairie de Montclar : réaménagement de la place du Marché",
    "Passer de 22 € à 41 € l'emplacement, c'est la mort des petits commerçants.",
    "Pensez aux arceaux pour les vélos.",
)
#: An American city's item, in English, naming a place that shares its name with a French one.
PARIS_TEXAS = (
    "City of Paris, Texas: water rate increase for the Lamar Avenue district",
    "Rates went from $38 to $61 a month, too much for retirees.",
    "The council should hold a meeting at the Paris Junior College.",
)


@pytest.mark.parametrize(
    ("context", "region"),
    [
        (MARKET_NL, "NL"),
        (MARKET_BE, "BE"),
        (MARKET_DE, "DE"),
        (MARKET_AT, "AT"),
        (MARKET_FR, "FR"),
        # The title alone: the council's own name in its language.
        (("Gemeenteraad Haverdam: sluiting van buurthuis De Wilg en het zwembad",), "NL"),
        (("Gemeinderat Ebersfeld: Schließung des Hallenbads und das Jugendzentrum",), "DE"),
        (("Conseil municipal de Montclar : fermeture de la piscine des Tilleuls",), "FR"),
        # A Dutch postcode's shape.
        (
            ("Bewonersavond in het wijkcentrum, Lindelaan 3, 3512 AB Utrecht, voor de hele buurt",),
            "NL",
        ),
    ],
)
def test_an_item_of_another_country_is_read_there(context: tuple[str, ...], region: str) -> None:
    assert item_region(context, "US") == region
    assert settings_for_item(S, context).phone_region == region


@pytest.mark.parametrize(
    "context",
    [
        PARIS_TEXAS,
        # An American item in English pricing a trip abroad in euros.
        ("Sister city delegation to Paris, France, costs €1,200 a person", "Too expensive."),
        # An American item in Spanish counts in dollars, names no other country's council.
        (
            "Concejo Municipal: nuevas tarifas del estacionamiento en el centro",
            "La tarifa sube de $2 a $3 por hora, es demasiado para los trabajadores.",
        ),
        # A French-language item of a Louisiana parish, in dollars.
        ("Paroisse de Lafayette : les tarifs de l'eau passent de 38 $ à 61 $ par mois",),
        # A street address is no postcode; residents' Spanish, French and German (a
        # "Bürgermeister", euros sent home) are no sign of where the item is.
        (
            "Ordinance 2026-84: 1400 Mill Street shelter",
            "Mandé 200 € a mi mamá en Madrid, pero aquí pago renta en dólares.",
            "Le maire devrait écouter les locataires, ça coûte 40 € en France.",
            "Der Bürgermeister soll zuhören.",
        ),
        # A Dutch word alone (a resident's name, a shop) makes no Dutch item.
        ("Van Buren Street repaving and the Dutch Bros coffee drive-through",),
    ],
)
def test_an_american_item_stays_american(context: tuple[str, ...]) -> None:
    assert item_region(context, "US") == "US"
    assert settings_for_item(S, context) is S


def test_a_deployment_that_names_its_region_keeps_it_on_a_dutch_item() -> None:
    assert item_region(MARKET_NL, "SE") == "SE"


@pytest.mark.parametrize(
    ("number", "home"),
    [
        # The ranges kept for fiction (ARCEP's "06 39 98", "01 99 00"), unknown to
        # libphonenumber, as Ofcom's "07700 900" was in Britain.
        ("06 39 98 12 34", "FR"),
        ("01 99 00 12 34", "FR"),
        ("+33 6 39 98 12 34", "FR"),
        ("0345 555 129", "NL"),
        ("0170 5551234", "DE"),
    ],
)
def test_a_number_of_the_homes_length_is_the_neighbours(number: str, home: str) -> None:
    assert dialled_at_home(number, home)


def test_dialled_at_home_only_where_numbers_open_with_a_trunk_zero() -> None:
    """The United States dial no trunk "0": there a number of ten digits opening with "0" is
    still another country's."""
    assert not dialled_at_home("0639 981 234", "US")
    text = "Bel gerust 0345 555 129, liefst voor vrijdag."
    assert national_numbers_abroad(text, "NL") == []
    assert national_numbers_abroad(text, "US") == ["0345 555 129"]


QUOTED = (
    'Deze kreeg ik gisteren: "Hoi mam, mijn telefoon is kapot, dit is mijn nieuwe nummer. Kun '
    'je snel € 480 overmaken?" Het nummer was +31 6 5551 2399. Trap er niet in!'
)
LIFT = (
    "Onze lift is 6 weken stuk en mijn moeder (81) woont op de 7e. Ik heb de storingsdienst 14 "
    "keer gebeld op 0345-555129 en er gebeurt niks."
)
FLATS = (
    "Wethouder Wonen Haverdam: renovatie flats Kastanjelaan en huurverhoging",
    "Eerst zes maanden lawaai en dan € 85 huur erbij, dat is geen renovatie maar uitbuiting.",
    "De huurdersvereniging moet meepraten, niet alleen de corporatie.",
)


def test_the_homes_code_is_written_for_the_neighbours() -> None:
    abroad = "written for callers abroad"
    dutch = [e.detail for e in content_evidence(QUOTED, MARKET_NL, S)]
    american = [e.detail for e in content_evidence(QUOTED, PARIS_TEXAS, S)]
    assert not any(abroad in d for d in dutch)
    assert any(abroad in d for d in american)


@pytest.mark.parametrize(("body", "context"), [(QUOTED, MARKET_NL), (LIFT, FLATS)])
def test_a_residents_number_on_a_dutch_item_is_a_resident(
    body: str, context: tuple[str, ...]
) -> None:
    assert not score(body, Behaviour(item_context=context), S).is_spam


@pytest.mark.parametrize(
    ("body", "context"),
    [
        # Adverts written on the item keep their readings in its country.
        (
            "Snel geld lenen zonder BKR, € 500 tot € 25.000, vandaag op je rekening! "
            "WhatsApp +31 6 5551 2998 nu.",
            MARKET_NL,
        ),
        (
            "Kredit ohne Schufa, 1.000 € bis 50.000 €, sofort ausgezahlt! Jetzt anrufen: "
            "0170 5559998.",
            MARKET_DE,
        ),
        (
            "Gagnez 500 € par jour depuis chez vous, sans expérience ! WhatsApp +33 6 39 98 19 99, "
            "places limitées.",
            MARKET_FR,
        ),
    ],
)
def test_an_advert_on_an_item_abroad_is_still_spam(body: str, context: tuple[str, ...]) -> None:
    assert score(body, Behaviour(item_context=context), S).is_spam
