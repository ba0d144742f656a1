"""Session 29 (spend29b): shapes the spent -51 missed, and its three residents, in any language.

* an account told in parts ("the name is X then a dot then Y", "my name X, then 2024", Somali
  "magacayga X kadibna 44") or by its picture ("the page with the heron photo", "zdjęcie z
  ...", "ছবিতে ..."), in a text naming a network or a search: a hidden contact
  (:mod:`toldaccount`), which a sum of money beside it makes an offer;
* a number dictated in more words: English digits in Urdu script, "double", Turkish "yüz",
  Polish "i dalej" (:mod:`wordphone`);
* a lender's or a landlord's terms that skip the checks (no credit check, bad credit accepted,
  no proof of income, no papers) in the seats' languages (:mod:`selleroffer`);
* residents: a group that runs a drop-in or a workshop on a day, at an hour, hosts an event,
  and its number is the city's whatever the deployment's region (:mod:`events`,
  :mod:`abroad`); a tenant business that asks for a condition of the permission pleads with
  the deciders, so its free offer to community groups is no advert's (:mod:`plea`).

Every row here was written for this file; none is copied from a set.
"""

from __future__ import annotations

import pytest

from intake.text.spam.events import hosts_an_event
from intake.text.spam.plea import pleads_with_the_deciders
from intake.text.spam.selleroffer import terms_of_trade
from intake.text.spam.toldaccount import told_account
from intake.text.spam.wordphone import spelled_phone
from tests.unit.text.spam_judging import judged

#: An invented English borough's item and its first comments.
HOLLOWAY = (
    "Brinkfield Borough: closing the Marlow Lane and Quayside libraries and opening a "
    "self-service hub with longer hours",
    "The Quayside library is the only quiet place my son can revise.",
    "A self-service hub won't help anyone who can't use the machines.",
    "I support longer hours but not losing the staff.",
    "Will the hub keep the free computer sessions for older people?",
    "Marlow Lane library runs the baby rhyme time, where will that go?",
    "Please publish the running costs of both branches.",
    "The hub is two buses away for people on the estate.",
)

SPAM = [
    # An account told in parts, a price and a guarantee.
    "Losing Quayside library hurts the kids most. I coach GCSE maths from home, £30 an hour, "
    "grades up guaranteed. Find me on Instagram, the name is mathsmum then a dot then "
    "brinkfield.",
    # A payment account told as a name then a year, money asked.
    "We're collecting to keep the rhyme time going ourselves, £20 from each family. Send it "
    "to my PayPal, it's my name Kerry and then the year I was born, 1987.",
    # An account told by its picture, a sum.
    "Our hub will be useless without staff. My cousin fixes tablets and laptops for £25, "
    "search Brinkfield Tech Help on Facebook, it's the page with the red robot logo.",
    # Polish: a page by its picture, a price.
    "Biblioteka zamknięta, a dzieci muszą się uczyć. Korepetycje z angielskiego, £20 za "
    "godzinę. Szukajcie Ania Lekcje na Facebooku, zdjęcie z niebieskim kubkiem.",
    # Somali: a Telegram name then digits, a weekly price.
    "Maktabadda haddii la xiro carruurtu meel ay wax ku bartaan ma heli doonaan. Waxaan "
    "bixiyaa casharro guriga, £15 saacaddii. Instagram-ka iga raadi, magacayga Hodan kadibna 77.",
    # Turkish: a number with "yüz" (hundred), a price.
    "Kütüphane kapanırsa çocuklar nerede ders çalışacak? Kuzenim özel ders veriyor, saati "
    "£15. Numarası sıfır yedi yedi yüz 555 bir dört sekiz, akşamları arayın.",
    # Urdu: English digits in Urdu script, a sum asked.
    "لائبریری بند ہو جائے تو بچوں کی پڑھائی کا کیا ہوگا؟ میں گھر پر ٹیوشن دیتی ہوں، صرف £10 فی "
    "گھنٹہ۔ نمبر زیرو سیون سیون زیرو زیرو 555 ایک تین آٹھ۔",
    # Romanian: a room without papers and credit checks, on the item, closed on a number.
    "Cu biblioteca din Quayside închisă, mulți studenți caută o cameră aproape de noul hub. "
    "Am o cameră de închiriat lângă Marlow Lane, fără acte, fără verificări de credit. "
    "Sunați: 07700 555 902",
]

