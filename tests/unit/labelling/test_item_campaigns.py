"""Each item's largest campaigns, ranked the same however their counts were gathered."""

from __future__ import annotations

from intake.labelling.item_campaigns import ITEM_CAMPAIGN_CAP, ItemCampaigns


def test_largest_first_oldest_on_ties_and_bounded() -> None:
    tally = ItemCampaigns()
    tally.loaded.add("a")
    for cid in range(1, ITEM_CAMPAIGN_CAP + 5):
        tally.add("a", cid, members=3)
    tally.add("a", 40, members=9)
    tally.add("a", 2)
    assert tally.largest("a") == [40, 2, 1, 3, 4, 5, 6, 7]


def test_items_not_read_are_not_tracked() -> None:
    tally = ItemCampaigns()
    tally.add("elsewhere", 5)
    assert tally.largest("elsewhere") == []
    tally.loaded.add("b")
    tally.add("b", 5)
    tally.add("b", 5)
    tally.add("b", 6, members=2)
    assert tally.largest("b") == [5, 6]
