"""Session 29 (res29): 178 invented residents of an invented Swedish city district stay residents.

``invented_residents_29.txt`` holds comments written for this session (none copied from any
set, no spam set's rows read) for Björkåsen, an invented district of Tallmora, an invented
Swedish city, with its migrant residents, on six invented items (the square's rebuilding and
its market-stall fees; bus line 12 rerouted while the Ringväg bridge is closed; a warning about
fake Skatteverket texts, BankID calls and the "grandchild" scam; the city's summer jobs for
youth and the library's homework help; the housing company's renovation of Lärkvägen and the
rent rise after it; the swimming hall's closing and the youth centre's hours). Shop owners,
vendors, tradesmen, taxi drivers, congregations, mosques and associations, tenants, youth
workers and parents, in the shapes nearest spam: a shop's name, price and phone on the item;
free things given by churches, mosques and associations with a phone; invitations with links;
sums worked out; scams quoted to warn; numbers written in words; contacts described ("search my
name in the group"); one line of support with a site; all caps anger; job offers by the city
itself or a local association. In Swedish (73), Arabic (11), Somali (11), Polish (11), Turkish
(11), English (11), Tigrinya (10), Dari (10), Bosnian (10), Sorani Kurdish (10) and Ukrainian
(10); 27 among the item's first comments. Numbers are Swedish ("070-174 06 32", in the range
set aside for fiction), so the file is read with the settings of a Swedish deployment
(``phone_region="SE"``: :data:`tests.unit.text.invented_residents.DEPLOYMENT_REGIONS`). Blocks
as in ``invented_residents_21.txt``.

Before the session's mends 3 were spam by the engine alone (3 with the starter model, 3 with
the starter and the encoder); after them none. Read with the default (United States) settings,
where a Swedish number is one written for callers abroad, 4 were (4, 4), after them 1 (1, 1):
the swimming club's job offer, "180 kr i timmen" and a Swedish number in 20 words, which a US
deployment rightly reads as a job sold from abroad. The mends (tests below):

- a side taken in Swedish, Norwegian, Danish, Bosnian, Croatian or Serbian ("Stöd
  hyresgästerna", "Vi stödjer", "støtter", "Podrška za bazen") beside a link is the resident's
  verdict, not a bare link (``verdict.SIDES``, ``verdict.SIDE_WORDS``), as "Support." is;
- a residents' association named by its noun ("Föreningen", "Ururka", "Udruženje",
  "Stowarzyszenie", "Derneği", "جمعية", "انجمن", "کۆمەڵەی", "громада") holds its lessons on its
  days as a congregation does, and the days of the week of Swedish, Norwegian, Danish, Somali,
  Turkish, Bosnian and Sorani Kurdish are read (``events``): "Ururka Haweenka ... casharro
  dabaal oo bilaash ah ... Axadda" (free swimming lessons for mothers on Sundays) is an event,
  its "free" the entry's.

The older files' known ones (res27's repair shop's free check, the plumber's "sin compromiso",
res28's list) share no general reading these mends give: none is cleared.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.text.spam import Behaviour, SpamSettings, score
from intake.text.spam.events import hosts_an_event, names_a_day_or_time
from intake.text.spam.verdict import names_a_side
from tests.unit.text.invented_residents import InventedResidentsFile, settings_for

ROWS = Path(__file__).with_name("invented_residents_29.txt")
SE = SpamSettings(phone_region="SE")


class TestTheSessionsResidents(InventedResidentsFile):
    rows = ROWS
    least = 170
    still_flagged_with_starter = (
        # Session 30: the starter model retrained with -52 and -53 (job adverts paid by the hour
        # among their spam) reads a Tigrinya notice of the municipality's summer jobs (105 kronor
        # an hour, its page's link) p=0.916; the rules alone read 0.62 (a sum beside a link).
        "ናይ ሓጋይ ስራሕ ንመንእሰያት 15-18 ዓመት፡",
    )


def test_the_file_is_read_as_a_swedish_deployment_reads_it() -> None:
    assert settings_for(ROWS).phone_region == "SE"
    assert settings_for(ROWS.with_name("invented_residents_28.txt")) == SpamSettings()


RENT = ("Kommunstyrelsen: Hyreshöjningen på Granvägen efter stambytet",)
POOL = ("Kultur- och fritidsnämnden: Badhuset i Västby och nya öppettider",)


@pytest.mark.parametrize(
    "text",
    [
        "Stöd hyresgästerna!",
        "Vi stödjer förslaget.",
        "Jeg støtter planen.",
        "Vi støtter beboerne",
        "Podrška za bazen",
        "Podržavam novi plan.",
    ],
)
def test_a_side_in_scandinavian_and_bosnian(text: str) -> None:
    assert names_a_side(text)


@pytest.mark.parametrize(
    "text", ["Billiga lån utan UC", "Jeftini krediti", "Check this out", "Posjetite našu stranicu"]
)
def test_no_side(text: str) -> None:
    assert not names_a_side(text)


@pytest.mark.parametrize(
    ("body", "context"),
    [
        ("Stöd hyresgästerna på Granvägen: granvagen.example.org", RENT),
        ("Podrška za badhuset: spasimo.example.org", POOL),
    ],
)
def test_a_line_of_support_with_a_site_is_a_resident(body: str, context: tuple[str, ...]) -> None:
    assert not score(body, Behaviour(item_context=context), SE).is_spam


@pytest.mark.parametrize(
    "body", ["Billiga lån utan UC: snabblan.example.org", "Check this out: mysite.example.org"]
)
def test_a_bare_link_without_a_side_still_is_spam(body: str) -> None:
    assert score(body, Behaviour(item_context=RENT), SE).is_spam


@pytest.mark.parametrize(
    "text",
    [
        "Kvinnoföreningen Västby ordnar simlektioner på söndagar.",
        "Föreningen har öppet hus på lördag.",
        "Ururka Waalidiinta waxay bixiyaan casharro xisaab Sabtida.",
        "Udruženje nudi časove plivanja subotom.",
        "Stowarzyszenie zaprasza w sobotę o 10:00.",
        "Mahalle derneği cumartesi kahvaltı veriyor.",
        "جمعية الجالية توزع الخضار يوم السبت.",
        "کۆمەڵەی کوردی شەممە وانە دەدات.",
    ],
)
def test_an_association_on_its_day_hosts_an_event(text: str) -> None:
    assert hosts_an_event(text)


@pytest.mark.parametrize(
    "text", ["på lördagar", "Axadda", "Jimcaha", "cumartesi", "subotom", "nedjeljom", "søndag"]
)
def test_the_days_of_the_district_s_languages(text: str) -> None:
    assert names_a_day_or_time(text)


@pytest.mark.parametrize(
    "text",
    [
        # No association: a firm's offer on a day is no event.
        "Firma Snabbfix erbjuder billiga lån på lördagar.",
        # An association with no day.
        "Ururka waxay bixiyaan casharro bilaash ah.",
        # "pazar" is also a market, "Sabtidii" no day the reading knows.
        "Pazar yerinde taze sebze.",
    ],
)
def test_no_event(text: str) -> None:
    assert not hosts_an_event(text)


def test_an_associations_free_lessons_on_its_day_are_a_resident() -> None:
    body = (
        "Ururka Waalidiinta Soomaaliyeed waxay bixiyaan casharro xisaab oo bilaash ah carruurta "
        "Sabtida. Nala soo xiriir 070-174 06 91."
    )
    assert not score(body, Behaviour(item_context=POOL), SE).is_spam


def test_an_associations_loan_with_its_sum_still_is_spam() -> None:
    """The event reading spares the entry's "free", not a sum offered beside a contact."""
    body = "Ururka waxay bixiyaan amaah degdeg ah Sabtida, $500, nala soo xiriir 070-174 06 93."
    assert score(body, Behaviour(item_context=POOL), SE).is_spam
