"""Text that is no one's speech: letters that form no words (gibberish). A text saying one thing
over and over is read by :mod:`intake.text.spam.repetition`."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import regex

from intake.text.marks import drop_combining
from intake.text.spam.evidence import Evidence
from intake.text.spam.settings import SpamSettings

_ALPHA_RE = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}]+")
# Languages in wordfreq whose script the bigram model does not judge (no
# alphabetic Latin/Cyrillic/Greek words); skipping them only saves load time.
_NON_ALPHABETIC_LANGS = frozenset({"ar", "bn", "fa", "he", "hi", "ja", "ko", "ta", "ur", "zh"})
_WORDS_PER_LANGUAGE = 5000
_SMOOTHING = 0.001
_KEYBOARD_ROWS = tuple(
    frozenset(row)
    for row in (
        "qwertyuiop", "asdfghjkl", "zxcvbnm",  # QWERTY
        "azertyuiop", "qsdfghjklm", "wxcvbn",  # AZERTY
        "qwertzuiop", "yxcvbnm",  # QWERTZ
        "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю",  # ЙЦУКЕН
    )
)  # fmt: skip


GIBBERISH_SAMPLE_CHARS = 1000


def _fold(text: str) -> str:
    """Case-fold and drop diacritics so tone marks and accents do not look rare.

    Vietnamese "nghị quyết" and Hmong written with or without marks should be
    judged by their letter sequences, not by how their accents were encoded.
    """
    folded = text.casefold()
    if folded.isascii():  # NFKD leaves ASCII as it is, and no ASCII character is combining
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return drop_combining(decomposed)


#: Tokens whose transition scores a model keeps (a comment's words recur across comments).
TOKEN_CACHE = 50_000


@dataclass(frozen=True)
class _BigramModel:
    """Pooled character-bigram log-probabilities over ~30 alphabetic languages."""

    logprob: dict[str, float]
    floor: dict[str, float]
    default: float
    #: Each token's transition scores, as :func:`_token_logprobs` computes them.
    token_scores: dict[str, tuple[float, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )


@cache
def bigram_model() -> _BigramModel:
    """Train the bigram model once from wordfreq's word lists, which ship in its wheel.

    Each language contributes the same total mass, so English does not define
    what "plausible" means; word boundaries are modelled with spaces. This is a
    statistical letter-sequence model, not a dictionary: unseen words (typos,
    names, languages wordfreq lacks such as Hmong) score by how their letters
    combine, and only strings no language writes score very low.
    """
    import wordfreq

    pooled: defaultdict[str, float] = defaultdict(float)
    for lang in sorted(wordfreq.available_languages("small")):
        if lang not in _NON_ALPHABETIC_LANGS:
            _add_language(pooled, wordfreq.iter_wordlist(lang, "small"))
    # wordfreq keeps every word list it read in its own caches (~75 MB per worker); the model
    # is all we need from them.
    for cached in (wordfreq.get_frequency_list, wordfreq.get_frequency_dict, wordfreq.top_n_list):
        cached.cache_clear()
    return _normalise(pooled)


def _add_language(pooled: defaultdict[str, float], words: Iterable[str]) -> None:
    """Add one language's bigram distribution to the pool with total mass 1."""
    counts: Counter[str] = Counter()
    for i, word in enumerate(words):
        if i >= _WORDS_PER_LANGUAGE:
            break
        for token in _ALPHA_RE.findall(_fold(word)):
            padded = f" {token} "
            counts.update(padded[j : j + 2] for j in range(len(padded) - 1))
    total = sum(counts.values())
    for bigram, n in counts.items():
        pooled[bigram] += n / total


def _normalise(pooled: defaultdict[str, float]) -> _BigramModel:
    """Turn pooled counts into smoothed conditional log-probabilities P(b | a)."""
    first: defaultdict[str, float] = defaultdict(float)
    for bigram, mass in pooled.items():
        first[bigram[0]] += mass
    vocab = len(first)
    logprob = {
        bg: math.log((m + _SMOOTHING / vocab) / (first[bg[0]] + _SMOOTHING))
        for bg, m in pooled.items()
    }
    floor = {a: math.log((_SMOOTHING / vocab) / (m + _SMOOTHING)) for a, m in first.items()}
    return _BigramModel(logprob, floor, math.log(1.0 / vocab))


# In ASCII text the letters of the Latin, Cyrillic and Greek scripts are A-Z and a-z: the
# standard library matches them faster.
_ASCII_ALPHA_RE = re.compile(r"[A-Za-z]+")


