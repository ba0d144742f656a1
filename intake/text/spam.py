"""Spam scoring for public comments.

Public comment is speech. A spam label only moves a comment out of the counts
staff look at first; it never rejects it. So every piece of evidence is kept as
a human-readable reason with its weight, and the verdict is a plain function of
those reasons that staff can check by hand.

Evidence is combined with a noisy-OR, ``1 - prod(1 - w_i)``: each signal is
treated as an independent chance that the comment is spam. That keeps the score
in [0, 1] without a cap, never lets one weak signal repeated across categories
run away, and guarantees that adding evidence can never lower the score.

The module is pure: no Flask, no database, no network. The few data tables it
needs (a character-bigram model built from ``wordfreq``'s multilingual word
lists, the disposable-domain list, the phone metadata) come from installed
packages and are loaded once, lazily, on first use (or by :func:`preload`).
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from intake.text import relatedness

__all__ = ["Behaviour", "SpamSettings", "SpamVerdict", "preload", "score", "wants_item_context"]


@dataclass(frozen=True)
class SpamSettings:
    """Every threshold and weight, so a city can tune without a code change.

    The service maps each field to an ``INTAKE_SPAM_<FIELD_UPPER>`` environment
    variable; docs/spam.md explains each one. Weights are probabilities in
    [0, 1] fed to the noisy-OR.
    """

    #: Score at or above which a comment is labelled spam (moved aside, never rejected).
    threshold: float = 0.7
    #: Domains or suffixes whose links never count against a comment: a host
    #: matches an entry when it equals it or ends with "." + entry; "*" stands
    #: for exactly one label ("gov.*" matches "gov.uk"). Add the city's own domain.
    allowed_domains: tuple[str, ...] = ("gov", "mil", "edu", "gov.*", "ca.gov")
    #: Weight per link outside the allowed domains.
    link_weight: float = 0.15
    #: Ceiling for the per-link weight, so a long bibliography cannot alone reach the threshold.
    link_max_weight: float = 0.6
    #: Weight when the comment is nothing but outside links (fewer than link_only_max_words words);
    #: with the link's own weight it reaches the threshold: a bare link carries no argument.
    link_only_weight: float = 0.65
    link_only_max_words: int = 5
    #: Weight when URLs make up at least link_density_min of the visible characters.
    link_density_weight: float = 0.3
    link_density_min: float = 0.5
    #: Weight for advertising prices ("$49.99", "50% off", "only $20").
    price_weight: float = 0.3
    #: Weight for one phone number in the body; phone_many_weight for two or more.
    phone_weight: float = 0.15
    phone_many_weight: float = 0.25
    #: Region used to read national-format phone numbers.
    phone_region: str = "US"
    #: Weight for e-mail addresses written in the body (outside the allowed domains).
    body_email_weight: float = 0.15
    #: Weight when at least contact_dense_min outside links, e-mail addresses and phone numbers,
    #: one of them an address or a number, come at contact_dense_per_word or more per word of
    #: the rest of the text.
    contact_dense_weight: float = 0.3
    #: Weight for "@name" handles outside e-mail addresses (Telegram, Instagram, ...).
    handle_weight: float = 0.15
    contact_dense_min: int = 2
    contact_dense_per_word: float = 0.12
    #: Weight per distinct marketing call to action ("click here", "buy now"), capped.
    cta_weight: float = 0.3
    cta_max_weight: float = 0.6
    #: Weight when the letters form no words in any language (keyboard mashing).
    gibberish_weight: float = 0.75
    #: Mean bigram log-probability at or below which letters are implausible on their own.
    gibberish_max_logprob: float = -4.5
    #: Looser mean log-probability that counts when the words also stay on one keyboard row.
    gibberish_row_logprob: float = -3.6
    #: Share of letters in single-keyboard-row words needed for the looser test.
    gibberish_row_share: float = 0.5
    #: Fewer letter bigrams than this are too little text to judge.
    gibberish_min_bigrams: int = 15
    #: Weight when one token makes up repeat_min_share of at least repeat_min_tokens tokens, or
    #: when at most repeat_max_distinct_share of the tokens are distinct (a phrase over and over;
    #: judged up to repeat_distinct_max_tokens tokens, since long prose repeats its words too).
    repeat_weight: float = 0.75
    repeat_min_tokens: int = 8
    repeat_min_share: float = 0.5
    repeat_max_distinct_share: float = 0.25
    repeat_distinct_max_tokens: int = 200
    #: Weight when the comment shares almost none of its content words with its item (title and
    #: earlier comments) *and* carries an outside link, an e-mail address or a phone number: spam
    #: is written for every form at once. "Almost none" is at most unrelated_max_share of its
    #: content terms and fewer than unrelated_max_shared_terms of them (a long letter shares many
    #: terms even when they are a small share). Judged only when the item's context holds at
    #: least unrelated_min_context_terms content terms and the comment unrelated_min_terms.
    unrelated_weight: float = 0.55
    #: The same with only an e-mail address or phone number (residents leave those): weaker.
    unrelated_contact_weight: float = 0.45
    unrelated_max_share: float = 0.2
    unrelated_max_shared_terms: int = 3
    unrelated_min_context_terms: int = 40
    unrelated_min_terms: int = 6
    #: Weight when the hidden honeypot field was filled (people cannot see it; bots fill it).
    honeypot_weight: float = 0.9
    #: Weight when the submitter's e-mail domain is a known disposable-mail service.
    disposable_email_weight: float = 0.35
    #: Comments on this item within the velocity window at which velocity counts.
    velocity_limit: int = 5
    velocity_source_weight: float = 0.4
    velocity_email_weight: float = 0.4
    #: Near-identical texts from one source within seconds at which a burst counts.
    burst_min: int = 3
    burst_weight: float = 0.85


@dataclass(frozen=True)
class Behaviour:
    """What the service knows about the submission apart from its text.

    Gathered by the caller from the request and the database and passed in as
    plain values so that scoring stays pure and testable.
    """

    honeypot_filled: bool = False
    email: str | None = None
    recent_from_source: int = 0
    recent_from_email: int = 0
    burst_near_identical: int = 0
    is_form_letter: bool = False
    #: The item's title and earlier comments, when the caller loaded them (see
    #: :func:`wants_item_context`); None leaves the relatedness signal unjudged.
    item_context: tuple[str, ...] | None = None


@dataclass(frozen=True)
class SpamVerdict:
    """The score, the reasons that produced it, and the label staff see."""

    score: float
    reasons: tuple[str, ...]
    is_spam: bool


@dataclass(frozen=True)
class _Evidence:
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


# --------------------------------------------------------------------------- links


_ABUSED_TLDS = (
    "xyz", "top", "click", "online", "site", "live", "icu", "buzz", "fun", "store", "club",
    "vip", "work", "link", "win", "bid", "loan", "life", "today", "world", "space", "website",
    "tech", "pro", "app", "dev", "io", "co", "me", "ly", "ru", "cn", "tk", "ml", "ga", "cf",
)  # fmt: skip


@cache
def _linkifier() -> Any:
    """Build the link matcher once; linkify-it ships its TLD list and never fetches one.

    Links with a scheme are found whatever their TLD; bare domains need a known
    TLD, so the gTLDs most used by spam are added to linkify-it's defaults.
    """
    from linkify_it import LinkifyIt

    return LinkifyIt().tlds(list(_ABUSED_TLDS), True)


@dataclass(frozen=True)
class _Link:
    """A URL or e-mail address found in the body, with its host."""

    raw: str
    host: str
    is_email: bool


# A word can hold a link only if it has a scheme, "www.", an "@" or a dot
# followed by letters; other words are never handed to the link matcher.
_LINK_CANDIDATE_RE = regex.compile(r"(?i)://|www\.|@|[\p{L}\p{N}]\.\p{L}{2}")
#: Longest word handed to linkify-it: its matching is quadratic on long runs of
#: dots, and a URL's host (all that is judged) sits in its first characters.
_MAX_LINK_WORD = 512


def _find_links(body: str) -> list[_Link]:
    """Find URLs and e-mail addresses with linkify-it, a library made for exactly this.

    Links never contain whitespace, so each candidate word is matched on its
    own and cut at _MAX_LINK_WORD characters: that keeps hostile input (a
    20,000-character word of dots) linear in time.
    """
    links = []
    for word in body.split():
        if not _LINK_CANDIDATE_RE.search(word):
            continue
        for m in _linkifier().match(word[:_MAX_LINK_WORD]) or []:
            is_email = m.schema == "mailto:"
            links.append(_Link(raw=m.raw, host=_host_of(m.url, is_email), is_email=is_email))
    return links


def _host_of(url: str, is_email: bool) -> str:
    """Lower-cased host of a URL or e-mail address, without port or credentials."""
    if is_email:
        return url.rsplit("@", 1)[-1].lower().rstrip(".")
    rest = url.split("//", 1)[-1]
    authority: str = regex.split(r"[/?#]", rest, maxsplit=1)[0]
    host = authority.rsplit("@", 1)[-1]
    return host.split(":", 1)[0].lower().rstrip(".")


def _host_allowed(host: str, allowed: Iterable[str]) -> bool:
    """True when the host is, or is under, an allowed domain or suffix pattern."""
    labels = host.split(".")
    for entry in allowed:
        pattern = entry.strip().lower().strip(".").split(".")
        if pattern and len(labels) >= len(pattern):
            tail = labels[-len(pattern) :]
            if all(p in ("*", t) for p, t in zip(pattern, tail, strict=True)):
                return True
    return False


def _strip_spans(body: str, raws: Iterable[str]) -> str:
    """Remove found links from the text so word-level signals judge only the prose."""
    for raw in raws:
        body = body.replace(raw, " ")
    return body


def _link_evidence(body: str, links: list[_Link], s: SpamSettings) -> list[_Evidence]:
    """Links count only when they point outside the allowed domains.

    Citing an ordinance or a news story is ordinary civic speech, so each link
    is weak and capped; link-only comments and link-dense comments are what
    link spam looks like.
    """
    urls = [lk for lk in links if not lk.is_email]
    outside = [lk for lk in urls if not _host_allowed(lk.host, s.allowed_domains)]
    if not outside:
        return []
    weight = min(s.link_max_weight, s.link_weight * len(outside))
    found = [_Evidence(weight, f"links: {len(urls)} links, {len(outside)} outside allowed domains")]
    prose = _strip_spans(body, (lk.raw for lk in links))
    words = len(_WORD_RE.findall(prose))
    if words < s.link_only_max_words:
        found.append(
            _Evidence(
                s.link_only_weight, f"link-only comment: {words} words besides links", noise=True
            )
        )
        return found
    density = sum(len(lk.raw) for lk in urls) / max(1, len("".join(body.split())))
    if density >= s.link_density_min:
        found.append(
            _Evidence(s.link_density_weight, f"link density: {density:.0%} of text is URLs")
        )
    return found


def _body_email_evidence(links: list[_Link], s: SpamSettings) -> list[_Evidence]:
    """Contact addresses in the body are how advertisers get replies; weak on their own."""
    emails = [lk for lk in links if lk.is_email and not _host_allowed(lk.host, s.allowed_domains)]
    if not emails:
        return []
    return [_Evidence(s.body_email_weight, f"contact: {len(emails)} e-mail address(es) in text")]


# ----------------------------------------------------------------- advertising

_PRICE_RE = regex.compile(
    r"""(?xi)
    (?:[$€£]\s?\d{1,5}[.,]\d{2}(?!\d))          # $49.99, €9,99
    | (?:\b\d{1,3}\s?%\s?off\b)                  # 50% off
    | (?:\b(?:only|just|save|from)\s[$€£]\s?\d+(?:[.,]\d{2})?)  # only $20, save $100
    | (?:[$€£]\s?\d+(?:[.,]\d+)?\s?(?:/|per\s)(?:pill|day|month|tab|box))
    """,
)

# English marketing spam phrases, kept narrow on purpose: advocacy words such
# as "act now" or "urgent" are ordinary public speech and are not listed.
_CTA_RE = regex.compile(
    r"""(?xi)\b(
      click\s+(?:here|the\s+link|below)
    | buy\s+now | order\s+now | shop\s+now | subscribe\s+now
    | limited[-\s]+(?:time\s+)?offer
    | free\s+trial | risk[-\s]free | 100\s?%\s+free
    | no\s+prescription(?:\s+needed)?
    | visit\s+our\s+(?:web\s?site|store|shop)
    | (?:promo|discount|coupon)\s+code
    | double\s+your\s+(?:bitcoin|btc|crypto|money|investment)
    | guaranteed\s+(?:returns?|profits?|income)
    | earn\s+[$€£]?\d[\d,]*\s*(?:daily|a\s+day|per\s+day|weekly|a\s+week)
    | work\s+from\s+home\s+and\s+earn
    | (?:casino|welcome|deposit|sign[-\s]?up)\s+bonus
    | hot\s+singles | no\s+credit\s+check
    | (?:contact|message|text)\s+(?:me|us)\s+on\s+(?:whats\s?app|telegram)
    )\b""",
)


def _price_evidence(prose: str, s: SpamSettings) -> list[_Evidence]:
    """Prices with cents or discounts look like ads; budget talk ("$2 million") does not match."""
    hits = _PRICE_RE.findall(prose)
    if not hits:
        return []
    return [
        _Evidence(s.price_weight, f"advertising: {len(hits)} price(s) like {hits[0].strip()!r}")
    ]


MIN_PHONE_DIGITS = 7


def _cta_evidence(prose: str, s: SpamSettings) -> list[_Evidence]:
    """Marketing calls to action; each distinct phrase adds weight up to a cap."""
    phrases = sorted({" ".join(m.lower().split()) for m in _CTA_RE.findall(prose)})
    if not phrases:
        return []
    weight = min(s.cta_max_weight, s.cta_weight * len(phrases))
    shown = ", ".join(repr(p) for p in phrases[:3])
    return [_Evidence(weight, f"call to action: {shown}")]


def _phone_count(prose: str, s: SpamSettings) -> int:
    """Phone numbers in the text, by Google's libphonenumber matcher (leniency VALID)."""
    if sum(ch.isdigit() for ch in prose) < MIN_PHONE_DIGITS:
        return 0  # no phone number is this short; skip the (costly) matcher
    import phonenumbers

    matcher = phonenumbers.PhoneNumberMatcher(
        prose, s.phone_region, leniency=phonenumbers.Leniency.VALID, max_tries=200
    )
    return sum(1 for _ in matcher)


