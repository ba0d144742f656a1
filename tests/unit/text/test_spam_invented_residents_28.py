"""Session 28 (res28): 173 invented residents of an invented river city stay residents.

``invented_residents_28.txt`` holds comments written for this session (none copied from any
set, no spam set's rows read) for Kettle Rapids, an invented mid-size Midwestern river city, on
six invented items (the Lowlands levee, floodwall and buyouts; the 3rd Street Bridge closure and
the Route 4 detour; a warning about utility-shutoff calls, fake immigration help and tax-refund
texts; the Riverside Market's vendor permits and the garden plots; interpreters, after-school
programs and bus routes for newcomer students; rental inspections, shutoff protection and
heating assistance). Shop owners, tradesmen, farmers, vendors, pastors, imams, PTA parents,
interpreters and tenants, in the shapes nearest spam: businesses giving their phone on the item;
free things given by churches, mosques, temples, PTAs and mutual aid with a phone; invitations
with links; sums worked out; scams quoted to warn; numbers written in words; contacts described
("my WhatsApp is my name plus Route4"); one line of support with a site. In English (84),
Spanish (13), Hmong (10), Somali (10), Vietnamese (9), Arabic (9), Ukrainian (8), Oromo (8),
Burmese (8), S'gaw Karen (7) and Marshallese (7); 19 among the item's first comments. Blocks as
in ``invented_residents_21.txt``.

Before the session's mends 13 were spam by the engine alone (13 with the starter model, 14 with
the starter and the encoder); after them 8 (8, 9). The mends (tests below):

- a contact offered to those who would give alongside the writer ("other shop owners who want
  to do the same, call me", "parents who want to volunteer", "volunteers needed", "quien quiera
  ayudar", "ai muốn giúp", "mutadawiciin", "متطوعين") in a text that names no sum: the free
  thing goes to a third party, the contact is for helpers (``givers.calls_fellow_givers``);
- an ask not to raise the item's sum, or the sum called too much for the writer's own, is a
  plea to those who decide ("ha kordhinina qiimaha", "це забагато для нас") (``plea``);
- a sum named as the writer's own bill ("My rent is $1,050", "mi renta es") is no price beside a
  number written in words (``solicit.money_asked``, ``wordphone.names_a_sum``);
- a text asking those who decide to change the item (``plea.pleads_with_the_deciders``: "Please
  don't raise the stall fee", "Tolong perpanjang", "कृपया अनुमति दें") takes part in it, so its
  offer's words ("sell", "murah") are no advert's (``scoring.advert_word_evidence``), as the
  offer reading already let it through; it clears two of ``invented_residents_22.txt`` too;
- a congregation named by its denomination ("First Baptist will run a free van ... 5:15 pm"),
  a Somali "masjidka", a Hmong "koom txoos", a Burmese monastery, holds an event on its day
  (``events._HOUSE_RE``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.text.spam import Behaviour, SpamSettings, score
from intake.text.spam.events import hosts_an_event
from intake.text.spam.givers import calls_fellow_givers
from intake.text.spam.plea import pleads_with_the_deciders
from intake.text.spam.solicit import money_asked
from intake.text.spam.wordphone import spelled_phone_evidence, spelled_phone_money_evidence
from tests.unit.text.invented_residents import InventedResidentsFile

ROWS = Path(__file__).with_name("invented_residents_28.txt")
S = SpamSettings()

#: Still spam by the engine alone (start of the comment), each for a reason spam shares.
STILL_FLAGGED = (
    # Two words and a site: a link-only comment (0.65) to a front page it does not name.
    "FLOODWALL NOW.",
    # A bike mechanic's "I'll tune your bike for free" beside his number in words: a seller's
    # terms beside a contact hidden from filters (0.5), the number spelled (0.45).
    "I fix bikes in my garage.",
    # A phone shop's free clean-up for seniors with its number, in a text sharing none of the
    # item's words (0.45) and "free" with a way to reach (0.4): res27's repair shop again.
    "I run a small phone and computer shop on Main.",
    # A warning that names no scam ("a 'notario' is NOT a lawyer"), closed by "Free help at
    # Catholic Charities" and a number after a link: unrelated closing sentences (0.55), free.
    "Immigration lawyers are listed",
    # A credit union's free class on a Saturday with its site: "credit" and "free" in a text
    # unrelated to the item with a link (0.55), a front page (0.25); "will do a class" is no
    # host's verb the events rule reads.
    "Our credit union will do a free",
    # A Hmong homeowner's buyout offer and his home's value beside his number in Hmong words:
    # sums beside a number hidden from number finders (0.5).
    "Kuv tsev nyob Water Street.",
    # A Spanish mechanic's free brake checks during the closure with his shop's number, on an
    # English item: a short advert (0.45) and "gratis" (0.4).
    "Soy mecánico.",
    # A Karen vendor's "$310" with her number in 17 words sharing no word with the item.
    "ပှၤကညီဖိ ဆါ",
)
#: Still spam with the starter model besides those: none.
STILL_FLAGGED_WITH_STARTER: tuple[str, ...] = ()
#: Still spam with the starter and the encoder besides those: a Hmong embroiderer's price, her
#: number and her shop's front page, which the encoder reads as spam (p = 0.996).
STILL_FLAGGED_WITH_ENCODER = ("Kuv muag paj ntaub",)


class TestTheSessionsResidents(InventedResidentsFile):
    rows = ROWS
    least = 170
    still_flagged = STILL_FLAGGED
    still_flagged_with_starter = STILL_FLAGGED_WITH_STARTER
    still_flagged_with_encoder = STILL_FLAGGED_WITH_ENCODER


FESTIVAL = (
    "City Council: Closing Market Street for the Lunar New Year festival weekend",
    "The festival brings crowds and parking is a nightmare every year.",
    "Please add more trash cans and portable toilets this year.",
    "Buses should be rerouted early so riders know where to wait.",
)
WINTER = (
    "City Council: Winter market on Harbor Street and the weekend street closure",
    "The market brings people downtown in December, good for everyone.",
    "Parking on Harbor Street is already hard on weekends.",
    "Please keep the food trucks away from the school entrance.",
)


@pytest.mark.parametrize(
    ("body", "context"),
    [
        (
            # A noodle shop's free ginger tea for elders, other shops asked to do the same.
            "Phở Sài Gòn on Market Street backs the closure. We will put out free ginger tea "
            "for grandparents in front of the restaurant both days. Other restaurant owners who "
            "want to do the same, call me and we can share the urns: 555-0163, Chị Mai.",
            FESTIVAL,
        ),
        (
            # The brief's PTA cocoa stand: volunteers asked, the group described.
            "Parents who want to volunteer at the PTA's cocoa stand: the WhatsApp group is my "
            "name plus Lincoln, ask Dana. Cocoa is free for kids.",
            WINTER,
        ),
    ],
)
def test_a_free_gift_with_a_call_to_fellow_givers_is_a_resident(
    body: str, context: tuple[str, ...]
) -> None:
    assert not score(body, Behaviour(item_context=context), S).is_spam


@pytest.mark.parametrize(
    "text",
    [
        "Other shop owners who want to do the same, call me: 555-0179.",
        "Parents who want to volunteer, text Maria.",
        "Volunteers needed Saturday, call 555-0170.",
        "Quienes quieran ayudar, nos vemos a las 8 am.",
        "Ai muon giup thi goi Thay Tam 555-0161.",
        "Mutadawiciin ayaan u baahanahay, wac 555-0127.",
        "نحتاج متطوعين، اتصلوا على 555-0127.",
        "Потрібні волонтери. Пишіть нам.",
    ],
)
def test_a_call_to_fellow_givers(text: str) -> None:
    assert calls_fellow_givers(text)


@pytest.mark.parametrize(
    "text",
    [
        # The testimonial lure names its sum: "do the same" is to earn.
        "I made $5,000 last month from home. If you want to do the same, contact Mr. Lee.",
        # An advert's free is the reader's to take; it calls no one to give.
        "Free estimate for seniors, call now 555-0100.",
        "Free hot tea for elderly visitors, call me 555-0179.",
        # The writer's own volunteering is no call to others.
        "أنا متطوع منذ سنوات مع العائلات، اتصلوا بي.",
        "Toi la tinh nguyen vien o chua, goi toi.",
    ],
)
def test_no_call_to_fellow_givers(text: str) -> None:
    assert not calls_fellow_givers(text)


def test_a_shops_free_offer_without_a_call_to_give_still_is_spam() -> None:
    """The same free thing, offered to the reader by a shop, in a text about nothing the item's
    comments say: the offer's word still counts."""
    body = (
        "Phở Sài Gòn on Bolsa has a special offer this month. Free ginger tea with every bowl "
        "for grandparents, weekend delivery anywhere in the county. Call me today: 555-0163."
    )
    assert score(body, Behaviour(item_context=FESTIVAL), S).is_spam


