"""Session 21 (scams21): scams addressed to the reader, read by their shape in the languages of
the new seats and beyond: a fee asked for a prize or a job, a recording held for a coin, a
stranger seeking a sincere partner, a return promised by the day or the month, immigration papers
promised for a fee, an heirless fortune offered by its lawyer, a wrong-number opener that names
where the reader was met, the reader's parcel said to be undelivered, an identity to add at a
page, pay by the review, a copyright notice's evidence at a link. Every row here was written for
this file; none is copied from a set.
"""

from __future__ import annotations

import pytest

from intake.text.spam.contacts import messenger_ids
from intake.text.spam.notices import names_a_scam
from intake.text.spam.topics import (
    _heirless_estate,
    immigration_fixer,
    return_by_period,
    sextortion,
    spam_topics,
    wrong_number,
)
from intake.text.spam.upfront import identity_at_link, threat_to_pay, undelivered_parcel
from intake.text.spam.windfalls import advance_fee, prize_told
from tests.unit.text.spam_judging import judged

ITEM = (
    "Item 6: a language access plan and an office for new residents",
    "Please hire interpreters who speak Tigrinya and Nepali, not only Spanish.",
    "The office should open on Saturdays for families who work shifts.",
    "I support the plan but the budget should say how many interpreters are hired.",
    "Translated notices for water shut-offs would have helped my building last winter.",
    "Help with work permit, green card and citizenship forms costs families a lot in fees.",
    "Legal aid for asylum cases is the biggest need; lawyers charge too much.",
    "Please publish the office's phone number and hours in every language.",
)
#: The items the residents below write on, each with comments that speak of its subject (a
#: resident's short comment with a sum and a number, unrelated to its item, is another rule's
#: matter: the point here is the rules of this session).
BONDS = (
    "Bond measure: Riverside youth sports complex and a community solar garden",
    "The bonds cost taxpayers interest every year; investors earn a return.",
    "A co-op for the solar garden would let members invest and share the savings.",
    "Please publish the rate the city pays on the bonds and who buys them.",
)
ESTATES = (
    "Ordinance 2026-31: vacant and abandoned property registry",
    "Many vacant lots belong to owners who died; the county and a lawyer handle the estates.",
    "Unclaimed property and liens on abandoned houses should be listed in the registry.",
    "Please fund a clinic on heirs' property so families keep their homes.",
)
POST = (
    "Item 4: post office hours and package delivery in Ward 2",
    "Packages are left at the post office when nobody is home and it closes at 4.",
    "Please ask for longer hours at the branch and a second carrier.",
    "Mail and parcel delivery on our street failed for weeks during the detour.",
)
REVIEWS = (
    "Ordinance 2026-40: a public rental registry with inspection results",
    "Landlords buy fake online reviews; the registry should show real inspections.",
    "Workers at the plant and gig drivers are paid per task with no benefits.",
    "Please call tenants back; my number is on the complaint form.",
)

# --------------------------------------------------------------------------- spam

FEES = [
    # A job that pays by the month or hour, and a registration fee (Ukrainian, Turkish, Urdu).
    "Робота в Канаді на фермі, зарплата $3,100 на місяць, житло безкоштовне. Реєстрація "
    "в агенції $150. Пишіть: farm-jobs-ca@example.net",
    "Almanya'da fabrika işi, aylık 2.800 dolar, vize dahil. Kayıt ücreti $90. WhatsApp "
    "+49 151 5550 1234",
    "دبئی میں ڈرائیور کی نوکری، ماہانہ 1,800 ڈالر۔ رجسٹریشن فیس $75۔ واٹس ایپ 0300-555-0188",
    # A lottery won, and a processing fee (Persian, Hebrew).
    "شما برنده قرعه کشی ویزای کانادا شده اید. فیس پروسس ۱۹۰ دالر را امروز بپردازید: "
    "canada-visa-win.example.com",
]

