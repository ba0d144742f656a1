"""Session 21 (res21b): residents writing in other languages than English, in the shapes that sit
closest to spam (``residents21b_rows``: 224 invented comments in 26 languages). Before this
session 21 were flagged with the starter model and 21 by the engine alone; each was flagged for
something residents do in general, mended by what that kind of text does, in any language.

Every row here was written for this file or for ``residents21b_rows``; none is copied from a
fixture or a set.
"""

from __future__ import annotations

import pytest

from intake.text.spam import Behaviour, SpamSettings, score, wants_item_context
from intake.text.spam.channels import messenger_money
from intake.text.spam.events import hosts_an_event
from intake.text.spam.evidence import words_in
from intake.text.spam.links import contact_density_evidence, find_links, strip_spans
from intake.text.spam.lures import stuffed_terms
from intake.text.spam.notices import names_a_scam
from intake.text.spam.offers import offer_evidence
from intake.text.spam.pitchwords import pitch_words
from intake.text.spam.plea import pleads_with_the_deciders
from intake.text.spam.quoted import own_words
from intake.text.spam.solicit import invitations, raises_money_for_a_cause
from intake.text.spam.starter import starter_model
from intake.text.spam.windfalls import advance_fee
from tests.unit.text.residents21b_rows import ITEMS, ROWS
from tests.unit.text.spam_judging import judged

SETTINGS = SpamSettings()

#: The rows flagged before this session, with the starter model or the engine alone.
FLAGGED_BEFORE: tuple[int, ...] = (0, 2, 10, 21, 24, 25, 32, 41, 42, 52, 63, 71, 85, 91, 101)
FLAGGED_BEFORE += (122, 152, 187, 189, 201, 211)


def _score(i: int, with_starter: bool) -> tuple[float, str]:
    _, item, body = ROWS[i]
    context = ITEMS[item] if wants_item_context(body, SETTINGS) else None
    model = starter_model() if with_starter else None
    verdict = score(body, Behaviour(item_context=context), SETTINGS, model)
    return verdict.score, " | ".join(verdict.reasons)


def test_the_rows_are_many_and_in_many_languages() -> None:
    assert len(ROWS) >= 150
    assert len({language for language, _, _ in ROWS}) >= 15
    assert all(item in ITEMS for _, item, _ in ROWS)


@pytest.mark.parametrize("i", range(len(ROWS)))
def test_an_invented_resident_is_not_flagged_by_the_engine(i: int) -> None:
    _, item, body = ROWS[i]
    is_spam, reasons = judged(body, ITEMS[item])
    assert not is_spam, (ROWS[i][0], body, reasons)


@pytest.mark.parametrize("i", FLAGGED_BEFORE)
def test_a_resident_flagged_before_is_not_flagged_with_the_starter(i: int) -> None:
    value, reasons = _score(i, with_starter=True)
    assert value < SETTINGS.threshold, (ROWS[i][0], ROWS[i][2], reasons)


# ------------------------------------------------------------------ asking the deciders


PLEAS = [
    "Pido que bajen la cuota. Mi WhatsApp es 510-555-0177.",
    "Xin hội đồng cho thêm thời gian. Zalo 408-555-0166.",
    "请市议会降低费用。微信：shop_88",
    "أرجو من المجلس إعادة النظر. واتساب 313-555-0109",
    "Прошу совет пересмотреть. Telegram @garage_x",
    "Tafadhali fikirieni upya. WhatsApp 614-555-0100",
    "कृपया इस पर दोबारा विचार करें। WhatsApp 732-555-0100",
    "Council, please keep the fees low for small shops.",
]


@pytest.mark.parametrize("text", PLEAS)
def test_a_plea_to_the_deciders_is_read_in_many_languages(text: str) -> None:
    assert pleads_with_the_deciders(text)


