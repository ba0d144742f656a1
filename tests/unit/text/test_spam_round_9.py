"""Round 9 (issue 14 item 6): signals read from the text's shape in any language, motivated by
what the third blind set (written by an outsider) showed the engine missing. Every row here was
written for this file; none is copied from a fixture. Each spam assertion fails on round 8's
engine; each legitimate look-alike is kept.
"""

from __future__ import annotations

from intake.text.spam.disguise import defanged_link, spintax
from intake.text.spam.numbers import TITLE_FIGURE_WEIGHT, figures, shared_figures
from intake.text.spam.solicit import money
from tests.unit.text.spam_judging import judged

LIBRARY = (
    "Resolution 77: weekend hours at the Hillcrest branch library",
    "Please keep the Hillcrest branch open on Saturdays; the children's story time matters.",
    "The branch library is where seniors read the newspaper and use the computers.",
    "Weekend hours at the library are the only time working parents can bring their kids.",
    "Closing the branch saves little; the library budget should be found elsewhere.",
    "Our reading room and computer lab are full every Sunday afternoon at the branch.",
    "Cutting library hours hurts students who study there before exams.",
    "The librarians at Hillcrest helped my father with his pension forms.",
    "Volunteers run the used book sale every Saturday to raise money for the branch.",
)
RENTALS = (
    "Ordinance 9: permits for short-term rentals, a cap of 250 and a $375 yearly fee",
    "Short-term rentals have pushed long-term tenants out of the Riverside blocks.",
    "The cap of 250 permits is too generous for a town this size.",
    "Enforcement matters more than the fee; nobody checks the listings now.",
    "Neighbours should be told when a house next door becomes a rental.",
    "Hosts who live on site are different from investors buying whole buildings.",
)
OTHER_LANGUAGES = (
    "La biblioteca de Hillcrest es muy importante para mis hijos los sábados.",
    # Session 15: relatedness needs enough words in the language to share (``written_apart``).
    "Si cierran la biblioteca los fines de semana, los estudiantes no tendrán dónde hacer "
    "sus tareas ni usar las computadoras.",
    "Los libros en español de la biblioteca son los únicos que mis padres pueden leer.",
    "Los sábados por la mañana hay clases de lectura para niños pequeños y talleres de "
    "inglés para adultos.",
    "Пожалуйста, не закрывайте библиотеку в Хилкресте по субботам, это очень важно для наших "
    "детей и пенсионеров.",
    "Мои внуки берут книги на русском языке только в этой библиотеке, другой рядом нет.",
    "Если библиотеку закроют по выходным, школьникам негде будет делать уроки и "
    "пользоваться компьютерами.",
)
TITLE_ONLY = ("Resolution 80: repaving Maple Avenue between 2nd and 9th Street",)


# --------------------------------------------------------------------------- defanged links


def test_a_defanged_link_is_found_and_nothing_else_is() -> None:
    assert defanged_link("claim it at hxxps://gift-card-win[.]club/now") is not None
    assert defanged_link("Сайт: deshevye-chasy(.)ru") is not None
    assert defanged_link("voir h**p://promo{.}shop") is not None
    for prose in ("I agree (.) with this", "see section 3(.)2", "e.g. the branch", "Foxx Park"):
        assert defanged_link(prose) is None, prose


def test_defanged_links_unrelated_to_the_item_are_spam_in_several_languages() -> None:
    for body in (
        "Lonely tonight? Meet mature women near you, no card needed: hxxps://meet-now[.]date/x",
        "Préstamos sin aval, aprobación inmediata, dinero hoy mismo: prestamos-ya(.)online",
        "Дешёвые швейцарские часы, доставка курьером, скидки каждый день: chasy-deshevo(.)ru",
    ):
        spam, why = judged(body, LIBRARY)
        assert spam, body
        assert "defanged" in why


def test_a_defanged_advert_among_an_items_first_comments_is_spam() -> None:
    body = "Дешёвые швейцарские часы, доставка курьером, скидки каждый день: chasy-deshevo(.)ru"
    spam, why = judged(body, TITLE_ONLY)
    assert spam and "an advert among the first comments" in why


