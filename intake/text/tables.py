"""The text engine's lazy tables, loaded together.

The spam rules' models and word lists, the name rules' word-frequency tables and the given names
public text is read for are built on first use. A process that serves comments (``intake serve``,
``intake label``) or measures them (the benchmarks) loads them all at start, so that no request
or measured batch pays for them.
"""

from __future__ import annotations

from intake.text import identifying, identifying_extra, spam


def preload(encoder: bool = False) -> None:
    """Load every table the engine builds lazily (a few seconds of CPU, once per process);
    ``encoder``: the spam engine's sentence encoder too. Callers pass the setting
    ``spam_encoder`` (``intake serve``, ``intake label``); a bare preload, as benchmarks and tests
    make, leaves the encoder to load when a labeller first asks for it."""
    spam.preload(encoder)
    identifying.preload()
    identifying_extra.preload()