@pytest.mark.parametrize(
    "text",
    [
        "Fadlan ha kordhinina qiimaha ruqsadda, $310 waa badan tahay.",
        "$310 за сезон - це забагато для нас.",
        "Please don't raise the stall fee, $310 is a lot.",
        "Por favor no suban el permiso a $310.",
    ],
)
def test_an_ask_not_to_raise_the_sum_pleads_with_the_deciders(text: str) -> None:
    assert pleads_with_the_deciders(text)


@pytest.mark.parametrize(
    "text",
    ["Paying too much for insurance? Call 555-0100.", "Prices will raise soon, buy now."],
)
def test_a_sellers_too_much_is_no_plea(text: str) -> None:
    assert not pleads_with_the_deciders(text)


def test_a_vendors_sum_called_too_much_is_a_resident() -> None:
    context = (
        "Parks Board: Riverside Market vendor permits and community garden plots",
        "The farmers have sold at the market for thirty years, keep their stalls.",
        "Garden plot fees went up from $15 to $40.",
        "We need water spigots at the east garden.",
    )
    body = "Я печу пиріжки і продаю на ринку. $310 за сезон - це забагато для нас. Галя, 555-0171"
    assert not score(body, Behaviour(item_context=context), S).is_spam


@pytest.mark.parametrize(
    "text",
    ["My rent is $1,050 for a one-bedroom.", "Mi renta es $950 y no hay calefacción."],
)
def test_the_writers_own_bill_is_no_price_asked(text: str) -> None:
    assert not money_asked(text)


