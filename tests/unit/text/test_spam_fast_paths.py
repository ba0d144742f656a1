"""The spam engine's fast paths give exactly what the plain code they replaced gives.

Each fast function (ASCII shortcuts, one search before many, per-text and per-token caches) is
compared with a plain reference written here the way the engine first wrote it, on texts in many
scripts, with links, addresses, phone numbers, handles, emoji, invisible characters, and empty.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable
from dataclasses import replace

import pytest

from intake.text import relatedness
from intake.text.marks import drop_combining
from intake.text.spam import (
    Behaviour,
    SpamSettings,
    TextMemo,
    folding,
    noise,
    repetition,
    score,
    solicit,
    wants_item_context,
)
from intake.text.spam import links as links_module
from intake.text.spam.evidence import ASCII_WORD_RE, WORD_RE, safe_text
from intake.text.spam.links import Link, digit_count, find_links, linkifier, phone_count

S = SpamSettings()

TEXTS = [
    "",
    " ",
    "\n\n",
    "Please keep the library open on weekends; my kids study there.",
    "Call me at 916-555-0142 or (415) 555-0100, or +1 415 555 0199 any time.",
    "Mi número es 0912 345 678 y el de mi hermana +52 55 1234 5678.",
    "Resolution 2026-00837 passed 7-2 and the budget is $2,000,000 (50 000 €).",
    "Write to ana@example.org or visit https://www.saccity.gov/agenda/2026/item-8.pdf today",
    "Cheap meds at http://deals.example.xyz only $19.99 click here www.shop.example.net",
    "DM @quotesbot on telegram or t.me/cheapdeals, wa.me/15551234567",
    "Estimados miembros del Concejo: la acción de la ciudad es importante, señor alcalde.",
    "Уважаемый совет, пожалуйста, сохраните библиотеку открытой по выходным.",
    "Αγαπητό συμβούλιο, παρακαλώ κρατήστε τη βιβλιοθήκη ανοιχτή.",
    "نرجو من المجلس إبقاء المكتبة مفتوحة في عطلة نهاية الأسبوع ٣٤٥٦٧٨٩٠١٢",
    "אנא השאירו את הספרייה פתוחה בסופי שבוע",
    "कृपया सप्ताहांत में पुस्तकालय खुला रखें १२३४५६७८९०",
    "请在周末保持图书馆开放。市议会应该保护我们的社区。",
    "週末も図書館を開けてください。カタカナとひらがな。",
    "กรุณาเปิดห้องสมุดในวันหยุดสุดสัปดาห์",
    "Xin hãy giữ thư viện mở cửa vào cuối tuần, nghị quyết này rất quan trọng.",
    "ქწერტყუიოპ ასდფგჰჯკლ ზხცვბნმ ქწერტყ ასდფგ ზხცვბ",
    "ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺᚾᛁᛃ ᛇᛈᛉᛊᛏᛒ ᛖᛗᛚᛜᛞᛟ",
    "asdkjh qwe zxcvb asdf qwerty lkjhg poiuy mnbvc 4411",
    "🙂🙂🙂 great great great great great great 🎉 👍🏽 ❤️",
    "Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ ａｎｄ ＡＢＣ １２３ ﬁ ligature ℌ",
    "Zero\u200bwidth\u200d joiners and soft\u00adhyphens, “quotes” — dashes… ½ ² ③",
    "Combining: e\u0301 a\u0308 n\u0303 \u0301\u0301 Ǆ ǅ ß ẞ İ ŉ",
    "Separators\x1cinside\x1dwords\x1ehere\x1fand\u2028lines\u2029paras\x85next.ex.com",
    "mail@sub.example.co.uk,http://a.b.c.example.io/x?y=1#z and www.x.y.example.club/",
    "ana@saccity.gov wrote: see https://saccity.gov/x and http://user:pw@host.example.com:8080/p",
    safe_text("lone \ud800 surrogate \udfff text with 916 555 0142"),
    "1 2 3 4 5 6 7 8 9 0 11 22 33 44 55 66 77 88 99",
    "x." * 600 + "com",
    "word " * 300 + "https://example.com/a/b",
]


def all_characters() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


# --------------------------------------------------------------------------- references


def plain_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def plain_word_fold(text: str) -> str:
    """The fold words are compared by (session 18): ``plain_fold`` without the spacing modifier
    letters U+02B0-U+02FF (the Hawaiian ʻokina)."""
    return "".join(ch for ch in plain_fold(text) if not 0x2B0 <= ord(ch) < 0x300)


def plain_find_links(body: str) -> list[Link]:
    found = []
    for word in body.split():
        if not links_module._LINK_CANDIDATE_RE.search(word):
            continue
        for m in linkifier().match(word[: links_module._MAX_LINK_WORD]) or []:
            is_email = m.schema == "mailto:"
            host = links_module._host_of(m.url, is_email)
            found.append(Link(raw=m.raw, host=host, is_email=is_email))
    return found


def plain_phone_count(prose: str, region: str) -> int:
    """The matcher run on every call, digits counted one by one (the number-shape rule itself,
    ``_phone_like``, is the engine's own: what the fast path changes is around it)."""
    if sum(ch.isdigit() for ch in prose) < links_module.MIN_PHONE_DIGITS:
        return 0
    import phonenumbers

    matcher = phonenumbers.PhoneNumberMatcher(
        prose, region, leniency=phonenumbers.Leniency.VALID, max_tries=200
    )
    found = [m.raw_string for m in matcher]
    rest = links_module.strip_spans(prose, found)
    return len(found) + len(links_module._phone_like(rest))


def plain_bigram_logprobs(tokens: list[str], model: noise._BigramModel) -> list[float]:
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


def plain_other_script(sample: str) -> tuple[int, int, int, int]:
    """What the other-script test measures: letters, historic letters, Georgian letters and
    Georgian letters on one row (the verdict follows from these and the settings)."""
    letters = len(noise._LETTER_RE.findall(sample))
    historic = len(noise._HISTORIC_RE.findall(sample))
    words = noise._OTHER_SCRIPT_RE.findall(sample)
    in_script = sum(len(w) for w in words)
    on_row = sum(
        len(w) for w in words if len(w) >= 3 and any(set(w) <= r for r in noise._OTHER_ROWS)
    )
    return letters, historic, in_script, on_row


def plain_other_script_evidence(sample: str, s: SpamSettings) -> list[str]:
    letters, historic, in_script, on_row = plain_other_script(sample)
    if historic >= noise.HISTORIC_MIN_LETTERS and historic >= noise.HISTORIC_SHARE * letters:
        return [f"gibberish: {historic} of {letters} letters are of a script no one writes today"]
    if in_script < noise.OTHER_ROW_MIN_LETTERS or in_script < noise.HISTORIC_SHARE * letters:
        return []
    if on_row >= noise.OTHER_ROW_SHARE * in_script:
        return [f"gibberish: {on_row / in_script:.0%} of the letters on one keyboard row"]
    return []


def plain_content_terms(text: str) -> set[str]:
    common = relatedness.common_words()
    terms: set[str] = set()
    for token in relatedness._WORD_RE.findall(plain_word_fold(text)):
        if relatedness._UNSPACED_RE.search(token):
            chars = [c for c in token if relatedness._UNSPACED_RE.match(c)]
            terms.update(a + b for a, b in itertools.pairwise(chars))
        elif (
            len(token) >= relatedness.MIN_TERM_CHARS and not token.isdigit() and token not in common
        ):
            terms.add(token[: relatedness.STEM_CHARS])
    return terms


# --------------------------------------------------------------------------- comparisons


def test_digit_count_is_isdigit_over_every_character() -> None:
    everything = all_characters()
    assert digit_count(everything) == sum(ch.isdigit() for ch in everything)
    for text in [*TEXTS, "".join(chr(c) for c in range(128))]:
        assert digit_count(text) == sum(ch.isdigit() for ch in text), text


@pytest.mark.parametrize(
    ("fold", "plain"),
    [(noise._fold, plain_fold), (relatedness._fold, plain_word_fold)],
    ids=["noise", "relatedness"],
)
def test_fold_is_nfkd_without_marks(fold: object, plain: Callable[[str], str]) -> None:
    assert callable(fold)
    everything = all_characters()
    assert fold(everything) == plain(everything)
    for text in TEXTS:
        assert fold(text) == plain(text), text
        assert fold(text.upper()) == plain(text.upper()), text


def plain_fold_dstroke(text: str) -> str:
    """The spam signals' fold: "đ" read as "d" first (it has no decomposition)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("đ", "d"))
    return "".join(
        ch for ch in decomposed if not unicodedata.combining(ch) and not 0x2B0 <= ord(ch) < 0x300
    )


def test_drop_combining_is_the_per_character_test() -> None:
    everything = all_characters()
    for text in (everything, unicodedata.normalize("NFKD", everything), *TEXTS, "e\u0301\u0301"):
        assert drop_combining(text) == "".join(
            ch for ch in text if not unicodedata.combining(ch)
        ), text[:40]


@pytest.mark.parametrize(
    "fold",
    [folding.fold, solicit._fold],
    ids=["folding", "solicit (cached)"],
)
def test_the_spam_signals_folds_are_nfkd_without_marks(fold: object) -> None:
    assert callable(fold)
    everything = all_characters()
    for text in (everything, *TEXTS, "Inbox ngay, đặt hàng: Tư vấn MIỄN PHÍ"):
        assert fold(text) == plain_fold_dstroke(text) or (
            text.isascii() and fold(text) == text.lower()
        ), text[:40]


def test_find_links_matches_the_per_word_search() -> None:
    for text in TEXTS:
        assert find_links(text) == plain_find_links(text), text
        assert find_links(text) == plain_find_links(text), text  # again, from the cache
    found = find_links(TEXTS[7])
    found.clear()  # a caller's list is its own: the cache is not changed through it
    assert find_links(TEXTS[7]) == plain_find_links(TEXTS[7]) != []


def test_phone_count_matches_the_plain_matcher_in_each_region() -> None:
    for text, region in itertools.product(TEXTS, ("US", "MX", "DE")):
        s = SpamSettings(phone_region=region)
        assert phone_count(text, s) == plain_phone_count(text, region), (text, region)
        assert phone_count(text, s) == plain_phone_count(text, region), (text, region)
    assert phone_count(TEXTS[4], S) == 3


def test_bigram_scores_match_the_plain_loop_also_when_the_cache_is_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = noise.bigram_model()
    for text in TEXTS:
        tokens = noise._ALPHA_RE.findall(noise._fold(text))
        assert noise._bigram_logprobs(tokens, model) == plain_bigram_logprobs(tokens, model)
    monkeypatch.setattr(noise, "TOKEN_CACHE", 3)
    model.token_scores.clear()
    tokens = noise._ALPHA_RE.findall(noise._fold(" ".join(TEXTS)))
    for _ in range(2):
        assert noise._bigram_logprobs(tokens, model) == plain_bigram_logprobs(tokens, model)
    assert len(model.token_scores) <= 3


def test_other_scripts_are_judged_as_before() -> None:
    samples = [
        *TEXTS,
        "ᚠᚢᚦᚨᚱᚲᚷᚹ " + "a" * 8,  # historic letters, exactly half
        "ᚠᚢᚦᚨᚱᚲᚷᚹ " + "a" * 9,  # historic letters, just under half
        "ქწერტყუიოპ ასდფგჰჯ " + "abc " * 5,  # Georgian on one row, among Latin
        "ქწერტყუიოპ ასდფგჰჯ " + "abcdefghij " * 4,  # Georgian under half the letters
        "გამარჯობა მეგობრებო ქალაქის საბჭო",  # Georgian words, not on one row
        "“Quoted” — ქწერტყუიოპ ასდფგჰჯკლ ზხცვბნმ…",  # typography among Georgian mashing
        "“𐌰𐌱𐌲𐌳𐌴𐌵𐌶𐌷𐌸” — … ok",  # historic letters in the astral planes
        "ⰀⰁⰂⰃⰄⰅⰆⰇⰈ Glagolitic ᚁᚂᚃ Ogham",
    ]
    for sample in samples:
        got = [e.detail for e in noise._other_script_evidence(sample, S)]
        assert got == plain_other_script_evidence(sample, S), sample
    assert noise._other_script_evidence(samples[-8], S)  # the historic case is found at all
    assert noise._other_script_evidence(samples[-6], S)  # and the Georgian row case
    assert noise._other_script_evidence(samples[-3], S)  # among typography too
    assert noise._other_script_evidence(samples[-2], S)


def test_ascii_tokens_are_the_unicode_patterns_tokens() -> None:
    ascii_text = "".join(chr(c) for c in range(128)) + " ab1_c-d'e9 Z"
    for text in [ascii_text, ascii_text.casefold(), *TEXTS, *(noise._fold(t) for t in TEXTS)]:
        assert noise._alpha_tokens(text) == noise._ALPHA_RE.findall(text), text
        if text.isascii():  # what repetition counts in ASCII text
            assert ASCII_WORD_RE.findall(text) == WORD_RE.findall(text), text
    assert repetition.repeat_evidence("hello " * 20, S)


def test_repetition_folds_case_before_splitting_as_after() -> None:
    """``repetition.words`` and ``words_and_symbols`` fold the text, then split it: the same
    tokens as splitting, then folding each, for every character."""
    spaced = " ".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert repetition.words(spaced) == [t.casefold() for t in WORD_RE.findall(spaced)]
    symbols = repetition._WORD_OR_SYMBOL_RE
    assert repetition.words_and_symbols(spaced) == [t.casefold() for t in symbols.findall(spaced)]


def test_content_terms_match_the_plain_tokeniser() -> None:
    for text in TEXTS:
        assert relatedness.content_terms(text) == plain_content_terms(text), text
        terms = relatedness.content_terms(text)
        terms.add("mutated")  # the caller's set is its own
        assert relatedness.content_terms(text) == plain_content_terms(text), text
    assert relatedness.context_terms(TEXTS) == set().union(*map(plain_content_terms, TEXTS))


def test_a_batchs_text_memo_scores_every_text_as_scoring_it_afresh_does() -> None:
    """A batch scores a text met before from its memo (:class:`TextMemo`): the verdict, reasons
    included, is the one scoring the text afresh gives, with the item's context as it was for
    that comment (the same words may be related to one item and not to another), and the memo
    answers a repeat without reading the text again (one entry per distinct text and context)."""
    contexts = (
        None,
        ("Library hours on weekends", "Keep the branch libraries open for students."),
        ("Parking minimums near light rail stations",),
    )
    memo = TextMemo(S)
    plain = Behaviour(email=None)
    campaign = Behaviour(email=None, is_form_letter=True)
    for _round in range(2):
        for text, context, behaviour in itertools.product(TEXTS, contexts, (plain, campaign)):
            given = replace(behaviour, item_context=context)
            assert score(text, given, S, memo=memo) == score(text, given, S)
            assert memo.wants_item_context(text) == wants_item_context(text, S)
    assert len(memo._content) == len(set(TEXTS)) * len(contexts)


def test_the_per_text_caches_answer_as_reading_the_text_afresh() -> None:
    """Invitations, disguises and messenger IDs are kept per text (the service asks of each text
    whether it wants the item's context, then scores it): a kept answer equals one worked out
    with every cache empty, and a caller changing the list it got does not change the next."""
    from intake.text.spam import contacts, disguise
    from intake.text.spam.scoring import content_evidence

    kept = (solicit._invitations, solicit._fold, disguise._disguises, contacts._messenger_ids)
    texts = [*TEXTS, "DM me on WhatsApp +1 415 555 0100, inbox ngay, pharm dot example dot com"]
    context = ("Library hours on weekends", "Keep the branch libraries open for students.")
    for text in texts:
        for cached in kept:
            cached.cache_clear()
        afresh = content_evidence(text, context, S), wants_item_context(text, S)
        warm = content_evidence(text, context, S), wants_item_context(text, S)
        assert warm == afresh, text[:40]
        got = solicit.invitations(text)
        got.append("changed")
        assert "changed" not in solicit.invitations(text)
        found = disguise.disguise_evidence(text, text, S)
        found.clear()
        assert disguise.disguise_evidence(text, text, S) == list(disguise._disguises(text, text, S))
        ids = contacts.messenger_ids(text)
        ids.append("changed")
        assert "changed" not in contacts.messenger_ids(text)
