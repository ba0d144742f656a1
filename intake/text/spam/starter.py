"""The starter spam model: what a deployment uses before its staff trained one of its own.

A deployment's own model (:mod:`intake.text.spam.learned`, ``intake spam train``) exists only
after its staff decided enough comments. Until then, the service scores with this one: the same
naive Bayes, trained on the spent spam sets in ``tests/fixtures`` (every spam set written for
issue 14 and already read; never real-docket text), stored in the package as gzipped JSON and
read lazily, the first time a deployment without a model of its own labels a comment.

Built by ``.venv/bin/python benchmarks/spam_starter.py`` (a test fails when the committed file
is not what that command makes from the fixtures). It differs from a deployment's own model in
three ways, each measured leave-one-set-out in ``benchmarks/spam_learned_loso.py`` (docs/spam.md,
"Session 15: a starter model"): it reads whole words and word pairs beside character n-grams
(``WORDS``), its mean n-gram weight stands for ``EVIDENCE_NGRAMS`` pieces of evidence, and it
remembers no ham texts (they would be the fixtures', not the deployment's).

``INTAKE_SPAM_STARTER_MODEL=false`` turns it off; a model trained by ``intake spam train``
replaces it as soon as a worker next checks for one.
"""

from __future__ import annotations

import dataclasses
import gzip
import logging
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from intake.text.spam import learned

log = logging.getLogger("intake.labelling")

STARTER_PATH = Path(__file__).with_name("starter_model.json.gz")
EVIDENCE_NGRAMS = 20.0
"""Leave-one-set-out: 12 (a deployment's own) caught 32 more spam of 1,682, 20 caught 50 more,
30 flagged 8 legitimate comments; 20 keeps a margin below where residents start to be flagged."""
WORDS = True
"""Words and word pairs beside character n-grams: 13 more spam leave-one-set-out, none flagged."""
MIN_DOCUMENTS = learned.MIN_DOCUMENTS


def build(examples: Iterable[learned.Example]) -> bytes:
    """The starter model's file (gzipped JSON, the same bytes for the same examples)."""
    model = learned.train(examples, MIN_DOCUMENTS, EVIDENCE_NGRAMS, WORDS)
    model = dataclasses.replace(model, ham_keys=frozenset(), starter=True)
    return gzip.compress(model.to_json(), compresslevel=9, mtime=0)


@cache
def starter_model() -> learned.LearnedModel | None:
    """The shipped starter model, read once per process; None when its file is missing or
    cannot be read (labelling goes on without it)."""
    try:
        return learned.LearnedModel.from_json(gzip.decompress(STARTER_PATH.read_bytes()))
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        log.error("starter spam model %s cannot be read; labelling without it", STARTER_PATH)
        return None
