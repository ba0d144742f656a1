"""Session 11: does a packaged static embedding move the spam figure on text written apart?

Leave-one-set-out over the twelve spent spam sets (each written by a different author). For each
held-out set, what the current engine scored (a ``labelling_quality.py --dump`` of the same
corpora) is combined by noisy-OR with evidence read from a ``wordllama`` embedding (the
``l2_supercat`` 256-d weights and tokenizer its wheel ships, loaded with every socket connection
refused), learned and cut on the *other* sets only. Two uses, each extra evidence, never alone:

(a) relatedness across languages: the cosine between the comment and its item's context (title
    and earlier non-spam comments, as the service builds it, and only where the service would
    load it) for a comment with a link, contact or money evidence that shares no content term
    with the item; it counts below a cut;
(b) a linear model on the embedding (class-balanced ridge, numpy only; the sufficient statistics
    are summed per corpus so that every fold is one 257 x 257 solve), trained on the other spam
    sets (both classes) and the legitimate comments of the non-spam corpora other than the one
    scored; it counts above a cut.

Each cut is read on the other spam sets, nested: each of them is scored by a model that saw
neither it nor the held-out set, and the cut is the highest model score (lowest cosine) of a
legitimate comment of theirs that the evidence would have pushed over the threshold, so no
legitimate comment of the training sets would be flagged. Non-spam corpora are scored with
models that never saw them. Adding evidence only raises a score, so a comment that moves is a
new catch or a new false flag; each is counted per set (``--show`` prints them).

    pip install 'wordllama>=0.4,<0.5'   # not a dependency of intake: see docs/spam.md
    C=titleix,epa,fixture,generated-tune,...,spam-heldout-6,burst   # never a blind set
    .venv/bin/python benchmarks/labelling_quality.py --no-peers --corpora $C --dump /tmp/base.dump
    .venv/bin/python benchmarks/spam_embeddings_loso.py --dump /tmp/base.dump --corpora $C

Reading a blind set is refused.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelling_quality import REAL_DOCKETS, Corpus, load_corpus

from intake.text import relatedness
from intake.text.spam import SpamSettings, wants_item_context
from intake.text.spam.evidence import safe_text
from intake.text.spam.links import find_links, strip_spans
from intake.text.spam.solicit import money

SPAM_SETS = [
    "spam-tune",
    "spam-tune-mixed",
    "spam-tune-3",
    "spam-tune-4",
    "spam-tune-5",
    "spam-tune-6",
    "spam-heldout",
    "spam-heldout-2",
    "spam-heldout-3",
    "spam-heldout-4",
    "spam-heldout-5",
    "spam-heldout-6",
]
BLIND = ("spam-heldout-7", "spam-heldout-8")
CONTEXT_COMMENTS = 200  # intake.labelling.item_context.CONTEXT_COMMENTS
THRESHOLD = SpamSettings().threshold
#: Reason prefixes that are a link, a way to reach someone, or an offer of money.
REACH_PREFIXES = (
    "links:",
    "link-only",
    "link density",
    "contact",
    "offer:",
    "advertising:",
)


def load_embedder() -> Any:
    """wordllama's shipped weights and tokenizer, with every socket connection refused (the
    package's default ``load`` looks for its tokenizer where the wheel does not put it and would
    then download; pointing its cache at the package directory finds both shipped files)."""
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError:
        raise SystemExit("pip install 'wordllama>=0.4,<0.5' first") from None

    blocked = OSError("network blocked while loading the embedding model")
    with (
        mock.patch.object(socket.socket, "connect", side_effect=blocked),
        mock.patch.object(socket, "create_connection", side_effect=blocked),
    ):
        package = Path(wordllama.__file__).parent
        return WordLlama.load(cache_dir=package, disable_download=True)


@dataclass
class Row:
    corpus: str
    spam: bool
    body: str
    score: float
    counted: bool  # content evidence counts (not a form letter read as speech)
    caught: bool
    reach: bool  # a link, contact or money evidence
    shares_terms: bool | None  # None: no context given
    vector: np.ndarray = field(repr=False)
    cos_mean: float | None = None
    cos_max: float | None = None


def _counted(kind: str, reasons: list[str]) -> bool:
    if kind != "form_letter":
        return True
    return bool(reasons) and not any("not counted" in r for r in reasons)


def _contexts(corpus: Corpus, dumped: list[dict[str, Any]]) -> Iterator[tuple[str, ...]]:
    """Each comment's item context as the service builds it: the title, then the newest
    ``CONTEXT_COMMENTS`` earlier comments of the item not labelled spam."""
    earlier: dict[str, list[str]] = defaultdict(list)
    for record, row in zip(corpus.records, dumped, strict=True):
        before = earlier[record.item]
        yield (corpus.titles[record.item], *reversed(before[-CONTEXT_COMMENTS:]))
        if row["kind"] != "spam":
            before.append(record.body)


def read_rows(corpus: Corpus, dumped: list[dict[str, Any]], wl: Any) -> list[Row]:
    """Each comment of ``corpus`` with what the engine said of it (``dumped``, by index), its
    embedding and, where (a) could read it, its cosines to the item's context."""
    settings = SpamSettings()
    bodies = [safe_text(r.body) for r in corpus.records]
    # A text with no token (empty, or only what the tokenizer drops) has no direction: zeros.
    vectors = np.nan_to_num(wl.embed(bodies, norm=True))
    rows = []
    for n, context in enumerate(_contexts(corpus, dumped)):
        record, row, body = corpus.records[n], dumped[n], bodies[n]
        reasons = row["reasons"]
        prose = strip_spans(body, (lk.raw for lk in find_links(body)))
        reach = any(r.startswith(REACH_PREFIXES) for r in reasons) or bool(money(prose))
        given = wants_item_context(body, settings)
        shares = None
        cos_mean = cos_max = None
        if given:
            terms = relatedness.content_terms(prose)
            shares = bool(terms & relatedness.context_terms(context))
            if reach and not shares:
                ctx = np.nan_to_num(wl.embed([safe_text(t) for t in context], norm=True))
                sims = ctx @ vectors[n]
                centre = ctx.mean(axis=0)
                centre /= np.linalg.norm(centre) or 1.0
                cos_mean, cos_max = float(centre @ vectors[n]), float(sims.max())
        score = row["spam_score"] or 0.0
        rows.append(
            Row(
                corpus.name,
                record.spam,
                body,
                score,
                _counted(row["kind"], reasons),
                row["kind"] == "spam",
                reach,
                shares,
                vectors[n],
                cos_mean,
                cos_max,
            )
        )
    return rows


