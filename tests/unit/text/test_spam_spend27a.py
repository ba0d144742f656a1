"""Session 27 (spend27a): shapes the spent -46 missed, each read as a family, in any language.

* a phone number said in parts joined by "then" ("708 then 555 then 0 1 1 5", "y luego", "ثم");
* the digit words of more languages (Gujarati, Bengali, Syriac with or without its vowel points,
  Indonesian, more Greek and Arabic forms);
* beside a contact hidden from filters, the price in a seller's words: a fair rate, a special
  price, a seller who charges little, a sum written in words (:mod:`hiddenpitch`);
* a notice in an authority's name telling the reader to claim a refund at an outside link;
* "I" joined by a hyphen ("I-PASS", "I-294", Tagalog "I-click") is no first person, so a petition
  asking for the reader's date of birth at a link is read;
* "fill out the form with your SSN" in more languages.

Every row here was written for this file; none is copied from a set.
"""

from __future__ import annotations

import pytest

from intake.text.spam.hiddenpitch import price_in_a_sellers_words
from intake.text.spam.notices import authority_notice
from intake.text.spam.pronouns import WRITER_RE
from intake.text.spam.topics import wrong_number
from intake.text.spam.upfront import identity_at_link
from intake.text.spam.wordphone import spelled_phone
from tests.unit.text.spam_judging import judged

#: The item and its first comments (enough of them for relatedness to be judged).
LAKESHORE = (
    "Ordinance 2027-09: sound barrier along the I-90 frontage and a $60 rental registration fee",
    "The trucks on the interstate wake our kids every night, please build the wall.",
    "A registration fee of $60 a unit will be passed on to tenants, vote no.",
    "I support the barrier if the state pays most of it and the trees stay.",
    "Why does the east side get a wall and not the houses on Birch Lane?",
    "Landlords already pay for inspections; this fee is a second tax on rentals.",
    "Could the village publish the noise study and the cost share with the state?",
    "The wall should be finished before the summer, the noise is worst with windows open.",
)

SPAM = [
    # A relative's service at a neighbour rate, the phone in English words.
    "Until the wall is built, my nephew seals windows and attics for the noise at a neighbor "
    "rate. Reach him at four one two, 555, zero one eight three.",
    # A phone in parts joined by "y luego", a good price, in Spanish.
    "Mi suegro instala ventanas dobles contra el ruido y les da buen precio a los vecinos de "
    "Birch Lane. Su cel: 615 555, y luego 01 47.",
    # A sum in words and a phone said with "then".
    "My aunt bakes for the holidays, thirty dollars a tray, delivered on the east side. Call her "
    "at 847 then 555 then 0 1 3 3.",
    # Gujarati digit words and a good price.
    "મારા કાકા સારા ભાવે બારીઓ બદલી આપે છે, અવાજ ઓછો થઈ જશે. ફોન: નવ સાત ત્રણ 555 શૂન્ય એક છ છ",
    # Bengali digit words and a cheap price.
    "আমার ভাই সস্তা দামে জানালা বদলে দেয়, শব্দ অনেক কমে যায়। ফোন করুন: সাত এক আট 555 শূন্য এক দুই নয়",
    # A refund to claim, in an authority's name.
    "LAKESHORE COUNTY TREASURER: Due to the new barrier cost share, you are owed a property "
    "tax refund of $58.20. Refunds not claimed by Friday go back to the county. Claim "
    "securely: lakeshore-county-refunds.net/claim",
    # A petition asking for the reader's date of birth, with "I-90" in it.
    "Sign the petition for the full I-90 sound wall! The state only counts verified residents "
    "of the east side: enter your name, date of birth and bank account at "
    "fullwall90-petition.org. The trucks wake our kids every night, build the wall.",
]

RESIDENTS = [
    # A resident who writes their number in words, with no price: not enough alone.
    "We live on Birch Lane and the trucks wake us at four every morning. If the village wants "
    "a witness at the hearing, call me: seven zero eight, 555, zero one two three.",
    # A number given in parts with "then" for a hotline, nothing sold.
    "The state's noise hotline is 312 then 555 then 0100, press 2 for the interstate. Please "
    "everyone call it so the wall gets counted.",
    # Years said in turn, and a fair price for the wall: no number at all.
    "The wall was promised in 2019, then 2021, then 2024. A fair price for the state's share "
    "would be the full cost, not 40 percent.",
    # A fair price and a readable phone: a resident to be called back.
    "A fair rate for the registration would be $20, not $60. I own two units on Birch Lane; "
    "call me at 708-555-0144 if the board wants numbers.",
    # A resident warning of a seller who dictates his number.
    "Someone is calling seniors from seven zero eight, 555, zero one nine nine offering a "
    "special price on soundproofing. It is a scam, do not pay anything up front.",
    # A number in words beside the sum the item itself names: the item's fee, argued about.
    "The registration fee of $60 a unit will go straight into our rents. If anyone on the "
    "board wants to hear from tenants, call me at seven zero eight, 555, zero one two three.",
    # "I-90" and the first person.
    "I-90 trucks keep me up at night. I support the barrier and I will pay my share.",
]


