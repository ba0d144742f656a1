"""Round 14: a time of day names an event, and an event is not a short advert.

Round 7's "short advert" judges a text with advert words and a way to reach someone by the words
it shares with the item, even when it is written in a language nobody on the item used: then it
shares none, which is how most short adverts in another language are caught ("Szybka pożyczka
bez BIK ... Zadzwoń 555 123 456"). A resident's invitation written apart shares none either:
"Invitamos a todos a la reunión informativa sobre las licencias de venta ambulante el jueves a
las 6pm en el centro comunitario ... Más información: vendedores.example.org" has an advert word
("venta": the item's own "vending") and its group's site. What tells it apart without a word
list is a **time of day** ("6pm", "7 p.m.", "7:30", "18h"): a meeting, a walk, a fundraiser, a
class is held at an hour. An advert gives durations ("in 24 hours", "24/7", "w 15 minut"), not
the hour it is held. On every corpus of the quality benchmark this keeps every short advert the
rule caught (leaving every text written apart unjudged instead lost 40 of them); a text that
sells outright (a price, a call to action, a messenger ID, ...) is judged as before. A spammer
can name an hour; then the other signals judge the text, as they do any text with a contact.
"""

from __future__ import annotations

import regex

#: "6pm", "7 p.m.", "11am", "18h", "18h30", "7:30", "19:00" (not "24/7", "3x", "10 kg").
_TIME_OF_DAY_RE = regex.compile(
    r"(?i)(?<![\d/:.])(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?(?:[ap]\.?m\.?)(?!\w)"
    r"|(?:[01]?\d|2[0-3])h(?:[0-5]\d)?(?!\w)|(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]))"
)


def names_a_time(prose: str) -> bool:
    """True when the text names a time of day: an event is held at an hour."""
    return _TIME_OF_DAY_RE.search(prose) is not None
