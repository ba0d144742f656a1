"""Round 25: scams addressed to the reader -- identity documents or bank details asked for behind a
link, a prize told to "your email", a romance opener to another commenter, money made online, a
wallet written short, heavy leetspeak, the site's admin sought for business, a number and money
of another country. Every row here was written for this file; none is copied from a fixture.
"""

from __future__ import annotations

import pytest

from intake.text.spam import SpamSettings
from intake.text.spam.abroad import elsewhere_evidence, foreign_money, national_numbers_abroad
from intake.text.spam.contacts import messenger_ids
from intake.text.spam.disguise import disguise_evidence
from intake.text.spam.lures import account_number, probe_evidence, wallets
from intake.text.spam.notices import reader_notice
from intake.text.spam.topics import spam_topics
from tests.unit.text.spam_judging import judged

S = SpamSettings()

DRAINAGE = (
    "Item 9: Bayou Verde drainage improvements and the home buyout program, phase 2",
    "The culverts under Route 35 flood every time it rains hard.",
    "Please move faster on the buyouts for the homes on Pelican Lane.",
    "My street was under two feet of water in September.",
    "Will the county clear the ditches before hurricane season?",
)


def topic_names(body: str) -> list[str]:
    return [topic for topic, _ in spam_topics(body)]


# --------------------------------------------------------------------------- spam


@pytest.mark.parametrize(
    "body",
    [
        "NOTICE: your drainage rebate file is missing documents. Upload a scan of your driver's "
        "license today: https://bayou-rebate-verify.info/upload",
        "Chương trình hỗ trợ nhà bị ngập đang mở. Vui lòng cung cấp số An Sinh Xã Hội tại "
        "https://hotro-ngap-tx.com/form để nhận tiền.",
    ],
)
def test_identity_documents_asked_for_behind_a_link_are_spam(body: str) -> None:
    spam, why = judged(body, DRAINAGE)
    assert spam, why
    assert "a request for bank or identity details" in why, why


def test_a_prize_told_to_the_readers_email_is_spam() -> None:
    body = (
        "Good news! Your email was selected in our annual Mega Millions charity "
        "draw for $500,000. Write to agent Paul at payouts@megagift-claims.net to receive it."
    )
    assert topic_names(body) == ["a prize won by a number"]
    spam, why = judged(body, DRAINAGE)
    assert spam, why


def test_a_haitian_creole_prize_paid_over_mobile_money_is_spam() -> None:
    body = (
        "Bòn nouvèl! Nimewo ou a genyen 500 mil goud nan gwo tiraj la. Voye 2,500 goud sou "
        "MonCash nan 3755-5021 pou w resevwa lajan an."
    )
    assert messenger_ids(body) == ["3755-5021"]
    spam, why = judged(body, DRAINAGE)
    assert spam, why


@pytest.mark.parametrize(
    "body",
    [
        "Hello, I saw your comment about the culverts and you seem like a caring person. I am "
        "Steven, a widower and a surgeon with the UN in Yemen. I would like to know you better. "
        "Write me at steven.surgeon55@lovemail-secure.net",
        "Hi dear, I read your comment on the buyouts, your kindness touched my heart. I'm an "
        "engineer on a ship and lonely at sea. Chat with me on Hangouts: kevin.marine.eng",
    ],
)
def test_a_romance_opener_to_another_commenter_is_spam(body: str) -> None:
    spam, why = judged(body, DRAINAGE)
    assert spam, why
    assert "a romance opener to another commenter" in why, why


def test_money_made_online_with_a_messenger_is_spam() -> None:
    body = (
        "Fè lajan sou entènèt ak kripto! Mwen fè 1,500 dola chak semèn. Ekri m sou WhatsApp "
        "+1 305 555 0142 pou m montre w."
    )
    spam, why = judged(body, DRAINAGE)
    assert spam, why
    assert "money made at home or online" in why, why


def test_a_wallet_written_out_of_the_alphabet_is_a_wallet() -> None:
    body = "Pay 0.05 BTC to this wallet: bc1q7hd55501mx9k2w0yq8rn3p2tjd4 or the video goes out."
    assert wallets(body) == 1
    assert wallets("The bitcoin mining facility on Route 35 uses 40 megawatts of power.") == 0


def test_heavy_leetspeak_alone_is_spam() -> None:
    body = "B1g w1ns t0n1ght!! Sp1n n0w, gr@b y0ur fr33 b0nus, n0 d3p0sit, c@sh 0ut f@st"
    found = disguise_evidence(body, body, S)
    assert found and found[0].weight == S.disguise_heavy_weight
    spam, why = judged(body, DRAINAGE)
    assert spam, why


