"""Spam scoring for public comments.

Public comment is speech. A spam label only moves a comment out of the counts
staff look at first; it never rejects it. So every piece of evidence is kept as
a human-readable reason with its weight, and the verdict is a plain function of
those reasons that staff can check by hand.

Evidence is combined with a noisy-OR, ``1 - prod(1 - w_i)``: each signal is
treated as an independent chance that the comment is spam. That keeps the score
in [0, 1] without a cap, never lets one weak signal repeated across categories
run away, and guarantees that adding evidence can never lower the score.

The module is pure: no Flask, no database, no network. The few data tables it
needs (a character-bigram model built from ``wordfreq``'s multilingual word
lists, the disposable-domain list, the phone metadata) come from installed
packages and are loaded once, lazily, on first use (or by :func:`preload`).

Where things are: docs/spam.md, "Where things are", maps every module by role. In short:
``settings`` (every weight and threshold, the behaviour and verdict types), ``evidence`` (one
signal, the noisy-OR), ``links`` (URLs, addresses, numbers, handles), ``offers`` (prices, calls
to action), ``noise`` (gibberish, repetition), ``unrelated`` (relatedness to the item),
``behaviour`` (honeypot, bursts, velocity, throwaway addresses),
``learned`` (the deployment's model learned from staff decisions, ``intake spam train``),
``scoring`` (:func:`score`, which gathers them).
"""

from __future__ import annotations

from intake.text import relatedness
from intake.text.spam.behaviour import disposable_domains
from intake.text.spam.context import wants_item_context
from intake.text.spam.encoder import Reader as EncoderReader
from intake.text.spam.encoder import reader as encoder_reader
from intake.text.spam.learned import Example, LearnedModel, language_words, train
from intake.text.spam.links import full_linkifier, linkifier
from intake.text.spam.noise import bigram_model, other_script_letters
from intake.text.spam.scoring import TextMemo, score
from intake.text.spam.settings import Behaviour, SpamSettings, SpamVerdict

__all__ = [
    "Behaviour",
    "EncoderReader",
    "Example",
    "LearnedModel",
    "SpamSettings",
    "SpamVerdict",
    "TextMemo",
    "encoder_reader",
    "preload",
    "score",
    "train",
    "wants_item_context",
]


def preload(encoder: bool = False) -> None:
    """Load every lazy table now (e.g. at app start) so the first comment is not slow;
    ``encoder``: the sentence encoder too (``INTAKE_SPAM_ENCODER``)."""
    linkifier()
    full_linkifier()
    bigram_model()
    other_script_letters()
    disposable_domains()
    relatedness.common_words()
    language_words()
    if encoder:
        encoder_reader()
