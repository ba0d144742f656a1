"""Keyboard mashing in scripts the letter model does not judge (it reads Latin, Cyrillic and
Greek; :mod:`intake.text.spam.noise` adds historic scripts and Georgian).

Three shapes that no language writes, whatever its script:

* Hangul jamo typed without forming syllables ("ㅁㄴㅇㄹ ㅋㅌㅊㅍ"); Korean is written in
  syllable blocks, and the jamo residents do type alone are laughter or tears ("ㅋㅋㅋ",
  "ㅠㅠ"): one or two distinct jamo, never many;
* words each typed along one row of the Arabic, Persian or Hebrew keyboard ("شسيبلاتنم");
* words whose letters run in alphabet order ("कखगघ ङचछज", "abcd efgh").
"""

from __future__ import annotations

import itertools

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.settings import SpamSettings

_LETTER_RE = regex.compile(r"\p{L}")
_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")
_JAMO_RE = regex.compile(r"[\u3131-\u318e\u1100-\u11ff]")
JAMO_MIN = 8
JAMO_SHARE = 0.6
JAMO_MIN_DISTINCT = 5

_ROWS = tuple(
    frozenset(row)
    for row in (
        "ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤرلاىةوزظ",  # Arabic
        "ضصثقفغعهخحجچ", "شسیبلاتنمکگ", "ظطزرذدپو",  # Persian
        "קראטוןםפ", "שדגכעיחלךף", "זסבהנמצתץ",  # Hebrew
    )
)  # fmt: skip
_ROW_SCRIPT_RE = regex.compile(r"[\p{Arabic}\p{Hebrew}]+")
ROW_MIN_WORD = 5
ROW_MIN_LETTERS = 12
ROW_SHARE = 0.6

RUN_MIN_WORD = 4
RUN_MIN_LETTERS = 8
RUN_SHARE = 0.5
RUN_SAMPLE_CHARS = 200
#: Characters judged: mashing is mashing throughout, and the cost must not grow with the text.
SAMPLE_CHARS = 1000


def _in_order(word: str) -> bool:
    """Each letter is the one after the previous in its alphabet's code order."""
    return all(ord(b) - ord(a) == 1 for a, b in itertools.pairwise(word))


def script_mash_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """Mashing in Hangul jamo, along one row of the Arabic, Persian or Hebrew keyboard, or in
    alphabet order, in any script; real writing in those scripts is never judged noise."""
    sample = prose[:SAMPLE_CHARS]
    if _JAMO_RE.search(sample):
        letters = len(_LETTER_RE.findall(sample))
        jamo = _JAMO_RE.findall(sample)
        many = len(jamo) >= JAMO_MIN and len(jamo) >= JAMO_SHARE * letters
        if many and len(set(jamo)) >= JAMO_MIN_DISTINCT:
            detail = f"gibberish: {len(jamo)} Hangul letters typed without syllables"
            return [Evidence(s.script_mash_weight, detail, noise=True)]
    words = _ROW_SCRIPT_RE.findall(sample)
    in_script = sum(len(w) for w in words)
    if in_script >= ROW_MIN_LETTERS and in_script >= ROW_SHARE * len(_LETTER_RE.findall(sample)):
        on_row = sum(
            len(w) for w in words if len(w) >= ROW_MIN_WORD and any(set(w) <= r for r in _ROWS)
        )
        if on_row >= ROW_SHARE * in_script:
            detail = f"gibberish: {on_row / in_script:.0%} of the letters on one keyboard row"
            return [Evidence(s.script_mash_weight, detail, noise=True)]
    return _alphabet_order_evidence(sample[:RUN_SAMPLE_CHARS], s)


def _alphabet_order_evidence(sample: str, s: SpamSettings) -> list[Evidence]:
    """Words typed in alphabet order make up half the letters (judged on the first
    ``RUN_SAMPLE_CHARS`` characters: mashing is mashing from the start)."""
    letters = len(_LETTER_RE.findall(sample))
    words = _WORD_RE.findall(sample.casefold())
    ordered = sum(len(w) for w in words if len(w) >= RUN_MIN_WORD and _in_order(w))
    if ordered >= RUN_MIN_LETTERS and ordered >= RUN_SHARE * letters:
        detail = f"gibberish: {ordered} of {letters} letters typed in alphabet order"
        return [Evidence(s.script_mash_weight, detail, noise=True)]
    return []
