"""Round 12 (issue 14 item 6): closing sentences count when they sell, and a text written to the
owner of a website, blog or post that shares nothing with the item is spam. Every row here was
written for this file; none is copied from a fixture. Each legitimate comment below, and each
spam one marked "missed", was judged the other way by round 11's engine (4bb9c59).
"""

from __future__ import annotations

from intake.text.spam.closing import closing, tail_sells
from intake.text.spam.invisible import interleaved_words
from intake.text.spam.links import find_links
from intake.text.spam.lurelinks import lure_path
from intake.text.spam.settings import SpamSettings
from intake.text.spam.webpitch import web_words
from tests.unit.text.spam_judging import judged

S = SpamSettings()

BIKE_LANES = (
    "Resolution 88: Protected bike lanes on Alder Avenue, removing 140 parking spaces",
    "Parking on Alder is already scarce for the dentist and the pharmacy customers.",
    "My kids cannot cross Alder to school safely; the lanes would slow traffic down.",
    "Delivery vans double park all day; where will they load if the spaces go?",
    "Painted lines are not protection. Concrete curbs or nothing.",
    "Seniors at the co-op need the curbside spots near the entrance.",
)
INSPECTIONS = (
    "Ordinance 31: Rental inspection program for buildings with four or more units",
    "Landlords in my building ignore mold until the ceiling falls in.",
    "Inspectors should come every two years, not only after a complaint.",
    "Small owners will pass the fee on to tenants; cap what can be charged.",
    "Tenants are afraid to complain because of retaliation and evictions.",
    "Publish the inspection results online so renters can check a building.",
)
MERCADOS = (
    "Resolución 41: plazas fijas para camiones de comida en el centro y el parque Ribera",
    "Los vendedores ocupan la banqueta y los peatones caminan por la calle.",
    "El parque Ribera necesita baños públicos antes de recibir más visitantes.",
    "Los restaurantes del centro pagan impuestos y alquiler; la competencia no es justa.",
    "Que el piloto tenga horarios claros y que se revise después de un año.",
    "Limpieza y basura: ¿quién recoge lo que dejan los clientes por la noche?",
)
PARKOVKA = (
    "Решение 17: платная парковка на улице Садовой и во дворах жилых домов",
    "Жители Садовой не могут поставить машину возле своего подъезда вечером.",
    "Плата за парковку ударит по пенсионерам, которые ездят к врачу.",
    "Нужно сделать бесплатные разрешения для жителей этих домов.",
    "Грузовики доставки стоят на тротуаре, и детям негде пройти.",
    "Деньги от парковки должны идти на ремонт дворов и освещение.",
)


def test_residents_closing_with_how_to_reach_them_are_kept() -> None:
    """Round 9's closing rule flagged these on round 11: the closing lines are about the
    writer, not the item, but they sell nothing."""
    for body, context in (
        (
            "Westside Tenant Clinic will explain the rental inspection program at a free "
            "workshop on Saturday, 10am at the Grove Library. Walk-ins welcome. Call (555) "
            "013-2277 or write to clinic@example.org. Interpreters for Somali, Amharic and "
            "Tagalog speakers available.",
            INSPECTIONS,
        ),
        (
            "I run Alder Bike Repair (fixmyride.example.com) next to the bike lanes "
            "project. I'd ask the council to phase the construction so small businesses can "
            "keep their doors open through the summer. Happy to talk: 555-0126.",
            BIKE_LANES,
        ),
    ):
        spam, why = judged(body, context)
        assert not spam, (body, why)


def test_adverts_with_a_short_selling_closing_are_caught() -> None:
    """Missed on round 11: the opening names the item, the closing is under six terms and
    sells (a price, a sum, an advert word)."""
    for body, context in (
        (
            "Parking on Alder is a mess, agreed. Bored tonight? Lonely girls nearby want to "
            "meet you. No credit card needed. Chat now: meetlocal-girls.fun",
            BIKE_LANES,
        ),
        (
            "Los camiones de comida en el parque Ribera, buena idea. ¿Deudas? Préstamo sin aval "
            "en una hora. Pide tu crédito hoy: prestamo-rapido.loan",
            MERCADOS,
        ),
    ):
        spam, why = judged(body, context)
        assert spam, (body, why)


def test_a_closing_sells_with_money_prices_or_advert_words_not_figures() -> None:
    assert closing("One sentence only.") is None
    assert closing("First. Second one here.") == "Second one here."
    assert closing("First. Second. Third one.") == "Second. Third one."
    assert tail_sells("Everything at 70% off today", S)
    assert tail_sells("Get $5,000 in ten minutes", S)
    assert not tail_sells("Nancy Hauer, White Bear Lake, MN 55110", S)
    assert not tail_sells("Reach me if staff want our survey of 212 households.", S)
    assert not tail_sells("Interpreters for Somali and Tagalog available.", S)


def test_long_praise_and_pitches_to_a_site_owner_are_caught_in_several_languages() -> None:
    """Missed on round 11: longer than round 6's praise, and no link or number."""
    for body, context in (
        (
            "This is a truly wonderful article with so many useful insights. I appreciate the "
            "effort you put into explaining everything so clearly. Looking forward to reading "
            "more of your posts!",
            BIKE_LANES,
        ),
        (
            "Dear webmaster, your website has 42 technical errors that are hurting its ranking "
            "and losing you customers every day. I can fix every one of them this week. Reply "
            "YES and I will send the full report.",
            INSPECTIONS,
        ),
        (
            "Excelente artículo, muy bien escrito y con información valiosa. Me encantó la "
            "forma en que explicas cada detalle. Espero seguir leyendo más entradas de tu blog.",
            MERCADOS,
        ),
        (
            "Отличная статья, очень полезная и интересная информация. Автору огромное спасибо "
            "за труд, буду ждать новых публикаций и обязательно подпишусь на ваш блог.",
            PARKOVKA,
        ),
    ):
        spam, why = judged(body, context)
        assert spam, (body, why)
        assert "written to a" in why, why


