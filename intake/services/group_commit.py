"""Group commit: one worker's concurrent submissions share one transaction.

A durable commit costs a WAL flush, and labelling a comment costs a snapshot of the index: both
are nearly as cheap for fifty comments as for one. When a worker serves several requests at once
(gunicorn's threaded workers), each request hands its job to a :class:`GroupCommitter` and waits.
The first waiting request becomes the *leader*: it takes every job queued so far (up to
``max_batch``), runs them together through ``run_batch`` and hands each job its own outcome. If
more jobs queued meanwhile, the oldest of them becomes the next leader, so every request leads at
most the one group that holds its own job. Nothing waits on a timer: at low load a group is one
job and costs what a plain request does.

No job is acknowledged before ``run_batch`` returns, and ``run_batch`` returns after its commit,
so a reply is never sent for work that is not durable. Jobs live only in the memory of requests
that are still waiting for their reply; a worker that dies takes those unanswered requests with
it, and nothing was promised for them.

This module knows nothing of Flask or SQLAlchemy.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

J = TypeVar("J")
R = TypeVar("R")


class QueueTimeout(Exception):
    """The job waited ``timeout`` seconds without a group taking it; it was withdrawn unrun."""


class _Ticket(Generic[J, R]):
    """One waiting job: its outcome, or the news that its thread must lead the next group."""

    def __init__(self, job: J) -> None:
        self.job = job
        self.taken = False
        self.outcome: R | BaseException | None = None
        self.leads = False
        self.ready = threading.Event()


class GroupCommitter(Generic[J, R]):
    """Coalesces concurrent calls to :meth:`submit` into calls of ``run_batch``.

    ``run_batch`` receives jobs in arrival order and returns one outcome per job, in the same
    order: a result, or the exception that job should raise in its caller. If ``run_batch``
    itself raises, every job in the group raises that exception.
    """

    def __init__(
        self,
        run_batch: Callable[[Sequence[J]], Sequence[R | BaseException]],
        *,
        max_batch: int,
        timeout: float,
    ) -> None:
        if max_batch < 1:
            raise ValueError("max_batch must be at least 1")
        self._run_batch = run_batch
        self.max_batch = max_batch
        self.timeout = timeout
        self._lock = threading.Lock()
        self._queue: deque[_Ticket[J, R]] = deque()
        self._leading = False

    @property
    def waiting(self) -> int:
        """Jobs queued for the next group (for tests and diagnostics)."""
        with self._lock:
            return len(self._queue)

    def submit(self, job: J) -> R:
        """Run ``job`` in the next group and return its result (or raise its exception)."""
        ticket: _Ticket[J, R] = _Ticket(job)
        with self._lock:
            self._queue.append(ticket)
            ticket.leads = not self._leading
            self._leading = True
        if not ticket.leads:
            self._wait(ticket)
        if ticket.leads:
            self._lead()
        outcome = ticket.outcome
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome  # type: ignore[return-value]

    def _wait(self, ticket: _Ticket[J, R]) -> None:
        if ticket.ready.wait(self.timeout):
            return
        with self._lock:
            if not ticket.taken and not ticket.leads:
                self._queue.remove(ticket)
                raise QueueTimeout(f"no group took this job within {self.timeout:g} s")
        # A leader holds the job (or this thread was just promoted): its outcome is coming.
        ticket.ready.wait()

    def _lead(self) -> None:
        with self._lock:
            group = [self._queue.popleft() for _ in range(min(self.max_batch, len(self._queue)))]
            for ticket in group:
                ticket.taken = True
        try:
            outcomes: Sequence[R | BaseException] = self._run_batch([t.job for t in group])
            if len(outcomes) != len(group):
                raise RuntimeError(f"run_batch gave {len(outcomes)} outcomes for {len(group)} jobs")
        except BaseException as error:  # noqa: BLE001 - every waiter must hear, whatever happened
            outcomes = [error] * len(group)
        finally:
            self._hand_over()
        for ticket, outcome in zip(group, outcomes, strict=True):
            ticket.outcome = outcome
            ticket.ready.set()

    def _hand_over(self) -> None:
        """Promote the oldest waiting job's thread to lead the next group, or stand down."""
        with self._lock:
            if self._queue:
                successor = self._queue[0]
                successor.leads = True
                successor.ready.set()
            else:
                self._leading = False
