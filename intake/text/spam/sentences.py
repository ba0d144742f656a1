"""Where a comment's sentences end: one rule for every signal that reads sentence by sentence.

Until session 27 each such signal brought its own splitter, and they had drifted apart: one
knew the Ethiopic full stop, another the Burmese and Khmer ones, a third split Chinese text
only where a space followed its full stop (which Chinese never writes). A mark learned by one
signal is now learned by all.

Two readings, because two kinds of signal need them:

* :data:`SENTENCE_END_RE`: after a sentence's mark and a space, or at a line break (a dot in an
  e-mail address or in "9.5%" is followed by no space);
* :data:`SENTENCE_END_BEFORE_CAPITAL_RE`: the same, but after a Latin mark only where the next
  word does not begin in lower case, for signals that judge a text by its last sentences or
  by which sentence says what: "w w w . example . c o m" and "z. B. 1/8 Zoll" are not several
  sentences.

After a mark of a script written without spaces (Chinese, Japanese, Burmese, Khmer) a sentence
ends whether or not a space follows.
"""

from __future__ import annotations

from functools import lru_cache

import regex

#: Marks that end a sentence in scripts written with spaces between words: Latin, Arabic (؟)
#: and Urdu (۔), Devanagari's danda (।), Ethiopic (።).
_SPACED_MARKS = r".!?؟۔।።"
#: Marks that end a sentence in scripts written without spaces: Chinese and Japanese full-width
#: marks, Burmese (။) and Khmer (។).
_UNSPACED_MARKS = r"。！？။។"

SENTENCE_END_RE = regex.compile(rf"(?<=[{_SPACED_MARKS}])\s+|(?<=[{_UNSPACED_MARKS}])\s*|\n+")
SENTENCE_END_BEFORE_CAPITAL_RE = regex.compile(
    rf"(?<=[{_SPACED_MARKS}])\s+(?=\P{{Ll}})|(?<=[{_UNSPACED_MARKS}])\s*|\n+"
)


#: Texts whose sentences are kept (session 29, perf29): a comment's prose is split by several
#: signals (about three splits a text in the burst benchmark), each split a scan of the text.
SPLIT_CACHE = 1024


def sentences(prose: str) -> list[str]:
    """The sentences of ``prose`` (:data:`SENTENCE_END_RE`), without empty ones."""
    return list(_split(prose, before_capitals=False))


def sentences_before_capitals(prose: str) -> list[str]:
    """The sentences of ``prose`` (:data:`SENTENCE_END_BEFORE_CAPITAL_RE`), without empty ones."""
    return list(_split(prose, before_capitals=True))


@lru_cache(maxsize=SPLIT_CACHE)
def _split(prose: str, before_capitals: bool) -> tuple[str, ...]:
    """The sentences of ``prose``, read once per text and reading (a caller gets its own list)."""
    end = SENTENCE_END_BEFORE_CAPITAL_RE if before_capitals else SENTENCE_END_RE
    return tuple(part for part in end.split(prose) if part.strip())


def sentence_at(prose: str, at: int) -> str:
    """The sentence of ``prose`` (:data:`SENTENCE_END_RE`) that holds the character at ``at``."""
    start = 0
    for end in SENTENCE_END_RE.finditer(prose):
        if end.start() > at:
            break
        start = end.end()
    after = SENTENCE_END_RE.search(prose, max(start, at + 1))
    return prose[start : after.start() if after else len(prose)]
