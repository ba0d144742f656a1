"""Session 12: a call to take part in the item is not judged by how many of its words the item's
other comments used.

Relatedness (:mod:`intake.text.spam.unrelated`) counts the words a comment shares with the item
and its comments. Two kinds of residents' comments share few of them and still speak of the item,
and both carry a way to reach someone, which is what makes relatedness count:

* **an organiser's call whose link names the item**: "We need 40 volunteers for clean-up crews
  each night. Sign up at https://forms.example.org/lantern-volunteers or text Mei ..." on the
  Lantern Night Market's permit. The comment's words are about the work; the page it sends people
  to is about the item. A seller's link names the seller, not the agenda item.
* **a meeting about the city's decision**: "Eastside Copwatch posts every council update in our
  Telegram channel (search @EastsideCopwatch). Meeting before the vote: Sunday 4pm ..." names the
  city's process (council, the vote) and a time to meet.

Either is taking part only while the comment sells nothing: no offer, price or call to action, no
sum of money, no prize, no result promised, no wallet, no hidden or affiliate address, no domain
spam favours. A messenger channel or handle alone is how a group reaches its members, and is not
selling here; next to a sum it is (round 15's channel rule), and that sells.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from intake.text import relatedness
from intake.text.spam.events import names_a_day_or_time
from intake.text.spam.itemname import names_the_item, sides_with_the_item
from intake.text.spam.learned import script_of
from intake.text.spam.links import Link
from intake.text.spam.solicit import speaks_of_the_city
from intake.text.spam.verdict import calls_for_a_vote, states_a_position

#: What splits a path into words: slashes, hyphens, underscores, dots, query marks.
_PATH_SPLIT_RE = regex.compile(r"[/\-_.?#=&+%]+")


def path_words(link: Link) -> str:
    """The words of a link's path, spaced ("lantern volunteers"); empty for e-mail addresses."""
    return " ".join(part for part in _PATH_SPLIT_RE.split(link.path) if part)


def link_names_the_item(links: Sequence[Link], title: str) -> bool:
    """True when a link's path names a word of the item's title in any form of it."""
    for link in links:
        words = path_words(link)
        if words and relatedness.title_terms_named(relatedness.content_terms(words), title):
            return True
    return False


def takes_part(
    prose: str, links: Sequence[Link], context: tuple[str, ...] | None, sells: bool
) -> bool:
    """True when the comment calls people to the item (its link names the item) or to a meeting
    on the city's decision (it names the city's process and a day or time), selling nothing.

    Session 17 (round 26, :mod:`intake.text.spam.itemname`): the item named by its identifier
    is the city's process too ("an information night on Article 14 on Thursday ... at 7 pm"),
    and a short sentence taking a side on the item by its identifier ("We support 7B.") is a
    resident's verdict on it."""
    if sells or not context:
        return False
    if link_names_the_item(links, context[0]) or sides_with_the_item(prose, context[0]):
        return True
    civic = speaks_of_the_city(prose) or names_the_item(prose, context[0])
    return civic and names_a_day_or_time(prose)


def takes_a_side(
    prose: str, context: tuple[str, ...] | None, sold: bool, pitched: bool = False
) -> bool:
    """Session 19 (residents19): the writer states where they stand on the item in a sentence
    of its own (:func:`intake.text.spam.verdict.states_a_position`: "We support the proposal.",
    "Nous appuyons le projet.", "हम इस प्रस्ताव का समर्थन करते हैं।"), selling nothing (``sold``:
    no offer, price, call to action, sum of money, wallet, hidden address, domain spam
    favours). A motel owner who writes in Hindi on an English title shares none of its words and
    gives the motel's site or number; stating a position on the proposal is taking part in it,
    as a call to its meeting is (:func:`takes_part`). ``pitched`` (a link to a front page the
    text does not name) stops it in text written in Latin letters, which could name the site
    ("I fully support the ban. Found some calming chews ...: https://...-store.example.com/?ref=
    city" is an advert behind a verdict); a text in another script cannot spell the site's
    name, so there a link to the writer's own site does not. Session 21 (res21a): a vote
    called for on the item ("Vota sí.", "Vote no anyway") states the writer's side too, in a
    language that drops its pronouns ("Las casas ... se venden 8% más rápido. Vota sí.")."""
    if not context or sold or not (states_a_position(prose) or calls_for_a_vote(prose)):
        return False
    return not pitched or script_of(prose) != "LATIN"
