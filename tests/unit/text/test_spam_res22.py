"""Session 22 (res22): residents on items with little context, read by what their text offers.

Every row here was invented for this file (none copied from any set): a worker and an employer
naming the wage the item's title sets, a fee
going "from $30 to $55", a fundraiser's page and a call for volunteers closing a comment, a
Spanish bake sale for the library, a reading list holding a government's page, a festival's
shuttle on the festival's own site. Each rule is stricter about what counts as an advert, and
spam of the same shapes stays caught.
"""

from __future__ import annotations

import pytest

from intake.text.spam.links import find_links, link_evidence, strip_spans
from intake.text.spam.numbers import sums
from intake.text.spam.offers import price_evidence
from intake.text.spam.pivot import asks_for_volunteers, selling_end
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import early_advert_evidence, raises_money_for_a_cause
from tests.unit.text.spam_judging import judged

S = SpamSettings()
WAGE = ("Bill 9: a city minimum wage of $16 from 2028",)
FAIR = ("Special event permit: Pumpkinfest on Lake Avenue",)
POOL = ("Northside pool reopening and lifeguard staffing",)


def _end(body: str) -> str | None:
    links = find_links(body)
    return selling_end(body, strip_spans(body, (lk.raw for lk in links)), links, S)


# --------------------------------------------------------------------------- a sum of the title


def test_a_sum_the_title_sets_is_the_items_own_however_small() -> None:
    assert sums("I get $14 now, 6 € more") == frozenset({"14", "6"})
    assert sums("At $16 I would drop my second job.") & sums(WAGE[0])
    body = "I pick apples, $16 would help. Ana 555-0140"
    assert early_advert_evidence(body, True, 2, WAGE, S) == []
    assert early_advert_evidence(body.replace("$16", "$15"), True, 2, WAGE, S) != []


def test_a_worker_naming_the_titles_wage_among_its_first_comments_is_no_advert() -> None:
    """Fails without the change: 'earn' beside a sum and a number, sharing no word with the
    title, read as an advert among the first comments (0.80)."""
    body = (
        "I earn $12.40 at the car wash, 35 hours, no benefits. $16 would let me drop my "
        "second job. Please pass it. Tomasz 555-0147"
    )
    is_spam, reasons = judged(body, WAGE)
    assert not is_spam, reasons
    assert "first comments" not in reasons


def test_an_advert_among_the_first_comments_with_a_sum_of_its_own_is_still_read() -> None:
    body = "Earn $450 weekly packing orders at home, no boss. Text Kim 555-0148 to start"
    found = early_advert_evidence(body, True, 1, WAGE, S)
    assert any("first comments" in e.detail for e in found)


# --------------------------------------------------------------------------- a fee's change


def test_a_fee_going_from_one_sum_to_another_is_no_starting_price() -> None:
    """Fails without the change: 'from $30' read as an advert's starting price."""
    assert price_evidence("My booth fee goes from $30 to $55 at the new site.", S) == []
    assert price_evidence("Booths from $30, book now.", S) != []


# --------------------------------------------------------------------------- what a link asks


def test_a_fundraisers_closing_link_is_no_sale() -> None:
    """Fails without the change: the lead-in's sum and a short path read as a selling end."""
    body = (
        "Our swim team is doing a fundraiser for lane ropes. Tote bags are $15, money goes to "
        "the ropes. Order at northsideswim.org/totes"
    )
    assert raises_money_for_a_cause(body)
    assert _end(body) is None
    is_spam, reasons = judged(body, POOL)
    assert not is_spam, reasons


def test_a_call_for_volunteers_closing_on_its_link_is_no_sale() -> None:
    """Fails without the change: a sum of the city's before 'Volunteer lifeguards wanted:' and
    the sign-up page read as a selling end (0.71)."""
    body = (
        "I coach the swim club on Saturdays. Each hour of a lifeguard costs the city $22. "
        "Volunteer lifeguards wanted: northsideswim.org/guards"
    )
    assert asks_for_volunteers("Volunteer lifeguards wanted:")
    assert asks_for_volunteers("Buscamos voluntarios para el sábado")
    assert _end(body) is None
    is_spam, reasons = judged(body, POOL)
    assert not is_spam, reasons


def test_a_selling_end_without_a_cause_or_volunteers_is_still_read() -> None:
    body = (
        "The pool matters to my kids. Swim goggles 40% off this week only, best price anywhere: "
        "zorbadealz.com"
    )
    assert _end(body) == "zorbadealz.com"


@pytest.mark.parametrize(
    "body",
    [
        "Vendemos tamales a $2 para la biblioteca del barrio. Pedidos por WhatsApp 555-0164.",
        "Vente de crêpes 3 $ pour la paroisse, commandes au 555-0163.",
    ],
)
def test_a_fundraisers_beneficiary_in_spanish_and_french(body: str) -> None:
    """Fails without the change: 'la biblioteca', 'la paroisse' were no beneficiaries."""
    assert raises_money_for_a_cause(body)


# --------------------------------------------------------------------------- a reading list


def test_a_list_of_links_holding_a_governments_page_is_a_reading_list() -> None:
    """Fails without the change: three bare links read as a link-only comment (0.65) and
    link-dense (0.30)."""
    body = "https://www.lakeview.gov/pools https://poolsafety.example.org/staffing https://aquatics.example.com/guide"
    details = " | ".join(e.detail for e in link_evidence(body, find_links(body), S))
    assert "link-only" not in details and "density" not in details
    is_spam, reasons = judged(body, POOL)
    assert not is_spam, reasons


def test_bare_links_without_a_governments_page_are_still_link_only() -> None:
    body = "https://poolsafety.example.org https://aquatics.example.com"
    details = " | ".join(e.detail for e in link_evidence(body, find_links(body), S))
    assert "link-only" in details


def test_a_government_page_beside_a_shortener_is_no_reading_list() -> None:
    body = "https://www.lakeview.gov/pools https://bit.ly/3xYzAbc"
    details = " | ".join(e.detail for e in link_evidence(body, find_links(body), S))
    assert "link-only" in details


# --------------------------------------------------------------------------- the item's own site


def test_a_link_to_a_site_named_after_the_item_is_the_items() -> None:
    """Fails without the change: the shuttle's sum, its page and no word of the title read as
    an advert among the first comments (0.79)."""
    body = "Shuttle from the mall lot every 15 minutes, $1 a ride, the Rotary runs it. Times at pumpkinfest-lakeave.org/shuttle."
    assert early_advert_evidence(body, True, 2, FAIR, S, sites="pumpkinfest-lakeave.org") == []
    is_spam, reasons = judged(body, FAIR)
    assert not is_spam, reasons
