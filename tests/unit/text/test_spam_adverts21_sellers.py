"""Session 21: what a seller in a neighbour's voice offers: the reader told what to say to the
seller, a price kept for the reader's group, a seller's terms in more languages, a hidden
address beside a deal or a sum in words. Every row was written for this file."""

from __future__ import annotations

from intake.text.spam.channels import hidden_money_evidence
from intake.text.spam.evidence import Evidence
from intake.text.spam.referral import (
    neighbour_price,
    neighbour_price_evidence,
    referral,
    referral_evidence,
)
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


def test_what_the_reader_is_told_to_say_is_one_sign() -> None:
    """A public service's perk passed on ("if you say you came by bus, a free flu shot", "报我的
    名字 ... 免费") reads as a referral, but its benefit does not make it weigh more: residents
    pass such perks on, and the seller's other signs must agree."""
    perk = "The clinic gives a free flu shot if you say you came by bus."
    assert [e.weight for e in referral_evidence(perk)] == [0.55]
    named = "去诊所的时候报我的名字，社工会帮你免费办老人卡。"
    assert [e.weight for e in referral_evidence(named)] == [0.55]
    # the older forms keep their benefit: a code with a share off
    assert [e.weight for e in referral_evidence("Use code RIVER20 for 20% off.")] == [0.7]


def test_a_shops_community_rate_and_its_page_stay_under_the_threshold() -> None:
    text = "Community rate on Tuesdays as always. Find us on Instagram as eastgate.laundry."
    (evidence,) = neighbour_price_evidence(text, direct=True)
    assert evidence.weight == 0.35