def _phone_evidence(count: int, s: SpamSettings) -> list[_Evidence]:
    """Phone numbers via Google's libphonenumber matcher; one is a weak signal.

    Residents often leave a number to be called back, so a single number stays
    far below the threshold; several numbers look more like an advert.
    """
    if count == 0:
        return []
    weight = s.phone_weight if count == 1 else s.phone_many_weight
    return [_Evidence(weight, f"contact: {count} phone number(s) in text")]


# -------------------------------------------------------------------- gibberish

_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")
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
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class _BigramModel:
    """Pooled character-bigram log-probabilities over ~30 alphabetic languages."""

    logprob: dict[str, float]
    floor: dict[str, float]
    default: float


@cache
def _bigram_model() -> _BigramModel:
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


def _bigram_logprobs(tokens: list[str], model: _BigramModel) -> list[float]:
    """Log-probability of each letter transition, boundaries included."""
    scores: list[float] = []
    for token in tokens:
        padded = f" {token} "
        for j in range(len(padded) - 1):
            bigram = padded[j : j + 2]
            found = model.logprob.get(bigram)
            if found is None:
                found = model.floor.get(bigram[0], model.default)
            scores.append(found)
    return scores


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


def _gibberish_evidence(prose: str, s: SpamSettings) -> list[_Evidence]:
    """Letters that form no words in any language, judged by the bigram model.

    Only Latin, Cyrillic and Greek letters are judged: scripts such as Chinese
    or Arabic are left alone rather than risk calling real speech noise. The
    first ``GIBBERISH_SAMPLE_CHARS`` characters are judged: noise is noise
    throughout, and the cost must not grow with the comment's length.
    """
    tokens = _ALPHA_RE.findall(_fold(prose[:GIBBERISH_SAMPLE_CHARS]))
    scores = _bigram_logprobs(tokens, _bigram_model())
    if len(scores) < s.gibberish_min_bigrams:
        return []
    mean = sum(scores) / len(scores)
    if mean <= s.gibberish_max_logprob:
        detail = f"gibberish: letter model {mean:.2f} per bigram"
        return [_Evidence(s.gibberish_weight, detail, noise=True)]
    if mean > s.gibberish_row_logprob:
        return []
    share = _row_share(tokens)
    if share >= s.gibberish_row_share:
        detail = f"gibberish: letter model {mean:.2f} per bigram, {share:.0%} on one keyboard row"
        return [_Evidence(s.gibberish_weight, detail, noise=True)]
    return []


