"""Round 13: a text made of words each said several times in a row.

"airbnb airbnb airbnb rental rental rental rental cheap cheap cheap cheap cheap booking booking"
is keyword stuffing with no sentence around it: several different words, each repeated in a
run. The repetition signals (round 3's one token over half the text, round 5's one repeated
unit) read one word or one unit; this text has four, none of them half of it. What gives it
away is structural and the same in any language: nearly every token stands beside a copy of
itself. A resident repeats **one** word for emphasis ("No no no no, not here", "NO NO NO!"),
and prose almost never puts a word twice in a row ("that that" once in a sentence); so the text
needs at least ``RUN_MIN_WORDS`` different words each in a run, and runs must make up at least
``RUN_MIN_SHARE`` of its tokens.
"""

from __future__ import annotations

from itertools import groupby, islice
from operator import eq

from intake.text.spam.evidence import WORD_RE, Evidence

#: Tokens a text needs before its runs are read ("no no no" is an answer).
RUN_MIN_TOKENS = 8
#: Different words that must each stand in a run of two or more.
RUN_MIN_WORDS = 3
#: Share of the tokens that stand in runs.
RUN_MIN_SHARE = 0.7
#: A text longer than this is prose; it is not read (linear anyway, a cheap cut).
RUN_MAX_TOKENS = 200
#: Weight: noise, like the other repetition signals.
RUN_WEIGHT = 0.75


def repeated_runs(prose: str) -> tuple[int, float]:
    """How many different words stand in runs of two or more, and the share of tokens in runs.

    A text whose tokens stand beside a copy of themselves too rarely for its runs to reach
    ``RUN_MIN_SHARE`` (runs hold at most twice as many tokens as there are equal neighbours)
    is answered ``(0, 0.0)`` from that count alone: nearly every comment is prose."""
    if prose.count(" ") > 2 * RUN_MAX_TOKENS:
        return 0, 0.0  # a long text is let go before its words are read
    tokens = WORD_RE.findall(prose.casefold())
    if not RUN_MIN_TOKENS <= len(tokens) <= RUN_MAX_TOKENS:
        return 0, 0.0
    equal_neighbours = sum(map(eq, tokens, islice(tokens, 1, None)))
    if 2 * equal_neighbours < RUN_MIN_SHARE * len(tokens):
        return 0, 0.0
    runs = [(word, len(list(group))) for word, group in groupby(tokens)]
    repeated = [(word, size) for word, size in runs if size >= 2]
    in_runs = sum(size for _, size in repeated)
    return len({word for word, _ in repeated}), in_runs / len(tokens)


def word_run_evidence(prose: str) -> list[Evidence]:
    """Several different words, each repeated in a row, making up most of the text."""
    words, share = repeated_runs(prose)
    if words < RUN_MIN_WORDS or share < RUN_MIN_SHARE:
        return []
    detail = f"repetition: {words} different words each repeated in a row ({share:.0%} of the text)"
    return [Evidence(RUN_WEIGHT, detail, noise=True)]
