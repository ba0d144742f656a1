"""Session 15, round 21: residents whose language few or none of the item's comments share.

Every row here was written for this file. The item's title and most of its comments are in
English. Relatedness counts the words a comment shares with the item and its comments, and words
are shared only within one language: a resident writing in Spanish beside one short Spanish
comment, or in Somali or Hmong (languages wordfreq has no word list for, read
"LATIN"), shares no word with the item whatever they write about, so a call-back number then
looked like an advert unrelated to the item. Each resident row was flagged before this round.
"""

from __future__ import annotations

import pytest

from intake.text.spam.unrelated import written_apart
from tests.unit.text.spam_judging import judged

BUS = (
    "Resolution 2026-44: cutting weekend service on bus routes 7 and 12 and closing the "
    "Maple Street transit centre on Sundays",
    "Route 7 is the only way I get to my Sunday shift at the hospital.",
    "Cutting weekend buses hurts the people who can least afford a car.",
    "El domingo no hay otra forma de llegar.",
    "Closing the transit centre on Sundays leaves riders waiting outside in the cold.",
    "The city should find savings somewhere other than the bus routes people depend on.",
    "My kids take route 12 to their grandmother's every weekend.",
    "Weekend service was already cut twice in the last five years.",
)

#: A short comment in the resident's language sits on the item, so the resident is not the
#: only one writing in it; its few words cannot be shared with theirs.
RESIDENTS_BESIDE_A_FEW_WORDS = {
    "Spanish": "Trabajo limpiando oficinas en el centro los sábados y domingos desde hace ocho "
    "años. Sin el autobús tendría que caminar una hora de noche. Mi WhatsApp es 555-0127, "
    "Rosa Delgado.",
    "Spanish, selling tamales": "Yo vendo pupusas en la feria de los domingos con mi hermana. "
    "Sin camión no podemos llevar la comida. Llámenme al 555-0181.",
}

#: No word list for the language: most of its words are words of no language the item's
#: comments are written in.
RESIDENTS_WITHOUT_A_WORD_LIST = {
    "Somali": "Waxaan ka shaqeeyaa isbitaalka habeenkii, baskuna waa waddada kaliya ee aan "
    "haysto. Fadlan ha jarina adeegga dhammaadka toddobaadka. Haddii aad rabtaan inaad ila "
    "hadashaan WhatsApp: +1 555-0139. Mahadsanid, Faadumo",
    "Hmong": "Kuv ua haujlwm hnub Saturday thiab hnub Sunday, kuv tsis muaj tsheb. Thov tsis "
    "txhob txiav lub npav. Hu rau kuv ntawm WhatsApp 555-0172, ua tsaug.",
}


@pytest.mark.parametrize(
    "language", sorted({**RESIDENTS_BESIDE_A_FEW_WORDS, **RESIDENTS_WITHOUT_A_WORD_LIST})
)
def test_a_resident_no_comment_shares_words_with_is_not_spam(language: str) -> None:
    body = {**RESIDENTS_BESIDE_A_FEW_WORDS, **RESIDENTS_WITHOUT_A_WORD_LIST}[language]
    spam, why = judged(body, BUS)
    assert not spam, (language, why)
    assert "unrelated to the item" not in why, (language, why)


@pytest.mark.parametrize("language", sorted(RESIDENTS_WITHOUT_A_WORD_LIST))
def test_prose_in_a_language_without_a_word_list_is_written_apart(language: str) -> None:
    assert written_apart(RESIDENTS_WITHOUT_A_WORD_LIST[language], BUS)


def test_an_english_run_of_keywords_is_not_written_apart() -> None:
    """A run of advert keywords has none of any language's commonest words either ("LATIN"),
    but its words are English words: it is judged as before."""
    advert = "cheap bus tickets cheap flights best travel deals car rental near me discount"
    assert not written_apart(advert, BUS)
    spam, why = judged(
        "cheap car rental best car rental deals airport car hire near me weekly rates call "
        "555-0190 discount",
        BUS,
    )
    assert spam, why


SPANISH_ITEM = (
    BUS[0],
    *BUS[1:],
    "Sin el autobús del domingo muchos trabajadores del hospital no pueden llegar a su turno.",
    "Los fines de semana la estación de Maple Street es el único lugar con techo para esperar.",
    "Mis hijos visitan a su abuela cada domingo en la ruta doce, por favor no la corten.",
    "Si cortan el servicio del domingo, las personas que no tienen carro se quedan sin trabajo.",
)


