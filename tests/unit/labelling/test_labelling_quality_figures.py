"""The figures benchmarks/labelling_quality.py prints, checked on a corpus small enough to count by
hand, and its two peers on texts whose clusters are obvious."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.benchmark_modules import load_benchmark


@pytest.fixture(scope="module")
def quality() -> ModuleType:
    return load_benchmark("labelling_quality")


def test_figures_by_hand(quality: ModuleType) -> None:
    record, prediction = quality.Record, quality.Prediction
    records = [
        record(
            "i",
            "a1",
            "x",
            campaign="A",
            tier="core",
            personal="my own words",
            has_personal_truth=True,
        ),
        record("i", "a2", "x", campaign="A", tier="core", has_personal_truth=True),
        record("i", "a3", "x", campaign="A", tier="heavy", has_personal_truth=True),
        record("i", "b1", "x", campaign="B", tier="core"),
        record("i", "b2", "x", campaign="B", tier="core"),
        record("i", "u1", "x"),
        record("i", "s1", "x", spam=True),
    ]
    predictions = [
        prediction("c1", spam=False, personal="my own words here", kind="form_letter"),
        prediction("c1", spam=False, personal=None, kind="form_letter"),
        prediction(None, spam=False),  # the heavy copy missed
        prediction("c1", spam=False, kind="form_letter"),  # B merged into A's campaign
        prediction("c1", spam=False, kind="form_letter"),
        prediction("c1", spam=False, kind="form_letter"),  # a unique labelled form letter
        prediction(None, spam=True),
    ]
    corpus = quality.Corpus("t", {"i": "title"}, records)
    out = quality.figures(corpus, quality.Run("intake", predictions, 0.7))
    assert out["recall_core"] == "1.000 (4/4)"  # A's and B's copies are both in c1, their map
    assert out["recall_heavy"] == "0.000 (0/1)"
    assert out["precision"] == "0.800"  # 4 of the 5 labelled form letter belong there
    assert out["unique_form"] == "1 of 1"
    assert out["split"] == "0 of 2"
    assert out["merged"] == "1"
    # B-cubed over the 6 non-spam: c1 holds a1 a2 b1 b2 u1; truth A={a1,a2,a3}, B={b1,b2}, {u1}
    precision = (2 / 5 * 2 + 2 / 5 * 2 + 1 / 5 + 1) / 6
    recall = (2 / 3 * 2 + 1 / 3 + 1 + 1 + 1) / 6
    assert out["bcubed"] == f"{2 * precision * recall / (precision + recall):.3f}"
    assert out["personal"] == f"{2 * 3 / (4 + 3):.3f}"  # a1 and a2 scored; 3 tokens shared
    assert out["spam"] == "1 of 1"
    assert out["legit"] == "0 of 6"
    assert out["ms"] == "100.0"


def test_peers_cluster_copies_and_leave_others_alone(quality: ModuleType) -> None:
    letter = (
        "Please keep the branch library open on weekends because families with working parents "
        "have no other time to bring their children to story hour and borrow books together."
    )
    records = [
        quality.Record("i", letter, "a", campaign="L"),
        quality.Record("i", "An entirely different remark about parking meters downtown.", "b"),
        quality.Record("i", letter.replace("Please", "Kindly"), "c", campaign="L"),
        quality.Record("j", letter, "d", campaign="L2"),  # another item: never joined
    ]
    corpus = quality.Corpus("t", {"i": "x", "j": "y"}, records)
    for run in (quality.run_minhash(corpus), quality.run_jaccard(corpus)):
        clusters = [p.cluster for p in run.predictions]
        assert clusters[0] is not None and clusters[0] == clusters[2], run.labeller
        assert clusters[1] is None and clusters[3] is None, run.labeller


def test_burst_corpus_campaigns_stay_apart(quality: ModuleType) -> None:
    """The burst corpus (what benchmarks/burst.py posts) through the engine: its two zoning
    campaigns share an opening and one more sentence and once merged into one (547 + 418
    copies). Its first posts, labelled in arrival order, must give four campaigns, none merged
    (the merge showed within the first 60 posts)."""
    from intake.text.reference import ReferenceLabeller

    corpus = quality.burst(400)
    labeller = ReferenceLabeller()
    for n, record in enumerate(corpus.records):
        labeller.add(n, record.body, person=record.email)
    predictions = [
        quality.Prediction(
            cluster=f"c{labeller.labels[n].campaign_id}"
            if labeller.labels[n].campaign_id is not None
            else None
        )
        for n in range(len(corpus.records))
    ]
    out = quality.figures(corpus, quality.Run("reference", predictions, 1.0))
    assert out["merged"] == "0"
    assert out["split"] == "0 of 4"
    assert out["unique_form"].startswith("0 of ")


@pytest.mark.parametrize("split", ["tune", "report"])
def test_the_generators_personal_paragraphs_are_each_senders_own(
    quality: ModuleType, split: str
) -> None:
    """A sentence many people send word for word is no one's own words (issue 14 item 2's rule),
    so the truth may not call it personal: each sender's paragraph is composed for them. What the
    campaign tool offered (an optional paragraph, a placeholder, an instruction line) is in many
    copies and its truth is template."""
    import re
    from collections import Counter

    rows = quality.quality_corpus.generate(split)
    told = Counter(
        sentence
        for row in rows
        if row["truth"]["personal"]
        for sentence in re.split(r"(?<=[.!?])\s+", row["truth"]["personal"])
    )
    assert len(told) > 100
    assert told.most_common(1)[0][1] == 1
    offered = [
        *quality.quality_corpus.CAMPAIGN_OPTIONAL.values(),
        *quality.quality_corpus.SCAFFOLDING,
    ]
    for line in offered:
        carrying = [row for row in rows if line in row["body"]]
        assert carrying, line
        assert not any(line in (row["truth"]["personal"] or "") for row in carrying)


def test_every_default_corpus_that_is_a_file_in_the_tree_loads(quality: ModuleType) -> None:
    """A corpus named in ``ALL_CORPORA`` has a loader, and the fixture files and generators of
    this repository load (the real dockets and the burst corpus are read from outside it)."""
    outside = {"titleix", "epa", "burst"}
    for name in quality.ALL_CORPORA.split(","):
        if name in outside:
            continue
        corpus = quality.load_corpus(name, quality.ROOT / "no-real-dockets-here")
        assert corpus is not None and corpus.records, name
