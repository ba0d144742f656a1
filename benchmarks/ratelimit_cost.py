"""Issue 16: what one rate-limit check costs in Redis, by strategy and by how busy the bucket is.

    .venv/bin/python benchmarks/ratelimit_cost.py                # Redis db 9 at 127.0.0.1
    INTAKE_BENCH_REDIS_URL=redis://host:6379/3 .venv/bin/python benchmarks/ratelimit_cost.py

Every POST makes one ``hit`` per shared limit it carries and one ``get_window_stats`` for its
``RateLimit-*`` headers (Flask-Limiter through ``limits``). For an item's bucket (the default
``60000/minute``) already holding 0 to 50,000 hits in its window, this prints Redis's own time
per script call (``INFO commandstats``, so neither Python nor the network is in it) and the
bucket's size in Redis, for the moving window and the sliding window counter, then the Python
CPU per call of redis-py's reply parser with and without hiredis. The database is flushed
before and after. Nothing is asserted.
"""

from __future__ import annotations

import os
import statistics
import time

import redis
from limits import parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter, SlidingWindowCounterRateLimiter
from redis._parsers import _HiredisParser, _RESP3Parser
from redis.connection import Connection, ConnectionPool

URL = os.environ.get("INTAKE_BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
ITEM_LIMIT = parse("60000/minute")
CHECKS = 500


def strategies(store: redis.Redis) -> None:
    storage = storage_from_string(URL)
    for name, strategy in (
        ("moving-window", MovingWindowRateLimiter),
        ("sliding-window-counter", SlidingWindowCounterRateLimiter),
    ):
        for busy in (0, 3_000, 20_000, 50_000):
            store.flushdb()
            limiter = strategy(storage)
            limiter.hit(ITEM_LIMIT, "bench", cost=busy or 1)
            store.config_resetstat()
            for _ in range(CHECKS):
                limiter.hit(ITEM_LIMIT, "bench")
                limiter.get_window_stats(ITEM_LIMIT, "bench")
            calls = store.info("commandstats").get("cmdstat_evalsha", {})
            size = sum(store.memory_usage(key) or 0 for key in store.scan_iter())
            per_call = calls.get("usec_per_call", 0)
            print(
                f"  {name:23s} {busy:6,d} hits in the window: Redis {per_call:5.1f} us per call,"
                f" bucket {size:9,d} bytes"
            )


def parsers() -> None:
    script = "redis.call('incr', KEYS[1]) return {redis.call('get', KEYS[1]), 5}"
    rounds: dict[str, list[float]] = {"pure Python": [], "hiredis": []}
    for _ in range(6):
        for name, parser in (("pure Python", _RESP3Parser), ("hiredis", _HiredisParser)):
            pool = ConnectionPool.from_url(URL, connection_class=Connection, parser_class=parser)
            call = redis.Redis(connection_pool=pool).register_script(script)
            call(keys=["parse"])
            start = time.thread_time()
            for _ in range(2_000):
                call(keys=["parse"])
            rounds[name].append((time.thread_time() - start) / 2_000 * 1e6)
            pool.disconnect()
    for name, values in rounds.items():
        print(
            f"  {name:11s} parser: least {min(values):5.1f} us, median"
            f" {statistics.median(values):5.1f} us of Python CPU per script call"
        )


def main() -> None:
    store = redis.Redis.from_url(URL)
    print(f"rate-limit checks on an item bucket ({ITEM_LIMIT}), {CHECKS} hits + header reads each:")
    strategies(store)
    print("redis-py's reply parser (6 rounds of 2,000 calls):")
    parsers()
    store.flushdb()


if __name__ == "__main__":
    main()
