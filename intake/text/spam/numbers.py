"""Numbers as terms shared with the item (round 9): "$450", "412 homes", "1200 River Road" are
written the same in every language and script, so a comment that repeats a figure of the item
or of its other comments speaks of the item even when no word of it is shared (a resident
writing in Portuguese on an English item; a host quoting the item's $450 fee). Years ("2026")
and numbers under 100 ("24 hours", "5 minutes") are left out: every advert has them."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

# A run of digits, with dots, commas or thin spaces between groups ("86,000", "1.500"); not a
# group of a phone number or a reference ("555-0147", "+91 70000 45678", "2026-55"): a figure
# stands apart from other digits and dashes. Every fixture's phone numbers share "555".
_NUMBER_RE = regex.compile(
    r"(?<![\d+/-]\s?)(?<![\d.,])\d(?:[\d.,\u202f\u00a0]*\d)?(?![\d])(?!\)?\s?[-/+]?\s?\d)"
)
_YEAR_RE = regex.compile(r"(?:19|20)\d\d")
CONTEXT_CACHE = 256
TEXT_CACHE = 4096
#: Shared terms a figure of the item's title counts for (the relatedness signal needs fewer
#: than 3 shared terms to call a comment unrelated).
TITLE_FIGURE_WEIGHT = 3
# Session 15: a percentage ("4%", "4 %", "4,5 %", "٤٪", "%4"), read apart from the figures above:
# under 100, but a rate the item's title sets is the item's own ("a 4% accommodation tax").
_PERCENT_RE = regex.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)?)[\s\u202f\u00a0]?[%\u066a\uff05]"
    r"|[%\u066a\uff05][\s\u202f\u00a0]?(\d+(?:[.,]\d+)?)(?![\d.,]*\d)"
)


def ascii_digits(figure: str) -> str:
    """The digits of a figure, of any script, read as ASCII digits, separators and leading
    zeros dropped ("३,००,०००" -> "300000")."""
    return "".join(str(unicodedata.digit(c)) for c in figure if c.isdigit()).lstrip("0")


@lru_cache(maxsize=TEXT_CACHE)
def percentages(text: str) -> frozenset[str]:
    """The percentages of ``text``, digits of any script read as ASCII, "," read as "."."""
    return frozenset(_decimal(m.group(1) or m.group(2)) for m in _PERCENT_RE.finditer(text))


def _decimal(number: str) -> str:
    """A number's digits of any script read as ASCII, its "," or "." read as ".", without
    leading zeros ("٪١٢" -> "12", "14,50" -> "14.50")."""
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else "." for c in number)
    return digits.lstrip("0") or "0"


@lru_cache(maxsize=TEXT_CACHE)
def figures(text: str) -> frozenset[str]:
    """The numbers of 100 or more in ``text``, separators dropped, digits of any script read
    as ASCII digits; years are left out."""
    found = set()
    for m in _NUMBER_RE.finditer(text):
        digits = ascii_digits(m.group())
        if len(digits) >= 3 and not (len(digits) == 4 and _YEAR_RE.fullmatch(digits)):
            found.add(digits)
    return frozenset(found)


@lru_cache(maxsize=CONTEXT_CACHE)
def context_figures(context: tuple[str, ...]) -> frozenset[str]:
    """Every figure of the item's title and comments (cached: a batch asks for one item's)."""
    return frozenset().union(*(figures(text) for text in context))


#: Session 22 (res22): a sum written with its currency sign, on either side ("$17", "17 $",
#: "€9,50"): under 100 too, read apart from the figures above (see
#: :func:`solicit.early_advert_evidence`: a small sum shared with a title of many comments is as
#: often a price that happens to be the item's, "30 pastillas por $25" on a "$25 permit").
_SUM_RE = regex.compile(r"\p{Sc}\s?(\d+(?:[.,]\d+)?)|(?<![\d.,])(\d+(?:[.,]\d+)?)\s?\p{Sc}")


@lru_cache(maxsize=TEXT_CACHE)
def sums(text: str) -> frozenset[str]:
    """The sums of ``text`` written with a currency sign, digits of any script read as ASCII,
    "," read as "." ("$17" -> "17", "14,50 €" -> "14.50")."""
    return frozenset(_decimal(m.group(1) or m.group(2)) for m in _SUM_RE.finditer(text))


def shared_figures(prose: str, context: tuple[str, ...]) -> tuple[int, int]:
    """How many figures the comment has, and how many of them the item's context has too; a
    figure of the item's title (``context[0]``: "$450", "412 homes") counts as many as the
    relatedness signal needs (``TITLE_FIGURE_WEIGHT``): it is the item's own, and a comment
    repeating it speaks of the item whatever its language."""
    digits = any(c.isdigit() for c in prose)
    mine = figures(prose) if digits else frozenset()
    # Session 15: a percentage the title sets ("Another 4% puts us above every town" on "4%
    # municipal accommodation tax") is the item's own, as its figures are.
    rate = bool(digits and context and percentages(prose) & percentages(context[0]))
    if not mine:
        return 0, TITLE_FIGURE_WEIGHT if rate else 0
    same = len(mine & context_figures(context))
    if (context and mine & figures(context[0])) or rate:
        same += TITLE_FIGURE_WEIGHT
    return len(mine), same
