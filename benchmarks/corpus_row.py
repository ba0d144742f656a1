"""The row a generated quality corpus writes: one comment, its sender, and the truth about it.

``labelling_quality.py`` reads every generator's rows through :meth:`Row.as_dict`, so the
generators written apart from each other (each with its own idea of a sender) share this one
format rather than a copy of it each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


class Sender(Protocol):
    """What a row needs of a generator's sender: the three fields the service is posted."""

    @property
    def name(self) -> str: ...

    @property
    def email(self) -> str | None: ...

    @property
    def postal_code(self) -> str | None: ...


@dataclass
class Row:
    """A comment as posted (item, body, sender) and its truth: campaign, edit tier, spam,
    the personal text its sender added, and whether it resubmits the sender's earlier one."""

    item: str
    body: str
    who: Sender
    campaign: str | None = None
    tier: str | None = None
    spam: bool = False
    personal: str | None = None
    duplicate: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "body": self.body,
            "name": self.who.name,
            "email": self.who.email,
            "postal_code": self.who.postal_code,
            "truth": {
                "campaign": self.campaign,
                "tier": self.tier,
                "spam": self.spam,
                "personal": self.personal,
                "duplicate": self.duplicate,
            },
        }
