"""Session 20 (adverts20): a result guaranteed for a price, with a way to reach the seller, in
any language.

"tiệm tôi dạy nghề nail 6 tuần ... bảo đảm việc làm $1,200/tuần. Gọi chị Lan ...", "se lo
garantizamos por $650. Notaría ..., 404-555-0108", "수수료 $450이면 ... 100% 보장 ... (470)
555-0119": a seller's terms are a guarantee and a price in one sentence, and a number to call.
The relatedness signal cannot judge such a text when nobody on the item wrote in its language
(words are not shared across languages, :func:`unrelated.written_apart`), so this reads what
the text does, not what it is about. Over the spent corpora a guarantee word beside a way to
reach someone is spam in 113 texts and a resident's in one (a legal clinic, with no price); a
guarantee and a price in one sentence with a way to reach someone, a resident's in none.

A guarantee and a price in one sentence, with a way to reach the writer, weigh
``GUARANTEE_WEIGHT``; said as a seller says it (all of it, "100%", within a number of hours,
days or weeks, or "we guarantee"), ``GUARANTEE_FIRM_WEIGHT``, which with the number to call
reaches the threshold. A text naming a scam (a resident warning of one) is not read, nor a
guarantee said beside a public body, the council, the city's people or a party to the item's
deal (a developer, an agreement): that is a resident reporting what someone else promised.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.notices import names_a_scam, names_the_city_or_a_scam
from intake.text.spam.sentences import sentences

GUARANTEE_WEIGHT = 0.55
GUARANTEE_FIRM_WEIGHT = 0.65

#: "Guarantee" in the languages comment spam comes in (Khmer ធានា, but not ធានារ៉ាប់រង, insurance).
_GUARANTEE_RE = regex.compile(
    r"(?i)guarant\p{L}*|garant\p{L}*|gwarant\p{L}*|гарант\p{L}*|bảo\s+đảm|đảm\s+bảo|jaminan|dijamin"
    r"|보장|保证|保證|包过|包過|গ্যারান্টি|गारंटी|ग्यारेन्टी|गॅरंटी|ضمان|مضمون|نضمن|ዋስትና"
    r"|ធានា(?!រ៉ាប់រង)|รับประกัน"
    # Session 28 (spend28a): Punjabi, Urdu, Persian, Gujarati and Tamil.
    r"|ਗਾਰੰਟੀ|گارنٹی|گارانتی|ગેરંટી|ગેરેંટી|உத்தரவாத\p{L}*"
)
#: A price: a currency sign before or after figures (any script's digits), or a currency word.
_PRICE_RE = regex.compile(
    r"[$€£₹৳₱₩¥]\s?\p{Nd}|\p{Nd}\s?(?:[$€£₹৳₱₩¥]|dólares|dolares|dollars|dola|불|달러|美元|元"
    r"|دولار|đô|ডলার|डलर|डॉलर)"
)
#: Said as a seller says it: all of it, within a time, or "we guarantee".
_FIRM_RE = regex.compile(
    r"(?i)(?<!\p{Nd})(?:100|১০০|१००|١٠٠|๑๐๐)\s?[%٪]|(?<!\p{Nd})\p{Nd}{1,3}\s?(?:hours?|hrs?|days?|weeks?|horas?|heures?"
    r"|jours?|d[ií]as|semanas?|semaines?|tuần|ngày|giờ|시간|일|주|小时|小時|天|周|週|ঘণ্টা\p{L}*"
    r"|দিন\p{L}*|সপ্তাহ\p{L}*|घण्टा\p{L}*|घंटे|दिन\p{L}*|ساعة|ساعات|أيام|يوم|ሰዓት|ቀን|ម៉ោង|ថ្ងៃ"
    r"|часов|час|дней|дня|недел\p{L}*|ชั่วโมง|วัน)(?![\p{L}\p{N}])"
    r"|\bwe\s+guarantee|garantizamos|garantimos|garantissons|garantieren|garantiamo|نضمن"
)
#: A public body or a party to the item's deal named beside the guarantee: a resident reporting
#: what the developer, the city or an agreement guarantees ("The developer guaranteed 20
#: affordable units at $1,100 rent"), not a seller's own terms.
_PARTY_RE = regex.compile(
    r"(?i)\b(?:developers?|city|county|state|agreement|contract|ordinance|district|authority"
    r"|government|law|program(?:me)?|landlords?|ciudad|condado|gobierno|ley|desarrollador\p{L}*"
    r"|cidade|governo|ville|gouvernement|stadt|regierung)\b"
)


def guarantee_evidence(prose: str, reachable: bool) -> list[Evidence]:
    """A guarantee and a price in one sentence of a text that gives a way to reach someone."""
    if not reachable or _GUARANTEE_RE.search(prose) is None or names_a_scam(prose):
        return []
    for sentence in sentences(prose):
        promised = _GUARANTEE_RE.search(sentence)
        if promised is None or _PRICE_RE.search(sentence) is None:
            continue
        if _PARTY_RE.search(sentence) or names_the_city_or_a_scam(sentence):
            continue
        detail = f"advertising: a result guaranteed ({promised.group(0)!r}) for a price"
        if _FIRM_RE.search(sentence):
            detail += ", all of it or in a set time, with a way to reach the seller"
            return [Evidence(GUARANTEE_FIRM_WEIGHT, detail)]
        return [Evidence(GUARANTEE_WEIGHT, f"{detail}, with a way to reach the seller")]
    return []
