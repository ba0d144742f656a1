"""Session 10: the spam signals' faster scans find what the patterns they stand for find.

Each faster form (a pattern asked from a literal, a literal checked before a pattern, the
standard library's pattern for ASCII text, a kept answer) is compared with the pattern or the
code it replaced, written here as it was, on the fast paths' texts in many scripts, on texts
made to sit at each form's edges, on every character, and on the burst corpus's bodies.
"""

from __future__ import annotations

import random

import regex

from intake.text import relatedness
from intake.text.spam import disguise, links, lures, offers
from intake.text.spam.evidence import WORD_RE, word_tokens
from intake.text.spam.repetition import _KEEP_RE
from intake.text.spam.settings import SpamSettings
from tests.benchmark_modules import load_benchmark
from tests.unit.text.test_spam_fast_paths import TEXTS, all_characters, plain_content_terms

S = SpamSettings()

#: The patterns as they were before session 10.
LINK_CANDIDATE = links._LINK_CANDIDATE_RE
THREE_SINGLE = regex.compile(r"(?<![\p{L}\p{N}])\p{L}\s+\p{L}\s+\p{L}(?![\p{L}\p{N}])")
DOT_WORD_TLD = regex.compile(
    r"[\(\[]?\s*(?:dot|punto|ponto|point|punkt|точка|نقطة|点)\s*[\)\]]?\s*"
    r"(?:site|top|online|live|click|store|shop|fun|space|website|life|today|world|bet|love|win|"
    r"club|vip|xyz)(?![\p{L}\p{N}])"
)

EDGES = [
    "a.bc",
    "1.bc",
    "a.b",
    ".bc",
    "A.BC x",
    "é.ßx",
    "a.\u0301b",
    "٣.ab",
    "x . yz",
    "WwW.",
    "wWw",
    "ww.w.",
    "h://",
    "@",
    "b u y",
    "b  u\tv",
    "1 b u y",
    "b u y1",
    "b u\u00a0y",
    "x b\nu\ny z",
    "ab u y",
    "a b",
    "é ü ñ!",
    "ǅ ǈ ǋ",
    "pharm dot site",
    "pharm (dot) top",
    "pharm DOT site",
    "x punto shop",
    "x點site",
    "x 点 win",
    "no sign 50 off",
    "50% off",
    "only $20",
    "39,99 €",
    "£9.99/day",
    "Ｋelvin K ſ 50 ＄",
]


def corpus() -> list[str]:
    """The fast paths' texts, the edges, random mixes of their characters, the burst bodies."""
    rng = random.Random(10)
    pieces = " ".join(TEXTS + EDGES)
    mixes = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    burst = load_benchmark("_common").BurstCorpus(seed=16).burst(600)
    bodies = [body for _kind, body in burst]
    return [*TEXTS, *EDGES, *mixes, *bodies]


def test_the_link_candidate_search_in_parts_is_the_pattern() -> None:
    for text in corpus():
        assert links._may_hold_link(text) == bool(LINK_CANDIDATE.search(text)), text
        for word in text.split():
            assert links._may_hold_link(word) == bool(LINK_CANDIDATE.search(word)), word
    everything = all_characters()
    for c in everything[::7]:  # a letter or digit before the dot, letters after, any case
        for text in (f"{c}.ab", f"x.{c}b", f"{c}ww.", f"w{c}w."):
            assert links._may_hold_link(text) == bool(LINK_CANDIDATE.search(text)), text


def test_the_three_single_letters_are_found_from_their_whitespace() -> None:
    for text in corpus():
        assert bool(disguise._THREE_SINGLE_RE.search(text)) == bool(THREE_SINGLE.search(text))
    assert disguise._THREE_SINGLE_RE.search("b u y cheap") is not None


def test_a_spelled_address_needs_a_word_for_dot() -> None:
    for text in corpus():
        found = [m.group() for m in DOT_WORD_TLD.finditer(text)]
        if not any(word in text for word in disguise._DOT_WORDS):
            assert found == [], text
    assert disguise._spelled_link("easyincome2026 dot site") == "easyincome2026 dot site"


def test_prices_need_a_currency_or_percent_sign() -> None:
    # no character but the four signs is any of them to the pattern's flags
    assert regex.findall(r"(?xi)[$€£%]", all_characters()) == ["$", "%", "£", "€"]
    for text in corpus():
        if not any(sign in text for sign in offers._PRICE_SIGNS):
            assert offers._PRICE_RE.findall(text) == [], text
        got = [e.detail for e in offers.price_evidence(text, S)]
        hits = offers._PRICE_RE.findall(text)
        assert bool(got) == bool(hits), text


