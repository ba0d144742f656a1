"""Session 21 (scams21): the reader's parcel said to be undelivered, with a link to act at.

"آپ کا پیکج ڈیلیور نہیں ہو سکا۔ پتہ اپ ڈیٹ کرنے کے لیے یہاں کلک کریں: …", "Your package could not
be delivered due to an incomplete address: …", "Ваша посылка не может быть доставлена …",
"Kargonuz teslim edilemedi …": the delivery phishing that every seat's residents receive by text
and some paste into a comment form. Its parts are the same in any language: the **reader's
parcel** (in the second person: "your package", "آپ کا پیکج", "بسته شما", "ваша посилка",
"paketiniz", "החבילה שלך") and a **delivery that failed** ("could not be delivered", "ڈیلیور نہیں
ہو سکا", "не удалось доставить", "teslim edilemedi", "לא נמסרה"), within a sentence or two. A
notice to the reader about their own account (:mod:`notices`) reads the same shape for a card
or a bill; a parcel that failed costs nothing there, so it was not read.

A resident does not write to a docket that the reader's parcel failed. One who complains that
packages are not delivered on their street writes of "packages", "our mail", "my package", not
"your package"; one who warns quotes the text (set aside, quoted.py), says "I got", names a scam
or tells neighbours not to click. It counts only with a link outside the allowed domains (the
place to "update the address"), as a lure's notice does: 0.55, with the link (0.15) and a front
page the text does not name (0.25) it reaches the threshold; with a link into a page alone it
stays under.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.notices import names_a_scam
from intake.text.spam.pronouns import WRITER_RE
from intake.text.spam.upfront import refuses_or_warns

#: The reader's parcel, in the second person (English, Spanish, French, Portuguese, Russian,
#: Ukrainian, Urdu, Dari and Persian, Pashto, Arabic, Turkish, Bosnian, Albanian, Uzbek,
#: Hebrew, Georgian, Swahili, Somali, Kinyarwanda, Vietnamese, Chinese).
_YOUR_PARCEL = (
    r"(?:your|ur)\s+(?:\w+\s+)?(?:package|parcel|shipment|delivery|order)"
    r"|(?:su|tu)\s+(?:paquete|env[ií]o|pedido)|(?:votre|ton)\s+(?:colis|envoi|commande)"
    r"|(?:seu|sua)\s+(?:pacote|encomenda|entrega)|ваш\w*\s+(?:посылк|отправлени|заказ)\w*"
    r"|ваш\w*\s+(?:посилк|відправленн|замовленн)\w*|(?:آ|ا)پ\s*(?:کا|کی|کے)\s*(?:پیکج|پارسل|آرڈر)"
    r"|(?:بسته|مرسوله|سفارش)\S*\s*(?:شما|تاسو)|ستاسو\s*(?:بسته|پارسل)\S*|(?:طردك|شحنتك)"
    r"|kargonuz|paketiniz|sipari[şs]iniz|va[šs]\w*\s+(?:paket|po[šs]iljk)\w*"
    r"|(?:pako|d[eë]rges)\w*\s+(?:juaj|jote)|sizning\s+(?:posilka|jo.?natma|buyurtma)\w*"
    r"|(?:החבילה|המשלוח)\s+(?:שלך|שלכם)|თქვენი\s+(?:ამანათ|შეკვეთ)\S*"
    r"|kifurushi\s+chako|(?:xirmadaada|alaabtaada)|ipaki\s+yawe|b[uư]u\s+ki[eệ]n\s+c[uủ]a\s+b[aạ]n"
    r"|(?:您|你)的(?:包裹|快递|快遞|订单)"
)
#: A delivery that failed, is held, or waits for the address to be put right.
_FAILED = (
    r"(?:could|can)\s*not\s+be\s+delivered|undeliver\w*|delivery\s+(?:failed|attempt\s+failed"
    r"|unsuccessful)|(?:is|was|being)\s+held|on\s+hold|incomplete\s+address|redeliver\w*"
    r"|no\s+(?:se\s+)?(?:pudo|puede)\s+(?:ser\s+)?entrega\w*|retenid[oa]|direcci[oó]n\s+incompleta"
    r"|n'a\s+pas\s+pu\s+[êe]tre\s+livr[ée]\w*|adresse\s+incompl[eè]te|en\s+attente"
    r"|n[aã]o\s+(?:p[oô]de|foi\s+poss[ií]vel)\s+(?:ser\s+)?entreg\w*"
    r"|не\s+(?:может\s+быть|удалось|была|было)\s+(?:\w+\s+)?достав\w*|задержан\w*"
    r"|не\s+(?:може\s+бути|вдалося|було)\s+(?:\w+\s+)?достав\w*|затриман\w*"
    r"|ڈیلیور\s*نہیں|ڈلیور\s*نہیں|تحویل\s*(?:داده\s*)?نشد|ارسال\s*نشد|تحویل\s*نشو|تعذر\s*توصيل"
    r"|teslim\s+edile(?:medi|miyor)|bekletiliyor|nije\s+(?:mogu[ćc]e\s+)?(?:isporu[čc]|dostav)\w*"
    r"|nuk\s+(?:mund\s+t[eë]\s+)?(?:u\s+)?(?:dor[eë]zua|d[eë]rgua)\w*|yetkazib\s+bo.?lmadi"
    r"|(?:לא\s+(?:נמסרה|נמסר|ניתן\s+למסור))|ვერ\s+(?:ჩაბარდა|მოხერხდა|მიეწოდა)"
    r"|haki(?:ku)?weza\s+kuwasilishwa|lama\s+gaarsiin|ntiyashoboye|ntibyashobotse"
    r"|kh[oô]ng\s+th[eể]\s+giao|无法(?:投递|派送|配送)|派送失败|地址不(?:详|全)"
)
#: The reader told to act: update the address, click, confirm, pay, reschedule (the languages
#: above). A resident who writes that parcels failed asks for longer hours or a second carrier.
_ACT_RE = regex.compile(
    r"(?i)(?<![\p{L}])(?:update|click|tap|confirm|verify|pay|reschedule|schedule|track|actualic\p{L}*"
    r"|actualiz\p{L}*|haga\s+clic|confirm[ea]|pague|mettez\s+[àa]\s+jour|cliquez|confirmez|payez"
    r"|r[ée]glez|r[ée]gler|veuillez|atualiz\p{L}*|clique|pague|обновит\p{L}*|нажмит\p{L}*"
    r"|подтверд\p{L}*|оплатит\p{L}*|перейдит\p{L}*|оновіт\p{L}*|натисніт\p{L}*|підтвердіт\p{L}*"
    r"|оплатіт\p{L}*|g[üu]ncelle\p{L}*|t[ıi]klay\p{L}*|[öo]deyin|a[žz]urirajte|kliknite|platite"
    r"|p[eë]rdit[eë]soni|klikoni|paguani|yangilang|bosing|sasisha|bofya|lipa|guji|kanda"
    r"|cập\s+nhật|nhấp|bấm|thanh\s+toán)(?![\p{L}])"
    r"|اپ\s*ڈیٹ|کلک|کلیک|به\s*روز|به‌روز|עדכנו|לחצו|שלמו|განაახლეთ|დააჭირეთ|点击|點擊|更新|支付|缴纳"
)
_PARCEL_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:{_YOUR_PARCEL})[^\n]{{0,80}}?(?:{_FAILED})"
    rf"|(?:{_FAILED})[^\n]{{0,40}}?(?<![\p{{L}}])(?:{_YOUR_PARCEL})"
)

#: Weight of the reader's parcel said to be undelivered, with a link outside the allowed
#: domains: a lure's notice with its time to act (notices.NOTICE_NOW_WEIGHT).
PARCEL_WEIGHT = 0.55


def undelivered_parcel(prose: str) -> str | None:
    """The words saying the reader's parcel failed (see the module), in a text that neither
    speaks in the first person singular, names a scam, nor warns, or None."""
    found = _PARCEL_RE.search(prose)
    if found is None or WRITER_RE.search(prose) or names_a_scam(prose):
        return None
    if _ACT_RE.search(prose) is None:
        return None
    if refuses_or_warns(prose):
        return None
    return str(found.group())


def parcel_evidence(prose: str, linked: bool) -> list[Evidence]:
    """The reader's parcel said to be undelivered, with a link outside the allowed domains
    (``linked``) to act at."""
    if not linked:
        return []
    found = undelivered_parcel(prose)
    if found is None:
        return []
    shown = found if len(found) <= 60 else found[:57] + "..."
    return [
        Evidence(PARCEL_WEIGHT, f"lure: the reader's parcel said to be undelivered ({shown!r})")
    ]
