"""Session 25 (contacts25): three ways to reach a writer that the contact reader missed.

* an account to search for on a messenger or a network, named but not written as a handle: in
  single quotes, on LINE, Zalo, Viber or KakaoTalk, after Vietnamese "tìm" or Spanish "busca",
  in Han characters after "搜"; a public page a resident sends neighbours to is none;
* Vietnamese typed without its marks ("Kinh moi quy khach": mời, "please") is not the French
  first person "moi", which spared such texts the readers that leave a resident's own voice
  alone;
* a phone number written in digit groups with commas between them ("949, 555, 0142"); lists of
  years, sums and item numbers are none.

Every row here was written for this file.
"""

from __future__ import annotations

import pytest

from intake.text.spam.abroad import elsewhere_evidence
from intake.text.spam.contacts import named_pages
from intake.text.spam.links import phone_count
from intake.text.spam.notices import in_own_voice
from intake.text.spam.pronouns import WRITER_OR_GROUP_RE, WRITER_RE
from intake.text.spam.settings import SpamSettings
from tests.unit.text.spam_judging import judged

S = SpamSettings()

#: The item and its first comments.
BRIDGE = (
    "Item 7: Repainting the Oak Creek footbridge and adding lights",
    "The footbridge is dark after six, please add the lights.",
    "Paint is peeling on the railings, my kids touch it every day.",
    "Cầu đi bộ tối quá, mong thành phố lắp đèn sớm.",
    "人行桥晚上太黑了，希望尽快装灯。",
    "El puente peatonal necesita luces, de noche da miedo cruzar.",
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Need a tutor? Look for us on LINE: 'Maple Leaf English'", "'Maple Leaf English'"),
        ("Kết bạn Zalo Thu Hà Spa để đặt lịch", "Thu Hà Spa"),
        ("Tiệm mới mở, tìm trên Zalo Bích Ngọc Bakery nha", "Bích Ngọc Bakery"),
        ("装修找我们，微信搜索：顺发装饰", "顺发装饰"),
        ("Mudanzas baratas, busca en Facebook 'Transportes Lupita'", "'Transportes Lupita'"),
        ("Order cakes on Viber: ‘Anya Sweet Kitchen’", "‘Anya Sweet Kitchen’"),
        ("카톡 검색 Seoul Mom Catering", None),  # Korean's own search word is not read
    ],
)
def test_an_account_to_search_for_is_named(text: str, name: str | None) -> None:
    assert named_pages(text) == ((name,) if name else ())


@pytest.mark.parametrize(
    "text",
    [
        "Search 'Oak Creek Neighbors' on Facebook, we post the meeting dates.",
        "Search 'Save Oak Creek Bridge' on Facebook for the petition photos.",
        "The lights schedule is on LINE: 'Riverton Public Works'",
        "Busca en Facebook 'Biblioteca de Riverton' para el horario.",
        "Tìm Zalo UBND Phường 3 để xem lịch sửa cầu.",
        "Các cô chú tìm Zalo Hội Người Cao Tuổi Riverton nhé.",
        "大家可以在微信上搜 社区服务中心 看通知。",
        "Follow the city on Instagram for the repainting dates.",
        "Look up 'Oak Creek Youth Soccer' on Facebook, they use the bridge.",
    ],
)
def test_a_public_page_is_no_way_to_reach_the_writer(text: str) -> None:
    assert named_pages(text) == ()
    assert not judged(text, BRIDGE)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Kết bạn Zalo Thu Hà Spa nhé",
        "装修找我们，微信搜索：顺发装饰",
    ],
)
def test_a_short_advert_naming_its_account_is_spam(text: str) -> None:
    spam, reasons = judged(text, BRIDGE)
    assert spam, reasons
    assert "a page or account named to look up" in reasons


@pytest.mark.parametrize(
    "text",
    [
        "Kinh moi quy khach ghe tiem, lien he 0909 555 123.",
        "Moi ca nha tham gia nhom, goi 0909 555 123",
        "Open Mon to Sat, walk-ins welcome",
        "Ma and the kids go there on Sundays",
    ],
)
def test_words_other_languages_write_are_not_the_french_first_person(text: str) -> None:
    assert WRITER_RE.search(text) is None
    assert WRITER_OR_GROUP_RE.search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Pour moi, ce pont est dangereux la nuit.",
        "Moi aussi, je traverse le pont chaque soir.",
        "Écrivez-moi si vous voulez signer.",
        "Appelez-moi au 555-0142.",
        "Mon fils traverse ce pont tous les jours.",
        "Ma fille a peur du noir sur le pont.",
    ],
)
def test_french_still_speaks_as_its_writer(text: str) -> None:
    assert WRITER_RE.search(text) is not None
    assert in_own_voice(text)


def test_unmarked_vietnamese_reads_as_no_french() -> None:
    from intake.text.spam.pronouns import reads_french

    assert not reads_french("Moi ca nha tham gia nhom")
    assert not reads_french("Kính mời cả nhà, lọ nước hoa é")  # Vietnamese letters
    assert reads_french("Selon moi le projet coûte trop cher")


def test_unmarked_vietnamese_inviting_the_reader_is_no_own_voice() -> None:
    # a number written for another country, in unmarked Vietnamese inviting the reader ("moi"),
    # is read as one: the text is not a resident's own voice
    found = elsewhere_evidence("Viec nhe, moi ban lien he 0909 555 123.", "US", True, [])
    assert found and "another country's national format" in found[0].detail


@pytest.mark.parametrize(
    "text",
    [
        "Gutters cleaned this week, call 949, 555, 0142",
        "Text Rosa: 949 , 555 , 0142 for a quote",
        "call 949 . 555 . 0142",
        "(949) 555 - 0142",
    ],
)
def test_a_number_in_comma_groups_is_a_phone(text: str) -> None:
    assert phone_count(text, S) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was repainted in 2009, 2014, 2019 and never since.",
        "Bids came in at $949, $555, $142 per light.",
        "Items 12, 555, 1034 of the budget cover the lights.",
        "Sections 301, 302, 3030 and 3040 of the code apply.",
        "Lots #949, 555, 0142 were surveyed.",
        "Between 1,500, 2,000 and 3,000 people cross it daily.",
        "Votes were 949, 555, 142.",
    ],
)
def test_lists_of_years_sums_and_items_are_no_phone(text: str) -> None:
    assert phone_count(text, S) == 0
