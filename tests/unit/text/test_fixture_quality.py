"""The labelled corpus, in arrival order, through the reference labeller.

Run with ``pytest -s`` to see the figures.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from tests.unit.text.fixture_corpus import Run, labelled


@pytest.fixture(scope="module")
def run() -> Run:
    return labelled()


def _members(run: Run) -> dict[str, list[int]]:
    out: defaultdict[str, list[int]] = defaultdict(list)
    for rec in run.records:
        if rec["truth"]["kind"] == "form_letter":
            out[rec["truth"]["campaign"]].append(rec["id"])
    return dict(out)


def _majority_campaign(run: Run, ids: list[int]) -> int | None:
    votes = Counter(run.labels[i].campaign_id for i in ids if run.labels[i].kind == "form_letter")
    return votes.most_common(1)[0][0] if votes else None


def test_figures_and_campaign_mapping(run: Run) -> None:
    members = _members(run)
    mapping = {truth: _majority_campaign(run, ids) for truth, ids in members.items()}
    hits = total = 0
    print("\ncampaign            members  recall  purity  predicted")
    for truth, ids in sorted(members.items()):
        predicted = mapping[truth]
        got = sum(
            1 for i in ids if run.labels[i].campaign_id == predicted and predicted is not None
        )
        labelled_as = [r["id"] for r in run.records if run.labels[r["id"]].campaign_id == predicted]
        purity = got / len(labelled_as) if labelled_as else 0.0
        print(f"{truth:<20}{len(ids):>7}  {got / len(ids):>6.3f}  {purity:>6.3f}  {predicted}")
        hits += got
        total += len(ids)
    predicted_fl = [r for r in run.records if run.labels[r["id"]].kind == "form_letter"]
    correct = sum(
        1
        for r in predicted_fl
        if r["truth"]["kind"] == "form_letter"
        and run.labels[r["id"]].campaign_id == mapping[r["truth"]["campaign"]]
    )
    recall = hits / total
    precision = correct / len(predicted_fl)
    print(
        f"form-letter recall {recall:.3f}  precision {precision:.3f}  ({len(run.records)} comments)"
    )

    assert recall >= 0.95
    for truth, ids in members.items():
        assert mapping[truth] is not None, truth
        got = sum(1 for i in ids if run.labels[i].campaign_id == mapping[truth])
        assert got / len(ids) >= 0.95, truth
    predicted_ids = [p for p in mapping.values() if p is not None]
    assert len(predicted_ids) == len(set(predicted_ids)), "two true campaigns share a campaign id"
    for truth, ids in members.items():
        others = {run.labels[i].campaign_id for i in ids} - {mapping[truth], None}
        assert not others, f"{truth} split over campaigns {others}"


def test_no_unique_comment_is_labelled_form_letter(run: Run) -> None:
    wrong = [
        r["id"]
        for r in run.records
        if r["truth"]["kind"] == "unique" and run.labels[r["id"]].kind == "form_letter"
    ]
    uniques = sum(1 for r in run.records if r["truth"]["kind"] == "unique")
    print(f"\nunique comments: {uniques}, labelled form_letter: {len(wrong)}")
    assert wrong == []


def test_duplicates_point_at_the_original(run: Run) -> None:
    for rec in run.records:
        if rec["truth"]["kind"] == "duplicate":
            label = run.labels[rec["id"]]
            assert label.kind == "duplicate"
            assert label.duplicate_of == rec["truth"]["duplicate_of"]


def test_the_aaln_letter_stays_unique(run: Run) -> None:
    aaln = next(r for r in run.records if "Asian American Liberation Network" in r["body"])
    assert run.labels[aaln["id"]].kind == "unique"
