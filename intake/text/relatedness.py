"""Does a comment talk about its agenda item at all? (a spam signal that needs no phrase list)

Spam is written for every web form at once, so it shares almost no words with the item it lands
on: not with the title, not with what other people wrote there. A resident's comment, in any
language, reuses the item's own words (the street, the program, the ordinance) or those of the
neighbours who wrote before. This module measures that overlap on *content terms*:

* words of three or more letters, folded (case and diacritics) and cut to their first six
  letters, minus each language's most common words -- taken from ``wordfreq``'s lists for every
  language it ships, so no language's stop words are written here by hand;
* in scripts written without spaces (Han, kana, Thai, ...), character pairs.

It is pure and only reads text; the service decides which texts make up an item's context.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

import regex

from intake.text.marks import drop_combining

__all__ = ["common_words", "content_terms", "context_terms"]

#: How many of each language's most frequent words count as function words.
COMMON_WORDS_PER_LANGUAGE = 300
_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_UNSPACED_RE = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]"
)
MIN_TERM_CHARS = 3
#: Terms are cut to their first letters, a crude stem that works across languages without a
#: stemmer per language: "neighborhoods" meets "neighborhood", "informar" meets "información".
STEM_CHARS = 6


def _fold(text: str) -> str:
    folded = text.casefold()
    if folded.isascii():  # NFKD leaves ASCII as it is, and no ASCII character is combining
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return drop_combining(decomposed)


@cache
def common_words() -> frozenset[str]:
    """The most frequent words of every language wordfreq ships (folded), loaded once."""
    import wordfreq

    words: set[str] = set()
    for lang in sorted(wordfreq.available_languages("small")):
        for i, word in enumerate(wordfreq.iter_wordlist(lang, "small")):
            if i >= COMMON_WORDS_PER_LANGUAGE:
                break
            words.add(_fold(word))
    for cached in (wordfreq.get_frequency_list, wordfreq.get_frequency_dict, wordfreq.top_n_list):
        cached.cache_clear()  # keep only the set, not wordfreq's copies of every list
    return frozenset(words)


def content_terms(text: str) -> set[str]:
    """The words (or character pairs, in unspaced scripts) that carry a text's topic."""
    return set(_cached_terms(text))


def _content_terms(text: str) -> frozenset[str]:
    common = common_words()
    terms: set[str] = set()
    folded = _fold(text)
    unspaced = _UNSPACED_RE.search(folded) is not None  # one search, not one per token
    for token in _WORD_RE.findall(folded):
        if unspaced and _UNSPACED_RE.search(token):
            chars = [c for c in token if _UNSPACED_RE.match(c)]
            terms.update(a + b for a, b in itertools.pairwise(chars))
        elif len(token) >= MIN_TERM_CHARS and not token.isdigit() and token not in common:
            terms.add(token[:STEM_CHARS])
    return frozenset(terms)


#: Texts whose terms are kept between calls: an item's recent comments are the context of every
#: comment after them, so each is tokenised once, not once per comment that reads it (and a
#: comment's own terms are asked for twice: does it want the context, is it unrelated to it).
TERMS_CACHE = 4096


@lru_cache(maxsize=TERMS_CACHE)
def _cached_terms(text: str) -> frozenset[str]:
    return _content_terms(text)


def context_terms(texts: Iterable[str]) -> set[str]:
    """The content terms of an item's context: its title and comments, each tokenised once."""
    terms: set[str] = set()
    for text in texts:
        terms |= _cached_terms(text)
    return terms
