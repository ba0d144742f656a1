"""Round 14: search queries strung together, with no sentence in them.

"cemetery plots for sale cemetery plots near me cheap cemetery plots buy burial plot sell burial
plot ...", "tanie książki tanie książki online księgarnia internetowa tania księgarnia ...": a
keyword list written for search engines. Round 8's stuffing signal reads the words the item does
not use (this list names the item's own subject), and round 13's word runs read words said
twice in a row (here they come back in new combinations). The shape, the same in any language
written with spaces: **no punctuation at all** in 12 to 80 words, and at least two different
words of four or more letters each said three times or more, making up ``QUERY_MIN_SHARE`` of
the words, in **varied combinations** (most pairs of neighbouring words differ). A resident
writing without punctuation says one thing once ("i dont want this the fees are too high");
a chant repeats one phrase ("stop the fees stop the fees stop the fees"), whose neighbouring
pairs are few (round 3/5's repetition signals read it). Read on every corpus of the quality
benchmark, the shape is in 4 spam comments of 3 sets and in no legitimate comment.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import regex

from intake.text.spam.evidence import WORD_RE, Evidence

#: Any mark that ends or splits a sentence, in several scripts.
PUNCTUATION_RE = regex.compile(r"[.!?,;:。，、！？؟।…()\[\]\"“”]")
QUERY_MIN_WORDS, QUERY_MAX_WORDS = 12, 80
#: A repeated word: this many letters or more ("dog", "the" are too short to tell), said at
#: least ``QUERY_MIN_TIMES`` times; at least ``QUERY_MIN_REPEATED`` of them.
QUERY_MIN_LETTERS, QUERY_MIN_TIMES, QUERY_MIN_REPEATED = 4, 3, 2
#: Share of the words that are the repeated ones.
QUERY_MIN_SHARE = 0.3
#: Share of neighbouring pairs that are different (a chant repeats the same few pairs).
QUERY_MIN_VARIETY = 0.6
#: Weight: noise, like the other repetition signals.
QUERY_WEIGHT = 0.75


def query_list(prose: str) -> list[str]:
    """The repeated words of a text made of search queries strung together, or []."""
    if prose.count(" ") > 2 * QUERY_MAX_WORDS or PUNCTUATION_RE.search(prose):
        return []
    tokens = [t.casefold() for t in WORD_RE.findall(prose)]
    if not QUERY_MIN_WORDS <= len(tokens) <= QUERY_MAX_WORDS:
        return []
    counts = Counter(t for t in tokens if len(t) >= QUERY_MIN_LETTERS and not t.isdigit())
    repeated = [word for word, n in counts.most_common() if n >= QUERY_MIN_TIMES]
    if len(repeated) < QUERY_MIN_REPEATED:
        return []
    if sum(counts[w] for w in repeated) < QUERY_MIN_SHARE * len(tokens):
        return []
    pairs = list(pairwise(tokens))
    if len(set(pairs)) < QUERY_MIN_VARIETY * len(pairs):
        return []
    return repeated


def query_list_evidence(prose: str) -> list[Evidence]:
    """Search queries strung together: noise to the count of speech, in any language."""
    repeated = query_list(prose)
    if not repeated:
        return []
    shown = ", ".join(repr(w[:30]) for w in repeated[:3])
    detail = f"repetition: search queries strung together, no sentence ({shown} over and over)"
    return [Evidence(QUERY_WEIGHT, detail, noise=True)]
