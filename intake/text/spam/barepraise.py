"""Session 12: a word of praise with nothing praised ("Nice", "Great!!", "Супер", "很好").

Comment bots post one word of praise to every form that takes text, to see whether it appears
(the outsiders' corpora hold "Nice" among bot posts). Round 6 (:mod:`intake.text.spam.botposts`)
reads a greeting alone and praise *of a post or a site*; a bare adjective says neither. A
resident's shortest comments take a side or thank ("Support.", "Oppose", "Yes!", "Agreed",
"Thank you", "Finally."), and a resident who praises names what ("Nice work, council!", "Great
idea"): what is praised, or a side taken, is an argument; an adjective alone is not. So: at most
``MAX_WORDS`` words, every one an adjective of praise or a word that strengthens it ("very",
"so", "очень"), from a short list in the languages comment spam comes in (folded).

A resident may still mean "Great!" as support, so alone it weighs under the threshold
(``bare_praise_weight``): the comment goes to the staff review queue, and is labelled spam only
with another sign of a bot.
"""

from __future__ import annotations

from intake.text.spam.botposts import folded_tokens
from intake.text.spam.evidence import Evidence


def _words(text: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(text.split())


#: Words at most ("Very nice", "So cool").
MAX_WORDS = 2
ADJECTIVES = _words(
    "nice great cool awesome amazing excellent wonderful fantastic superb brilliant lovely "
    "genial excelente buenisimo bonito chido otimo bacana lindo magnifique "
    "toll klasse bello bellissimo ottimo fantastico super "
    "отлично классно круто класс прикольно супер чудово клас "
    "swietnie fajne fajnie harika guzel mukemmel tuyet bagus mantap keren "
    "不错 很好 很棒 太棒了 好棒 いいね すごい 素晴らしい 좋아요 멋져요 رائع جميل"
)
STRONGER = _words("very so really too muy tres sehr molto очень дуже bardzo cok rat sangat 非常")


def bare_praise(prose: str) -> str | None:
    """The adjective when the text is praise with nothing praised, or None."""
    if len(prose) > 40:
        return None
    tokens = folded_tokens(prose)
    if not tokens or len(tokens) > MAX_WORDS:
        return None
    if not all(t in ADJECTIVES or t in STRONGER for t in tokens):
        return None
    return next((t for t in tokens if t in ADJECTIVES), None)


def bare_praise_evidence(prose: str, weight: float) -> list[Evidence]:
    """A bot's one word of praise: noise, weighing ``weight`` (under the threshold alone)."""
    word = bare_praise(prose)
    if word is None:
        return []
    detail = f"bot post: a word of praise with nothing praised ({word!r})"
    return [Evidence(weight, detail, noise=True)]
