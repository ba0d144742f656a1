"""Session 28 (spend28a): shapes the spent -48 missed, each read as a family, in any language.

* a messenger or a network named by its look, not its name ("the blue app", "the app with the
  green speech bubble", "the paper plane app", "la app verde", "纸飞机"), with the name to look
  for or write to in its sentence, beside a price (:mod:`describedpitch`);
* an account told as a name plus something, in Chinese ("微信号是 X 后面加上 ...");
* beside a contact hidden from filters, more of a seller's words: "zero fees", a place passed on
  "for a fee", a sum in slang, a result guaranteed (Punjabi, Urdu), the price in Chinese
  (:mod:`hiddenpitch`); not a free check, which res27's tradesmen offer beside a spelled number;
* a photo or a copy of the reader's licence or passport asked for (:mod:`idask`).

Every row here was written for this file; none is copied from a set.
"""

from __future__ import annotations

import pytest

from intake.text.spam.describedpitch import app_by_look, described_contact
from intake.text.spam.hiddenpitch import price_in_a_sellers_words
from intake.text.spam.idask import asks_for_secret
from intake.text.spam.notices import authority_notice
from intake.text.spam.selleroffer import terms_of_trade
from intake.text.spam.topics import spam_topics
from tests.unit.text.spam_judging import judged

#: The item and its first comments (enough of them for relatedness to be judged).
MARRABEL = (
    "Marrabel Vale Shire: kerbside waste every second week and one booked hard-rubbish pickup",
    "Every second week is not enough for a house with a baby in nappies.",
    "One hard-rubbish pickup a year means mattresses dumped in the creek reserve.",
    "I support the change if the green-waste bin goes weekly in summer.",
    "Will the shire give bigger bins to large households at no charge?",
    "The tip on Quarry Road closes at four, most of us work until five.",
    "Please publish what the shire saves with the new schedule.",
    "Older residents cannot drag heavy bins up steep driveways twice as full.",
)

SPAM = [
    # A coloured app, the business's name to look for, a price.
    "Fortnightly bins will overflow by day ten. I hire out box trailers from my yard in "
    "Marrabel, $45 for half a day. Look up Vale Trailer Hire on the blue app and send a message.",
    # An app told by its logo, a handle to message, a price.
    "A pickup a year won't clear anyone's shed. My brother empties garages and sheds, $120 a "
    "ute load. Message shedclearjoe on the app with the green speech bubble.",
    # Telegram as the paper plane app, a channel to look up, a sum in slang.
    "Nobody will remember which week is which. A mate posts the bin week every Sunday night in "
    "a channel on the paper plane app, look up valebinweek, a fiver a month.",
    # Spanish: the green app, a man to search for, a price.
    "Con la basura cada dos semanas se llenan los patios. Mi tío vacía cocheras por $60, "
    "búsquenlo en la app verde como Fletes Ramírez.",
    # Chinese: a WeChat ID told as a name plus a number, a low price.
    "垃圾两周才收一次，大件垃圾一年只能约一次。我们做上门清运，价格实惠，当天可以来。"
    "加微信，微信号是 qingyun 后面加上门牌号 88。",
    # A number in words beside "zero fees".
    "The tip's card reader is always down. The terminal my shop uses has zero fees and pays "
    "out the next morning. Call Deepak on zero four five five, 555, three one two.",
    # A handle dictated, a permit passed on for a fee.
    "Green-waste permits for the reserve sell out in a day. I have two spare, happy to pass "
    "them on for a fee. DM me, the handle is vale underscore green underscore 44.",
]

RESIDENTS = [
    # A tradesman on the item offering a free check, his number spelled out: res27's plumbers'
    # shape (``invented_residents_27.txt``), a neighbour's help, not read as a seller's price.
    "Heavier bins will hurt older backs on these driveways. I'm a physio in the Vale and I'll "
    "do a free back and posture check for anyone over seventy. Ring me on oh four one two, "
    "five five five, eight eight one.",
    # The blue app named for where a resident read the news: no name to look for, a sum argued.
    "Everyone on the blue app is angry about the $96 waste charge, and I am too. Weekly "
    "pickups should stay.",
    # A school's fete on Facebook, named plainly, with a price.
    "The primary school's fete will collect e-waste for the shire. It's on Facebook, search "
    "Marrabel Primary Fete, tickets are $5 a family.",
    # Chinese: free hard rubbish argued, a resident's group to join on WeChat, no ID.
    "华人邻居们，免费的硬垃圾收集一年一次不够。想一起给市政府写信的，可以在微信群里找我。",
    # "No guarantee" and a phone in figures, a resident's view.
    "There is no guarantee fortnightly pickups will save money. Call me on 0412 555 019 if the "
    "shire wants a mother of four's view.",
    # A resident who writes that the shire should check bins for free.
    "The shire should do a free bin check for older residents before the change, and swap "
    "heavy bins for smaller ones at no cost.",
    # A resident quoting a group's ask for a licence, to warn.
    "Someone in a local group asked new members to send a photo of your driver licence to "
    "join. That is a scam, the shire never asks for it.",
    # A resident telling of their own licence, in the first person.
    "To book the hard-rubbish pickup I had to upload a photo of my licence, which seems a lot "
    "for a mattress.",
    # Spanish: the green-waste bin called "el contenedor verde", a price, no app.
    "El contenedor verde debería pasar cada semana en verano. Pagamos $96 al año por él.",
]


