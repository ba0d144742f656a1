"""Round 17: a shop's promotion mechanics, with a link to the shop.

"buy 2 get 3 free today only at <shop>", "83% OFF + 3 months FREE. Click: <link>": a multi-buy
("compra 2 y llévate 3", "kup 2 weź 3", "买二送一", "mua 2 tặng 1") or a discount **and** a free
extra in one text is how a shop sells, the same in any language; residents name a shop's sale
("20% off rain barrels this week") but not its mechanics twice over. The relatedness signal
misses such adverts when they open on the item ("Extended amplified-sound permit until 11:30
pm? Sleep through it with ... earplugs"), and it moves with the comments read as context; this
reads the text alone. Counted only with a link outside the allowed domains.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence

PROMO_WEIGHT = 0.55
_MULTI_BUY = regex.compile(
    r"\bbuy\s*\d+\s*(?:,\s*)?get\s*\d+(?:\s*free)?|\b\d\s*for\s*\d\b(?=.{0,20}(?:deal|offer|today))|"
    r"compr[ae]\s*\d+\s*(?:y\s*)?ll[eé]v(?:a|ate)\s*\d+|\b2\s*x\s*1\b|"
    r"ach[eè]te[sz]?\s*\d+\s*,?\s*(?:le\s*)?\d+\s*(?:e|ème)?\s*offert|"
    r"compre\s*\d+\s*(?:e\s*)?leve\s*\d+|kup\s*\d+\s*,?\s*(?:we[zź]|dostaniesz)\s*\d+|"
    r"купи\s*\d+\s*,?\s*(?:получи|второй|третий)|"
    r"买[一二三四五1-5]送[一二三1-3]|mua\s*\d+\s*tặng\s*\d+|\d+\s*al\s*\w+\s*bedava|"
    r"bumili\s*ng\s*\d+\s*,?\s*libre",
    regex.IGNORECASE | regex.DOTALL,
)
_DISCOUNT = regex.compile(
    r"\d{1,2}\s*%\s*(?:off|de\s*descuento|dto|de\s*r[ée]duction|desconto|rabatu?|zniżki|"
    r"скидк\w*|знижк\w*|giảm|indirim|할인|छूट|خصم)|(?:off|-)\s*\d{1,2}\s*%|\d\s*折",
    regex.IGNORECASE,
)
_FREE_EXTRA = regex.compile(
    r"\+\s*\d+\s*\w+\s*(?:free|gratis|gratuit\w*|grátis|darmo\w*|бесплатно|безкоштовно|miễn\s*phí|"
    r"ücretsiz|무료|मुफ्त|مجان\w*)|(?:free|gratis)\s*(?:gift|bonus|months?|shipping\s*\+)",
    regex.IGNORECASE,
)


def promotion(prose: str) -> str | None:
    """The words of a shop's promotion mechanics, or None."""
    found = _MULTI_BUY.search(prose)
    if found:
        return str(found.group(0))
    discount, extra = _DISCOUNT.search(prose), _FREE_EXTRA.search(prose)
    if discount and extra:
        return f"{discount.group(0)} ... {extra.group(0)}"
    return None


def promo_evidence(prose: str, outside_links: int) -> list[Evidence]:
    """A shop's promotion with a link to somewhere outside the allowed domains."""
    if not outside_links:
        return []
    words = promotion(prose)
    if words is None:
        return []
    detail = f"advertising: a shop's promotion ({words[:40]!r}) with a link"
    return [Evidence(PROMO_WEIGHT, detail)]
