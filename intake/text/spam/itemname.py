"""Session 17 (round 26): a comment that names the item by its own identifier speaks to it.

An agenda item's title opens with its identifier ("Article 14: ...", "Select Board Agenda Item
7B: ...", "Ordinance 2026-118: ..."). Relatedness (:mod:`intake.text.spam.unrelated`) counts the
words a comment shares with the item, and two residents of a New England town on `spam-heldout-31`
shared almost none and were labelled spam: a B&B owner ("... licensed, inspected ... We support
7B. ... call me at 508-555-0127") and a yacht club inviting to "an information night on Article
14 on Thursday the 12th at 7 pm ... RSVP to ...". Both name the item the way the town does.

Naming the identifier alone does not make a comment a resident's: on the spent sets 17 spam
name it too ("Is your storefront ready for By-law 2026-131? Certified translation from ...",
"Don't let Bill 41 ruin your trip"), against 49 residents. So it counts only where a resident's
shape goes with it, and only while the comment sells nothing (:mod:`takingpart`): a short
sentence that takes a side on the item by its identifier ("We support 7B."), or a meeting on
the item at a day or time (as a meeting on the city's decision counted since session 12). No
spam of a spent set did either.
"""

from __future__ import annotations

import regex

from intake.text.spam.evidence import word_tokens
from intake.text.spam.folding import fold
from intake.text.spam.sentences import sentences_before_capitals
from intake.text.spam.verdict import SIDES, VERDICT_MAX_WORDS

_LABEL_WORD_RE = regex.compile(r"[\p{L}\p{N}]+(?:[-./][\p{L}\p{N}]+)*")
_DIGIT_RE = regex.compile(r"\p{N}")
_NUMBER_RE = regex.compile(r"\p{N}+")


def item_identifiers(title: str) -> tuple[str, ...]:
    """The identifiers in the label before the title's colon, as patterns: a token holding a
    digit and more ("7B", "2026-118", "CU-26-04"), or a bare number with the word before it
    ("Article 14": "14" alone is any figure). A title without a colon has no label."""
    label, colon, _ = title.partition(":")
    if not colon:
        return ()
    words = _LABEL_WORD_RE.findall(label)
    found = []
    for i, word in enumerate(words):
        if not _DIGIT_RE.search(word):
            continue
        if not _NUMBER_RE.fullmatch(word):
            found.append(regex.escape(fold(word)))
        elif i > 0 and not _DIGIT_RE.search(words[i - 1]):
            found.append(rf"{regex.escape(fold(words[i - 1]))}\s+{word}")
    return tuple(found)


def _named_in(text: str, identifiers: tuple[str, ...]) -> bool:
    folded = fold(text)
    return any(
        regex.search(rf"(?<![\p{{L}}\p{{N}}\-]){pattern}(?![\p{{L}}\p{{N}}]|-\p{{N}})", folded)
        for pattern in identifiers
    )


def names_the_item(prose: str, title: str) -> bool:
    """The text names the item by the identifier its title opens with."""
    identifiers = item_identifiers(title)
    return bool(identifiers) and _named_in(prose, identifiers)


#: Words beside the verdict's own a sentence taking a side on the item by name may hold: the
#: identifier ("We support 7B.", "I strongly oppose Article 14.").
SIDE_EXTRA_WORDS = 2


def sides_with_the_item(prose: str, title: str) -> bool:
    """A short sentence anywhere in the text takes a side on the item it names by its
    identifier ("We support 7B.", "Vote no on Article 14" is not read: no side word): a
    resident's verdict, which :func:`intake.text.spam.verdict.closes_with_a_side` reads only as
    the last sentence and only without the identifier's digits."""
    identifiers = item_identifiers(title)
    if not identifiers:
        return False
    for part in sentences_before_capitals(prose):
        tokens = word_tokens(fold(part))
        if not tokens or len(tokens) > VERDICT_MAX_WORDS + SIDE_EXTRA_WORDS:
            continue
        if any(t.startswith(SIDES) for t in tokens) and _named_in(part, identifiers):
            return True
    return False
