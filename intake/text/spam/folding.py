"""Case- and diacritic-folded text: how the spam signals' word lists are kept and compared.

One fold for every signal that reads words in several scripts (solicitations, lures, pitch
words, bot posts), so that a word list written with accents matches text written without them
and the other way round. (``noise`` folds for its letter-sequence model and keeps "đ".)
"""

from __future__ import annotations

import unicodedata

from intake.text.marks import drop_marks


def fold(text: str) -> str:
    """``text`` case-folded, decomposed (NFKD) and without combining marks, with Vietnamese "đ"
    read as "d": "Đặt hàng" -> "dat hang". ASCII text is only lowered (nothing to decompose).
    Session 18: without spacing modifier letters either ("Waiʻolu" -> "waiolu", as a web
    address and a keyboard without the ʻokina write it; :func:`marks.drop_marks`)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("đ", "d"))
    return drop_marks(decomposed)
