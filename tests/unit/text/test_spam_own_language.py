"""Session 14: residents writing about the item in their own language (issue 14).

Every row here was written for this file. The item's title and its other comments are in
English; each resident writes about the item in Spanish, Tamil, Vietnamese, Amharic, Arabic,
Tagalog, Korean, Ukrainian or Russian and leaves a phone number, a WhatsApp / Viber / Zalo
number or a Telegram handle for a call back: the most ordinary comment in an immigrant city.
Words cannot be shared across languages, so relatedness cannot read them; a messenger's ID
alone must not make it try. Each resident but the Spanish and Vietnamese ones (whose words
"clínica", "Eastside" meet the item's) was flagged before session 14.
"""

from __future__ import annotations

import pytest

from intake.text.spam.learned import language_of
from intake.text.spam.unrelated import written_apart
from tests.unit.text.spam_judging import judged

CLINIC = (
    "Item 2026-31: Closing the Eastside community health clinic and moving its services to "
    "the downtown hospital",
    "The Eastside clinic is the only place many families can walk to for a doctor.",
    "Moving services downtown means two bus transfers for patients without a car.",
    "Please keep the vaccination hours at the clinic at least two days a week.",
    "The downtown hospital already has long waiting times in the emergency room.",
    "Closing the clinic will push more people to the emergency room for basic care.",
    "Our seniors depend on the clinic pharmacy for their monthly prescriptions.",
)

RESIDENTS = {
    "Spanish": "Llevo a mis hijos a la clínica del Eastside desde hace diez años y no tengo "
    "carro para ir al hospital del centro. Pueden contactarme por WhatsApp al +1 916 555 0134.",
    "Tamil": "எங்கள் குடும்பம் பத்து ஆண்டுகளாக இந்த மருத்துவமனைக்கு நடந்து செல்கிறது. "
    "மூடினால் பேருந்தில் இரண்டு முறை மாற வேண்டும். என்னை WhatsApp +1 916 555 0171 இல் "
    "தொடர்பு கொள்ளவும்.",
    "Vietnamese": "Mẹ tôi đã già và khám bệnh ở phòng khám Eastside mỗi tháng. Nếu đóng cửa, "
    "bà phải đi hai chuyến xe buýt. Xin gọi lại cho tôi qua Zalo 916 555 0148.",
    "Amharic": "እናቴ በየወሩ ወደ ክሊኒኩ ትሄዳለች እና መኪና የለንም። ክሊኒኩ ቢዘጋ ወደ መሃል ከተማ ሆስፒታል "
    "መሄድ አንችልም። እባክዎ በWhatsApp +1 916 555 0162 ይደውሉልኝ።",
    "Arabic": "نحن نعتمد على عيادة الحي لعلاج أطفالنا ولا نملك سيارة للذهاب إلى المستشفى في "
    "وسط المدينة. يمكنكم التواصل معي عبر واتساب على الرقم +1 916 555 0155.",
    "Tagalog": "Ang nanay ko ay nagpapatingin sa klinika bawat buwan at wala kaming sasakyan "
    "papunta sa ospital sa downtown. Tawagan po ninyo ako sa Viber 916 555 0177.",
    "Korean": "저희 어머니는 매달 이 진료소에 걸어서 다니십니다. 문을 닫으면 버스를 두 번 "
    "갈아타야 합니다. 카톡이나 WhatsApp +1 916 555 0129 로 연락 주세요.",
    # A handle, not a number: organising in Telegram is as ordinary for Ukrainian residents.
    "Ukrainian": "Я живу поруч із клінікою Eastside, і без неї моїй доньці доведеться їздити "
    "двома автобусами до лікаря. Пишіть мені в Telegram @olena_kovalenko.",
    "Russian": "Моя мать каждый месяц ходит в эту клинику пешком, машины у нас нет. Если её "
    "закроют, ей придётся ехать с двумя пересадками. Пишите мне в WhatsApp +1 916 555 0183.",
}


