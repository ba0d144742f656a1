"""The invented residents' files read by the engine (sessions 23 and on): which of their
comments it labels spam, alone, with the starter model, and with the sentence encoder too."""

from __future__ import annotations

from pathlib import Path

from intake.text.spam import Behaviour, SpamSettings, encoder, score, wants_item_context
from intake.text.spam.starter import starter_model
from tests.unit.text.test_spam_invented_residents_21 import parse_rows


def spam_among(rows: Path, with_starter: bool, with_reader: bool) -> list[str]:
    """The bodies of ``rows`` (an ``invented_residents_*.txt`` file) labelled spam, each read
    with its item's context where the engine wants it."""
    settings = SpamSettings()
    model = starter_model() if with_starter else None
    reader = encoder.reader() if with_reader else None
    flagged = []
    for context, body in parse_rows(rows):
        wanted = context if wants_item_context(body, settings) else None
        verdict = score(body, Behaviour(item_context=wanted), settings, model, reader=reader)
        if verdict.is_spam:
            flagged.append(body)
    return flagged


def unexpected_spam(
    rows: Path, known: tuple[str, ...], with_starter: bool, with_reader: bool
) -> list[str]:
    """The start of each comment of ``rows`` labelled spam that no entry of ``known`` (starts of
    comments still flagged, each for a reason its test file gives) begins."""
    flagged = spam_among(rows, with_starter, with_reader)
    return [body[:80] for body in flagged if not body.startswith(known)]


def known_no_longer_flagged(rows: Path, known: tuple[str, ...]) -> list[str]:
    """The entries of ``known`` the engine alone no longer labels spam: a mend cleared them, so
    the list must shrink."""
    flagged = spam_among(rows, False, False)
    return [k for k in known if not any(body.startswith(k) for body in flagged)]
