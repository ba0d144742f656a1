"""Round 26: the misses of `-31`, adverts by a business in more languages, and a prize in Lao.

Every row here was written for this file. A business opens on the item's subject and then sells,
in Polish, Portuguese, Haitian Creole, Khmer, Spanish or English, closing on a number the phone
matcher does not always read ("555 0 1 4 4"); a Lao text tells the reader they won. Residents
write one such word (a discount asked for, "we" for their association, "please call") and close
with their number, and are left alone.
"""

from __future__ import annotations

import pytest

from intake.text.spam.links import find_links
from intake.text.spam.selleroffer import grouped_number, seller_offer_evidence, terms_of_trade
from intake.text.spam.settings import SpamSettings
from intake.text.spam.windfalls import prize_told
from tests.unit.text.spam_judging import judged

#: The item and its residents, in the languages the adverts below are written in.
HARBOUR = (
    "Article 12: Rebuilding the Harbor Street pier and replacing the wooden floats",
    "The floats are rotten, my kids almost fell through one last summer.",
    "I support the pier, but please keep the fishing spots open during the work.",
    "How long will the boat ramp be closed? We launch there every weekend.",
    "The town should apply for the state harbor grant before paying for this alone.",
    "A obra do cais é boa notícia para o porto, os pescadores esperam há anos.",
    "Apoio o novo cais, mas a festa precisa de estacionamento no domingo.",
    "La obra del muelle es necesaria, los flotadores están podridos.",
    "Con la obra del muelle, ¿dónde vamos a pescar este verano?",
    "ຂ້ອຍເຫັນດີກັບການສ້ອມແປງທ່າເຮືອ ລູກຂ້ອຍຫາປາຢູ່ທີ່ນັ້ນທຸກອາທິດ.",
    "ທ່າເຮືອເກົ່າອັນຕະລາຍຫຼາຍ ຄວນສ້ອມແປງໄວໆ.",
)

ADVERTS = {
    "Polish cleaning firm, number in digit groups": "Popieram remont przystani. Przy okazji: "
    "jesteśmy firmą sprzątającą, oferujemy mycie okien dla domów i biur. Rabat 15% przy "
    "pierwszym zamówieniu. Kontakt: pani Ewa, tel. 555 0 1 4 4.",
    "Portuguese bakery": "Que boa notícia, a obra do cais é boa para o porto e para os "
    "pescadores que esperam há anos. Para quem vai fazer festa no domingo, fazemos bolos e "
    "salgados por encomenda, entregamos em toda a região. Encomendas com a D. Graça, "
    "774-555-0188.",
    "Haitian Creole shipper": "Bon nouvèl pou pò a! Si w ap voye bwat bay fanmi lakay, nou "
    "voye bwat Ayiti nan 2 semèn, sèlman 5% frè, pi bon pri nan zòn nan. Rele oswa ekri "
    "Jozèf: 555-0112.",
    "Khmer shop, number in digit groups": "ខ្ញុំគាំទ្រគម្រោងនេះ។ ហាងយើងលក់ប្រអប់អាហារ "
    "តម្លៃលក់ដុំ ដឹកជញ្ជូនដល់ផ្ទះ។ បញ្ជាទិញថ្ងៃនេះ។ ទូរស័ព្ទ 555 0 1 3 3។",
    "Spanish pest control": "La obra del muelle es necesaria, los flotadores están podridos, "
    "pero con la obra van a salir ratones del muelle. Nosotros hacemos fumigación de casas, "
    "con productos seguros para niños y mascotas. Primera visita a mitad de precio. Pregunte "
    "por Ramón, 555-0190.",
    "Spanish cleaning, number spelled then in digits": "Para los dueños de casas de alquiler "
    "junto al muelle: ofrecemos limpieza entre huéspedes y cambio de sábanas. Trabajamos en "
    "todo el puerto. Precios desde $70. Llamar o mandar texto a Ana al cinco cinco cinco, "
    "cero uno dos ocho (555-0128).",
    "English lead generation": "Before the town picks a builder, get more bids. Our network "
    "of vetted dock contractors usually comes in 10% under estimate. Free quotes, no "
    "obligation. Ask for Dana, 555 . 0 1 7 7.",
    "Lao prize": "ຂໍສະແດງຄວາມຍິນດີ! ທ່ານໄດ້ຮັບລາງວັນ ລົດຈັກໃໝ່ ຈາກການຈັບສະຫຼາກ. "
    "ກົດລິ້ງພາຍໃນ 24 ຊົ່ວໂມງ: laogift88.top",
}

