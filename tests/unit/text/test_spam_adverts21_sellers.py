"""Session 21: what a seller in a neighbour's voice offers: the reader told what to say to the
seller, a price kept for the reader's group, a seller's terms in more languages, a hidden
address beside a deal or a sum in words. Every row was written for this file."""

from __future__ import annotations

from intake.text.spam.channels import hidden_money_evidence
from intake.text.spam.evidence import Evidence
from intake.text.spam.referral import neighbour_price, neighbour_price_evidence, referral
from intake.text.spam.selleroffer import terms_of_trade
from intake.text.spam.settings import SpamSettings


def test_the_reader_told_what_to_say_to_the_seller() -> None:
    assert referral("just text Gus and say you saw it on the council page") == ("say you saw it on")
    assert referral("Just tell him the neighbour from Cedar and 5th sent you.")
    assert referral("Njegov broj je kod mene, recite da ste od Edina.") == "recite da ste od"
    assert referral("Позвоните Ивану и скажите, что вы от Марины.") == "скажите, что вы от"
    assert referral("The first lesson is half price if you say Willow Bend.") == "if you say"
    assert referral("Mention Cedar Falls for the community rate.") is not None
    # saying or mentioning with nothing in it for the reader, or a warning, is no referral
    assert referral("I have to say the rates are too high.") is None
    assert referral("Please mention the item number when you call the clerk.") is None
    assert referral("If you say the fee is fair, look at the budget.") is None


def test_a_price_kept_for_the_readers_group() -> None:
    assert neighbour_price("he gave our whole block the neighbour price")
    assert neighbour_price("precio especial para vecinas") is not None
    assert neighbour_price("mahalleye özel fiyat var") is not None
    assert neighbour_price("פאר שכנים א ספעציעלע פרייז") is not None
    # only with a private way to reach, and not from a writer taking part in the item
    assert neighbour_price_evidence("the neighbour price, call me", direct=False) == []
    assert neighbour_price_evidence("We support the trail. The neighbour price.", True) == []
    assert neighbour_price_evidence("Sign our petition; the neighbour price.", True) == []
    assert neighbour_price("a 10% increase for residents") is None


def test_a_sellers_terms_in_more_languages() -> None:
    assert terms_of_trade("ilk ders ücretsiz") == ["ilk ders ucretsiz"]
    assert terms_of_trade("במחיר שאף אחד לא מתחרה בו") == ["במחיר שאף אחד לא מתחרה"]
    assert terms_of_trade("Spots are limited, book now") == ["spots are limited", "book now"]
    assert terms_of_trade("Kira çok yüksek, uygun fiyatlı konut lazım.") == []


def test_a_hidden_address_with_a_deal_or_a_sum_in_words() -> None:
    hidden = [Evidence(0.45, "links: an address spelled out ('outlet [dot] store')")]
    settings = SpamSettings()
    assert hidden_money_evidence(hidden, "kayaks half price, free ship today only", settings)
    assert hidden_money_evidence(hidden, "prints for forty dollars", settings)
    assert hidden_money_evidence(hidden, "kayaks for the kids", settings) == []
