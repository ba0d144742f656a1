"""Session 20 (lead): a resident's list of links that probing invented comments found flagged.

Every row here was written for this file (not copied from any set). A list of links into pages
the comment or its item names ("Here are the crash data and the study: .../crash-data
.../narrows-study") has shorter page names than a bibliography's, so each link read as a front
door and the links as link spam.
"""

from __future__ import annotations

import pytest

from intake.text.spam.links import find_links, strip_spans
from intake.text.spam.settings import SpamSettings
from intake.text.spam.sources import speaks_of_its_pages
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
