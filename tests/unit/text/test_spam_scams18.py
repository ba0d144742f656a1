"""Session 18: scams addressed to the reader -- the reader's full name asked for beside a sum, a
fee asked for a prize or a post, a wrong-number opener, sextortion, a sugar daddy's allowance,
lost money recovered, profit guaranteed, romance openers in more languages, notices about the
reader's case or default and a brand's support line. Every row here was written for this file;
none is copied from a fixture.
"""

from __future__ import annotations

import pytest

from intake.text.spam.idask import asks_for_name
from intake.text.spam.notices import reader_notice
from intake.text.spam.topics import spam_topics, wrong_number
from intake.text.spam.windfalls import advance_fee
from tests.unit.text.spam_judging import judged

FAIR = (
    "Item 4: county fairgrounds lease and the new livestock barn",
    "The barn roof has leaked for three years.",
    "Please keep the 4-H show in August, the kids work all year for it.",
)


def topic_names(body: str) -> list[str]:
    return [topic for topic, _ in spam_topics(body)]


# --------------------------------------------------------------------------- spam


@pytest.mark.parametrize(
    "body",
    [
        # The reader's full name asked for beside a sum (a 419 letter, a lottery).
        "Dear friend, I am Solicitor Peter Adeyemi. A client of mine died leaving $6.4 million "
        "and no heir. Send me your full name and phone number and we share it equally.",
        "Cher ami, un client décédé a laissé 3,2 millions de dollars. Envoyez votre nom complet "
        "et votre adresse pour recevoir votre part.",
        # A fee asked for a prize or a post.
        "Hongera! Umechaguliwa kupata zawadi ya gari. Lipa ada ya usindikaji $180 leo.",
        "Se buscan choferes, $22 la hora. Antes de empezar paga $75 del curso de manejo.",
        "Congratulations, your phone was selected in the Pacific Draw! Pay the $60 processing "
        "fee by Friday.",
        # A wrong-number opener.
        "Hello, is this Mrs. Okafor? We spoke at the county fair about the horse trailer. "
        "Sorry if this is the wrong number! I'm Grace from Denver.",
        "Bonjour, c'est bien Martine ? On m'a donné ce numéro au marché. Si ce n'est pas vous, "
        "désolée, mauvais numéro.",
        # Sextortion, with no way to reach.
        "I recorded a video of you through your webcam. Pay $800 in Bitcoin within 2 days or it "
        "goes to all your friends and family.",
        # A sugar daddy's allowance.
        "Hey sweetie, I am a sugar daddy looking for a baby, $700 weekly, no meeting needed.",
        # Lost money recovered, with an address.
        "Lost money to a crypto scam? Our recovery experts get back stolen funds. Write to "
        "recoverydesk@fundsback-team.net",
        # A romance opener in French, with an address.
        "Bonsoir, j'ai vu votre commentaire et mon cœur a parlé, je suis veuve et seule. "
        "Écrivez-moi: claire.veuve@mailbox-love.net",
        # A brand's support line beside a notice.
        "ALERT: Your laptop has been compromised by spyware. Call Apple Support now at "
        "1-800-555-0199 to avoid data loss.",
        # A notice of the reader's default.
        "COUNTY COURT: You failed to appear for jury duty. To avoid arrest pay the fine today. "
        "Call the clerk line 555-0148, payment by gift card only.",
    ],
)
def test_scams_addressed_to_the_reader_are_spam(body: str) -> None:
    spam, reasons = judged(body, FAIR)
    assert spam, reasons


# --------------------------------------------------------------------------- residents


