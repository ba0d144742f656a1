"""Session 12 (issue 14 item 6): the bulk kinds the issue named, in outsiders' words. A prize told
to the reader and money sent back multiplied (:mod:`intake.text.spam.windfalls`), a result
promised by a deadline (:mod:`intake.text.spam.promises`), a place name that made an advert
"related" (:mod:`intake.text.spam.placenames`) and a word of praise with nothing praised
(:mod:`intake.text.spam.barepraise`). Every row here was written for this file; none is copied
from a corpus. Each test fails on the branch's start (079ef8c); a spam row it already caught is
marked so, and every resident below is judged not spam by both.
"""

from __future__ import annotations

from intake.services.review import MARGIN_SPAM
from intake.text.spam import Behaviour, SpamSettings, score
from intake.text.spam.barepraise import bare_praise
from intake.text.spam.placenames import name_terms
from intake.text.spam.promises import promise_terms, promised
from intake.text.spam.windfalls import multiplied, prize_told
from tests.unit.text.spam_judging import judged

METERS = (
    "Extending paid parking meter hours to 9 p.m. on Harbor Street",
    "Harbor Street restaurants need evening turnover; the meters would help them.",
    "I live on Harbor Street and cannot park near my home after six already.",
    "Meters until 9 p.m. will push cars into the side streets around Harbor Street.",
    "Please keep Sundays free on Harbor Street, church goers park there.",
    "The meter revenue should pay for better lighting on Harbor Street.",
    "Harbor Street shops close at six; who pays meters at eight?",
)
LIBRARY = (
    "Opening the Linden branch library on Sundays and extending weekday hours",
    "The branch library is the only quiet place for my kids to study on Sundays.",
    "Longer weekday hours would let working parents use the library after work.",
    "Who pays for the extra staff hours? The library budget is already thin.",
    "Sunday hours at the Linden branch would help students before exams.",
    "Please keep the children's room open during the new Sunday hours.",
)
TRANSIT = (
    "Design of the new Elm Street transit hub: kiosks, shelters and bike parking",
    "The transit hub needs covered bike parking and more shelters for the buses.",
    "Put the ticket kiosks inside the hub, out of the rain.",
    "Benches and shelters at the Elm Street stops are overdue.",
    "Will the hub have kiosks for cash fares? Not everyone has a card.",
    "Bike parking at the transit hub should be locked and lit at night.",
)


def test_a_prize_told_to_the_reader_is_caught_in_several_languages() -> None:
    for body, context in (
        ("Поздравляем! Вы выиграли телевизор Samsung. Заберите приз: http://tv-prize.example.net",
         LIBRARY),
        ("¡Felicidades! Has ganado un iPhone 17. Reclama tu premio: https://premio-ya.example.com",
         METERS),
        ("Félicitations, vous avez gagné une carte cadeau. Cliquez : http://cadeau.example.fr",
         TRANSIT),  # caught on 079ef8c too
        ("Glückwunsch! Sie haben ein Samsung Galaxy gewonnen: http://gewinn-jetzt.example.de",
         LIBRARY),
    ):  # fmt: skip
        assert prize_told(body), body
        spam, why = judged(body, context)
        assert spam, (body, why)


def test_money_sent_back_multiplied_is_caught_in_several_languages() -> None:
    for body, context in (
        ("Giveaway! Send 0.5 ETH and get 1 ETH back. Write to give@example.org", TRANSIT),
        ("Envía 100 USDT y recibe 300 USDT hoy mismo. Contacto: cripto@example.com", METERS),  # too
        ("Отправьте 0.05 BTC и получите 0.1 BTC обратно: btc-x2@example.ru", LIBRARY),
    ):
        assert multiplied(body), body
        spam, why = judged(body, context)
        assert spam, (body, why)


def test_a_result_promised_by_a_deadline_with_a_way_to_reach_the_seller_is_caught() -> None:
    for body, context in (
        ("Lose 10 kg in 2 weeks with our drops! Order: https://slim-drops.example.com", LIBRARY),
        ("Préstamos aprobados en 15 minutos, sin buró. Llama al 55 1234 5678 o escribe a "
         "prestamos@example.mx", METERS),  # these two caught on 079ef8c too
        ("Führerschein in 7 Tagen ohne Prüfung! Jetzt bestellen: https://fs-schnell.example.de",
         TRANSIT),
        ("Dissertation writing, any topic, within 48 hours: thesis@example.com, +44 20 7946 0011",
         LIBRARY),
    ):  # fmt: skip
        assert promised(body) or promise_terms(body), body
        spam, why = judged(body, context)
        assert spam, (body, why)