@pytest.mark.parametrize("language", sorted(RESIDENTS))
def test_a_resident_in_their_own_language_leaving_a_number_is_not_spam(language: str) -> None:
    spam, why = judged(RESIDENTS[language], CLINIC)
    assert not spam, (language, why)
    assert "unrelated to the item" not in why, (language, why)


def test_an_advert_selling_in_a_language_nobody_wrote_is_still_judged() -> None:
    """Selling words with the messenger keep the text judged by relatedness: the same Spanish
    channel that calls a resident back, here with a price and an offer."""
    spam, why = judged(
        "Préstamos rápidos sin buró de crédito, aprobación en 10 minutos, desde $500 hasta "
        "$20,000. Escríbenos por WhatsApp al +1 916 555 0199.",
        CLINIC,
    )
    assert spam, why


TAMIL_RESIDENT = "இந்த மருத்துவமனை எங்கள் தெருவில் உள்ளது, அதை மூட வேண்டாம் என்று கேட்டுக் கொள்கிறோம்."
TAMIL_ADVERT = "குறைந்த விலையில் தங்க நகைகள் வாங்க அழைக்கவும்"


@pytest.mark.parametrize(
    ("resident", "advert", "language"),
    [
        (TAMIL_RESIDENT, TAMIL_ADVERT, "ta"),
        (
            "Παρακαλώ μην κλείσετε την κλινική της γειτονιάς μας, πάμε εκεί με τα πόδια.",
            "Φθηνά κοσμήματα χρυσού",
            "el",
        ),
        ("우리 동네 진료소를 닫지 마세요, 우리는 걸어서 갑니다.", "저렴한 금 장신구 판매", "ko"),
        (
            "近所の診療所を閉鎖しないでください。私たちは歩いて通っています。",
            "格安金製品販売中、今すぐ連絡",
            "ja",
        ),
    ],
)
def test_one_language_has_one_key_with_or_without_its_common_words(
    resident: str, advert: str, language: str
) -> None:
    """The wordfreq guess (two of the language's commonest words) and the script fallback
    name the same language, so an advert in it is not written apart from its residents."""
    assert language_of(resident) == language
    assert language_of(advert) == language
    assert not written_apart(advert, ("Item 7: the clinic", resident))


def test_scripts_that_several_languages_write_keep_their_script_name() -> None:
    """Arabic script is Arabic, Persian and Urdu; Han is Chinese and Japanese: a text without
    any of their commonest words is not given one of them."""
    assert language_of("ذهب رخيص للبيع") == "ARABIC"
    assert language_of("廉价黄金首饰出售") == "CJK"
    assert language_of("ርካሽ የወርቅ ጌጣጌጥ") == "ETHIOPIC"


def test_scripts_languages_without_a_wordfreq_list_write_keep_their_script_name() -> None:
    """Session 14 (the fifteenth set): Devanagari is Hindi, Marathi and Nepali; Bengali script
    is Bengali and Assamese; Hebrew script is Hebrew and Yiddish. A text without the listed
    language's commonest words is not known to be it; with them it is."""
    assert language_of("सस्ते सोने के गहने खरीदें") == "DEVANAGARI"
    assert language_of("हमारे मोहल्ले का यह क्लिनिक बंद मत कीजिए, हम वहाँ पैदल जाते हैं।") == "hi"
    assert language_of("সস্তায় সোনার গয়না কিনুন") == "BENGALI"
    assert language_of("আমাদের পাড়ার এই ক্লিনিকটি বন্ধ করবেন না, আমরা হেঁটে সেখানে যাই।") == "bn"
    assert language_of("תכשיטי זהב זולים במבצע") == "HEBREW"
    assert language_of("אנא אל תסגרו את המרפאה בשכונה שלנו, אנחנו הולכים אליה ברגל.") == "he"
