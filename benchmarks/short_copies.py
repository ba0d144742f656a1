"""Session 10: short comments (under ``min_shingles``) that three or more people sent alike.

    .venv/bin/python benchmarks/short_copies.py titleix,epa,fixture,generated-fourth,burst

Per corpus, every normalised short text that >= 3 distinct people (email, else a real name with
its postal code; each anonymous row its own person) sent on one item: copies, people, content
words, the truth of its copies, and the truth of the other short texts on the item within 20 %
word edits of it (light edits). What the short route (``intake.text.matching.short``) was
judged on; reads the corpora as ``labelling_quality.py`` does.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import labelling_quality as lq

from intake.text.fingerprint import Fingerprinter
from intake.text.matching.thresholds import DEFAULT_THRESHOLDS
from intake.text.normalize import matching_text, words
from intake.text.personal_data import is_placeholder_name

MIN_PEOPLE = 3
NEAR_SHARE = 0.2
"""Word edits, as a share of the text's words (at least one), within which a text is near."""


def person(index: int, record: lq.Record) -> str:
    if record.email:
        return "e:" + record.email.casefold()
    if is_placeholder_name(record.name):
        return f"anonymous:{index}"
    return f"n:{record.name.casefold()}:{record.postal_code or ''}"


def word_edits(a: list[str], b: list[str]) -> int:
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def truth_of(record: lq.Record) -> str:
    return "spam" if record.spam else (record.campaign or "unique")


def report(name: str, real: Path, fingerprinter: Fingerprinter) -> None:
    corpus = lq.load_corpus(name, real)
    if corpus is None:
        print(f"== {name}: absent")
        return
    groups: defaultdict[tuple[str, str], list[tuple[int, lq.Record]]] = defaultdict(list)
    for index, record in enumerate(corpus.records):
        text = matching_text(record.body)
        if record.excluded:
            continue
        if fingerprinter.fingerprint(text).shingle_count < DEFAULT_THRESHOLDS.min_shingles:
            groups[(record.item, text)].append((index, record))
    short = sum(map(len, groups.values()))
    print(f"== {name}: {len(corpus.records)} rows, {short} short, {len(groups)} distinct texts")
    sent = [(key, rows) for key, rows in groups.items() if people(rows) >= MIN_PEOPLE]
    for (item, text), rows in sorted(sent, key=lambda kv: -len(kv[1])):
        own = words(text)
        truth: defaultdict[str, int] = defaultdict(int)
        for _i, record in rows:
            truth[truth_of(record)] += 1
        near: defaultdict[str, int] = defaultdict(int)
        for (other_item, other), other_rows in groups.items():
            if other_item != item or other == text:
                continue
            if word_edits(own, words(other)) <= max(1, round(len(own) * NEAR_SHARE)):
                for _i, record in other_rows:
                    near[truth_of(record)] += 1
        print(
            f"  {len(rows):4d} copies {people(rows):4d} people {len(own):3d} words"
            f"  truth={dict(truth)} near={dict(near)}  {text[:70]!r}"
        )


def people(rows: list[tuple[int, lq.Record]]) -> int:
    return len({person(i, r) for i, r in rows})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", help="comma-separated corpus names (labelling_quality.py's)")
    parser.add_argument("--real-dockets", type=Path, default=lq.REAL_DOCKETS)
    args = parser.parse_args()
    fingerprinter = Fingerprinter()
    for name in args.corpora.split(","):
        report(name, args.real_dockets, fingerprinter)


if __name__ == "__main__":
    main()
