"""Round 17: keywords repeated in runs, or around one hub word, with no sentence in them.

"buy cheap watches buy cheap watches buy cheap watches replica replica replica" scored 0.0: no
single word is half of it (round 3's repetition), its words are a third distinct (round 3 asks a
quarter), it is not one unit over and over (round 10), and its neighbouring pairs are few (round
14's query lists ask variety). Eight bicycles, eight money bags and eight fires (emoji) are
three units, not one. "dj services wedding dj party dj best dj near me cheap dj hire dj ..."
strings queries around a word of two letters (round 14 reads words of four). Two shapes, the
same in any script, both in a text with **no punctuation at all** (a resident's chant
punctuates: "Save the library! Save the library!"):

- **runs**: the whole text is two or more runs, each one unit (one to four words or symbols)
  said ``RUN_MIN_TIMES`` times or more in a row;
- **a hub word**: one word (any length, not a number) is ``HUB_MIN_SHARE`` of ``HUB_MIN_WORDS``
  words or more and comes back apart, never twice in a row, each time with new words around it.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.querylists import PUNCTUATION_RE

#: Words (letters, marks, digits) or single symbols (emoji): the units of a keyword text.
_TOKEN_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+|\p{So}")
MAX_CHARS = 1500
RUN_MIN_TOKENS, RUN_MAX_UNIT, RUN_MIN_TIMES, RUN_MIN_RUNS = 8, 4, 3, 2
HUB_MIN_WORDS, HUB_MIN_SHARE = 12, 0.3
KEYWORD_WEIGHT = 0.75


def _run_at(tokens: list[str], start: int) -> tuple[int, int] | None:
    """The unit length and repeat count of the longest run starting at ``start`` made of a
    unit of one to RUN_MAX_UNIT tokens said RUN_MIN_TIMES times or more, or None."""
    best: tuple[int, int] | None = None
    for size in range(1, RUN_MAX_UNIT + 1):
        unit = tokens[start : start + size]
        if len(unit) < size:
            break
        times = 1
        while tokens[start + times * size : start + (times + 1) * size] == unit:
            times += 1
        if times >= RUN_MIN_TIMES and (best is None or size * times > best[0] * best[1]):
            best = (size, times)
    return best


def keyword_runs(tokens: list[str]) -> list[str]:
    """The units of a text made wholly of runs of repeated units (two runs or more), or []."""
    units: list[str] = []
    at = 0
    while at < len(tokens):
        run = _run_at(tokens, at)
        if run is None:
            return []
        size, times = run
        units.append(" ".join(tokens[at : at + size]))
        at += size * times
    return units if len(set(units)) >= RUN_MIN_RUNS else []


def keyword_hub(tokens: list[str]) -> str | None:
    """The hub word of search queries strung around one word, or None."""
    if len(tokens) < HUB_MIN_WORDS:
        return None
    word, n = Counter(tokens).most_common(1)[0]
    if word.isdigit() or n < HUB_MIN_SHARE * len(tokens):
        return None
    places = [i for i, t in enumerate(tokens) if t == word]
    if any(b - a < 2 for a, b in pairwise(places)):
        return None  # said twice in a row: emphasis, read by the repetition signals
    around = {tuple(tokens[i + 1 : i + 3]) for i in places}
    return word if len(around) >= 0.8 * len(places) else None


def keyword_evidence(prose: str) -> list[Evidence]:
    """Keywords in runs or around a hub, with no sentence: noise to the count of speech."""
    if len(prose) > MAX_CHARS or PUNCTUATION_RE.search(prose):
        return []
    tokens = [t.casefold() for t in _TOKEN_RE.findall(prose)]
    if len(tokens) < RUN_MIN_TOKENS:
        return []
    units = keyword_runs(tokens)
    if units:
        shown = ", ".join(repr(u[:20]) for u in units[:3])
        detail = f"repetition: keywords in runs, no sentence ({shown})"
        return [Evidence(KEYWORD_WEIGHT, detail, noise=True)]
    hub = keyword_hub(tokens)
    if hub is not None:
        detail = f"repetition: search queries strung around {hub[:30]!r}, no sentence"
        return [Evidence(KEYWORD_WEIGHT, detail, noise=True)]
    return []
