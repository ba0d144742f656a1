"""Session 25 (res25b): 185 invented residents who give a phone number stay residents.

``invented_residents_25b.txt`` holds comments written for this session (none copied from any
set, no spam set's rows read) in the class the session's widened encoder gate puts at risk
(``scoring.encoder_evidence``: the encoder is asked where the score *with the starter model*
would reach the threshold with its weight, as long as some rule reads the text): business
owners, workers and neighbours (restaurants, food trucks, salons, day-care, tutors, contractors,
realtors, cleaners, movers, pharmacies, mechanics, market vendors) commenting for or against an
item and signing with a 555 phone number, sometimes a handle or an example.com address, often
saying what they sell or offering something free to neighbours or to the city ("we'll serve 200
free hot meals Thursday", "Support. Maria's Bakery, 954-555-0134"). English, Spanish,
Vietnamese, Chinese, Korean, Haitian Creole, Polish, Bengali, Somali, Arabic, Tagalog and
Portuguese; the last 30 are written as near to an advert as a resident writes ("Braids, locs,
silk press ... Book or ask: 954-555-0108 ... Please vote yes."). Blocks as in
``invented_residents_21.txt``: the item's title, its earlier comments (lines starting ``~``),
then the comment, separated by a line ``===``.

Measured: 3 spam by the engine alone, the same 3 with the starter model and with the starter
and the encoder; none flagged only with the encoder. The starter read none of them at its sure
``learned_sure_probability`` (highest p=0.884), so the widened gate asked the encoder of none.
"""

from __future__ import annotations

from pathlib import Path

from intake.text.spam import SpamSettings
from tests.unit.text.invented_residents import InventedResidentsFile, spam_among

ROWS = Path(__file__).with_name("invented_residents_25b.txt")
S = SpamSettings()

#: Still spam by the engine alone (start of the comment), with the verdict's reasons.
STILL_FLAGGED = (
    # A tree service's terms ("licensed & insured", "free estimates", "24/7") closed by its phone:
    # phone 0.15, a seller's terms closed by a way to reach the seller 0.65
    "Licensed & insured tree removal, stump grinding",
    # A smoothie truck's "10% off if you mention the council meeting": phone 0.15, a price 0.30,
    # a promotion code or referral ("if you mention") 0.55
    "Come visit us at the corner of 3rd and Main!",
)
#: Still spam with the starter model besides those: none.
STILL_FLAGGED_WITH_STARTER: tuple[str, ...] = ()
#: Still spam with the starter and the encoder besides those (the widened gate's risk): none.
STILL_FLAGGED_WITH_ENCODER: tuple[str, ...] = ()


def _spam(with_starter: bool, with_reader: bool) -> list[str]:
    return spam_among(ROWS, with_starter, with_reader)


class TestTheSessionsResidents(InventedResidentsFile):
    rows = ROWS
    least = 120
    still_flagged = STILL_FLAGGED
    still_flagged_with_starter = STILL_FLAGGED_WITH_STARTER
    still_flagged_with_encoder = STILL_FLAGGED_WITH_ENCODER


def test_the_encoder_flags_none_the_starter_left() -> None:
    """The widened gate's risk, measured: the encoder adds no resident of the file."""
    assert set(_spam(True, True)) == set(_spam(True, False))
