"""A spam classifier learned from a deployment's own staff decisions.

Naive Bayes over character n-grams, written out here rather than taken from scikit-learn: at
scoring time the whole model is a dictionary of per-n-gram weights summed over a comment, so a
library would bring scipy and joblib into every worker for one sum, and its estimators are saved
by pickling, which must never read bytes from a database. This model is stored as JSON (numbers
and strings only) and read back by :meth:`LearnedModel.from_json`, which checks every field.

Why this form: character n-grams (2 to 4 letters inside each word, the word's edges marked) need
no tokeniser or word list, so they work the same in every script and on glued-together Chinese,
and they catch the wording of spam a deployment keeps receiving. The model reads the *prose*
only: links, e-mail addresses and handles are taken out (the link and contact signals already
weigh them, and a model that learned "a link is spam" would count them twice) and every number
is one ``0`` (a price is read by its shape, a phone number is not an n-gram pattern). Each n-gram
counts once per comment (binarised multinomial naive Bayes, Wang and Manning 2012, which does
better than raw counts on short texts), with add-one smoothing, and only n-grams seen in at least
``MIN_DOCUMENTS`` training comments are kept, so one odd comment cannot teach a rule.

Naive Bayes is overconfident (it adds up hundreds of dependent n-grams as if independent), so
its log-odds are not used as they are: the *mean* weight of the comment's known n-grams is
multiplied by ``EVIDENCE_NGRAMS``, as if every comment offered that many independent pieces of
evidence. A long letter and a short advert are then judged by how spam-like their n-grams are on
average, not by how many they have.

A language is not evidence. Where a deployment's spam came in Russian and its residents wrote in
English, naive Bayes learns that Cyrillic letters are spam (measured on the tuning sets: every
Russian, Chinese and Vietnamese legitimate comment held out scored 1.0). So the model judges a
comment only when staff showed it at least ``MIN_HAM_PER_LANGUAGE`` legitimate comments in the
comment's language (a guess from each wordfreq language's commonest words, else the script),
and only when that language is not much more common among the spam than among the legitimate
comments (``MAX_LANGUAGE_SPAM_RATIO``): trained on the four tuning sets of round 5 (ten
legitimate Chinese comments of 365, six Chinese spam of 130), the model read the fixture's Chinese
residents as spam at p = 0.999. Elsewhere it says nothing, and the other signals decide as
before.

A deployment without a model of its own scores with the *starter model* shipped in the package
(:mod:`intake.text.spam.starter`): the same model trained on the project's spent spam sets, with
word features and its own ``evidence_ngrams``, carried in its JSON.

Staff have the last word: the text of every comment staff decided was not spam is remembered
(as a hash of its normalised text); a comment with that text gets probability 0 whatever its
n-grams say.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

import regex

from intake.text.spam.links import HANDLE_RE, find_links, strip_spans

FORMAT = 1
NGRAM_SIZES = (2, 3, 4)
MIN_DOCUMENTS = 2
"""An n-gram must occur in at least this many training comments to be kept."""
EVIDENCE_NGRAMS = 12.0
"""How many independent pieces of evidence a comment's mean n-gram weight stands for."""
MAX_WORD_CHARS = 40
"""Longer runs (a URL's path, a mash without spaces) are cut: enough to read their shape."""
MAX_TEXT_CHARS = 5000
"""The first characters of a comment read: enough to tell, and keeps hostile input cheap."""
LANGUAGE_WORDS = 100
"""Commonest words per language that :func:`language_of` looks for."""
MIN_HAM_PER_LANGUAGE = 10
"""The model judges a comment only in a language staff showed it this many legitimate comments
in: where it saw spam in Russian and never a resident's Russian, Russian itself looks like spam."""
MAX_LANGUAGE_SPAM_RATIO = 1.1
"""... and only when the language's share of the spam is at most this many times its share of
the legitimate comments: otherwise the n-grams every text in it shares read as spam (Chinese at 6
of 130 spam and 10 of 365 legitimate comments, 1.7 times, still did). Not 1: with spam and
residents written in a language about as often, one more spam comment in the training data turned
the model off for the whole language (session 26: Chinese, Japanese and Korean script at 188 spam
of 5,072 and 187 legitimate of 5,099, 1.01 times), and the spam it had read for sessions fell
through."""

