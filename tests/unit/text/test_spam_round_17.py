"""Round 17 (issue 14 item 6): bulk spam read by its topic in any language, keywords in runs or
around a hub word, and emphasis closed by its word. Every row here was written for this file;
none is copied from a fixture. Each spam row is judged not spam by the branch's start (05c36e4);
each look-alike resident is judged not spam by both engines, except the bookended "no", which
the start flagged.
"""

from __future__ import annotations

from intake.text.spam.repetition import keyword_evidence
from intake.text.spam.topics import spam_topics
from tests.unit.text.spam_judging import judged

MUSEUM = (
    "Resolution 2026-60: Restoring the historic Carnegie library building",
    "The library needs a new roof before winter.",
    "Keep the reading room open on weekends during the work.",
    "The restoration budget is too high for one building.",
    "Children use the library after school every day.",
)


def test_counterfeit_goods_with_a_shop_are_caught_in_several_languages() -> None:
    for body in (
        "Replica Rolex and Omega watches, 1:1 quality, free shipping worldwide: "
        "https://luxwatch-store.example.com",
        "Zegarki Rolex repliki 1:1, wysyłka gratis, zamów: https://zegarki-tanio.example.pl",
        "Bolsos Gucci réplica calidad 1:1, envío gratis. Escríbenos: ventas.bolsos@example.com",
        "高仿名牌包包，一比一做工，全国包邮，加V：luxbag888",
    ):
        spam, why = judged(body, MUSEUM)
        assert spam, (body, why)
        assert "topic: counterfeit goods" in why, why


def test_essays_inheritance_dating_and_prizes_with_a_contact_are_caught() -> None:
    for body, topic in (
        (
            "Need help? Our essay writing service delivers any paper in 6 hours, 100% "
            "plagiarism free: https://papers-fast.example.net",
            "essays written for pay",
        ),
        (
            "Курсовые и дипломные на заказ, без плагиата, быстро. Пишите: diplom.help@example.ru",
            "essays written for pay",
        ),
        (
            "Good day, I am a barrister and my late client left an inheritance of $9.4M with no "
            "next of kin. Write to chambers.okafor@example.org",
            "an inheritance offered",
        ),
        (
            "Soy abogado: su pariente dejó una herencia de 3 millones sin reclamar. Escriba a "
            "herencia.legal@example.com",
            "an inheritance offered",
        ),
        (
            "Lonely women near you want to chat tonight 💋 https://meetnow.example.net",
            "a dating lure",
        ),
        (
            "Одинокие девушки твоего города ждут тебя: https://znakomstva.example.ru",
            "a dating lure",
        ),
        (
            "Votre numéro a gagné 10 000 € au tirage ! Appelez le +33 6 12 34 56 78",
            "a prize won by a number",
        ),
    ):
        spam, why = judged(body, MUSEUM)
        assert spam, (body, why)
        assert f"topic: {topic}" in why, why


def test_requests_for_bank_details_with_a_link_are_caught() -> None:
    for body in (
        "Your water refund of $212 is ready. Confirm your bank details at "
        "https://refund-water.example.org/claim",
        "Su reembolso de energía está listo: verifique sus datos bancarios en "
        "https://reembolso.example.net",
        "Zwrot podatku czeka: podaj numer konta na https://zwrot-teraz.example.pl",
    ):
        spam, why = judged(body, MUSEUM)
        assert spam, (body, why)
        assert "topic: a request for bank or identity details" in why, why


