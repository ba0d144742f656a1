"""Advertising: ad-shaped prices and marketing calls to action."""

from __future__ import annotations

import regex

from intake.text import relatedness
from intake.text.spam.evidence import Evidence, words_in
from intake.text.spam.links import strip_phone_like
from intake.text.spam.plea import pleads_with_the_deciders
from intake.text.spam.sentences import sentence_at
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import a_change
from intake.text.spam.verdict import calls_for_a_vote

_PRICE_RE = regex.compile(
    r"""(?xi)
    (?:[$€£]\s?\d{1,5}[.,]\d{2}(?!\d))          # $49.99, €9,99
    | (?:(?<![\d.,])\d{1,5}[.,]\d{2}\s?[$€£](?!\w)) # 39,99 €
    | (?:\b\d{1,3}\s?%\s?off\b)                  # 50% off
    | (?:\b(?:only|just|save)\s[$€£]\s?\d+(?:[.,]\d{2})?)  # only $20, save $100
    # from $20 (a starting price); session 22 (res22): not "from $25 to $40", a fee's change
    | (?:\bfrom\s[$€£]\s?\d+(?:[.,]\d{2})?(?![\d.,]*\s+to\s))
    | (?:[$€£]\s?\d+(?:[.,]\d+)?\s?(?:/|per\s)(?:pill|day|month|tab|box))
    # Session 26 (spend26b): the word "price" and a starting price, in the languages adverts
    # come in ("Cijena od 2.490 $", "precios desde $70", "prix à partir de 39 €", "Preise ab
    # 49 €", "цена от $300"): a price list's, which a resident naming a fee does not write.
    | (?:\b(?:price|prices|cijen[ae]|cen[ay]|precios?|prix|preis|preise|pre[çc]os?|prezz[oi]
          |fiyat\w*|цен[аыу]|цін[аи]|harga)
        \s+(?:\w+\s+)?
        (?:from|od|desde|a\s+partir\s+de|à\s+partir\s+de|dès|ab|от|від|dari|da|vanaf|itibaren)
        \s+(?:[$€£]\s?\d[\d.,]*+|\d[\d.,]*\s?[$€£])
        (?!\s*(?:to|do|a|hasta|à|au|bis|до|na|hingga|-|–)\s))  # not a range: a fee's change
    """,
)

#: A character each of :data:`_PRICE_RE`'s forms holds (none has another case).
_PRICE_SIGNS = ("$", "€", "£", "%")

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


#: Session 27 (res27): a figure after "=": a sum worked out.
_RESULT_RE = regex.compile(r"=\s*[$€£]?\s?\d")


def in_a_worked_sum(prose: str, at: int) -> bool:
    """Session 27 (res27): the figure at ``at`` is in a sentence that works a sum out ("4,000 gal
    x $6.45 = $25.80, plus $12.50 base = $38.30", in any language): a resident's arithmetic of
    a bill or a fee, each price a term or a result of it. An advert's price list states its
    prices; it does not add them up to an "=" for the reader."""
    return _RESULT_RE.search(sentence_at(prose, at)) is not None


#: Session 27 (res27): a figure, an operator, a figure and "=" before a figure, in one line.
_WORKED_SUM_RE = regex.compile(
    r"\d[^\n=]{0,60}?(?<![\p{L}])[×xX*+÷/](?![\p{L}])[^\n=]{0,60}?\d[^\n=]{0,30}?=\s*[$€£]?\s?\d"
)


def works_a_sum(prose: str) -> bool:
    """Session 27 (res27): the text works a sum out, "4,000加仑 × $6.45 = $25.80" in any
    language: the resident's arithmetic of a bill or a fee, read in any script."""
    return "=" in prose and _WORKED_SUM_RE.search(prose) is not None


def price_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """Prices with cents or discounts look like ads; budget talk ("$2 million") does not match.
    Session 27 (res27): nor do the prices of a sum worked out (:func:`in_a_worked_sum`)."""
    # Every form the pattern knows holds a currency sign or a percent sign, which few texts do.
    if not any(sign in prose for sign in _PRICE_SIGNS):
        return []
    hits = [m.group(0) for m in _PRICE_RE.finditer(prose) if not in_a_worked_sum(prose, m.start())]
    if not hits:
        return []
    return [Evidence(s.price_weight, f"advertising: {len(hits)} price(s) like {hits[0].strip()!r}")]


def cta_evidence(prose: str, s: SpamSettings) -> list[Evidence]:
    """Marketing calls to action; each distinct phrase adds weight up to a cap."""
    phrases = sorted({" ".join(m.lower().split()) for m in _CTA_RE.findall(prose)})
    if not phrases:
        return []
    weight = min(s.cta_max_weight, s.cta_weight * len(phrases))
    shown = ", ".join(repr(p) for p in phrases[:3])
    return [Evidence(weight, f"call to action: {shown}")]


# A sum of money, a percentage, or a number of 100 or more, in any language: a currency sign
# on either side of a number, a number and a percent sign, or three or more digits (grouped or
# not) that are not a year nor (round 6) a service number ("311", "911"). Phone numbers are
# removed first.
_MONEY_RE = regex.compile(
    r"""(?x)
      \p{Sc}\s?\d[\d.,]*
    | \d[\d.,]*\s?\p{Sc}
    | \d+\s?[%٪％﹪]
    | \d[\d.,]*\s?(?:[万萬만億억千천]\s?)?[元円원块塊圓]
    | (?<![\d.,])\d{1,3}(?:[\s.,]\d{3})+(?![\d])
    | (?<![\d.,])(?!(?:19|20)\d\d(?!\d))(?![2-9]11(?!\d))\d{3,}
    """
)


