"""Session 20 (lead): a resident's list of links that probing invented comments found flagged.

Every row here was written for this file (not copied from any set). A list of links into pages
the comment or its item names ("Here are the crash data and the study: .../crash-data
.../narrows-study") has shorter page names than a bibliography's, so each link read as a front
door and the links as link spam.
"""

from __future__ import annotations

import pytest

from intake.text.spam.disguise import disguise_evidence
from intake.text.spam.links import find_links, phone_count, strip_phone_like, strip_spans
from intake.text.spam.settings import SpamSettings
from intake.text.spam.sources import speaks_of_its_pages
from intake.text.spam.verdict import states_a_position
from intake.text.spam.windfalls import advance_fee
from tests.unit.text.spam_judging import judged

BIKE_LANE = (
    "Item 4: protected bike lane on Ocean Narrows Avenue and removal of 138 parking spaces",
    "The bike lane will save lives, two cyclists died here last year.",
    "Removing 138 spaces will kill the small shops on the avenue.",
    "I ride this avenue every day and the door zone is terrifying.",
    "Please publish the parking count before the vote.",
)

SOURCES = {
    "pages the text names": "Here are the DOT crash data and the study: "
    "https://nyc.example.org/crash-data https://dot.example.org/narrows-study "
    "https://transalt.example.org/narrows . Read them before voting.",
    "pages the item names": "Please read these before you vote: "
    "https://dot.example.org/parking-count https://bikes.example.net/avenue-crashes "
    "https://news.example.com/2026/narrows-lane",
}


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_a_list_of_pages_the_comment_or_its_item_names_is_no_link_spam(name: str) -> None:
    is_spam, reasons = judged(SOURCES[name], BIKE_LANE)
    assert not is_spam, reasons
    assert "front page" not in reasons


def test_the_pages_are_named_by_the_comment_or_by_its_item() -> None:
    body = SOURCES["pages the item names"]
    links = find_links(body)
    prose = strip_spans(body, (lk.raw for lk in links))
    assert speaks_of_its_pages(links, prose, BIKE_LANE, SpamSettings())
    assert not speaks_of_its_pages(links, prose, None, SpamSettings())


LINK_SPAM = [
    "Best prices this week http://deals.example.com/shop http://cheap.example.net/sale "
    "http://promo.example.org/go",
    "Great post! http://seo.example.com/backlinks http://rank.example.net/top-ten",
    # Front doors are never pages a text names.
    "Visit https://fastloans.example.com and https://quickcash.example.net today",
]


@pytest.mark.parametrize("body", LINK_SPAM)
def test_links_to_pages_nobody_names_are_still_link_spam(body: str) -> None:
    is_spam, reasons = judged(body, BIKE_LANE)
    assert is_spam, reasons


LANGUAGE_ACCESS = (
    "Ordinance 2027-11: language access plan for City Hall, interpreters and translated notices",
    "Finally! My mother could never understand the water bill letters.",
    "Interpreters cost money, use Google Translate.",
    "I support the language access plan, our city speaks many languages.",
    "Please include Somali and Karen in the list of languages.",
    "The notices should be translated before the hearing, not after.",
    "Phone interpreters are not enough at the clinic window.",
    "How much will the plan cost per year? The staff report says $240,000.",
    "Our church helps families read city letters every Sunday.",
    "Translated notices save money when people pay bills on time.",
    "Yes to interpreters at City Hall, I waited two hours last month.",
)

#: "I support this plan. My mother does not know English." and an offer of free language
#: classes: a resident stating a position in Persian, on an item nobody else wrote Persian on.
PERSIAN_POSITION = {
    "WhatsApp": "من از این طرح حمایت می‌کنم. مادرم انگلیسی نمی‌داند. برای کلاس‌های رایگان زبان "
    "با ما تماس بگیرید: واتساپ ۴۰۲۵۵۵۰۱۳۲",
    "phone": "من از این طرح حمایت می‌کنم. مادرم انگلیسی نمی‌داند. کلاس‌های رایگان زبان در "
    "مسجد، شنبه ها. تلفن ۴۰۲۵۵۵۰۱۳۲",
    "opposing": "ما با این طرح مخالف هستیم. مترجم تلفنی کافی نیست. کلاس رایگان داریم، تلفن "
    "۴۰۲۵۵۵۰۱۳۳",
}


@pytest.mark.parametrize("name", sorted(PERSIAN_POSITION))
def test_a_position_stated_in_persian_is_taking_part(name: str) -> None:
    assert states_a_position(PERSIAN_POSITION[name])
    is_spam, reasons = judged(PERSIAN_POSITION[name], LANGUAGE_ACCESS)
    assert not is_spam, reasons