@pytest.mark.parametrize(
    "text", ["Rent is $800 a month, call now.", "The rent is $1,050 for new tenants."]
)
def test_a_rent_asked_still_is_a_sum_asked(text: str) -> None:
    assert money_asked(text)


def test_the_writers_rent_beside_a_number_in_words_is_no_offer() -> None:
    body = (
        "Yes to inspections. My rent is $1,050 for a one-bedroom with mold. Photos on request: "
        "five five five, zero one four nine."
    )
    spoken = spelled_phone_evidence(body, S)
    assert spoken
    assert spelled_phone_money_evidence(spoken, body, S) == []
    advert = "Rooms for rent, $1,050 a month. Call five five five, zero one four nine."
    assert spelled_phone_money_evidence(spelled_phone_evidence(advert, S), advert, S) != []


@pytest.mark.parametrize(
    "text",
    [
        "First Baptist will run a free van at 5:15 pm.",
        "Lowlands Lutheran hosts supper Tuesday at 6 pm.",
        "Masjidka Al-Nuur, habeen kasta 7:00 pm.",
        "ဘုန်းကြီးကျောင်းမှာ Saturday 3 pm",
    ],
)
def test_a_congregation_by_its_denomination_hosts_an_event(text: str) -> None:
    assert hosts_an_event(text)


NIGHT_MARKET = ("Night market vendor permit renewal on Fourth Street",)


@pytest.mark.parametrize(
    "body",
    [
        "Saya berjualan kue di pasar malam sejak 2018. Sewa meja $15 per malam sangat murah untuk "
        "keluarga saya. Tolong perpanjang izinnya. Bu Sari, 555-0144.",
        "हम रात के बाज़ार में चाट बेचेंगे, $3 एक प्लेट, सारी कमाई स्कूल के लिए। कृपया अनुमति दें। सीमा 555-0144",
        "I sell dumplings at the night market, $6 a box, it pays my rent. Please don't raise the "
        "permit fee. Lan, 555-0162",
    ],
)
def test_a_vendor_pleading_with_the_deciders_takes_part(body: str) -> None:
    assert not score(body, Behaviour(item_context=NIGHT_MARKET), S).is_spam


@pytest.mark.parametrize(
    "body",
    [
        # The same vendors selling to the reader instead of asking the deciders.
        "Saya berjualan kue di pasar malam sejak 2018. Sewa meja $15 per malam sangat murah untuk "
        "keluarga saya. Pesan kue sekarang juga. Bu Sari, 555-0144.",
        "हम रात के बाज़ार में चाट बेचेंगे, $3 एक प्लेट, सारी कमाई हमारी। आज ही ऑर्डर करें। सीमा 555-0144",
    ],
)
def test_the_same_vendor_selling_to_the_reader_still_is_spam(body: str) -> None:
    assert score(body, Behaviour(item_context=NIGHT_MARKET), S).is_spam
