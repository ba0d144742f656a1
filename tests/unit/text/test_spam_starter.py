"""The starter spam model shipped in the package: the committed file is what the build command
makes from the spent spam sets, it reads as a starter (words, its own evidence, no ham texts),
and a model stored before it existed still reads as a deployment's own."""

from __future__ import annotations

import gzip
import json

import pytest

from intake.text.spam import learned, starter
from tests.benchmark_modules import load_benchmark


def test_committed_starter_model_is_current() -> None:
    """Rebuild with: .venv/bin/python benchmarks/spam_starter.py"""
    build = load_benchmark("spam_starter")
    committed = gzip.decompress(starter.STARTER_PATH.read_bytes())
    assert committed == gzip.decompress(starter.build(build.examples())), (
        "intake/text/spam/starter_model.json.gz is stale: run "
        "`.venv/bin/python benchmarks/spam_starter.py`"
    )


def test_the_starter_is_built_from_spent_spam_sets_only() -> None:
    build = load_benchmark("spam_starter")
    assert build.SPAM_SETS and all(n.startswith("spam-") for n in build.SPAM_SETS)
    assert not set(build.SPAM_SETS) & build.BLIND


def test_the_shipped_model_reads_as_a_starter() -> None:
    model = starter.starter_model()
    assert model is not None and model.starter and model.words
    assert model.evidence_ngrams == starter.EVIDENCE_NGRAMS
    assert not model.ham_keys  # the fixtures' texts are not a deployment's decisions
    assert model.probability("Claim casino free spins tonight, new players win the jackpot") > 0.99
    assert (
        model.probability("Please repave Freeport Boulevard, the potholes damage our cars.") < 0.5
    )


def test_a_model_stored_before_session_15_reads_as_a_deployments_own() -> None:
    model = learned.train(
        [learned.Example("free casino spins bonus", True), learned.Example("fix the road", False)]
    )
    document = json.loads(model.to_json())
    for field in ("evidence_ngrams", "words", "starter"):
        del document[field]
    old = learned.LearnedModel.from_json(json.dumps(document).encode())
    assert not old.starter and not old.words
    assert old.evidence_ngrams == learned.EVIDENCE_NGRAMS
    assert old == model


def test_word_features_are_kept_apart_from_character_ngrams() -> None:
    found = learned._features("free spins now", words=True)
    assert {"w free", "w spins", "w free spins", "w spins now"} <= found
    assert learned._features("free spins now", words=False) == learned.ngrams("free spins now")


def test_a_stored_model_with_malformed_flags_is_refused() -> None:
    model = learned.train(
        [learned.Example("free casino spins bonus", True), learned.Example("fix the road", False)]
    )
    document = json.loads(model.to_json())
    document["words"] = "false"
    with pytest.raises(ValueError, match="flags"):
        learned.LearnedModel.from_json(json.dumps(document).encode())
