"""Session 19 (scams19): scams addressed to the reader -- money sent back multiplied to a payment
app's account, a post's fee written in Devanagari, an estate left without heirs, romance openers
in more languages, a green card "100% guaranteed", a rental's keys sent for a deposit, a stake in
a pool of money, a prisoner's commissary, the mass-tort lead line, a health cover "cancelled",
the numbers to have ready for a call. Every row here was written for this file; none is copied
from a fixture.
"""

from __future__ import annotations

import pytest

from intake.text.spam.idask import asks_for_secret
from intake.text.spam.notices import reader_notice
from intake.text.spam.topics import pool_evidence, spam_topics
from intake.text.spam.windfalls import _amount, advance_fee, multiplied
from tests.unit.text.spam_judging import judged

PARK = (
    "Item 7: Riverside park lighting and the new splash pad",
    "The lights on the east path have been out since spring.",
    "Please add shade over the benches by the playground.",
)


def topic_names(body: str) -> list[str]:
    return [topic for topic, _ in spam_topics(body)]


# --------------------------------------------------------------------------- spam

SPAM = [
    # Money multiplied to a cashtag: a thousand with its separator is a thousand.
    "Voye $50 sou Cash App epi m ap retounen $500 ba ou aswè a! $LuckyFlip509",
    "Send $200 on Cash App and we send you back $2,000 tonight, no joke. $QuickFlipKing",
    # A post's fee in Hindi and Nepali (digits and currency words of the script).
    "गोदाम में काम, प्रति घंटा 25 डॉलर। रजिस्ट्रेशन शुल्क 100 डॉलर पहले भेजें। संपर्क @kaam.jobs.usa",
    "होटलमा काम पाइन्छ, घण्टाको २२ डलर। तालिमको लागि ९० डलर मात्र तिर्नुहोस्।",
    # An estate without heirs, written by a lawyer, in French and Arabic.
    "Bonjour, je suis avocat à Lomé. Un client est décédé sans héritier en laissant 6,2 millions "
    "d'euros. Écrivez-moi en toute discrétion: me.kofi@cabinet-lome-droit.net",
    "أنا المحامي سليم. توفي موكلي رجل الأعمال وترك 4 ملايين دولار بلا وريث، ويمكننا أن نتقاسم "
    "المبلغ. راسلني: salim.law@estate-mail.net",
    # Romance openers: Russian, Portuguese, Swahili, Creole.
    "Здравствуйте, я увидела ваш комментарий о парке и хочу познакомиться. "
    "Пишите в WhatsApp +44 7700 900461",
    "Olá querido, vi o seu comentário sobre o parque e quero te conhecer melhor. "
    "WhatsApp +351 912 555 014",
    "Habari, niliona maoni yako kuhusu bustani na ningependa kukufahamu. WhatsApp +254 712 555 019",
    "Bonswa, mwen li kòmantè w sou pak la e mwen vle konnen w. WhatsApp +1 (347) 555-0161",
    # A green card guaranteed.
    "Need a green card fast? Our lawyer files your case with a 100% guarantee. "
    "Call +1 (404) 555-0187",
    # A rental's keys mailed once the deposit is paid.
    "Cozy 2-bedroom near the park, $700 a month. I am overseas for work, I will mail you the "
    "keys as soon as the deposit is paid. Email me: landlord.jim@rent-easy-mail.net",
    "Se renta casa de 3 recámaras. Estoy fuera del país; le envío las llaves por paquetería "
    "después del depósito de $400. Escriba a casa.renta@correo-rapido.net",
    # A stake in a pool, sold on a value doubled, or asked with a private message.
    "Land by the new interchange will double in value after the vote. A few families are taking "
    "small stakes in two parcels; reply here if you want in.",
    "Estamos invirtiendo en terrenos junto al río; puede participar con una pequeña cantidad. "
    "Mándeme mensaje privado.",
    # A prisoner's pen-pal letter.
    "Hello, I am an inmate at the state facility with no family left. I am looking for a pen pal "
    "who could put a few dollars on my books. God bless.",
    # The mass-tort lead line.
    "If you or a loved one was diagnosed with lung disease after working at the mill, you may "
    "be owed a settlement. No legal fees unless you collect. claims-fast-help.com",
    # A health cover "cancelled" today, in Spanish.
    "AVISO: Su seguro médico será cancelado hoy por falta de verificación. Verifique en "
    "seguro-verifica-hoy.net para evitar la suspensión.",
    # The numbers to have ready for a call, beside a notice about the reader's Medicare.
    "MEDICARE NOTICE: your Medicare will be suspended this month. Call 1-866-555-0139 with your "
    "Medicare number and bank routing number ready.",
]


@pytest.mark.parametrize("body", SPAM)
def test_scams_addressed_to_the_reader_are_spam(body: str) -> None:
    assert judged(body, PARK)[0], judged(body, PARK)[1]


def test_a_thousand_with_its_separator_is_a_thousand() -> None:
    assert _amount("1,000") == 1000.0
    assert _amount("2.500") == 2500.0
    assert _amount("0,5") == 0.5
    assert multiplied("send $100 and I will send you back $1,000") is not None


