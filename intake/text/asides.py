"""Words a sender puts inside a campaign's sentence, set off as an aside.

Senders personalise a form letter not only before and after it but inside its sentences: "riders
pay for it in missed trips (I drive the 14 and the 22)", "I support the depot — my shift starts at
5:10 — on the Oxbow Road parcel". The sentence around the aside is the template's, word for word
or lightly edited, so it reads as a light edit and the aside would be lost with it; yet the aside
is the sender's own, and the part staff most want to read. Brackets and dashes set it off in any
language that writes them. Pure: no Flask, no database.
"""

from __future__ import annotations

import regex

__all__ = ["aside_spans", "without_asides"]

#: An aside in brackets, or between two dashes (an em or en dash, or "--" typed for one), or
#: after one dash to the sentence's end ("... tonight — the federal share, not ours."). The
#: dashes stand between spaces: a hyphen in a word ("short-term") or a range ("2025–2026") is
#: no aside.
_ASIDE = regex.compile(
    r"\((?P<text>[^()\n]{2,300})\)"
    r"|(?<=\s)(?:[—–]|--)\s+(?P<text>[^—–\n]{2,300}?)\s+(?:[—–]|--)(?=\s)"
    r"|(?<=\s)(?:[—–]|--)\s+(?P<text>[^—–\n]{2,300}?)(?=[.!?]?\s*$)"
)
#: Fewer words of letters are a reference or a stamp, not something said: "(SB 9)", "(2024)",
#: "— again —", a chat tool's "(Dec 9, 8:41 PM)".
MIN_ASIDE_WORDS = 3
_WORD = regex.compile(r"[\p{L}\p{M}]{2,}|\p{Lo}")


def aside_spans(sentence: str) -> list[tuple[int, int, int, int]]:
    """Each aside of at least ``MIN_ASIDE_WORDS`` words: (start, end) of the whole aside with its
    marks, then (start, end) of its words, as offsets into ``sentence``."""
    spans = []
    for found in _ASIDE.finditer(sentence):
        text = found.group("text")
        if len(_WORD.findall(text)) < MIN_ASIDE_WORDS:
            continue
        start = found.start("text")
        spans.append((found.start(), found.end(), start, start + len(text)))
    return spans


def without_asides(sentence: str, spans: list[tuple[int, int, int, int]]) -> str:
    """The sentence with the given asides and their marks taken out."""
    kept, at = [], 0
    for start, end, _text_start, _text_end in spans:
        kept.append(sentence[at:start])
        at = end
    kept.append(sentence[at:])
    return " ".join("".join(kept).split())
