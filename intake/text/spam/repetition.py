"""Text that says the same thing over and over instead of saying something: noise, in any language.

A repeated text carries no argument to count. Spam repeats in several shapes, each found in its
own round, and each detector below reads one shape the others miss:

- :func:`repeat_evidence` (round 3): one token, or a few tokens, make up the text;
- :func:`unit_repeat_evidence` (round 5): the text's characters are one short unit repeated
  (scripts written without spaces, emoji, runs too short for round 3's floor);
- :func:`word_run_evidence` (round 13): several different words, each said several times in a row;
- :func:`query_list_evidence` (round 14): search queries strung together, their words coming back
  in new combinations;
- :func:`keyword_evidence` (round 17): keywords in runs of units, or strung around one hub word.

They share the tokenisers (casefolded words, words and symbols, kept characters), the test for
a text with no sentence in it (no punctuation at all), and the evidence they give: noise, its
reason starting "repetition:". A resident repeats too (one word for emphasis, a punctuated chant,
one phrase without punctuation); each detector's docstring says how it lets them be.
"""

from __future__ import annotations

from collections import Counter
from itertools import groupby, islice, pairwise
from operator import eq

import regex

from intake.text.spam.bookend import bookended_run
from intake.text.spam.emphasis import emphatic_run
from intake.text.spam.evidence import ASCII_WORD_RE, Evidence, word_tokens
from intake.text.spam.settings import SpamSettings

#: Weight of the shapes without a setting: noise, like round 3's and round 5's repetition.
WEIGHT = 0.75
#: Tokens a text needs before its runs are read ("no no no" is an answer).
MIN_TOKENS = 8

# ---------------------------------------------------------------------------------------------
# Tokenisers and the shared tests

#: Letters, marks, digits and symbols (emoji are symbols); everything else is dropped.
_KEEP_RE = regex.compile(r"[\p{L}\p{M}\p{N}\p{So}]+")
#: Words (letters, marks, digits) or single symbols (emoji): the units of a keyword text.
_WORD_OR_SYMBOL_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+|\p{So}")
#: Any mark that ends or splits a sentence, in several scripts.
PUNCTUATION_RE = regex.compile(r"[.!?,;:。，、！？؟।…()\[\]\"“”]")


def words(prose: str) -> list[str]:
    """The text's words, case folded (casefolding maps word characters to word characters and
    others to others, so folding before or after splitting gives the same words)."""
    return word_tokens(prose.casefold())


def words_and_symbols(prose: str) -> list[str]:
    """The text's words and single symbols (emoji), case folded."""
    found: list[str] = _WORD_OR_SYMBOL_RE.findall(prose.casefold())
    return found


def kept_characters(prose: str) -> str:
    """The text's letters, marks, digits and symbols, case folded; spaces and punctuation go."""
    folded = prose.casefold()
    # In ASCII text the letters, marks, digits and other symbols kept are A-Z, a-z and 0-9.
    return "".join((ASCII_WORD_RE if folded.isascii() else _KEEP_RE).findall(folded))


def no_sentence(prose: str) -> bool:
    """No punctuation at all: a resident's text, even a chant, punctuates ("Save the library!")."""
    return PUNCTUATION_RE.search(prose) is None


def _repetition(weight: float, detail: str) -> list[Evidence]:
    return [Evidence(weight, f"repetition: {detail}", noise=True)]


# ---------------------------------------------------------------------------------------------
# Round 3: one token or one short phrase over and over


def repeat_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """One token or one short phrase over and over ("hello hello ...", "BEST PRICE BEST PRICE
    ...") carries no argument to count, in any language: it is judged on tokens, not words.

    One token all in one run beside a sentence (emphasis), or at both ends of one, is a
    resident's (rounds 14 and 17: :mod:`emphasis`, :mod:`bookend`)."""
    tokens = words(prose)
    if len(tokens) < s.repeat_min_tokens:
        return []
    counts = Counter(tokens)
    token, n = counts.most_common(1)[0]
    emphasis = emphatic_run(tokens, token) or bookended_run(tokens, token)
    if n / len(tokens) >= s.repeat_min_share and not emphasis:
        return _repetition(s.repeat_weight, f"{token[:30]!r} is {n} of {len(tokens)} words")
    distinct = len(counts) / len(tokens)
    if len(tokens) <= s.repeat_distinct_max_tokens and distinct <= s.repeat_max_distinct_share:
        return _repetition(s.repeat_weight, f"{len(counts)} distinct of {len(tokens)} words")
    return []