def test_residents_who_name_a_spam_topics_words_are_kept() -> None:
    """Look-alikes: replicas of a historic building, an essay a child wrote, an inheritance
    tax, a dating-app safety meeting, a real city rebate program with the city's link, a
    warning about a bank-details text, a visa that took 90 days."""
    for body in (
        "The replicas of the historic Carnegie facade panels look great; see the photos at "
        "https://carnegiefriends.example.org/photos",
        "My kid wrote an essay about the library for school and it won a prize. Contact me at "
        "jo.parent@example.com if you want to read it.",
        "The inheritance tax on my mother's house nearly forced us to sell; my attorney at "
        "555-0142 says the restoration levy would add more.",
        "Our library hosted a dating app safety meeting for seniors last month; details at "
        "https://safetyfirst.example.org/meetings",
        "The city's energy rebate program worked for us, apply at "
        "https://www.cityofriverton.org/rebates before March.",
        "I got a text asking for my bank details about a library fine. Never enter your bank "
        "details on a link like https://libfine.example.com and report it to 555-0100.",
        "My visa took 90 days to renew; the library's immigration clinic helped. Call them at "
        "555-0101.",
    ):
        spam, why = judged(body, MUSEUM)
        assert not spam, (body, why)
        assert "topic:" not in why, why


def test_spam_topics_need_the_lures_compound_not_a_lone_word() -> None:
    assert spam_topics("Our grandmother's inheritance paid for the new roof.") == []
    assert spam_topics("The replica of the 1904 clock tower is in the lobby.") == []
    assert spam_topics("My daughter's essay on the library won the city prize.") == []
    assert spam_topics("Singles night at the library was fun.") == []
    assert spam_topics("Do not send your bank details to anyone who texts you.") == []
    assert [t for t, _ in spam_topics("send your bank details now")] == [
        "a request for bank or identity details"
    ]


def test_keywords_in_runs_or_around_a_hub_are_noise_in_any_script() -> None:
    for body in (
        "cheap flights cheap flights cheap flights booking booking booking",
        "🎰🎰🎰🎰🎰💵💵💵💵💵",
        "tanie loty tanie loty tanie loty rezerwacja rezerwacja rezerwacja",
        "tv repair near me tv mount tv screen fix best tv service tv installer cheap tv deals",
    ):
        spam, why = judged(body, MUSEUM)
        assert spam, (body, why)
        assert "repetition: " in why, why


def test_chants_and_residents_without_punctuation_are_not_keyword_runs() -> None:
    assert keyword_evidence("Save the library! Save the library! Save the library!") == []
    assert keyword_evidence("save the library save the library save the library") == []
    assert (
        keyword_evidence(
            "i dont want the library closed the roof can wait the kids need it after school"
        )
        == []
    )
    for body in (
        "Save the library! Save the library! Save the library!",
        "please please please keep the reading room open we need it",
    ):
        spam, why = judged(body, MUSEUM)
        assert not spam, (body, why)


def test_emphasis_closed_by_its_word_is_not_repetition() -> None:
    """ "no no no no no. not another increase. no." was flagged (0.75) by the start."""
    for body in (
        "no no no no no. not another increase. no.",
        "Нет нет нет нет. Только не здесь. Нет.",
        "No no no no. Aquí nada se cierra. No.",
    ):
        spam, why = judged(body, MUSEUM)
        assert not spam, (body, why)
    spam, why = judged("free free free free free now cheap free", MUSEUM)
    assert spam, why


def test_a_shops_promotion_mechanics_with_a_link_are_caught_even_on_the_item() -> None:
    """Adverts opening on the item: relatedness reads them as taking part; the promotion's
    mechanics (a multi-buy, or a discount and a free extra) with the shop's link do not."""
    for body in (
        "Worried about the roof work noise? QuietHome earplugs, buy 3 get 2 free this week only "
        "at quiethome-plugs.store",
        "Restoring the library? Protect your books with ShelfGuard covers 40% OFF + 2 rolls FREE: "
        "https://shelfguard-deal.example.net/aff?id=lib9",
        "¿Obras en la biblioteca? Tapones QuietHome: compra 2 y llévate 3 en "
        "quiethome-tapones.store",
    ):
        spam, why = judged(body, MUSEUM)
        assert spam, (body, why)
        assert "a shop's promotion" in why, why


def test_a_resident_naming_a_shops_sale_is_kept() -> None:
    for body in (
        "The library's book sale is buy 2 get 1 free; all proceeds go to the roof fund.",
        "The friends of the library sell 2 books for $1 at https://friendsofthelibrary.example.org",
    ):
        spam, why = judged(body, MUSEUM)
        assert not spam, (body, why)
        assert "a shop's promotion" not in why, why
