"""Round 15: a deadline counted in hours, in a text carrying a way to reach someone.

"Verify your card details within 48 hours at …", "confirm your billing details within 48 hours:
https://…", "If they are not removed within 48 hours I will file a lawsuit", "se cancelará en
las próximas 24 horas": phishing and extortion give the reader hours to act, so that they act
before they think. The shape is the same in every language: a preposition of time limit
("within", "dentro de", "в течение", "w ciągu", "内", "خلال", …) before a number of hours. A
resident gives days, weeks and dates ("within 30 days", "by Friday"); hours come with a service
promise the resident asks the city for ("respond to outages within 24 hours"), which carries no
way to reach a stranger. On every corpus of the quality benchmark the shape is in 29 spam
comments and in no legitimate one. Alone it is one more sign (``deadline_weight``): it counts
only with a link outside the allowed domains (a citation too: the lure links into a page),
a phone number, an e-mail address or a messenger ID, and it lifts the
phishing pages one sign short (the host's word and the link, 0.65) over the threshold.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.settings import SpamSettings

#: A time limit, then a number of hours (1-99), in the languages comment spam comes in.
_DEADLINE_RE = regex.compile(
    r"(?i)(?:\bwithin(?:\s+the\s+next)?|\bin\s+the\s+next|\ben(?:\s+las)?(?:\s+pr[oó]ximas)?"
    r"|\bdentro\s+de|\bdans\s+les|\bsous|\binnerhalb\s+von|\bв\s+течение|\bпротягом"
    r"|\bw\s+ci[aą]gu|\btrong\s+v[oò]ng|\bsa\s+loob\s+ng|خلال)\s+(?:\d{1,2})\s*"
    r"(?:hours?|hrs?|horas?|heures?|stunden|час(?:ов|а)?|годин|godzin[y]?|gi[oờ]+|oras|ساعة)"
    r"(?![\p{L}])"
    r"|\d{1,2}\s*(?:小时|小時)内"
)


def deadline(prose: str) -> str | None:
    """The deadline in hours the text gives, or None."""
    found = _DEADLINE_RE.search(prose)
    return found.group() if found else None


def deadline_evidence(prose: str, reachable: bool, s: SpamSettings) -> list[Evidence]:
    """Evidence for a deadline in hours in a text with a way to reach someone (``reachable``)."""
    if not reachable:
        return []
    found = deadline(prose)
    if found is None:
        return []
    return [Evidence(s.deadline_weight, f"lure: a deadline counted in hours ({found!r})")]
