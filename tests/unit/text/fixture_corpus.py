"""Loads the labelled corpus and runs it through the reference labeller (shared by tests)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from intake.text.reference import Label, ReferenceLabeller
from tests.paths import FIXTURES

CORPUS = FIXTURES / "labelling" / "comments.jsonl"


def load() -> list[dict[str, Any]]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@dataclass(frozen=True)
class Run:
    records: list[dict[str, Any]]
    labels: dict[int, Label]


@lru_cache(maxsize=1)
def labelled() -> Run:
    records = load()
    labeller = ReferenceLabeller()
    for rec in records:
        labeller.add(rec["id"], rec["body"], rec["submitter"]["email"], rec["item"])
    return Run(records, dict(labeller.labels))
