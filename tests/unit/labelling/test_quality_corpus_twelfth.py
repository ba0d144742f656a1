"""The shape of ``benchmarks/quality_corpus_twelfth.py`` (issue 14 item 7): deterministic for its
seed, registered in ``labelling_quality.py``, truth on every row, the campaigns its docstring
promises (copies through an e-mail gateway, a bilingual letter beside a Spanish-only one, a
trimmed list of demands in a mail program's bullets, a two-sentence letter sent 200 times, a
fill-in line with name and address), personal truth that is in the body, resubmissions by their
sender minutes apart, distinct anonymous senders and fictional contacts. It checks the
generator only, never the engine's labels on it: the corpus was read once, blind, in session 15.
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
)

twelfth, rows = corpus_fixtures("twelfth")


def test_deterministic_and_registered(twelfth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_generates_deterministically(twelfth, rows, 2401, "generated-twelfth")
    assert_registered("generated-twelfth", rows, resubmissions=5)


def test_truth_fields_and_campaigns(twelfth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_truth_fields(twelfth, rows, 350, 450)
    assert campaign_sizes(rows) == Counter(
        {
            "beach-mornings": 200,
            "rent-gateway": 56,
            "corridor-list": 40,
            "rent-bilingual": 30,
            "armory-neighbors": 30,
            "rent-es": 24,
        }
    )
    assert sum(r["truth"]["spam"] for r in rows) == 15


def test_personal_truth_is_in_the_body(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        for paragraph in (row["truth"]["personal"] or "").split("\n\n"):
            assert flat(paragraph) in flat(row["body"]), row["body"]


def test_the_gateways_and_the_list_are_there(rows: list[dict[str, Any]]) -> None:
    rent = [r["body"] for r in members(rows, "rent-gateway")]
    assert sum("Forwarded message" in b for b in rent) >= 10
    assert sum("\n> " in b for b in rent) >= 10
    demands = [r["body"] for r in members(rows, "corridor-list")]
    assert sum("\no  " in b for b in demands) >= 3
    armory = [r["body"] for r in members(rows, "armory-neighbors")]
    assert sum("My name is" in b for b in armory) >= 20


def test_senders(twelfth: ModuleType, rows: list[dict[str, Any]]) -> None:
    assert_resubmissions_by_their_sender(rows, twelfth.ANONYMOUS_NAMES, 5, within=12)
    assert_anonymous_are_distinct_people(
        rows,
        twelfth.ANONYMOUS_NAMES,
        at_least=100,
        names=set(twelfth.ANONYMOUS_NAMES),
        campaigns_at_least=4,
    )
    assert_contacts_fictional(rows)
