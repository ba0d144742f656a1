"""Round 16: letters buried under stacked combining marks ("ŧ̷̡h̸͓ë̶ ̵̥c̵̟ö̵d̶̞e̷", "Zalgo text").

A generator piles the generic combining marks of Unicode (the blocks U+0300-036F, U+1AB0-1AFF,
U+1DC0-1DFF, U+20D0-20FF, U+FE20-FE2F: strokes, overlays, accents with no letter of their own)
on nearly every character, spaces included, so that the text still reads on screen while no
word matches anything. Nobody types that: a language that writes its accents as separate marks
(Vietnamese, Yoruba, pinyin, decomposed French from some keyboards) leaves almost none of them
once the text is composed (NFC), and never two on most of its letters. The scripts whose vowel
signs and points are combining marks of their own blocks (Devanagari, Arabic, Hebrew, Thai) are
not counted at all. So the sign is structural and the same in every language: after NFC, most
letters carry a generic mark, and marks sit on spaces or pile two deep.
"""

from __future__ import annotations

import unicodedata

import regex

from intake.text.spam.evidence import Evidence

#: The generic combining marks a Zalgo generator draws from.
_GENERIC_MARK = "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
_GENERIC_MARK_RE = regex.compile(_GENERIC_MARK)
#: A letter or a space with its generic marks (any number, possibly none).
_CARRIER_RE = regex.compile(rf"([\p{{L}}\p{{N}} ])({_GENERIC_MARK}*)")
#: Letters the text needs to be judged: "é" typed as e + U+0301 once is an accent.
STACKED_MIN_LETTERS = 8
#: Share of the letters carrying a generic mark after NFC.
STACKED_MIN_SHARE = 0.6
#: Carriers with two or more marks, or spaces with one: the pile-up no language makes.
STACKED_MIN_PILES = 3
#: Weight: noise, like gibberish (it labels the text by itself and counts in a form letter).
STACKED_WEIGHT = 0.75


def stacked_marks(prose: str) -> tuple[int, int, int]:
    """(letters, letters carrying a generic mark, piles) after NFC; a pile is a carrier with
    two or more generic marks, or a space with one."""
    if _GENERIC_MARK_RE.search(prose) is None:
        return 0, 0, 0  # almost every text: nothing to count
    composed = unicodedata.normalize("NFC", prose)
    letters = marked = piles = 0
    for m in _CARRIER_RE.finditer(composed):
        base, marks = m.group(1), len(m.group(2))
        if base != " ":
            letters += 1
            marked += marks > 0
        piles += marks >= 2 or (base == " " and marks > 0)
    return letters, marked, piles


def stacked_evidence(prose: str) -> list[Evidence]:
    """Most letters under generic combining marks, piled up: text made not to be read."""
    letters, marked, piles = stacked_marks(prose)
    if letters < STACKED_MIN_LETTERS or piles < STACKED_MIN_PILES:
        return []
    if marked / letters < STACKED_MIN_SHARE:
        return []
    detail = f"gibberish: {marked} of {letters} letters buried under stacked combining marks"
    return [Evidence(STACKED_WEIGHT, detail, noise=True)]