def _repeat_evidence(prose: str, s: SpamSettings) -> list[_Evidence]:
    """One token or one short phrase over and over ("hello hello ...", "BEST PRICE BEST PRICE
    ...") carries no argument to count, in any language: it is judged on tokens, not words."""
    tokens = [t.casefold() for t in _WORD_RE.findall(prose)]
    if len(tokens) < s.repeat_min_tokens:
        return []
    counts = Counter(tokens)
    token, n = counts.most_common(1)[0]
    if n / len(tokens) >= s.repeat_min_share:
        shown = token[:30]
        detail = f"repetition: {shown!r} is {n} of {len(tokens)} words"
        return [_Evidence(s.repeat_weight, detail, noise=True)]
    distinct = len(counts) / len(tokens)
    if len(tokens) <= s.repeat_distinct_max_tokens and distinct <= s.repeat_max_distinct_share:
        detail = f"repetition: {len(counts)} distinct of {len(tokens)} words"
        return [_Evidence(s.repeat_weight, detail, noise=True)]
    return []


# "@name" outside an e-mail address: a messenger or social handle (Telegram, Instagram, ...).
_HANDLE_RE = regex.compile(r"(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_]{3,}")


def _handle_evidence(handles: int, s: SpamSettings) -> list[_Evidence]:
    """A handle to write to elsewhere is a contact detail like an address; weak on its own."""
    if not handles:
        return []
    return [_Evidence(s.handle_weight, f"contact: {handles} messenger or social handle(s)")]