def test_a_persian_advert_without_a_position_is_still_judged() -> None:
    # An instant loan at low interest for everyone, free advice, call today.
    body = "وام فوری با سود کم برای همه، مشاوره رایگان، همین امروز تماس بگیرید ۴۰۲۵۵۵۰۱۹۹"
    assert not states_a_position(body)
    is_spam, reasons = judged(body, LANGUAGE_ACCESS)
    assert is_spam or "unrelated to the item" in reasons, reasons


def test_a_phone_number_in_persian_digits_is_no_sum_of_money() -> None:
    # Ten digits in one group, which only the phone matcher reads as a number to call.
    assert phone_count("تلفن ۴۰۲۵۵۵۰۱۳۳", SpamSettings()) == 1
    assert "۴۰۲" not in strip_phone_like("کلاس رایگان داریم، تلفن ۴۰۲۵۵۵۰۱۳۳", "US")


BLOCK_PARTY = (
    "Item 7: summer block party permits and the Elm Street fair",
    "Please approve the block party permits, it's the best day of the year.",
    "The fair blocks my driveway every year.",
)

#: Session 20: residents of the shapes round 1's new rules read (money asked before a place is
#: held, a name that gets the reader something), which those rules flagged alone at 0.70: a
#: residents' group collecting from its members, a neighbour who says where they stand.
COLLECTIONS_AND_TIPS = {
    "a PTA's deposit": "Our PTA collects a $25 deposit by Zelle to pta@lincoln.example.org to "
    "hold a spot on the field trip bus. The city should fund buses instead.",
    "an association's booth fee": "Vendors: booth fee is $40, pay the Elm Street Merchants "
    "Association by Zelle 402-555-0123 before June 1 to reserve your spot. This is the official "
    "association, see elmstreet.example.org.",
    "a name at a booth": "Tell them Maria sent you at the Elm Street bakery booth, they'll give "
    "you a free cookie. I support the fair!",
}


@pytest.mark.parametrize("name", sorted(COLLECTIONS_AND_TIPS))
def test_a_collection_or_a_neighbours_tip_is_not_flagged_by_one_rule(name: str) -> None:
    is_spam, reasons = judged(COLLECTIONS_AND_TIPS[name], BLOCK_PARTY)
    assert not is_spam, reasons


def test_a_long_run_of_letters_and_digits_is_no_disguised_word() -> None:
    # A run the fuzz test found, which the unbounded pattern tried from each letter to its end.
    assert disguise_evidence("ó7@" * 3400, "ó7@" * 3400, SpamSettings()) == []
    found = disguise_evidence("w0rkfr0m h0me, c3nt3r j0bs", "", SpamSettings())
    assert found and "w0rkfr0m" in found[0].detail


LOTTERY = (
    "Item 3: affordable housing lottery for the Canal Street lofts",
    "When does the lottery open?",
    "Please keep the units for local families.",
)


def test_a_warning_about_a_fee_for_the_lottery_is_no_advance_fee() -> None:
    # Found by scams20: the advance-fee hook read the scam a resident warns of.
    body = (
        "Someone is asking families to send a $300 deposit by Zelle to get into the affordable "
        "housing lottery early. The lottery has not opened. Do not send money."
    )
    assert advance_fee(body) is None
    is_spam, reasons = judged(body, LOTTERY)
    assert not is_spam, reasons


def test_a_fee_for_a_prize_is_still_the_advance_fee_hook() -> None:
    body = "You won the 2027 housing lottery! Pay the $300 processing fee to claim your unit."
    assert advance_fee(body) is not None


SOCCER_BOND = (
    "Resolution 2027-14: a $18.9 million bond for the Riverside soccer complex",
    "Our kids need fields, the old ones flood every spring.",
    "$18.9 million is too much while the roads are falling apart.",
)


@pytest.mark.parametrize(
    "body",
    [
        "Vote YES!!! ⚽⚽⚽ #RiversideUnited #FieldsForAll https://instagram.example.com/riversideunited",
        "Support! https://riversidestars.example.org/photos",
    ],
)
def test_a_side_taken_beside_a_link_is_no_bare_link(body: str) -> None:
    is_spam, reasons = judged(body, SOCCER_BOND)
    assert not is_spam, reasons
    assert "link-only" not in reasons


def test_a_link_with_words_that_take_no_side_is_still_a_bare_link() -> None:
    _, reasons = judged("Click here now http://win-big.example.com/go", SOCCER_BOND)
    assert "link-only" in reasons, reasons
