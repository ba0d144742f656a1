"""Round 18 (issue 14 item 6): residents the relatedness signal misread on the twelfth blind set.
Every row here was written for this file; none is copied from a fixture.

* a shop owner names her shop and gives its site in parentheses, then speaks of the item in
  words of her trade: a link in parentheses glosses the words before it (:mod:`asides`);
* a resident warns of a scam that quotes the item's subject: the quoted words are someone else's
  but say what the comment is about (:func:`quoted_words`).
"""

from __future__ import annotations

from intake.text.spam.asides import links_as_asides
from intake.text.spam.links import find_links
from intake.text.spam.quoted import quoted_words
from tests.unit.text.spam_judging import judged

LANES = (
    "Ordinance 2026-88: Protected bike lanes on Harbor Avenue and removal of curb parking",
    "The bike lanes will make Harbor Avenue safer for children riding to school.",
    "Removing curb parking hurts the older residents who cannot walk far.",
    "Protected lanes on Harbor Avenue are overdue after last year's crashes.",
    "Please phase the construction so traffic keeps moving during the work.",
)

CARRILES = (
    "Ordenanza 2026-88: Carriles bici protegidos en la avenida Harbor y retirada del "
    "estacionamiento",
    "Los carriles bici harán la avenida más segura para los niños que van a la escuela.",
    "Quitar el estacionamiento perjudica a los mayores que no pueden caminar lejos.",
    "Los carriles protegidos en la avenida llegan tarde después de los choques del año pasado.",
    "Por favor, hagan las obras por fases para que el tráfico siga circulando.",
)

PISTES = (
    "Arrêté 2026-88 : Pistes cyclables protégées sur l'avenue Harbor et suppression du "
    "stationnement",
    "Les pistes cyclables rendront l'avenue plus sûre pour les enfants qui vont à l'école.",
    "Supprimer le stationnement pénalise les personnes âgées qui ne peuvent pas marcher loin.",
    "Des pistes protégées sur l'avenue sont attendues depuis les accidents de l'an dernier.",
    "Faites les travaux par étapes pour que la circulation continue pendant le chantier.",
)

TOLLS = (
    "Program 2026-14: Electronic tolls on the North Bridge, first charge mailed to owners",
    "The North Bridge tolls will push traffic onto residential streets.",
    "Mailing the first charge to owners is fair, most people never read their plates.",
    "Electronic tolls should give a discount to residents of the island.",
    "The program needs a clear appeal process for wrong charges.",
)


def test_a_shop_site_given_in_parentheses_is_an_aside() -> None:
    assert links_as_asides(
        "I own Rosa's Books on Harbor (https://rosasbooks.example.com). Thanks.",
        find_links("I own Rosa's Books on Harbor (https://rosasbooks.example.com). Thanks."),
    )
    for body in (
        "Shop now: https://cheap-deals.example.com",
        "Best prices [here](https://cheap-deals.example.com)",
    ):
        assert not links_as_asides(body, find_links(body)), body


def test_shop_owners_giving_their_site_in_parentheses_are_not_spam() -> None:
    for body, context in (
        (
            "I own Rosa's Books on Harbor (https://rosasbooks.example.com). Most of my customers "
            "stop for ten minutes on their way home. Please keep a few free loading spaces in front "
            "of small shops, or we lose them to the mall.",
            LANES,
        ),
        (
            "Tengo la floristería Las Dalias en Harbor (www.lasdalias.example.es). Mis clientes "
            "paran diez minutos al volver del trabajo. Por favor, dejen algunos espacios gratis de carga "
            "frente a las tiendas pequeñas o los perderemos.",
            CARRILES,
        ),
        (
            "Je tiens la boulangerie Le Fournil sur Harbor (https://lefournil.example.fr). Mes "
            "clients s'arrêtent dix minutes le matin. Gardez quelques places gratuites devant "
            "les petits commerces, sinon nous les perdrons.",
            PISTES,
        ),
    ):
        spam, why = judged(body, context)
        assert not spam, (body, why)
        assert "unrelated to the item" not in why, why


def test_adverts_with_a_link_are_still_caught_by_relatedness() -> None:
    for body, context in (
        (
            "Our roofing crew replaces shingles, gutters and skylights in one day for the "
            "lowest price. Book your inspection: https://roofpros.example.com",
            LANES,
        ),
        (
            "Nuestro equipo de techos cambia tejas, canaletas y tragaluces en un día al mejor "
            "precio. Reserve su inspección: https://techospro.example.es",
            CARRILES,
        ),
        (
            "Reparamos techos (https://techospro.example.es) con 50% de descuento esta semana, "
            "tejas, canaletas y tragaluces. ¡Llame ya al +34 612 345 678!",
            CARRILES,
        ),
        (
            "Roof repair (https://roofpros.example.com) at 50% off this week only: shingles, "
            "gutters and skylights. Call now 555-0177!",
            LANES,
        ),
    ):
        _, why = judged(body, context)
        assert "unrelated to the item" in why, (body, why)


def test_a_warning_quoting_a_scam_about_the_item_is_not_spam() -> None:
    for body in (
        'Heads up: my aunt got a text saying "North Bridge toll unpaid, pay $12 today or the '
        'fine doubles" with a link to bridge-toll-pay.net. Nobody has been billed yet! Tell '
        "your neighbours the city sends letters, never texts.",
        'Atención: a mi vecino le llegó un mensaje que decía "peaje del North Bridge impago, '
        'pague 12 dólares hoy o la multa se duplica" con un enlace a peaje-pago-norte.net. '
        "Todavía nadie ha recibido cobros. Avisen a los vecinos: la ciudad manda cartas, nunca mensajes.",
    ):
        spam, why = judged(body, TOLLS)
        assert not spam, (body, why)
        assert "unrelated to the item" not in why, why


def test_quoted_words_are_found_for_relatedness_only() -> None:
    body = 'She got a text saying "North Bridge toll unpaid, pay $12 today" and deleted it.'
    assert "North Bridge toll unpaid" in quoted_words(body)
    assert quoted_words("No quotation here at all, just words.") == ""


def test_an_advert_quoting_praise_with_an_unrelated_link_is_still_caught() -> None:
    body = (
        'Customers say "best carpet cleaning in the whole county, fast and cheap" and they '
        "are right. Steam cleaning, stain removal and pet odour treatment for every room of "
        "your home. Book today: https://carpetshine.example.com"
    )
    spam, why = judged(body, TOLLS)
    assert spam, why