# ---------------------------------------------------------------------------------------------
# Round 5: one short unit over and over, judged on characters

#: Longest text judged: a unit repeated is short, and the cost must not grow with the comment.
UNIT_MAX_CHARS = 2000


def repeated_unit(text: str) -> tuple[str, int] | None:
    """The shortest unit whose repetition makes up the whole text (a trailing part of it
    allowed), and how many whole times it occurs; None when the text has no such period.

    The shortest period is ``len - border``, the border being the longest proper prefix that is
    also a suffix (Knuth-Morris-Pratt's prefix function): linear in the text's length."""
    n = len(text)
    if n < 2:
        return None
    border = [0] * n
    k = 0
    for i in range(1, n):
        while k and text[i] != text[k]:
            k = border[k - 1]
        if text[i] == text[k]:
            k += 1
        border[i] = k
    period = n - border[-1]
    if period > n // 2:
        return None
    return text[:period], n // period


def unit_repeat_evidence(prose: str, reachable: bool, s: SpamSettings) -> list[Evidence]:
    """The text is one short unit repeated at least ``repeat_unit_min_times`` times (or
    ``repeat_unit_contact_times`` when it also carries a link or a way to reach someone):
    "hello" fourteen times, "你好" eight times, a row of one emoji, "FREE FREE FREE FREE + link".

    Round 3 needs eight words; scripts written without spaces ("你好你好你好...") are one word to
    it, emoji are none, and a short run ("مرحبا" seven times) is under its floor: here the text
    is its kept characters, tested for a period. A chant ("No rezoning! No rezoning! No
    rezoning!") repeats three times; residents who repeat for emphasis ("please, please, please
    keep it open") write more than the repeat.
    """
    if len(prose) > UNIT_MAX_CHARS:
        return []
    text = kept_characters(prose)
    if len(text) < s.repeat_unit_min_chars:
        return []
    needed = s.repeat_unit_contact_times if reachable else s.repeat_unit_min_times
    # A unit repeated ``needed`` times holds every character of the text in its first
    # len/needed characters: prose fails this at once, without the period search.
    if not set(text) <= set(text[: len(text) // max(1, needed) + 1]):
        return []
    found = repeated_unit(text)
    if found is None:
        return []
    unit, times = found
    if times < needed:
        return []
    return _repetition(s.repeat_unit_weight, f"{unit[:20]!r} {times} times over")


# ---------------------------------------------------------------------------------------------
# Round 13: words each said several times in a row

#: Different words that must each stand in a run of two or more.
WORD_RUN_MIN_WORDS = 3
#: Share of the tokens that stand in runs.
WORD_RUN_MIN_SHARE = 0.7
#: A text longer than this is prose; it is not read (linear anyway, a cheap cut).
WORD_RUN_MAX_TOKENS = 200


def repeated_runs(prose: str) -> tuple[int, float]:
    """How many different words stand in runs of two or more, and the share of tokens in runs.

    A text whose tokens stand beside a copy of themselves too rarely for its runs to reach
    ``WORD_RUN_MIN_SHARE`` (runs hold at most twice as many tokens as there are equal
    neighbours) is answered ``(0, 0.0)`` from that count alone: nearly every comment is prose."""
    if prose.count(" ") > 2 * WORD_RUN_MAX_TOKENS:
        return 0, 0.0  # a long text is let go before its words are read
    tokens = words(prose)
    if not MIN_TOKENS <= len(tokens) <= WORD_RUN_MAX_TOKENS:
        return 0, 0.0
    equal_neighbours = sum(map(eq, tokens, islice(tokens, 1, None)))
    if 2 * equal_neighbours < WORD_RUN_MIN_SHARE * len(tokens):
        return 0, 0.0
    runs = [(word, len(list(group))) for word, group in groupby(tokens)]
    repeated = [(word, size) for word, size in runs if size >= 2]
    in_runs = sum(size for _, size in repeated)
    return len({word for word, _ in repeated}), in_runs / len(tokens)


def word_run_evidence(prose: str) -> list[Evidence]:
    """Several different words, each repeated in a row, making up most of the text.

    "airbnb airbnb airbnb rental rental rental rental cheap cheap cheap ..." is keyword stuffing
    with no sentence around it, and no one word or unit is half of it. Nearly every token stands
    beside a copy of itself. A resident repeats **one** word for emphasis ("No no no no, not
    here"), and prose almost never puts a word twice in a row; so at least
    ``WORD_RUN_MIN_WORDS`` different words stand in runs, covering ``WORD_RUN_MIN_SHARE``."""
    found, share = repeated_runs(prose)
    if found < WORD_RUN_MIN_WORDS or share < WORD_RUN_MIN_SHARE:
        return []
    return _repetition(
        WEIGHT, f"{found} different words each repeated in a row ({share:.0%} of the text)"
    )


# ---------------------------------------------------------------------------------------------
# Round 14: search queries strung together

QUERY_MIN_WORDS, QUERY_MAX_WORDS = 12, 80
#: A repeated word: this many letters or more ("dog", "the" are too short to tell), said at
#: least ``QUERY_MIN_TIMES`` times; at least ``QUERY_MIN_REPEATED`` of them.
QUERY_MIN_LETTERS, QUERY_MIN_TIMES, QUERY_MIN_REPEATED = 4, 3, 2
#: Share of the words that are the repeated ones.
QUERY_MIN_SHARE = 0.3
#: Share of neighbouring pairs that are different (a chant repeats the same few pairs).
QUERY_MIN_VARIETY = 0.6


def query_list(prose: str) -> list[str]:
    """The repeated words of a text made of search queries strung together, or [].

    "cemetery plots for sale cemetery plots near me cheap cemetery plots buy burial plot ...":
    a keyword list for search engines, its words coming back in new combinations (not in runs).
    No punctuation in 12 to 80 words, two or more words of four letters or more each said three
    times or more, making ``QUERY_MIN_SHARE`` of the words, in varied neighbouring pairs. A
    resident writing without punctuation says one thing once; a chant ("stop the fees stop the
    fees") repeats few pairs. On the quality benchmark: 4 spam comments, no legitimate one."""
    if prose.count(" ") > 2 * QUERY_MAX_WORDS:
        return []
    unpunctuated = no_sentence(prose)
    if not (unpunctuated or _comma_list(prose)):
        return []
    tokens = words(prose)
    if not QUERY_MIN_WORDS <= len(tokens) <= QUERY_MAX_WORDS:
        return []
    if not unpunctuated and not _searched(tokens):
        return []  # "bike lanes on Main, bike lanes on Oak, ...": a resident's list of places
    counts = Counter(t for t in tokens if len(t) >= QUERY_MIN_LETTERS and not t.isdigit())
    repeated = [word for word, n in counts.most_common() if n >= QUERY_MIN_TIMES]
    hub = len(repeated) < QUERY_MIN_REPEATED
    if hub and not _hub_query(repeated, counts, tokens):
        return []
    share = QUERY_HUB_MIN_SHARE if hub else QUERY_MIN_SHARE
    if sum(counts[w] for w in repeated) < share * len(tokens):
        return []
    pairs = list(pairwise(tokens))
    if len(set(pairs)) < QUERY_MIN_VARIETY * len(pairs):
        return []
    return repeated


#: Session 18: a list of short phrases between commas ("Hawaii vacation rental, Lanakila
#: vacation rental, vacation rental ban Hawaii, best ..., cheap ...") is a list of queries as one
#: without punctuation is, when it holds the words a searcher types (a resident's list of places,
#: "bike lanes on Main, bike lanes on Oak, ...", holds none): this many phrases or more, none
#: longer than ``QUERY_PHRASE_MAX_WORDS``.
QUERY_MIN_PHRASES, QUERY_PHRASE_MAX_WORDS = 5, 5
#: Session 18: the words a searcher types around a product ("for sale", "near me", "cheap").
QUERY_MARKERS_RE = regex.compile(
    r"(?<![\p{L}])(?:for sale|near me|cheap|cheapest|best|buy|jobs|prices?|deals?|online)"
    r"(?![\p{L}])"
)
#: Session 18: one hub word this many times, with this many distinct query markers, is a
#: keyword list on its own ("grain hauling grain trucks for sale used grain trailer ...").
QUERY_HUB_MIN_TIMES, QUERY_HUB_MIN_MARKERS = 5, 2
#: Share of the words the hub word makes (its markers and the products around it make the rest).
QUERY_HUB_MIN_SHARE = 0.2


def _comma_list(prose: str) -> bool:
    """The text is short phrases between commas and nothing else to punctuate it."""
    phrases = [p for p in prose.split(",") if p.strip()]
    if len(phrases) < QUERY_MIN_PHRASES or not no_sentence(prose.replace(",", " ")):
        return False
    return all(len(p.split()) <= QUERY_PHRASE_MAX_WORDS for p in phrases)


def _searched(tokens: list[str]) -> bool:
    """The words hold ``QUERY_HUB_MIN_MARKERS`` distinct words a searcher types around a
    product."""
    return len(set(QUERY_MARKERS_RE.findall(" ".join(tokens)))) >= QUERY_HUB_MIN_MARKERS


def _hub_query(repeated: list[str], counts: Counter[str], tokens: list[str]) -> bool:
    """One word said over and over among the words a searcher types around a product."""
    if len(repeated) != 1 or counts[repeated[0]] < QUERY_HUB_MIN_TIMES:
        return False
    return _searched(tokens)


def query_list_evidence(prose: str) -> list[Evidence]:
    """Search queries strung together: noise to the count of speech, in any language."""
    repeated = query_list(prose)
    if not repeated:
        return []
    shown = ", ".join(repr(w[:30]) for w in repeated[:3])
    return _repetition(
        WEIGHT, f"search queries strung together, no sentence ({shown} over and over)"
    )


# ---------------------------------------------------------------------------------------------
# Round 17: keywords in runs of units, or around one hub word

KEYWORD_MAX_CHARS = 1500
#: A run: a unit of one to this many tokens, said this many times or more in a row; the text is
#: at least this many different runs.
KEYWORD_MAX_UNIT, KEYWORD_MIN_TIMES, KEYWORD_MIN_RUNS = 4, 3, 2
HUB_MIN_WORDS, HUB_MIN_SHARE = 12, 0.3


def _run_at(tokens: list[str], start: int) -> tuple[int, int] | None:
    """The unit length and repeat count of the longest run starting at ``start`` made of a
    unit of one to KEYWORD_MAX_UNIT tokens said KEYWORD_MIN_TIMES times or more, or None."""
    best: tuple[int, int] | None = None
    for size in range(1, KEYWORD_MAX_UNIT + 1):
        unit = tokens[start : start + size]
        if len(unit) < size:
            break
        times = 1
        while tokens[start + times * size : start + (times + 1) * size] == unit:
            times += 1
        if times >= KEYWORD_MIN_TIMES and (best is None or size * times > best[0] * best[1]):
            best = (size, times)
    return best


def keyword_runs(tokens: list[str]) -> list[str]:
    """The units of a text made wholly of runs of repeated units (two runs or more), or []."""
    units: list[str] = []
    at = 0
    while at < len(tokens):
        run = _run_at(tokens, at)
        if run is None:
            return []
        size, times = run
        units.append(" ".join(tokens[at : at + size]))
        at += size * times
    return units if len(set(units)) >= KEYWORD_MIN_RUNS else []


def keyword_hub(tokens: list[str]) -> str | None:
    """The hub word of search queries strung around one word, or None."""
    if len(tokens) < HUB_MIN_WORDS:
        return None
    word, n = Counter(tokens).most_common(1)[0]
    if word.isdigit() or n < HUB_MIN_SHARE * len(tokens):
        return None
    places = [i for i, t in enumerate(tokens) if t == word]
    if any(b - a < 2 for a, b in pairwise(places)):
        return None  # said twice in a row: emphasis, read by the repetition signals
    around = {tuple(tokens[i + 1 : i + 3]) for i in places}
    return word if len(around) >= 0.8 * len(places) else None


def keyword_evidence(prose: str) -> list[Evidence]:
    """Keywords in runs or around a hub, with no sentence: noise to the count of speech.

    "buy cheap watches buy cheap watches buy cheap watches replica replica replica": no word is
    half of it, a third of its words are distinct, it is not one unit, its pairs are few (round
    14 asks variety); eight bicycles, eight money bags and eight fires are three units, not one;
    "dj services wedding dj party dj best dj near me ..." strings queries around a word of two
    letters (round 14 reads four). Two shapes, in a text with no punctuation at all:

    - **runs**: the whole text is ``KEYWORD_MIN_RUNS`` runs or more, each one unit (one to
      ``KEYWORD_MAX_UNIT`` words or symbols) said ``KEYWORD_MIN_TIMES`` times or more in a row;
    - **a hub word**: one word (any length, not a number) is ``HUB_MIN_SHARE`` of
      ``HUB_MIN_WORDS`` words or more and comes back apart, never twice in a row, each time with
      new words around it.
    """
    if len(prose) > KEYWORD_MAX_CHARS or not no_sentence(prose):
        return []
    tokens = words_and_symbols(prose)
    if len(tokens) < MIN_TOKENS:
        return []
    units = keyword_runs(tokens)
    if units:
        shown = ", ".join(repr(u[:20]) for u in units[:3])
        return _repetition(WEIGHT, f"keywords in runs, no sentence ({shown})")
    hub = keyword_hub(tokens)
    if hub is not None:
        return _repetition(WEIGHT, f"search queries strung around {hub[:30]!r}, no sentence")
    return []


# ---------------------------------------------------------------------------------------------
# Session 21 (adverts21): search queries run together around a short term.
#
# "bus route 6 antelope forks bus schedule bus pass cheap bus pass online bus times nebraska best
# bus tracker app download free bus app route 6 sunday bus ...": keyword stuffing written without
# the commas round 8's reader (:func:`intake.text.spam.lures.stuffed_terms`) splits a list on,
# and around a term of three letters ("bus", "car", "spa"), which round 14's reader
# (:func:`intake.text.spam.repetition.query_list`) does not count (four letters or more: "the",
# "dog"), nor round 17's hub (:func:`intake.text.spam.repetition.keyword_evidence`) at under a
# third of the words ("bus" is 8 of 36); a text either reads is left to it. It
# is no one's speech: no sentence ends, nobody speaks ("I", "we", "you"), one term comes back
# again and again, and the words around it are the ones people type into a search box ("cheap",
# "best", "free", "online", "download", "near me", in many languages). The item's own subject
# may be its term (the page is stuffed for the searches that find the item), so, unlike round 8,
# the item's words are not asked about.
#
# A resident's run-on comment without punctuation speaks in the first or second person ("i ride
# the bus every day we need it"); one that lists places or produce names no search words. Noise,
# weighed as round 8's stuffing.

#: Words at least: a query soup is long; a short slogan is not judged.
MIN_WORDS = 20
#: The main term's count and share of the words.
MIN_REPEATS = 4
MIN_SHARE = 0.12
#: Distinct search words needed.
MIN_SEARCH_WORDS = 2

_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
#: A sentence's end or a clause's: a soup has none (a comma or two may slip in).
_PUNCT_RE = regex.compile(r"[.!?;:。！？؟]")
#: What people type into a search box beside the term, in several languages.
SEARCH_WORDS = frozenset(
    {
        "cheap", "cheapest", "best", "free", "online", "download", "app", "apps", "near", "price",
        "prices", "deals", "deal", "top", "review", "reviews", "buy", "discount", "coupon", "sale",
        "login", "tracker", "barato", "barata", "mejor", "mejores", "gratis", "descargar", "precio",
        "precios", "comprar", "oferta", "cher", "meilleur", "gratuit", "telecharger", "prix",
        "günstig", "kostenlos", "beste", "herunterladen", "дешево", "дешёво", "купить", "скачать",
        "бесплатно", "лучший", "цена", "ucuz", "indir", "ücretsiz", "fiyat"
    }
)  # fmt: skip
#: The writer or the reader spoken of: a resident's run-on speaks so.
PERSONS = frozenset(
    {
        "i", "i'm", "im", "me", "my", "mine", "we", "us", "our", "you", "your", "yo", "mi", "mis",
        "nosotros", "nuestro", "tu", "usted", "je", "nous", "vous", "mon", "ma", "ich", "wir", "du",
        "mein", "unser", "я", "мы", "ты", "вы", "мой", "наш", "ben", "biz", "sen", "siz", "benim",
        "bizim"
    }
)  # fmt: skip


def query_soup(prose: str) -> tuple[str, list[str]] | None:
    """The repeated term and the search words of a soup of search queries, or None."""
    if len(_PUNCT_RE.findall(prose)) > 0 or prose.count(",") > 2 or query_list(prose):
        return None  # round 14's reading already counts it
    if keyword_evidence(prose):
        return None  # round 17's hub (a third of the words) already counts it
    words = [w.casefold() for w in _WORD_RE.findall(prose)]
    if len(words) < MIN_WORDS or any(w in PERSONS for w in words):
        return None
    counts = Counter(w for w in words if len(w) >= 3 and not w.isdigit())
    if not counts:
        return None
    term, repeats = counts.most_common(1)[0]
    if repeats < MIN_REPEATS or repeats < MIN_SHARE * len(words):
        return None
    search = sorted({w for w in words if w in SEARCH_WORDS})
    if len(search) < MIN_SEARCH_WORDS:
        return None
    return term, search


def query_soup_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """Search queries run together with no sentence (see the module). Noise."""
    found = query_soup(prose)
    if found is None:
        return []
    term, search = found
    shown = ", ".join(repr(w) for w in search[:4])
    detail = f"repetition: search queries run together, '{term}' over and over with {shown}"
    return [Evidence(s.stuffing_weight, detail, noise=True)]
