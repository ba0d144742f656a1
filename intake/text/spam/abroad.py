"""A phone number written for callers abroad: "+91 555 390 4471", "+1 (555) 013-8800".

Round 19. A resident leaving a number for a call back writes it as the neighbours dial it
("555-0134", "(916) 555-0148", "1-800-555-0110"). A number written with its country code is
written for anyone in any country: bulk adverts posted to forms everywhere carry one (visa
agents, betting IDs, loans, "Apple Support"), in whatever script the rest of the text is. The
sign is the shape of the number, so it reads the same in Punjabi, Somali or English, and needs
no word of any language: on the spent sets 120 spam rows carry one and none of the ~10,000
legitimate comments (real dockets, fixture, generated corpora, spam sets) does.

Alone it stays under the threshold (a resident abroad may write one too); it makes the number a
way to reach a seller (:func:`international_numbers` counts as *selling outright* in
:mod:`scoring`), so a text nobody on the item wrote in is still judged by relatedness, and
with relatedness or an offer it reaches the threshold.
"""

from __future__ import annotations

import regex

from intake.text.spam.events import hosts_an_event
from intake.text.spam.evidence import WORD_RE, Evidence
from intake.text.spam.homeland import dialled_at_home
from intake.text.spam.links import digit_count
from intake.text.spam.notices import in_own_voice_cased

#: "+" and a country code, then digit groups (spaces, dots, hyphens, brackets between them). Not
#: after a letter, a digit or another "+" ("A+1", "3+1"); a left-to-right mark before "+" is not
#: a letter. Sums and counts ("+20 000 chaînes", "+15%") hold too few digits (below).
_INTERNATIONAL_RE = regex.compile(r"(?<![\p{L}\p{N}+])\+\d{1,3}(?:[ .\-]?\(?\d[\d)]*){2,6}")
#: E.164 allows at most 15 digits; 8 is the fewest a fictitious "+1 555 0175" holds.
MIN_DIGITS = 8
MAX_DIGITS = 15


def international_numbers(prose: str) -> list[str]:
    """The phone numbers in ``prose`` written with a country code ("+CC ...")."""
    if "+" not in prose:
        return []
    found = (m.group() for m in _INTERNATIONAL_RE.finditer(prose))
    return [n for n in found if MIN_DIGITS <= digit_count(n) <= MAX_DIGITS]


def international_number_evidence(numbers: list[str], weight: float) -> list[Evidence]:
    """One piece of evidence when the text gives a number written for callers abroad."""
    if not numbers:
        return []
    detail = f"contact: a phone number written for callers abroad ({numbers[0].strip()!r})"
    return [Evidence(weight, detail)]


#: Session 16 (round 24): words at most (the number's own left out) of a short offer that gives
#: a number of another country than the deployment's: "Робота на рибному заводі, житло надаємо.
#: Телефонуйте: +380 ...", "ફક્ત 10 મિનિટમાં પર્સનલ લોન! ... +91 ...". Residents who give a
#: number with a country code write about the item at length first (the Somali son of
#: ``spam-heldout-20``, 40 words; the Tigrinya factory worker of ``-19``, whose +1 is the city's).
FOREIGN_MAX_WORDS = 20
#: Weight: with the number's own (0.15) and its country code's (0.40) it reaches the threshold.
FOREIGN_WEIGHT = 0.45


def country_code(number: str) -> int | None:
    """The country calling code of a number written with one, or None when it reads none."""
    import phonenumbers

    try:
        code = phonenumbers.parse(number, None).country_code
    except phonenumbers.NumberParseException:
        return None
    return int(code) if code else None


def foreign_number_evidence(numbers: list[str], prose: str, region: str) -> list[Evidence]:
    """Session 16: a short text whose number (not a messenger's ID: the caller strips those)
    rings another country than the deployment's ``region``: a service, a job or a loan sold
    from abroad. A resident leaves a number the neighbours dial."""
    if not numbers:
        return []
    import phonenumbers

    home = phonenumbers.country_code_for_region(region)
    foreign = [n for n in numbers if country_code(n) not in (None, home)]
    if not foreign:
        return []
    rest = prose
    for number in numbers:
        rest = rest.replace(number, " ")
    if len(WORD_RE.findall(rest)) > FOREIGN_MAX_WORDS:
        return []
    code = country_code(foreign[0])
    detail = f"contact: a short text whose number rings another country (+{code})"
    return [Evidence(FOREIGN_WEIGHT, detail)]


# --------------------------------------------------------------------------- round 25

#: A number in a national format opening with a trunk "0" ("0321 555 0163", "0805 555 0164"):
#: digit groups, 10 or 11 digits in all, not inside a longer run of digits or a code.
_NATIONAL_RE = regex.compile(r"(?<![\p{L}\p{N}+\-/.])0\d{2,4}(?:[ .\-]?\d{2,4}){1,3}(?![\p{N}\-/])")
#: Words at most (the numbers and sums left out) of a short text read for the round 25 signals:
#: an advert for a service, a job or a prayer is a few sentences.
ELSEWHERE_MAX_WORDS = 45
#: Weight of each: with the number's own (0.15) it stays under the threshold (0.53); a number
#: and money of another country together (0.74), or either with an offer or a topic, reach it.
NATIONAL_WEIGHT = 0.45
FOREIGN_MONEY_WEIGHT = 0.45


