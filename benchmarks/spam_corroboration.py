"""Round 25: kinds of evidence that agree (:mod:`intake.text.spam.corroborate`), chosen on one
half of the spent spam sets and read on the other.

    .venv/bin/python benchmarks/labelling_quality.py --no-peers --no-starter --corpora C \\
        --dump /tmp/d.jsonl
    .venv/bin/python benchmarks/spam_corroboration.py --dump /tmp/d.jsonl --corpora C

The dump must be the engine alone (``--no-starter``) and made without corroboration
(``INTAKE_SPAM_CORROBORATED_LEARNED_WEIGHT=0``, or at a commit before round
25). For each spam set a model is trained on every other spam set's truth,
as ``spam_learned_loso.py`` does (the starter model's recipe), so that the learned evidence is
what a set nobody trained on gets; the other corpora are read with the model of every spam set.
Each comment's dumped reasons are read back as evidence, the model's evidence is added and then
the corroboration's, as ``scoring.score`` does (not for a form letter whose content does not
count). Printed: spam caught and residents flagged, before and after, with the model and with
the engine alone, on the odd-numbered spam sets (``spam-tune``, ``-3``, ``-5`` and
``spam-heldout``, ``-3``, ``-5``, ...: the half the weights were chosen on), the even-numbered
ones, and the other corpora; and the highest score a resident not flagged before reaches after.
Reading the dump keeps a weight's trial to seconds once the models are trained.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelling_quality import REAL_DOCKETS, Corpus, load_corpus
from spam_learned_loso import BLIND, read_dump, train_without

from intake.text.normalize import as_displayed
from intake.text.spam import learned
from intake.text.spam.corroborate import corroboration_evidence
from intake.text.spam.evidence import Evidence, noisy_or, safe_text
from intake.text.spam.scoring import learned_evidence
from intake.text.spam.settings import SpamSettings

REASON = re.compile(r"^(?P<detail>.*) \(\+(?P<weight>\d+\.\d\d)\)$")


def half(name: str) -> str:
    """``odd``, ``even`` (by the spam set's number; ``spam-tune-mixed`` is the second tuning
    set, a set without a number the first) or ``other`` (not a spam set)."""
    if not name.startswith("spam-"):
        return "other"
    found = re.search(r"-(\d+)$", name)
    number = int(found.group(1)) if found else (2 if name == "spam-tune-mixed" else 1)
    return "odd" if number % 2 else "even"


def content_of(row: dict[str, Any]) -> list[Evidence]:
    """The counted evidence of a dumped comment, read back from its reasons."""
    found = (REASON.match(reason) for reason in row["reasons"])
    return [Evidence(float(m["weight"]), m["detail"]) for m in found if m]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, required=True)
    parser.add_argument("--corpora", required=True)
    parser.add_argument(
        "--learned-weight", type=float, default=SpamSettings.corroborated_learned_weight
    )
    args = parser.parse_args()
    if BLIND & set(args.corpora.split(",")):
        parser.error(f"{', '.join(sorted(BLIND))} is blind: leave it out of --corpora")
    dumped = read_dump(args.dump)
    reasons = [r for row in dumped.values() for r in row["reasons"]]
    if any(r.startswith(("learned:", "corroborated:")) for r in reasons):
        parser.error("make the dump with --no-starter and without corroboration")
    corpora = [c for n in args.corpora.split(",") if (c := load_corpus(n, REAL_DOCKETS))]
    spam_sets = [c for c in corpora if c.name.startswith("spam-")]
    settings = SpamSettings(corroborated_learned_weight=args.learned_weight)

    def train(without: Corpus | None) -> learned.LearnedModel:
        return train_without(without, spam_sets)

    full = train(None)
    counts: Counter[tuple[str, str, str]] = Counter()
    nearest = 0.0
    for corpus in corpora:
        model = train(corpus) if corpus in spam_sets else full
        for index, record in enumerate(corpus.records):
            row = dumped[(corpus.name, index)]
            truth = "spam" if record.spam else "legit"
            for reading, use in (("model", model), ("engine", None)):
                before, after = labelled(row, record.body, use, settings)
                part = half(corpus.name)
                counts[(part, reading, f"{truth} before")] += before >= settings.threshold
                counts[(part, reading, f"{truth} after")] += after >= settings.threshold
                counts[(part, reading, f"{truth} all")] += 1
                if truth == "legit" and before < settings.threshold:
                    nearest = max(nearest, after)
    for part in ("odd", "even", "other"):
        for reading in ("model", "engine"):
            got = {k[2]: v for k, v in counts.items() if k[:2] == (part, reading)}
            print(
                f"{part:<5} {reading:<6} spam caught {got['spam before']:>4} -> "
                f"{got['spam after']:>4} of {got['spam all']:>4}, residents flagged "
                f"{got['legit before']} -> {got['legit after']} of {got['legit all']}"
            )
    print(f"highest score of a resident not flagged before: {nearest:.3f}")


def labelled(
    row: dict[str, Any], body: str, model: learned.LearnedModel | None, settings: SpamSettings
) -> tuple[float, float]:
    """The comment's score with the model's evidence, before and after corroboration."""
    score = row["spam_score"] or 0.0
    if row["kind"] == "form_letter":
        return score, score  # its content is not counted unless it is noise: left as it was
    found = learned_evidence(safe_text(as_displayed(body)), model, settings)
    before = noisy_or([score, *(e.weight for e in found)])
    extra = corroboration_evidence(content_of(row), found, settings)
    return before, noisy_or([before, *(e.weight for e in extra)])


if __name__ == "__main__":
    main()
