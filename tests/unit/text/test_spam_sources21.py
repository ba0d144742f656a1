"""Session 21: the shapes of the residents the spent sets -40 and -41 flagged (issue 14).

Every row here was written for this file, in other words than the sets':

* a list of documents to read before the vote, half of whose pages the comment or its item
  names (the item's creek and its permit) and half named by the documents' own terms ("fact
  sheet", "photos"): read as a bare list of links, dense with URLs;
* a petition's count of names or signatures beside the petition's page: the count read as a
  sum offered.
"""

from __future__ import annotations

import pytest

from tests.unit.text.spam_judging import judged

PERMIT = (
    "Resolution 2026-55: approving a discharge permit for the Halvorsen plant into Maple Creek",
    "The plant already smells all summer; doubling the discharge into Maple Creek is too much.",
    "My kids fish below the bridge and I want to know what is in that water first.",
)

HALF_NAMED = (
    "Worth reading before the vote:\n"
    "https://cityhall.example.org/agendas/maple-creek-discharge-history.pdf\n"
    "https://state-permits.example.org/PX00917/fact-sheet\n"
    "https://creekdata.example.org/maple-creek-gauge\n"
    "https://watershedfriends.example.org/2023-photos"
)

ONE_NAMED = (
    "Great deals here\n"
    "https://cheapdeals.example.org/winter-sale\n"
    "https://bestloans.example.org/apply-today\n"
    "https://creekdata.example.org/maple-creek-gauge\n"
    "https://followers.example.org/buy-now"
)


def test_a_list_of_documents_half_of_them_named_by_the_item_is_a_list_of_sources() -> None:
    spam, why = judged(HALF_NAMED, PERMIT)
    assert not spam, why
    assert "link density" not in why, why


def test_a_list_of_links_most_of_them_named_by_nothing_is_still_link_spam() -> None:
    spam, why = judged(ONE_NAMED, PERMIT)
    assert spam, why


@pytest.mark.parametrize(
    "body",
    [
        "Our petition with 2,480 names is here: https://neighbors.example.org/maple-creek-petition",
        "Más de 1.350 firmas en nuestra petición: https://vecinos.example.org/maple-creek",
        "Нашу петицию о ручье уже подписали соседи, 1 240 подписей: https://sosedi.example.org/maple-creek",
        "Đơn kiến nghị đã có 1.020 chữ ký: https://hangxom.example.org/maple-creek",
    ],
)
def test_a_petitions_count_of_signatures_is_no_sum_offered(body: str) -> None:
    spam, why = judged(body, PERMIT)
    assert not spam, why
    assert "offer: '" not in why, why


def test_signatures_sold_for_a_price_are_still_an_offer() -> None:
    _spam, why = judged(
        "Get 1000 signatures for any petition https://petiboost.xyz only $19", PERMIT
    )
    assert "offer: '$19'" in why, why