@pytest.mark.parametrize("body", SPAM)
def test_the_shapes_of_the_spent_46_are_spam_in_other_words(body: str) -> None:
    spam, why = judged(body, LAKESHORE)
    assert spam, why


@pytest.mark.parametrize("body", RESIDENTS)
def test_residents_near_those_shapes_stay_ham(body: str) -> None:
    spam, why = judged(body, LAKESHORE)
    assert not spam, why


def test_a_number_said_in_turn_is_read_but_not_years_nor_sums() -> None:
    assert spelled_phone("call 708 then 555 then 0 1 1 5") == "708 then 555 then 0 1 1 5"
    assert spelled_phone("su número 773 555, y luego 01 22.") == "773 555, y luego 01 22"
    assert spelled_phone("اتصلوا على سبعة سبعة ثلاثة ثم 555 ثم صفر واحد ستة ثمانية") is not None
    assert spelled_phone("promised in 2019, then 2021, then 2024") is None
    assert spelled_phone("rent went from 1,200 then 1,450 then 1,700") is None
    assert spelled_phone("in 2 then 3 then 4 weeks") is None


def test_the_digit_words_of_more_languages() -> None:
    assert spelled_phone("ફોન: નવ સાત ત્રણ 555 શૂન્ય એક છ છ") is not None
    assert spelled_phone("ফোন: সাত এক আট 555 শূন্য এক দুই নয়") is not None
    # Syriac, pointed or not.
    assert spelled_phone("ܩܪܘܿܢ: ܫܲܒܥܵܐ ܨܸܦܪ ܬܡܵܢܝܵܐ 555 ܨܸܦܪ ܚܲܕ ܬܠܵܬܵܐ ܬܡܵܢܝܵܐ") is not None
    assert spelled_phone("ܩܪܘܢ: ܫܒܥܐ ܨܦܪ ܬܡܢܝܐ 555 ܨܦܪ ܚܕ ܬܠܬܐ ܬܡܢܝܐ") is not None
    assert spelled_phone("τηλ: επτά μηδέν οκτώ 555 μηδέν ένα εννιά τρία") is not None
    assert spelled_phone("Hubungi: nol delapan satu dua, 555, nol satu tujuh tujuh.") is not None


def test_the_price_in_a_sellers_words() -> None:
    assert price_in_a_sellers_words("at a fair rate for the mosque") == ["fair rate"]
    assert price_in_a_sellers_words("les hace precio especial") == ["precio especial"]
    assert price_in_a_sellers_words("με καλή τιμή για όλους") == ["καλη τιμη"]
    assert price_in_a_sellers_words("twenty dollars a jar") == ["twenty dollars"]
    assert price_in_a_sellers_words("Cobra poquito.") == ["cobra poquito"]
    assert price_in_a_sellers_words("hundreds of dollars in fees") == []
    assert price_in_a_sellers_words("The price of the deck is $14.8 million.") == []


def test_a_refund_to_claim_in_an_authoritys_name() -> None:
    notice = "COUNTY TREASURER: you are owed a refund of $41.10. Claim by Friday: example.com"
    assert authority_notice(notice) == "COUNTY TREASURER"
    # A resident who claimed their own refund writes in the first person.
    own = "County Treasurer: I claimed my refund of $41.10 last week at the office."
    assert authority_notice(own) is None


def test_i_joined_by_a_hyphen_is_no_first_person() -> None:
    assert WRITER_RE.search("enter your I-PASS account number") is None
    assert WRITER_RE.search("I-click ang link") is None
    assert WRITER_RE.search("I-90 is loud and I hate it") is not None


def test_fill_in_the_form_with_an_identity_in_more_languages() -> None:
    assert identity_at_link("Заповніть анкету з номером SSN: aid-example.org/form") is not None
    assert (
        identity_at_link("Llene el formulario con su seguro social aquí: example.org") is not None
    )
    # The writer's own form, in the first person: a resident.
    assert identity_at_link("I had to fill out the form with my SSN at the county office.") is None


def test_am_i_speaking_with_and_you_gave_your_number_in_hindi_and_urdu() -> None:
    opener = "नमस्ते, क्या मैं राजेश जी से बात कर रही हूँ? आपने कल मंदिर के पास अपना नंबर दिया था।"
    assert wrong_number(opener) is not None
    urdu = "کیا میں عمران بھائی سے بات کر رہا ہوں؟ آپ نے کل مسجد کے باہر اپنا نمبر دیا تھا۔"
    assert wrong_number(urdu) is not None
    # A resident asking the village's office in Urdu: no number said to be given.
    office = "کیا میں ولیج کے دفتر سے بات کر رہا ہوں؟ میں پارکنگ فیس کے بارے میں پوچھنا چاہتا ہوں۔"
    assert wrong_number(office) is None
