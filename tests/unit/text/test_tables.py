"""``intake.text.tables.preload``: what serving processes call at start loads every lazy table."""

from __future__ import annotations

from intake.text import frequency, identifying_extra, tables
from intake.text.spam import links, noise


def test_preload_loads_the_spam_models_and_the_name_tables_and_given_names() -> None:
    for loader in (
        links.linkifier,
        noise.bigram_model,
        frequency.zipf,
        identifying_extra._given_names,
    ):
        loader.cache_clear()

    tables.preload()

    assert links.linkifier.cache_info().currsize == 1
    assert noise.bigram_model.cache_info().currsize == 1
    assert frequency.zipf.cache_info().currsize > 0
    assert identifying_extra._given_names.cache_info().currsize == 1
