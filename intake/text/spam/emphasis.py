"""Round 14: one word said several times in a row, then a sentence, is emphasis, not noise.

Round 3's repetition signal counts a text where one token is half of it ("free free free ...",
"hello hello hello ..."): it carries no argument. "No no no no no. Not next to the playground."
has the same share (five of ten words) and an argument: the repeated word stands in **one run**
and the rest of the text is a sentence whose words are all different. That shape is the same in
any language ("Нет нет нет нет. Только не здесь.", "No no no no, aquí no"), and spam that repeats
a word has no such sentence: it repeats the word through the whole text ("free free ... free"),
or in several places ("BEST PRICE BEST PRICE ..."), or adds two or three words ("buy buy buy buy
now cheap").

Session 16: "pop pop pop pop pop pop. That's my morning. Every morning. Please fix it." is
emphasis too, though its sentences say "morning" twice: prose comes back to a word now and then,
so the rest need only be **mostly** different words (``EMPHASIS_MIN_DISTINCT_SHARE`` of them),
not all. A tail of keywords repeats most of its words or is too short to tell ("buy buy buy buy
now cheap cheap watches": three different words of four), and keeps failing.
"""

from __future__ import annotations

#: Words of the rest of the text, all different, that make it a sentence and not a tail.
EMPHASIS_MIN_REST = 3
#: Share of the rest's words that are different (session 16): a sentence may say a word twice.
EMPHASIS_MIN_DISTINCT_SHARE = 0.8


def emphatic_run(tokens: list[str], token: str) -> bool:
    """True when every ``token`` of ``tokens`` stands in one run and the other tokens are at
    least ``EMPHASIS_MIN_REST`` different words, ``EMPHASIS_MIN_DISTINCT_SHARE`` of them or more
    different (a word said twice in nine is a sentence's, two of four a tail's)."""
    places = [n for n, t in enumerate(tokens) if t == token]
    if places[-1] - places[0] + 1 != len(places):
        return False  # the word comes back later: repetition throughout
    rest = [t for t in tokens if t != token]
    distinct = len(set(rest))
    return distinct >= EMPHASIS_MIN_REST and distinct >= EMPHASIS_MIN_DISTINCT_SHARE * len(rest)