NOT_PLEAS = [
    "Earn $300 a day from home, message me on WhatsApp 555-0100",
    "Please read this before you accept the city's appraisal.",  # the reader, not the deciders
    "With the 9.5% increase families need to cut costs. I cut mine by 38%.",
    "تخفيضات 70% على العطور، اطلب الآن",  # a shop's sale, not a cut asked for
    "Contactez-moi pour un conseil gratuit, 50€, WhatsApp 06 12 34 56 78",  # advice
    "Venta al por mayor, por favor escríbanos al WhatsApp",  # wholesale, not the mayor
]


@pytest.mark.parametrize("text", NOT_PLEAS)
def test_an_advert_does_not_plead(text: str) -> None:
    assert not pleads_with_the_deciders(text)


def test_a_sum_and_a_messenger_in_a_plea_are_no_offer() -> None:
    plea = (
        "Soy dueña de un salón en Main St. La licencia de $800 es demasiado. Pido que "
        "reconsideren. Mi WhatsApp: 508-555-0100."
    )
    assert messenger_money(plea, plea) is None
    assert offer_evidence("请市议会降低费用。费用$2,500太贵。微信 shop_88", True, SETTINGS) == []
    # Without the plea, the same sums and messenger are read as before.
    seller = "Soy pocero. Les calibro el medidor por $180. Mándeme mensaje por WhatsApp 555-0192."
    assert messenger_money(seller, seller) == "WhatsApp"
    assert offer_evidence("费用$2,500太贵。微信 shop_88", True, SETTINGS)


# ------------------------------------------------------------------ raising money


def test_a_fundraiser_with_a_messenger_is_no_offer() -> None:
    def raising(text: str) -> bool:
        return raises_money_for_a_cause(text, or_raising=True)

    team = (
        "Waxaan lacag u ururinaynaa kooxda kubadda cagta ee dhallinyarada. Funaanado $15 mid "
        "kasta. WhatsApp 612-555-0100."
    )
    assert raising(team)
    # Session 23: the words of raising read only when the caller asks (or_raising).
    assert not raises_money_for_a_cause(team)
    assert messenger_money(team, team) is None
    family = "Tulong po para sa pamilya Reyes na nasunugan. $900 na. GCash 0917 555 0100."
    assert raising(family)
    assert not raising("Ang naipon ko ay dumoble sa crypto! $500 lang. Telegram @x_ph")
    assert not raising("Préstamos para tu familia, $5,000 hoy. WhatsApp 555-0100")
    loan = "Prè rapid $5,000 san verifikasyon kredi. WhatsApp +1 555 0100."
    assert not raising(loan)
    assert messenger_money(loan, loan) == "WhatsApp"


def test_a_payment_app_is_no_advert_word() -> None:
    assert "cash" not in pitch_words("Tuma kwa Zelle au Cash App $MamaNeema. Asanteni!")
    assert "cashapp" not in pitch_words("Nou gen $1,980 deja. CashApp $FanmiJB. Mèsi!")
    assert "cash" in pitch_words("Fast cash loans, no credit check")
    # Without the account to send to, the app may be what is sold.
    assert "cash" in pitch_words("Vendo cuentas de Cash App y PayPal verificadas, buen precio.")


# ------------------------------------------------------------------ scams quoted to warn


def test_a_short_warning_around_a_quoted_scam_is_the_resident_s() -> None:
    warning = (
        "UWAGA sąsiedzi! Dostajecie SMS: 'Miasto zwraca $320 nadpłaty, kliknij tutaj'. To OSZUSTWO!"
    )
    own = own_words(warning)
    assert own is not None and "320" not in own
    # A quotation with a word or two around it that names no scam is read whole, as before.
    assert own_words("Check this: 'Win $500 today, click the link now'") is None


@pytest.mark.parametrize(
    "word", ["To OSZUSTWO!", "Це шахраї!", "এটা প্রতারণা!", "Ni UTAPELI!", "Đây là lừa đảo."]
)
def test_the_word_for_a_scam_is_read_in_more_languages(word: str) -> None:
    assert names_a_scam(word)


