"""What the decision returns: the label, and what the service must do to apply it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["duplicate", "form_letter", "unique"]


@dataclass(frozen=True)
class Decision:
    """The label for one comment and what the service must do to apply it."""

    kind: Kind
    duplicate_of: int | None = None
    campaign_id: int | None = None
    found_with: int | None = None
    similarity: float = 0.0
    reason: str = field(default="")
    also_members: tuple[int, ...] = ()
    """Earlier unaffiliated comments (other people) that share this comment's
    template: the service adds them to the campaign too and relabels them
    form_letter. This catches a campaign's first copies, which arrive before
    any pair of them is similar enough to found it (spun letters)."""
