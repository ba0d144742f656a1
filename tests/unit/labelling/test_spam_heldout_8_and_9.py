"""The eighth and ninth held-apart spam sets' shape, and that labelling_quality.py reads them as
the corpora ``spam-heldout-8`` and ``spam-heldout-9``. Both were written (session 11) to the
same brief as sets 5 to 7, so they answer to those sets' checks, taken as they are from their
module with each set's counts. Only the fixtures are checked: the engine's results on them are
never asserted, so that nobody tunes on them through a test."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.labelling import test_spam_heldout_5_and_6 as earlier_sets

# Besides English, twelve (set 8) and eleven (set 9) languages, each on both sides; a few
# keyboard mashes in no language.
HELDOUT_8 = earlier_sets.HeldoutSet(8, spam=110, ham=110, items=6, languages=13)
HELDOUT_9 = earlier_sets.HeldoutSet(9, spam=101, ham=106, items=6, languages=12)


@pytest.fixture(scope="module", params=[HELDOUT_8, HELDOUT_9], ids=["set-8", "set-9"])
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


def test_every_item_has_each_side_in_several_languages(rows: list[dict[str, Any]]) -> None:
    """Beyond the shared checks: no item is English-only on either side, so neither an item nor
    a language tells spam from a resident."""
    for item in {r["item"] for r in rows}:
        for truth in ("spam", "ham"):
            languages = {r["lang"] for r in rows if r["item"] == item and r["truth"] == truth}
            assert len(languages - {earlier_sets.NO_LANGUAGE, "en"}) >= 3, (item, truth)