def test_residents_mentioning_a_website_post_or_site_are_kept() -> None:
    """The look-alikes: a web word in a comment about the item, or "site" as a place."""
    for body, context in (
        (
            "The city's website still shows the old map of the bike lanes on Alder. Please "
            "post the new parking plan before the vote so delivery drivers can read it.",
            BIKE_LANES,
        ),
        (
            "I'm a volunteer with a church that runs a pantry by the harbor. We would like to "
            "help at the new site. Please have the operator call us: Pastor Kim, 555-0190.",
            INSPECTIONS,
        ),
        (
            "Leí el artículo del periódico sobre los camiones de comida en el parque Ribera; "
            "los vendedores necesitan baños y horarios claros.",
            MERCADOS,
        ),
        (
            "На сайте города до сих пор нет схемы платной парковки на Садовой. Жители домов "
            "должны знать, где получать разрешения.",
            PARKOVKA,
        ),
    ):
        spam, why = judged(body, context)
        assert not spam, (body, why)
        assert "written to a" not in why, why


def test_web_words_leave_out_places_and_verbs() -> None:
    assert web_words("help at the new site, share the plan, bookmark it") == []
    assert web_words("Great post, see my blog") == ["post", "blog"]
    assert web_words("Отличная статья") == ["статья"]
    assert web_words("I copied this from our Facebook post: keep the branch open") == []
    assert web_words("Dear Site Owner, your website has errors") == ["website"]
    assert web_words("x " * 400 + "blog") == []  # a letter is let go unread


def test_without_the_items_context_a_pitch_to_a_site_owner_is_not_judged() -> None:
    body = (
        "This is a truly wonderful article with so many useful insights. I appreciate the "
        "effort you put into explaining everything so clearly. Looking forward to more posts!"
    )
    spam, why = judged(body, None)
    assert not spam, why
    spam, why = judged(body, BIKE_LANES[:1])  # the title alone: too little to tell
    assert not spam, why


def _interleave(word: str, mark: str = "\u200b") -> str:
    return mark.join(word)


def test_words_interleaved_with_invisible_characters_are_a_disguise_in_any_script() -> None:
    """Missed on round 11: the words a filter would read are cut letter by letter."""
    for body in (
        f"{_interleave('cheap')} {_interleave('pharmacy')} no prescription: pillsnow-24.shop",
        f"{_interleave('купить')} {_interleave('диплом')} недорого: diplom-bystro.top",
        f"{_interleave('préstamos', chr(0x2060))} {_interleave('rápidos', chr(0xFEFF))}: "
        "presta-ya.loan",
    ):
        assert interleaved_words(body) == 2, body
        spam, why = judged(body, None)
        assert spam, (body, why)
        assert "interleaved with invisible characters" in why, why


def test_invisible_characters_residents_and_campaigns_use_are_not_a_disguise() -> None:
    """Persian and Hindi need the zero-width non-joiner and joiner inside words, emoji need the
    joiner, and a campaign tool puts one space here and there inside a word (the fixture's and
    the burst's copies): none is a word interleaved letter by letter."""
    for body in (
        "می\u200cخواهم شهر این طرح را تصویب کند؛ ما می\u200cدانیم که کتابخانه لازم است.",
        "क्\u200dष मैं इस योजना का समर्थन करती हूँ, पुस्तकालय खुला रहे।",
        "Our family 👨\u200d👩\u200d👧 supports the library hours. See www.example.org/hours",
        "Please turn the resolution into an ordinan\u200bce and protect immig\u200brant "
        "fami\u2060lies; enforce\ufeffment must stop. Contact: me@example.org",
    ):
        assert interleaved_words(body) == 0, body
        spam, why = judged(body, None)
        assert not spam, (body, why)


def test_a_link_to_a_sign_in_or_claim_page_is_a_lure_in_any_language() -> None:
    """The path asks the visitor to sign in, verify or claim, whatever the text's language."""
    for body, context in (
        (
            "Su paquete no pudo ser entregado por una dirección incompleta. Actualice sus datos "
            "en 12 horas: correos-entrega-aviso.top/verify",
            MERCADOS,
        ),
        (
            "Поздравляем! Ваш номер выиграл 50 000 рублей. Получите приз здесь: "
            "https://priz-dnya.example.ru/claim?id=20931",
            PARKOVKA,
        ),
        (
            "Your parking permit account will be suspended today. Sign in to keep it active: "
            "https://permit-renewal-office.example.com/login",
            INSPECTIONS,
        ),
    ):
        spam, why = judged(body, context)
        assert "links: a page that asks visitors to" in why, why
        assert spam, (body, why)


def test_residents_links_to_documents_and_the_citys_own_pages_are_not_lures() -> None:
    for link in (
        "https://www.example.org/blog/how-to-verify-your-voter-registration",
        "https://planning.example-county.org/accounting-report-2026.pdf",
        "https://www.mycity.gov/utilities/account",  # the city's own (an allowed domain)
        "https://www.change.org/p/keep-alder-parking",
    ):
        assert lure_path(find_links(link)[0]) is None or "mycity.gov" in link, link
        body = f"The bike lanes on Alder need a parking plan for delivery vans first: {link}"
        spam, why = judged(body, BIKE_LANES)
        assert "asks visitors" not in why, why
        assert not spam, (body, why)
