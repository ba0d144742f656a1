"""Session 21 (res21b): the writer asks those who decide to change the item.

"Pido que bajen la cuota", "Xin hội đồng cho thêm thời gian", "请市议会降低费用", "أرجو من
المجلس إعادة النظر", "Прошу совет пересмотреть", "Tafadhali fikirieni upya", "कृपया इस पर दोबारा
विचार करें": a shop owner, a vendor or a tenant tells the council what the item costs them and
asks it to reconsider, lower the fee or grant an exemption, and then, in the same breath, gives
a number and the messenger they answer on. Written in their own language on an item whose title
and comments are English, such a text shares none of the item's words; a sum with a messenger's
name (round 15, :mod:`channels`) read it as an offer and its channel.

An advert asks its reader to act: to buy, write, join, invest. It has nothing to ask of the
council, and asking the deciders to change their plan gains it nothing. So a sentence that does
(:func:`pleads_with_the_deciders`) is speech on the item, in any language:

* a word asking to **reconsider, lower or exempt** (:data:`CHANGE_ASKS`: "reconsider",
  "bajen", "xem lại", "降低", "재고", "إعادة النظر", "пересмотр", "dib u eega", "fikirieni upya",
  "पुनर्विचार", ...), or
* a word of **request** (:data:`REQUESTS`: "please", "pido", "xin", "请", "أرجو", "прошу",
  "fadlan", "कृपया", ...) in one sentence with **those who decide** (:data:`DECIDERS`:
  "council", "hội đồng", "المجلس", "совет", "市议会", ...).

Words of a request and of a change, not phrases of one comment; the lists are short per
language. Spam that rides on an item ("Soy pocero ... Yo les calibro el medidor por $180 ...
WhatsApp", "the council should know ... we pay 80% of appraisal ... WhatsApp") speaks of the
item to sell to the reader and asks the council nothing.
"""

from __future__ import annotations

from functools import cache

import regex

from intake.text.spam.folding import fold
from intake.text.spam.sentences import sentences

#: Words asking the deciders to reconsider, lower a fee, or exempt (stems; folded before use).
#: Not Arabic "تخفيض" (a cut): its plural is a shop's sale ("تخفيضات 70%").
CHANGE_ASKS = (
    # English, Spanish, Portuguese, French, Haitian Creole, Italian
    "reconsider", "exemption", "exempt us", "lower the fee", "reduce the fee", "waive the fee",
    "reconsideren", "reconsiderar", "reconsidere", "bajen", "rebajen", "reduzcan", "exencion",
    "reconsiderem", "reduzam", "isencao", "mantengan las cuotas bajas",
    "mantenham as taxas baixas", "keep the fees low", "keep fees low",
    "reconsiderer", "revoir votre", "revoyez",
    "bese l", "bese fre", "rekonsidere", "riconsiderate",
    # Vietnamese, Tagalog
    "xem lai", "xem xet lai", "giam phi",
    "pag-isipan muli", "pag-isipang muli", "ibaba ang",
    # Russian, Ukrainian, Polish
    "пересмотр", "пересмотреть", "снизить", "переглян", "знизити", "rozwazenie", "rozwazyc",
    "obnizyc", "obnizenie",
    # Chinese, Japanese, Korean
    "降低", "减少费", "減少費", "重新考虑", "重新考慮", "三思", "再検討", "見直し", "재고",
    "재검토", "낮춰",
    # Arabic, Persian, Urdu
    "اعادة النظر", "إعادة النظر", "تجدید نظر", "تجديد نظر", "دوبارہ غور", "نظر ثانی",
    # Hindi, Nepali, Punjabi, Bengali
    "पुनर्विचार", "दोबारा विचार", "फिर से विचार", "ਮੁੜ ਵਿਚਾਰ", "ਦੁਬਾਰਾ ਵਿਚਾਰ", "পুনর্বিবেচনা",
    "বিবেচনা করুন",
    # Somali, Swahili, Amharic, Tigrinya
    "dib u eeg", "dib u fiiri", "fikirieni upya", "fikiria upya", "punguzeni", "ቀንሱልን",
    "እንደገና አስቡበት", "ደጊምኩም ርኣይ",
    # Burmese, Khmer, Hmong
    "ပြန်စဉ်းစား", "ពិចារណាឡើងវិញ", "thov pab txo",
    # Session 28 (res28): an ask not to raise the sum, and a sum called too much for the
    # writer's own ("don't raise the stall fee", "ha kordhinina qiimaha", "це забагато для нас")
    "don't raise", "do not raise", "dont raise", "no suban", "no aumenten", "nao aumentem",
    "dung tang", "khong tang", "ha kordhinina", "ha kordhin", "не підвищуйте", "не повышайте",
    "too much for us", "too high for us", "too much for small", "demasiado para nosotros",
    "забагато для нас", "занадто дорого для нас", "слишком дорого для нас", "nagu badan",
    "不要涨", "不要漲", "올리지 마",
    # Indonesian and Malay "please extend", Hindi "please permit"
    "tolong perpanjang", "mohon perpanjang", "कृपया अनुमति",
)  # fmt: skip

