"""One piece of evidence and how pieces combine (a noisy-OR), shared by every signal module."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import regex

#: A token in any script: letters, marks and digits.
WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")
#: :data:`WORD_RE` in ASCII text, where the letters, marks and digits are A-Z, a-z and 0-9: the
#: standard library finds them several times faster.
ASCII_WORD_RE = re.compile(r"[A-Za-z0-9]+")


def word_tokens(text: str) -> list[str]:
    """``WORD_RE.findall(text)``."""
    found: list[str] = (ASCII_WORD_RE if text.isascii() else WORD_RE).findall(text)
    return found


@dataclass(frozen=True)
class Evidence:
    """One signal: its weight, its reason text, whether it is bot behaviour, and whether it is
    *noise*: text that is no one's speech (a bare link, one word over and over, keyboard mashing,
    an advert unrelated to the item), counted even when many senders share it."""

    weight: float
    detail: str
    bot: bool = False
    noise: bool = False

    def reason(self, counted: bool = True) -> str:
        """Render as shown to staff, making explicit when a weight was not counted."""
        if counted:
            return f"{self.detail} (+{self.weight:.2f})"
        return f"{self.detail} (+0.00, not counted: form letter without bot evidence)"


def noisy_or(weights: Iterable[float]) -> float:
    """Combine independent evidence: the chance that at least one signal is right."""
    keep = 1.0
    for w in weights:
        keep *= 1.0 - min(1.0, max(0.0, w))
    return min(1.0, max(0.0, 1.0 - keep))


def safe_text(body: str) -> str:
    """Replace lone surrogates so no library downstream can choke on the text."""
    return body.encode("utf-8", "replace").decode("utf-8")
