"""Round 15 (issue 14 item 6): a messenger named as the way to reach a seller next to a sum, a
hidden web address next to a sum, an invitation next to a sum, and a community's chat link read
as a way to reach the community. Every row here was written for this file; none is copied from
a fixture. Each spam row was judged not spam by the branch's start (079ef8c), and each resident
ending on a chat link was flagged by it, unless the test says the row is a look-alike both
engines judge alike.
"""

from __future__ import annotations

from intake.text.spam.channels import messenger_money
from intake.text.spam.contacts import names_a_messenger
from intake.text.spam.deadline import deadline
from intake.text.spam.events import names_a_day_or_time, names_a_time
from tests.unit.text.spam_judging import judged

POOL = (
    "Resolution 2026-40: Renovating the Riverside public pool and bathhouse",
    "The pool needs a ramp with handrails for seniors.",
    "Kids need swim lessons at the pool every summer.",
    "The bond is too expensive for what we get.",
    "Fix the bathhouse showers first.",
    "Open the pool earlier in June please.",
    "Lifeguards should be paid more, the pool closes for lack of staff.",
)
LIBRARY = (
    "Item 7: Opening the Northside branch library on Sundays",
    "Working parents can only bring their kids to the library on weekends.",
    "Sunday hours would need more staff; how will the library pay for them?",
    "The study rooms are full on Saturdays already.",
    "Please keep the children's section open on Sunday afternoons.",
    "The branch is the only quiet place to study in the neighbourhood.",
)


def test_a_messenger_named_next_to_a_sum_is_an_offer_in_several_languages() -> None:
    """Jobs and returns offered through a messenger named without an ID, in Spanish, Chinese
    and Indonesian on an English item (nobody wrote in their language) and in English."""
    for body in (
        "Gana $250 al día desde tu celular calificando productos. Sin experiencia. Escríbenos "
        "por WhatsApp y empieza hoy.",
        "每天在家赚500元，只需手机操作，收益稳定。名额有限，快加我们的Telegram群。",
        "Make $400 a day from your phone, no experience needed. Message our recruiter on "
        "Telegram to start today.",
        "Investasi emas dengan keuntungan 20% setiap minggu, modal kecil. Gabung grup Telegram "
        "kami sekarang.",
    ):
        spam, why = judged(body, POOL)
        assert spam, (body, why)
        assert "messenger app named as the way to reach" in why, why


def test_residents_naming_a_messenger_and_a_sum_on_the_item_are_kept() -> None:
    """Look-alikes: a group's chat and a sum on the item's own subject (related to it), and a
    parents' group written apart that meets at an hour. Neither engine flags them."""
    for body in (
        "Our seniors swim group has a WhatsApp chat and we raised $450 toward the ramp with "
        "handrails. Please build it.",
        "The lifeguards have a WhatsApp group; they told me pay is $14 an hour, which is why "
        "the pool closes.",
        "Los padres tenemos un grupo de WhatsApp para la piscina; nos reunimos el sábado a las "
        "10am y juntamos $300 para los salvavidas.",
    ):
        spam, why = judged(body, POOL)
        assert not spam, (body, why)


def test_a_communitys_chat_link_written_apart_is_a_way_to_reach_it() -> None:
    """A community's free lessons on a day of the week, ending on its Telegram chat, in
    Ukrainian and Polish on an English item: both flagged by 079ef8c (``t.me`` read as a
    shortener, so the text "sold outright"), kept now."""
    for body in (
        "Наша українська громада щонеділі проводить у басейні безкоштовні уроки плавання для "
        "дітей. Просимо відкрити басейн у неділю. Наш чат: t.me/ukr_swim_example",
        "Nasza polonijna grupa co niedzielę uczy dzieci pływać za darmo. Prosimy o otwarcie "
        "basenu w niedziele. Czat grupy: t.me/polonia_plywanie",
    ):
        spam, why = judged(body, POOL)
        assert not spam, (body, why)


def test_a_chat_link_next_to_a_sum_is_still_an_offer() -> None:
    """A chat link names its messenger: with a sum it is read as the offer's channel."""
    body = "Сигналы по золоту с точностью 92%, первая неделя бесплатно: t.me/gold_signals_example"
    assert messenger_money(body.split(":")[0], body) == "t.me/"
    spam, why = judged(body, LIBRARY)
    assert spam, why


