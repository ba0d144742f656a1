"""Which label fields depend on the order comments arrived in (session 10).

    .venv/bin/python benchmarks/labelling_order.py --corpora fixture,generated-third,epa
    .venv/bin/python benchmarks/labelling_order.py --corpora epa --orders reversed,7 --examples 3

Each corpus (``labelling_quality.py``'s, through the same real service on a temporary SQLite
database) is labelled in its arrival order, ``--chunk`` comments per transaction, and again in
each other order: ``one-by-one`` (the same order, one comment per transaction), ``reversed``,
or a seed (a shuffle). Then, comment by comment, every field staff read is compared: the label,
the spam score and reasons, the personal text, the similarity, the campaign's representative
text and the duplicate pointer (as the comment it points at), and the campaigns as a partition.

A difference is counted once per comment and field, apart by whether the comment got the same
label in both runs; spam evidence is counted where it is a form letter in both. Some fields
depend on arrival by design: which of one person's comments is the duplicate, what a comment's
earlier neighbours on the item say (the spam relatedness signal), what a campaign had learned
from its first members (its template, hence personal text, similarity and public text).
"""

from __future__ import annotations

import argparse
import dataclasses
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import labelling_quality as quality

FIELDS = ("kind", "spam_score", "reasons", "personal_text", "similarity", "representative")


def labels(corpus: quality.Corpus, chunk: int) -> list[dict[str, Any]]:
    """Every comment's fields in the corpus's order; ``duplicate_of`` as a position in it."""
    from sqlalchemy import select

    from intake.db import get_database
    from intake.models import Campaign, Comment

    with quality._service(corpus) as app, app.app_context():
        ids = quality._submit(app, corpus, chunk)
        with get_database(app).session_factory() as session:
            texts = dict(session.execute(select(Campaign.id, Campaign.representative_text)).all())
            rows = {c.id: c for c in session.scalars(select(Comment))}
            position = {cid: n for n, cid in enumerate(ids)}
            found = []
            for cid in ids:
                row = rows[cid]
                campaign, original = row.campaign_id, row.duplicate_of_id
                found.append(
                    {
                        "kind": row.kind,
                        "campaign": campaign,
                        "spam_score": row.spam_score,
                        "reasons": tuple(row.reasons or ()),
                        "personal_text": row.personal_text,
                        "similarity": row.similarity,
                        "representative": None if campaign is None else texts[campaign],
                        "duplicate_of": None if original is None else position.get(original),
                    }
                )
            return found


def compare(
    corpus: quality.Corpus, base: list[dict[str, Any]], chunk: int, order: str, examples: int
) -> None:
    """Label ``corpus`` in ``order`` and print where it differs from ``base`` (its own order)."""
    records = corpus.records
    perm = list(range(len(records)))
    if order == "reversed":
        perm.reverse()
    elif order != "one-by-one":
        random.Random(int(order)).shuffle(perm)
    shuffled = dataclasses.replace(corpus, records=[records[i] for i in perm])
    other_run = labels(shuffled, 1 if order == "one-by-one" else chunk)
    other: list[dict[str, Any]] = [{}] * len(records)
    for k, i in enumerate(perm):
        row = dict(other_run[k])
        if row["duplicate_of"] is not None:
            row["duplicate_of"] = perm[row["duplicate_of"]]
        other[i] = row
    counts: Counter[str] = Counter()
    shown: defaultdict[str, list[str]] = defaultdict(list)
    for i, (a, b) in enumerate(zip(base, other, strict=True)):
        same = a["kind"] == b["kind"]
        for name in (*FIELDS, "duplicate_of"):
            if a[name] == b[name]:
                continue
            if name in ("spam_score", "reasons") and same and a["kind"] == "form_letter":
                key = f"{name} (form letter in both)"
            else:
                key = name if same or name == "kind" else f"{name} (label differs)"
            counts[key] += 1
            if len(shown[key]) < examples:
                shown[key].append(f"#{i}: {str(a[name])[:110]!r} / {str(b[name])[:110]!r}")
    partition = [_partition(run) for run in (base, other)]
    print(f"{corpus.name} ({len(records)}), {order}: same campaigns {partition[0] == partition[1]}")
    for key, n in sorted(counts.items()):
        print(f"  {key:<36}{n:>6}")
        for line in shown[key]:
            print(f"      {line}")


def _partition(run: list[dict[str, Any]]) -> set[frozenset[int]]:
    groups: defaultdict[int, set[int]] = defaultdict(set)
    for n, row in enumerate(run):
        if row["campaign"] is not None:
            groups[row["campaign"]].add(n)
    return {frozenset(group) for group in groups.values()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", default="fixture,generated-third,epa")
    parser.add_argument("--orders", default="one-by-one,reversed,1")
    parser.add_argument("--chunk", type=int, default=100, help="comments per transaction")
    parser.add_argument("--real-dockets", type=Path, default=quality.REAL_DOCKETS)
    parser.add_argument("--examples", type=int, default=0, help="differences shown per field")
    args = parser.parse_args()
    for name in args.corpora.split(","):
        corpus = quality.load_corpus(name, args.real_dockets)
        if corpus is None:
            print(f"{name}: skipped (its files are absent)")
            continue
        base = labels(corpus, args.chunk)
        for order in args.orders.split(","):
            compare(corpus, base, args.chunk, order, args.examples)


if __name__ == "__main__":
    main()
