"""Session 12: a resident quoting a scam to warn neighbours is judged by their own words.

Every row was written for this file. The first resident (a shut-off text quoted with its link)
was judged spam by main before the change; the others are the same warning in other languages
and marks. The adverts keep their label whatever they quote.
"""

from __future__ import annotations

import pytest

from intake.text.spam.quoted import own_words
from tests.unit.text.spam_judging import judged

DELMAR = (
    "Variance 2026-31: 1400 Delmar Avenue height and parking variance for an eight-storey tower",
    "The tower is too tall for Delmar, it will shade the whole block.",
    "I support the variance, we need homes near transit.",
)

WARNINGS = (
    "Heads up, my mother got a text: «Your water will be shut off today, pay now at "
    "http://water-pay.example.top». The city never texts like that, please tell your parents.",
    "Vecinos: alguien dejó volantes en Delmar que dicen “Compramos su casa en EFECTIVO, "
    "inversionistas listos, llame ya al 555-0188”. No les crean, la ciudad no tiene nada que ver.",
    "Соседи, осторожно: в почтовых ящиках на Delmar листовки «Купим вашу квартиру за наличные, "
    "звоните 555-0188 сегодня». Город к этому не имеет никакого отношения, не звоните им.",
)


@pytest.mark.parametrize("body", WARNINGS)
def test_a_warning_that_quotes_a_scam_is_not_spam(body: str) -> None:
    assert own_words(body) is not None
    spam, why = judged(body, DELMAR)
    assert not spam, why
    assert "someone else's" in why


@pytest.mark.parametrize(
    "body",
    [
        # Mostly a quotation with a word around it: read whole.
        "Check this: 'we buy houses for cash, call now 555-0188 investors ready today'",
        # An advert quoting a customer still speaks its own pitch.
        'We buy houses for CASH, any condition! "Fast closing, no fees, no repairs needed" Call '
        "555-0188 today for your free offer, investors ready.",
    ],
)
def test_an_advert_is_judged_whatever_it_quotes(body: str) -> None:
    spam, why = judged(body, DELMAR)
    assert spam, why


@pytest.mark.parametrize(
    "body",
    [
        "I don't think the neighbours' plan is right for Delmar, it's too tall and parking's short.",
        "The so-called 'parking study' was done in August when half the block was away.",
        "Nobody said 'no' to housing here; we asked for twelve storeys instead of twenty.",
    ],
)
def test_apostrophes_and_scare_quotes_are_not_quotations(body: str) -> None:
    assert own_words(body) is None


def test_a_long_unclosed_quote_cannot_swallow_the_comment() -> None:
    body = 'He wrote "' + "word " * 400 + "and never closed it. Call 555-0188 for cash offers."
    assert own_words(body) is None
