"""Session 16: a short phrase of the item's own words, chanted, is a resident's, not noise.

Round 3's repetition signal counts a text where one token is half of it, or few of its tokens
are distinct: "BEST PRICE BEST PRICE ...", "BUY NOW BUY NOW ...", "FREE ROBUX FREE ROBUX ...".
A resident on "Supporting the State Highway 130 toll extension" who writes "no tolls no tolls no
tolls no tolls no tolls" has the same shape, and says where they stand on the item in its own
word. What keeps them apart holds in any language and on any item:

- the text is one phrase of ``CHANT_MIN_WORDS`` to ``CHANT_MAX_WORDS`` words said
  ``CHANT_MIN_TIMES`` times or more and nothing else (punctuation aside: "Save the library!
  Save the library!" is the same chant);
- **every** content word of the phrase names a word of the item's title, in any form of it
  ("tolls" names "toll"; :func:`relatedness.title_terms_named`): spam chants what it sells
  ("best price", "buy now", "free robux", "slow down" on a speed-hump programme), which the title
  does not say;
- the text carries no way to reach anyone and sells nothing (the caller's test): a chant with a
  link or a phone number is an advert.

One word said over and over ("renovate renovate ...") is not a phrase and stays noise, and a
chant said ``repeat_unit_min_times`` times or more is still read by round 5's unit repetition,
which this does not touch.
"""

from __future__ import annotations

from intake.text import relatedness
from intake.text.spam.repetition import words

#: Words of the chanted phrase (a slogan: "no tolls", "save the library", "keep our park green").
CHANT_MIN_WORDS, CHANT_MAX_WORDS = 2, 4
#: Times the phrase is said.
CHANT_MIN_TIMES = 3
#: Longest text read: a chant is short (a cheap cut before the words are read).
CHANT_MAX_CHARS = 400


def chanted_phrase(prose: str) -> list[str]:
    """The words of the one phrase the whole text repeats (``CHANT_MIN_TIMES`` times or more,
    punctuation aside), or []."""
    if len(prose) > CHANT_MAX_CHARS:
        return []
    tokens = words(prose)
    for size in range(CHANT_MIN_WORDS, CHANT_MAX_WORDS + 1):
        times, left = divmod(len(tokens), size)
        if left or times < CHANT_MIN_TIMES:
            continue
        unit = tokens[:size]
        if len(set(unit)) == size and tokens == unit * times:
            return unit
    return []


def chants_the_item(prose: str, context: tuple[str, ...] | None) -> bool:
    """True when the text chants one phrase whose every content word names a word of the
    item's title (``context[0]``)."""
    phrase = chanted_phrase(prose)
    if not phrase or not context:
        return False
    terms = relatedness.content_terms(" ".join(phrase))
    return bool(terms) and relatedness.title_terms_named(terms, context[0]) == terms