# ------------------------------------------------------------------ counting and marks


def test_a_text_without_spaces_is_counted_in_words_for_contact_density() -> None:
    body = (
        "为受火灾影响的十二户家庭募捐，目前已筹到一大笔钱，目标还差一半。可通过转账至 "
        "aid@example.org 或网站 donate.example.org 捐款，谢谢大家！"
    )
    links = find_links(body)
    prose = strip_spans(body, (lk.raw for lk in links))
    assert words_in(prose) > 20
    assert contact_density_evidence(prose, links, 0, SETTINGS) == []
    advert = "加微信 abc123 电话 415-555-0100 aid@example.org"
    ad_links = find_links(advert)
    ad_prose = strip_spans(advert, (lk.raw for lk in ad_links))
    assert contact_density_evidence(ad_prose, ad_links, 2, SETTINGS)


def test_a_burmese_paragraph_is_no_stuffed_list() -> None:
    # Its sentences end in "။": before session 21 it was cut into runs of four phrases and read
    # as a list repeating the polite particle "ပါ".
    language, _, paragraph = ROWS[201]
    assert language == "my"
    assert stuffed_terms(paragraph, SETTINGS) == []
    stuffed = (
        "plumber near me emergency plumber 24 hour plumber cheap plumber best plumber near me "
        "drain cleaning plumber water heater plumber"
    )
    assert stuffed_terms(stuffed, SETTINGS)


def test_a_fee_going_up_is_no_wage() -> None:
    rise = "Grabe yung 15% increase sa garbage fee, from $48 naging $55.20 per month. NO po."
    assert advance_fee(rise) is None
    assert advance_fee("Processing fee $250 then earn $3,500 per month from home.")
    assert advance_fee("Trabaho sa Canada! $3,500 kada bulan. Processing fee $250 lang.")


def test_hmong_one_is_no_vietnamese_inbox() -> None:
    assert invitations("Kuv yog ib tug neeg ua liaj ua teb nyob Fresno.") == []
    assert invitations("Dịch vụ tăng like giá rẻ, uy tín. Ib mình nhé.")


# ------------------------------------------------------------------ meetings


def test_a_meeting_on_a_day_is_an_event() -> None:
    assert hosts_an_event("REUNIÓN COMUNITARIA sobre la vivienda, jueves 6:30 pm")
    assert hosts_an_event("Shir bulsho oo ku saabsan guryaha. Sabtida 2:00 galabnimo.")
    assert not hosts_an_event("Free consultation, call now 555-0100")


EARLY = ("Item 8: Affordable housing on the library lot", "We need homes.", "Where will we park?")


def test_a_meeting_s_free_food_and_its_short_link_are_no_advert() -> None:
    meeting = (
        "REUNIÓN COMUNITARIA sobre el proyecto 📢 Jueves 14 de marzo, 6:30 pm, Centro "
        "Comunitario, 2100 E 14th St. Habrá interpretación y comida gratis. Más info: "
        "bit.ly/reunion-xyz o llama al 555-0172."
    )
    is_spam, reasons = judged(meeting, EARLY)
    assert not is_spam, reasons
    assert "advert among the first comments" not in reasons


def test_an_advert_with_a_short_link_among_the_first_comments_is_still_read() -> None:
    advert = "Préstamos rápidos gratis sin crédito, aprobación inmediata: bit.ly/presta-xyz llama 555-0188"
    is_spam, reasons = judged(advert, EARLY)
    assert is_spam, reasons


def test_a_fee_billed_by_the_month_is_no_advance_fee() -> None:
    # Session 24 (spend24): a landlord's arithmetic on a licence fee, read as a wage and a fee.
    sums = (
        "For context: $210 every two years is $105 a year, or $8.75 a month per unit. The old "
        "fee was $5 a month. Let's keep the numbers honest on both sides."
    )
    assert advance_fee(sums) is None
    assert advance_fee("Earn $3,500 a month from home! The registration fee is $250, pay today.")