@pytest.mark.parametrize(
    "body",
    [
        # A petition asks for names, and names no sum.
        "Please send your full name and address to the 4-H club so we can show the board how "
        "many families use the barn.",
        # A real fee beside a wage, in a resident's own voice.
        "I work the fair gate for $15 an hour and I paid the $40 training fee myself. The county "
        "should cover it.",
        # A resident answering another by name, no apology, no number given.
        "Is this Tom Baker's barn proposal? I thought the council already voted on it.",
        # A resident on video of a meeting.
        "The video of the meeting was shared with friends of the board, and nobody mentioned the "
        "roof again.",
        # "Sugar daddy" said of a developer, no allowance.
        "The developer is not the county's sugar daddy, the lease is a bad deal for taxpayers.",
        # A resident who lost money writes of the police.
        "My neighbour lost money to a crypto scam and the sheriff took a report. Be careful.",
        # A resident's own account notice, in the first person.
        "My water account was disconnected for a late fee, I called the county at 555-0100.",
    ],
)
def test_residents_stay_clean(body: str) -> None:
    spam, reasons = judged(body, FAIR)
    assert not spam, reasons


# --------------------------------------------------------------------------- the parts


def test_name_ask_needs_a_sum_and_no_resident_voice() -> None:
    assert asks_for_name("Reply with your full name to claim the $5,000 prize.")
    assert asks_for_name("Reply with your full name to sign the petition.") is None
    assert asks_for_name("Council: reply with your full name, the $5 fee is waived.") is None


def test_advance_fee_needs_a_bait() -> None:
    assert advance_fee("You have been selected. Pay the $90 registration fee by Friday.")
    assert advance_fee("The $90 registration fee is due by Friday.") is None


def test_wrong_number_needs_both_parts() -> None:
    assert wrong_number("Is this Daniel? Sorry, wrong number maybe.")
    assert wrong_number("Is this Daniel's motion? It is a good one.") is None


def test_new_topics_are_read() -> None:
    assert "lost money recovered" in topic_names("Recover your lost crypto with our experts.")
    assert "money made at home or online" in topic_names("ربح مضمون كل يوم")
    romance = "Nabasa ko ang comment mo, naghahanap ako ng seryosong relasyon."
    assert "a romance opener to another commenter" in topic_names(romance)


def test_reader_notice_reads_cases_and_defaults() -> None:
    assert reader_notice("Su solicitud tiene un pago pendiente, pague hoy.")
    assert reader_notice("You missed your court date and a warrant was issued.")
    assert reader_notice("Tài khoản của quý khách đã bị tạm khóa.")


def test_pay_by_the_time_is_read_unless_a_resident_speaks() -> None:
    assert "pay by the time promised" in topic_names("Gagnez 2 500 € par semaine avec le robot.")
    assert "pay by the time promised" in topic_names("Pa bezwen eksperyans, 200 dola chak jou.")
    mine = "I make $12 an hour at the plant and rent is $1,400."
    assert "pay by the time promised" not in topic_names(mine)
    council = "Plant workers earn $18 an hour, the council should ask for more."
    assert "pay by the time promised" not in topic_names(council)


def test_a_contingency_is_a_claim_solicited() -> None:
    assert "a legal claim solicited" in topic_names(
        "Sell your royalties. No fees unless you close."
    )
    small = "We file for a small fee taken only from what you receive."
    assert "a legal claim solicited" in topic_names(small)


def test_wrong_number_opener_in_japanese_chinese_and_korean() -> None:
    # Session 24 (spend24): names without capitals, asked about with their honorific.
    assert wrong_number(
        "こんにちは、佐藤さんですか？番号を間違えていたらすみません。LINEで話しませんか"
    )
    assert wrong_number("请问是李先生吗？不好意思，可能加错了。")
    assert wrong_number("박지훈 씨 맞나요? 번호를 잘못 저장했나 봐요.")
    assert wrong_number("佐藤さんですか？公園の件、賛成です。") is None
    assert wrong_number("이 조례는 잘못되었습니다. 반대합니다.") is None


def test_wrong_number_opener_that_asks_where_the_reader_is_from() -> None:
    opener = (
        "Hi, is this Ms. Rivera from the parks board? A friend gave me this contact. Sorry if I "
        "have the wrong person. Nice to meet you anyway, may I know where you are from?"
    )
    assert wrong_number(opener)
    resident = "Is this Ms. Rivera from the parks board? The minutes are wrong about the pool."
    assert wrong_number(resident) is None
