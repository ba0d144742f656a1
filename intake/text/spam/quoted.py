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
per ``CHARS_PER_WORD`` letters (a Chinese word is one to two characters, most often two).
"""

from __future__ import annotations

import regex

from intake.text.spam.contacts import named_pages
from intake.text.spam.evidence import word_tokens

#: Words a quotation must hold to be someone else's speech rather than a scare quote.
MIN_QUOTED_WORDS = 4
#: Words the comment must say itself, outside its quotations, to be judged by them alone.
MIN_OWN_WORDS = 8
#: Letters of a script written without spaces that count as one word.
CHARS_PER_WORD = 2
_UNSPACED_RE = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]+"
)


def words_in(text: str) -> int:
    """How many words ``text`` holds: its word tokens, where a token written in a script without
    spaces counts one word per ``CHARS_PER_WORD`` of those letters (at least one)."""
    count = 0
    for token in word_tokens(text):
        unspaced = sum(len(run) for run in _UNSPACED_RE.findall(token))
        count += max(1, -(-unspaced // CHARS_PER_WORD)) if unspaced else 1
    return count


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
    if words_in(own) < MIN_OWN_WORDS:
        return None
    return own
