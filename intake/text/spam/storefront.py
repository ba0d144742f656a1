"""Session 20 (adverts20): a business named by its web address, as an advert names it.

"the agents at canalstreet-lofts-realty.com are already taking names", "the tutors at
exampass-academy.co got him through math in six weeks", "the guys at pumpguard-direct.shop did
hers for $899", "Here's the one I bought: aquasave-smartkit.com/deal": a recommendation riding
on support for the item names the people who serve (or the thing bought) by a shop's address.
A resident who recommends a service names it ("the counsellors at the Housing Authority") and
may add where to read more; people "at" a commercial address are a shop's staff, named so that
the reader types the address. Over the spent corpora the shape is spam in every text that has
it and no resident's. Addresses of governments, schools and organisations (``.gov``, ``.edu``,
``.org``) are not read, nor the pages a resident cites (an article, a report, a study: not
people and nothing bought).
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence

STOREFRONT_WEIGHT = 0.55

#: The people who serve, or the thing bought, named by a commercial web address.
_STOREFRONT_RE = regex.compile(
    r"\b(?:the|our|my)\s+(?:\p{L}+\s+)?"
    r"(?:agents?|tutors?|guys|folks|team|crew|people|staff|techs?|technicians?|installers?"
    r"|experts?|pros|specialists?|realtors?|brokers?|coaches|trainers?|mechanics?|nurses?"
    r"|doctors?|lawyers?|attorneys?|consultants?|advisors?|planners?|contractors?|movers?"
    r"|cleaners?|kit|one|product|device|app)"
    r"\s+(?:at|from|over\s+at)\s+(?:https?://)?(?:www\.)?"
    r"(?P<host>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|co|net|biz|shop|store|io|app|us|info"
    r"|online|site|pro|deals?))\b(?!\.[a-z])"
    r"|\bhere'?s\s+the\s+(?:one|kit|product|thing)\s+I\s+(?:bought|got|ordered|use|used)\s*:\s*"
    r"(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*\.[a-z]{2,}",
    regex.IGNORECASE,
)


def storefront_evidence(body: str) -> list[Evidence]:
    """People who serve, or the thing bought, named by a commercial web address (``body``, the
    text with its links)."""
    found = _STOREFRONT_RE.search(body)
    if found is None:
        return []
    shown = " ".join(found.group(0).split())[:60]
    detail = f"advertising: a business named by its web address ({shown!r})"
    return [Evidence(STOREFRONT_WEIGHT, detail)]
