"""Session 26 (spend26b): a volunteer group refusing payment, and notices with a fee in the
languages the engine read poorly.

Every row here was written for this file. A school club or a mosque's youth offer neighbours free
help with a number and refuse money ("No money, please don't offer."): the refusal's "offer" and
the gift's "free" are no advert's words. A notice in Somali or Nepali tells the reader their file
or their bill is stopped or cut, to pay a sum today; one in any language links to a host that
wears the name of the agency it names. A resident naming the agency links to its real site, a
resident angry at a bill speaks in the first person, and are left alone.
"""

from __future__ import annotations

import pytest

from intake.text.spam.links import find_links
from intake.text.spam.notices import agency_host_evidence
from intake.text.spam.offers import price_evidence
from intake.text.spam.pitchwords import pitch_words, refuses_payment
from intake.text.spam.settings import SpamSettings
from tests.unit.text.spam_judging import judged

#: The item and its residents.
SNOW = (
    "Local Law 12: owners must clear sidewalks of snow within 24 hours, with fines of $100 to "
    "$250 and a city-paid clearing program for residents over 65",
    "I'm 71 and can't shovel anymore, so the city program matters a lot to me.",
    "The fines are too steep for people on fixed incomes.",
    "Who clears the corners where the plows pile snow? That's the worst part of my walk.",
    "Please make the clearing program sign-up easy, with paper forms at the library.",
    "Our block already shovels for the older neighbours, it works fine without a law.",
    "The sidewalk on Pine Street is never cleared and kids walk in the road.",
    "हिउँ सफा गर्ने कानुन राम्रो हो, तर वृद्धहरूलाई सहरले मद्दत गर्नुपर्छ।",
    "हाम्रो सडकमा हिउँ कहिल्यै सफा हुँदैन, बालबालिका बाटोमा हिँड्छन्।",
)

ADVERTS = {
    "Somali immigration-file notice with a fee": "OGEYSIIS: Koontadaada socdaalka ee IRS waa la "
    "joojiyay. Bixi $120 maanta si aadan u lumin. Riix: irs-help-somali.net",
    "Nepali electricity bill final notice": "अन्तिम सूचना: तपाईंको पानी र बिजुली बिल बाँकी छ। आज "
    "राति १० बजे लाइन काटिनेछ। तुरुन्त $२४० तिर्न फोन गर्नुहोस् १-५५५-555-०१४७।",
    "English tax-agency lookalike host": "The IRS has a refund waiting for seniors who pay "
    "sidewalk fines this year, $312 on average. Claim it at https://irs-refund-seniors.com",
}

RESIDENTS = {
    "youth group refusing money": "The St. Mark youth group will clear walks for free for any "
    "senior on Pine or Elm this winter. It counts as service for the kids. Call Ms. Ortiz at "
    "(555) 555-0163 after school to get on the list. No money, please don't offer.",
    "neighbours refusing to be paid": "Some of us on Maple take turns shoveling for the older "
    "folks on the block, free. Text 555-0181 if you need a hand. We don't take money for it.",
    "Spanish volunteers refusing pay": "Somos voluntarios de la parroquia y limpiamos la nieve "
    "gratis a los mayores del barrio. Llamen al 555-0172. No cobramos nada.",
    "resident naming the agency's real site": "The IRS lets seniors deduct some of the cost "
    "of snow removal if it is medical, I paid $300 last year. See https://www.irs.gov/pub502",
    "Nepali resident about her own bill": "मेरो बिजुली बिल यो जाडोमा $२०० आयो। सहरले वृद्धहरूलाई "
    "हिउँ सफा गर्न मद्दत गर्नुपर्छ। मेरो फोन ५५५-०१३८।",
}


@pytest.mark.parametrize("name", sorted(ADVERTS))
def test_notices_with_a_fee_are_spam(name: str) -> None:
    is_spam, reasons = judged(ADVERTS[name], SNOW)
    assert is_spam, reasons


@pytest.mark.parametrize("name", sorted(RESIDENTS))
def test_residents_giving_help_or_naming_an_agency_are_not(name: str) -> None:
    is_spam, reasons = judged(RESIDENTS[name], SNOW)
    assert not is_spam, reasons


def test_a_refusal_of_payment_is_read_and_a_lure_reassurance_is_not() -> None:
    assert refuses_payment("We shovel for free. No money, please don't offer.")
    assert pitch_words("We shovel for free. No money, please don't offer.") == []
    assert refuses_payment("Nous déneigeons gratuitement, nous ne prenons rien.")
    # A lure's reassurance, a sum, a pay-unless or a donation asked are no refusal.
    assert not refuses_payment("Free estimate! No money down. Call 555-0101.")
    assert not refuses_payment("You don't pay anything unless we win. Free consultation.")
    assert not refuses_payment("No charge for the help, a small donation if you can.")
    assert not refuses_payment("We shovel for free, please don't offer. Plowing is $40.")


def test_an_agency_host_counts_only_beside_its_name_a_sum_and_no_official_domain() -> None:
    text = "USCIS: your file is on hold, pay $85 today at uscis-update-center.com"
    assert agency_host_evidence(text, find_links(text))
    # Its real site, a host that only holds the letters ("nassau"), no sum: nothing.
    real = "USCIS fees went up to $85, see uscis.gov"
    assert not agency_host_evidence(real, [lk for lk in find_links(real) if "gov" not in lk.host])
    nassau = "The SSA office moved, bus fare is $2.90, see nassau-buses.com"
    assert not agency_host_evidence(nassau, find_links(nassau))
    unpaid = "USCIS: your file is on hold, see uscis-update-center.com"
    assert not agency_host_evidence(unpaid, find_links(unpaid))


def test_a_starting_price_is_read_in_several_languages_and_a_range_is_not() -> None:
    s = SpamSettings()
    assert price_evidence("Hadž paket, cijena od 4.990 $, broj mjesta ograničen.", s)
    assert price_evidence("Limpieza de nieve, precios desde $45.", s)
    assert price_evidence("Schneeräumung, Preise ab 30 €.", s)
    # A fee's change ("from $25 to $40", "od 200 $ do 300 $") is no price list.
    assert not price_evidence("Cijena dozvole od 200 $ do 300 $ je previše.", s)
    assert not price_evidence("Los precios desde $70 hasta $90 son injustos.", s)
