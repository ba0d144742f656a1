"""Session 26 (res26): 202 invented residents of an invented city stay residents.

``invented_residents_26.txt`` holds comments written for this session (none copied from any
set, no spam set's rows read) for Port Alder, an invented port city in Washington State, on six
invented items (the Harbor Market's vending permits and stall fees, the Kalani Park pool and its
swim-lesson fees, rent stabilization and a relocation fund, bus Route 7 and a fare-capping card,
a warning about utility-bill and parking-ticket scam texts, the library's after-school homework
help). Residents, parents, workers and small-business owners, in the shapes nearest spam: a 555
phone number, an ``example.com``/``.net``/``.org`` address, a link to an example domain, a price,
a sum, a fee they were charged, free help offered, an invitation to a meeting, a scam quoted word
for word to warn, praise with emoji, a line of one word. In English, Portuguese, Haitian Creole,
Vietnamese, Japanese, Ukrainian, Tongan, Samoan, Marshallese, Hmong, Oromo, Amharic and Tigrinya
(about 15 each), most of them on an item whose earlier comments are in English; one in five is
among the item's first comments (no earlier comment). Blocks as in ``invented_residents_21.txt``.

Before the session's mends 6 were spam, by the engine alone, with the starter model and with the
starter and the encoder alike; after them 2. The mends (tests below):

- a letter of a script written without spaces counts as the word it is part of for the bare
  link (``links.link_evidence`` reads :func:`evidence.words_in`) and as three characters for the
  link density (:func:`evidence.visible_length`);
- the weekdays of Japanese, Amharic, Tigrinya, Tongan, Samoan, Marshallese, Oromo and Hmong, and
  an hour in Japanese, Chinese and Korean, name an event (``events.names_a_day_or_time``);
- round 14's rule for a text written apart that names a day or an hour reaches the adverts among
  an item's first comments too (``scoring.advert_word_evidence``);
- a scam or a lie named in Samoan, Tongan, Marshallese, Hmong and Oromo makes a warning
  (``notices.names_a_scam``);
- and, for the one spam of the spent corpora the first mend let through (a Japanese delivery
  phishing of two sentences, caught before only as a "bare link" of four words), the reader's
  parcel said to be undelivered is read in Japanese and Korean (``upfront.undelivered_parcel``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.text.spam import Behaviour, SpamSettings, score
from intake.text.spam.events import names_a_day_or_time
from intake.text.spam.evidence import visible_length
from intake.text.spam.links import find_links, link_evidence
from intake.text.spam.notices import names_a_scam
from intake.text.spam.upfront import undelivered_parcel
from tests.unit.text.invented_residents import InventedResidentsFile

ROWS = Path(__file__).with_name("invented_residents_26.txt")
S = SpamSettings()

#: Still spam by the engine alone (start of the comment), each for a reason spam shares.
STILL_FLAGGED = (
    # A landlord's "2 flats for rent at $1 200 ... Write: <address>" in Ukrainian on an English
    # item: a rent's sum closed by a bare invitation to write (the writer's channel offered for
    # something, 0.65), an offer's figure with an address (0.4), nothing shared with the item
    # ("$1 200" is read as "$1": the space groups thousands in Ukrainian).
    "Я маю 2 квартири в оренду по $1 200.",
    # A Samoan landlord's "I accept the 5%" with an address: a percentage in 19 words with a way
    # to reach (the offer, 0.4) makes it sell outright, so it is judged unrelated to an English
    # item it cannot share a word with (0.45).
    "O a'u o se e ona fale e 2. Ou te talia le 5%.",
)
#: Still spam with the starter model besides those: none.
STILL_FLAGGED_WITH_STARTER: tuple[str, ...] = ()
#: Still spam with the starter and the encoder besides those: none.
STILL_FLAGGED_WITH_ENCODER: tuple[str, ...] = ()


class TestTheSessionsResidents(InventedResidentsFile):
    rows = ROWS
    least = 200
    still_flagged = STILL_FLAGGED
    still_flagged_with_starter = STILL_FLAGGED_WITH_STARTER
    still_flagged_with_encoder = STILL_FLAGGED_WITH_ENCODER


def test_a_japanese_sentence_around_a_link_is_no_bare_link() -> None:
    body = "毎月第一土曜日に公民館で子ども向けの読み聞かせ会をしています。案内: https://yomikikase.example.org/annai"
    reasons = [e.detail for e in link_evidence(body, find_links(body), S)]
    assert not any(r.startswith(("link-only", "link density")) for r in reasons)
    # A bare link with two words around it still is one, in any script.
    bare = "詳細はこちら https://yomikikase.example.org/annai"
    assert any(e.detail.startswith("link-only") for e in link_evidence(bare, find_links(bare), S))


def test_an_unspaced_letter_counts_three_characters_in_length() -> None:
    assert visible_length("宿題") == 6
    assert visible_length("home work") == 8


@pytest.mark.parametrize(
    "text",
    [
        "土曜日午後2時、仏教会で説明会",
        "毎週水曜日に集まります",
        "16時から図書館で",
        "下午3点在图书馆",
        "오후 2시에 도서관에서",
        "ቅዳሜ ጠዋት በነጻ",
        "ቀዳም ንግሆ ብናጻ",
        "i Aso Tofi i le afiafi",
        "'i he Tokonaki pongipongi",
        "Sanbata ganama bilisaan",
        "ilo Jādede jibbon",
        "hnub xya tsaus ntuj",
    ],
)
def test_weekdays_and_hours_of_more_languages_name_an_event(text: str) -> None:
    assert names_a_day_or_time(text)


@pytest.mark.parametrize(
    "text", ["24時間対応", "3点セット", "ang aso sa bahay", "me mande uma mensagem", "ib hnub"]
)
def test_durations_and_lookalikes_name_no_event(text: str) -> None:
    assert not names_a_day_or_time(text)


@pytest.mark.parametrize(
    "text",
    [
        "O se pepelo lea",
        "Ko e kākā ia",
        "Men in riab",
        "Nov yog dag",
        "Kun gowwoomsaa dha",
    ],
)
def test_a_scam_named_in_pacific_and_oromo_words(text: str) -> None:
    assert names_a_scam(text)


def test_a_samoan_warning_of_a_prize_with_a_fee_is_a_residents() -> None:
    """A scam retold in Samoan (a prize, and a fee asked first), called a lie: a warning."""
    body = (
        "Na fai mai se tasi i lo'u uso ua manumalo o ia i le $2,000, ae tatau ona totogi muamua "
        "le $60. O se pepelo."
    )
    assert not score(body, Behaviour(), S).is_spam


@pytest.mark.parametrize(
    "text",
    [
        "お客様のお荷物をお届けに伺いましたが、ご不在のため持ち帰りました。こちらからご確認ください。",
        "あなたの荷物は宛先不明のため配達できませんでした。住所を更新してください。",
        "고객님의 택배가 주소 오류로 배송 실패되었습니다. 아래 링크를 클릭하세요.",
    ],
)
def test_the_readers_parcel_undelivered_in_japanese_and_korean(text: str) -> None:
    assert undelivered_parcel(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own parcel, and the carrier's hours asked for: a resident.
        "昨日、私の荷物が不在のため持ち帰りになりました。再配達の受付時間を延ばしてください。",
        # The phishing named a scam: a warning.
        "「お荷物をお届けしましたが不在の為持ち帰りました。ご確認ください」というSMSは詐欺です。",
        "제 택배가 또 배송 실패했어요. 우체국 시간을 늘려 주세요.",
    ],
)
def test_a_residents_own_parcel_or_a_warning_is_no_phishing(text: str) -> None:
    assert undelivered_parcel(text) is None