RESIDENTS = {
    "Polish resident asking a discount": "Mieszkam przy przystani od 1990 roku. Popieram "
    "remont, ale prosimy o rabat w opłatach dla seniorów. Tel. 555 0 1 4 8.",
    "Arabic association's free meal": "نحن جمعية الحي. نقدم وجبات مجانية يوم الجمعة "
    "للعمال في الميناء. للتواصل: 555 0 1 4 5",
    "Portuguese feast committee": "Faço parte da comissão da festa. Fazemos a procissão no "
    "domingo e precisamos do cais aberto. Liguem para 555 01 77.",
    "Khmer volunteer": "ខ្ញុំជាអ្នកស្ម័គ្រចិត្ត បង្រៀនភាសាអង់គ្លេសឥតគិតថ្លៃ នៅបណ្ណាល័យ។ សូមទូរស័ព្ទមក 555 0 1 2 2។",
    "boat owners addressed by a neighbour": "Boat owners: the ramp closes in May, so plan "
    "ahead. I will lend my trailer to anyone who asks. Call me, 555 0 1 6 6.",
}


@pytest.mark.parametrize("name", sorted(ADVERTS))
def test_adverts_of_minus_31s_shapes_are_spam(name: str) -> None:
    is_spam, reasons = judged(ADVERTS[name], HARBOUR)
    assert is_spam, reasons


@pytest.mark.parametrize("name", sorted(RESIDENTS))
def test_residents_with_one_term_and_a_number_are_not(name: str) -> None:
    is_spam, reasons = judged(RESIDENTS[name], HARBOUR)
    assert not is_spam, reasons


def test_terms_are_read_in_polish_portuguese_creole_and_unspaced_scripts() -> None:
    assert terms_of_trade("Oferujemy rabat 10% przy pierwszym zamówieniu.") == [
        "oferujemy",
        "rabat",
        "przy pierwszym zamowieniu",
    ]
    assert terms_of_trade("Nou voye lajan, sèlman 2% frè.") == ["nou voye", "selman 2"]
    # Khmer is written without spaces between words: read anywhere in the text.
    assert len(terms_of_trade("ហាងយើងលក់ដុំ")) == 2
    # "We sell tamales" is what a resident's stall says, "ask for a 9% cut" no seller's name.
    assert terms_of_trade("Esa hora es cuando más vendemos. Ask for a 9% cut.") == []


def test_a_closing_number_in_digit_groups_counts_and_a_date_does_not() -> None:
    assert grouped_number("Llamen al 555 0 1 2 9.") == "555 0 1 2 9"
    assert grouped_number("ទូរស័ព្ទ ៥៥៥-០១៦៩។") == "៥៥៥-០១៦៩"
    assert grouped_number("The vote is on 2026-12-06 at 7 pm.") is None
    assert grouped_number("It costs $1 250 000 in all.") is None
    s = SpamSettings()
    text = "Oferujemy mycie okien, rabat 20%. Kontakt: 555 0 1 4 4"
    reasons = [e.detail for e in seller_offer_evidence(text, text, find_links(text), s)]
    assert any(r.startswith("contact: a closing number written in digit groups") for r in reasons)


def test_a_prize_is_read_in_lao_and_thai_not_a_team_winning() -> None:
    assert prize_told("ທ່ານໄດ້ຮັບລາງວັນ iPhone") is not None
    assert prize_told("คุณถูกรางวัลที่ 1") is not None
    assert prize_told("ທີມບານເຕະຂອງພວກເຮົາໄດ້ລາງວັນ") is None
