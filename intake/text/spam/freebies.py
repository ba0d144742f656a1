"""Session 27 (spend27b): something free, a small fee to deliver it, and the reader's card.

"2 FREE 15-gallon trees! Only $9.95 delivery. Register with your card today: ..." is the
free-trial trap in a city program's name: the gift is the bait, the card the catch (it is
billed again, or sold). A city's free tree, mulch or smoke alarm is picked up or brought without
a card; a neighbour giving away plants asks for none. A resident who tells neighbours that the
county delivers mulch for $25 names no card to register: the card, asked beside a free thing
and a fee to ship or deliver it, is what is read, in the languages comments come in. A text
warning of the scam or telling the reader not to pay is not read.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.upfront import reports_a_scam

_FREE_RE = regex.compile(
    r"(?i)(?<!\p{L})(?:free|gratis|gratuit\p{L}*|gr[aá]tis|kostenlos|mi[eễ]n\s*ph[ií]|libre|免费|"
    r"免費|무료)(?!\p{L})"
)
#: A fee to deliver, ship or handle, with its sum near it (either order).
_FEE = (
    r"deliver\w*|shipping|ship|handling|processing|postage|env[ií]o|entrega|livraison|frete"
    r"|versand|giao\s*h[aà]ng|ph[ií]\s*(?:giao|v[aậ]n\s*chuy[eể]n)|padala|运费|運費|배송비|택배비"
)
_SUM = r"(?:[$€£₱]\s*\d[\d.,]*|\d[\d.,]*\s*(?:[$€£₱]|dollars?|d[oó]lares|euros?|usd))"
_FEE_RE = regex.compile(
    rf"(?i){_SUM}[^.!?\n]{{0,25}}?(?<!\p{{L}})(?:{_FEE})|(?<!\p{{L}})(?:{_FEE})(?!\p{{L}})"
    rf"[^.!?\n]{{0,25}}?{_SUM}"
)
#: The reader's card asked for ("with your card", "credit card", "tarjeta", "carte bancaire").
_CARD_RE = regex.compile(
    r"(?i)(?<!\p{L})(?:(?:your|credit|debit|bank)\s*card|card\s*(?:number|details|today|now)"
    r"|tarjeta|carte\s*(?:bancaire|de\s*cr[ée]dit)|cart[aã]o|th[eẻ]\s*(?:t[ií]n\s*d[uụ]ng|ng[aâ]n"
    r"\s*h[aà]ng)|信用卡|银行卡|銀行卡|카드)(?!\p{L})"
)
#: Weight of the trap: with a link or a price named, it reaches the threshold.
FREEBIE_WEIGHT = 0.45


def freebie_fee_evidence(prose: str) -> list[Evidence]:
    """Something free, a fee to deliver or ship it with its sum, and the reader's card asked."""
    free = _FREE_RE.search(prose)
    if free is None:
        return []
    fee = _FEE_RE.search(prose)
    if fee is None or _CARD_RE.search(prose) is None:
        return []
    if reports_a_scam(prose):
        return []
    detail = f"lure: a free thing with a fee to deliver it, paid by card ({fee.group()[:40]!r})"
    return [Evidence(FREEBIE_WEIGHT, detail)]