_WORD = regex.compile(r"[^\s]+")
_LETTERS = regex.compile(r"[\p{L}\p{M}']+")
_NUMBER = regex.compile(r"\d(?:[\d\s.,\-/()]*\d)?")


def normalise(text: str) -> str:
    """The prose, as the model reads it: links, e-mail addresses and handles left out (the
    link and contact signals judge those), compatibility forms and case folded, and every number
    (a price, a phone number, a year) one ``0``, so prices and sums are read by their shape."""
    text = text[:MAX_TEXT_CHARS]
    prose = strip_spans(text, (lk.raw for lk in find_links(text)))
    prose = HANDLE_RE.sub(" ", prose)
    folded = unicodedata.normalize("NFKC", prose).casefold()
    result: str = _NUMBER.sub("0", folded)
    return result


def ngrams(text: str) -> set[str]:
    """The distinct character n-grams of each whitespace-separated run, edges marked by spaces."""
    return _ngrams(normalise(text))


def _ngrams(prose: str) -> set[str]:
    found: set[str] = set()
    for word in _WORD.findall(prose):
        padded = f" {word[:MAX_WORD_CHARS]} "
        for size in NGRAM_SIZES:
            found.update(padded[i : i + size] for i in range(len(padded) - size + 1))
    return found


def _features(prose: str, words: bool) -> set[str]:
    """The character n-grams, and with ``words`` each word and each pair of words in a row
    (marked by a leading ``"w "``, which no character n-gram starts with)."""
    found = _ngrams(prose)
    if words:
        tokens = [t for w in _WORD.findall(prose) for t in _LETTERS.findall(w)]
        found.update(f"w {t}" for t in tokens)
        found.update(f"w {a} {b}" for a, b in pairwise(tokens))
    return found


@cache
def language_words() -> dict[str, tuple[str, ...]]:
    """Each of the ``LANGUAGE_WORDS`` commonest words of every language wordfreq ships (folded),
    with the languages it is common in."""
    import wordfreq

    found: dict[str, list[str]] = {}
    for lang in sorted(wordfreq.available_languages("small")):
        for word in wordfreq.top_n_list(lang, LANGUAGE_WORDS, "small"):
            found.setdefault(unicodedata.normalize("NFKC", word).casefold(), []).append(lang)
    return {word: tuple(langs) for word, langs in found.items()}


def language_of(text: str) -> str:
    """A guess good enough to count legitimate comments per language: the wordfreq language
    with the most of the comment's words among its commonest (at least two), else the script
    of its first letter ("CJK", "HANGUL", "ETHIOPIC", "LATIN" for Hmong or Somali, ...)."""
    return _language(normalise(text))


def _language(prose: str) -> str:
    words = _WORD.findall(prose)
    common = language_words()
    hits: Counter[str] = Counter()
    for word in words:
        for token in _LETTERS.findall(word):
            hits.update(common.get(token, ()))
    ranked = sorted(hits.items(), key=lambda pair: (-pair[1], pair[0]))
    if ranked and ranked[0][1] >= 2:
        return ranked[0][0]
    return script_language(words)


def script_language(words: list[str]) -> str:
    """The fallback of :func:`language_of`: the script of the first letter, named as the one
    wordfreq language written in it when the text's scripts other than Latin are written by
    one language only (Tamil is "ta" with or without its commonest words, kana and kanji are
    "ja"); a script several languages write (Arabic, Cyrillic, Han alone) keeps its name."""
    first = next((script_of(w) for w in words if script_of(w)), "")
    if first in ("", "LATIN"):
        return first
    scripts = {_script(c) for w in words for c in w if c.isalpha()} - {"LATIN"}
    if scripts & UNLISTED_WRITERS.keys():
        return first
    writers = [lang for lang, main in language_scripts().items() if scripts <= main]
    return writers[0] if len(writers) == 1 else first


