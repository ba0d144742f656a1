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


#: Session 18: the Spacing Modifier Letters block (U+02B0-U+02FF). Hawaiian writes its glottal
#: stop with the ʻokina (U+02BB) and other languages an apostrophe-letter with U+02BC; both are
#: letters (Lm), so "Waiʻolu" was one word that never met "waiolu" in a web address or a
#: neighbour's keyboard spelling. Lm letters outside the block (Japanese ー, 々) are kept.
_MODIFIER_LETTERS = range(0x2B0, 0x300)


def drop_marks(decomposed: str) -> str:
    """``decomposed`` without combining marks (:func:`drop_combining`) nor spacing modifier
    letters ("kahaleʻula" -> "kahaleula"): how words are folded to be compared."""
    marks = {
        ord(ch): None
        for ch in set(decomposed)
        if unicodedata.combining(ch) or ord(ch) in _MODIFIER_LETTERS
    }
    return decomposed.translate(marks) if marks else decomposed