def _valid_abroad(number: str, home: str) -> bool:
    """``number``, dialled as written, is a valid number of some region, and not of the home
    region."""
    import phonenumbers

    def valid(region: str) -> bool:
        try:
            return bool(phonenumbers.is_valid_number(phonenumbers.parse(number, region)))
        except phonenumbers.NumberParseException:
            return False

    if valid(home) or dialled_at_home(number, home):
        return False
    return any(valid(r) for r in sorted(phonenumbers.SUPPORTED_REGIONS))


def national_numbers_abroad(prose: str, home: str) -> list[str]:
    """Round 25: numbers written in another country's national format ("0321 555 0163", dialled
    so in Pakistan). A trunk "0" opens no number of the US, Canada or the other
    NANP countries, and a number valid nowhere is a code, not a number."""
    if "0" not in prose:
        return []
    found = []
    for m in _NATIONAL_RE.finditer(prose):
        if not 10 <= digit_count(m.group()) <= 11:
            continue
        if _valid_abroad(m.group(), home):
            found.append(m.group())
    return found


#: Money of other countries than the United States, by the region whose it is: a symbol, a
#: code, or the currency's name in the languages that write it.
_CURRENCY_PATTERNS = {
    "NG": r"₦|\bNGN\b|\bnaira\b",
    "HT": r"\bHTG\b|\bgou?rdes?\b|\bgoud\b",
    "IN": r"₹|\bINR\b|\brupees?\b|रुपये|रुपए|रुपया",
    "PK": r"₨|\bPKR\b|روپے|روپیہ|روپیے",
    "GH": r"GH₵|₵|\bGHS\b|\bcedis\b",
    "KE": r"\bKSh\b|\bKES\b",
    "PH": r"₱|\bPHP\b",
    "BD": r"৳|\bBDT\b|টাকা",
}
_CURRENCIES = {region: regex.compile(f"(?i){p}") for region, p in _CURRENCY_PATTERNS.items()}
_DIGIT_RE = regex.compile(r"\d")
#: Characters either side of a currency within which its sum is looked for.
SUM_WINDOW = 16


def foreign_money(prose: str, home: str) -> str | None:
    """Round 25: a sum in the money of another country than ``home`` ("₦150,000", "3,000 goud",
    "5000 روپے"), or None."""
    if _DIGIT_RE.search(prose) is None:
        return None
    for region, pattern in _CURRENCIES.items():
        if region == home:
            continue
        for m in pattern.finditer(prose):
            near = prose[max(0, m.start() - SUM_WINDOW) : m.end() + SUM_WINDOW]
            if _DIGIT_RE.search(near):
                return str(m.group())
    return None


def _short(prose: str, spans: list[str]) -> bool:
    rest = prose
    for span in spans:
        rest = rest.replace(span, " ")
    return len(WORD_RE.findall(rest)) <= ELSEWHERE_MAX_WORDS


def elsewhere_evidence(
    prose: str, region: str, reachable: bool, abroad: list[str]
) -> list[Evidence]:
    """Round 25: a short text written for another country's readers: a number in another
    country's national format ("Pè 0805 555 0164", "ابھی واٹس ایپ کریں 0333 555 0178"; not when
    the text's numbers are written with a country code, read by :func:`foreign_number_evidence`),
    and a sum in another country's money with a way to reach the writer ("ego nhazi akwụkwọ bụ
    ₦150,000 ... +234 ...", "voye frè 3,000 goud sou MonCash"). A resident of the city leaves a
    number the neighbours dial and speaks of dollars; one who writes of money sent home writes
    more than an advert's few sentences, and in the first person (neither is read in a text in
    a resident's own voice, :func:`~intake.text.spam.notices.in_own_voice`)."""
    if in_own_voice_cased(prose):
        return []  # "Tôi là chủ tiệm phở ... Liên hệ tôi: 0903 ...": a resident's own number
    found: list[Evidence] = []
    numbers = [] if abroad else national_numbers_abroad(prose, region)
    # Session 29 (spend29b): a group's event held on a day, at an hour (a renters' union's
    # drop-in "every Tuesday, 6 to 8pm", a forum's workshop) is held where the city's people
    # meet: its number is theirs, whatever the deployment's region (a London borough's read as
    # "US"). No spam of the spent corpora with such a number hosts an event.
    if numbers and hosts_an_event(prose):
        numbers = []
    if numbers and _short(prose, numbers):
        detail = f"contact: a number written in another country's national format ({numbers[0]!r})"
        found.append(Evidence(NATIONAL_WEIGHT, detail))
    money = foreign_money(prose, region) if reachable else None
    if money is not None and _short(prose, abroad + numbers):
        detail = f"offer: a sum in another country's money ({money!r}) with a way to reach"
        found.append(Evidence(FOREIGN_MONEY_WEIGHT, detail))
    return found
