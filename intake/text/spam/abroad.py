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

from intake.text.spam.evidence import WORD_RE, Evidence
from intake.text.spam.links import digit_count

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
