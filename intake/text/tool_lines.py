"""Lines a sending tool writes into every copy with its own values: the tool's, not the sender's.

A petition platform stamps each signature ("Signature ID PP-7KQ2 | email verified", "Delivered
by PetitionPress on behalf of 2,014 signers."), a voicemail or text-message gateway each message
("Received: Tue 12/15/2026 4:34 PM | Length 1:04", "Received: 12/15/26 5:00 PM | 3 parts"), a
thread-unrolling site each post ("💬 2  🔁 15  ❤️ 43"). The values differ copy by copy, so the
line is never word for word a template sentence (nor, being mostly values, a light edit of one),
and it came back as what the sender added. What the sender did not write is told by the line's
**shape**: its words with every run of letters and digits that holds a digit masked (numbers,
dates, times, IDs). A shape that a real share of the campaign's members send is the tool's line,
whatever its values; a sender's own sentence with a number in it ("I have ridden it for 12
years.") is sent by one member, or by a handful of the campaign's dozens.

Pure: no Flask, no database.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import regex

from intake.text.normalize import segments

__all__ = ["SHAPE_MARK", "TOOL_LINE_SHARE", "is_tool_line", "line_shape", "tool_line_shapes"]

SHAPE_MARK = "\u2063shape: "
"""Prefix of a tool line's shape among a campaign's template sentences (an invisible separator,
which normalised text never holds), so it can never equal a real sentence."""

TOOL_LINE_SHARE = 0.25
"""Share of the sampled members (and at least ``min_members``) who must send a shape for it to be
the tool's. A tool stamps every copy that passes through it; a frame a few members' own
sentences share ("I have lived here 12 years.") is no quarter of a campaign."""

_VALUE = re.compile(r"[^\W_]*\d[^\W_]*")
_MIN_KEPT = 2
"""Tokens besides the values a shape must keep: a line of values alone ("12/15", "#4411") would
give every such line one shape."""
# What a shape keeps besides its values: words, and symbols that are no punctuation (a thread's
# "💬 🔁 ❤️" counters).
_KEPT = regex.compile(r"[^\W\d_]+|\p{So}")
# A number written with separators ("2,014", "1.5") is one value, however many digits it has.
_NUMBER = re.compile(r"#(?:[.,]#)+")


def line_shape(text: str) -> str | None:
    """The line with its values masked ("Signature ID PP-7KQ2 | email verified" -> "signature id
    pp-# | email verified"), or None when it holds no value (such a line recurs word for word, and
    the template's sentence rules read it) or keeps fewer than two other tokens."""
    folded = _folded(text)
    shape, values = _VALUE.subn("#", folded)
    if not values:
        return None
    if len(_KEPT.findall(shape)) < _MIN_KEPT:
        return None
    return _NUMBER.sub("#", shape)


def _folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def is_tool_line(text: str, shapes: frozenset[str]) -> bool:
    """Is ``text`` one of these tool lines (marked shapes, :func:`tool_line_shapes`)? Each value
    of the shape may hold any run of letters and digits: an ID the tool drew without a digit
    ("PP-KXWQZTR" beside "PP-7KQ2R9A") is still its value."""
    pattern = _pattern(shapes)
    return pattern is not None and pattern.fullmatch(_folded(text)) is not None


@lru_cache(maxsize=64)  # a campaign's few shapes are asked about by every member
def _pattern(shapes: frozenset[str]) -> re.Pattern[str] | None:
    marked = sorted(s.removeprefix(SHAPE_MARK) for s in shapes if s.startswith(SHAPE_MARK))
    if not marked:
        return None
    value = r"[^\W_]+(?:[.,][^\W_]+)*"
    return re.compile("|".join(value.join(map(re.escape, s.split("#"))) for s in marked))


def tool_line_shapes(
    member_bodies: Sequence[str], min_members: int = 3, share: float = TOOL_LINE_SHARE
) -> frozenset[str]:
    """Shapes (marked with ``SHAPE_MARK``) of the content sentences that at least ``share`` of
    the members, and at least ``min_members`` of them, send: the lines a sending tool stamped on
    each copy with its own values (see the module's docstring)."""
    counts: Counter[str] = Counter()
    for body in member_bodies:
        counts.update(
            {
                shape
                for seg in segments(body)
                if seg.is_content and (shape := line_shape(seg.text)) is not None
            }
        )
    needed = max(min_members, math.ceil(share * len(member_bodies)))
    return frozenset(SHAPE_MARK + s for s, n in counts.items() if n >= needed)