def _contact_density_evidence(
    prose: str, links: list[_Link], numbers: int, s: SpamSettings
) -> list[_Evidence]:
    """Several ways to reach someone in a few words is an advert's shape, in any language.

    ``numbers`` counts phone numbers and handles.

    A letterhead with two addresses and two numbers above a long letter is not dense; "Contact
    a@x.com or b@y.com, call 1-800-... or 1-888-..." is.
    """
    outside = [lk for lk in links if not _host_allowed(lk.host, s.allowed_domains)]
    count = len(outside) + numbers
    if count < s.contact_dense_min or numbers + sum(lk.is_email for lk in outside) == 0:
        return []  # links alone are judged by link density
    words = max(1, len(_WORD_RE.findall(prose)))
    if count / words < s.contact_dense_per_word:
        return []
    detail = f"contact density: {count} links, addresses, numbers or handles in {words} words"
    return [_Evidence(s.contact_dense_weight, detail)]


# ------------------------------------------------------------------- relatedness


def wants_item_context(body: str, s: SpamSettings) -> bool:
    """True when the relatedness signal could count, so the caller loads the item's context.

    It counts only with an outside link, an e-mail address, a phone number or a handle, and only
    for a comment with enough content words, so most comments cost the service nothing more.
    """
    body = _safe_text(body)
    links = _find_links(body)
    prose = _strip_spans(body, (lk.raw for lk in links))
    reachable = (
        any(not _host_allowed(lk.host, s.allowed_domains) for lk in links)
        or bool(_HANDLE_RE.search(prose))
        or _phone_count(prose, s) > 0
    )
    return reachable and len(relatedness.content_terms(prose)) >= s.unrelated_min_terms


