"""Combining marks dropped from decomposed text, in one C-level pass.

The spam signals and relatedness fold text (NFKD, then without its combining marks) so that
accents do not make words differ. Testing every character in a Python generator cost a few
tenths of a millisecond per comment in the labeller (issue 16); a ``str.translate`` table of
the marks the text holds (its distinct characters, tested once each) gives the same string.
"""

from __future__ import annotations

import unicodedata


def drop_combining(decomposed: str) -> str:
    """``decomposed`` without the characters that have a combining class (what
    ``"".join(ch for ch in decomposed if not unicodedata.combining(ch))`` gives)."""
    marks = {ord(ch): None for ch in set(decomposed) if unicodedata.combining(ch)}
    return decomposed.translate(marks) if marks else decomposed
