"""Session 26 (spend26): shapes the spent -28 missed, each read as a family, in any language.

* a messenger's ID joined by hyphens ("@fx-daily-pro") after its app's name;
* a notice to the reader about their card or account in Ukrainian, and a phishing host whose
  lure word carries a number ("card-unblock7");
* a vendor's pitch to the city that gives its service free for a first period;
* a cryptocurrency named beside a messenger's ID sells outright, so a text written in a language
  the item's words cannot be compared with is judged by relatedness;
* Tongan and Marshallese words for a fee, the hour, the week and the month, and their first
  person singular (a resident's own fee is not an advance fee);
* money the reader is told they can receive ("you could get up to $4,500 back").

Every row here was written for this file; none is copied from a set.
"""

from __future__ import annotations

import pytest

from intake.text.spam.contacts import messenger_ids
from intake.text.spam.lurehosts import lure_host_word
from intake.text.spam.lures import coin_beside_an_id
from intake.text.spam.notices import reader_notice
from intake.text.spam.windfalls import advance_fee, entitled
from tests.unit.text.spam_judging import judged

#: The item and its first comments (enough of them for relatedness to be judged).
FERRY = (
    "Resolution 2026-14: Fare change for the Harbor Island ferry route at the north terminal",
    "The new fare will hurt families who commute to the mainland every weekday for work.",
    "Please keep the senior discount on the early morning sailings, many retirees rely on it.",
    "I support the change if the ferry finally runs on schedule and the terminal gets shelter.",
    "Why does the island pay more than the mainland for the same crossing? That is unfair.",
    "The ferry is our only road to school and the clinic; keep the fare affordable for students.",
    "Could the port publish the ridership counts behind the proposed fare schedule?",
    "Parking at the terminal is already expensive; raising the fare on top is too much.",
)

SPAM = [
    # A messenger's ID joined by hyphens.
    "每天免费推送涨停股，准确率88%。加LINE好友 → @gp-vip-8",
    # A card or account blocked, in Ukrainian, at a host whose lure word carries a number.
    "Монобанк: ваш рахунок призупинено через підозрілий вхід. Щоб відновити доступ, увійдіть "
    "тут: mono-restore-account24.com",
    # A vendor's pitch to the city, with a free first period.
    "Good afternoon Port Team! Our ticketing kiosk sells ferry passes in 12 languages and cuts "
    "lines by half. Schedule a 20-minute demo and the first year is free: https://kioskly.io",
    # A coin beside a messenger's ID, in Hmong (a language with no word list to compare).
    "Nyob zoo! Koj puas xav tau nyiaj ntau? Kawm ua bitcoin txhua hnub, tau nyiaj sai heev. "
    "Telegram @hmoob_coin_pro",
    # A prize and a fee for it, in Tongan.
    "Mālō e lelei! Kuo fili koe ʻi he draw ʻa e Ocean Bank. Totongi pē $95 ke maʻu hoʻo "
    "$10,000. Email: claims-dept@oceanprize.example",
    # A wage by the hour and a fee to pay, in Marshallese.
    "Iakwe! Ewōr jerbal ilo hotel eo ilo Hawaii ñan armej ro rej kōnaan jerbal ilo iiō in. "
    "$22 ilo awa, ewōr jikin kiki im mōñā. Kōļļā $150 ñan application. "
    "Email: jobs.hawaii@example.com",
]

