"""Round 20: what the learned spam model adds on a spam set it never saw, leave-one-set-out.

    .venv/bin/python benchmarks/labelling_quality.py --no-peers --corpora C --dump /tmp/d.jsonl
    .venv/bin/python benchmarks/spam_learned_loso.py --dump /tmp/d.jsonl --corpora C

For each spam set H among ``--corpora``, a model is trained (``learned.train``, as ``intake spam
train`` does from staff decisions) on every other spam set's truth, and its evidence
(``scoring.learned_evidence``) is added by noisy-OR to each comment's score in the dump, as
``scoring.score`` adds it (not to a form letter without noise, whose content is not counted):
H's spam caught and legitimate comments flagged before and after, and the legitimate comments
of the other corpora (real dockets, fixture, generated, burst) the model would flag. Reading the
dump instead of labelling again keeps it to seconds; ``labelling_quality.py --train-on`` gives
the same figures through the service for one H (round 20 in docs/spam.md checked it on
``spam-heldout-13``). The model here is one trained on other deployments' decisions, a starter
model; ``labelling_quality.py --staff-first K`` measures the per-deployment path.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelling_quality import REAL_DOCKETS, Corpus, load_corpus

from intake.text.spam import learned
from intake.text.spam.scoring import learned_evidence
from intake.text.spam.settings import SpamSettings

BLIND = frozenset({"spam-heldout-14", "spam-heldout-15"})
"""Sets still read blind by the lead: refused, never opened."""


def read_dump(path: Path) -> dict[tuple[str, int], dict[str, Any]]:
    rows = (json.loads(line) for line in path.open(encoding="utf-8"))
    return {(row["corpus"], row["index"]): row for row in rows}


def labelled_spam(row: dict[str, Any], body: str, model: learned.LearnedModel) -> bool:
    """The comment's label with the model's evidence added to its dumped score."""
    settings = SpamSettings()
    if row["kind"] == "spam":
        return True
    if row["kind"] == "form_letter":
        return False  # a form letter's content is not counted unless it is noise
    found = learned_evidence(body, model, settings)
    if not found:
        return False
    score = 1.0 - (1.0 - (row["spam_score"] or 0.0)) * (1.0 - found[0].weight)
    return score >= settings.threshold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, required=True)
    parser.add_argument("--corpora", required=True)
    args = parser.parse_args()
    if BLIND & set(args.corpora.split(",")):
        parser.error(f"{', '.join(sorted(BLIND))} is blind: leave it out of --corpora")
    dumped = read_dump(args.dump)
    corpora = [c for n in args.corpora.split(",") if (c := load_corpus(n, REAL_DOCKETS))]
    spam_sets = [c for c in corpora if c.name.startswith("spam-")]
    others = [c for c in corpora if not c.name.startswith("spam-")]
    totals = [0, 0, 0, 0]
    for held in spam_sets:
        model = learned.train(
            learned.Example(r.body, r.spam) for c in spam_sets if c is not held for r in c.records
        )
        before, after, flagged = score_set(held, dumped, model)
        elsewhere = sum(score_set(c, dumped, model)[2] for c in others)
        spam = sum(r.spam for r in held.records)
        print(
            f"{held.name:<18} spam caught {before:>3} -> {after:>3} of {spam:>3}, "
            f"legit flagged {flagged}, other corpora's legit flagged {elsewhere}"
        )
        for n, value in enumerate((before, after, spam, flagged + elsewhere)):
            totals[n] += value
    print(f"all sets: {totals[0]} -> {totals[1]} of {totals[2]}, legit flagged {totals[3]}")


def score_set(
    corpus: Corpus, dumped: dict[tuple[str, int], dict[str, Any]], model: learned.LearnedModel
) -> tuple[int, int, int]:
    """Spam caught by the engine, spam caught with the model, legitimate flagged with it."""
    before = after = flagged = 0
    for index, record in enumerate(corpus.records):
        row = dumped[(corpus.name, index)]
        now = labelled_spam(row, record.body, model)
        if record.spam:
            before += row["kind"] == "spam"
            after += now
        else:
            flagged += now
    return before, after, flagged


if __name__ == "__main__":
    main()
