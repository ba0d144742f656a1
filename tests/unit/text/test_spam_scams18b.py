"""Session 18, second round (scams18b): scams addressed to the reader -- romance openers in
Arabic, Vietnamese and Tagalog, the romance scammer's persona, the dying donor's fortune, local
singles, Creole and Korean notices, a sender's tag opening a notice, legal action threatened
over the reader's site, a post's fee in Arabic, money asked to a private payment handle, and
Spanish "mes" (a month) no longer read as French "mes" (my). Every row here was written for
this file; none is copied from a fixture.
"""

from __future__ import annotations

import pytest

from intake.text.spam import notices
from intake.text.spam.idask import asks_for_secret
from intake.text.spam.notices import payment_handle, reader_notice
from intake.text.spam.pronouns import WRITER_RE
from intake.text.spam.settings import SpamSettings
from intake.text.spam.topics import spam_topics
from intake.text.spam.windfalls import advance_fee
from tests.unit.text.spam_judging import judged

PARK = (
    "Item 7: Riverside park lighting and the new splash pad",
    "The lights on the east path have been out since spring.",
    "Please add shade over the benches by the playground.",
)


def topic_names(body: str) -> list[str]:
    return [topic for topic, _ in spam_topics(body)]


# --------------------------------------------------------------------------- spam

ROMANCE = [
    # Arabic: the reader's comment read, then an honest heart and a wish to know them.
    "مرحبا، قرأت تعليقك عن الحديقة وأحسست أنك إنسان صادق. أريد أن أتعرف عليك، "
    "راسلني على sami.heart@lovebox-mail.net",
    # Vietnamese: "I read your comment ... do you want to get acquainted?"
    "Chào anh, em đọc anh bình luận về công viên, anh có muốn làm quen với em không? "
    "Nhắn em: thuy.xinh99@hopthu-vui.net",
    # Tagalog without the article: "nakita ko post mo".
    "Hello po, nakita ko post mo tungkol sa parke, gusto sana kitang makilala. "
    "Email mo ako: rosa.ganda22@sulat-ko.net",
]


@pytest.mark.parametrize("body", ROMANCE)
def test_romance_openers_in_more_languages_are_spam(body: str) -> None:
    assert "a romance opener to another commenter" in topic_names(body)
    assert judged(body, PARK)[0]


PERSONAS = [
    "Hi dear, I am a sergeant on a peacekeeping mission and I would love a true friend. "
    "Write me at sgt.dan.heart@peacemail-box.net",
    "Bonjour chérie, je suis un soldat américain en mission et je pense à toi. "
    "Écris-moi: capitaine.marc@armee-courrier.net",
    "Allo cheri, mwen se yon sòlda nan Irak, mwen vle konnen ou. Ekri m: sgt.joe@lamou-post.net",
]


@pytest.mark.parametrize("body", PERSONAS)
def test_the_romance_scammers_persona_with_an_endearment_is_spam(body: str) -> None:
    assert "a romance scammer's persona" in topic_names(body)
    assert judged(body, PARK)[0]


def test_a_dying_donors_fortune_is_spam() -> None:
    body = (
        "Je suis atteinte d'un cancer et je cherche une personne honnête pour distribuer "
        "2 millions d'euros aux orphelins. Écrivez à mme.claire@donfonds-mail.org"
    )
    assert "a dying donor's fortune for a stranger" in topic_names(body)
    assert judged(body, PARK)[0]


def test_local_singles_near_a_town_are_spam() -> None:
    body = "Local singles in Maple Grove want to chat tonight 😘 maplegrove-dates.love"
    assert "a dating lure" in topic_names(body)
    body = "Bored? Singles near Maple Grove are waiting for you: maplegrove-dates.love/join"
    assert "a dating lure" in topic_names(body)


def test_a_loan_offered_by_its_range_is_spam() -> None:
    body = "Need cash fast? Personal loans $300 - $3,000, approval in one hour. Text 505 555 0100."
    assert "a loan offered by its range" in topic_names(body)
    assert judged(body, PARK)[0]


def test_a_creole_request_for_a_social_security_number_is_read() -> None:
    body = (
        "Avi: tout pwopriyetè dwe rele biwo a o 555 0100 epi bay nimewo sekirite sosyal "
        "pou evite yon amand $150."
    )
    assert asks_for_secret(body) is not None
    assert judged(body, PARK)[0]


@pytest.mark.parametrize(
    "body",
    [
        # Creole puts "your" after the thing, and "ou kalifye" (you qualify).
        "IRS: Ou kalifye pou yon ranbousman $900. Konfime kont ou nan irs-ranbou.info avan 24 è.",
        # A sender's tag opening a Korean notice that names no "your".
        "[수도사업소] 상수도 요금 미납으로 과태료 $30 부과. 납부: water-pay-kr.info",
        # The Korean customer's bill.
        "고객님의 진료비 미납으로 보험이 즉시 정지됩니다. 확인: clinic-bill-kr.info",
    ],
)
def test_notices_to_the_reader_in_more_shapes_are_read(body: str) -> None:
    assert reader_notice(body) is not None
    assert judged(body, PARK)[0]


