"""Round 18: a link given in parentheses is an aside, not a call to visit.

A resident names where a thing is ("I own Lupita's Bakery on Main (https://lupitasbakery...)",
"As reported in the Harbor Gazette (https://...)", "Wag & Wash, a grooming shop on Cedar
(www.wagandwash...)"): the link glosses the words before it, and the sentence goes on. An advert
sends people to its link ("Shop: www...", "visit www... now"); a link it wraps in brackets is
Markdown's ``[words](link)``, which is not an aside. So relatedness (:mod:`unrelated`), which
reads "few of the item's words, with a link" as spam written for every form, does not judge a
comment whose every outside link is such an aside, unless the comment sells outright.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from intake.text.spam.links import Link

#: An opening parenthesis after a letter, digit or space (not Markdown's "](").
_OPENS_RE = regex.compile(r"(?<=[\p{L}\p{N}\s])\(\s*$")
#: A closing parenthesis, perhaps after a trailing full stop the link finder left out.
_CLOSES_RE = regex.compile(r"^[.,]?\s*\)")


def in_parentheses(body: str, link: Link) -> bool:
    """True when every place ``link`` is written in ``body`` is wrapped alone in parentheses."""
    spots = [m.start() for m in regex.finditer(regex.escape(link.raw), body)]
    return bool(spots) and all(
        _OPENS_RE.search(body[:start]) and _CLOSES_RE.match(body[start + len(link.raw) :])
        for start in spots
    )


def links_as_asides(body: str, links: Sequence[Link]) -> bool:
    """True when the comment has a link and each one (e-mail addresses aside) is in parentheses."""
    webs = [link for link in links if not link.is_email]
    return bool(webs) and all(in_parentheses(body, link) for link in webs)
