"""Round 13 (issue 14 item 6): shapes of spam written apart from the engine. A comment that ends
by selling through a link after an opening about the item; words each repeated in a row; an
unexpanded spin template with one set; a Markdown link to a front door the text never names;
an address spelled out with a path or a bracketed dot. Every row here was written for this
file; none is copied from a fixture. Each spam row below was judged not spam by round 12's
engine (4a4c99f), and each look-alike is kept by both.
"""

from __future__ import annotations

from intake.text.spam.markup import markdown_links, spin_set_evidence
from intake.text.spam.repetition import word_run_evidence
from intake.text.spam.settings import SpamSettings
from intake.text.spam.spelled import spelled_address
from tests.unit.text.spam_judging import judged

S = SpamSettings()

POOL = (
    "Resolution 12: Summer hours and a new heated lap lane at the Grove Street pool",
    "The lap lane is always crowded before work; a second one would help swimmers.",
    "Heating the pool costs money; publish the gas bill before the council votes.",
    "Lifeguards are hard to hire. Will the city raise their hourly pay this summer?",
    "Kids from the Grove Street apartments have nowhere else to swim in July.",
    "Open the pool at 6 am for seniors and lap swimmers, please.",
)
CALLES = (
    "Resolución 27: reductores de velocidad y cruces peatonales en la calle Olmo",
    "Los coches pasan muy rápido frente a la escuela primaria de la calle Olmo.",
    "Los cruces peatonales necesitan mejor iluminación por la noche.",
    "Los reductores dañan los autos; mejor pongan una cámara de velocidad.",
    "Los vecinos de la calle Olmo llevamos años pidiendo un semáforo.",
    "Que la obra no cierre la calle durante el horario escolar.",
)
DVORY = (
    "Решение 9: ремонт дворов и детских площадок на улице Лесной",
    "Во дворах на Лесной нет освещения, детям страшно возвращаться вечером.",
    "Детская площадка во дворе дома 12 сломана уже третий год.",
    "Нужно сделать парковку так, чтобы машины не стояли на газонах.",
    "Жители Лесной готовы помочь с посадкой деревьев во дворах.",
    "Пусть ремонт дворов начнут весной, а не перед зимой.",
)


def test_adverts_that_end_by_selling_through_a_link_are_caught_in_several_languages() -> None:
    """The opening speaks of the item (relatedness and the closing rules find its words); the
    text stops on a seller's link after sentences with a price, a sum or a call to action."""
    for body, context in (
        (
            "A second lap lane would be great, the pool is packed at 7 am. By the way, if your "
            "kids need goggles for the pool, they are 60% off this week at "
            "swimgear-outlet.example.com",
            POOL,
        ),
        (
            "Totalmente de acuerdo con los reductores en la calle Olmo, los coches pasan "
            "volando. Y si le pusieron una multa en la calle Olmo, nuestro abogado la anula por "
            "solo $49: multas-olmo.example.mx",
            CALLES,
        ),
        (
            "Поддерживаю ремонт дворов на Лесной, давно пора. Кстати, для дворов на Лесной: "
            "укладка плитки со скидкой 30%, замер бесплатно: plitka-lesnaya.example.ru",
            DVORY,
        ),
    ):
        spam, why = judged(body, context)
        assert spam, (body, why)
        assert "ends by selling through a link" in why, why