def test_ascii_tokens_are_the_patterns_tokens() -> None:
    ascii_text = "".join(chr(c) for c in range(128))
    assert regex.findall(r"[\p{L}\p{M}\p{N}\p{So}]", ascii_text) == regex.findall(
        r"[A-Za-z0-9]", ascii_text
    )
    for text in [ascii_text, *corpus()]:
        assert word_tokens(text) == WORD_RE.findall(text), text
        folded = text.casefold()
        if folded.isascii():
            assert "".join(regex.findall(r"[A-Za-z0-9]+", folded)) == "".join(
                _KEEP_RE.findall(folded)
            )
        assert relatedness._content_terms(text) == plain_content_terms(text), text


def test_context_terms_kept_per_context_are_the_union() -> None:
    texts = corpus()
    for start in range(0, 400, 50):
        context = tuple(texts[start : start + 60])
        union = set().union(*map(plain_content_terms, context))
        for _ in range(2):
            got = relatedness.context_terms(context)
            assert got == union
            got.add("mutated")  # the caller's set is its own
        assert relatedness.context_terms(list(context)) == union


def test_wallets_and_groups_kept_per_text_answer_as_afresh() -> None:
    texts = [
        *corpus()[:200],
        "send 0.1 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh now",
        "Join our Telegram group for daily signals",
        "grupo do WhatsApp do bairro",
    ]
    for text in texts:
        lures.wallets.cache_clear()
        lures.messenger_group.cache_clear()
        afresh = lures.wallets(text), lures.messenger_group(text)
        assert (lures.wallets(text), lures.messenger_group(text)) == afresh
    assert lures.wallets(texts[-3]) == 1
    assert lures.messenger_group(texts[-2]) is not None


def test_linkify_patterns_are_compiled_when_the_matchers_are_built() -> None:
    for matcher in (links.linkifier(), links.full_linkifier()):
        assert {"http", "not_http", "mailto"} <= set(matcher.re)


def plain_spelled_link(text: str) -> str | None:
    """``disguise._spelled_link`` as it was: every top-level domain ``_TLD_RE`` finds."""
    d = disguise
    for m in d._TLD_RE.finditer(text):
        before = text[max(0, m.start() - d.SPELLED_WINDOW) : m.start()]
        found = d._SPELLED_BEFORE_RE.search(before) or d._SPACED_BEFORE_RE.search(before)
        if found is None and m.group().islower():
            found = d._CODED_BEFORE_RE.search(before)
        if found is not None and found.group().strip():
            return str(before[found.start() :] + m.group())
    for m in DOT_WORD_TLD.finditer(text):
        before = text[max(0, m.start() - d.SPELLED_WINDOW) : m.start()]
        coded = d._CODED_LABEL_BEFORE_RE.search(before)
        if coded is not None and regex.search(r"\p{L}", coded.group()):
            return str(before[coded.start() :] + m.group()).strip()
    if d._spells_spaced(text):
        joined = d._SPACED_RUN_RE.sub(lambda run: run.group().replace(" ", ""), text)
        if joined != text:
            return plain_spelled_link(joined)
    return None


SPELLED = [
    "visit pharm dot com today",
    "visit pharm DOT COM today",
    "visit pharm poİnt com today",
    "visit pharm PUNKT com",
    "visit pharm (dot) net",
    "shop . example . com",
    "shop .example. com and more",
    "w88vn-khuyenmai . com",
    "COVID-19 . Com on",
    "the third time. Com on",
    "example.com",
    "a.\n\tcom",
    ". com",
    "x 点 com",
    "w w w . example . c o m",
    "mail me at shop . example . uk or pharm dot io",
]


def test_spelled_addresses_are_found_from_their_dots() -> None:
    # the words for "dot", folded: every character the pattern takes for one of their
    # letters, case-insensitively, folds to that letter, but "İ" (which the check keeps apart)
    everything = all_characters()
    odd = set()
    for letter in set("".join(disguise._DOT_WORDS)):
        for c in regex.findall("(?i)" + regex.escape(letter), everything):
            if c.casefold() != letter:
                odd.add(c)
    assert odd == {"\u0130"}
    for text in [*SPELLED, *corpus()]:
        assert disguise._spelled_link(text) == plain_spelled_link(text), text
    assert disguise._spelled_link(SPELLED[2]) is not None
    assert disguise._spelled_link(SPELLED[5]) == "shop . example . com"
