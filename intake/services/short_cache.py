"""What a worker read a moment ago, trusted for a few seconds: a bounded, thread-safe cache.

The hot path of a burst reads the same few rows on every request (the integration's token, the
agenda item's comment window). Each such read is a statement and a transaction held open on the
request's connection, for a value that changes a few times a day. A :class:`ShortCache` keeps
what this worker read for ``seconds``; a change made through this worker clears its entry at
once, and one made elsewhere (another worker or machine, the command line) takes effect here
within ``seconds``. ``seconds = 0`` keeps nothing. It is a copy, never the record: the database
stays the only truth, and a worker that starts with an empty cache reads it again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class ShortCache(Generic[K, V]):
    MAX_ENTRIES = 4096
    """Past this many entries the cache starts over (a flood of distinct keys cannot grow it)."""

    def __init__(self, seconds: float, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.monotonic = monotonic
        self._entries: dict[K, tuple[float, V]] = {}
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        entry = self._entries.get(key)
        if entry is None or entry[0] <= self.monotonic():
            return None
        return entry[1]

    def put(self, key: K, value: V) -> None:
        if self.seconds <= 0:
            return
        with self._lock:
            if len(self._entries) >= self.MAX_ENTRIES:
                self._entries.clear()
            self._entries[key] = (self.monotonic() + self.seconds, value)

    def discard(self, key: K) -> None:
        with self._lock:
            self._entries.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
