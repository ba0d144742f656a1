"""The ninth held-apart spam set's shape, and that labelling_quality.py reads it as the corpus
``spam-heldout-9``. It was written to the same brief as sets 5 to 8, so it answers to their
checks, taken as they are from their module with this set's counts. Only the fixture is checked:
the engine's results on it are never asserted, so that nobody tunes on it through a test."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.labelling import test_spam_heldout_5_and_6 as earlier_sets

# Eleven languages besides English on each side, each on both; a few mashes in no language.
HELDOUT_9 = earlier_sets.HeldoutSet(9, spam=101, ham=106, items=6, languages=12)


@pytest.fixture(scope="module")
def heldout() -> earlier_sets.HeldoutSet:
    return HELDOUT_9


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return HELDOUT_9.rows()


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
