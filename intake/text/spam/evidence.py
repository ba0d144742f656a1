"""One piece of evidence and how pieces combine (a noisy-OR), shared by every signal module."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import regex

#: A token in any script: letters, marks and digits.
WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")
#: :data:`WORD_RE` in ASCII text, where the letters, marks and digits are A-Z, a-z and 0-9: the
#: standard library finds them several times faster.
ASCII_WORD_RE = re.compile(r"[A-Za-z0-9]+")


def word_tokens(text: str) -> list[str]:
    """``WORD_RE.findall(text)``."""
    found: list[str] = (ASCII_WORD_RE if text.isascii() else WORD_RE).findall(text)
    return found


#: Letters of a script written without spaces that count as one word (session 15, ``quoted``):
#: a Chinese word is one to two characters, most often two.
CHARS_PER_WORD = 2
_UNSPACED_RE = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]+"
)


#: A letter, without the vowel signs and tones written on it (session 25: Karen writes Myanmar
#: letters with their marks and a space between syllables; "ဘူးစှၤ" is two letters, not six
#: characters).
_LETTER_RE = regex.compile(r"\p{L}")


def words_in(text: str) -> int:
    """How many words ``text`` holds: its word tokens, where a token written in a script without
    spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) counts one word per ``CHARS_PER_WORD``
    of those letters (at least one), its marks not counted. Session 15 for quotations; session
    21 (res21b) for every signal that asks whether a text is short:
    "我是唐人街金龙餐厅的老板。户外用餐许可费每年$2,500 太贵了，..." is a paragraph, not the
    fourteen "words" its clauses make between commas."""
    count = 0
    for token in word_tokens(text):
        unspaced = sum(len(_LETTER_RE.findall(run)) for run in _UNSPACED_RE.findall(token))
        count += max(1, -(-unspaced // CHARS_PER_WORD)) if unspaced else 1
    return count


#: Session 26 (res26): the Latin characters one letter of a script written without spaces
#: stands for, in length: a word of five letters and its space against ``CHARS_PER_WORD``
#: letters ("宿題サポート" is "homework help").
LATIN_CHARS_PER_UNSPACED_LETTER = 3


def visible_length(text: str) -> int:
    """The characters of ``text`` without its spaces, each letter of a script written without
    spaces (:func:`words_in`'s) counted as :data:`LATIN_CHARS_PER_UNSPACED_LETTER`: what a
    share of a text's length (the link density) compares alike in every script."""
    unspaced = sum(len(_LETTER_RE.findall(run)) for run in _UNSPACED_RE.findall(text))
    extra = (LATIN_CHARS_PER_UNSPACED_LETTER - 1) * unspaced
    return len("".join(text.split())) + extra


@dataclass(frozen=True)
class Evidence:
    """One signal: its weight, its reason text, whether it is bot behaviour, and whether it is
    *noise*: text that is no one's speech (a bare link, one word over and over, keyboard mashing,
    an advert unrelated to the item), counted even when many senders share it."""

    weight: float
    detail: str
    bot: bool = False
    noise: bool = False

    def reason(self, counted: bool = True) -> str:
        """Render as shown to staff, making explicit when a weight was not counted."""
        if counted:
            return f"{self.detail} (+{self.weight:.2f})"
        return f"{self.detail} (+0.00, not counted: form letter without bot evidence)"


def noisy_or(weights: Iterable[float]) -> float:
    """Combine independent evidence: the chance that at least one signal is right."""
    keep = 1.0
    for w in weights:
        keep *= 1.0 - min(1.0, max(0.0, w))
    return min(1.0, max(0.0, 1.0 - keep))


def safe_text(body: str) -> str:
    """Replace lone surrogates so no library downstream can choke on the text."""
    return body.encode("utf-8", "replace").decode("utf-8")