# A bare number followed by a capitalised name: a street address ("1422 Harbor Avenue",
# "1450 Harbor Ave."), not a sum. "500 TL" (a currency code in capitals) stays a sum.
_NAME_AFTER_RE = regex.compile(r"\s+\p{Lu}\p{Ll}")


def _house_number(text: str, found: regex.Match[str]) -> bool:
    return found.group().strip().isdigit() and bool(_NAME_AFTER_RE.match(text, found.end()))


def _sum_key(sum_: str) -> tuple[str, bool]:
    """A sum's digits and whether it is a percentage ("$18 million" is not "18%")."""
    return "".join(c for c in sum_ if c.isdigit()), any(c in "%٪％﹪" for c in sum_)


def _title_sum(found: regex.Match[str], context: tuple[str, ...] | None) -> bool:
    """The sum is one the item's title names (session 14: "$25 is too much for my family" on
    "a $25 yearly permit to fish from the pier"): the item's own figure, not a price offered."""
    if not context:
        return False
    return _sum_key(found.group()) in {_sum_key(m.group()) for m in _MONEY_RE.finditer(context[0])}


# A bare number followed by a word: what the number counts ("900 tenants", "300 vecinos").
_COUNTED_RE = regex.compile(r"\s*([\p{L}\p{M}]+)")


def _counts_item_terms(text: str, found: regex.Match[str], context: tuple[str, ...] | None) -> bool:
    """A bare number (no currency, no percent) counting something the item or its comments speak
    of (session 14: "Over 900 tenants have signed our petition" on a rent cap): a count of the
    item's people or things, not a sum offered. A sum is written with its currency."""
    if not context or not found.group().strip().replace(",", "").replace(".", "").isdigit():
        return False
    counted = _COUNTED_RE.match(text, found.end())
    if counted is None:
        return False
    terms = relatedness.content_terms(counted.group(1))
    return bool(terms) and terms <= relatedness.context_terms(context)


# Session 21: what a petition's count counts, in the languages of the seats' residents: "our
# petition with 1,140 names", "1.200 firmas", "3 000 signatures", "1 140 подписей", "500 chữ ký".
_SIGNERS_RE = regex.compile(
    r"""(?xi)\s*(?:
      signatures?|signers?|signatories|names|firmas?|firmantes|assinaturas|signataires
    | unterschriften|podpis(?:y|ów)|подпис(?:ей|и|ь)|підпис(?:ів|и)|imza(?:lar)?[ıi]?
    | ch(?:ữ|u)\s?k(?:ý|y)|توقيع(?:ا|ات)?|امضا(?:ء)?|签名|簽名|서명
    )(?!\p{L})"""
)


def _counts_signers(text: str, found: regex.Match[str]) -> bool:
    """A bare number counting a petition's names or signatures (session 21: "our petition with
    1,140 names" beside the petition's page, on an item whose words never say "names"): how
    many people signed, which a resident cites as a count of voices; a sum offered is written
    with its currency, and a count of signatures sold still names its price."""
    bare = found.group().strip().replace(",", "").replace(".", "").replace(" ", "")
    return bare.isdigit() and bool(_SIGNERS_RE.match(text, found.end()))


def offer_evidence(
    prose: str, reachable: bool, s: SpamSettings, context: tuple[str, ...] | None = None
) -> list[Evidence]:
    """A short comment naming a sum, a percentage or a large number, with a way to reach
    someone: what an offer looks like in any language ("Gana 500 dólares diarios ... +52 ...",
    "Giảm giá 70% ... https://..."). A resident's short comment with a number rarely carries
    a link or a contact too, and a longer letter citing a budget is not short. The item's
    ``context`` (title first) tells the item's own sums and what its commenters count.
    Session 21 (res21b): not when the writer asks those who decide to change the item
    (:func:`plea.pleads_with_the_deciders`: "请市议会降低费用", "再検討をお願いします"): the sum
    is what the item costs them, said to the council.

    Session 21 (res21a): not in a text that calls for a vote on the item ("Homes near parks sell
    8% faster. Vote yes." and a realtor's signature): the figure argues for a side, it is no
    price offered. No spam of the spent corpora with such a figure and a way to reach calls for
    a vote; the text's contacts still count."""
    if not reachable or pleads_with_the_deciders(prose) or calls_for_a_vote(prose):
        return []
    words = words_in(prose)  # session 25: a Chinese paragraph is no "7 words" (res23)
    if words > s.offer_max_words:
        return []
    text = strip_phone_like(prose, s.phone_region)
    found = next(
        (
            m
            for m in _MONEY_RE.finditer(text)
            if not _house_number(text, m)
            and not _title_sum(m, context)
            and not _counts_item_terms(text, m, context)
            and not _counts_signers(text, m)
            and not a_change(text, *m.span())
        ),
        None,
    )
    if found is None:
        return []
    detail = f"offer: {found.group().strip()!r} in {words} words with a way to reach someone"
    return [Evidence(s.offer_weight, detail)]
