"""Session 19 (margin19): residents the spent sets scored 0.55-0.70, a thin margin under the
threshold, by what their texts do in general:

* a messenger app named beside a phone number written as neighbours dial it ("WhatsApp me at
  555-0142") is how the writer likes to be called back, less than an account's ID or a number
  written for callers anywhere;
* a link into a page of a site (a path), in a text that sells nothing and shares few words with
  the item, is a page cited, weighed as contact details are, not as a link to a front door;
* links each named as a source (labelled on their own line and into pages, or pages named in
  words) weigh together at most 0.40, not 0.60.

Every row here was written for this file; none is copied from a fixture.
"""

from __future__ import annotations

from intake.text import relatedness
from intake.text.spam import Behaviour, SpamSettings, score, wants_item_context
from intake.text.spam.contacts import is_local_number, messenger_evidence, messenger_ids
from intake.text.spam.links import find_links, link_evidence, links_into_pages
from intake.text.spam.unrelated import unrelated_tail

S = SpamSettings()

#: Where the residents' margin is: a text at or above this was in the band.
BAND = 0.55

PARKING = (
    "Ordinance 2027-31: Residential permit parking zone for the blocks around Central Station",
    "The commuters take every space on our street from 7 in the morning until the evening.",
    "How much will the permit cost per household, and can visitors get day passes?",
    "Please include the blocks east of the tracks, the commuters will just move there.",
    "I support the permit zone but the hours should end at 6 pm, not midnight.",
    "Will the city enforce it on weekends or only on weekdays when the trains are busy?",
)


def judged(body: str, context: tuple[str, ...] | None) -> tuple[float, bool, str]:
    """The score, the verdict and the reasons, with the item's context when it is asked for."""
    wanted = context if context is not None and wants_item_context(body, S) else None
    verdict = score(body, Behaviour(item_context=wanted), S)
    return verdict.score, verdict.is_spam, " | ".join(verdict.reasons)


# -- a messenger beside a local number --------------------------------------------------------


def test_a_messenger_beside_a_local_number_weighs_less_than_an_id() -> None:
    for text in (
        "Escríbeme por WhatsApp al 555-0166",
        "Viber ko po 0918 555 0133",
        "Zalo 0912 555 771",
    ):
        ids = messenger_ids(text)
        assert ids and is_local_number(ids[0], S), (text, ids)
        (found,) = messenger_evidence(ids, S)
        assert found.weight == S.messenger_local_number_weight < S.messenger_weight
        assert "local phone number" in found.detail
    # An account's ID, a QQ number of digits alone and a number for callers abroad keep 0.50.
    for text in (
        "微信 lily_shop88",
        "QQ 55501234",
        "WhatsApp +44 7700 900 555",
        "Telegram @cheapdeals",
    ):
        ids = messenger_ids(text)
        assert ids and not all(is_local_number(i, S) for i in ids), (text, ids)
        assert messenger_evidence(ids, S)[0].weight == S.messenger_weight


def test_a_residents_call_back_note_with_a_messenger_is_well_under_the_threshold() -> None:
    for body in (
        "Trabajo de noche en el hospital y llego a casa a las 8. No hay dónde estacionar. "
        "Si tienen preguntas, mi WhatsApp es 555-0166. Gracias, Rosa",
        "Ako po ay nakatira sa tabi ng istasyon. Wala na kaming paradahan tuwing umaga. "
        "Viber ko po 555-0133 kung may tanong.",
        "أسكن قرب المحطة منذ عشر سنوات ولا أجد مكانا لسيارتي في الصباح. رقمي على واتساب 555-0129",
    ):
        value, spam, reasons = judged(body, PARKING)
        assert not spam and value < BAND, (value, reasons)


def test_a_loan_advert_through_a_messenger_and_a_local_number_stays_spam() -> None:
    for body in (
        "Vay tiền online nhanh, chỉ cần CCCD, giải ngân trong 15 phút. Liên hệ Zalo 0912 555 771",
        "Préstamos rápidos sin buró de crédito, aprobación en 10 minutos. WhatsApp 555-0166",
        "Work from home and earn $3,000 a week! WhatsApp 555-0166 now",
    ):
        value, spam, reasons = judged(body, PARKING)
        assert spam, (value, reasons)