def _unrelated_evidence(
    prose: str,
    contacts: list[_Evidence],
    links: list[_Link],
    context: tuple[str, ...] | None,
    s: SpamSettings,
) -> list[_Evidence]:
    """Text about nothing the item or its commenters talk about, carrying a way to reach a seller.

    Either alone is ordinary (residents cite links, leave numbers, stray off topic); together
    they are what spam written for every form looks like, in any language.
    """
    if not contacts or context is None:
        return []
    linked = any(not lk.is_email and not _host_allowed(lk.host, s.allowed_domains) for lk in links)
    terms = relatedness.content_terms(prose)
    if len(terms) < s.unrelated_min_terms:
        return []
    known = relatedness.context_terms(context)
    if len(known) < s.unrelated_min_context_terms:
        return []
    shared = len(terms & known)
    share = shared / len(terms)
    if share > s.unrelated_max_share or shared >= s.unrelated_max_shared_terms:
        return []
    detail = (
        f"unrelated to the item: {share:.0%} of its {len(terms)} content words appear in the "
        f"item or its other comments, with {'a link' if linked else 'contact details'}"
    )
    weight = s.unrelated_weight if linked else s.unrelated_contact_weight
    return [_Evidence(weight, detail, noise=True)]


# --------------------------------------------------------------------- behaviour


@cache
def _disposable_domains() -> frozenset[str]:
    """The maintained blocklist from the disposable-email-domains package (no fetching)."""
    from disposable_email_domains import blocklist

    return frozenset(blocklist)


