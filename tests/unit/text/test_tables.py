"""``intake.text.tables.preload``: what serving processes call at start loads every lazy table."""

from __future__ import annotations

from intake.text import identifying, tables
from intake.text.spam import links, noise


def test_preload_loads_the_spam_models_and_the_name_tables() -> None:
    for loader in (links.linkifier, noise.bigram_model, identifying._zipf_in):
        loader.cache_clear()

    tables.preload()

    assert links.linkifier.cache_info().currsize == 1
    assert noise.bigram_model.cache_info().currsize == 1
    assert identifying._zipf_in.cache_info().currsize > 0
