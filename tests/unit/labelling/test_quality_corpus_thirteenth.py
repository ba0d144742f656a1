"""The shape of ``benchmarks/quality_corpus_thirteenth.py`` (issue 14 item 7): deterministic for
its seed, registered in ``labelling_quality.py``, truth on every row, the campaigns its docstring
promises (an advocacy platform's wrapper with the member's name filled in, HTML remnants and
mojibake; a letter cut by a web form's 1,000-character limit with own paragraphs between and after
template paragraphs and Windows line endings; one letter in English, Chinese in two scripts and
Vietnamese as three campaigns; a printed choice left or cut and co-signer lists; a link-in-bio
tool's fill-in values and hashtags), personal truth that is in the body, resubmissions by their
sender minutes apart, distinct anonymous senders (two households sharing an e-mail are four
people) and fictional contacts. It checks the generator only, never the engine's labels on it: the
corpus is read once, blind, in session 16.
"""

from __future__ import annotations

from collections import Counter
from types import ModuleType
from typing import Any

from tests.corpus_shapes import (
    assert_anonymous_are_distinct_people,
    assert_contacts_fictional,
    assert_generates_deterministically,
    assert_registered,
    assert_resubmissions_by_their_sender,
    assert_truth_fields,
    campaign_sizes,
    corpus_fixtures,
    flat,
    members,
    resident_comments,
)

thirteenth, rows = corpus_fixtures("thirteenth")


def test_deterministic_and_registered(thirteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_generates_deterministically(thirteenth, rows, 2501, "generated-thirteenth")
    assert_registered("generated-thirteenth", rows, resubmissions=5)


def test_truth_fields_and_campaigns(thirteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_truth_fields(thirteenth, rows, 350, 450)
    assert campaign_sizes(rows) == Counter(
        {
            "parklets-civicloop": 150,
            "library-sundays": 64,
            "vendors-en": 40,
            "ashgrove-homes": 30,
            "ashgrove-neighbors": 26,
            "vendors-zh": 24,
            "vendors-vi": 5,
        }
    )
    assert campaign_sizes(rows, "heavy") == Counter(
        {
            "parklets-civicloop": 12,
            "library-sundays": 6,
            "vendors-en": 3,
            "ashgrove-homes": 3,
            "ashgrove-neighbors": 2,
        }
    )
    assert len(resident_comments(rows)) == 62
    assert sum(r["truth"]["spam"] for r in rows) == 15


def test_personal_truth_is_in_the_body(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        for paragraph in (row["truth"]["personal"] or "").split("\n\n"):
            assert flat(paragraph) in flat(row["body"]), row["body"]


def test_the_platform_wrapper_and_its_remnants(rows: list[dict[str, Any]]) -> None:
    platform = [r["body"] for r in members(rows, "parklets-civicloop")]
    assert all(b.startswith("Subject: ") for b in platform)
    assert all("This message was sent via CivicLoop" in b for b in platform)
    assert sum("Dear Council Member Okafor," in b for b in platform) >= 5
    assert sum("{{ target.last_name }}" in b for b in platform) == 3
    assert sum("&amp;" in b and ("&#8217;" in b or "&rsquo;" in b) for b in platform) >= 30
    assert sum("<p>" in b for b in platform) >= 8
    assert sum("â€™" in b for b in platform) >= 8
    with_own = [r for r in members(rows, "parklets-civicloop") if r["truth"]["personal"]]
    assert len(with_own) >= 60


def test_the_form_cuts_the_library_letter(rows: list[dict[str, Any]]) -> None:
    library = members(rows, "library-sundays")
    cut = [r for r in library if len(r["body"].replace("\r\n", "\n")) == 1000]
    assert len(cut) >= 8
    assert all(len(r["body"].replace("\r\n", "\n")) <= 1000 for r in library)
    assert sum(not r["body"].rstrip().endswith((".", "?", "!")) for r in cut) >= 6
    assert sum("\r\n" in r["body"] for r in library) >= 20
    assert sum(len(r["truth"]["personal"].split("\n\n")) >= 2 for r in library) >= 8
    shared = Counter(r["email"] for r in library if r["email"])
    households = [e for e, n in shared.items() if n == 2]
    assert len(households) == 2
    for address in households:
        names = {r["name"] for r in library if r["email"] == address}
        assert len(names) == 2


def test_one_letter_in_three_languages(rows: list[dict[str, Any]]) -> None:
    chinese = [r["body"] for r in members(rows, "vendors-zh")]
    assert sum("们" in b for b in chinese) == 7
    assert sum("們" in b for b in chinese) == 17
    vietnamese = [r["body"] for r in members(rows, "vendors-vi")]
    assert all("Chợ Đêm đường Harlan" in b for b in vietnamese)
    english = [r["body"] for r in members(rows, "vendors-en")]
    assert not any("夜市" in b or "Chợ" in b for b in english)


def test_the_choice_the_cosigners_and_the_fill_in(rows: list[dict[str, Any]]) -> None:
    neighbors = members(rows, "ashgrove-neighbors")
    assert sum("[homeowner / renter / business owner]" in r["body"] for r in neighbors) == 3
    listed = ("Also signed by", "Co-signers:", "undersigned", "Signed,", "Also on behalf of")
    signed = [r for r in neighbors if any(mark in r["body"] for mark in listed)]
    assert len(signed) == 10
    homes = members(rows, "ashgrove-homes")
    filled = [r for r in homes if "I have lived in Tessaly Point for ___" not in r["body"]]
    filled = [r for r in filled if "I have lived in Tessaly Point for" in r["body"]]
    assert len(filled) >= 15
    for row in filled:
        years = row["truth"]["personal"].split("\n\n")[0]
        assert f"for {years} years" in row["body"]
    assert sum("#HomesForTessaly" in r["body"] for r in homes) >= 5


def test_senders(thirteenth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_resubmissions_by_their_sender(rows, thirteenth.ANONYMOUS_NAMES, 5, within=8)
    assert_anonymous_are_distinct_people(
        rows,
        thirteenth.ANONYMOUS_NAMES,
        at_least=60,
        names={"Anonymous", "", "N/A", "Name withheld", "Resident", "匿名"},
        campaigns_at_least=5,
    )
    assert_contacts_fictional(rows)
