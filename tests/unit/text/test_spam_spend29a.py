"""Session 29 (spend29a): shapes the spent -50 missed or flagged, each read as a family.

* a page, a site or an account told by its logo or its picture ("the page with the green
  wrench logo"), in several languages, beside a sum (:mod:`describedpitch`);
* an account dictated in pieces ("the word X, underscore, Y, and the letters Z"), beside a sum
  or a price in a seller's words (Hebrew now among them: :mod:`hiddenpitch`);
* a bulk text message's footer closing the comment, "Reply STOP to opt out" (:mod:`smsfooter`);
* a notice in the name of a registry or a clerk of courts (:mod:`notices`);
* a wrong number owned and the chat kept going (:mod:`topics`);
* residents: a list of sources whose last link is a group's page (:mod:`linkshape`), and a
  business owner's free help that says it sells nothing (:mod:`givers`).

Every row here was written for this file; none is copied from a set. Every spam row and the
first two residents fail on the code before this session's change; the other residents are
guards that pass both ways (three of them, a group's, a congregation's and a cause's page told
by its photo or logo beside a sum, were flagged by this branch's first reading of a page told
by its look).
"""

from __future__ import annotations

import pytest

from tests.unit.text.spam_judging import judged

#: The item and its first comments (enough of them for relatedness to be judged).
MARLIN = (
    "Marlin Bay City Commission: a $4 million seawall repair on the Laguna Drive canal and a "
    "new stormwater fee of $9 per unit a month",
    "The seawall on Laguna Drive cracked again after the October king tide.",
    "Nine dollars a month is a lot for retirees on a fixed income.",
    "Please tell us how many homes flood now and how many will after the repair.",
    "I support the repair but want the fee to end when the bonds are paid.",
    "Will renters pay the fee through their landlord or directly?",
    "The canal smells every summer, fix the pumps too.",
    "Publish the engineering report before the vote, please.",
)

SPAM = [
    # A page told by its logo on a network, a sum.
    "The seawall will take two years. Meanwhile my neighbour's flood barrier guy did our garage "
    "door in a morning, $640 installed. Look on Facebook for the page with the blue wave logo "
    "called Laguna Flood Guard and message Hector.",
    # Spanish: the page with the logo, a sum.
    "Apoyo el arreglo del muro. Mientras tanto un señor nos selló la puerta del garaje por $500. "
    "Búsquenlo en Facebook, la página con el logo de una casita azul, Sellos Marlin.",
    # Tagalog: the one with the picture, a sum.
    "Sang-ayon ako sa bayad. May kakilala akong nag-aayos ng bubong, $300 lang. Hanapin sa "
    "Facebook si Kuya Ben Roofing, yung may larawan ng bahay na dilaw.",
    # An account dictated in pieces, a sum.
    "The fee is fine. A group is selling canal lot shares at 30% under market before the repair "
    "news spreads. Find them on Telegram: the word canal, underscore, lots, and the letters mb.",
    # Russian: an account dictated in pieces, paid only after the result.
    "Мы получили счёт за дамбу. Сосед нашёл оценщика, который снижает налог на дом. Оплата "
    "только после результата. Найдите его в Телеграме: слово ocenka, потом нижнее подчёркивание "
    "и буквы mb.",
    # Hebrew: dictated in pieces, a good price.
    "אני בעד התיקון. בינתיים מישהו התקין לנו משאבה במרתף, ובמחיר טוב. מחפשים אותו באינסטגרם: "
    "השם דני ואחריו המילה משאבות באנגלית והמספר 305.",
    # A bulk text's footer after an alert with an outside link.
    "MB BOATING ALERT: Vessel registration EXPIRED. Vessels at the Laguna ramp without it face "
    "a $250 citation. Renew now: mb-boatrenew.com/fl Reply HELP for help",
    # A notice in a registry's name, a fee and a fine, at an outside link.
    "MARLIN BAY SEAWALL REGISTRY: Our records show your dock is not registered. Register now "
    "for $95 to avoid a $500 fine: marlinbay-seawallregistry.org",
    # A notice in a clerk of courts' name, a case to answer within days, at an outside link.
    "County Clerk of Courts: A lien complaint has been filed against your property. View "
    "documents and respond within 7 days to avoid judgment: countyclerk-files.net/case/2210",
    # A wrong number owned, the chat kept going.
    "Hi Karen, your dinghy is ready at the dock. Oh sorry, wrong number! Anyway, nice to meet "
    "you. I trade silver with my aunt, are you on WhatsApp?",
    "Добрый вечер, это Игорь из яхт-клуба? Мне дали этот номер насчёт причала. Ой, кажется, "
    "ошиблась. Но раз уж написала, может, познакомимся? Мой ник в профиле.",
]

RESIDENTS = [
    # A list of sources whose last link is a residents' group's page.
    "Sources for the commission:\n"
    "- Engineering report: https://www.marlinbay.example.gov/agenda/2026-14/seawall.pdf\n"
    "- County flood map: https://www.broward.example.gov/flood-map-2025\n"
    "- Tide gauge study: https://tides.example.edu/reports/laguna-2024\n"
    "- Flood photos we gathered: https://lagunaneighbors.example.org/photos",
    # A business owner's free help, its sale disclaimed, a plain phone and e-mail.
    "I own Harbor Drain Services (licensed, 11 years) and I back this repair. Most calls I get "
    "on Laguna are water pushing up through the floor drain, which is what the new valves stop. "
    "Until then I'll check any retiree's floor drain for free, no sales pitch. Call the shop at "
    "(954) 555-0172 or write harbordrain@example.com.",
    # A resident describes a page without a logo, with a sum.
    "The fee is $9 a month. Our association posts the seawall updates on Facebook, search "
    "Laguna Drive Neighbors, anyone can join.",
    # A resident quotes a text with its footer in quotation marks, to warn.
    'I got this today: "Your stormwater account is past due, pay now at '
    'marlinbay-utilitypay.com Reply STOP to opt out". It is a scam, the city never texts.',
    # A resident who texted the wrong number and says so, naming the commission.
    "Sorry, wrong number earlier in my comment: the commission's fee is $9, not $19. Nice to "
    "meet you all at the meeting.",
    # A residents' group's page told by its photo, beside the sum it has raised.
    "We are Friends of Laguna Canal. The repair is welcome but the fee should end with the "
    "bonds. We have raised $2,000 of the $9,000 for our own engineer. Search Friends of Laguna "
    "Canal on Facebook, the page with the heron photo, to see the report.",
    # A congregation's page told by its logo, a donation's sum.
    "Our church runs a flood pantry on Laguna Drive. Find us on Facebook, the page with the "
    "blue cross logo. Donations of $5 help.",
    # A cause's page told by its photo, a sum.
    "The $9 fee must sunset. Message us on Facebook, search Save Laguna Seawall, it's the page "
    "with the pelican photo; we need $3,000 for the engineer's review.",
    # A resident names the underscore of a city account, no sum, no price.
    "The city posts the king tide alerts on Instagram, the account is marlin underscore bay "
    "underscore city, follow it.",
]


@pytest.mark.parametrize("body", SPAM)
def test_spam_of_the_shapes_is_caught(body: str) -> None:
    spam, reasons = judged(body, MARLIN)
    assert spam, reasons


@pytest.mark.parametrize("body", RESIDENTS)
def test_residents_of_the_shapes_stay_residents(body: str) -> None:
    spam, reasons = judged(body, MARLIN)
    assert not spam, reasons
