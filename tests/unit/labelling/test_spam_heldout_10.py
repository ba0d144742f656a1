"""The tenth, eleventh and twelfth held-apart spam sets' shape, and that labelling_quality.py reads
them as the corpora ``spam-heldout-10``, ``-11`` and ``-12``. Set 10 was written (session 12) to the
same brief as sets 8 and 9, sets 11 and 12 (session 13) to the same brief on six further items
each, so all answer to those sets' checks, taken as they are from their modules with each set's
counts, and to two more on their links. Only the fixtures are checked: the engine's results on
them are never asserted, so that nobody tunes on them through a test."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.unit.labelling import test_spam_heldout_5_and_6 as earlier_sets
from tests.unit.labelling import test_spam_heldout_8_and_9 as sets_8_and_9

# Besides English, twelve to fourteen languages in each set, each on both sides; a few keyboard
# mashes in no language.
HELDOUT_10 = earlier_sets.HeldoutSet(10, spam=115, ham=111, items=6, languages=13)
HELDOUT_11 = earlier_sets.HeldoutSet(11, spam=115, ham=115, items=6, languages=15)
HELDOUT_12 = earlier_sets.HeldoutSet(12, spam=110, ham=113, items=6, languages=13)
# A link as a browser would take it: with a scheme or a leading "www.".
LINK = re.compile(r"(?:https?://|www\.)([\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)
EXAMPLE_DOMAIN = re.compile(r"(?:^|\.)example\.(?:com|net|org)$")


@pytest.fixture(
    scope="module",
    params=[HELDOUT_10, HELDOUT_11, HELDOUT_12],
    ids=["set-10", "set-11", "set-12"],
)
def heldout(request: pytest.FixtureRequest) -> earlier_sets.HeldoutSet:
    held: earlier_sets.HeldoutSet = request.param
    return held


@pytest.fixture(scope="module")
def rows(heldout: earlier_sets.HeldoutSet) -> list[dict[str, Any]]:
    return heldout.rows()


quality = earlier_sets.quality

test_rows_have_the_format_and_counts = earlier_sets.test_rows_have_the_format_and_counts
test_english_is_the_largest_share_of_many_languages = (
    earlier_sets.test_english_is_the_largest_share_of_many_languages
)
test_rows_spread_over_items_and_kinds = earlier_sets.test_rows_spread_over_items_and_kinds
test_contact_details_are_fictitious = earlier_sets.test_contact_details_are_fictitious
test_labelling_quality_reads_it_on_its_items = (
    earlier_sets.test_labelling_quality_reads_it_on_its_items
)
test_every_item_has_each_side_in_several_languages = (
    sets_8_and_9.test_every_item_has_each_side_in_several_languages
)


def test_residents_link_only_to_example_domains(rows: list[dict[str, Any]]) -> None:
    """A resident's petition, photo album or meeting link is on a reserved example domain; a scam
    a resident quotes to warn neighbours is written without a scheme, as it was received."""
    for row in rows:
        if row["truth"] == "ham":
            for domain in LINK.findall(row["body"]):
                assert EXAMPLE_DOMAIN.search(domain.lower()), (domain, row["body"])


def test_spam_links_are_made_up_domains(rows: list[dict[str, Any]]) -> None:
    """Spam never points at an example domain, so a domain alone cannot tell the sides apart in
    the set's favour; the spammers' domains are invented."""
    for row in rows:
        if row["truth"] == "spam":
            for domain in LINK.findall(row["body"]):
                assert not EXAMPLE_DOMAIN.search(domain.lower()), (domain, row["body"])