# -- a link into a page -----------------------------------------------------------------------


def test_a_link_into_a_page_is_told_from_a_front_page() -> None:
    assert links_into_pages(find_links("see https://news.example.com/2027/03/parking-study"), S)
    assert links_into_pages(find_links("photos: photos.example.net/our-street-at-7am"), S)
    assert not links_into_pages(find_links("visit https://www.example.com"), S)
    assert not links_into_pages(find_links("visit https://www.example.com/"), S)
    assert not links_into_pages(find_links("go to bit.ly/3xYz12"), S)  # a shortener
    assert not links_into_pages(find_links("join t.me/ourgroup"), S)  # a messenger's chat
    mixed = find_links("https://example.org/report and https://shop.example.com")
    assert not links_into_pages(mixed, S)


def test_a_residents_short_comment_citing_a_page_is_under_the_band() -> None:
    for body in (
        "Nobody came to repair the shelter at the corner bakery after the storm last spring. "
        "Pictures: https://photos.example.net/elm-shelter-2027",
        "The county auditor found the garage fund was short by a third. Read it: "
        "https://www.example.org/audits/2026-garage-fund.pdf",
    ):
        value, spam, reasons = judged(body, PARKING)
        assert "with a link into a page" in reasons, reasons
        assert not spam and value < BAND, (value, reasons)


def test_a_front_page_or_a_text_that_sells_keeps_the_links_weight() -> None:
    front = (
        "Nobody came to repair the shelter at the corner bakery after the storm last spring. "
        "Pictures: https://elmshelterwatch.example.net"
    )
    _, _, reasons = judged(front, PARKING)
    assert "with a link (+0.55)" in reasons, reasons
    # A price makes the text one that sells: its page is the offer's, weighed as a link.
    advert = (
        "Car insurance from $19 a month! Compare quotes in two minutes and save: "
        "https://www.example.com/quotes/cheap-car-insurance"
    )
    value, spam, reasons = judged(advert, PARKING)
    assert "with a link into a page" not in reasons, reasons
    assert spam, (value, reasons)


# -- a list of sources ------------------------------------------------------------------------

SOURCES = (
    "Please add these to the record:\n"
    "- Parking occupancy counts, 2026: example.org/transport/occupancy-2026.pdf\n"
    "- The station area plan: cityplan.example.net/station/area-plan\n"
    "- Permit fees in nearby towns: example.com/fees/permit-zones\n"
    "- Our street's photos at 7 am: example.org/~jmoreno/street"
)


def test_a_list_of_labelled_sources_weighs_under_the_band() -> None:
    (count, *_rest) = link_evidence(SOURCES, find_links(SOURCES), S)
    assert count.detail.startswith("links: 4 links")
    assert count.weight == S.source_links_max_weight < S.link_max_weight
    value, spam, reasons = judged(SOURCES, PARKING)
    assert not spam and value < BAND, (value, reasons)


def test_a_list_of_front_doors_keeps_the_full_link_count() -> None:
    body = (
        "Best sites:\n- Loans: quickloan.example.com\n- Casino: luckyspin.example.net\n"
        "- Pills: cheapmeds.example.org\n- Dating: hotdates.example.com"
    )
    (count, *_rest) = link_evidence(body, find_links(body), S)
    assert count.weight == S.link_max_weight
    bare = "https://a.example.com/x1 https://b.example.net/q?id=7 https://c.example.org/p https://d.example.com/z"
    (count, *_rest) = link_evidence(bare, find_links(bare), S)
    assert count.weight == S.link_max_weight


def test_closing_sentences_citing_a_page_weigh_as_contact_details() -> None:
    tail = (
        "Programme and songbook for the carol evening at the old chapel: choir.example.org/carols"
    )
    terms = relatedness.content_terms(tail)
    known = relatedness.context_terms(PARKING)
    args = (tail, terms, known, PARKING, True, S, "closing sentences")
    (linked,) = unrelated_tail(*args)
    (paged,) = unrelated_tail(*args, paged=True)
    assert linked.weight == S.unrelated_weight
    assert paged.weight == S.unrelated_page_weight < S.unrelated_weight
    assert "with a link into a page" in paged.detail
