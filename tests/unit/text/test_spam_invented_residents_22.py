"""Session 22 (res22): 151 invented residents on items with little context stay residents.

``invented_residents_22.txt`` holds comments written for this session (none copied from any
set), in the shapes nearest spam and mostly among an item's first one to three comments (many
with none before them, judged against the title alone): workers and employers naming wages on a
minimum-wage item, with a phone or an e-mail; shop owners signing with their contacts on parking
meters, a street closure, food-truck fees, the water rate; organisers selling tickets, raffles
and dinners for a library, a shelter or a festival; residents giving only government pages;
registrations and camps beside a fee; in English, Spanish, French, Portuguese, German, Italian,
Polish, Russian, Ukrainian, Vietnamese, Tagalog, Indonesian, Chinese, Korean, Arabic, Hindi,
Somali, Swahili, Amharic, Albanian and Haitian Creole. Blocks as in
``invented_residents_21.txt``: the item's title, its earlier comments (lines starting ``~``),
then the comment, separated by a line ``===``.

Before the session 15 of them were spam by the engine alone (16 with the starter model);
after it 7 (8); after session 24 6 (7): the art camp's "rental fee stays at $20/hr" is a
charge by the hour, no fee asked for a post (windfalls.py, spend24). The ones still flagged
are listed below with why they are left. Every other row must stay under the threshold, with
and without the starter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.text.test_spam_invented_residents_21 import _spam, parse_rows

ROWS = Path(__file__).with_name("invented_residents_22.txt")

#: Still spam by the engine alone (start of the comment), each for a reason spam shares.
STILL_FLAGGED = (
    # "sell" and a price beside a number, sharing no word with a title of six ("lot" is too
    # short a word to count): an advert among the item's first comments
    "I sell my extra greens",
    # "licensed", a weekly price and a number, no word of "home childcare" ("daycare")
    "I run a licensed home daycare",
    # "credit" read as an advert's word beside a sum and a number, no word of "stormwater"
    "Roofing contractor. A rain garden",
    # In a language neither the title nor a comment is written in, with an advert's word
    # ("kostenlos", "murah", "कमाई") and a number: no word can be shared. Reading such a text as
    # written apart (as relatedness does) lost 22 spent spam among first comments (Persian
    # follower shops, Vietnamese and Indonesian job offers, Arabic movers), so it is left.
    "Als Inhaberin eines kleinen Buchladens",
    # Session 28 (res28) cleared "Kami menanam sayur di kebun ini" ("Tolong perpanjang
    # sewanya", please extend the lease) and "हम हार्वेस्ट फेस्ट में समोसे बेचेंगे" ("कृपया अनुमति दें",
    # please permit it): a text asking those who decide to change the item takes part in it.
)
#: Still spam with the starter model besides those: its reading (a job advert), corroborated.
STILL_FLAGGED_WITH_STARTER = ("We're hiring 6 bus operators",)


def test_the_file_holds_the_sessions_residents() -> None:
    assert len(parse_rows(ROWS)) >= 150


@pytest.mark.parametrize("with_starter", [False, True])
def test_invented_residents_stay_under_the_threshold(with_starter: bool) -> None:
    known = STILL_FLAGGED + (STILL_FLAGGED_WITH_STARTER if with_starter else ())
    flagged = _spam(parse_rows(ROWS), with_starter)
    unexpected = [body[:80] for body in flagged if not body.startswith(known)]
    assert unexpected == []


def test_the_known_ones_are_still_flagged() -> None:
    """So the list shrinks when a mend clears one of them."""
    flagged = _spam(parse_rows(ROWS), False)
    assert all(any(body.startswith(known) for body in flagged) for known in STILL_FLAGGED)
