"""Public record latency on a large item: the summary benchmark's data, published, paged.

Usage (the database is created if missing and its schema ``public`` is replaced)::

    .venv/bin/python benchmarks/record_page.py \
        --url postgresql+psycopg://postgres@127.0.0.1:5432/intake_bench --comments 100000

Fills one item as ``benchmarks/summary_latency.py`` does (23 campaigns, unique comments,
duplicates and spam), publishes its record, then times ``GET .../record`` (the first page and a
page near the end, 50 entries each) and a campaign's additions through the app's test client,
``--repeat`` times after a warm-up, printing p50 and max. No figure here is asserted anywhere.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from intake import create_app
from intake.services.pagination import encode_cursor

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as common
from summary_latency import ITEM, fill, prepare_database


def timed(client: object, path: str, repeat: int) -> tuple[float, float, int]:
    get = client.get  # type: ignore[attr-defined]
    first = get(path)
    assert first.status_code == 200, first.json
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        assert get(path).status_code == 200
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), max(timings), len(first.json["items"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=common.BENCH_URL)
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    prepare_database(args.url)
    fill(args.url, args.comments, args.seed)
    app = create_app({"database_url": args.url, "rate_limit_enabled": False})
    app.extensions["intake.clock"] = lambda: datetime(2026, 12, 1, tzinfo=UTC)
    with app.app_context():
        from intake.db import get_session
        from intake.wiring import record_service

        record_service().publish(ITEM, "staff:bench")
        get_session().commit()
    client = app.test_client()
    base = f"/api/v1/agenda-items/{ITEM}/record"
    late = encode_cursor(int(args.comments * 0.95))
    for name, path in (
        ("first page", f"{base}?limit=50"),
        ("page near the end", f"{base}?limit=50&cursor={late}"),
        ("campaign 1 additions", f"{base}/campaigns/1?limit=50"),
    ):
        p50, worst, count = timed(client, path, args.repeat)
        print(f"{name}: {count} entries, p50 {p50 * 1000:.0f} ms, max {worst * 1000:.0f} ms")


if __name__ == "__main__":
    main()