#: Words of a request ("please", "I ask", "we ask") written before what is asked (folded).
REQUESTS = (
    "please", "we ask", "i ask", "we urge", "i urge", "por favor", "pido", "pedimos", "le pido",
    "peco", "invite", "invito", "invitamos", "s'il vous plait", "je demande", "nous demandons",
    "tanpri", "xin", "moi", "mong",
    "sana po", "pakiusap", "прошу", "просим", "prosze", "prosimy", "请", "請", "부탁", "주세요",
    "お願い", "ارجو", "أرجو", "الرجاء", "نرجو", "لطفا", "لطفاً", "براہ کرم", "گزارش", "कृपया",
    "ਕਿਰਪਾ", "দয়া করে", "fadlan", "tafadhali", "እባካችሁ", "እባክዎ", "በጃኹም", "thov", "សូម",
)  # fmt: skip

#: Those who decide: the council, its members, the mayor (folded). Not "the city" alone, which
#: an advert riding on the item speaks of too ("before you accept the city's appraisal"), nor
#: the words a council shares with advice or trade: French "conseil", Spanish "consejo",
#: Portuguese "conselho", Russian "совет" (advice), Ukrainian "рада" (glad), Spanish "mayor"
#: ("al por mayor", wholesale).
DECIDERS = (
    "council", "councilmember", "the mayor", "mr. mayor", "madam mayor", "commissioners",
    "supervisors", "concejo", "concejal", "alcalde", "alcaldesa", "consejo municipal",
    "vereadores", "prefeito", "camara municipal", "conselho municipal", "conseil municipal",
    "conseillers municipaux", "maire", "konsey", "konseho", "hoi dong", "горсовет",
    "городской совет", "совет депутатов", "депутат", "мэр", "міська рада", "міськрада",
    "radni", "rada miasta",
    "市议会", "市議会", "議員", "议员", "市长", "市長", "의회", "의원", "시장님", "المجلس",
    "مجلس", "شورا", "کونسل", "परिषद", "पार्षद", "ਕੌਂਸਲ", "কাউন্সিল", "golaha", "duqa",
    "halmashauri", "baraza la", "ምክር ቤት", "pawg sab laj",
)  # fmt: skip


def _pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    """Any of ``words`` (folded), starting a word where the script spaces its words."""
    folded = sorted({fold(w) for w in words}, key=len, reverse=True)
    spaced = [regex.escape(w) for w in folded if regex.match(r"[\p{Latin}\p{Cyrillic}]", w)]
    other = [regex.escape(w) for w in folded if not regex.match(r"[\p{Latin}\p{Cyrillic}]", w)]
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(spaced) + ")|" + "|".join(other))


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    return _pattern(CHANGE_ASKS), _pattern(REQUESTS), _pattern(DECIDERS)


#: Session 29 (spend29b): a condition asked of the permission ("Please make relocation of
#: existing tenants a condition", "a condition of the approval", "como condición del permiso"):
#: a tenant business of the site asks the deciders to bind the developer (folded).
_CONDITION_RE = regex.compile(
    r"(?<![\p{L}])(?:make\s+(?:[\p{L}'’-]+\s+){1,6}?an?\s+(?:planning\s+)?condition(?![\p{L}])"
    r"|(?:as\s+)?an?\s+condition\s+of\s+(?:the\s+|any\s+)?(?:approval|permission|consent|planning"
    r"|licen[cs]e|permit|grant)|como\s+condicion\s+(?:de|del|para)|como\s+condicao\s+(?:de|da|do)"
    r"|comme\s+condition\s+(?:de|du|a))"
)


def pleads_with_the_deciders(prose: str) -> bool:
    """True when a sentence of ``prose`` asks those who decide to change the item: a word of
    :data:`CHANGE_ASKS`, or a word of :data:`REQUESTS` with one of :data:`DECIDERS` (see the
    module), or a condition asked of the permission (session 29)."""
    changes, requests, deciders = _patterns()
    for sentence in sentences(prose):
        folded = fold(sentence)
        if changes.search(folded) or _CONDITION_RE.search(folded):
            return True
        if requests.search(folded) and deciders.search(folded):
            return True
    return False
