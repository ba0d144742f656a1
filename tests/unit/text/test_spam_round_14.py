"""Round 14 (issue 14 item 6): the eighth set's two flagged residents, removed by general rules,
and two shapes it missed. A word said in one run before a sentence is emphasis; a text written
in a language nobody on the item used is judged a short advert only when it sells; a link's host
that asks to sign in, pay a bill or claim; search queries strung together. Every row here was
written for this file; none is copied from a fixture. Each spam row was judged not spam by the
branch's start (c2004a4) and each resident below was flagged by it, unless the test says the
row is a look-alike both engines judge alike.
"""

from __future__ import annotations

from intake.text.spam.emphasis import emphatic_run
from intake.text.spam.lurehosts import lure_host_word
from intake.text.spam.repetition import query_list
from tests.unit.text.spam_judging import judged

PARK = (
    "Item 4B: A fenced off-leash dog area at Linden Park",
    "The fence should be at least five feet high, small dogs get out of the low ones.",
    "Please put the dog area away from the playground and the picnic tables.",
    "Who pays for cleaning the dog area? The parks budget is already thin.",
    "We walk our dog at Linden every morning and would use it every day.",
    "Add a water fountain for dogs and shade; the park gets very hot in July.",
)
VENDING = (
    "Ordinance 2026-18: Permits for food trucks and sidewalk vending on Market Street",
    "Food trucks bring people to Market Street at lunch; please allow them near the offices.",
    "Restaurants pay rent and taxes; trucks should not park right in front of their doors.",
    "The permit fee should be low enough for a one-person cart to afford it.",
    "Keep the sidewalk clear for wheelchairs; vendors should stay out of the crossing.",
    "Inspect the trucks for food safety like any restaurant kitchen.",
)
FEES = (
    "Resolution 2026-31: A monthly stormwater fee based on each lot's paved area",
    "My driveway is small but I would still pay more than my neighbour with a lawn.",
    "Will there be a credit for rain barrels and rain gardens on the lot?",
    "The fee should go to fixing the drains on Birch Street that flood every spring.",
    "How will the city measure the paved area, from aerial photos?",
    "Seniors on fixed incomes need a discount on the monthly fee.",
)
TASAS = (
    "Resolución 2026-31: una tarifa mensual de aguas pluviales según el área pavimentada de cada "
    "lote",
    "Mi entrada es pequeña pero pagaría más que mi vecino con césped.",
    "¿Habrá un crédito por barriles de lluvia y jardines de lluvia?",
    "La tarifa debe usarse para arreglar los drenajes de la calle Birch que se inundan.",
    "¿Cómo medirá la ciudad el área pavimentada, con fotos aéreas?",
    "Los jubilados con ingresos fijos necesitan un descuento en la tarifa mensual.",
)


def test_one_word_said_in_a_run_before_a_sentence_is_emphasis_in_several_languages() -> None:
    """Five of ten words are "no": round 3's repetition flagged the first two rows (c2004a4)."""
    for body in (
        "No no no no no. Not next to the playground.",
        "Нет нет нет нет нет. Только не рядом с детской площадкой.",
        "NO NO NO NO NO! Aquí jamás, busquen otro parque.",
    ):
        spam, why = judged(body, PARK)
        assert not spam, (body, why)


def test_a_word_said_throughout_or_with_a_short_tail_is_still_noise() -> None:
    """Look-alikes flagged by both engines: the word comes back, or the rest is two words."""
    for body in (
        "free free free free free free free free free free free free",
        "buy buy buy buy buy buy buy now cheap",
        "hello hello hello hello world hello hello hello hello",
        "gratis gratis gratis gratis gratis gratis gratis gratis aquí",
    ):
        spam, why = judged(body, PARK)
        assert spam, (body, why)
    tokens = ["no", "no", "no", "no", "no", "not", "next", "to", "the", "playground"]
    assert emphatic_run(tokens, "no")
    assert not emphatic_run(["no", "no", "no", "no", "no", "not", "no", "no"], "no")
    assert not emphatic_run(["no", "no", "no", "no", "no", "no", "the", "the"], "no")