RESIDENTS = [
    # A Tongan resident giving her phone to offer free help with the fare.
    "Mālō e lelei. Ko au ko Mele. ʻOku ou lava ʻo tokoni taʻetotongi ki he kakai Tonga ʻoku "
    "ʻikai mahino ʻa e fakamatala ko ʻeni ʻo e totongi foʻou $12. Telefoni mai ki he "
    "253-555-0190.",
    # A Tongan resident who paid a fee for a church draw, in her own voice.
    "Mālō e lelei. Naʻa ku totongi $150 ki he lottery ʻa e siasi ke tokoni ki he fānau. "
    "ʻOku mamafa ʻa e totongi foʻou. Fetuʻutaki mai: mele.tonga@example.com",
    # A Marshallese resident who earns by the hour and pays for tickets.
    "Iakwe. Ij jerbal $15 ilo awa im ij kōļļā $200 ñan wōnāān tiket eo ilo allōñ. Jouj im jab "
    "kōtōpar. Kūrtok eō 253-555-0177.",
    # A shop owner naming her prices.
    "Our cafe on Harbor Street sells coffee for $3 and sandwiches for $8; the ferry fare change "
    "will cut our customers. Call me at 253-555-0101 if the council wants numbers.",
    # A resident passing on a state program.
    "You can get up to $500 back on a heat pump from the state rebate program, call "
    "1-800-555-0199 for details.",
    # A resident whose own card was blocked, in Ukrainian.
    "ПриватБанк: моя картка заблокована після переказу, тепер я не можу платити за пором. "
    "Прошу зберегти стару ціну.",
]


@pytest.mark.parametrize("body", SPAM)
def test_the_shapes_of_the_spent_28_are_spam_in_other_words(body: str) -> None:
    spam, why = judged(body, FERRY)
    assert spam, why


@pytest.mark.parametrize("body", RESIDENTS)
def test_residents_near_those_shapes_stay_ham(body: str) -> None:
    spam, why = judged(body, FERRY)
    assert not spam, why


def test_a_messenger_id_may_join_its_parts_with_hyphens() -> None:
    assert messenger_ids("LINEで友だち追加 → @kabu-news-2") == ["@kabu-news-2"]
    assert messenger_ids("Telegram: @fx-daily-pro") == ["@fx-daily-pro"]


def test_ukrainian_notices_read_the_readers_thing_and_its_cost() -> None:
    assert reader_notice("Ваш рахунок призупинено, увійдіть: example.com") is not None
    assert reader_notice("Ваша картка заблокована через підозрілу операцію.") is not None
    # The writer's own card: a resident.
    assert reader_notice("Моя картка заблокована, я не можу платити.") is None


def test_a_lure_word_may_carry_a_number() -> None:
    assert lure_host_word("card-unblock7.com") == "unblock"
    assert lure_host_word("secure24-login.example.top") == "secure"
    assert lure_host_word("harbor-ferry2026.org") is None


def test_a_coin_beside_an_id_but_not_in_the_id_nor_in_a_warning() -> None:
    assert coin_beside_an_id("Earn with bitcoin daily. Telegram @x_helper", ["@x_helper"])
    assert coin_beside_an_id("Telegram @crypto_help for ferry news", ["@crypto_help"]) is None
    warned = "A bitcoin scam wrote from Telegram @coin_desk_9, do not answer."
    assert coin_beside_an_id(warned, ["@coin_desk_9"]) is None
    assert coin_beside_an_id("Earn with bitcoin daily.", []) is None


def test_pacific_fee_and_time_words_and_the_writers_own_voice() -> None:
    assert advance_fee("Kuo fili koe ʻi he draw. Totongi pē $95 ke maʻu hoʻo $10,000.")
    assert advance_fee("Jerbal ilo hotel eo, $22 ilo awa. Kōļļā $150 ñan application.")
    assert advance_fee("Naʻa ku totongi $150 ki he lottery ʻa e siasi.") is None
    assert advance_fee("Ij jerbal $15 ilo awa im ij kōļļā $200 ñan tiket.") is None


def test_money_the_reader_can_receive() -> None:
    assert entitled("You could get up to $4,500 back, call 1-877-555-0166.")
    assert entitled("Puedes recibir hasta $7,000, llama al 1-855-555-0100.")
    assert entitled("Vous pouvez toucher jusqu'à 900 € : appelez le 01 23 45 67 89.")
    # Whoever pays it named, the writer's own, a city's.
    assert entitled("You can get up to $500 back from the state rebate program.") is None
    assert entitled("I could get up to $200 back if the fare credit passes.") is None
    assert entitled("The city can receive up to $5 million from the grant.") is None