def _alpha_tokens(folded: str) -> list[str]:
    """``_ALPHA_RE.findall(folded)``."""
    found: list[str] = (_ASCII_ALPHA_RE if folded.isascii() else _ALPHA_RE).findall(folded)
    return found


def _bigram_logprobs(tokens: list[str], model: _BigramModel) -> list[float]:
    """Log-probability of each letter transition, boundaries included."""
    scores: list[float] = []
    cached = model.token_scores
    for token in tokens:
        found = cached.get(token)
        if found is None:
            found = _token_logprobs(token, model)
            if len(cached) >= TOKEN_CACHE:
                cached.clear()
            cached[token] = found
        scores.extend(found)
    return scores


def _token_logprobs(token: str, model: _BigramModel) -> tuple[float, ...]:
    """One token's transition scores: a seen bigram's log-probability, else its first letter's
    floor, else the model's default."""
    padded = f" {token} "
    logprob, floor, default = model.logprob, model.floor, model.default
    scores = []
    for j in range(len(padded) - 1):
        bigram = padded[j : j + 2]
        found = logprob.get(bigram)
        if found is None:
            found = floor.get(bigram[0], default)
        scores.append(found)
    return tuple(scores)


def _row_share(tokens: list[str]) -> float:
    """Share of letters in words of 3+ letters typed on a single keyboard row.

    Keyboard mashing stays on one row ("asdfjkl", "qwpoeiru"); real words almost
    never do for a whole comment. Used only to confirm a borderline model score.
    """
    letters = sum(len(t) for t in tokens)
    on_row = sum(
        len(t) for t in tokens if len(t) >= 3 and any(set(t) <= row for row in _KEYBOARD_ROWS)
    )
    return on_row / letters if letters else 0.0


# Scripts no community writes today (Unicode's historic scripts): a comment written in them is
# decoration or noise, not a resident's words.
_HISTORIC_RE = regex.compile(
    r"[\p{Runic}\p{Ogham}\p{Old_Italic}\p{Gothic}\p{Linear_B}\p{Cuneiform}"
    r"\p{Egyptian_Hieroglyphs}\p{Old_Persian}\p{Ugaritic}\p{Phoenician}\p{Old_Turkic}"
    r"\p{Glagolitic}\p{Old_Hungarian}\p{Linear_A}\p{Carian}\p{Lycian}\p{Lydian}]"
)
_LETTER_RE = regex.compile(r"\p{L}")
# Keyboard rows of scripts the letter model does not know, typed as mashing is typed.
_OTHER_ROWS = tuple(
    frozenset(row)
    for row in ("ქწერტყუიოპ", "ასდფგჰჯკლ", "ზხცვბნმ")  # Georgian
)
_OTHER_SCRIPT_RE = regex.compile(r"\p{Georgian}+")
HISTORIC_MIN_LETTERS = 8
HISTORIC_SHARE = 0.5
OTHER_ROW_MIN_LETTERS = 15
OTHER_ROW_SHARE = 0.6


