"""Session 30 (res30): 184 invented residents of a Dutch, a German and a French town stay
residents.

``invented_residents_30.txt`` holds comments written for this session (none copied from any
set, no spam set's rows read) for three invented towns on a deployment that kept the shipped
region ("US", as a service hosting several cities' agendas does): Haverdam (the Netherlands,
the Vreeswijkpolder district, 62), Ebersfeld (Germany, the Lindenhof district, 61) and
Montclar (France, the Tilleuls quarter, 61), each on four items of its council in its
language (the market square's rebuilding and its stall fees; a warning about scam texts and
calls; the community centre's or the pool's closing; a housing company's renovation and the
rent rise after it). Market traders, bakers, a carpenter, a plumber, an electrician, a
physiotherapist, tenants' and traders' associations, a community police officer, volunteers,
parents and pensioners, in the shapes nearest spam: a local number ("06-55512347",
"0345-555129", "0170 5551234", "06 39 98 12 34", in 555 or the ranges kept for fiction), with
the country's code ("+31 6 5551 2399"), or in words; an e-mail at example.nl/.de/.fr; a shop
or association with its address and prices in euros; an event with its hour and fee; a link
to the council's page or a petition; a scam text quoted to warn; one word or capitals. In
Dutch (46), German (43), French (46), Turkish (12), English (10), Arabic (9), Polish (8),
Portuguese (4), Russian (3), Wolof (2) and Ukrainian (1); 21 among the item's first comments.
Blocks as in ``invented_residents_21.txt``.

Before the session's mend 7 were spam by the engine alone (7 with the starter model, 8 with
the starter and the encoder). The mend (:mod:`intake.text.spam.homeland`, tests in
``test_spam_res30.py``) reads the item's country from its language and signs (euros, its
council's names, its postcodes, its residents' numbers): a number of that country's shape or
code is the neighbours' there. After it 4 (4, 5), each for a reason below.
"""

from __future__ import annotations

from pathlib import Path

from tests.unit.text.invented_residents import InventedResidentsFile, settings_for

ROWS = Path(__file__).with_name("invented_residents_30.txt")

#: Still spam by the engine alone (start of the comment), each for a reason spam shares.
STILL_FLAGGED = (
    # A trader's wife's snack prices ("€ 2,50") beside her number written in words: a sum with
    # a number hidden from number finders (session 27's reading), whatever the country.
    "Mijn vrouw verkoopt Surinaamse broodjes",
    # An open letter at a site named after the street: its five words ("brief gestuurd raad
    # lezen ondertekenen") share none with the item, with a bare front page.
    "Wij hebben een brief gestuurd naar de raad",
    # An office's free workshops "chaque lundi" with its number, its words (the workshop's
    # title quoted) sharing none with the item's first comments: "gratuits" and "services" in
    # an unrelated text with a number, an advert's shape.
    "L'espace France Services propose",
    # A plumber living in the building offering a free check with his number and address, in
    # words sharing none with the item's title and first comments: res27's free check.
    "Je suis plombier et j'habite",
)

#: With the encoder: a line pointing to the national reporting number (33700) and a site,
#: "c'est gratuit", which the encoder reads as a short advert.
STILL_FLAGGED_WITH_ENCODER = ("On peut signaler les SMS frauduleux",)


class TestTheSessionsResidents(InventedResidentsFile):
    rows = ROWS
    least = 180
    still_flagged = STILL_FLAGGED
    still_flagged_with_encoder = STILL_FLAGGED_WITH_ENCODER


def test_the_file_is_read_as_the_shipped_deployment_reads_it() -> None:
    """No region set: the towns' items show their own countries (:mod:`homeland`)."""
    from intake.text.spam import SpamSettings

    assert settings_for(ROWS) == SpamSettings()
