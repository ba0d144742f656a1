"""Round 15: a messenger app named as the way to reach a seller, next to a sum or a percentage.

"Earn $300-$800 a day ... Message our HR manager on WhatsApp", "添加老师WhatsApp ... 收益38%",
"₹5000 रोज़ ... टेलीग्राम ग्रुप जॉइन करें", "Peye sèlman $300 pa Zelle. Ekri nou sou WhatsApp":
money, luck and jobs offered in any language, reached through a messenger **named without an ID**
(round 5 reads the app's name next to an ID or number; round 8 reads "join our Telegram group").
Written in a language nobody on the item used, such a text is left unjudged by relatedness, and
it has nothing else the engine reads. A messenger's name is a brand, spelled the same way (or in
a few fixed spellings) in every language, and money is a figure with a currency or a percentage:
the pair is not a phrase of any language.

Residents name messengers too: a volunteers' WhatsApp group, a parents' group walking children
to school, a seniors' swim group, a community chat. On every corpus of the quality benchmark
none of them names a sum or a percentage, while about a hundred spam comments of 14 sets do. A
group that meets names a time of day ("Saturday at 10am", :mod:`events`); then the pair is not
read. The evidence is a way to reach the writer (for relatedness, not for the short-offer
signal) and selling outright (an offer with a channel to buy through), so relatedness judges
such a text even when it is written apart: alone it stays under the threshold, and a resident
on the item's subject ("our WhatsApp group raised $450 for the pool's ramp") shares the item's
words. A resident writing in a language nobody on the item used, naming a group's chat and a
sum without an hour, would be judged by relatedness too: that is the rule's risk.
"""

from __future__ import annotations

import regex

from intake.text import relatedness
from intake.text.spam.contacts import names_a_messenger
from intake.text.spam.events import names_a_time
from intake.text.spam.evidence import Evidence
from intake.text.spam.numbers import ascii_digits
from intake.text.spam.plea import pleads_with_the_deciders
from intake.text.spam.settings import SpamSettings
from intake.text.spam.solicit import money, money_asked, money_spans, raises_money_for_a_cause

#: A link into a messenger's chat ("t.me/name", "wa.me/15550147", "chat.whatsapp.com/…"):
#: the app is named by its link (:data:`intake.text.spam.links.CHAT_HOSTS`).
_CHAT_LINK_RE = regex.compile(r"(?i)(?<![\w.])(?:t|wa|telegram)\.me/|chat\.whatsapp\.com/")


def messenger_money(prose: str, body: str, context: tuple[str, ...] | None = None) -> str | None:
    """The messenger named in a text (``prose``, or a chat link in ``body``) that also names a
    sum of money or a percentage and no time of day, or None. Session 15: not when every sum is
    of the item's subject (:func:`prices_the_item`). Session 21 (res21b): not when the writer
    asks those who decide to change the item (:func:`plea.pleads_with_the_deciders`: "Pido
    que bajen la cuota ... mi WhatsApp es ..."): the sum is what the item costs them; nor
    when it raises money for a cause (:func:`solicit.raises_money_for_a_cause` with
    ``or_raising``: "we're raising money for ...", a family named): the sum is what was raised
    or what a jersey costs, and the messenger is how to give. A false charity of the spent sets
    ("koox masjid, waxaan u ururinaynaa sakada ...") names no messenger beside a sum.
    Session 21 (res21a): nor when the text says where the money goes ("all money goes to
    cleats, WhatsApp Hodan to order"): a fundraiser's sale, whose buyers order through the
    seller's chat as a shop's do. Session 27 (res27): nor a sum the writer says they pay
    (:func:`solicit.money_asked`: "Hoje pago $35 por dia num estacionamento. Peça pelo
    WhatsApp"), a vendor's cost, not a price."""
    name = names_a_messenger(prose)
    if name is None:
        found = _CHAT_LINK_RE.search(body)
        name = found.group() if found else None
    if name is None or not (money_asked(prose) or worded_sums(prose)) or names_a_time(prose):
        return None
    if (
        prices_the_item(prose, context)
        or pleads_with_the_deciders(prose)
        or raises_money_for_a_cause(prose, or_raising=True)
    ):
        return None
    return name


#: Session 15: the names of currencies written after (or, for the rupee's and the rupiah's
#: abbreviations, before) a number, where no sign is used: "2000 dólares", "3000 دولار",
#: "300 de euro", "12,000 ש״ח", "रु. ३,००,०००", "Ksh 50,000". Names, not phrases: a currency is
#: called the same in a sentence of any kind.
_CURRENCY_NAMES = (
    "dollars?", "d[oó]lar(?:es)?", "dollari", "euros?", "евро", "доллар(?:ов|а)?", "долар(?:ів|а)?",
    "грн", "гривень", "гривні", "рубл(?:ей|я|ь)", "руб", "دولار", "دولارات", "يورو", "ريال",
    "درهم", "جنيه", "دينار", "تومان", "ש[\"״]ח", "שקל(?:ים)?", "lira", "tl", "lei", "zł",
    "złotych", "pesos?", "reais", "naira", "cedis", "shilingi", "rupees?", "रुपये", "रुपैयाँ",
    "টাকা", "ringgit", "baht", "บาท", "đồng", "gourdes?", "birr", "ብር",
    # Session 28 (spend28b): the dollar as Persian, Dari, Urdu, Pashto, Amharic, Korean and
    # Telugu write it ("ماهانه فقط ۸۰ دالر", "۱۰۰ ډالره فیس").
    "دلار", "دالر", "ڈالر", "ډالر(?:ه)?", "ዶላር", "달러", "డాలర్(?:లు)?",
)  # fmt: skip
_CURRENCY_BEFORE = ("rs", "rp", "ksh", "tsh", "ush", "रु", "रू", "৳")
_WORDED_SUM_RE = regex.compile(
    rf"(?i)(?<![\d.,])\d[\d.,]*\s?(?:de\s)?(?:{'|'.join(_CURRENCY_NAMES)})(?![\p{{L}}\p{{M}}])"
    rf"|(?<![\p{{L}}\p{{M}}])(?:{'|'.join(_CURRENCY_BEFORE)})\.?\s?\d[\d.,]*"
)