#: Scripts that one wordfreq language writes but so do languages wordfreq has no list for
#: (session 14: Marathi and Nepali written in Devanagari without Hindi's commonest words were
#: read "hi", so a Hindi resident was judged against a Nepali comment as if they shared a
#: language). A text in such a script without its listed language's commonest words keeps the
#: script's name: it is not known to be that language.
UNLISTED_WRITERS: dict[str, tuple[str, ...]] = {
    "DEVANAGARI": ("mr", "ne", "sa", "mai", "bho"),  # Marathi, Nepali, Sanskrit, Maithili, ...
    "BENGALI": ("as", "mni"),  # Assamese, Manipuri (Bengali script)
    "HEBREW": ("yi", "lad"),  # Yiddish, Ladino
}


#: Share of the letters of a language's commonest words a script needs to be one it is written in
#: (Japanese: hiragana and kanji; not the 2% Latin letters of Korean's or Tamil's lists).
MAIN_SCRIPT_SHARE = 0.05


@cache
def language_scripts() -> dict[str, frozenset[str]]:
    """The scripts each wordfreq language is written in, read from its commonest words."""
    scripts: dict[str, frozenset[str]] = {}
    letters: dict[str, Counter[str]] = {}
    for word, langs in language_words().items():
        for lang in langs:
            letters.setdefault(lang, Counter()).update(_script(c) for c in word if c.isalpha())
    for lang, counts in letters.items():
        total = sum(counts.values())
        scripts[lang] = frozenset(k for k, n in counts.items() if n >= MAIN_SCRIPT_SHARE * total)
    return scripts


def text_key(text: str) -> str:
    """A staff-decided comment's text, as remembered: its words (case and compatibility forms
    folded, links kept), hashed."""
    folded = unicodedata.normalize("NFKC", text[:MAX_TEXT_CHARS]).casefold()
    words = " ".join(_WORD.findall(folded))
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Example:
    """One labelled comment to learn from."""

    body: str
    spam: bool


@dataclass(frozen=True)
class LearnedModel:
    """Per-n-gram log-likelihood ratios, the prior log-odds, and the texts staff kept as ham."""

    prior: float
    weights: Mapping[str, float]
    ham_keys: frozenset[str]
    spam_count: int
    ham_count: int
    ham_languages: Mapping[str, int]
    spam_languages: Mapping[str, int] = dataclasses.field(default_factory=dict)
    starter: bool = False
    """Made from other deployments' decisions (:mod:`intake.text.spam.starter`), not staff's."""
    words: bool = False
    """Whether whole words and pairs of words are read beside character n-grams."""
    evidence_ngrams: float = EVIDENCE_NGRAMS
    """How many independent pieces of evidence the mean n-gram weight stands for (the starter
    model sets its own, measured leave-one-set-out)."""

    def judges(self, language: str) -> bool:
        """Staff showed the model enough legitimate comments in ``language``, and the language
        is not itself a mark of the spam it saw. A text without letters (emoji, digits, marks;
        ``language`` empty) has no prose to judge (session 19: the starter read residents'
        "🤝🌎❤️" and "👍" at p=1.000 leave-one-set-out; the engine's own signals read a flood of
        symbols)."""
        if not language:
            return False
        ham = self.ham_languages.get(language, 0)
        if ham < MIN_HAM_PER_LANGUAGE:
            return False
        spam_share = self.spam_languages.get(language, 0) / max(1, self.spam_count)
        return spam_share <= MAX_LANGUAGE_SPAM_RATIO * ham / max(1, self.ham_count)

    def probability(self, body: str) -> float:
        """The chance that ``body`` is spam as this deployment's staff decide it, in [0, 1]."""
        if text_key(body) in self.ham_keys:
            return 0.0
        prose = normalise(body)
        if not self.judges(_language(prose)):
            return 0.0
        known = [w for g in _features(prose, self.words) if (w := self.weights.get(g)) is not None]
        if not known:
            return 1.0 / (1.0 + math.exp(-self.prior))
        log_odds = self.prior + self.evidence_ngrams * sum(known) / len(known)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, log_odds))))

    def features_count(self) -> int:
        return len(self.weights)

    def to_json(self) -> bytes:
        document = {
            "format": FORMAT,
            "ngram_sizes": list(NGRAM_SIZES),
            "prior": self.prior,
            "spam_count": self.spam_count,
            "ham_count": self.ham_count,
            "weights": dict(sorted(self.weights.items())),
            "ham_keys": sorted(self.ham_keys),
            "ham_languages": dict(sorted(self.ham_languages.items())),
            "spam_languages": dict(sorted(self.spam_languages.items())),
            "evidence_ngrams": self.evidence_ngrams,
            "words": self.words,
            "starter": self.starter,
        }
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> LearnedModel:
        """Read a stored model; anything but the expected JSON shape is a ValueError."""
        document: Any = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError("not a spam model of format 1")
        if document.get("ngram_sizes") != list(NGRAM_SIZES):
            raise ValueError("spam model made with other n-gram sizes")
        weights = document["weights"]
        keys = document["ham_keys"]
        languages = document["ham_languages"]
        spam_languages = document.get("spam_languages", {})  # absent in models before round 5
        flags = (document.get("words", False), document.get("starter", False))
        if not all(isinstance(flag, bool) for flag in flags):
            raise ValueError("spam model flags malformed")
        maps = (weights, languages, spam_languages)
        if not all(isinstance(v, dict) for v in maps) or not isinstance(keys, list):
            raise ValueError("spam model weights or keys malformed")
        return cls(
            prior=float(document["prior"]),
            weights={str(g): float(w) for g, w in weights.items()},
            ham_keys=frozenset(str(k) for k in keys),
            spam_count=int(document["spam_count"]),
            ham_count=int(document["ham_count"]),
            ham_languages={str(k): int(v) for k, v in languages.items()},
            spam_languages={str(k): int(v) for k, v in spam_languages.items()},
            # absent in models before session 15
            evidence_ngrams=float(document.get("evidence_ngrams", EVIDENCE_NGRAMS)),
            words=flags[0],
            starter=flags[1],
        )


