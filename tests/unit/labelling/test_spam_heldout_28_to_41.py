"""The held-apart spam sets written in sessions 16 to 20 (``spam-heldout-28``, a Pacific
Northwest port city; ``-29``, a Texas Gulf Coast county; ``-30``, a Mountain West city; ``-31``,
a New England town; ``-32``, a Great Plains county; ``-33``, a Hawaiian county; ``-34``, a
Louisiana parish; ``-35``, a New Mexico city; ``-36``, a California Central Valley county;
``-37``, an Appalachian small city; ``-38``, a New England mill city; ``-39``, a metro Atlanta
county; ``-40``, a Great Plains city; ``-41``, a Brooklyn community board; ``-42``, a Detroit-area Michigan city; ``-43``, an Alaska municipality; ``-44``, an Orange County city; ``-45``, an upstate New York city; ``-46``, a Cook County village; ``-47``, a Las Vegas Valley city): their shape, and that labelling_quality.py reads them on
their items. They answer to the checks of sets 24 to 27 with their own counts; languages without
an ISO 639-1 code take their ISO 639-3 code (Nigerian Pidgin ``pcm``, Cape Verdean Creole
``kea``, Low German ``nds``, K'iche' ``quc``, Hawai'i Creole ``hwc``, Ilocano ``ilo``, Chuukese
``chk``, Louisiana Creole ``lou``, Zuni ``zun``, Hopi ``hop``, Hmong ``hmn``, Mixtec ``mix``,
Dari ``prs``, S'gaw Karen ``ksw``).
Only the fixtures are checked: the engine's results on them are never asserted, so that nobody
tunes on them through a test."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pytest

from tests.unit.labelling import test_spam_heldout_5_and_6 as earlier_sets
from tests.unit.labelling import test_spam_heldout_10 as sets_10_to_12
from tests.unit.labelling import test_spam_heldout_24_to_27 as sets_24_to_27

# One digit held down ("1111111111") or two struck in turn ("12121212"), as a keyboard mash
# types them.
ONE_KEY_HELD = re.compile(r"(\d)\1{9}$|(\d\d)\2{3,}$")
# A reference stamped with its date, month or day first ("12082026-1190", session 23).
DATED_REFERENCE = re.compile(r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|[12]\d|3[01])20[2-3]\d-\d+$")
# An amount with dots or commas between its thousands ("2.800.000").
AMOUNT = re.compile(r"\d{1,3}(?:[.,]\d{3})+$")
# A date written day, month, year ("14-12-2026", set 58), and a range of round sums ("4000-7000",
# set 59): shapes a phone finder reads, that are no phone.
DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)\d\d$")
ROUND_RANGE = re.compile(r"\d{1,3}0{2,}\s?[-–]\s?\d{1,3}0{2,}$")

SETS = [
    earlier_sets.HeldoutSet(28, spam=110, ham=110, items=6, languages=11),
    earlier_sets.HeldoutSet(29, spam=112, ham=112, items=6, languages=12),
    earlier_sets.HeldoutSet(30, spam=116, ham=116, items=6, languages=10),
    earlier_sets.HeldoutSet(31, spam=110, ham=110, items=6, languages=9),
    earlier_sets.HeldoutSet(32, spam=110, ham=110, items=6, languages=10),
    earlier_sets.HeldoutSet(33, spam=114, ham=108, items=6, languages=11),
    earlier_sets.HeldoutSet(34, spam=111, ham=110, items=6, languages=11),
    earlier_sets.HeldoutSet(35, spam=113, ham=108, items=6, languages=11),
    earlier_sets.HeldoutSet(36, spam=110, ham=110, items=6, languages=11),
    earlier_sets.HeldoutSet(37, spam=111, ham=114, items=6, languages=11),
    earlier_sets.HeldoutSet(38, spam=111, ham=111, items=6, languages=10),
    earlier_sets.HeldoutSet(39, spam=112, ham=110, items=6, languages=11),
    earlier_sets.HeldoutSet(40, spam=113, ham=112, items=6, languages=11),
    earlier_sets.HeldoutSet(41, spam=110, ham=110, items=6, languages=11),
    earlier_sets.HeldoutSet(42, spam=114, ham=114, items=6, languages=11),
    earlier_sets.HeldoutSet(43, spam=115, ham=115, items=6, languages=11),
    earlier_sets.HeldoutSet(44, spam=114, ham=112, items=6, languages=11),
    earlier_sets.HeldoutSet(45, spam=117, ham=115, items=6, languages=11),
    earlier_sets.HeldoutSet(46, spam=111, ham=111, items=6, languages=11),
    earlier_sets.HeldoutSet(47, spam=111, ham=111, items=6, languages=11),
    earlier_sets.HeldoutSet(48, spam=114, ham=114, items=6, languages=11),
    earlier_sets.HeldoutSet(49, spam=113, ham=113, items=6, languages=11),
    earlier_sets.HeldoutSet(50, spam=114, ham=114, items=6, languages=11),
    earlier_sets.HeldoutSet(51, spam=114, ham=114, items=6, languages=12),
    earlier_sets.HeldoutSet(52, spam=114, ham=114, items=6, languages=11),
    earlier_sets.HeldoutSet(53, spam=114, ham=114, items=6, languages=11),
    earlier_sets.HeldoutSet(54, spam=114, ham=114, items=6, languages=11),
    earlier_sets.HeldoutSet(55, spam=114, ham=114, items=6, languages=13),
    earlier_sets.HeldoutSet(56, spam=114, ham=114, items=6, languages=12, local="de"),
    earlier_sets.HeldoutSet(57, spam=112, ham=112, items=6, languages=11),
    earlier_sets.HeldoutSet(58, spam=114, ham=114, items=6, languages=11, local="nl"),
    earlier_sets.HeldoutSet(59, spam=112, ham=112, items=6, languages=11),
    earlier_sets.HeldoutSet(60, spam=114, ham=114, items=6, languages=11, local="fr"),
    earlier_sets.HeldoutSet(61, spam=116, ham=116, items=6, languages=12),
    earlier_sets.HeldoutSet(62, spam=114, ham=114, items=6, languages=12, local="nl"),
    earlier_sets.HeldoutSet(63, spam=114, ham=114, items=6, languages=11),
]


@pytest.fixture(scope="module", params=SETS, ids=lambda s: s.corpus)
def heldout(request: pytest.FixtureRequest) -> earlier_sets.HeldoutSet:
    held: earlier_sets.HeldoutSet = request.param
    return held


@pytest.fixture(scope="module")
def rows(heldout: earlier_sets.HeldoutSet) -> list[dict[str, Any]]:
    return heldout.rows()


quality = earlier_sets.quality

test_rows_have_the_format_and_counts = sets_24_to_27.test_rows_have_the_format_and_counts
test_rows_spread_over_items_and_kinds = sets_24_to_27.test_rows_spread_over_items_and_kinds
test_labelling_quality_reads_it_on_its_items = (
    sets_24_to_27.test_labelling_quality_reads_it_on_its_items
)
test_every_item_has_each_side_in_several_languages = (
    sets_24_to_27.test_every_item_has_each_side_in_several_languages
)
test_spam_links_are_made_up_domains = sets_24_to_27.test_spam_links_are_made_up_domains
test_english_leads_and_every_language_is_on_both_sides = (
    sets_24_to_27.test_english_leads_and_every_language_is_on_both_sides
)


def test_contact_details_are_fictitious(rows: list[dict[str, Any]]) -> None:
    """As for sets 24 to 27 (e-mail on example domains, or a scam's own address quoted by a
    resident who warns of it, phones 555 numbers, years and amounts
    not phones, amounts with dots between thousands too), and shapes that only look like phone
    numbers: a case reference or a file name glued to its prefix ("#TX-58812-4471",
    "permit-ks0091234.pdf"), an error code in hex ("0x80070424"), one digit held down in a
    keyboard mash, a reference stamped with its date ("12082026-1190"), a number in a link's path, and a spammer's 555 number spaced out so that a phone finder reads past it
    ("555 . 0162 (617 area)")."""
    for row in rows:
        body = row["body"]
        for domain in earlier_sets.EMAIL.findall(body):
            # A resident warning others may quote the scam's own address (session 23).
            warning = any(w in f"{row['kind']} {row['note']}".lower() for w in ("warn", "scam"))
            assert (
                row["truth"] == "spam"
                or sets_10_to_12.EXAMPLE_DOMAIN.search(domain.lower())
                or warning
            )
        for match in earlier_sets.PHONE.finditer(body):
            number = match.group(0)
            digits = "".join(str(unicodedata.digit(c)) for c in number if c.isdigit())
            before = body[max(0, match.start() - 8) : match.start()]
            in_link = before.endswith("/")  # a link's path ("/case/57-11902", session 23)
            reference = before.endswith(("-", "0x")) or before[-1:].isalpha() or in_link
            spaced_out = row["truth"] == "spam" and "555" in before  # "555 . 0162 (617 area)"
            code_section = CODE_SECTION.fullmatch(number.strip())  # "17.28.040", session 22
            dated = DATED_REFERENCE.match(number.strip())
            date_or_range = DATE.match(number.strip()) or ROUND_RANGE.match(number.strip())
            named = NAMED_REFERENCE.search(body[max(0, match.start() - 20) : match.start()])
            assert (
                "555" in digits
                or sets_24_to_27.NOT_A_PHONE.match(number)
                or ONE_KEY_HELD.match(digits)
                or AMOUNT.match(number)
                or reference
                or spaced_out
                or code_section
                or dated
                or date_or_range
                or named
            ), number


# A number named as a reference just before it ("Infringement 4410-2287", session 24), a
# bill of a legislature ("HB 913 (2025)", set 50), or a code's section ("§14-303(12)", set 54).
NAMED_REFERENCE = re.compile(
    r"(?:infringement|reference|ref\.?|invoice|case|application|bill|[HS]B|§)\s*#?\s*$", re.I
)

# A section of a municipal code, title.chapter.section ("17.28.040"): no phone is split 2.2.3.
CODE_SECTION = re.compile(r"\d{1,2}\.\d{2}\.\d{3}")

# IANA holds example.edu as it holds example.com ("laborstudies.example.edu", set 49).
EXAMPLE_EDU = re.compile(r"(?:^|\.)example\.edu$")

# A public agency's own site (``www.fema.gov``, ``www.legislature.mi.gov``): no one's address.
GOVERNMENT_HOST = re.compile(r"(?:^|\.)gov$")


def test_residents_link_only_to_example_or_government_domains(rows: list[dict[str, Any]]) -> None:
    """As for sets 10 to 27 (a resident's petition, album or meeting link is on a reserved
    example domain), and, from set 42 on, a resident citing a public agency's page links to the
    agency's real ``.gov`` host, as residents do: a government site is nobody's personal data.
    From set 49 on, a university's page on IANA's ``example.edu``, and a resident warning of a
    scam may quote the scam's own made-up link, as residents quote its address (session 23)."""
    for row in rows:
        if row["truth"] == "ham":
            warning = any(w in f"{row['kind']} {row['note']}".lower() for w in ("warn", "scam"))
            for domain in sets_10_to_12.LINK.findall(row["body"]):
                host = domain.lower()
                assert (
                    sets_10_to_12.EXAMPLE_DOMAIN.search(host)
                    or GOVERNMENT_HOST.search(host)
                    or EXAMPLE_EDU.search(host)
                    or warning
                ), domain
