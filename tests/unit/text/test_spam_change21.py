"""Session 21: a percentage of change is a figure, not a sum asked (issue 14).

A shop owner who says their business fell 30% since the street lost its parking, and gives the
number they answer on, names a figure of their own loss; read as a sum of money, it made the
comment "a sum beside a messenger" and "an offer" (res21b's invented laundry owner, 0.93). A
word of rising or falling before the percentage ("fell", "下降", "bajaron un", "упала на") or
after it ("감소", "減少", "gesunken") makes it a change; a discount keeps its own words ("save",
"off", "优惠", "giảm giá"). Every row here was written for this file.
"""

from __future__ import annotations

import pytest

from intake.text.spam.solicit import money
from tests.unit.text.spam_judging import judged

PARKING = (
    "Item 14: adding 40 metered parking spaces on Harbor Street",
    "More parking would help the shops on Harbor Street.",
    "Please keep the bike lane when you add the spaces.",
)


@pytest.mark.parametrize(
    "text",
    [
        "Our sales fell 30% since the lot closed.",
        "停车难导致生意下降了30%。",
        "Las ventas bajaron un 25% este año.",
        "Выручка упала на 40% за год.",
        "손님이 줄어서 매출이 30% 감소했습니다.",
        "売上が30%減少しました。",
        "Der Umsatz ist um 20% gesunken.",
    ],
)
def test_a_percentage_of_change_is_no_sum(text: str) -> None:
    assert not money(text)


@pytest.mark.parametrize(
    "text", ["Save 30% today only", "优惠30%，欢迎光临", "Giảm giá 70% hôm nay", "Earn 40% more"]
)
def test_a_discount_or_a_return_is_still_a_sum(text: str) -> None:
    assert money(text)


@pytest.mark.parametrize(
    "body",
    [
        "本人在港口街开面包店十五年，支持增加停车位。停车难导致生意下降了30%。"
        "有问题可以加我微信 harborbakery15 或打 415-555-0171。",
        "Tengo una panadería en Harbor Street desde hace 12 años y apoyo los espacios. Las ventas "
        "bajaron un 25% desde que cerraron el estacionamiento. WhatsApp 415-555-0172.",
    ],
)
def test_a_shop_owner_who_names_their_loss_and_their_number_is_not_flagged(body: str) -> None:
    spam, why = judged(body, PARKING)
    assert not spam, why
    assert "offer:" not in why, why