def test_a_resident_warning_about_a_scam_link_on_the_item_is_not_spam() -> None:
    body = (
        "Someone is texting Hillcrest library patrons a fake overdue-fine link, "
        "hxxp://hillcrest-fines[.]com, please warn people at the branch and on the library site."
    )
    assert not judged(body, LIBRARY)[0]


# --------------------------------------------------------------------------- spelled links


def test_an_address_spelled_with_spaced_letters_or_a_coded_name_is_a_link() -> None:
    spam, why = judged(
        "Trading signals that never lose, 90% win rate, join at w w w . win-signals . n e t",
        LIBRARY,
    )
    assert spam and "an address spelled out" in why
    spam, why = judged("Cá cược bóng đá uy tín, khuyến mãi 150%, vào ngay: bet88vn . com", LIBRARY)
    assert spam and "an address spelled out" in why
    assert "spelled out" not in judged("Closing the branch again. Com on, council.", LIBRARY)[1]
    assert "spelled out" not in judged("We had COVID-19 . Com munity rooms closed.", LIBRARY)[1]


# --------------------------------------------------------------------------- spintax


def test_unfilled_spintax_is_spam_and_braces_in_prose_are_not() -> None:
    assert spintax("{Hi|Hello} {friend|there}, {nice|great} {blog|site}!") == 4
    spam, why = judged(
        "{Hi|Hello} {friend|there}, {nice|great} {blog|site}, {thanks|cheers}!", None
    )
    assert spam and "spintax" in why
    assert not judged("Use the {north|south} entrance while the branch is repaired.", LIBRARY)[0]
    assert not judged("La biblioteca {Hillcrest} necesita horario {sábado}.", LIBRARY)[0]


# --------------------------------------------------------------------------- sums in any script


def test_percent_and_currency_units_of_every_script_are_sums() -> None:
    assert money("خصم ٥٠٪ على كل الساعات")
    assert money("包包只要500元")
    assert money("가입머니 3만원 지급")
    assert money("5万円の報酬")
    assert not money("元旦快乐，第三单元")
    assert not money("3만 명이 서명했습니다")


def test_an_offer_with_an_arabic_percent_and_a_messenger_id_is_spam() -> None:
    body = "أرباح يومية مضمونة ٣٠٪ من التداول، راسلني على تيليجرام @gold_signals_pro"
    spam, why = judged(body, TITLE_ONLY)
    assert spam and "offer: '٣٠٪'" in why


def test_a_korean_resident_naming_a_price_without_contact_is_not_spam() -> None:
    assert not judged("도서관 주말 운영비로 1인당 3만원은 과하지 않습니다.", LIBRARY)[0]


# --------------------------------------------------------------------------- figures


def test_figures_leave_out_phone_numbers_references_and_years() -> None:
    assert figures("A $375 fee, 250 permits, 1200 River Road, 2026") == {"375", "250", "1200"}
    assert figures("Call 1-888-555-0147, (916) 555-0142 or +91 70000 45678") == set()
    assert figures("Ordinance 2026-55") == set()
    assert figures("٢٥٠ تصريح") == {"250"}
    assert shared_figures("A $375 fee", RENTALS) == (1, 1 + TITLE_FIGURE_WEIGHT)
    assert shared_figures("Some 250 permits", RENTALS[1:]) == (1, 1)
    assert shared_figures("Call 555-0123 about 999 rooms", RENTALS) == (1, 0)


def test_a_host_quoting_the_items_fee_with_their_site_is_not_spam() -> None:
    body = (
        "I let out one spare bedroom in my own home through roomstay-maple.example.com. $375 "
        "suits people flipping apartments, but is steep for a retiree earning a little extra a "
        "few weekends each year; please create a cheaper owner-occupied tier."
    )
    spam, why = judged(body, RENTALS)
    assert not spam, why
    assert "unrelated" not in why


# --------------------------------------------------------------------------- citations


def test_a_cited_article_is_no_way_to_reach_a_seller_for_advert_words() -> None:
    context = (*LIBRARY, "La biblioteca de Hillcrest abre los sábados y es muy útil.")
    body = (
        "Vale la pena leer este reportaje sobre librerías y ventas de libros usados: "
        "https://www.diario.example/cultura/2026/11/libros-usados"
    )
    spam, why = judged(body, context)
    assert not spam, why
    assert "offer words" not in why


