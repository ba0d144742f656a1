"""Each item's largest campaigns: where the phrase route looks when no key found a campaign.

A copy spun within sentences shares no whole sentence and few shingles with any one member, so
its keys (exemplar bands, known sentences) rarely reach its campaign; the phrase route can only
place it if the campaign is among those it is compared with. The campaigns with the most members
on the comment's item are the likely ones, and there are few: ``ITEM_CAMPAIGN_CAP`` of them.

Counts are read once per batch (:func:`~intake.labelling.snapshot_reads.item_campaign_sizes`)
and kept up to date in memory as the batch's comments join, so the ranking a comment sees is the
one a fresh read would give it: labels stay identical between batch and one-by-one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

ITEM_CAMPAIGN_CAP = 8


@dataclass
class ItemCampaigns:
    """Members per campaign per item, for the items a batch touches."""

    sizes: defaultdict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    loaded: set[str] = field(default_factory=set)
    """Items whose counts were read; others are never asked about and not tracked."""

    def add(self, item_id: str, campaign_id: int, members: int = 1) -> None:
        if item_id in self.loaded:
            self.sizes[item_id][campaign_id] += members

    def largest(self, item_id: str) -> list[int]:
        """The item's ``ITEM_CAMPAIGN_CAP`` campaigns with the most members (oldest first on
        ties, so the order does not depend on how the counts were gathered)."""
        counts = self.sizes.get(item_id)
        if not counts:
            return []
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [cid for cid, _n in ranked[:ITEM_CAMPAIGN_CAP]]