def test_a_stranger_seeking_the_pages_admin_for_business_is_spam() -> None:
    body = "Who is the owner of this site? I have an important business proposal for you. Reply."
    assert probe_evidence(body, S)
    spam, why = judged(body, DRAINAGE)
    assert spam, why


def test_a_device_said_infected_is_a_notice() -> None:
    body = (
        "ALERT: Your laptop has been compromised by spyware while browsing this site. Your "
        "passwords and card numbers are exposed. Do not restart it. Call Certified Helpdesk "
        "at 1-866-555-0111 immediately."
    )
    assert reader_notice(body) is not None
    spam, why = judged(body, DRAINAGE)
    assert spam, why


@pytest.mark.parametrize(
    "body",
    [
        "Ẹ fi ₦5,000 ránṣẹ́ fún àdúrà ìtúsílẹ̀, ìdáhùn kíákíá. Pè Wòlíì lórí 0803 555 0122.",
        "گھر بیٹھے کام کریں، روزانہ 2000 روپے۔ رابطہ کریں 0345 555 0199",
    ],
)
def test_a_number_and_money_of_another_country_are_spam(body: str) -> None:
    found = [e.detail for e in elsewhere_evidence(body, "US", True, [])]
    assert any("national format" in d for d in found), found
    assert any("another country's money" in d for d in found), found
    spam, why = judged(body, DRAINAGE)
    assert spam, why


def test_an_account_number_to_pay_into_is_a_way_to_be_paid() -> None:
    body = "ادعموا الأيتام بتبرعكم، حوّلوا المبلغ إلى الحساب رقم 4440192211 أو عبر الرابط"
    assert account_number(body) == "4440192211"
    assert account_number("My account number 44401922 was charged twice for water.") is None
    assert account_number("The account had 4440192211 gallons on record?") is None


def test_a_legal_claim_solicited_from_strangers_is_spam() -> None:
    body = (
        "Were you or your child diagnosed with asthma after the bayou flooded near the plant? "
        "You may be entitled to financial compensation. No fee unless we win. Call our free "
        "case review line 1-877-555-0190."
    )
    assert topic_names(body)[0] == "a legal claim solicited"
    spam, why = judged(body, DRAINAGE)
    assert spam, why


# --------------------------------------------------------------------------- residents


@pytest.mark.parametrize(
    "body",
    [
        # A resident warning neighbours, in their own voice, naming the scam.
        "Beware: I got a text saying my buyout application is incomplete and asking me to "
        "upload my driver's license and bank routing number at a strange link. It's a scam, "
        "the county never asks for that by text.",
        # Their own bank, their own documents.
        "I brought my driver's license and my bank statement to the buyout office and they "
        "still lost my file. Call me at 409-555-0127 if you need the office hours.",
        # A neighbour answering another commenter about the item.
        "I read your comment about Pelican Lane and you're right, the ditches are never cleared. "
        "Email me at pelicanlane.neighbors@gmail.com and we can go to the next meeting together.",
        # A church's prayer, in dollars, with a local number.
        "Our church will hold a prayer vigil for the flooded families on Sunday. Donations of "
        "$10 for sandbags are welcome. Call Pastor Ruiz at 409-555-0148.",
        # Family abroad, in the first person.
        "My brother in Lagos sends ₦20,000 a month to our mother, and I send dollars, but "
        "since the flood I can't. Please speed up the buyouts. 409-555-0166",
        # A resident who talks of crypto and the county's permit.
        "The bitcoin mine on FM 646 drains into our ditch. Please test the water before "
        "approving phase 2.",
    ],
)
def test_residents_are_not_flagged(body: str) -> None:
    spam, why = judged(body, DRAINAGE)
    assert not spam, why


def test_a_residents_own_number_in_their_home_format_is_not_read() -> None:
    body = (
        "Tôi bán bánh mì gần bến cảng. Xin đừng đóng bãi đậu xe vào cuối tuần. "
        "Gọi tôi: 0908 555 014"
    )
    assert national_numbers_abroad(body, "US") == ["0908 555 014"]
    assert elsewhere_evidence(body, "US", True, []) == []
    spam, why = judged(body, DRAINAGE)
    assert not spam, why


def test_igbos_lower_case_i_is_not_the_writer() -> None:
    body = "Ọrụ dị na UK, kpọọ anyị ka i debanye aha gị, ego nhazi bụ ₦90,000. +234 803 555 0101"
    found = elsewhere_evidence(body, "US", True, ["+234 803 555 0101"])
    assert [e.detail for e in found] == [
        "offer: a sum in another country's money ('₦') with a way to reach"
    ]


def test_a_dollar_sum_and_a_local_number_are_not_another_countrys() -> None:
    body = "Sandbags cost $4 each at the hardware store on Main, call 409-555-0188."
    assert foreign_money(body, "US") is None
    assert national_numbers_abroad(body, "US") == []