def test_a_resident_writing_apart_is_not_judged_a_short_advert_unless_it_sells() -> None:
    """A community meeting in Spanish and in Portuguese on an English item nobody else wrote on
    in that language, with the group's site: flagged by c2004a4 as short adverts ("venta",
    "vendas" are advert words, and no word is shared across the languages)."""
    for body in (
        "Invitamos a todos a la reunión informativa sobre las licencias de venta ambulante el "
        "jueves a las 6pm en el centro comunitario. Habrá traducción y comida. Más información: "
        "ambulantes.example.org",
        "Convidamos todos para a reunião sobre as licenças de vendas na calçada na quinta às "
        "18h no centro comunitário. Haverá tradução e lanche. Mais informações: "
        "camelos.example.org",
    ):
        spam, why = judged(body, VENDING)
        assert not spam, (body, why)


def test_an_advert_written_apart_that_sells_is_still_judged() -> None:
    """Look-alike: a price with an invitation to call, written apart, is judged as before."""
    body = (
        "Préstamos rápidos sin buró de crédito, dinero en 24 horas, venta de seguros baratos. "
        "Desde $99 al mes. Llame ya al 555-0177."
    )
    spam, why = judged(body, VENDING)
    assert spam, why


def test_a_host_that_asks_to_sign_in_pay_or_claim_in_several_languages() -> None:
    """Phishing on the item's own subject whose page is named in the host, not the path: a
    link, a price and a front page made 0.55 on c2004a4; the host makes it spam."""
    for body, context in (
        (
            "FINAL NOTICE: Your stormwater fee account for the paved area of your lot has an "
            "unpaid balance of $61.20. To avoid a lien and late penalties on the monthly fee, pay "
            "online now at https://birch-stormwater-billing.pay-portal-secure.com Reference No. "
            "SW-40213.",
            FEES,
        ),
        (
            "AVISO FINAL: su cuenta de la tarifa de aguas pluviales por el área pavimentada de su "
            "lote tiene un saldo pendiente de $61.20. Para evitar un embargo y recargos en la "
            "tarifa mensual, pague hoy en https://pagos-aguas-pluviales.com-verify.info "
            "Referencia SW-40213.",
            TASAS,
        ),
    ):
        spam, why = judged(body, context)
        assert spam, (body, why)
        assert "a host named to ask visitors" in why, why


def test_hosts_residents_link_to_are_not_lures() -> None:
    """Look-alikes: a cause's or a city's own host, or a lure word inside a longer word."""
    assert lure_host_word("pay-portal-secure.com") == "portal"
    assert lure_host_word("citylink-signup.com-verify.info") == "com"
    assert lure_host_word("rewards-claim-center.site") == "rewards"
    for host in (
        "accountable-now.org",
        "securetheparks.org",
        "flood-recovery-fund.org",
        "fair-pay-now.org",
        "food-security-coalition.org",
        "secure.actblue.com",
        "save-linden-park.org",
    ):
        assert lure_host_word(host) is None, host
    resident = (
        "Over 600 neighbours signed our petition for a rain-barrel credit on the fee: "
        "https://save-birch-street.example.org/petition"
    )
    spam, why = judged(resident, FEES)
    assert not spam, why


def test_search_queries_strung_together_are_noise_in_several_languages() -> None:
    """Keyword lists that name the item's own subject and repeat no word twice in a row:
    judged not spam by c2004a4."""
    for body in (
        "food truck for sale food truck financing used food truck cheap food truck rental "
        "food truck permit service best food truck builder near me",
        "tanie książki tanie książki online księgarnia internetowa tania księgarnia książki "
        "promocja książki darmowa dostawa tanie ebooki",
        "barriles de lluvia baratos barriles de lluvia en venta jardín de lluvia precio "
        "barriles de lluvia cerca de mí jardín de lluvia diseño",
    ):
        spam, why = judged(body, VENDING)
        assert spam, (body, why)


def test_residents_without_punctuation_and_chants_are_not_query_lists() -> None:
    """Look-alikes: one thing said once without punctuation, a list of demands with one word
    repeated, a chant of one phrase."""
    for body in (
        "i dont want the dog area near the playground the dog area will be loud and the "
        "dog area will smell in summer",
        "more lighting more benches more shade trees more water fountains more trash cans",
        "stop the fees stop the fees stop the fees stop the fees",
        "we need the permit we need the sidewalk clear we need the trucks inspected please "
        "listen to the neighbours",
    ):
        assert query_list(body) == [], body