@pytest.mark.parametrize("body", SPAM)
def test_the_shapes_of_the_spent_48_are_spam_in_other_words(body: str) -> None:
    spam, why = judged(body, MARRABEL)
    assert spam, why


@pytest.mark.parametrize("body", RESIDENTS)
def test_residents_near_those_shapes_stay_ham(body: str) -> None:
    spam, why = judged(body, MARRABEL)
    assert not spam, why


def test_an_app_named_by_its_look_with_a_name_to_reach() -> None:
    assert app_by_look("Message joe on the app with the green speech bubble.") is not None
    assert app_by_look("Look up valebins on the paper plane app.") is not None
    assert app_by_look("Find us on the messenger with the blue paper plane.") is not None
    assert app_by_look("DM me on the gram, the handle is vale.") is not None
    assert app_by_look("Búsquenlo en la app verde como Fletes.") is not None
    assert app_by_look("Everyone on the blue app is angry.") is None
    assert app_by_look("The app with the most downloads is the council's.") is None
    assert app_by_look("Search the green bin app for the dates.") is None


def test_a_name_plus_something_in_chinese() -> None:
    assert described_contact("微信号是 qingyun 后面加上门牌号 88") is not None
    assert described_contact("微信号 huishou 加上小区名字") is not None
    assert described_contact("加我微信 lily2026") is None


def test_more_of_a_sellers_words() -> None:
    assert price_in_a_sellers_words("a free back and posture check") == []
    assert price_in_a_sellers_words("I'll check it for free") == []
    assert price_in_a_sellers_words("zero fees") == ["zero fees"]
    assert price_in_a_sellers_words("happy to pass them on for a fee") == ["for a fee"]
    assert price_in_a_sellers_words("a fiver a month") == ["a fiver"]
    assert price_in_a_sellers_words("ਕੰਮ ਦੀ ਗਾਰੰਟੀ") != []
    assert price_in_a_sellers_words("价格实惠，成功才收费") == ["价格实惠", "成功才收费"]
    assert price_in_a_sellers_words("there is no guarantee it works") == []
    assert price_in_a_sellers_words("a fee for a permit") == []


def test_a_photo_of_the_readers_licence_asked() -> None:
    assert asks_for_secret("Send a photo of your driver licence to the admin.") is not None
    assert asks_for_secret("Upload a copy of your passport here.") is not None
    assert asks_for_secret("I had to upload a photo of my licence.") is None


NOTICES = [
    # A council's heading named an overdue notice, a fee to pay at an outside link.
    "MARRABEL VALE SHIRE COUNCIL - FINAL NOTICE. Your green-waste bin fee of $84.50 is overdue. "
    "Bins will not be collected after Friday unless paid today. Pay here: "
    "marrabel-bins.payment-portal.net",
]

NOTICE_RESIDENTS = [
    # A tradesman on the item offering a free check, his number spelled out: res27's plumbers'
    # shape (``invented_residents_27.txt``), a neighbour's help, not read as a seller's price.
    "Heavier bins will hurt older backs on these driveways. I'm a physio in the Vale and I'll "
    "do a free back and posture check for anyone over seventy. Ring me on oh four one two, "
    "five five five, eight eight one.",
    # Writing to the council, "notice" as a verb, a link to photos.
    "Shire Council - notice how the bins overflow now, two days after pickup. Pay attention "
    "to the photos at valebins-photos.net before you vote.",
    # Writing to the council, a notice of objection: no fee pressed, nothing to pay now.
    "Shire Council: notice of objection. Fortnightly pickups must not start before bigger "
    "bins are paid for. Our petition is at marrabel-ratepayers.org.au",
]


@pytest.mark.parametrize("body", NOTICES)
def test_an_authoritys_notice_named_so_is_spam(body: str) -> None:
    spam, why = judged(body, MARRABEL)
    assert spam, why