#: Counterparts the new readings must leave alone (ham before and after: guards, not mends).
COUNTERPARTS = [
    # A residents' group by its page's name, no picture, no sum.
    "Please keep both branches open. Friends of Quayside Library meet on the first Monday; "
    "search Friends of Quayside Library on Facebook for the minutes.",
    # A name and then a year, no network: a life, not an account.
    "My name is Alan and then in 1987 I moved to Marlow Lane; the library taught my kids to "
    "read. Keep it open.",
    # A number given as written, a group on Instagram, no price.
    "The hub needs staff. Our knitting circle is on Instagram as @quaysideknits, call Jean on "
    "020 7946 0410 if you want to join us.",
    # A forum running a free workshop on a day, its phone and e-mail.
    "I chair the Brinkfield Landlords' Forum. We're running a FREE workshop on the new "
    "licence forms, Saturday 9 January, 10am, Town Hall room 2. Email forum@example.org or "
    "ring 020 7946 0111 to book a place.",
]

#: -51's residents' shapes, flagged before this session's mends.
RESIDENTS = [
    # A renters' group that runs a drop-in on a day at an hour, with a mobile number (read with
    # the default region, US, as another country's).
    "Brinkfield Tenants Union runs a free drop-in every Thursday, 5 to 7pm, at Quayside library "
    "while it lasts. Bring your letters. WhatsApp 07700 900 318 or see tenants.example.org.",
    # A business on the site asking for a condition, a free gift to groups.
    "We've run Quayside Print in unit 3 for 22 years with six staff, and most of our "
    "customers walk over from the estate. Nobody from the developer has told us if we keep a "
    "unit in the new building. "
    "Please make a place for existing tenants a condition. Community groups are welcome to "
    "free poster printing for their events: 020 7946 0123, quaysideprint@example.com.",
]


@pytest.mark.parametrize("body", SPAM)
def test_the_shapes_of_the_spent_51_are_spam_in_other_words(body: str) -> None:
    spam, why = judged(body, HOLLOWAY)
    assert spam, why


@pytest.mark.parametrize("body", RESIDENTS)
def test_residents_near_those_shapes_stay_ham(body: str) -> None:
    spam, why = judged(body, HOLLOWAY)
    assert not spam, why


@pytest.mark.parametrize("body", COUNTERPARTS)
def test_counterparts_of_the_new_readings_stay_ham(body: str) -> None:
    """Ham on the code before too: what the new readings must not take (a page by its name, a
    life told with "then" and a year, a plain handle and number, an event with its number)."""
    spam, why = judged(body, HOLLOWAY)
    assert not spam, why


def test_an_account_told_in_parts_or_by_its_picture() -> None:
    assert told_account("On Instagram the name is bakes then a dot then 44.") is not None
    assert told_account("Search Lena Cakes on Facebook, the profile with the pink cupcake pic.")
    assert told_account("হোয়াটসঅ্যাপে খুঁজুন: মিনা খালা, ছবিতে সবুজ শাড়ি।") is not None
    # No network and no search: a name and a year in a life story.
    assert told_account("My name is Alan and then in 1987 I moved here.") is None
    assert told_account("The page with the heron photo is lovely.") is None


def test_digits_dictated_in_more_words() -> None:
    assert spelled_phone("Numarası sıfır yedi yedi yüz 555 bir dört sekiz.") is not None
    assert spelled_phone("Telefon: 07700 555 i dalej 2 4 1.") is not None
    assert spelled_phone("نمبر زیرو سیون سیون زیرو زیرو 555 ایک تین آٹھ") is not None
    assert spelled_phone("Ring oh seven seven double oh, 555, one two three.") is not None


def test_terms_that_skip_the_checks() -> None:
    assert len(terms_of_trade("Camere, fără acte, fără verificări de credit.")) == 2
    assert len(terms_of_trade("ঋণ! কোনো ক্রেডিট চেক নেই। শুধু £৪৯ প্রসেসিং ফি দিন।")) == 2
    # A resident quoting a scam's processing fee in English is not read as a term.
    assert terms_of_trade("The text asked my mum for a $49 processing fee.") == []


def test_a_group_running_a_drop_in_hosts_an_event() -> None:
    assert hosts_an_event("The union runs a free drop-in every Tuesday, 6 to 8pm.")
    assert hosts_an_event("We're running a free workshop on Saturday at 10am.")
    # A bus running on weekdays, an hour named, is no event.
    assert not hosts_an_event("Keep Route 9 running every 15 minutes on weekdays until 7pm.")


def test_a_condition_asked_of_the_permission_pleads() -> None:
    assert pleads_with_the_deciders("Please make relocation of existing tenants a condition.")
    assert pleads_with_the_deciders("Local hiring should be a condition of the approval.")
    assert not pleads_with_the_deciders("The flat is in good condition, £650 a month.")