@cache
def other_script_letters() -> frozenset[str]:
    """Every character either script test counts (a historic script's letter, a Georgian
    letter), found by the two patterns themselves: a sample with none of them is not judged."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    return frozenset(_HISTORIC_RE.findall(everything)) | frozenset(
        "".join(_OTHER_SCRIPT_RE.findall(everything))
    )


def _other_script_evidence(sample: str, s: SpamSettings) -> list[Evidence]:
    """Noise in scripts the letter model does not cover: letters of a historic script (Runic,
    Ogham, ...), or words of a script with a known keyboard layout (Georgian) that each stay on
    one row of its keyboard, which is how mashing looks whatever the alphabet."""
    if sample.isascii() or other_script_letters().isdisjoint(sample):
        return []  # no character either script test counts
    letters = None  # counted only when a test needs the count
    historic = len(_HISTORIC_RE.findall(sample))
    if historic >= HISTORIC_MIN_LETTERS:
        letters = len(_LETTER_RE.findall(sample))
        if historic >= HISTORIC_SHARE * letters:
            detail = (
                f"gibberish: {historic} of {letters} letters are of a script no one writes today"
            )
            return [Evidence(s.gibberish_weight, detail, noise=True)]
    words = _OTHER_SCRIPT_RE.findall(sample)
    in_script = sum(len(w) for w in words)
    if in_script < OTHER_ROW_MIN_LETTERS:
        return []
    if letters is None:
        letters = len(_LETTER_RE.findall(sample))
    if in_script < HISTORIC_SHARE * letters:
        return []
    on_row = sum(len(w) for w in words if len(w) >= 3 and any(set(w) <= r for r in _OTHER_ROWS))
    if on_row >= OTHER_ROW_SHARE * in_script:
        detail = f"gibberish: {on_row / in_script:.0%} of the letters on one keyboard row"
        return [Evidence(s.gibberish_weight, detail, noise=True)]
    return []


def gibberish_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """Letters that form no words in any language, judged by the bigram model.

    Latin, Cyrillic and Greek letters are judged by the model; historic scripts and keyboard
    mashing in a few other alphabets by :func:`_other_script_evidence`; scripts such as Chinese
    or Arabic are left alone rather than risk calling real speech noise. The
    first ``GIBBERISH_SAMPLE_CHARS`` characters are judged: noise is noise
    throughout, and the cost must not grow with the comment's length.
    """
    other = _other_script_evidence(prose[:GIBBERISH_SAMPLE_CHARS], s)
    if other:
        return other
    tokens = _alpha_tokens(_fold(prose[:GIBBERISH_SAMPLE_CHARS]))
    scores = _bigram_logprobs(tokens, bigram_model())
    if len(scores) < s.gibberish_min_bigrams:
        return []
    mean = sum(scores) / len(scores)
    if mean <= s.gibberish_max_logprob:
        detail = f"gibberish: letter model {mean:.2f} per bigram"
        return [Evidence(s.gibberish_weight, detail, noise=True)]
    if mean > s.gibberish_row_logprob:
        return []
    share = _row_share(tokens)
    if share >= s.gibberish_row_share:
        detail = f"gibberish: letter model {mean:.2f} per bigram, {share:.0%} on one keyboard row"
        return [Evidence(s.gibberish_weight, detail, noise=True)]
    return []


#: Session 25 (spend25a): a run of one mark, symbol or digit typed over and over ("##########",
#: "$$$$$$$", "888888"); emoji are left out ("👍👍👍👍👍" is a resident's applause).
_SYMBOL_RUN_RE = regex.compile(r"([\p{P}\p{Sc}\p{Sm}\p{Sk}\p{N}])\1{4,}")
_LETTER_RE = regex.compile(r"\p{L}")
#: Runs a text needs (one is a resident's "!!!!!!!" or "?????"), and the share of its characters
#: (spaces aside) they make.
SYMBOL_RUNS_MIN = 2
#: Marks a resident stresses with ("?????? !!!!!!", "......"): not enough alone.
_EMPHASIS = frozenset("?!.…¿¡")
SYMBOL_RUNS_MIN_SHARE = 0.75
#: Session 25 (res25): a currency sign typed over and over ("$$$$$$$ ???????", "£££££ £££££"): a
#: resident's outrage at a fee or a bill, as "!!!!!!!" is their astonishment. A bot's test fill
#: mixes other symbols and digits with it ("########## $$$$$$$ 888888") and is still read.
_CURRENCY_RE = regex.compile(r"\p{Sc}")


def symbol_runs_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """Session 25 (spend25a): a text with no letter at all, made of runs of one symbol or digit
    ("########## $$$$$$$ !!!!! 888888"): a bot filling the form to see what it takes, no one's
    speech in any language. A resident's text without letters is short ("?!", "👍👍👍", "!!!!!!!",
    "$$$"): one run at most, emoji, or question and exclamation marks."""
    if len(prose) > GIBBERISH_SAMPLE_CHARS or _LETTER_RE.search(prose):
        return []
    runs = [m.group() for m in _SYMBOL_RUN_RE.finditer(prose)]
    chars = sum(1 for c in prose if not c.isspace())
    if len(runs) < SYMBOL_RUNS_MIN or sum(map(len, runs)) < SYMBOL_RUNS_MIN_SHARE * chars:
        return []
    if all(r[0] in _EMPHASIS or _CURRENCY_RE.fullmatch(r[0]) for r in runs):
        return []  # "??????? !!!!!!!", "$$$$$$$ ???????", "£££££ £££££": a resident's outrage
    shown = ", ".join(repr(r[:10]) for r in runs[:3])
    detail = f"gibberish: no letter, only runs of one symbol or digit ({shown})"
    return [Evidence(s.gibberish_weight, detail, noise=True)]