def test_names_a_messenger_reads_brands_not_capital_words() -> None:
    assert names_a_messenger("Escríbenos por WhatsApp") == "WhatsApp"
    assert names_a_messenger("अभी टेलीग्राम ग्रुप जॉइन करें") == "टेलीग्राम"
    assert names_a_messenger("Take the LINE 5 bus to the pool") is None
    assert names_a_messenger("The pool line was long") is None
    assert messenger_money("Join our WhatsApp group, we meet at 6pm, $5 entry", "") is None


def test_days_of_the_week_name_an_event_in_several_languages() -> None:
    for text in ("every Sunday", "щонеділі", "w niedzielę", "el sábado", "le dimanche", "星期日"):
        assert names_a_day_or_time(text), text
    assert not names_a_time("every Sunday")
    for text in ("$2,000 kada linggo", "in 24 hours", "this weekend", "by the end of the week"):
        assert not names_a_day_or_time(text), text


def test_a_hidden_address_next_to_a_sum_is_an_offer() -> None:
    """A spelled-out shop with a price or a percentage, on the item's own subject."""
    for body in (
        "Pool owners: chlorine tablets 30% below retail this month at poolchemhub dot net",
        "Filtros profesionales para la piscina desde 499 €, un 20 % más baratos esta semana: "
        "filtropro dot com",
    ):
        spam, why = judged(body, POOL)
        assert spam, (body, why)
        assert "web address hidden from link finders" in why, why


def test_a_spelled_out_cause_or_city_address_next_to_a_sum_is_kept() -> None:
    """Look-alikes: a petition's and the city's address spelled out beside a sum raised or a
    budget (.org, .gov) count as before (a hidden address and a short offer: 0.67)."""
    for body in (
        "Our petition for a ramp at the pool, savethepool dot org, has raised $2,000 from seniors "
        "who swim there.",
        "The bond is $6.4M; the staff report is at riverside dot gov slash pool.",
    ):
        spam, why = judged(body, POOL)
        assert not spam, (body, why)


def test_an_invitation_next_to_a_sum_is_judged_even_when_written_apart() -> None:
    """A "link na bio" with a sum, in Portuguese on an English item: an offer and its channel,
    so relatedness judges it although nobody on the item wrote Portuguese."""
    body = "Ganhe R$ 400 por dia trabalhando pelo celular, sem experiência. Link na bio!"
    spam, why = judged(body, LIBRARY)
    assert spam, why


def test_a_deadline_in_hours_lifts_a_lure_one_sign_short_in_several_languages() -> None:
    """Lures whose host asks to verify, pay or sign in, at a front door the text does not name
    (0.65 on 079ef8c: one sign short), giving the reader hours to act."""
    for body in (
        "Riverside pool season passes: your renewal is pending. Confirm your billing details "
        "within 24 hours: https://pass-renewal.pay-verify.info",
        "Piscina Riverside: su pase de temporada está pendiente. Confirme su pago en las "
        "próximas 48 horas: https://pases-temporada.secure-billing.info",
        "Basen Riverside: karnet sezonowy wygasa. Potwierdź płatność w ciągu 12 godzin: "
        "https://karnety-online.konto-login.info",
    ):
        spam, why = judged(body, POOL)
        assert spam, (body, why)
        # A short text's deadline is read once, as the session's promise when it is one.
        assert "a deadline counted in hours" in why or "a result by a deadline" in why, why


def test_residents_giving_hours_are_kept() -> None:
    """Look-alikes: a repair promise with a news link or the city's number, and a resident
    warning neighbours about exactly this lure. Neither engine flags them."""
    for body in (
        "The contractor should have to fix any broken pool pump within 48 hours; last summer it "
        "took three weeks (https://news.example.com/2025/07/riverside-pool-pump).",
        "When the pool heater broke the city promised repairs within 24 hours. Call 311 at "
        "555-0100 if it happens again.",
        "If you get a text saying your pool pass will be cancelled within 24 hours unless you "
        "pay at some link, it is a scam; the city never does that. Report it at 555-0100.",
    ):
        spam, why = judged(body, POOL)
        assert not spam, (body, why)
    assert deadline("in 24 hours") is None  # a duration, not a limit
    assert deadline("w ciągu 12 godzin") == "w ciągu 12 godzin"
    assert deadline("48小时内完成") == "48小时内"