def script_of(gram: str) -> str:
    """The script of an n-gram's first letter, as the first word of its Unicode name ("LATIN",
    "CYRILLIC", "CJK", "HANGUL", "ARABIC", "ETHIOPIC", ...), or "" when it has no letter."""
    for char in gram:
        if char.isalpha():
            return _script(char)
    return ""


@cache
def _script(char: str) -> str:
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


LEARNERS = ("nb", "logistic", "nblogistic")
"""How :func:`train` finds the weights: naive Bayes (``nb``), or logistic regression on the same
features (``logistic``), or on the features scaled by naive Bayes's log-count ratios
(``nblogistic``, NBSVM's form, Wang and Manning 2012)."""
L2 = 1e-4
"""The L2 penalty of the logistic learners (per weight, on the class-balanced mean loss)."""


def train(
    examples: Iterable[Example],
    min_documents: int = MIN_DOCUMENTS,
    evidence_ngrams: float = EVIDENCE_NGRAMS,
    words: bool = False,
    learner: str = "nb",
    l2: float = L2,
) -> LearnedModel:
    """Binarised multinomial naive Bayes with add-one smoothing over the n-grams seen in at least
    ``min_documents`` comments (or, with ``learner``, logistic regression on them)."""
    if learner not in LEARNERS:
        raise ValueError(f"unknown learner {learner!r}")
    in_spam: Counter[str] = Counter()
    in_ham: Counter[str] = Counter()
    spam_count = ham_count = 0
    ham_keys: set[str] = set()
    ham_languages: Counter[str] = Counter()
    spam_languages: Counter[str] = Counter()
    documents: list[tuple[frozenset[str], bool]] = []
    for example in examples:
        prose = normalise(example.body)
        grams = _features(prose, words)
        if learner != "nb":
            documents.append((frozenset(grams), example.spam))
        if example.spam:
            spam_count += 1
            in_spam.update(grams)
            spam_languages[_language(prose)] += 1
        else:
            ham_count += 1
            in_ham.update(grams)
            ham_keys.add(text_key(example.body))
            ham_languages[_language(prose)] += 1
    if not spam_count or not ham_count:
        raise ValueError("a spam model needs at least one spam and one legitimate comment")
    kept = [g for g in in_spam.keys() | in_ham.keys() if in_spam[g] + in_ham[g] >= min_documents]
    spam_total = sum(in_spam[g] for g in kept) + len(kept)
    ham_total = sum(in_ham[g] for g in kept) + len(kept)
    raw = {
        g: math.log((in_spam[g] + 1) / spam_total) - math.log((in_ham[g] + 1) / ham_total)
        for g in kept
    }
    prior = math.log(spam_count / ham_count)
    if learner != "nb":
        kept.sort()
        scale = [raw[g] for g in kept] if learner == "nblogistic" else None
        bias, fitted = _logistic(documents, kept, l2, scale)
        raw = dict(zip(kept, fitted, strict=True))
        prior = evidence_ngrams * bias
    weights = {g: round(w, 4) for g, w in raw.items()}
    return LearnedModel(
        prior=prior,
        weights=weights,
        ham_keys=frozenset(ham_keys),
        spam_count=spam_count,
        ham_count=ham_count,
        ham_languages=dict(ham_languages),
        spam_languages=dict(spam_languages),
        evidence_ngrams=evidence_ngrams,
        words=words,
    )