# --------------------------------------------------------------------------- keyword stuffing


def test_keyword_stuffing_without_separators_is_spam_unless_it_names_the_item() -> None:
    body = (
        "cheap car insurance quotes car insurance near me best car insurance online car "
        "insurance deals cheap auto insurance affordable car insurance today"
    )
    spam, why = judged(body, LIBRARY)
    assert spam and "stuffed with search terms" in why
    rant = (
        "i love the library i go to the library every day with my kids the library is the "
        "best place in town please keep the library open on weekends"
    )
    assert not judged(rant, LIBRARY)[0]


# --------------------------------------------------------------------------- address harvesting


def test_asking_for_the_readers_address_about_nothing_the_item_is_is_spam() -> None:
    for body in (
        "Hi dear, I liked what you wrote. Can I have your email so we can chat privately?",
        "Hola, me gustó mucho lo que escribiste aquí. ¿Me pasas tu correo para conversar "
        "tranquilos en privado? Tengo algo importante que contarte.",
        "Привет, мне понравился твой комментарий, ты интересный человек. Дай свой номер, "
        "хочу познакомиться поближе.",
    ):
        # someone on the item wrote in the comment's language
        spam, why = judged(body, (*LIBRARY, *OTHER_LANGUAGES))
        assert spam, body
        assert "in a text about nothing the item is" in why


def test_a_resident_asking_for_an_address_about_the_item_is_not_spam() -> None:
    body = "Can I have your email? I want to gather parents to speak for Saturday library hours."
    assert not judged(body, LIBRARY)[0]
    # in a language nobody on the item wrote in, words cannot be compared: not judged
    body = "Vecinos, quiero juntar a las familias del barrio antes de la votación. ¿Me pasas tu correo?"
    assert not judged(body, LIBRARY)[0]


# --------------------------------------------------------------------------- offers unrelated


def test_a_sum_and_a_contact_in_a_long_text_unrelated_to_the_item_is_an_offer() -> None:
    body = (
        "Good to see so many people taking part. By the way, if you run a small shop I do "
        "bookkeeping and tax filing for only $49 each month, the first month is free. "
        "Write to me at ledger.help2026@example.com"
    )
    spam, why = judged(body, LIBRARY)
    assert spam and "a sum of money with a way to reach someone" in why


def test_a_resident_with_a_sum_and_an_address_on_the_item_is_not_an_offer() -> None:
    body = (
        "The branch library budget needs only $40,000 more for Saturday hours; our friends "
        "group raised part of it at the book sale. Write to friends.hillcrest@example.org "
        "to volunteer."
    )
    spam, why = judged(body, LIBRARY)
    assert not spam, why


# --------------------------------------------------------------------------- closing adverts


def test_an_advert_after_a_residents_opening_is_judged_on_its_closing_sentences() -> None:
    body = (
        "The Hillcrest branch library matters to my family and our kids love story time. "
        "Keep it open. Also I quit my office job after making $640 a week trading from my "
        "phone, message me for the secret. Details at w w w . quick-profit-now . c o m"
    )
    spam, why = judged(body, LIBRARY)
    assert spam and "closing sentences" in why


def test_a_residents_closing_lines_with_a_number_are_not_an_advert() -> None:
    body = (
        "Keep the Hillcrest branch library open on Saturdays. My kids study there every week. "
        "Thank you all for listening. Call me at 916-555-0199 if you want to help."
    )
    spam, why = judged(body, LIBRARY)
    assert not spam, why
    assert "closing sentences" not in why


# --------------------------------------------------------------------------- WeChat's disguises


def test_wechats_disguised_names_are_a_messenger() -> None:
    spam, why = judged("正品大牌香水批发，全国包邮，加VX：scent_shop88", LIBRARY)
    assert spam and "messenger app" in why
    assert (
        "messenger"
        not in judged("The VX engine club meets at the branch on Saturdays.", LIBRARY)[1]
    )
