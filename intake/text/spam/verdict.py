"""Session 16: a comment that closes by taking a side on the item is not an advert's closing.

Round 9 judges a comment by its closing sentences, where an advert puts its pitch and its way to
reach the seller; round 12 (:mod:`closing`) counts them only when they sell. A shop owner on a
sunscreen ban wrote of their own shop, then "Any shop owner who wants the names of our
wholesalers can call me at 808-555-0120. Support.": the closing names advert words
("wholesalers") and a number, and none of the item's words. What the advert never does is the
last sentence: an advert ends with its call (a number, a link, "Message me", "Limited seats!"),
a thanks or a sign-off; on every spent set no spam's last sentence takes a side on the item. A
resident's verdict ("Support.", "I oppose this.", "Apoyo.", "Dagegen.", "反对") closes a
comment that argued about the item, with its number as an aside.

So a closing judged by round 9 or 12 does not count when the last sentence is a verdict: at
most ``VERDICT_MAX_WORDS`` words, one of them a word of taking a side (:data:`SIDES`, in the
languages comments come in; folded, matched at the word's start so "supports" and
"opposed" count), no digit in it; and only when the text links nowhere, hides no address and
sells nothing outright (no price, sum, offer, call to action, wallet: the caller's test), so a
pitch with a price or a link that adds "Support." is still judged.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import word_tokens
from intake.text.spam.folding import fold
from intake.text.spam.unrelated import SENTENCE_END_RE

#: Words of the closing verdict ("Support.", "I strongly support this", "Vote no on this").
VERDICT_MAX_WORDS = 5
#: Starts of the words that take a side, folded (accents dropped), in several languages.
SIDES = (
    # English
    "support",
    "oppos",
    # Spanish, Portuguese, Italian, French
    "apoy",
    "apoi",
    "opong",
    "oponem",
    "sostengo",
    "favorevol",
    "contrari",
    "soutien",
    "approuv",
    # German, Dutch
    "dafur",
    "dagegen",
    "unterstutz",
    "steun",
    # Slavic, Turkish, Tagalog, Vietnamese
    "поддерж",
    "підтрим",
    "против",
    "popieram",
    "destekl",
    "tutol",
)
#: Words of taking a side read in the folded sentence as they are: scripts written without
#: spaces (Chinese, Japanese, Korean), words of two syllables or halves (Vietnamese, Tagalog),
#: and Arabic and Hindi, whose prefixes and suffixes a word's start would not meet.
SIDES_WRITTEN = (
    "支持",
    "反对",
    "反對",
    "賛成",
    "反対",
    "찬성",
    "반대",
    "ung ho",
    "phan doi",
    "sang-ayon",
    "اؤيد",
    "أؤيد",
    "اعارض",
    "أعارض",
    "समर्थन",
    "विरोध",
)
_DIGIT_RE = regex.compile(r"\p{N}")


def closes_with_a_side(prose: str) -> bool:
    """True when the text's last sentence, after at least one other, takes a side on the item."""
    parts = [part for part in SENTENCE_END_RE.split(prose.strip()) if part.strip()]
    if len(parts) < 2:
        return False
    last = fold(parts[-1])
    if _DIGIT_RE.search(last):
        return False
    if any(word in last for word in SIDES_WRITTEN):
        return len(last) <= 6 * VERDICT_MAX_WORDS
    tokens = word_tokens(last)
    if not tokens or len(tokens) > VERDICT_MAX_WORDS:
        return False
    return any(token.startswith(SIDES) for token in tokens)
