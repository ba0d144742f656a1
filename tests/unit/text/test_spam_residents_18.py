"""Session 15: the residents the eighteenth and nineteenth sets flagged, by kind.

Every row here was written for this file (not copied from a set). Each resident row was flagged
before this session; each spam row is caught on both sides.

* Quotations in scripts written without spaces: a Chinese or Japanese resident quoting a scam
  text (its sum and messenger ID) around their own warning said too few "words" (a clause
  between two commas was one), so the quotation was read as their own.
* A rate the item's title sets ("a 4% accommodation tax") is the item's own, as its figures are:
  a hotel owner repeating it, with a signature, is not unrelated to the item.
* An Arabic, Persian or Urdu invitation to a weekly meal names its day ("كل يوم جمعة"): an event,
  not a short advert (round 14, which named days with the article only).
* An advert word ending an organisation's name inside a sentence ("Maya Community Services") is
  the name's, not an offer.
"""

from __future__ import annotations

import pytest

from tests.unit.text.spam_judging import judged

SANCTUARY = (
    "Ordinance 2031-14: limiting police cooperation with federal immigration detainers",
    "This ordinance keeps families together and lets victims report crimes without fear.",
    "Police should focus on public safety, not on enforcing federal immigration law.",
    "I worry the city will lose federal grants if it passes this ordinance as written.",
    "My neighbours stopped calling the police after the raids last spring.",
    "Please add clear rules on what information officers may share with federal agents.",
    "社區裡很多老人家不敢報警，因為擔心身份問題。這個條例可以讓大家安心。希望議會支持。",
    "我支持這個條例。移民家庭也是納稅人，也應該得到警察的保護。",
    "この条例に賛成します。近所の外国人家族が安心して警察に相談できるようにしてください。",
    "移民の家族が犯罪の被害を届け出られないのは問題です。条例の成立を望みます。",
)

QUOTING_RESIDENTS = {
    "Chinese": "大家注意！我鄰居收到短訊說「條例通過後，付$950就可以辦理身份，請加微信 papers2031」。"
    "這是騙局，條例不會給任何人身份，千萬不要付錢。",
    "Japanese": "皆さん注意！母に「条例成立後、30000円払えばビザ取得可能、LINE: visa2031」と届きました。"
    "詐欺です、払わないで。",
}

QUOTED_PITCH_READ_WHOLE = "請加微信「付$950辦理身份，加微信 papers2031 馬上辦」"


@pytest.mark.parametrize("language", sorted(QUOTING_RESIDENTS))
def test_a_resident_quoting_a_scam_in_a_script_without_spaces_is_not_spam(language: str) -> None:
    spam, why = judged(QUOTING_RESIDENTS[language], SANCTUARY)
    assert not spam, (language, why)


def test_a_pitch_that_is_all_quotation_is_read_whole() -> None:
    """Four characters of its own: too few to be a comment about the quotation."""
    spam, why = judged(QUOTED_PITCH_READ_WHOLE, SANCTUARY)
    assert spam, why


def test_an_advert_in_chinese_with_a_messenger_and_a_sum_is_spam() -> None:
    spam, why = judged("辦理身份，只需$950，當天完成。請加微信 papers2031 諮詢。", SANCTUARY)
    assert spam, why


LODGING_TAX = (
    "By-law 2031-22: a 5% municipal lodging tax on hotels, inns and short-term rentals",
    "Visitors should help pay for the roads and parks they use. I support the tax.",
    "Short-term rentals have taken half the apartments on my street; tax them.",
    "The money must go to tourism, not disappear into general revenue.",
    "Our bed and breakfast already struggles in the winter months. Please phase it in.",
    "Other towns in the region charge a similar levy and their visitors still come.",
    "What will the council do to make sure rental platforms actually collect it?",
)