SEXTORTION = [
    "Я отримав доступ до вашої камери і маю відео. Якщо до завтра не буде $900 у біткоїнах, "
    "ваші друзі та родина все побачать.",
    "Kameranızdan video kaydettim. 48 saat içinde 1000 dolar bitcoin göndermezsen videonuz "
    "tüm kişilerine gidecek.",
    "ویدیوی شما از کمره تان ضبط شده. اگر ۸۰۰ دالر بیت کوین نفرستید، برای همه دوستان شما "
    "فرستاده می شود.",
]

SEEKING = [
    "Salam, men Dilnoza, 31 yoshdaman. Jiddiy munosabat qidiryapman. Telegram: @dilnoza_31",
    "שלום, אני יעל, בת 33, מחפשת קשר רציני. כתבו לי: yael.heart@example.net",
    "Hello, I'm Grace, a nurse in Qatar. I'm looking for a sincere man to share my life. "
    "WhatsApp +974 5555 0123",
    "Zdravo, ja sam Lejla, tražim ozbiljnu vezu. Piši mi na Viber +387 61 555 019",
]

RETURNS = [
    "Kripto madencilik: 200 dolar yatırın, her gün %3 kâr alın! Telegram: @maden_kazanc",
    "Инвестируйте от $100 в нашу платформу и получайте 2% в день прибыли. Пишите @profit_daily",
    "Wekeza $50 leo upate faida ya $4 kila siku. WhatsApp +254 700 555 123",
]

FIXERS = [
    "Abogados rápidos: permiso de trabajo garantizado en 45 días, solo $400. Llame al "
    "(402) 555-0166.",
    "Грин-карта и гражданство за 60 дней, гарантия 100%. Стоимость $700. Телефон 718-555-0142",
    "Leje qëndrimi brenda 30 ditë, e garantuar! Vetëm $350. Viber +1 347 555 0111",
]

PARCELS = [
    "Ваша посилка не може бути доставлена через неповну адресу. Оновіть дані: "
    "ukrposhta-redeliver.example.top",
    "Paketiniz teslim edilemedi. Adresinizi güncelleyin: ptt-kargo-guncelle.example.xyz",
    "بسته شما تحویل داده نشد. برای به روز کردن آدرس کلیک کنید: post-delivery-fix.example.top",
]


@pytest.mark.parametrize("body", FEES[:3])
def test_a_fee_for_a_job_paid_by_the_month_is_read(body: str) -> None:
    assert advance_fee(body) is not None


def test_a_lottery_won_in_persian_is_told_and_its_fee_read() -> None:
    assert prize_told(FEES[3]) is not None
    assert advance_fee(FEES[3]) is not None


@pytest.mark.parametrize("body", SEXTORTION)
def test_a_recording_held_for_a_coin_is_read_in_more_languages(body: str) -> None:
    assert sextortion(body) is not None


@pytest.mark.parametrize("body", SEEKING)
def test_a_stranger_seeking_a_sincere_partner_is_a_topic(body: str) -> None:
    assert any(t == "a stranger seeking a sincere partner" for t, _ in spam_topics(body))


@pytest.mark.parametrize("body", RETURNS)
def test_a_return_by_the_day_is_read(body: str) -> None:
    assert return_by_period(body) is not None


@pytest.mark.parametrize("body", FIXERS)
def test_immigration_papers_promised_for_a_fee_are_read(body: str) -> None:
    assert immigration_fixer(body) is not None


@pytest.mark.parametrize("body", PARCELS)
def test_the_readers_parcel_undelivered_is_read(body: str) -> None:
    assert undelivered_parcel(body) is not None


def test_an_heirless_fortune_in_figures_from_its_lawyer() -> None:
    body = (
        "Dear Friend, I am Barrister Paul Mensah, personal attorney to the late Mr. Harold Voss "
        "who left $6,200,000 in a bank with no next of kin. Reply to pmensah.law@example.net"
    )
    assert _heirless_estate(body) is not None


def test_a_wrong_number_opener_that_names_where_they_met() -> None:
    body = (
        "Hi, is this Farida from the sewing class at the community center? You said to write "
        "here. Sorry if this is the wrong place, my number changed. Text me!"
    )
    assert wrong_number(body) is not None


