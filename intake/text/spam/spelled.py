"""Round 13: a web address spelled out with a path, or with its dot in brackets.

Round 5 reads "pharm-4-u dot com" and round 10 "easyincome2026 dot site", but only for
top-level domains that are not words, or after a label that is not one: "dot co", "dot win"
and "point fr" are prose often enough ("le point de vue"). Two shapes make such an address
plain whatever its domain:

* **a path after it**, with a slash or the word for one: "quotesnap dot co slash start",
  "luxestays dot win / cancun" (a sentence does not go on "... dot co slash ...");
* **the word for "dot" in brackets**: "netlink-express [point] fr", "shop (dot) de": the
  brackets are there to keep a link finder from reading it, as "[at]" in an address.

Either is a link hidden from filters, weighed as round 5's spelled address
(``spelled_link_weight``) and, like it, a way to reach someone.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import Evidence
from intake.text.spam.settings import SpamSettings

_DOT_WORD = r"(?:dot|punto|ponto|point|punkt|точка|نقطة|点)"
#: Before a path only "dot" (and the non-Latin words): "the point is / was" is prose.
_DOT_BEFORE_PATH = r"(?:[Dd]ot|DOT|点|نقطة)"
_SLASH_WORD = r"(?:/|slash|barra|barre|schrägstrich|слэш|слеш)"
_LABEL = r"(?<![\p{L}\p{N}-])[\p{L}\p{N}][\p{L}\p{N}-]{1,62}"
#: A domain typed as an address is lower case ("dot co", not "Dot Com Era").
_TLD = r"\p{Ll}{2,6}(?![\p{L}\p{N}])"
#: "quotesnap dot co slash start", "luxestays dot win / cancun".
_WITH_PATH_RE = regex.compile(
    rf"{_LABEL}\s+{_DOT_BEFORE_PATH}\s+{_TLD}\s*{_SLASH_WORD}\s*[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}_-]*"
)
#: "netlink-express [point] fr", "shop (dot) de", "site {dot} ru".
_BRACKETED_RE = regex.compile(rf"{_LABEL}\s*[\[\(\{{]\s*(?i:{_DOT_WORD})\s*[\]\)\}}]\s*{_TLD}")
_DOT_WORDS = ("dot", "punto", "ponto", "point", "punkt", "точка", "نقطة", "点")


def spelled_address(body: str) -> str | None:
    """The first address spelled out with a path or a bracketed dot, if any."""
    folded = body.casefold()
    if not any(word in folded for word in _DOT_WORDS):
        return None  # most texts hold no word for "dot": nothing to read
    found = _WITH_PATH_RE.search(body) or _BRACKETED_RE.search(body)
    return " ".join(found.group().split())[:40] if found else None


def spelled_address_evidence(body: str, s: SpamSettings) -> list[Evidence]:
    """A web address spelled out so that no link finder reads it (see the module)."""
    found = spelled_address(body)
    if found is None:
        return []
    detail = f"links: an address spelled out with a path or a bracketed dot ({found!r})"
    return [Evidence(s.spelled_link_weight, detail)]
