"""Round 17: emphasis that closes on its word again is still emphasis.

Round 14 (:mod:`emphasis`) reads "No no no no no. Not next to the playground." as a resident:
one run of the word, then a sentence of different words. A resident on a rate increase wrote
"no no no no no. not another increase. no." -- the same run and sentence, and the word once more
to close (a bookend) -- and was flagged at 0.75. The shape is the same in any language ("Нет
нет нет нет. Только не здесь. Нет."): the word stands in one run and, at most, once more as the
**last** word, and the rest is a sentence whose words are all different. Spam that repeats a
word still repeats it through the text ("free free ... free") or in places.
"""

from __future__ import annotations

from intake.text.spam.emphasis import emphatic_run


def bookended_run(tokens: list[str], token: str) -> bool:
    """True when ``tokens`` are round 14's emphatic run and sentence, closed by ``token``."""
    if len(tokens) < 2 or tokens[-1] != token or tokens[-2] == token:
        return False
    return emphatic_run(tokens[:-1], token)