def test_an_identity_to_add_at_a_page() -> None:
    body = (
        "Tenants: the class action is filing Friday. Add your name, date of birth and the last "
        "4 of your SSN at tenant-classaction-join.example.com to be included."
    )
    assert identity_at_link(body) is not None


def test_a_copyright_notice_with_its_evidence_at_a_link() -> None:
    body = (
        "DMCA NOTICE: a photo on your website belongs to our client. Take it down within 24 "
        "hours or face a lawsuit. View the evidence: photo-rights-desk.example.com/case/551"
    )
    assert threat_to_pay(body) is not None


def test_pay_by_the_review_in_chinese_is_a_topic() -> None:
    body = "在家兼职，刷单日结，一单五块。加微信 jianzhi_2027"
    assert any(t == "pay by the review, the like or the task" for t, _ in spam_topics(body))


def test_whatsapp_in_urdu_script_is_a_messenger() -> None:
    assert messenger_ids("رابطہ کریں واٹس ایپ 0300-555-0177")


@pytest.mark.parametrize(
    "body", [*FEES, *SEXTORTION, *SEEKING, *RETURNS, *FIXERS, PARCELS[0], PARCELS[1]]
)
def test_the_scams_are_spam(body: str) -> None:
    assert judged(body, ITEM)[0], judged(body, ITEM)[1]


# --------------------------------------------------------------------------- residents

RESIDENTS = [
    # A resident's own fee beside a wage, in the first person (Albanian, Hebrew, Georgian).
    "Urime këshillit! Tarifa e regjistrimit për kursin është $30 dhe unë fitoj $17 në orë.",
    "דמי רישום לקורס הם 50 דולר, ועובדים מקבלים 18 דולר לשעה. אני תומך בתוכנית.",
    "კურსის საფასური $30 არის, მუშები საათში $17-ს იღებენ. მე ვმუშაობ ქარხანაში.",
    # A warning of a lottery fee (Persian).
    "برنده شدن در لاتری گرین کارت رایگان است؛ هیچ فیس ۲۰۰ دالری وجود ندارد. مواظب باشید.",
    # Warnings of sextortion, and a text with a video, family and crypto that threatens no one.
    "Мне пришло письмо: якобы записали видео с камеры и разошлют контактам, если не заплачу "
    "биткоин. Мошенники, не платите.",
    "Library staff: please teach seniors about emails claiming a recorded video will go to "
    "their contacts unless they pay Bitcoin. My father almost paid.",
    "The police video of the 14th Street arrest was shared with family, and the crypto ATM on "
    "Pawnee should be removed.",
    # Seeking an answer, a friend of the community, volunteers.
    "I'm looking for a serious answer from the council about interpreters. Call me at "
    "402-555-0144.",
    "I'm looking for a true friend of the new office to volunteer on Saturdays. 402-555-0171",
    "Natafuta rafiki wa kweli wa jamii hii: ofisi ya wahamiaji. Nipigie 402-555-0171.",
    # Returns by the year, a co-op, investors' profits.
    "Community solar co-op members invest $100 and get about 5% a year back. Call 402-555-0160.",
    "سرمایه گذاران سالانه ۴ درصد سود می برند و ما ماهانه مالیات بیشتر می دهیم. "
    "https://example.org/news",
    # Immigration fees explained, a lawyer named in the first person, a warning.
    "I got my work permit in 90 days with Catholic Charities, and they charged only the $410 "
    "fee. Call them at 402-555-0112.",
    "Green card renewal fee is $465; there is no guarantee of timing. The office could help "
    "with forms. 402-555-0126",
    "Ne plaćajte nikome $500 za radnu dozvolu u 30 dana, to je prevara. Besplatna pravna "
    "pomoć: 402-555-0177.",
    # An estate with no next of kin told by a resident.
    "Unclaimed property: the county holds $3,400,000 of estates with no next of kin. A lawyer "
    "told me they go to the state. https://example.org/unclaimed",
    # Asking an office whether it is the right place.
    "Is this the Office of New Americans at City Hall? My number changed, please text me.",
    # Parcels that failed, told by residents.
    "Residents: if your package could not be delivered, the post office holds it 15 days. "
    "Hours: https://usps.example.org",
    "Votre colis n'a pas pu être livré? Le bureau ferme trop tôt, prolongez les heures. "
    "https://example.org/poste",
    # Fake reviews and gig work complained of.
    "Landlords pay $5 per review to hide bad buildings. Workers are paid per task too. "
    "Call 402-555-0166.",
    # Evidence of a problem sent to the council.
    "Fix the translation errors or face embarrassment; review the evidence: "
    "https://example.org/errors",
]