def _augment(x: np.ndarray) -> np.ndarray:
    return np.hstack([x, np.ones((len(x), 1), dtype=x.dtype)]).astype(np.float64)


@dataclass
class Sums:
    """A corpus's sufficient statistics for a class-balanced ridge classifier, so any fold's
    model is one 257 x 257 solve (distinct texts of the corpus; a bias column last)."""

    gram: dict[int, np.ndarray]  # class -> X'X
    total: dict[int, np.ndarray]  # class -> X'1
    count: dict[int, int]

    @classmethod
    def of(cls, rows: list[Row], legitimate_only: bool) -> Sums:
        seen: dict[str, Row] = {}
        for r in rows:
            if not (legitimate_only and r.spam):
                seen.setdefault(r.body, r)
        gram, total, count = {}, {}, {}
        for k in (0, 1):
            chosen = [r.vector for r in seen.values() if int(r.spam) == k]
            x = _augment(np.stack(chosen)) if chosen else np.zeros((0, DIM + 1))
            gram[k], total[k], count[k] = x.T @ x, x.sum(axis=0), len(chosen)
        return cls(gram, total, count)


DIM = 256


def ridge(parts: list[Sums], l2: float) -> np.ndarray:
    """Least squares to 1 for spam and 0 for legitimate, each class weighing one half."""
    n = {k: sum(p.count[k] for p in parts) for k in (0, 1)}
    a = sum((0.5 / n[k]) * p.gram[k] for p in parts for k in (0, 1))
    rhs = sum((0.5 / n[1]) * p.total[1] for p in parts)
    reg = np.full(DIM + 1, l2)
    reg[-1] = 0.0
    return np.asarray(np.linalg.solve(a + np.diag(reg), rhs))


def model_scores(w: np.ndarray, rows: list[Row]) -> np.ndarray:
    return np.asarray(_augment(np.stack([r.vector for r in rows])) @ w)


@dataclass
class Fold:
    """What the held-out corpus gets: the model's score of each comment, and what the other
    spam sets' legitimate comments looked like to models that had not seen them (their model
    score, engine score and cosine), from which each weight's cut is read."""

    scores: np.ndarray
    inner: list[tuple[float, float, float | None]] = field(default_factory=list)

    def cut(self, weight: float) -> float:
        """(b) counts above the highest model score of a legitimate comment of the other sets
        that the evidence would have flagged (its engine score high enough for ``weight``)."""
        near = [m for m, s, _ in self.inner if 1 - (1 - s) * (1 - weight) >= THRESHOLD - 1e-9]
        return max(near, default=-np.inf)

    def cos_cut(self, weight: float) -> float:
        """(a) counts below the lowest cosine of such a legitimate eligible comment."""
        near = [
            c
            for _, s, c in self.inner
            if c is not None and 1 - (1 - s) * (1 - weight) >= THRESHOLD - 1e-9
        ]
        return min(near, default=np.inf)


def eligible(r: Row, how: str) -> float | None:
    """The cosine (a) reads: a comment with a link, contact or money evidence that shares no
    content term with the item it was given."""
    if not (r.reach and r.shares_terms is False):
        return None
    return r.cos_mean if how == "mean" else r.cos_max


