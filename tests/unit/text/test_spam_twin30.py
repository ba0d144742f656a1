"""Session 30 (twin30): an account dictated in pieces, one reader for its two callers.

Session 29 wrote two readers of the same shape apart: spend29a's
``describedpitch.dictated_in_pieces`` (the underscore said in words, "then the word", "the
letters", in a sentence naming a network) and spend29b's ``toldaccount._PARTS_RE`` (a name's
word, then "then" and a dot, a year or digits, in a text naming a network or a search). They are
now one reader, :func:`inpieces.account_in_pieces`, read by both callers
(:func:`toldaccount.told_account` in reach, :func:`describedpitch.described_offer_evidence`
beside a seller's pitch). Each caller now reads both halves of the shape: the tests below of
one caller reading the other's half fail on the code before.

Every row here was written for this file; none is copied from a set.
"""

from __future__ import annotations

import time

import pytest

from intake.text.spam import describedpitch, inpieces, toldaccount
from intake.text.spam.describedpitch import described_offer_evidence
from intake.text.spam.inpieces import account_in_pieces
from intake.text.spam.settings import SpamSettings
from intake.text.spam.toldaccount import told_account
from tests.unit.text.hostile import WORST_CPU_SECONDS

S = SpamSettings()

#: Accounts dictated in pieces, in a sentence naming a network, a payment app or a search:
#: spend29a's half (the underscore, "then the word", "the letters") and spend29b's (a name's
#: word, "then", and a dot, a year or digits), in several languages.
DICTATED = [
    # spend29a's half.
    "Find them on Telegram: the word canal, underscore, lots, and the letters mb.",
    "Найдите его в Телеграме: слово ocenka, потом нижнее подчёркивание и буквы mb.",
    "Búscalo en Telegram como fletes guion bajo marlin.",
    "מחפשים אותו באינסטגרם: השם דני ואחריו המילה משאבות באנגלית והמספר 305.",
    "Пишіть у Телеграм: латиницею, потім слово remont і цифри 24.",
    # spend29b's half.
    "On Instagram the name is bakes then a dot then 44.",
    "Send it to my PayPal, it's my name Kerry and then the year I was born, 1987.",
    "Instagram-ka iga raadi, magacayga Hodan kadibna 77.",
    "Add him on Snapchat, it's Vinny with a y at the end and two sevens.",
    "Per Revolut, mano vardas Rūta ir gimimo metai 1990.",
    "ગ્રુપ શોધો: નામ શેરગુરુ, પછી ગુજ્જુ અને 555.",
]

#: Residents and other texts neither half reads, nor the one reader.
NOT_DICTATED = [
    # A name and then a year, no network: a life, not an account.
    "My name is Alan and then in 1987 I moved here.",
    # A network named, the pieces in another sentence about something else.
    "The library posts its hours on Facebook. My name is Ana and then the year 2019 changed "
    "everything for us.",
    # A plain handle on a network.
    "Our knitting circle is on Instagram as @quaysideknits, come along.",
    # The letters of a word, no network, no search.
    "The letters on the new sign are too small, and the word Library is misspelt.",
    # A network and the word "word", no pieces.
    "I saw the word on Facebook that the branch will close.",
]


@pytest.mark.parametrize("text", DICTATED)
def test_the_one_reader_reads_both_halves(text: str) -> None:
    assert account_in_pieces(text) is not None


@pytest.mark.parametrize("text", NOT_DICTATED)
def test_the_one_reader_leaves_the_rest(text: str) -> None:
    assert account_in_pieces(text) is None


@pytest.mark.parametrize("text", DICTATED)
def test_reach_reads_both_halves_as_an_account_told_in_parts(text: str) -> None:
    """spend29b's caller: spend29a's half (the underscore, "the letters") is read there too."""
    assert told_account(text) is not None


@pytest.mark.parametrize("text", DICTATED)
def test_beside_a_sum_both_halves_are_a_contact_described(text: str) -> None:
    """spend29a's caller: spend29b's half ("the name is X then a dot") is read there too."""
    found = described_offer_evidence(f"Lessons, £30 an hour. {text}", S, False)
    assert found, text
    assert any("contact described" in e.detail for e in found)


def test_both_callers_use_the_one_reader() -> None:
    """A later fix of the reader lands in one place: neither caller keeps its own copy."""
    assert vars(toldaccount)["account_in_pieces"] is inpieces.account_in_pieces
    assert vars(describedpitch)["account_in_pieces"] is inpieces.account_in_pieces
    assert not hasattr(describedpitch, "dictated_in_pieces")
    assert not hasattr(toldaccount, "_PARTS_RE")


def test_a_text_of_many_sentences_naming_a_network_is_read_in_linear_time() -> None:
    """spend29a's reader took each network's sentence from the text's start again: 5,000
    sentences naming Facebook took 84 s. The one reader reads each sentence once."""
    text = "Facebook. " * 3000 + "Lessons £30, the letters and the word."
    started = time.perf_counter()
    described_offer_evidence(text, S, False)
    told_account(text)
    assert time.perf_counter() - started < WORST_CPU_SECONDS