def test_a_fee_in_devanagari_is_read() -> None:
    assert advance_fee("घण्टाको ३० डलर। दर्ता शुल्क २०० डलर पठाउनुहोस्।") is not None


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "Barrister Okoye: my late client left 9 million dollars without heirs. Reply now.",
            "an inheritance offered to a stranger",
        ),
        (
            "Կարդացի քո մեկնաբանությունը և ուզում եմ ծանոթանալ",
            "a romance opener to another commenter",
        ),
        ("Kuv nyeem koj cov lus, kuv xav paub koj", "a romance opener to another commenter"),
        ("ग्रीन कार्ड १०० प्रतिशत गारंटी", "a visa promised"),
        ("Schlüssel schicke ich per Post nach der Kaution", "a rental's keys sent for a deposit"),
    ],
)
def test_topics_in_more_languages(body: str, topic: str) -> None:
    assert topic in topic_names(body)


def test_a_pool_doubled_is_spam_alone_and_named() -> None:
    found = pool_evidence("Minimum stake is small; the land's value will double.", False, False)
    assert found and found[0].weight >= 0.7


# --------------------------------------------------------------------------- residents

RESIDENTS = [
    # neighbours chipping in for a land trust's fees: a small sum, no investing (lead's mend)
    "Neighbours, the park trust is a good idea. A few of us are putting in a small sum each to "
    "cover the legal fees for the trust's founding; join with a small amount if you can, email "
    "parktrust@example.org.",
    # A resident's arithmetic about prevention.
    "Every $1 we put into the splash pad's maintenance saves about $4 in repairs later.",
    # A lot whose owner died without heirs: no lawyer, no share offered.
    "The corner lot has been empty since the owner died without heirs, and the county sold it "
    "for $3,000. Could it become a pocket park? Contact ann.lee@example.org",
    # Replying to a neighbour's comment in Creole and Russian, with an address.
    "Mwen li kòmantè w sou limyè yo, mwen dakò nèt. Ekri m: jean.pierre@example.org",
    "Я прочитал ваш комментарий про освещение и согласен. Пишите: ivan@example.org",
    # A hall's keys returned for the deposit.
    "Groups renting the park shelter must mail the keys back to get their deposit refunded. "
    "Questions: parks.desk@example.org",
    # Neighbours raising money together, with no stake.
    "Our block club is pooling funds for the mural by the splash pad; anyone can chip in. "
    "Email blockclub@example.org",
    # A family on a commissary's fees.
    "Families here already pay a fee every time they put money on a relative's commissary "
    "account. Please look into it. Call 555-0148.",
    # A resident warning of a Medicare scam.
    "Beware of calls saying your Medicare card must be renewed; never give your bank routing "
    "number. Report it at 1-800-633-4227.",
    # Advice on a real rebate, in a resident's voice.
    "I applied for the rebate last week: have your account number ready when you call the "
    "utility at 555-0190.",
    # A green card on the item's agenda.
    "Green card holders are guaranteed a seat on the parks advisory board under the new rules. "
    "See parks-board-rules.example.org",
]


@pytest.mark.parametrize("body", RESIDENTS)
def test_residents_alike_stay_unflagged(body: str) -> None:
    assert not judged(body, PARK)[0], judged(body, PARK)[1]


def test_no_notice_in_a_resident_reply_about_coverage() -> None:
    assert reader_notice("Thanks for your coverage of the park fines, it helped.") is None


def test_a_call_with_numbers_ready_is_an_ask() -> None:
    assert asks_for_secret("Call us with your card number and PIN code handy.") is not None


#: The lead's probes: residents of a Nepali- and Hindi-speaking community on a jobs program.
JOBS = (
    "Resolution 26-12: the new correctional center and its jobs program",
    "The jobs at the correctional center should go to local people first.",
    "Will the county train people for these jobs?",
)


@pytest.mark.parametrize(
    "body",
    [
        # "They say the new jail pays $30 an hour, but training costs a $200 fee. How are we poor
        # families to pay? The council should drop this fee."
        "नयाँ जेलमा काम गर्न घण्टाको ३० डलर दिन्छन् भन्छन्, तर तालिमको लागि २०० डलर शुल्क "
        "तिर्नुपर्छ। हामी गरिब परिवारले कसरी तिर्ने? काउन्सिलले यो शुल्क हटाउनुपर्छ।",
        # "My son applied for a jail job. $26 an hour, but the safety training costs $150.
        # Please let the county pay this fee. Contact: ..."
        "मेरो छोराले जेलको कामको लागि आवेदन दियो। घण्टाको २६ डलर, तर सेफ्टी तालिमको लागि १५० "
        "डलर लाग्छ। कृपया यो शुल्क काउन्टीले तिरोस्। सम्पर्क: ३०४-५५५-०१७७",
    ],
)
def test_a_real_fee_beside_a_wage_in_nepali_is_a_residents(body: str) -> None:
    is_spam, reasons = judged(body, JOBS)
    assert not is_spam, reasons
