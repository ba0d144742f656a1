"""The four held-apart spam sets of session 16 (``spam-heldout-24`` .. ``-27``): their shape, and
that labelling_quality.py reads them on their items. They were written by outsiders to the brief
of sets 8 and 9, each for one seat (an Upper-Midwest city, a South Florida city, a Canadian border
city, a New Jersey township), so they answer to those sets' checks with their own counts. Only the
fixtures are checked: the engine's results on them are never asserted, so that nobody tunes on
them through a test."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

import pytest

from tests.unit.labelling import test_spam_heldout_5_and_6 as earlier_sets
from tests.unit.labelling import test_spam_heldout_8_and_9 as sets_8_and_9
from tests.unit.labelling import test_spam_heldout_10 as sets_10_to_12

# A year-led reference ("2026-140", "20261204-771") or an amount in thousands ("4 500 000").
NOT_A_PHONE = re.compile(r"\(?20\d\d\D|\(?20\d{6}|\d{1,3}(?: \d{3})+$")

SETS = [
    earlier_sets.HeldoutSet(24, spam=111, ham=111, items=6, languages=12),
    earlier_sets.HeldoutSet(25, spam=110, ham=110, items=6, languages=9),
    earlier_sets.HeldoutSet(26, spam=113, ham=112, items=6, languages=11),
    earlier_sets.HeldoutSet(27, spam=114, ham=114, items=6, languages=11),
]


@pytest.fixture(scope="module", params=SETS, ids=lambda s: s.corpus)
def heldout(request: pytest.FixtureRequest) -> earlier_sets.HeldoutSet:
    held: earlier_sets.HeldoutSet = request.param
    return held


@pytest.fixture(scope="module")
def rows(heldout: earlier_sets.HeldoutSet) -> list[dict[str, Any]]:
    return heldout.rows()


quality = earlier_sets.quality

test_rows_have_the_format_and_counts = earlier_sets.test_rows_have_the_format_and_counts
test_rows_spread_over_items_and_kinds = earlier_sets.test_rows_spread_over_items_and_kinds
test_labelling_quality_reads_it_on_its_items = (
    earlier_sets.test_labelling_quality_reads_it_on_its_items
)
test_every_item_has_each_side_in_several_languages = (
    sets_8_and_9.test_every_item_has_each_side_in_several_languages
)
test_residents_link_only_to_example_domains = (
    sets_10_to_12.test_residents_link_only_to_example_domains
)
test_spam_links_are_made_up_domains = sets_10_to_12.test_spam_links_are_made_up_domains


def test_english_leads_and_every_language_is_on_both_sides(
    heldout: earlier_sets.HeldoutSet, rows: list[dict[str, Any]]
) -> None:
    """A language alone tells nothing: each is on both sides. Languages without an ISO 639-1 code
    (Hmong, Karen, Ilocano) share ``und`` with keyboard mashes, which are spam only. The region's
    own language (English but for set 56's German) is the largest share, and not all of it."""
    spam = Counter(r["lang"] for r in rows if r["truth"] == "spam")
    ham = Counter(r["lang"] for r in rows if r["truth"] == "ham")
    assert set(spam) - {"und"} == set(ham) - {"und"}
    assert len(ham) >= heldout.languages
    for counts in (spam, ham):
        assert counts[heldout.local] == counts.most_common(1)[0][1] < sum(counts.values())


def test_contact_details_are_fictitious(rows: list[dict[str, Any]]) -> None:
    """Residents' e-mail addresses use the reserved example domains (spammers' are made up); a
    phone number is a 555 number in whatever digits and spacing it is written ("5.5.5.0.1.1.2",
    Bengali digits); ordinance numbers, years and amounts look like phone numbers and are not."""
    for row in rows:
        for domain in earlier_sets.EMAIL.findall(row["body"]):
            assert row["truth"] == "spam" or sets_10_to_12.EXAMPLE_DOMAIN.search(domain.lower())
        for number in earlier_sets.PHONE.findall(row["body"]):
            digits = "".join(str(unicodedata.digit(c)) for c in number if c.isdigit())
            assert "555" in digits or NOT_A_PHONE.match(number), number
