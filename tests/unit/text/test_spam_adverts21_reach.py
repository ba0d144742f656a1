"""Session 21: how a seller in a neighbour's voice gives a way to reach them that no finder
reads: a name or an address dictated ("all one word", "no spaces", "underscore"), a number
written with the digit words of more languages or given in parts, a page to look up named after
more verbs and networks. Every row was written for this file."""

from __future__ import annotations

from intake.text.spam.contacts import named_pages
from intake.text.spam.spelled import dictated
from intake.text.spam.wordphone import spelled_phone, split_phone


def test_a_name_or_an_address_dictated() -> None:
    assert dictated("he goes by cashforhomes, all one word, on Facebook") == "all one word"
    assert dictated("dana dot willow at fastclosemail dot com, no spaces.") == "no spaces"
    assert dictated("username boatfix underscore ia") == "boatfix underscore ia"
    assert dictated("ищите nika_salon, слитно.") == "слитно"
    # prose about spaces or words is not dictation
    assert dictated("There are no spaces on Elm after 6 pm.") is None
    assert dictated("In one word: no.") is None


def test_a_number_given_in_parts() -> None:
    assert split_phone("Numaranın son dört hanesi 0155, başı 319 555.") == "0155, başı 319 555"
    assert split_phone("زما شمیره: ۳۱۹۵۵۵ او ۰۱۷۲") == "۳۱۹۵۵۵ او ۰۱۷۲"
    assert spelled_phone("Viber je pet pet pet, nula jedan šest tri") is not None
    assert spelled_phone("להתקשר: חמש חמש חמש, אפס אחת שש ארבע") is not None
    # a number and an address written out, a dial-in code, document numbers are not parts
    assert split_phone("Call 555-0136, code 4471, to join.") is None
    assert split_phone("224 Tilley Road / 555-0108") is None
    assert split_phone("The ordinance number is 2026 117 and the amendment 2026 118.") is None


def test_pages_named_after_more_verbs_and_networks() -> None:
    assert named_pages("He goes by SafeHome Sergio on Facebook.") == ("SafeHome Sergio",)
    assert named_pages("She's on snap as Road Ready Cedar.") == ("Road Ready Cedar",)
    assert named_pages('Búsquenme en Facebook como "Cuidado Rosy"') == ('"Cuidado Rosy"',)
    assert named_pages("Facebook Messenger: KarenPhoneShopUSA") == ("KarenPhoneShopUSA",)
    # a residents' group run together is still a group
    assert named_pages("Facebook: FriendsOfElmPark") == ()
