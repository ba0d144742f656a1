"""Build the starter spam model shipped in the package (``intake/text/spam/starter_model.json.gz``).

    .venv/bin/python benchmarks/spam_starter.py            # writes the file
    .venv/bin/python benchmarks/spam_starter.py --check    # exit 1 when the file is stale

Trained on every spent spam set of ``labelling_quality.ALL_CORPORA`` (their spam and their
legitimate comments, as their truth says), with the starter's settings
(:mod:`intake.text.spam.starter`). Blind sets are never read; real dockets are never read
(their text must not reach the repository, not even as weights). The file is the same bytes
for the same fixtures; ``tests/unit/spam/test_starter_model.py`` fails when it is stale.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from labelling_quality import ALL_CORPORA, REAL_DOCKETS, load_corpus
from spam_learned_loso import BLIND

from intake.text.spam import learned, starter

SPAM_SETS = tuple(n for n in ALL_CORPORA.split(",") if n.startswith("spam-") and n not in BLIND)


def examples() -> list[learned.Example]:
    """Every comment of the spent spam sets, with its truth."""
    found = []
    for name in SPAM_SETS:
        corpus = load_corpus(name, REAL_DOCKETS)
        if corpus is None:
            raise SystemExit(f"spam set {name} is missing: the starter model cannot be built")
        found += [learned.Example(r.body, r.spam) for r in corpus.records]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the file is stale")
    args = parser.parse_args()
    built = starter.build(examples())
    if args.check:
        current = gzip.decompress(starter.STARTER_PATH.read_bytes())
        sys.exit(0 if current == gzip.decompress(built) else 1)
    starter.STARTER_PATH.write_bytes(built)
    print(f"{starter.STARTER_PATH}: {len(built):,} bytes")


if __name__ == "__main__":
    main()
