"""Session 12: words in quotation marks are someone else's: a resident warning neighbours quotes
the scam.

"Someone is leaving flyers on Delmar saying 'We buy houses for cash, call now'", "My mother got a
text: «Your water will be shut off today, pay at …»": the quoted words sell, the comment does
not. Spam that sells speaks in its own voice; it has no reason to put its pitch in quotation
marks and then go on talking about something else. So when a comment holds quoted passages and
has enough words of its own around them (``MIN_OWN_WORDS``), the content signals read only its
own words. A comment that is mostly a quotation with a word or two around it ("Check this: '…'")
is read whole, as before.

Quotation marks are read in the pairs the world's scripts use ("…", “…”, ‘…’, «…», „…“, ‚…‘,
「…」, 『…』, and '…' where the opening mark starts a word and the closing one ends one, so
apostrophes in "don't" and "neighbours'" never open a quotation). A passage of fewer than
``MIN_QUOTED_WORDS`` words ("the so-called 'plan'") is a scare quote, not a quotation, and stays.

Session 15: words are counted in every script. Chinese, Japanese, Thai, Lao, Khmer and Burmese
are written without spaces between words, so a clause between two commas is one "token"; a
Chinese resident who quotes a scam text and then says four clauses of their own ("大家小心！..."
around 「...」) said 30 characters, and was read whole. A run of such letters counts as one word
per ``evidence.CHARS_PER_WORD`` letters (a Chinese word is one to two characters, most often
two; :func:`evidence.words_in`, shared since session 21).
"""

from __future__ import annotations

import regex

from intake.text.spam.contacts import named_pages
from intake.text.spam.evidence import words_in
from intake.text.spam.notices import names_a_scam

#: Words a quotation must hold to be someone else's speech rather than a scare quote.
MIN_QUOTED_WORDS = 4
#: Words the comment must say itself, outside its quotations, to be judged by them alone.
MIN_OWN_WORDS = 8
#: Longest quotation read (characters): a stray opening mark cannot swallow a long comment.
MAX_QUOTED_CHARS = 600

_PAIRS = (
    ('"', '"'),
    ("\u201c", "\u201d"),  # “ ”
    ("\u201e", "\u201c"),  # „ “
    ("\u201e", "\u201d"),  # „ ”
    ("\u00ab", "\u00bb"),  # « »
    ("\u00bb", "\u00ab"),  # » «
    ("\u2018", "\u2019"),  # ‘ ’
    ("\u201a", "\u2018"),  # ‚ ‘
    ("\u300c", "\u300d"),  # 「 」
    ("\u300e", "\u300f"),  # 『 』
)
_QUOTED_RE = regex.compile(
    "|".join(
        rf"{regex.escape(a)}[^{regex.escape(a + b)}\n]{{1,{MAX_QUOTED_CHARS}}}{regex.escape(b)}"
        for a, b in _PAIRS
    )
    # A single straight quote opens at a word's start and closes at a word's end.
    + rf"|(?<![\p{{L}}\p{{N}}])'(?=\p{{L}})[^'\n]{{1,{MAX_QUOTED_CHARS}}}(?<=[\p{{L}}\p{{N}}.!?,])'"
    r"(?![\p{L}\p{N}])"
)
_QUOTE_MARKS = frozenset(
    "\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a\u300c\u300d\u300e\u300f"
)


def quoted_words(prose: str) -> str:
    """Round 18: the quotations :func:`own_words` leaves out, joined (empty when none)."""
    found = _QUOTED_RE.finditer(prose)
    return " … ".join(m.group() for m in found if words_in(m.group()) >= MIN_QUOTED_WORDS)


def own_words(prose: str) -> str | None:
    """The comment without its quotations, when it quotes someone and says enough itself;
    None when the comment is to be read whole."""
    if not _QUOTE_MARKS.intersection(prose):
        return None
    # Session 19: a page's name given in quotation marks to look up ("在小红书搜索“…”", "unsere
    # Facebook-Seite „…“") is the writer's own way to be reached, not someone else's words.
    pages = named_pages(prose)
    quoted = [
        m
        for m in _QUOTED_RE.finditer(prose)
        if words_in(m.group()) >= MIN_QUOTED_WORDS and m.group().strip() not in pages
    ]
    if not quoted:
        return None
    parts: list[str] = []
    start = 0
    for found in quoted:
        parts.append(prose[start : found.start()])
        start = found.end()
    parts.append(prose[start:])
    own = " … ".join(part.strip() for part in parts if part.strip())
    if words_in(own) < MIN_OWN_WORDS and not warns_of_it(own):
        return None
    return own


#: Session 21 (res21b): the fewest words of its own a comment needs around a quotation when
#: those words call it a scam ("UWAGA sąsiedzi! Dostajecie SMS: '…'. To OSZUSTWO!").
MIN_WARNING_WORDS = 3


def warns_of_it(own: str) -> bool:
    """Session 21 (res21b): the comment's own words name what it quotes a scam or a fraud
    (:func:`notices.names_a_scam`, in a dozen languages) in at least :data:`MIN_WARNING_WORDS`
    words: a resident's warning is short ("Cuidado! … ¡Es falso!"), and an advert does not call
    its own pitch a fraud."""
    return words_in(own) >= MIN_WARNING_WORDS and names_a_scam(own)
