"""Session 30 (spend30b): shapes the spent -53 missed, in any language.

* a number dictated in more words: Māori digits ("kore rua toru"), Hindi and Fiji Hindi digits
  written in Latin letters ("shunya do ek", "teen aath"), Korean digits written joined as one
  word ("공이일", "삼팔구일로"), and Hindi "ke baad" (after) between its parts (:mod:`wordphone`);
  the Korean dollar ("40불") is a sum's currency word;
* a sum to be paid into a person's own bank account ("my", "personal", "my sister's"), written
  in a bank's format (New Zealand's "02-0555-0123456-001", an IBAN, a British sort code and
  account), whoever speaks; an organisation's account is left alone (:mod:`payinto`);
* a host that wears a government's or a country's second-level ending inside it
  ("bookings.govt-nz.online", "rdc-ratescredit.co.nz-online.site", "gob-nz") (:mod:`lurehosts`).

Every row here was written for this file; none is copied from a set.
"""

from __future__ import annotations

import pytest

from intake.text.spam.lurehosts import worn_ending
from intake.text.spam.payinto import bank_account, own_account
from intake.text.spam.wordphone import names_a_sum, spelled_phone
from tests.unit.text.spam_judging import judged

#: An invented New Zealand district's item and its first comments.
RANGIWAI = (
    "Rangiwai District Council: closing the Rangiwai Aquatic Centre and the Tūī Street library "
    "on Sundays to save $212,000 in the 2027/28 annual plan",
    "Sunday is the only day my kids can swim, please keep it open.",
    "The library is where the homework club meets on Sundays.",
    "I support the saving, rates are too high already.",
    "Could the pool open shorter hours instead of closing all day?",
    "How many people use the library on a Sunday?",
    "Please publish the staffing costs for Sundays.",
)

SPAM = [
    # Māori: private swimming lessons, a price, a number in Māori words around 555.
    "Ka kati te puna kaukau i te Rātapu, nō reira he akoranga kauhoe tūmataiti māku, $40 ia "
    "haora. Waea mai ki te nama kore rua toru, 555, tahi whā rima iwa.",
    # Fiji Hindi: home tuition, a price, a number in Hindi words written in Latin letters.
    "Library band hoga to bachcha log kahan padhega? Hum ghar pe tuition deta, $25 ek ghanta. "
    "Phone karo shunya do ek, 555, teen aath nau ek, Rajesh bhai ko puchna.",
    # Hindi: a number given as two halves with "ke baad" between them, a price.
    "Sunday ko pool band, to hamara private pool rent pe le lo, $60 ek ghanta, family ke liye. "
    "WhatsApp pe message karo, number 021 555 ke baad 73 19.",
    # Korean: private lessons, a price in 불, a number in joined Korean digit words.
    "일요일에 수영장 문 닫으면 아이들 수영은 어디서 배우나요. 개인 수영 레슨 해드립니다, 시간당 "
    "40불. 공이일 555 삼팔구일로 문자 주세요.",
    # English: an appeal paid into a treasurer's personal account in the bank's format.
    "If the pool closes on Sundays we'll fund the lifeguards ourselves. The Pool Users Group is "
    "raising $9,000; every $25 helps. Please transfer to our secretary's personal account "
    "02-0555-0123456-001 with SWIM as the reference.",
    # Samoan: an appeal to a relative's account, a sum.
    "Talofa lava. O lo'o matou aoina se tupe e tausi ai le faletusi i Aso Sa. Fa'amolemole "
    "'auina mai $30 i le 'akauni a lo'u tuagane 12-3055-0987654-00, ma tusi le upu 'TUSI'.",
    # Spanish: an appeal to an IBAN, a sum.
    "Si cierran la piscina los domingos, la abriremos nosotros. Donen 20 € cada familia a la "
    "cuenta de mi hermana ES91 2100 0418 4502 0005 1332, concepto PISCINA.",
    # A health agency's booking fee on a host wearing the government's ending in a label.
    "Rangiwai District Council: with the aquatic centre closing on Sundays, families can book "
    "weekday swim lessons for the 2027/28 year. A refundable $30 deposit at "
    "https://swimsafe-bookings.govt-nz.online/rangiwai secures your child's place at the "
    "aquatic centre pool.",
    # A rates credit on a host carrying a country's second-level ending before a hyphen.
    "Rangiwai District Council annual plan: ratepayers who paid by direct debit in 2026 are "
    "owed a credit of $74.80. Complete the form to receive it: "
    "https://rdc-ratescredit.co.nz-online.site/form",
    # Spanish: a refund on a host wearing "gob" in a label.
    "Familias de la piscina de Rangiwai: por los domingos cerrados del plan anual hay un "
    "reembolso de 48,90 € por familia. Formulario: https://piscina-reembolso.gob-nz.info/formulario",
]