@pytest.mark.parametrize("body", NOTICE_RESIDENTS)
def test_residents_writing_to_the_council_stay_ham(body: str) -> None:
    spam, why = judged(body, MARRABEL)
    assert not spam, why


def test_a_commission_a_tribunal_a_panel_a_shire_speak_as_authorities() -> None:
    fee = " - Waste Plan. Submitters must pay a $65.00 hearing fee by Monday. Pay at the link."
    for heading in ("HEARINGS COMMISSION", "WASTE TRIBUNAL", "PLANNING PANEL", "VALE SHIRE"):
        assert authority_notice(heading + fee) == heading
    assert authority_notice("Shire Council - notice how the bins overflow. Pay $5 now.") is None
    assert authority_notice("CITY COUNCIL - OVERDUE NOTICE. Pay the $96.00 charge now.") == (
        "CITY COUNCIL"
    )
    assert authority_notice("City Council - I object. Pay the $96.00 charge now?") is None


PUNJABI = [
    # Black magic and family quarrels solved, a number to call.
    "ਕਾਲਾ ਜਾਦੂ, ਘਰ ਦੇ ਝਗੜੇ, ਨੌਕਰੀ ਦੀ ਰੁਕਾਵਟ, ਸਭ ਦਾ ਹੱਲ। ਪੰਡਿਤ ਜੀ ਨੂੰ ਫ਼ੋਨ ਕਰੋ +61 412 555 730",
    # A visa guaranteed for a fee, only a sum, a number.
    "ਕੈਨੇਡਾ ਦਾ ਵੀਜ਼ਾ ਪੱਕਾ, ਵੀਜ਼ਾ ਦੀ ਗਾਰੰਟੀ! ਫਾਈਲ ਫੀਸ ਸਿਰਫ $2000। ਵਟਸਐਪ ਕਰੋ 0412 555 731",
    # Cheap flights starting from a sum, book now, a number.
    "ਸਸਤੀਆਂ ਉਡਾਣਾਂ! ਸਿਡਨੀ ਤੋਂ ਚੰਡੀਗੜ੍ਹ $750 ਤੋਂ ਸ਼ੁਰੂ। ਹੁਣੇ ਬੁੱਕ ਕਰੋ, ਕਾਲ ਕਰੋ 0412 555 732",
]

PUNJABI_RESIDENTS = [
    # A tradesman on the item offering a free check, his number spelled out: res27's plumbers'
    # shape (``invented_residents_27.txt``), a neighbour's help, not read as a seller's price.
    "Heavier bins will hurt older backs on these driveways. I'm a physio in the Vale and I'll "
    "do a free back and posture check for anyone over seventy. Ring me on oh four one two, "
    "five five five, eight eight one.",
    # A student on a visa who wants the bus cheap, and gives her number.
    "ਮੈਂ ਵਿਦਿਆਰਥੀ ਵੀਜ਼ਾ ਤੇ ਹਾਂ ਅਤੇ ਕੂੜਾ ਚੁੱਕਣ ਦੀ ਫੀਸ ਸਸਤੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ। ਮੇਰਾ ਨੰਬਰ 0412 555 733",
    # Tamil: a crossing is necessary ("அவசியம்"), a resident's number.
    "வாரம் ஒருமுறை குப்பை எடுப்பது அவசியம், எங்கள் வீட்டில் ஆறு பேர். என் எண் 0412 555 734",
]


def test_punjabi_adverts_and_lures_are_read() -> None:
    """The rules read them (the starter model alone may already lean to spam on them)."""
    spells, visa, flights = PUNJABI
    assert [t for t, _ in spam_topics(spells)] == ["spells and love problems solved"]
    assert "a visa promised" in [t for t, _ in spam_topics(visa)]
    assert terms_of_trade(visa) == ["ਸਿਰਫ $"]
    assert len(terms_of_trade(flights)) >= 3


@pytest.mark.parametrize("body", PUNJABI_RESIDENTS)
def test_punjabi_and_tamil_residents_stay_ham(body: str) -> None:
    spam, why = judged(body, MARRABEL)
    assert not spam, why


def test_a_national_agency_speaking_in_vietnamese() -> None:
    notice = (
        "Medicare thông báo: Hoàn tiền $320 cho người cao tuổi ở Marrabel. Đăng ký nhận tiền "
        "trước ngày 15/1 tại: medicare-hoantien.com/vn"
    )
    assert authority_notice(notice) == "Medicare"
    # A resident telling of her own registration, in the first person.
    told = "Centrelink thông báo: tôi đã đăng ký nhận $320 nhưng chưa nhận được tiền."
    assert authority_notice(told) is None