def test_enough_words_in_the_language_keep_a_text_judged() -> None:
    """Where the comments in the text's language hold enough words to share, relatedness judges
    it as before: a Spanish resident on the buses shares them, a Spanish advert does not."""
    resident = (
        "Trabajo en el hospital y el autobús del domingo es mi única forma de llegar a mi "
        "turno. Mi número es 555-0127."
    )
    advert = (
        "Reparamos techos y pintamos casas, trabajo garantizado y barato, presupuesto gratis. "
        "Llámenos al 555-0194."
    )
    assert not written_apart(resident, SPANISH_ITEM)
    assert not judged(resident, SPANISH_ITEM)[0]
    _, why = judged(advert, SPANISH_ITEM)
    assert "unrelated to the item" in why, why


def test_a_loan_advert_written_apart_with_prices_is_still_judged() -> None:
    """Selling outright (a sum offered on a messenger) keeps a text written apart judged."""
    spam, why = judged(
        "Préstamos rápidos sin buró de crédito, aprobación en 10 minutos, desde $500 hasta "
        "$20,000. Escríbenos por WhatsApp al +1 916 555 0199.",
        BUS,
    )
    assert spam, why


DEPOSITS = (
    "Ordinance 2026-230: requiring landlords to return security deposits within 21 days and "
    "to give 60 days' notice of non-renewal",
    "My landlord kept my whole deposit for 'cleaning' after I had it professionally cleaned.",
    "21 days is plenty of time to inspect a unit and return the money.",
    "Small landlords need some flexibility when repairs take longer than expected.",
    "Tenants should get an itemized list of every deduction from their deposit.",
    "Sixty days of notice is the least a family needs to find a new place.",
)


@pytest.mark.parametrize(
    "warning",
    [
        "Heads up for anyone moving here this summer: somebody is posting a two-bedroom on "
        "Alder Street on WhatsApp groups that does not exist. They want a $1,200 deposit sent "
        "by Zelle before any viewing. Do not pay it, report the number to the police.",
        "To the international students: a 'landlord' on Telegram asked my cousin for a 700 € "
        "deposit before she even saw the flat. Nobody answers now. Please be careful.",
    ],
)
def test_a_warning_about_a_deposit_asked_on_a_messenger_is_not_an_offer(warning: str) -> None:
    """The sum names what it is of with the item's own word ("a $1,200 deposit" on security
    deposits): a resident telling what happened, not money offered on a messenger."""
    spam, why = judged(warning, DEPOSITS)
    assert not spam, why
    assert "messenger app named as the way to reach" not in why, why


def test_money_offered_on_a_messenger_is_still_an_offer() -> None:
    """A sum of something else than the item's subject stays an offer with its channel."""
    _, why = judged(
        "Earn $300 daily from home, no experience needed. Message our manager on WhatsApp "
        "today and start this week.",
        DEPOSITS,
    )
    assert "messenger app named as the way to reach" in why, why


@pytest.mark.parametrize(
    "advert",
    [
        "اربح 1500 دولار أسبوعياً من التداول من هاتفك، بدون خبرة. تواصل معنا عبر واتساب "
        "+971 50 000 0000",
        "Câștigă 250 de euro pe zi de acasă, doar cu telefonul. Scrie-mi pe Telegram "
        "@bani_rapid_acasa",
        "Робота з дому для всіх! Від 1500 грн на день, потрібен лише телефон. Пишіть у "
        "Telegram @robota_doma_ua",
    ],
)
def test_a_sum_in_a_currency_s_name_on_a_messenger_is_an_offer(advert: str) -> None:
    """A sum written with the currency's name ("1500 دولار", "250 de euro", "1500 грн") next
    to a messenger is money offered on it, as "$1,500" is: selling outright, so a text nobody
    on the item wrote in is still judged by relatedness."""
    spam, why = judged(advert, BUS)
    assert "messenger app named as the way to reach" in why, why
    assert spam, why


def test_the_title_s_own_figure_in_words_is_not_money_offered() -> None:
    """A retiree names the item's own $20 pass in Portuguese, with her WhatsApp for a call
    back: the item's figure, not a sum offered on the messenger."""
    pass_item = (
        "Resolution 2026-51: a $20 monthly transit pass for residents over 65",
        "A $20 pass would let my mother get to her appointments without asking for rides.",
        "Seniors on fixed incomes cannot pay the full fare every day.",
        "The pass should include the paratransit vans, not only the buses.",
        "Please make it easy to apply in person at the library, not only online.",
    )
    spam, why = judged(
        "Sou aposentada e moro com minha filha. Não dirijo. O passe de 20 dólares seria ótimo "
        "para mim. Se alguém da prefeitura quiser conversar, meu WhatsApp é +1 555 0186.",
        pass_item,
    )
    assert not spam, why
    assert "messenger app named as the way to reach" not in why, why
