"""Does a comment talk about its agenda item at all? (a spam signal that needs no phrase list)

Spam is written for every web form at once, so it shares almost no words with the item it lands
on: not with the title, not with what other people wrote there. A resident's comment, in any
language, reuses the item's own words (the street, the program, the ordinance) or those of the
neighbours who wrote before. This module measures that overlap on *content terms*:

* words of three or more letters, folded (case, diacritics and, since session 18, spacing
  modifier letters such as the Hawaiian ʻokina) and cut to their first six
  letters, minus each language's most common words -- taken from ``wordfreq``'s lists for every
  language it ships, so no language's stop words are written here by hand;
* in scripts written without spaces (Han, kana, Thai, ...), character pairs.

It is pure and only reads text; the service decides which texts make up an item's context.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

import regex

from intake.text.marks import drop_marks

__all__ = [
    "common_words",
    "content_terms",
    "context_terms",
    "shared_with_item",
    "title_acronyms_named",
    "title_terms_named",
]

#: How many of each language's most frequent words count as function words.
COMMON_WORDS_PER_LANGUAGE = 300
_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")
#: ``_WORD_RE`` in ASCII text (its letters, marks and digits are A-Z, a-z and 0-9), faster.
_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9]+")
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
    return drop_marks(decomposed)


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
    if folded.isascii():  # no unspaced script; the tokens are runs of A-Z, a-z and 0-9
        unspaced, tokens = False, _ASCII_WORD_RE.findall(folded)
    else:
        unspaced = _UNSPACED_RE.search(folded) is not None  # one search, not one per token
        tokens = _WORD_RE.findall(folded)
    for token in tokens:
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
    if isinstance(texts, tuple):
        return set(_context_terms(texts))
    terms: set[str] = set()
    for text in texts:
        terms |= _cached_terms(text)
    return terms


#: Contexts whose union of terms is kept: the spam signals of one comment ask for its context's
#: terms up to five times (relatedness, advert words, keyword stuffing, business probes), each
#: a union of some 200 comments' terms; the next comment's context is another tuple.
CONTEXTS_CACHE = 8


@lru_cache(maxsize=CONTEXTS_CACHE)
def _context_terms(texts: tuple[str, ...]) -> frozenset[str]:
    terms: set[str] = set()
    for text in texts:
        terms |= _cached_terms(text)
    return frozenset(terms)


#: Letters two terms must share from their start for one to name the other's word in another
#: form ("bike"/"bikes", "zone"/"zones", "rent"/"rental", "permis"/"permit" do not: 4 letters
#: are the shortest stem that still says what a word is about).
MIN_FORM_CHARS = 4


@lru_cache(maxsize=TERMS_CACHE)
def _title_forms(title: str) -> tuple[frozenset[str], frozenset[str]]:
    """A title's terms and every start of them of at least :data:`MIN_FORM_CHARS` letters."""
    terms = _cached_terms(title)
    starts = {t[:n] for t in terms for n in range(MIN_FORM_CHARS, len(t) + 1)}
    return terms, frozenset(starts)


def title_terms_named(terms: Iterable[str], title: str) -> set[str]:
    """Round 11: the comment's terms that name a word of the item's title, in the same or
    another form of it: equal, or one the start of the other with at least
    :data:`MIN_FORM_CHARS` letters ("bikes" names the title's "bike", "zone" its "zones",
    "rent" its "rental"). Terms are cut to six letters, which joins long words' forms but not
    a short word and its plural; the title is the item's own subject, so a comment naming it
    in any form of the word speaks of the item."""
    exact, starts = _title_forms(title)
    named = set()
    for term in terms:
        if term in starts or term in exact:
            named.add(term)
            continue
        for n in range(MIN_FORM_CHARS, len(term)):
            if term[:n] in exact:
                named.add(term)
                break
    return named


#: Shared terms a word of the item's title counts for (round 11; a figure of the title counts
#: for three, ``intake.text.spam.numbers.TITLE_FIGURE_WEIGHT``).
TITLE_TERM_WEIGHT = 2


def shared_with_item(terms: set[str], known: set[str], context: Sequence[str]) -> int:
    """Round 11: how many of a comment's ``terms`` the item's context (``known``: its terms)
    has, a word of the title (``context[0]``) in any form of it counting twice. The spam
    relatedness rule called a bike shop owner on "Protected bike lanes on Fairview Boulevard"
    unrelated (1 term of 16 shared, "Fairview": "bikes" is not "bike"), and a food truck
    asking for "a fixed zone" on "Food truck zones". Spam written for every form does not name
    the item's subject; a resident who names it twice, or once in a short comment, speaks of
    it."""
    if not context:
        return len(terms & known)
    named = title_terms_named(terms, context[0])
    return len((terms & known) | named) + (TITLE_TERM_WEIGHT - 1) * len(named)


#: Session 16: an acronym, as a title writes it: two to six capitals (digits after the first)
#: standing alone ("Transport Rivière-Aubin (TRA)", "the CRA").
_ACRONYM_RE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]{1,5}(?![\p{L}\p{N}])")


def title_acronyms_named(text: str, title: str) -> int:
    """Session 16: how many of the acronyms the item's title writes in capitals (not counting
    its figures: "2026" is no acronym) the text writes in capitals too. Content terms drop a
    word that is common in any language ("tra" is Italian for "between", "bus" Lithuanian for
    "will be"): an item's own name for a body or a programme ("TRA") would then say nothing
    of what a comment is about. Session 23 (res23): and the acronyms the title spells out
    (:func:`title_initials`): "a PLA keeps the work local" on "project labor agreement and
    prevailing wage for the new recreation center"."""
    if not title:
        return 0
    own = {m.group() for m in _ACRONYM_RE.finditer(title) if not m.group().isdigit()}
    spelled = title_initials(title)
    if not own and not spelled:
        return 0
    written = {m.group() for m in _ACRONYM_RE.finditer(text)}
    return len(own & written) + len((spelled - own) & written)


#: Session 23 (res23): the fewest words a title spells an acronym with ("PLA"; "PD" would be
#: named by chance), and the most.
MIN_INITIALS, MAX_INITIALS = 3, 6
_TITLE_WORD_RE = regex.compile(r"\p{L}+")


@lru_cache(maxsize=TERMS_CACHE)
def title_initials(title: str) -> frozenset[str]:
    """Session 23 (res23): the acronyms a title spells out, in capitals: the initials of three
    to six of its words in a row, either every word or only its content words ("project labor
    agreement" is "PLA", "Southern Nevada Water Authority" is "SNWA", "Department of
    Transportation" is "DT" and "DOT" alike: too short for the first). Residents shorten an
    item's long name as its staff do; spam written for every form cannot know the item's name.
    Initials that spell a common word of any language ("NOW", "LOS") are left out: a text
    shouting the word does not abbreviate the title."""
    words = _TITLE_WORD_RE.findall(title)
    common = common_words()
    content = [w for w in words if _fold(w) not in common and len(w) >= MIN_TERM_CHARS]
    found: set[str] = set()
    for run in (words, content):
        initials = "".join(w[0] for w in run).upper()
        for size in range(MIN_INITIALS, MAX_INITIALS + 1):
            for start in range(len(initials) - size + 1):
                found.add(initials[start : start + size])
    return frozenset(a for a in found if a.isalpha() and _fold(a) not in common)