def test_the_first_page_of_a_search_engine_promised_is_seo_jargon() -> None:
    for body, context in (
        ("Get your shop to page 1 of Google in 60 days with our SEO experts: "
         "https://rank-up.example.net", METERS),  # spam on 079ef8c too, not as jargon
        ("Llevamos su negocio a la primera página de Google en 30 días con SEO local: "
         "https://posiciona.example.mx", TRANSIT),
    ):  # fmt: skip
        spam, why = judged(body, context)
        assert spam and "search-engine marketing jargon" in why, (body, why)
    spam, why = judged("Is the city's parking page on the first page of Google? I never find it.",
                       METERS)  # fmt: skip
    assert not spam, why


def test_a_place_name_does_not_make_a_short_advert_related_to_the_item() -> None:
    for body, context in (
        ("Lonely tonight? Sweet girls near Harbor Street want to chat: http://chat-now.example.com",
         METERS),
        ("Hot singles at Linden are online now http://meet-singles.example.net", LIBRARY),
    ):  # fmt: skip
        assert name_terms(body), body
        spam, why = judged(body, context)
        assert spam, (body, why)


def test_a_word_of_praise_with_nothing_praised_goes_to_review_and_is_spam_from_a_bot() -> None:
    """A resident may mean "Great!" as support: alone it is held for a clerk (within the review
    queue's margin of the threshold), not labelled; with a bot's other sign it is spam."""
    settings = SpamSettings()
    for body in ("Nice", "Great!!", "Очень круто", "很好", "Super!"):
        assert bare_praise(body), body
        alone = score(body, Behaviour(), settings)
        assert not alone.is_spam, body
        assert alone.score >= settings.threshold - MARGIN_SPAM, (body, alone.score)
        assert "nothing praised" in " | ".join(alone.reasons)
        from_a_throwaway_address = score(body, Behaviour(email="x@mailinator.com"), settings)
        assert from_a_throwaway_address.is_spam, body
        assert not score("Thank you all", Behaviour(email="x@mailinator.com"), settings).is_spam


def test_residents_who_look_alike_are_kept() -> None:
    """A resident naming their street with a news story, asking about crypto kiosks, a shop
    owner's site, durations and contacts, praise of something, a win that is not the reader's."""
    for body, context in (
        ("I live on Harbor Street. The Tribune covered it: "
         "https://www.tribune.example.com/2026/11/02/harbor-street-meters", METERS),
        ("Will there be crypto kiosks in the hub? Elm Street has one: "
         "https://news.example.org/2026/11/crypto-atm-elm-street", TRANSIT),
        ("Can people send 20 dollars and get 40 dollars of transit credit like in Portland? "
         "https://www.example.org/transit/credit-match", TRANSIT),
        ("I own Rosa's Bakery on Harbor Street (rosasbakery.example.com). Meters until 9 p.m. "
         "would send our evening customers away.", METERS),
        ("We run the bike shop on Harbor Street, www.harborcycles.example.com", METERS),
        ("Hot coffee and warm seats at Rosa's on Harbor Street, rosasbakery.example.com", METERS),
        ("The crews promised to fix the drain in 30 days; it has been 90. Call me, 555-0142.",
         METERS),
        ("Our kids' team won the state final! Photos: https://www.example.org/news/2026/final",
         LIBRARY),
        ("La biblioteca ha ganado un premio estatal, ¡felicidades! bibliotecaslinden.example.org",
         LIBRARY),
        ("Open in 2 weeks? Great. Friends of Linden Library, friendslinden.example.org", LIBRARY),
        ("Nice work, council!", LIBRARY),
        ("Great idea, thanks", LIBRARY),
        ("Support.", LIBRARY),
        ("Thank you", LIBRARY),
        ("Good", LIBRARY),
    ):  # fmt: skip
        spam, why = judged(body, context)
        assert not spam, (body, why)