def folds(rows: dict[str, list[Row]], l2: float, how: str) -> dict[str, Fold]:
    sums = {
        name: Sums.of(corpus_rows, legitimate_only=name not in SPAM_SETS)
        for name, corpus_rows in rows.items()
    }
    spam_sets = [name for name in rows if name in SPAM_SETS]
    out = {}
    for held in rows:
        inner_rows: list[tuple[float, float, float | None]] = []
        for inner in spam_sets:
            if inner == held:
                continue
            parts = [sums[n] for n in rows if n not in (held, inner)]
            legit = [r for r in rows[inner] if not r.spam and r.counted and not r.caught]
            scores = model_scores(ridge(parts, l2), legit)
            inner_rows += [
                (float(m), r.score, eligible(r, how)) for m, r in zip(scores, legit, strict=True)
            ]
        w = ridge([sums[n] for n in rows if n != held], l2)
        out[held] = Fold(model_scores(w, rows[held]), inner_rows)
    return out


def auc(rows: list[Row], scores: np.ndarray) -> float:
    """The chance that a spam comment scores higher than a legitimate one."""
    spam = np.array([r.spam for r in rows])
    pos, neg = scores[spam], scores[~spam]
    return float((pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean())


@dataclass(frozen=True)
class Config:
    name: str
    cos_weight: float = 0.0
    model_weight: float = 0.0


def extra_weight(c: Config, r: Row, fold: Fold, score: float, how: str) -> float:
    keep = 1.0
    cos = eligible(r, how)
    if c.cos_weight and cos is not None and cos < fold.cos_cut(c.cos_weight):
        keep *= 1 - c.cos_weight
    if c.model_weight and score > fold.cut(c.model_weight):
        keep *= 1 - c.model_weight
    return 1 - keep


def evaluate(
    c: Config, rows: list[Row], fold: Fold, how: str
) -> tuple[int, int, int, int, list[Row]]:
    """(spam caught, spam, legitimate flagged, legitimate, rows that moved) with the evidence."""
    caught = flagged = 0
    moved = []
    for r, score in zip(rows, fold.scores, strict=True):
        spam = r.caught
        if not spam and r.counted:
            combined = 1 - (1 - r.score) * (1 - extra_weight(c, r, fold, float(score), how))
            spam = combined >= THRESHOLD - 1e-9
            if spam:
                moved.append(r)
        caught += spam and r.spam
        flagged += spam and not r.spam
    n_spam = sum(r.spam for r in rows)
    return caught, n_spam, flagged, len(rows) - n_spam, moved


CONFIGS = [
    Config("engine"),
    Config("(a) +0.3", cos_weight=0.3),
    Config("(a) +0.45", cos_weight=0.45),
    Config("(b) +0.3", model_weight=0.3),
    Config("(b) +0.45", model_weight=0.45),
    Config("(a)+(b) +0.45 each", cos_weight=0.45, model_weight=0.45),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, required=True)
    parser.add_argument("--corpora", required=True)
    parser.add_argument("--l2", type=float, nargs="+", default=[1e-3])
    parser.add_argument("--cosine", choices=("mean", "max"), default="max")
    parser.add_argument("--show", action="store_true", help="print each comment that moved")
    args = parser.parse_args()
    names = args.corpora.split(",")
    if any(n.startswith(BLIND) for n in names):
        raise SystemExit("a blind set is never read here")
    dumped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with args.dump.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            dumped[row["corpus"]].append(row)
    started = time.perf_counter()
    wl = load_embedder()
    print(f"wordllama loaded offline in {time.perf_counter() - started:.2f} s")
    rows: dict[str, list[Row]] = {}
    for name in names:
        corpus = load_corpus(name, REAL_DOCKETS)
        if corpus is None:
            continue
        rows[name] = read_rows(corpus, dumped[name], wl)
    for l2 in args.l2:
        fold = folds(rows, l2, args.cosine)
        print(f"\n### ridge l2={l2}, cosine to the context's {args.cosine}")
        print("model alone, area under the ROC curve on each held-out spam set:")
        print(
            "  "
            + ", ".join(f"{n} {auc(rows[n], fold[n].scores):.3f}" for n in rows if n in SPAM_SETS)
        )
        print("\n| config | " + " | ".join(rows) + " | spam sets total | legit flagged total |")
        print("|---|" + "---|" * (len(rows) + 2))
        for c in CONFIGS:
            cells, caught, n_spam, flagged = [], 0, 0, 0
            for name, corpus_rows in rows.items():
                k, sp, f, h, moved = evaluate(c, corpus_rows, fold[name], args.cosine)
                cells.append(f"{k}/{sp} f{f}" if name in SPAM_SETS else f"{k}/{sp} f{f}/{h}")
                if name in SPAM_SETS:
                    caught, n_spam = caught + k, n_spam + sp
                flagged += f
                if args.show and c.name != "engine":
                    for r in moved:
                        truth = "SPAM" if r.spam else "LEGIT"
                        print(f"    {c.name} {name} {truth} {r.score:.2f} {r.body[:100]!r}")
            total = f"{caught}/{n_spam} ({caught / max(n_spam, 1):.1%})"
            print(f"| {c.name} | " + " | ".join(cells) + f" | {total} | {flagged} |")


if __name__ == "__main__":
    main()
