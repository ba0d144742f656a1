"""Session 15: one script, two languages. Relatedness counts shared words, and comments in the
comment's script were taken for its language: a newcomer writing Arabic was compared with an
item's Persian comments (the same letters, other words), shared none of their words, and her
call-back number then read as an advert unrelated to the item. Rows written for the test."""

from __future__ import annotations

from tests.unit.text.spam_judging import judged

BOUNDARY = "Resolution 24: a new French-immersion catchment boundary for two elementary schools"
ENGLISH = (
    "Please keep siblings together when the new boundary is drawn, it matters for working families.",
    "The immersion program is full every year; the new boundary should add a second class.",
    "Our street is split in half by this map, which makes no sense for the bus routes.",
    "I support the boundary but the school needs more French teachers before it grows.",
    "Thank you for holding the meeting in the evening so parents could come and speak.",
)
PERSIAN = (
    "ما از ایران آمده‌ایم و می‌خواهیم بچه‌هایمان هم فرانسه و هم انگلیسی یاد بگیرند. لطفاً مرز جدید "
    "طوری باشد که خانواده‌های تازه‌وارد هم بتوانند در برنامه فرانسوی ثبت‌نام کنند و از مدرسه دور نمانند.",
    "دخترم کلاس سوم است و معلمش خیلی خوب است. اگر مرز عوض شود باید مدرسه‌اش را عوض کند و این برای "
    "بچه‌ها سخت است. خواهش می‌کنم به خانواده‌هایی که چند بچه در یک مدرسه دارند فکر کنید.",
)
ARABIC_FAMILY = (
    "السلام عليكم، نحن عائلة وصلنا إلى المدينة في الصيف. ابني عمره سبع سنوات ولا يتكلم الفرنسية "
    "ولا الإنجليزية. هل يحق له التسجيل في برنامج الانغماس الفرنسي؟ رقمي على واتساب +1 613 555 0137. "
    "شكرا جزيلا"
)
RUSSIAN_CONTEXT = (
    "Мы живём рядом со школой, и новая граница разделит нашу улицу пополам. Пожалуйста, оставьте "
    "детей из одного дома в одной школе и добавьте учителей французского языка.",
    "Я поддерживаю новую границу, но автобусы должны ходить по утрам для всех детей.",
)
UKRAINIAN_ADVERT = (
    "Заробляй від 2000 грн на день без досвіду роботи, виплати щодня на картку. Пиши в Telegram "
    "@easy_money_ua_bot, кількість місць обмежена"
)


def test_an_arabic_resident_is_not_judged_by_persian_words() -> None:
    context = (BOUNDARY, *ENGLISH, *PERSIAN)
    spam, why = judged(ARABIC_FAMILY, context)
    assert not spam, why
    assert "unrelated to the item" not in why, why


def test_a_cyrillic_advert_is_still_read_against_the_items_russian_comments() -> None:
    """Ukrainian and Russian share most of their words, and a short text's guess confuses them:
    comments in one count for the other, as before."""
    spam, why = judged(UKRAINIAN_ADVERT, (BOUNDARY, *ENGLISH, *RUSSIAN_CONTEXT))
    assert spam, why
