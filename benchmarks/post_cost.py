"""Issue 16: the Python CPU of one store-only POST, in process, on PostgreSQL.

    .venv/bin/python benchmarks/post_cost.py                 # 600 warm-up posts, 6 rounds of 100
    .venv/bin/python benchmarks/post_cost.py --posts 1200
    PYTHONPATH=/path/to/checkout .venv/bin/python benchmarks/post_cost.py   # another checkout

A throwaway PostgreSQL database (``_common.throwaway_postgres``) holds one agenda item; the app is
built as the stage profiles build it (``service_load.profiled_app``: limits out of the way, Redis
behind them, the spam engine's tables loaded first) with PostgreSQL's default labelling (the label
queue: the POST stores and answers; nothing labels here). ``--posts`` burst bodies
(``_common.BurstCorpus``) are posted with an integration token through the Flask test client to
warm every cache, then as many again in six rounds, each timed with ``time.thread_time()``: the
CPU of this thread alone, so neither PostgreSQL nor Redis is in it. Printed: the least and the
median round's CPU per POST (on a shared machine the least is the least disturbed). Run it under
``py-spy record --gil`` to see where the time goes. Nothing is asserted beyond each 201.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as common
import burst
import service_load as load

from intake.db import get_database
from intake.services.tokens import TokenService

ROUNDS = 6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    n = args.posts
    with common.throwaway_postgres() as url:
        burst.create_item(url)
        app = load.profiled_app(url, burst.REDIS)
        session = get_database(app).session_factory()
        _row, token = TokenService(session).create("post-cost", "integration", load.BIG)
        session.commit()
        session.close()
        client = app.test_client()
        bodies = common.BurstCorpus(args.seed, 4).burst(2 * n)
        posts = burst.requests_for(bodies, "token", 2 * n, random.Random(1), "cost-")
        path = f"/api/v1/agenda-items/{common.ITEM}/comments"
        headers = {"Authorization": f"Bearer {token}"}

        def post(request: dict[str, object]) -> None:
            response = client.post(path, json=request["body"], headers=headers)
            assert response.status_code == 201, response.get_data(as_text=True)

        for request in posts[:n]:
            post(request)
        per_round = n // ROUNDS
        rounds = []
        for k in range(ROUNDS):
            chunk = posts[n + k * per_round : n + (k + 1) * per_round]
            started = time.thread_time()
            for request in chunk:
                post(request)
            rounds.append((time.thread_time() - started) / len(chunk) * 1e3)
        rounds.sort()
        print(
            f"store-only POST, Python CPU of the request thread: least {rounds[0]:.3f} ms, "
            f"median {rounds[ROUNDS // 2]:.3f} ms per POST ({ROUNDS} rounds of {per_round})"
        )
        get_database(app).dispose()


if __name__ == "__main__":
    main()
