"""Session 11: what the red team's shapes cost public text, on real and generated letters.

    .venv/bin/python benchmarks/public_text_shapes.py titleix,epa,fixture,generated-fourth,burst

Per corpus, every content sentence that three or more letters send word for word (normalised),
how many of them the labeller's reading already keeps out of public text
(``carries_personal_data``), and how many the red team's shapes newly keep out
(``intake.text.identifying.identifies_someone``), with the newly kept-out sentences printed, so
each can be judged: a name or a detail is right to go, a slogan or an agenda line is not.
Reads the corpora as ``labelling_quality.py`` does.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import labelling_quality as lq

from intake.text.identifying import identifies_someone
from intake.text.normalize import segments
from intake.text.personal_data import carries_personal_data

MIN_LETTERS = 3
SHOWN = 8


def report(name: str) -> None:
    corpus = lq.load_corpus(name, lq.REAL_DOCKETS)
    if corpus is None:
        print(f"{name}: not found")
        return
    letters: Counter[str] = Counter()
    wording: dict[str, str] = {}
    for record in corpus.records:
        for seg in {s.norm: s for s in segments(record.body) if s.is_content}.values():
            letters[seg.norm] += 1
            wording.setdefault(seg.norm, seg.text.strip())
    shared = [norm for norm, count in letters.items() if count >= MIN_LETTERS]
    already = [norm for norm in shared if carries_personal_data(wording[norm])]
    newly = [
        norm
        for norm in shared
        if not carries_personal_data(wording[norm]) and identifies_someone(wording[norm])
    ]
    print(f"{name}: shared {len(shared)}, kept out already {len(already)}, newly {len(newly)}")
    for norm in newly[:SHOWN]:
        print(f"    {letters[norm]:>4} letters: {wording[norm][:150]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", help="comma-separated corpus names (labelling_quality.py's)")
    for name in parser.parse_args().corpora.split(","):
        report(name)


if __name__ == "__main__":
    main()