def test_residents_ending_on_a_link_are_kept() -> None:
    """The look-alikes: a resident quoting a phishing text word for word to warn others; a
    business owner on the item naming his own site and prices; a petition behind a shortener
    with a sum; a resident's Markdown link to a report."""
    for body, context in (
        (
            "Warning to neighbours: I got this text today and it is a scam, do not click. It "
            'said: "Your pool pass will be cancelled. Pay the $4.99 renewal fee now at '
            'grove-pool-pass.example.com" The city never texts about passes.',
            POOL,
        ),
        (
            "I own Grove Swim School (groveswimschool.example.com) and we rent lane time at "
            "this pool. A heated lane would let us run lessons from April. Our lessons are $15 "
            "for Grove Street kids; see groveswimschool.example.com",
            POOL,
        ),
        (
            "We raised $2,300 for the lifeguard scholarship and 800 people signed the petition "
            "for summer hours. Please read it: bit.ly/grove-pool-hours",
            POOL,
        ),
        (
            "Los datos de velocidad están en el informe de la ciudad. El 40% de los coches pasa "
            "a más de 50 km/h: [informe de tráfico](https://www.olmo-transito.example.org/"
            "informes/2026/velocidad.pdf)",
            CALLES,
        ),
    ):
        spam, why = judged(body, context)
        assert not spam, (body, why)


def test_words_each_repeated_in_a_row_are_noise_in_any_language() -> None:
    for body in (
        "pool pool pool cheap cheap cheap cheap tickets tickets swim swim",
        "скидки скидки скидки дешево дешево дешево купить купить купить",
        "préstamos préstamos rápido rápido rápido dinero dinero dinero hoy hoy",
    ):
        assert word_run_evidence(body), body
        spam, why = judged(body, POOL)
        assert spam, (body, why)
    for body in (
        "No no no no no no no no. Not this pool plan.",
        "NO NO NO NO NO NO NO NO NO",
        "Very very very long lines at the pool, really really long, every single day.",
        "Нет, нет и нет. Мы против этого ремонта дворов, он никому не нужен сейчас.",
    ):
        assert not word_run_evidence(body), body


def test_one_unexpanded_spin_set_of_three_is_a_template() -> None:
    assert spin_set_evidence("{Great|Awesome|Nice} post about the pool, thanks for sharing!")
    assert spin_set_evidence("Excelente {artículo|publicación|entrada}, gracias por compartir")
    assert not spin_set_evidence("Answer {yes|no} on the survey.")
    assert not spin_set_evidence("Open the pool {at 6 am} please | thanks")
    spam, why = judged("{Great|Awesome|Nice} post about the pool, thanks for sharing!", POOL)
    assert spam, why
    spam, why = judged("Привет, {отличный|классный|полезный} пост о бассейне", POOL)
    assert spam, why


def test_markdown_links_count_only_to_a_front_door_the_text_does_not_name() -> None:
    assert markdown_links(
        "Nice pool. [cheap goggles](https://goggle-deals.example.com)", "Nice pool.", S
    ) == ["goggle-deals.example.com"]
    report = "Read the [staff report](https://www.poolfacts.example.org/docs/2026/heating.pdf)"
    assert markdown_links(report, "Read the [staff report]", S) == []
    named = "Ask [Grove Swim School](https://groveswimschool.example.com) about lanes"
    assert markdown_links(named, "Ask [Grove Swim School] about lanes", S) == []
    body = (
        "Useful information about the pool hours, thanks for sharing with us. [pool heaters]"
        "(https://poolheat-direct.example.com) [lap lane ropes](https://lanerope-shop.example.com)"
    )
    spam, why = judged(body, POOL)
    assert spam, why
    assert "in Markdown" in why, why


def test_addresses_spelled_with_a_path_or_a_bracketed_dot_are_links() -> None:
    assert spelled_address("Compare 30 insurers at once: quotesnap dot co slash start")
    assert spelled_address("Enter at luxestays dot win / cancun before midnight")
    assert spelled_address("Devis gratuit : contact [at] netlink-express [point] fr")
    assert spelled_address("Pedidos en tienda-olmo (punto) mx")
    for prose in (
        "The point is / was that the pool is cold.",
        "Du point de vue des familles, c'est trop cher.",
        "See item 4 (point) 3 of the staff report.",
        "A polka Dot Com / era joke.",
    ):
        assert spelled_address(prose) is None, prose
    spam, why = judged("Lower your car insurance by 40% today: quotesnap dot co slash start", POOL)
    assert spam, why
