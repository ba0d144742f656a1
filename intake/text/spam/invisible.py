"""Round 12: invisible characters inside words, so that no filter reads them.

"c\u200bh\u200be\u200ba\u200bp p\u200bh\u200ba\u200br\u200bm\u200ba\u200bc\u200by" reads as "cheap
pharmacy" on screen and as single letters to anything that matches words: zero-width spaces, word
joiners and byte-order marks between the letters of a word. Nobody types them. A campaign's
copies can carry some too (a tool defeating duplicate filters puts one inside a word here and
there: "ordinan\u200bce", "Co\u2060mm\u2060unity", as the fixture's and the burst's copies do),
and those are residents' letters: what is counted is a word **interleaved** letter by letter,
an invisible character after each of at least ``INTERLEAVED_MIN_GAPS`` letters in a row. The
sign is structural and the same in every script. Left out on purpose: the zero-width
joiner and non-joiner (U+200D, U+200C), which Persian, the Indic scripts and emoji sequences
need inside words, the soft hyphen (U+00AD), which hyphenating editors put inside long words,
and the direction marks of right-to-left text.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence

_HIDDEN = "\u200b\u180e\u2060\u2061\u2062\u2063\u2064\ufeff"
#: Invisible characters a word needs between single letters in a row to be interleaved.
INTERLEAVED_MIN_GAPS = 3
#: A letter, then (invisible characters, one letter) at least INTERLEAVED_MIN_GAPS times:
#: zero-width space, Mongolian vowel separator, word joiner, invisible operators, BOM.
_INTERLEAVED_RE = regex.compile(
    r"\p{L}\p{M}*(?:[" + _HIDDEN + r"]+\p{L}\p{M}*){" + str(INTERLEAVED_MIN_GAPS) + r",}"
)
#: Interleaved words the text needs ("c​h​e​a​p p​i​l​l​s").
INVISIBLE_MIN = 2
#: Weight: a disguise, like letters spaced out one by one; with the link or contact it hides
#: for, it reaches the threshold.
INVISIBLE_WEIGHT = 0.45


def interleaved_words(prose: str) -> int:
    """How many words are interleaved letter by letter with invisible characters."""
    if not any(c in prose for c in _HIDDEN):
        return 0  # most texts have none: no need to scan
    return len(_INTERLEAVED_RE.findall(prose))


def invisible_evidence(prose: str) -> list[Evidence]:
    """Invisible characters inside words: a text written not to be read by filters."""
    found = interleaved_words(prose)
    if found < INVISIBLE_MIN:
        return []
    detail = f"disguised words: {found} words interleaved with invisible characters"
    return [Evidence(INVISIBLE_WEIGHT, detail, noise=True)]