def worded_sums(prose: str) -> list[tuple[int, int]]:
    """Where each sum written with a currency's name starts and ends (session 15)."""
    return [m.span() for m in _WORDED_SUM_RE.finditer(prose)]


#: The word after a sum: what the sum is of ("$900 deposit", "500 € fianza").
_SUM_OF_RE = regex.compile(r"[\d.,]*\s*([\p{L}\p{M}]+)")


def prices_the_item(prose: str, context: tuple[str, ...] | None) -> bool:
    """Session 15: every sum in the text is the item's: the title's own figure ("O passe de 20
    dólares" on "a $20 monthly pass", as for the offer signal since session 14), or a sum of a
    word of the title ("They ask for a $900 deposit by wire" on an item about security
    deposits). A resident telling what the item costs them or what happened to them, not money
    offered. The title's figure and word, not a phrase of any language, tell it."""
    if not context:
        return False
    title = relatedness.content_terms(context[0])
    own = {ascii_digits(m.group()) for m in _NUMBER_RE.finditer(context[0])}
    sums = money_spans(prose) + worded_sums(prose)
    if not sums:
        return False
    for start, end in sums:
        if ascii_digits(prose[start:end]) in own:
            continue
        named = _SUM_OF_RE.match(prose, end)
        terms = relatedness.content_terms(named.group(1)) if named else set()
        if not terms or not terms <= title:
            return False
    return True


_NUMBER_RE = regex.compile(r"\d[\d.,]*")


def messenger_money_evidence(name: str | None, s: SpamSettings) -> list[Evidence]:
    """Evidence for :func:`messenger_money`'s answer (none without one)."""
    if name is None:
        return []
    detail = f"offer: a sum of money with a messenger app named as the way to reach ({name!r})"
    return [Evidence(s.messenger_money_weight, detail)]


#: The top-level domains of causes and governments: a resident spells out a petition's or the
#: city's address too ("our petition at savethepool dot org has raised $2,000").
_CIVIC_RE = regex.compile(r"(?i)(?<![\p{L}])(?:org|gov|edu)(?![\p{L}])")


#: Session 21 (adverts21): a shop's deal named in words where no sum is written ("half price",
#: "free ship today only", "envío gratis", "包邮"), or a sum written in words ("forty
#: dollars"): with a hidden address, the price and the shop as a sum is.
_DEAL_RE = regex.compile(
    r"(?i)\bhalf[- ]price|\bfree\s+ship(?:ping)?\b|\btoday\s+only\b|\bwholesale\s+price"
    r"|\bmitad\s+de\s+precio|\benv[ií]o\s+gratis|\bsolo\s+hoy\b|\bfrete\s+gr[aá]tis"
    r"|\bs[oó]\s+hoje\b|\blivraison\s+gratuite|\baujourd'hui\s+seulement|\bversandkostenfrei"
    r"|\bбесплатн\w+\s+доставк|\bтолько\s+сегодня|\bücretsiz\s+kargo|\bsadece\s+bugün"
    r"|\bmiễn\s+phí\s+vận\s+chuyển|\bgiá\s+sỉ|包邮|免运费|免運費|今日限定|半价|半價"
    # A sum in words, as a text that hides its address writes its price too ("forty dollars").
    r"|\b(?:ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\s+"
    r"(?:dollars|bucks)\b|\b(?:veinte|treinta|cuarenta|cincuenta|sesenta|cien)\s+d[oó]lares\b"
)


def hidden_money_evidence(hidden: list[Evidence], prose: str, s: SpamSettings) -> list[Evidence]:
    """A web address hidden from link finders (spelled out, defanged, in markup: rounds 5, 9,
    13; ``hidden`` is their evidence) in a text naming a sum of money or a percentage: the price
    and the shop, in any language ("... under $900 ... rubbercalm dot com", "15% off ...
    oaklinetree dot com"). The hidden address alone (``spelled_link_weight``) is one sign;
    nobody hides a citation, and with the sum it is an offer. Not for an address on a cause's or
    a government's domain (.org, .gov, .edu), which a resident may spell out beside a sum
    raised or a budget. On every corpus of the quality benchmark a hidden address is in 64 spam
    comments and in no legitimate one."""
    if not hidden or any(_CIVIC_RE.search(e.detail) for e in hidden):
        return []
    if not money(prose) and not _DEAL_RE.search(prose):
        return []
    detail = "offer: a sum of money or a percentage with a web address hidden from link finders"
    return [Evidence(s.hidden_money_weight, detail)]
