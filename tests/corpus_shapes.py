"""Reading a generated quality corpus's rows in its shape tests (the fifth and sixth
generators', both written apart and checked the same way)."""

from __future__ import annotations

import re
from typing import Any

TRUTH_FIELDS = {"campaign", "tier", "spam", "personal", "duplicate"}
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def flat(text: str) -> str:
    """``text`` with every run of whitespace one space."""
    return " ".join(text.split())


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` long enough (4+ words) to say a copy shares one."""
    return [s.strip() for s in SENTENCE_END.split(text) if len(s.split()) >= 4]


def members(rows: list[dict[str, Any]], campaign: str) -> list[dict[str, Any]]:
    """A campaign's copies, resubmissions left out."""
    return [r for r in rows if r["truth"]["campaign"] == campaign and not r["truth"]["duplicate"]]