#: Counterparts the new readings must leave alone (ham before and after: guards, not mends).
COUNTERPARTS = [
    # Māori prose with digit words that make no number.
    "E toru aku tamariki, e rua aku mokopuna, ā, ka haere mātou ki te puna kaukau ia Rātapu. "
    "E rima tāra te utu mō te whānau. Kaua e katia.",
    # Fiji Hindi prose with digit words that make no number.
    "Hum do log aur ek bachcha, teen din pool jaata. Ticket $4 hai. Sunday band mat karo.",
    # Korean prose with digit syllables inside words, a sum.
    "일요일에 이 수영장을 삼 년 동안 다녔어요. 사이에 갈 다른 곳이 없어요. 입장료 5불도 아깝지 "
    "않아요.",
    # A resident quoting a scam that asks for money into an account.
    "Heads up: a flyer in our letterbox asks for $20 to account 02-0555-0123456-001 for "
    "'Sunday pool fees'. It's a scam, the council never asks that.",
    # A marae's food bank taking transfers into its trust's account for its parcels.
    "If the library closes on Sundays our kai packs still go out. Rangiwai Marae Trust takes "
    "bank transfers: 03-0555-0456789-00, reference KAI. $10 feeds a whānau for a day.",
    # A resident quoting a lookalike refund link to warn others.
    "Beware: my dad got a text saying his $64 pool refund is waiting at "
    "rangiwai-refunds.govt-nz.online. It's fake, the council's own site ends in govt.nz.",
    # A resident citing the real government sites, with the item's sum.
    "The $212,000 saving is on page 14 of the plan: https://www.rangiwai.govt.nz/annual-plan "
    "and the Local Government Act is at https://www.legislation.govt.nz/act/public/2002/0084/",
    # A resident giving a number in digits and a free offer.
    "Our swim club will run free Sunday sessions at the school pool if the centre closes. "
    "Ring Aroha on 021 555 3816.",
]


@pytest.mark.parametrize("body", SPAM)
def test_the_shapes_of_the_spent_53_are_spam_in_other_words(body: str) -> None:
    spam, why = judged(body, RANGIWAI)
    assert spam, why


@pytest.mark.parametrize("body", COUNTERPARTS)
def test_counterparts_of_the_new_readings_stay_ham(body: str) -> None:
    spam, why = judged(body, RANGIWAI)
    assert not spam, why


def test_digits_dictated_in_more_words() -> None:
    assert spelled_phone("te nama kore rua toru, 555, tahi whā rima iwa") is not None
    assert spelled_phone("phone karo shunya do ek, 555, teen aath nau ek") is not None
    assert spelled_phone("oh-two-seven 555 ke baad teen-do-nau-ek") is not None
    assert spelled_phone("number 021 555 ke baad 73 19") is not None
    assert spelled_phone("공이일 555 삼팔구일로 문자 주세요") is not None
    # Digit words and digit syllables inside prose make no number.
    assert spelled_phone("E toru aku tamariki, e rua aku mokopuna, 555 tāra") is None
    assert spelled_phone("사이에 이사 갔어요 555") is None


def test_the_korean_dollar_is_a_sum() -> None:
    assert names_a_sum("시간당 40불, 문자 주세요")
    assert not names_a_sum("3층에 불이 났어요")  # "fire", after no figure


def test_a_bank_account_in_a_banks_format() -> None:
    assert bank_account("to 02-0555-0123456-001 please") == "02-0555-0123456-001"
    assert bank_account("IBAN ES91 2100 0418 4502 0005 1332") is not None
    assert bank_account("sort code 20-00-00, account 55501234") is not None
    # A phone number, a date and a plan change's number are no account.
    assert bank_account("Ring 09 555 0123 or 021 555 3816 on 12-03-2027.") is None
    assert bank_account("PC 118, lots 88-120, $418,000") is None


def test_hosts_wearing_a_governments_ending() -> None:
    assert worn_ending("swimsafe-bookings.govt-nz.online") == "govt"
    assert worn_ending("rdc-ratescredit.co.nz-online.site") == "co.nz"
    assert worn_ending("piscine-avoir.gouv-fr.info") == "gouv"
    assert worn_ending("compensacion-uranio-gob.info") == "gob"
    # The real ones.
    assert worn_ending("www.rangiwai.govt.nz") is None
    assert worn_ending("www.service-public.gouv.fr") is None
    assert worn_ending("auckland-transport.co.nz") is None
    assert worn_ending("www.gob.mx") is None


def test_a_persons_own_account() -> None:
    assert own_account("Pay the deposit to my account 06-0555-0321456-00 please") is not None
    assert own_account("ki te pūkete pēke o tōku tungāne 12-3555-0012345-00") is not None
    assert own_account("a la cuenta de mi hermana ES91 2100 0418 4502 0005 1332") is not None
    # An organisation's account.
    assert own_account("Elm Lane Islamic Centre, sort code 20-00-00, account 55512345") is None