def _logistic(
    documents: list[tuple[frozenset[str], bool]],
    kept: list[str],
    l2: float,
    scale: list[float] | None,
) -> tuple[float, list[float]]:
    """Class-balanced L2 logistic regression on each comment's known features, each worth
    1/(how many it has) (times ``scale``, per feature): the sum it learns is then the mean
    :meth:`LearnedModel.probability` takes. Returns the bias and the weights of ``kept``."""
    import numpy as np
    from scipy.optimize import minimize

    index = {g: i for i, g in enumerate(kept)}
    columns: list[list[int]] = [[index[g] for g in grams if g in index] for grams, _ in documents]
    lengths = np.array([len(c) for c in columns], dtype=np.int64)
    cols = np.fromiter((i for c in columns for i in c), dtype=np.int64, count=int(lengths.sum()))
    rows = np.repeat(np.arange(len(columns)), lengths)
    values = 1.0 / np.maximum(lengths, 1)[rows]
    factor = np.asarray(scale, dtype=np.float64) if scale is not None else None
    if factor is not None:
        values = values * factor[cols]
    y = np.array([1.0 if spam else -1.0 for _, spam in documents])
    spam = int((y > 0).sum())
    share = np.where(y > 0, 0.5 / spam, 0.5 / (len(y) - spam))  # each class weighs one half
    width = len(kept)

    def loss(theta: Any) -> tuple[float, Any]:
        w, b = theta[:width], theta[width]
        z = np.bincount(rows, weights=values * w[cols], minlength=len(y)) + b
        margin = y * z
        value = float(np.sum(share * np.logaddexp(0.0, -margin))) + 0.5 * l2 * float(w @ w)
        slope = -share * y / (1.0 + np.exp(np.clip(margin, -50.0, 50.0)))
        grad_w = np.bincount(cols, weights=values * slope[rows], minlength=width) + l2 * w
        return value, np.append(grad_w, slope.sum())

    found = minimize(
        loss, np.zeros(width + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500}
    )
    w = found.x[:width]
    if factor is not None:
        w = w * factor
    return float(found.x[width]), [float(v) for v in w]


@cache
def _listed_languages() -> frozenset[str]:
    """The languages wordfreq has a small word list for."""
    import wordfreq

    return frozenset(wordfreq.available_languages("small"))


def known_word(word: str, lang: str) -> bool:
    """``word`` (folded letters) is in wordfreq's small list of ``lang`` (about one in a
    million words or more)."""
    return word in _word_list(lang)


@cache
def _word_list(lang: str) -> frozenset[str]:
    """The words of wordfreq's small list of ``lang`` (read as stored: no tokenizer, which for
    Japanese or Chinese would need a library the service does not install)."""
    import wordfreq

    return frozenset(wordfreq.get_frequency_dict(lang, "small"))


def known_share(text: str, languages: Iterable[str]) -> float:
    """The share of the words of two or more letters of ``text`` that one of the wordfreq
    ``languages`` writes (1.0 for text without such words, or without a listed language):
    Somali, Hmong or Marshallese prose read against English comments shares few, an English
    advert's run of keywords nearly all."""
    langs = [lang for lang in sorted(set(languages)) if lang in _listed_languages()]
    words = [w for w in _LETTERS.findall(normalise(text)) if len(w) > 1]
    if not langs or not words:
        return 1.0
    return sum(any(known_word(w, lang) for lang in langs) for w in words) / len(words)