#: Residents who repeat the title's rate and close with how to reach them (a signature).
RATE_RESIDENTS = {
    "English, signature": "Add 5% on top of the sales tax and tour buses will book across the "
    "border instead.\n\nMarta Kowalczyk\nOwner, Lakeview Lodge\n705-555-0163 | "
    "lakeviewlodge.example.com",
    "English, phone": "Glacier Ridge here (the ski area). We back the 5% if half of it pays "
    "for winter trail grooming as the provincial guidelines say. Ring me before the vote: "
    "Priya, 705-555-0119.",
}


@pytest.mark.parametrize("who", sorted(RATE_RESIDENTS))
def test_a_resident_repeating_the_titles_rate_is_not_spam(who: str) -> None:
    spam, why = judged(RATE_RESIDENTS[who], LODGING_TAX)
    assert not spam, (who, why)
    assert "unrelated to the item" not in why, (who, why)


def test_an_advert_with_another_rate_is_still_unrelated() -> None:
    spam, why = judged(
        "Earn 12% a month with our crypto staking pool, guaranteed returns. Sign up today at "
        "stakepool-earn.example.com or WhatsApp +44 7700 900123",
        LODGING_TAX,
    )
    assert spam, why


ENCAMPMENT = (
    "Ordinance 2031-30: encampment policy, 72-hour notice and storage of belongings",
    "Seventy-two hours is not enough notice for someone who works or is in hospital.",
    "The city must store belongings safely; people lose their documents and medicine.",
    "Removing tents in freezing weather puts lives at risk. Add a weather rule.",
    "Outreach workers should be present at every removal, not police alone.",
    "We need more shelter beds before any of this is enforced.",
    "ہماری تنظیم ہر ہفتے کھانا بانٹتی ہے۔ شہر کو پہلے رہائش دینی چاہیے۔",
)

#: Weekly meals offered free by a mosque, a church, a community kitchen, with a number to call.
WEEKLY_MEALS = {
    "Arabic": "نحن متطوعون في مركز الحي. نقدم عشاء مجاني كل يوم خميس بعد المغرب لكل من يحتاج، "
    "بدون أسئلة. نرجو من المجلس ألا يزيل الخيام في الشتاء. للتواصل: 555-0178",
    "Persian": "ما در مسجد محله هر پنجشنبه شب غذای گرم رایگان به همه نیازمندان می دهیم. "
    "لطفا چادرها را در زمستان جمع نکنید. تماس: 555-0193",
}


@pytest.mark.parametrize("language", sorted(WEEKLY_MEALS))
def test_a_weekly_meal_named_by_its_day_is_not_spam(language: str) -> None:
    spam, why = judged(WEEKLY_MEALS[language], ENCAMPMENT)
    assert not spam, (language, why)


def test_an_arabic_advert_with_no_day_is_still_judged() -> None:
    spam, why = judged(
        "قروض سريعة مجانية الرسوم، موافقة فورية بدون ضمان، اتصل الآن على 555-0144 واحصل على "
        "المال خلال ساعة",
        ENCAMPMENT,
    )
    assert spam, why


#: A caseworker's signature names their organisation.
SIGNED_BY_AN_ORGANISATION = {
    "English, caseworker": "I am a caseworker and three of my clients lost their IDs in the "
    "last sweep. Storage must be real storage. Thank you. Dolores Reyes, Northside Family "
    "Services, 555-0186, dreyes@example.org",
}


@pytest.mark.parametrize("who", sorted(SIGNED_BY_AN_ORGANISATION))
def test_an_organisation_named_in_a_signature_is_not_an_offer(who: str) -> None:
    spam, why = judged(SIGNED_BY_AN_ORGANISATION[who], ENCAMPMENT)
    assert not spam, (who, why)


def test_an_advert_for_services_is_still_spam() -> None:
    spam, why = judged(
        "Moving? Cheap storage units and junk removal services, same day. Call 555-0102 or "
        "book at quickstore-units.example.com",
        ENCAMPMENT,
    )
    assert spam, why
