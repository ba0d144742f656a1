"""Session 27 (spend27b): a private invitation to one named person, the opener of a chat scam.

"Hi Karen, it's Jessica from the tree planting day, do you still want to get coffee this
week? 😊" is the first message of a "pig-butchering" scam left as a comment: a greeting to a
first name, the writer naming themself as an acquaintance, and a meeting for two asked as a
question. The wrong-number openers of :mod:`topics` need the reader asked who they are or an
apology; this one pretends to know them. A comment to a council is read by everyone: a
resident answering a neighbour by name ("Hi Karen, it's Jessica from the tree planting day: I
agree about the oaks") argues, thanks or asks about the item, and does not ask them out for
coffee; a text that names the council, an office or a meeting of the city is not read.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence, word_tokens
from intake.text.spam.notices import names_the_city_or_a_scam

#: At most this many words: the opener is one or two lines.
GREETING_MAX_WORDS = 40
#: A greeting and a first name opening the text ("Hi Karen,", "Hola Marta,", "Chào chị Lan,").
_GREETED_RE = regex.compile(
    r"^\W{0,3}(?i:hi|hey|hello|hola|buenas|oi|ol[aá]|salut|bonjour|ciao|hallo|ch[aà]o"
    r"(?:\s+(?:ch[iị]|anh|em|c[oô]))?|kumusta|musta)\s*,?\s+\p{Lu}\p{Ll}+\s*[,!.—-]"
)
#: The writer naming themself ("it's Jessica", "this is Jessica", "soy Jessica", "c'est
#: Jessica", "sou a Jessica", "em là Lan", "ako si Jessica").
_SELF_NAMED_RE = regex.compile(
    r"(?i:\bit['’]?s|\bthis\s+is|\bsoy|\bc['’]est|\bsou\s+(?:a|o)?|\bem\s+l[aà]|\bako\s+si)"
    r"\s+\p{Lu}\p{Ll}+"
)
#: A meeting for two: coffee, a drink, lunch or dinner, catching up.
_MEETING_RE = regex.compile(
    r"(?i:(?<!\p{L})(?:coffee|drinks?|lunch|dinner|brunch|catch\s+up|hang\s+out|get\s+together"
    r"|caf[eé]|cafecito|almorzar|cenar|d[eé]jeuner|d[iî]ner|un\s+verre|c[aà]\s*ph[eê]"
    r"|kape|magkape)(?!\p{L}))|喝咖啡|喝杯|吃饭|吃飯|커피|식사"
)


def greeting_evidence(prose: str) -> list[Evidence]:
    """A short text opening with a greeting to a first name, the writer naming themself and
    asking the reader to meet for coffee, a meal or a drink, as a question; naming no council,
    office or scam (see the module)."""
    if "?" not in prose and "？" not in prose:
        return []
    if len(word_tokens(prose)) > GREETING_MAX_WORDS:
        return []
    greeted = _GREETED_RE.search(prose)
    if greeted is None or _SELF_NAMED_RE.search(prose) is None:
        return []
    meeting = _MEETING_RE.search(prose)
    if meeting is None or names_the_city_or_a_scam(prose):
        return []
    detail = f"lure: a stranger's invitation to one named person ({greeted.group().strip()!r}"
    return [Evidence(GREETING_WEIGHT, f"{detail} ... {meeting.group()!r})")]


#: Weight of the invitation: the wrong-number opener's, spam alone.
GREETING_WEIGHT = 0.7
