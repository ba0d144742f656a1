"""How the labelling service asks the spam engine about one comment, for the spam rounds' tests:
the item's context is loaded only when the engine asks for it (``wants_item_context``)."""

from __future__ import annotations

from intake.text.spam import Behaviour, SpamSettings, score, wants_item_context

DEFAULT_SETTINGS = SpamSettings()


def judged(
    body: str, context: tuple[str, ...] | None, settings: SpamSettings = DEFAULT_SETTINGS
) -> tuple[bool, str]:
    """Whether the comment is spam, and its reasons joined, with the item's context given only
    when it is asked for (``None``: the item has none)."""
    wanted = context if context is not None and wants_item_context(body, settings) else None
    verdict = score(body, Behaviour(item_context=wanted), settings)
    return verdict.is_spam, " | ".join(verdict.reasons)
