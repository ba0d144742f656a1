"""How common a word is in a language's prose, from ``wordfreq``'s packaged tables.

Several rules ask whether a capitalised word is a name or a word ("Rose", "Park"), or whether a
spelled-out address is made of words; they all read one cached look-up here, so a word is looked
up once per process whichever rule asks first.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["zipf"]


@lru_cache(maxsize=16384)
def zipf(word: str, language: str = "en") -> float:
    """The word's Zipf frequency in ``language`` (0.0 for a word the language's prose never
    uses, about 7 for its commonest words)."""
    from wordfreq import zipf_frequency  # imported on first use: a table per language

    return float(zipf_frequency(word, language))
