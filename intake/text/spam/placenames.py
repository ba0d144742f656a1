"""Session 12: place names do not make an advert speak of the item.

Relatedness (:mod:`intake.text.spam.unrelated`) counts the content terms a comment shares with
the item's title and comments. Every comment on an item about the Harbor Street district names
Harbor Street, and so can an advert written for the city ("Beautiful women near Harbor Street
want to meet you: http://...", "Hot singles in Port Alder ..."): the city's, the district's or the
street's name then makes spam "related to the item". A name says *where*, not *what*: a resident
who names their street also writes of what the item is about (meters, hours, the library), and
keeps the terms that tell it.

A name is read from how the comment writes it: a word that starts with a capital letter and is
not the first of its sentence ("near Harbor Street", "in Port Alder"), outside languages that
capitalise every noun (German, Luxembourgish), where a capital says nothing of a name. Only for a
short text (``MAX_WORDS``) that sells (an offer, a price, a call to action, a front page it does
not name, ...) are these terms left out of what it shares with the item; the share is still
taken of all its terms. A longer text naming places is a resident's or a group's ("Friends of
the Oak Street Library will staff Sunday story time ..."): their names are the item's subject
too, and were read so on every corpus of the quality benchmark. Nor when a link's host spells
one of the names ("We run the bike shop on Harbor Street, harborcycles.example.com", "Rosa's
on Harbor Street, rosasbakery.example.com"): a site named after its street or its owner is a
local business's, while bulk adverts link to one site for every city.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from intake.text import relatedness
from intake.text.spam.evidence import word_tokens
from intake.text.spam.learned import language_of

#: Words at most: an advert that names the place to look related is a sentence.
MAX_WORDS = 15

#: Languages whose nouns all start with a capital letter.
CAPITALISED_NOUNS = frozenset({"de", "lb"})
#: A word after something that is not the end of a sentence: a space, a comma, a dash, a quote
#: or a bracket after a word -- not after ".", "!", "?", ":" or the start of the text or a line.
_MID_SENTENCE_NAME_RE = regex.compile(r"(?<=[\p{L}\p{N},;)\"'»”\-–]\s+)\p{Lu}\p{Ll}[\p{L}\p{M}]*")


#: Letters of a name a host must spell to be named after it.
MIN_HOST_NAME = 4


def name_terms(prose: str, hosts: Iterable[str] = ()) -> frozenset[str]:
    """The content terms of the words written as names in the middle of a sentence of a short
    text (none in a longer one, nor when one of its links' ``hosts`` spells one of them)."""
    if len(word_tokens(prose)) > MAX_WORDS:
        return frozenset()
    names = _MID_SENTENCE_NAME_RE.findall(prose)
    if not names or language_of(prose) in CAPITALISED_NOUNS:
        return frozenset()
    folded = [name.casefold() for name in names if len(name) >= MIN_HOST_NAME]
    if any(name in host.casefold() for host in hosts for name in folded):
        return frozenset()
    return frozenset(relatedness.content_terms(" ".join(names)))
