"""Every closed set of words intake uses, defined once.

The models' CHECK constraints, the wire schemas' ``OneOf`` validators, the services and the
pages all import these tuples, so a new label or role is added here and nowhere else. The module
is plain Python (no marshmallow, no database), since both sides of the house import it.
"""

from __future__ import annotations

POSITIONS = ("support", "oppose", "neutral")
"""A commenter's stance on the item; a comment may also give none."""
UNSPECIFIED = "unspecified"
"""The position of a comment that gives none, where figures and filters need a word for it."""

KINDS = ("unique", "form_letter", "duplicate", "spam")
"""A comment's label."""
CAMPAIGN_KINDS = ("form_letter", "spam")
"""The labels that put a comment in a campaign."""
UNLABELLED = "unlabelled"
"""Where counts need a word for a comment not labelled yet."""

DECIDERS = ("system", "staff")
"""Who made a label: the labeller, or staff (whose decision the system never overrides)."""
SYSTEM = "system"
STAFF_ACTOR_PREFIX = "staff:"

ROLES = ("staff", "integration", "admin")
"""A token's role."""
STAFF_ROLES = ("staff", "admin")
"""The roles that may read whole records and decide labels."""

TEXT_STATUSES = ("read", "ocr", "no_text_layer", "unreadable")
"""How an attachment's text was read: from its text layer, by OCR from a scan, not at all from a
PDF without a text layer (no OCR installed), or not at all (unreadable)."""

REVIEW_ACTIONS = ("confirm", "unique", "spam")
"""What staff may do to many labels at once."""


def staff_actor(name: str) -> str:
    """The actor recorded for a staff decision: ``staff:<token or staff name>``."""
    return f"{STAFF_ACTOR_PREFIX}{name}"
