"""Session 12: a result promised by a deadline -- "page 1 of Google in 30 days", "12 kg in 3
Wochen", "loans approved in 10 minutes", "essays in 24 hours" -- in a short text that gives a way
to reach the seller.

Bulk adverts sell speed: a result and how soon it comes, then where to buy it. The duration is
written the same way in most languages -- a preposition for "in" or "within", a number and a unit
of time ("in 24 hours", "en 15 días", "за 10 минут", "innerhalb von 3 Tagen", "24 saatte",
"24 घंटे में", "3天内") -- so this module reads that and no words about what is sold. Residents
write durations too ("the bus takes 40 minutes", "fixed within 30 days"), so the promise is weak
alone (``PROMISE_WEIGHT``) and counts only in a short text with a way to reach someone that is not
a citation. What it changes more is how relatedness reads the text (:func:`promise_terms`): the
words of the duration ("hours", "minutes", "Wochen") are not what a text is about, and an advert
for essays in 24 hours on an item about a library's opening hours does not speak of the item; and
a text promising a result is selling outright, so it is judged when written in a language nobody
on the item used.
"""

from __future__ import annotations

import regex

from intake.text import relatedness
from intake.text.spam.evidence import Evidence, word_tokens
from intake.text.spam.folding import fold
from intake.text.spam.pronouns import READER_RE
from intake.text.spam.sentences import sentences

#: Words at most: an advert's promise is short; a resident's letter naming a deadline is not.
MAX_WORDS = 30
#: Weight: with a link and a front page the text does not name (0.36) it stays under the
#: threshold (0.55); the relatedness signal, or an advert's other signs, must join it.
PROMISE_WEIGHT = 0.3

_UNITS = (
    r"min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?"
    r"|minutos?|horas?|dias?|semanas?|mes(?:es)?"
    r"|heures?|jours?|semaines?|mois"
    r"|minuten|stunden|tage[n]?|wochen|monate[n]?"
    r"|minuti|ore|giorni|settimane|mesi"
    r"|минут[ыу]?|час(?:а|ов)?|дн(?:я|еи)|день|недел[июь]|месяц(?:а|ев)?"
    r"|хвилин|годин|днів|тижн[іяь]"
    r"|minut|godzin|dni|tygodni[e]?"
    r"|menit|jam|hari|minggu|bulan"
    r"|minuto|oras|araw|linggo"
    r"|phut|gio|ngay|tuan|thang"
)
#: "in / within / under" before a number and a unit, in the languages bulk adverts come in.
_BEFORE = (
    r"in|within|under|en|em|dans|innerhalb\s+von|binnen|entro|za|за|w\s+ciagu|w|dalam"
    r"|sa\s+loob\s+ng|trong|только\s+за"
)
_AFTER = (
    r"dakikada|saatte|gunde|haftada|ayda|मिनट\s+में|घंटे\s+में|दिन\s+में|हफ्ते\s+में"
    # Session 20 (adverts20): Nepali writes "in" as a suffix ("७२ घण्टामा", in 72 hours).
    r"|मिनेटमा|घण्टामा|घन्टामा|दिनमा|हप्तामा"
    r"|分钟内|分鐘內|小时内|小時內|天内|天內|周内|分以内|時間以内|日以内|日で|時間で"
)
_PROMISE_RE = regex.compile(
    rf"(?<!\w)(?:{_BEFORE})\s+\d{{1,3}}\s*(?:{_UNITS})(?!\w)"
    # Turkish, Hindi, Chinese and Japanese put the word for "in" after the unit
    rf"|(?<![\w.,])\d{{1,3}}\s*(?:{_AFTER})"
)
_DIGIT_RE = regex.compile(r"\d")
#: A number and a unit of time, with or without "in" ("24 hours,"): its words are not a topic.
_DURATION_RE = regex.compile(rf"(?<![\w.,])\d{{1,3}}\s*(?:{_UNITS})(?!\w)")


#: Session 26 (resfix26): units that measure the world rather than a buyer's result -- length,
#: depth, distance, volume of water, temperature, speed -- written as figures in most languages
#: ("3.1 inches", "80 mm", "12 km", "4 ft", "2,000 gallons", "15 °C"). A figure in one of them
#: just before a duration ("3.1 inches in 2 hours", "40 mm en 3 horas", "12 km in 2 hours") is a
#: rate: how much rain fell, how far a flood rose, how fast a road drains -- the figure of a
#: report. Units of weight are not here: "10 kg in 30 days" is the result diet adverts sell.
_MEASURE_UNITS = (
    r"inch(?:es)?|in\.|\"|''|f(?:ee|oo)?t|ft\.?|'|yards?|yds?|miles?|mi"
    r"|mm|cm|m|km|meters?|metres?|metros?|metri|metern?|millimet(?:er|re)s?|centimet(?:er|re)s?"
    r"|kilomet(?:er|re)s?|kilometros?|pulgadas?|pouces?|zoll|pollici|мм|см|км|метр(?:а|ов)?"
    r"|gallons?|gal|liters?|litres?|litros?|l|galones"
    r"|degrees?|grados?|degres?|grad|gradi|°\s*[cf]?|mph|km/h|kph"
)
#: A measured figure (digits, a decimal part) and its unit right before the matched duration.
_MEASURE_BEFORE_RE = regex.compile(
    rf"(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:{_MEASURE_UNITS})\s*$", regex.IGNORECASE
)


def _measured_rate(folded: str, found: regex.Match[str]) -> bool:
    """Whether the duration ``found`` follows a measured figure of the world ("3.1 inches in 2
    hours"): a rate reported, not a result promised."""
    return _MEASURE_BEFORE_RE.search(folded[: found.start()]) is not None


def promised(prose: str) -> regex.Match[str] | None:
    """The first duration promised ("in 24 hours", "за 10 минут"), or None.

    Session 26 (resfix26): a duration after a measured figure of the world ("3.1 inches in 2
    hours", a rainfall) is a rate reported, not a promise, unless its sentence addresses the
    reader (a second-person word): "you'll grow 3 inches in 30 days" is still a promise."""
    if _DIGIT_RE.search(prose) is None:
        return None
    for sentence in sentences(prose):
        folded = fold(sentence)
        for found in _PROMISE_RE.finditer(folded):
            if not _measured_rate(folded, found) or READER_RE.search(sentence) is not None:
                return found
    return None


def promise_terms(prose: str) -> frozenset[str]:
    """The content terms of every duration in the text ("24 hours", "in 3 Wochen"): not what it is
    about, for the relatedness signal."""
    if _DIGIT_RE.search(prose) is None:
        return frozenset()
    folded = fold(prose)
    terms: set[str] = set()
    for found in _DURATION_RE.finditer(folded):
        terms |= relatedness.content_terms(found.group())
    return frozenset(terms)


def promise_evidence(prose: str, reachable: bool, max_words: int = MAX_WORDS) -> list[Evidence]:
    """A result promised by a deadline in a short text with a way to reach someone (a link that
    is not a citation, an address, a number, a handle)."""
    if not reachable or len(word_tokens(prose)) > max_words:
        return []
    found = promised(prose)
    if found is None:
        return []
    detail = (
        f"promise: a result by a deadline ({found.group().strip()!r}) with a way to reach someone"
    )
    return [Evidence(PROMISE_WEIGHT, detail)]
