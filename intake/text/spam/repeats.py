"""One short unit over and over, in any script: judged on characters, not on words.

The word-level repetition signal (:func:`intake.text.spam.noise.repeat_evidence`) needs eight
words; scripts written without spaces ("你好你好你好...") are one word to it, emoji are none, and a
short run ("مرحبا" seven times) is under its floor. Here the text is reduced to its letters,
digits and symbols (case folded, spaces and punctuation dropped) and tested for a period: the
whole text is its first few characters repeated.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import ASCII_WORD_RE, Evidence
from intake.text.spam.settings import SpamSettings

# Letters, marks, digits and symbols (emoji are symbols); everything else is dropped.
_KEEP_RE = regex.compile(r"[\p{L}\p{M}\p{N}\p{So}]+")
#: Longest text judged: a unit repeated is short, and the cost must not grow with the comment.
MAX_CHARS = 2000


def repeated_unit(text: str) -> tuple[str, int] | None:
    """The shortest unit whose repetition makes up the whole text (a trailing part of it
    allowed), and how many whole times it occurs; None when the text has no such period.

    The shortest period is ``len - border``, the border being the longest proper prefix that is
    also a suffix (Knuth-Morris-Pratt's prefix function): linear in the text's length."""
    n = len(text)
    if n < 2:
        return None
    border = [0] * n
    k = 0
    for i in range(1, n):
        while k and text[i] != text[k]:
            k = border[k - 1]
        if text[i] == text[k]:
            k += 1
        border[i] = k
    period = n - border[-1]
    if period > n // 2:
        return None
    return text[:period], n // period


def unit_repeat_evidence(prose: str, reachable: bool, s: SpamSettings) -> list[Evidence]:
    """The text is one short unit repeated at least ``repeat_unit_min_times`` times (or
    ``repeat_unit_contact_times`` when it also carries a link or a way to reach someone):
    "hello" fourteen times, "你好" eight times, a row of one emoji, "FREE FREE FREE FREE + link".

    A chant ("No rezoning! No rezoning! No rezoning!") repeats three times; residents who
    repeat for emphasis ("please, please, please keep it open") write more than the repeat.
    """
    if len(prose) > MAX_CHARS:
        return []
    folded = prose.casefold()
    # In ASCII text the letters, marks, digits and other symbols kept are A-Z, a-z and 0-9.
    text = "".join((ASCII_WORD_RE if folded.isascii() else _KEEP_RE).findall(folded))
    if len(text) < s.repeat_unit_min_chars:
        return []
    needed = s.repeat_unit_contact_times if reachable else s.repeat_unit_min_times
    # A unit repeated ``needed`` times holds every character of the text in its first
    # len/needed characters: prose fails this at once, without the period search.
    if not set(text) <= set(text[: len(text) // max(1, needed) + 1]):
        return []
    found = repeated_unit(text)
    if found is None:
        return []
    unit, times = found
    if times < needed:
        return []
    detail = f"repetition: {unit[:20]!r} {times} times over"
    return [Evidence(s.repeat_unit_weight, detail, noise=True)]