def _email_domain(email: str | None) -> str | None:
    """Only the domain of the submitter's address is ever looked at."""
    if not email or "@" not in email:
        return None
    domain = email.rsplit("@", 1)[1].strip().lower().rstrip(".")
    return domain or None


def _is_disposable(domain: str) -> bool:
    """True for a listed domain or any subdomain of one."""
    labels = domain.split(".")
    blocked = _disposable_domains()
    return any(".".join(labels[i:]) in blocked for i in range(len(labels) - 1))


def _behaviour_evidence(b: Behaviour, s: SpamSettings) -> list[_Evidence]:
    """Signals about how the comment arrived rather than what it says."""
    found: list[_Evidence] = []
    if b.honeypot_filled:
        found.append(_Evidence(s.honeypot_weight, "honeypot: hidden form field was filled", True))
    if b.burst_near_identical >= s.burst_min:
        detail = f"burst: {b.burst_near_identical} near-identical texts from one source in seconds"
        found.append(_Evidence(s.burst_weight, detail, True))
    if b.recent_from_source >= s.velocity_limit:
        detail = f"velocity: {b.recent_from_source} comments on this item from one source"
        found.append(_Evidence(s.velocity_source_weight, detail, True))
    if b.recent_from_email >= s.velocity_limit:
        detail = f"velocity: {b.recent_from_email} comments on this item from one e-mail"
        found.append(_Evidence(s.velocity_email_weight, detail, True))
    domain = _email_domain(b.email)
    if domain and _is_disposable(domain):
        detail = f"e-mail: {domain} is a disposable-mail domain"
        found.append(_Evidence(s.disposable_email_weight, detail, True))
    return found


# ----------------------------------------------------------------------- scoring


def _content_evidence(
    body: str, context: tuple[str, ...] | None, s: SpamSettings
) -> list[_Evidence]:
    """All signals read from the text itself (and, for relatedness, the item's context)."""
    links = _find_links(body)
    prose = _strip_spans(body, (lk.raw for lk in links))
    phones = _phone_count(prose, s)
    handles = len(_HANDLE_RE.findall(prose))
    contacts = [
        *_link_evidence(body, links, s),
        *_body_email_evidence(links, s),
        *_phone_evidence(phones, s),
        *_handle_evidence(handles, s),
    ]
    contacts += _contact_density_evidence(prose, links, phones + handles, s)
    return [
        *contacts,
        *_price_evidence(prose, s),
        *_cta_evidence(prose, s),
        *_gibberish_evidence(prose, s),
        *_repeat_evidence(prose, s),
        *_unrelated_evidence(prose, contacts, links, context, s),
    ]


def _noisy_or(weights: Iterable[float]) -> float:
    """Combine independent evidence: the chance that at least one signal is right."""
    keep = 1.0
    for w in weights:
        keep *= 1.0 - min(1.0, max(0.0, w))
    return min(1.0, max(0.0, 1.0 - keep))


def _safe_text(body: str) -> str:
    """Replace lone surrogates so no library downstream can choke on the text."""
    return body.encode("utf-8", "replace").decode("utf-8")


def score(body: str, behaviour: Behaviour, settings: SpamSettings) -> SpamVerdict:
    """Score one comment and explain the score.

    A form letter sent by many people is speech by each of them: for such a
    comment the content signals are still listed but not counted, so only bot
    behaviour (honeypot, bursts, velocity, throwaway addresses) can label it --
    unless its text is noise (a bare link, one word over and over, mashing, an
    advert unrelated to the item): a spam run posted under many names is not a
    campaign, and then every content signal counts.
    """
    texts = behaviour.item_context
    context = tuple(_safe_text(t) for t in texts) if texts is not None else None
    content = _content_evidence(_safe_text(body), context, settings)
    bot = _behaviour_evidence(behaviour, settings)
    count_content = not behaviour.is_form_letter or any(e.noise for e in content)
    counted = bot + (content if count_content else [])
    value = _noisy_or(e.weight for e in counted)
    reasons = tuple(e.reason(count_content) for e in content) + tuple(e.reason() for e in bot)
    return SpamVerdict(score=value, reasons=reasons, is_spam=value >= settings.threshold)


def preload() -> None:
    """Load every lazy table now (e.g. at app start) so the first comment is not slow."""
    _linkifier()
    _bigram_model()
    _disposable_domains()
    relatedness.common_words()
