"""Round 14: one word said several times in a row, then a sentence, is emphasis, not noise.

Round 3's repetition signal counts a text where one token is half of it ("free free free ...",
"hello hello hello ..."): it carries no argument. "No no no no no. Not next to the playground."
has the same share (five of ten words) and an argument: the repeated word stands in **one run**
and the rest of the text is a sentence whose words are all different. That shape is the same in
any language ("Нет нет нет нет. Только не здесь.", "No no no no, aquí no"), and spam that repeats
a word has no such sentence: it repeats the word through the whole text ("free free ... free"),
or in several places ("BEST PRICE BEST PRICE ..."), or adds two or three words ("buy buy buy buy
now cheap").
"""

from __future__ import annotations

#: Words of the rest of the text, all different, that make it a sentence and not a tail.
EMPHASIS_MIN_REST = 3


def emphatic_run(tokens: list[str], token: str) -> bool:
    """True when every ``token`` of ``tokens`` stands in one run and the other tokens are at
    least ``EMPHASIS_MIN_REST`` different words, none said twice."""
    places = [n for n, t in enumerate(tokens) if t == token]
    if places[-1] - places[0] + 1 != len(places):
        return False  # the word comes back later: repetition throughout
    rest = [t for t in tokens if t != token]
    return len(rest) >= EMPHASIS_MIN_REST and len(set(rest)) == len(rest)
