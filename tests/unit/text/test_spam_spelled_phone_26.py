"""Round 26: a phone number spelled with words for its digits, the reader asked for an identity
or card number, and a prize told in Nepali and German.

Every row here was written for this file. Spam hides its number from number finders ("555, two
zero nine one"), asks the reader to send a social security or card number in reply, or tells
the reader their address won. Residents give their number as a number, write of a social
security number to object or to warn, and write of what a team or a club won.
"""

from __future__ import annotations

import pytest

from intake.text.spam.idask import asks_for_secret
from intake.text.spam.settings import SpamSettings
from intake.text.spam.windfalls import prize_told
from intake.text.spam.wordphone import names_a_sum, spelled_phone, spelled_phone_evidence
from tests.unit.text.spam_judging import judged

LIBRARY = (
    "Ordinance 2026-77: Extending branch library hours on weekends and opening a teen room",
    "Please keep the Eastgate branch open on Sundays, my kids study there.",
    "A teen room is a good idea if it has staff, not only a sign.",
    "Will the longer hours cost more? The budget should say.",
    "Weekend hours help working parents. I support this.",
)

SPAM = {
    "English tutor, number in words, with a price": "Weekend library hours are great for "
    "students. I tutor SAT math at the branch for $40 an hour, results guaranteed. Text Dana "
    "at 555, two zero nine one, evenings only.",
    "Spanish tutor, number in words, price in words": "Los sábados en la biblioteca damos "
    "clases de inglés para adultos, solo 60 dólares al mes. Llame a Rosa: cinco cinco cinco, "
    "cero dos siete tres.",
    "Russian, number in words with a price": "Для школьников на выходных: репетитор по "
    "математике, 30 долларов за урок. Звоните: 555, ноль-два-шесть-один.",
    "grant asking for the last four of a Social": "Good news for Eastgate families: a state "
    "education grant of up to $1,800 per child is open until Friday. Reply with your name, "
    "address and the last four of your Social to reserve a place.",
    "Spanish prize asking for a card number": "Estimado lector: usted fue elegido en el sorteo "
    "de la biblioteca y ganó una tableta y $300. Para el envío responda con su dirección y "
    "número de tarjeta.",
}

RESIDENTS = {
    "number written as a number": "I run the Saturday chess club at the Eastgate branch, free "
    "for teens. Longer hours would let us start at 10. Call me at 555-0246 if you want to "
    "help, $0 cost to join.",
    "objecting to a social security number": "The teen room sign-up form should not ask "
    "families to send a social security number. Many parents here will not fill it in.",
    "a resident who was asked, in the first person": "Someone texted me to reply with my "
    "social security number for a library grant. I did not, and I told the branch staff.",
    "figures and a sum": "The extension costs $1,500,000 one time and about 120 000 a year, "
    "the report says on page 2, 3 and 4.",
}


@pytest.mark.parametrize("name", sorted(SPAM))
def test_numbers_spelled_out_and_asks_for_identity_numbers_are_spam(name: str) -> None:
    is_spam, reasons = judged(SPAM[name], LIBRARY)
    assert is_spam, reasons


@pytest.mark.parametrize("name", sorted(RESIDENTS))
def test_residents_with_numbers_and_identity_words_are_not(name: str) -> None:
    is_spam, reasons = judged(RESIDENTS[name], LIBRARY)
    assert not is_spam, reasons


def test_a_spelled_number_is_read_in_several_scripts() -> None:
    assert spelled_phone("llame al 555, cero dos siete tres") == "555, cero dos siete tres"
    assert spelled_phone("تماس: 555 - صفر دو سه نه") == "555 - صفر دو سه نه"
    assert spelled_phone("电话555，零二四六") == "555，零二四六"
    assert spelled_phone("ደውሉ፡ 555፡ ዜሮ ክልተ ሓደ ሰለስተ።") == "555፡ ዜሮ ክልተ ሓደ ሰለስተ"


def test_numbers_that_are_not_spelled_phones_are_left_alone() -> None:
    assert spelled_phone("Call 555-0246 or 555 0246.") is None
    assert spelled_phone("Options 1, 2 or 3, one or two of them.") is None
    assert spelled_phone("It costs $1,500,000 one-time.") is None
    # Lone digits are how residents write numbers too (a keypad's spacing): not hidden.
    assert spelled_phone("Text 555 0 2 4 6 tonight") is None
    assert spelled_phone_evidence("one two three", SpamSettings()) == []


def test_a_sum_is_read_by_a_currency_word_after_its_figure() -> None:
    assert names_a_sum("ብሰሙን 120 ዶላር ጥራይ")
    assert names_a_sum("فقط ۲۰ دلار")
    assert not names_a_sum("120 students and 20 teachers")


def test_an_ask_for_an_identity_number_is_not_read_in_a_residents_voice() -> None:
    assert asks_for_secret("Reply with your SSN to claim.") is not None
    assert asks_for_secret("Beware: they ask you to reply with your SSN. A scam.") is None
    assert asks_for_secret("Send me the form; my social security number is on file.") is None


def test_a_prize_told_in_nepali_and_german() -> None:
    assert prize_told("बधाई छ! तपाईंको फोन नम्बरले हाम्रो चिट्ठामा $90,000 जित्यो।") is not None
    assert prize_told("Ihre Handynummer wurde bei der Sonderziehung mit 40.000 € gezogen.")
    assert prize_told("हाम्रो टोलीले खेल जित्यो।") is None
    assert prize_told("Unser Verein wurde 2024 ausgezeichnet.") is None