WEBSITE = (
    "Item 9: the city website's accessibility and translation errors",
    "The translated pages have errors; the Somali page says the wrong office hours.",
    "Blind residents cannot read the PDFs; the city could face an ADA complaint.",
    "Please publish the audit's evidence of the errors.",
)
#: A Bosnian resident's comment before, so the item speaks the warning's language (a resident's
#: short comment in a language the item's comments do not share, with a sum and a number, is
#: read as unrelated by older rules: noticed, and left to the residents' side).
IMMIGRANTS_BS = (
    *ITEM,
    "Radna dozvola i pravna pomoć su skupi; grad treba pomoći porodicama.",
    "Prevara s radnom dozvolom: nude je za 30 dana za $500, ne plaćajte nikome.",
)
#: The item each resident writes on (the language access plan unless named).
_ON = {
    10: BONDS, 11: BONDS, 14: IMMIGRANTS_BS, 15: ESTATES, 17: POST, 18: POST, 19: REVIEWS,
    20: WEBSITE,
}  # fmt: skip


@pytest.mark.parametrize("n", range(len(RESIDENTS)))
def test_residents_alike_stay_unflagged(n: int) -> None:
    item = _ON.get(n, ITEM)
    assert not judged(RESIDENTS[n], item)[0], judged(RESIDENTS[n], item)[1]


@pytest.mark.parametrize("body", RESIDENTS[:4])
def test_no_fee_hook_in_a_residents_own_fee_or_warning(body: str) -> None:
    assert advance_fee(body) is None


@pytest.mark.parametrize("body", RESIDENTS[4:7])
def test_no_sextortion_in_a_warning_or_a_text_to_no_one(body: str) -> None:
    assert sextortion(body) is None


@pytest.mark.parametrize("body", RESIDENTS[7:10])
def test_no_partner_sought_by_a_resident(body: str) -> None:
    assert all(t != "a stranger seeking a sincere partner" for t, _ in spam_topics(body))


@pytest.mark.parametrize("body", RESIDENTS[10:12])
def test_no_return_by_period_in_yearly_returns(body: str) -> None:
    assert return_by_period(body) is None


@pytest.mark.parametrize("body", RESIDENTS[12:15])
def test_no_fixer_in_residents_on_immigration_fees(body: str) -> None:
    assert immigration_fixer(body) is None


def test_no_heirless_fortune_told_by_a_resident() -> None:
    assert _heirless_estate(RESIDENTS[15]) is None


def test_no_wrong_number_opener_to_an_office() -> None:
    assert wrong_number(RESIDENTS[16]) is None


@pytest.mark.parametrize("body", RESIDENTS[17:19])
def test_no_parcel_lure_in_residents_on_the_post_office(body: str) -> None:
    assert undelivered_parcel(body) is None


def test_no_threat_with_evidence_without_a_copyright_on_the_readers_page() -> None:
    assert threat_to_pay(RESIDENTS[20]) is None


@pytest.mark.parametrize(
    "body", ["Bu bir dolandırıcılık, ödemeyin.", "این کلاهبرداری است", "זו הונאה", "Ni utapeli"]
)
def test_a_scam_is_named_in_more_languages(body: str) -> None:
    assert names_a_scam(body)
