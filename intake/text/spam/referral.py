"""Session 20 (adverts20): a promotion code or a referral given to the reader.

"Code TANNER20 gets you the first week free", "use code CITY26 for your first booking free",
"sign up with my referral link tapmint-pay.app/r/HWY29 and we both get $25": a code in capitals
with digits, or a referral path, is how a seller (or an affiliate paid per sign-up) tracks who
sent the buyer, and it reads the same in any language; so is a reader sent by name ("tell her
Danny sent you", "mention this comment for priority", "digam que foram indicados pelo
Manuel"). Residents of the spent corpora write "code" for the city's codes ("zoning code",
"code enforcement", "Water Code § 10730.2", "join by phone, code 4471"): a section, a number,
never a word in capitals with digits. The only resident who wrote such a code quoted it to
warn ("people are posting about a "SpotHop code TANNER20" ... Don't fall for it"): quoted
words and a text naming a scam are not read.

A code or a referral alone weighs ``REFERRAL_WEIGHT``; with what it gets the reader (something
free, a sum, a share off, a bonus, priority) ``REFERRAL_BENEFIT_WEIGHT``, enough alone: no
resident of the spent sets hands out a discount code. Session 20 (lead): but a neighbour who
states where they stand on the item, or a residents' group, may ("Tell them Maria sent you at
the bakery booth, they'll give you a free cookie. I support the fair!"): then the benefit does
not add. Session 21 (res21a): nor for a code whose sales go partly to a cause ("use code
MARKET10 ..., they are donating 5% to the street fair": :func:`solicit.raises_money_for_a_cause`);
no spam of the spent sets with a code names one.
"""

from __future__ import annotations

import regex

from intake.text.spam.contacts import names_a_civic_group
from intake.text.spam.evidence import Evidence
from intake.text.spam.notices import names_a_scam
from intake.text.spam.solicit import raises_money_for_a_cause
from intake.text.spam.verdict import states_a_position

REFERRAL_WEIGHT = 0.55
REFERRAL_BENEFIT_WEIGHT = 0.7

#: The word "code" (promo, coupon, referral, discount code) in several languages.
_CODE_WORD = (
    r"(?:code|c[oó]digo|codice|kode?|kód|код|κωδικ\p{L}*|kodu|코드|コード|码|碼|mã"
    r"|gutschein(?:code)?|coupon|cupom|cup[oó]n|voucher)"
)
#: A code: letters in capitals, with digits or five letters or more ("TANNER20", "LANTERN").
_CODE_SHAPE = r"(?-i:(?=[A-Z0-9]*[A-Z])(?:[A-Z][A-Z0-9]*\d[A-Z0-9]*|\d+[A-Z][A-Z0-9]*|[A-Z]{5,}))"
_CODE_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}]){_CODE_WORD}(?![\p{{L}}])\s*[:：=]?\s*[\"'“”«»‘’]?\s*"
    rf"(?P<token>{_CODE_SHAPE})(?![\p{{L}}\p{{N}}\-])"
)
#: A referral path or parameter in an address, or a referral named.
_REFERRAL_RE = regex.compile(
    r"(?i)(?<=\.[a-z]{2,12})/(?:r|ref|referral)/[a-z0-9_-]{3,}"
    r"|[?&](?:referral|refcode)=[a-z0-9_-]+"
    r"|\breferral\s+(?:link|code|bonus)|\bref(?:erral)?\s+link\b|\bwe\s+both\s+get\b"
    r"|\benlace\s+de\s+referid\p{L}*|\blien\s+de\s+parrainage|\bempfehlungslink"
    r"|\bc[oó]digo\s+de\s+(?:referid|indica[cç][aã]o|convite)\p{L}*|邀请码|推荐码|邀請碼"
    # Word of mouth: the reader sent by name ("tell her Danny sent you", "mention this comment").
    r"|\b(?:tell|let)\s+(?:him|her|them)\s+(?:that\s+)?(?:\p{L}+\s+){1,2}sent\s+you"
    r"|\bmention\s+(?:this|my)\s+(?:comment|post|name|ad)\b"
    r"|\b(?:dile|d[ií]ganle|digan|diga)\s+que\s+(?:vas|van|vienes?|vienen)\s+de\s+parte\s+de"
    r"|\b(?:diga|digam|fala|falem)\s+que\s+(?:foi|foram)\s+indicad[oa]s?\s+pel[oa]"
    r"|\bdites(?:-lui|-leur)?\s+que\s+vous\s+venez\s+de\s+la\s+part"
)
#: What the code gets the reader: something free, a sum, a share off, a bonus, a first order.
_BENEFIT_RE = regex.compile(
    r"(?i)\bfree\b|\bgratis\b|\bgratuit\p{L}*|\bgr[aá]tis\b|\bkostenlos|\bbonus\b|\bdiscount"
    r"|\bdescuento|\bdesconto|\br[ée]duction|\brabatt?|скидк|знижк|\bgiảm\b|\bmiễn\s+phí"
    r"|할인|무료|割引|無料|免费|免費|优惠|折|"
    r"\d\s*%|%\s*\d|[$€£¥₩]\s*\d|\d\s*[$€£¥₩]|\bfirst\s+(?:week|month|order|ride|booking|year)"
    r"|\bpremium\b|\boff\b|\bpriority\b|\bprioridad|\bhalf\s+(?:the\s+)?price"
)
_QUOTED_RE = regex.compile(
    r"\"[^\"\n]{1,120}\"|“[^”\n]{1,120}”|«[^»\n]{1,120}»|„[^“”\n]{1,120}[“”]"
)


_CAPS_WORD_RE = regex.compile(r"\s*[^\p{L}\s]?\s*\p{Lu}{2,}\b")


def _shouted(text: str, found: regex.Match[str]) -> bool:
    """A code of letters alone among words in capitals ("CODE ENFORCEMENT", "building code
    VIOLATIONS HERE"): a text shouting, not a code given."""
    token = found.group("token")
    if any(ch.isdigit() for ch in token):
        return False
    keyword = found.group(0)[: found.start("token") - found.start()].strip(" :=\"'“”«»‘’")
    return keyword.isupper() or bool(_CAPS_WORD_RE.match(text, found.end()))


def referral(prose: str) -> str | None:
    """The code or referral the text gives, or None (quoted words and a warning not read)."""
    if names_a_scam(prose):
        return None
    own = _QUOTED_RE.sub(" ", prose)
    for found in _CODE_RE.finditer(own):
        if _shouted(own, found):
            continue
        return str(found.group(0)).strip()
    found = _REFERRAL_RE.search(own)
    return None if found is None else str(found.group(0)).strip()


def referral_evidence(prose: str) -> list[Evidence]:
    """A promotion code or a referral, weighed more with what it gets the reader."""
    words = referral(prose)
    if words is None:
        return []
    own = _QUOTED_RE.sub(" ", prose)
    neighbourly = (
        states_a_position(own) or names_a_civic_group(own) or raises_money_for_a_cause(own)
    )
    if _BENEFIT_RE.search(own) and not neighbourly:
        return [
            Evidence(
                REFERRAL_BENEFIT_WEIGHT,
                f"advertising: a promotion code or referral ({words[:40]!r}) with what it gets "
                "the reader",
            )
        ]
    return [
        Evidence(REFERRAL_WEIGHT, f"advertising: a promotion code or referral ({words[:40]!r})")
    ]
