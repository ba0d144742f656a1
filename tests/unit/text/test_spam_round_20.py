"""Round 20 (issue 14 item 6): a web address with its dot in brackets, whatever stands for it.

Rounds 13 and 16 read "shop (dot) de" for the words for "dot" they list (English, Spanish,
Portuguese, French, German, Russian, Arabic, Chinese). Adverts write it in their own language
("(kropka)", "[nokta]", "(крапка)") or write the dot itself with spaces ("[.]"): any one short
token in brackets between a name that is no word and a top-level domain is now read. Every row
here was written for this file; none is copied from a fixture.
"""

from __future__ import annotations

import pytest

from intake.text.spam.spelled import spelled_address
from tests.unit.text.spam_judging import judged

LIBRARY = (
    "Item 2026-140: Reducing weekend hours at the Northgate branch library",
    "The Northgate branch is the only quiet place my kids can study on Saturdays.",
    "Cutting weekend hours hurts working families the most.",
    "Please keep the branch open on Sundays at least in the afternoon.",
    "The library budget is small compared with the parking garage repairs.",
    "Seniors use the computers there on weekends to talk to their families.",
)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Více na prace-doma (tečka) cz a začněte", "prace-doma (tečka) cz"),  # Czech
        ("Daftar di pinjam-kilat [titik] id sekarang", "pinjam-kilat [titik] id"),  # Indonesian
        ("Giriş: bahis-kral [nokta] net", "bahis-kral [nokta] net"),  # Turkish
        ("Details: quick-cash-jobs [.] xyz", "quick-cash-jobs [.] xyz"),  # the dot itself
        ("Сайт: dohid24 {крапка} top", "dohid24 {крапка} top"),  # a name with digits
    ],
)
def test_a_bracketed_dot_is_read_in_any_language(text: str, address: str) -> None:
    assert spelled_address(text) == address


@pytest.mark.parametrize(
    "text",
    [
        "The covid-19 (again) is why so many kids fell behind.",  # "is": a word, not Iceland
        "The fee (sadly) is high for families.",  # "fee" is a word
        "Take Route-9 (north) one exit further.",  # a capital: no address is typed so
        "I found it at city-budget (pdf) in the appendix.",  # "in": a word
        "Prices (dot) points to the real problem.",  # round 19's pun: ".points" is no domain
    ],
)
def test_words_in_brackets_in_a_sentence_are_not_addresses(text: str) -> None:
    assert spelled_address(text) is None


def test_adverts_with_their_dot_in_brackets_are_caught() -> None:
    for body in (
        "Vydělávejte z domova až 2000 Kč denně! Více na prace-doma (tečka) cz a začněte ještě "
        "dnes.",
        "Pinjaman cepat tanpa jaminan, cair 5 menit! Daftar di pinjam-kilat [titik] id "
        "sekarang juga.",
        "Kazandıran bahis sitesi, ilk yatırıma 500 TL bonus! Giriş: bahis-kral [nokta] net",
    ):
        spam, why = judged(body, LIBRARY)
        assert spam, (body, why)
        assert "bracketed dot" in why, why


def test_residents_with_an_address_in_brackets_are_not_spam() -> None:
    """A warning about a scam, a petition and a friends' group with their address so written:
    read as a hidden link, under the threshold (the petition at 0.67, in the review queue)."""
    for body in (
        "Warning: I got a text saying my library card fines must be paid at "
        "northgate-library-pay [.] com within 24 hours. The library says it is a scam.",
        "Our petition to keep weekend hours is at keep-northgate-open [.] org, 400 names so far.",
        "The Friends of Northgate meet Saturday at the branch; details at northgatefriends "
        "(kropka) org if you read Polish, or ask at the desk.",
    ):
        spam, why = judged(body, LIBRARY)
        assert not spam, (body, why)
