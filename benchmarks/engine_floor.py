"""Per-comment cost of the pure engine: the floor any database-backed setup adds to.

Prints microseconds per comment for `Fingerprinter.fingerprint` alone, and for
plain in-memory datasketch MinHash + MinHashLSH insert and query on the same
comments, so the service's own benchmark can say how much of its latency is
the engine and how much is the database.

    python benchmarks/engine_floor.py [N]      # N synthetic comments, default 10,000
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable

from datasketch import MinHash, MinHashLSH

from intake.text.fingerprint import DEFAULT_SCHEME, Fingerprint, Fingerprinter
from intake.text.reference import ReferenceLabeller

_WORDS = (
    "city council ordinance resolution housing parking transit immigration enforcement police "
    "tenants residents budget vote support oppose neighborhood families safety property data "
    "staff time resources federal agencies sanctuary community plan sidewalks meters zoning "
    "corridor apartments traffic schools workers business downtown midtown please must should"
)
VOCABULARY = _WORDS.split()
TEMPLATE = (
    "The City council must stand up to ICE by taking the following actions:\n"
    "1) Pass an ordinance, not just a resolution, banning the use of any city property, "
    "facilities, data, staff time, or resources for any immigration enforcement activities.\n"
    "This requires that you strengthen this proposal into an ordinance, or otherwise support a "
    "data sanctuary ordinance and/or city contracting and investment sanctuary policy as already "
    "implemented by cities like Los Angeles and Oakland, to ensure that all resources managed by "
    "contractors for the city comply with this vision.\n"
    "Close the loophole of Sacramento Police Department participation in joint task forces, "
    "joining cities like Portland, San Francisco, and Oakland, to ensure that no city resources "
    "are shared with any federal agencies engaged in immigration enforcement.\n"
    "2) Moving forwards, support a comprehensive Community Action Plan for Sacramento."
)


def synthetic(n: int, seed: int = 1) -> list[str]:
    """Half campaign copies with a personal line, half unique ~1,200-character comments."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        own = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(15, 180))).capitalize()
        copy = f"Dear Council,\n{TEMPLATE}\n{own}.\nSincerely,\nPat {i}"
        out.append(copy if i % 2 else own + ".")
    return out


def per_comment_us(label: str, n: int, fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    micro = (time.perf_counter() - start) / n * 1e6
    print(f"{label:<48}{micro:>10.1f} µs/comment")
    return micro


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    bodies = synthetic(n)
    mean_chars = sum(map(len, bodies)) / n
    print(f"{n} comments, mean {mean_chars:.0f} chars, scheme {DEFAULT_SCHEME.scheme_id}")
    fingerprinter = Fingerprinter()
    fps: list[Fingerprint] = []
    per_comment_us("fingerprint()", n, lambda: fps.extend(map(fingerprinter.fingerprint, bodies)))
    long_body = [TEMPLATE + "\n" + bodies[0][:300]]
    reps = 2_000
    per_comment_us(
        f"fingerprint() on one {len(long_body[0])}-char comment",
        reps,
        lambda: [fingerprinter.fingerprint(long_body[0]) for _ in range(reps)],
    )

    scheme = DEFAULT_SCHEME
    lsh = MinHashLSH(num_perm=scheme.num_perm, params=(scheme.bands, scheme.rows))
    minhashes = [
        MinHash(seed=scheme.seed, hashvalues=fp.signature, scheme=scheme.minhash_scheme)
        for fp in fps
    ]

    def insert() -> None:
        for i, mh in enumerate(minhashes):
            lsh.insert(i, mh)

    per_comment_us("datasketch MinHashLSH.insert", n, insert)
    per_comment_us("datasketch MinHashLSH.query", n, lambda: [lsh.query(mh) for mh in minhashes])

    labeller = ReferenceLabeller()
    per_comment_us(
        "reference labeller end to end (fingerprint+decide)",
        n,
        lambda: [labeller.add(i, body, i) for i, body in enumerate(bodies)],
    )
    print(f"campaigns: {len(labeller.profiles)}")


if __name__ == "__main__":
    main()