def test_legal_action_threatened_over_the_readers_site_is_a_notice() -> None:
    body = (
        "Notice of copyright infringement: the logo on your website belongs to our client. "
        "Remove it and pay a license fee within 7 days or face legal action: proof-files.net/c/12"
    )
    assert reader_notice(body) == "your website"


def test_an_arabic_posts_fee_is_an_advance_fee() -> None:
    body = (
        "وظائف سائقين في كندا براتب 4,000 دولار شهريا. رسوم التسجيل 150 دولار فقط. "
        "للتواصل: jobs-canada.work"
    )
    assert advance_fee(body) is not None
    assert judged(body, PARK)[0]


@pytest.mark.parametrize(
    "body",
    [
        "Fresh tamales, dozen $20, pay first to Cash App $TamaleQueen and pick up Saturday.",
        "Flood families need you: give what you can via Zelle to helpnow@givebox-fund.org",
        "Firewood cord $180, deposit Venmo @Oak-Split-Wood before delivery.",
    ],
)
def test_money_asked_to_a_private_payment_handle_is_read(body: str) -> None:
    """Read as evidence, never alone: a neighbour's fundraiser asks for money so too."""
    assert payment_handle(body) is not None
    assert SpamSettings().threshold > notices.PAYMENT_HANDLE_WEIGHT


@pytest.mark.parametrize(
    "body",
    [
        "The Broussard family on Bayou Rd lost everything in the storm. Donations go straight to "
        "them: Cash App $BroussardRebuild. Please support the park lights too.",
        "Support the Volunteer Fire Department fish fry! Tickets $15, pay at the door or Cash App "
        "$OvideVFD. Proceeds buy a new rescue boat.",
        "Pay what you can for the community fridge by the park: Venmo @ParkFridge.",
    ],
)
def test_a_fundraiser_with_a_payment_handle_is_not_spam(body: str) -> None:
    assert payment_handle(body) is not None
    assert not judged(body, PARK)[0]


# --------------------------------------------------------------------------- residents

RESIDENTS = [
    # A resident warning of a payment handle, in their own voice or naming a scam.
    "Heads up: a post is asking for flood donations by Venmo @Flood-Help-Fund. It is not the "
    "parish fund, the real one is on the parish site.",
    "I paid my roofer by Zelle to jim@roofing-shop.com last year and he never came back.",
    # Residents raising money for a neighbour speak for a group.
    "Our street is raising money for the Tran family after the fire, Cash App $TranRebuild.",
    # A veteran writing to the council, "dear" followed by a title.
    "Dear Mayor, I am a retired Army medic and I ask you to keep the park lights on. "
    "Reach me at 555-0100 if the committee needs a volunteer.",
    # A resident who read another comment and answers it about the item.
    "I read your comment about the splash pad and I agree, the kids need shade more than lights.",
    # A Creole resident quoting a FEMA text and calling it a theft.
    "Atansyon: manman m te resevwa 'Ou kalifye pou $3,000 èd, konfime kont ou avan 24 è'. "
    "Se yon vòlè, pa reponn.",
    # A resident describing the city's loan programme, at length.
    "The housing office runs a repair loan programme with loans from $5,000 to $25,000 at zero "
    "interest for owners under the income limit, and the application asks for two years of tax "
    "returns. Many older owners on the east side do not know it exists, so the council should "
    "mail every household a flyer. Questions go to the office at 555-0100.",
    # A cancer survivor thanking the charity run that paid for the lights.
    "After my cancer treatment I walked this path every day. The charity run paid for half the "
    "lights, thank you to everyone who ran.",
    # An edit tag opening a comment that names a fine.
    "[Update] The library fines were abolished last year, so the park could do the same.",
]


@pytest.mark.parametrize("body", RESIDENTS)
def test_residents_stay_clean(body: str) -> None:
    assert not judged(body, PARK)[0]


def test_a_resident_warning_of_a_payment_handle_is_not_a_handle_asked() -> None:
    assert payment_handle(RESIDENTS[0]) is None
    assert payment_handle(RESIDENTS[1]) is None
    assert payment_handle(RESIDENTS[2]) is None


def test_a_veterans_letter_is_no_persona() -> None:
    assert "a romance scammer's persona" not in topic_names(RESIDENTS[3])


def test_spanish_mes_is_a_month_not_my() -> None:
    assert WRITER_RE.search("Pagamos $2,800 por mes de renta.") is None
    assert WRITER_RE.search("Cada mes sube la renta.") is None
    assert WRITER_RE.search("Voici mes papiers pour la réunion.") is not None
