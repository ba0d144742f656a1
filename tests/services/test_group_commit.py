"""GroupCommitter: concurrent submissions coalesce into groups, each caller gets its own outcome."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence

import pytest

from intake.services.group_commit import GroupCommitter, QueueTimeout

WAIT = 10.0


class Recorder:
    """A ``run_batch`` that doubles each job, records its groups, and can be held at the gate."""

    def __init__(self, fail: Callable[[Sequence[int]], Exception | None] | None = None) -> None:
        self.groups: list[list[int]] = []
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()
        self.fail = fail

    def __call__(self, jobs: Sequence[int]) -> list[int | BaseException]:
        self.groups.append(list(jobs))
        self.entered.set()
        assert self.gate.wait(WAIT)
        error = self.fail(jobs) if self.fail else None
        if error is not None:
            raise error
        return [ValueError(f"job {j}") if j < 0 else j * 2 for j in jobs]


def submit_all(
    committer: GroupCommitter[int, int], jobs: Sequence[int]
) -> tuple[dict[int, int | BaseException], list[threading.Thread]]:
    results: dict[int, int | BaseException] = {}

    def one(job: int) -> None:
        try:
            results[job] = committer.submit(job)
        except Exception as error:  # noqa: BLE001 - recorded for the assertions
            results[job] = error

    threads = [threading.Thread(target=one, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    return results, threads


def hold_first_group(recorder: Recorder, committer: GroupCommitter[int, int]) -> threading.Thread:
    """Start job 0 and keep its group running until the gate opens."""
    recorder.gate.clear()
    _results, (first,) = submit_all(committer, [0])
    assert recorder.entered.wait(WAIT)
    return first


def wait_queued(committer: GroupCommitter[int, int], count: int) -> None:
    deadline = time.monotonic() + WAIT
    while committer.waiting < count:
        assert time.monotonic() < deadline, "jobs did not queue"
        time.sleep(0.005)


def test_a_lone_job_runs_at_once_in_a_group_of_one() -> None:
    recorder = Recorder()
    committer = GroupCommitter(recorder, max_batch=8, timeout=WAIT)
    assert committer.submit(21) == 42
    assert recorder.groups == [[21]]


def test_jobs_arriving_while_a_group_runs_share_the_next_group_in_arrival_order() -> None:
    recorder = Recorder()
    committer = GroupCommitter(recorder, max_batch=64, timeout=WAIT)
    first = hold_first_group(recorder, committer)
    partial_results = []
    threads = []
    for job in range(1, 10):  # one at a time, so arrival order is known
        more, started = submit_all(committer, [job])
        threads += started
        wait_queued(committer, job)
        partial_results.append(more)
    recorder.gate.set()
    for thread in [first, *threads]:
        thread.join(WAIT)
    results = {job: r for more in partial_results for job, r in more.items()}
    assert recorder.groups == [[0], list(range(1, 10))]
    assert results == {job: job * 2 for job in range(1, 10)}


def test_a_group_never_exceeds_max_batch() -> None:
    recorder = Recorder()
    committer = GroupCommitter(recorder, max_batch=4, timeout=WAIT)
    first = hold_first_group(recorder, committer)
    results, threads = submit_all(committer, list(range(1, 10)))
    wait_queued(committer, 9)
    recorder.gate.set()
    for thread in [first, *threads]:
        thread.join(WAIT)
    assert [len(g) for g in recorder.groups] == [1, 4, 4, 1]
    assert sorted(j for g in recorder.groups for j in g) == list(range(10))
    assert results == {job: job * 2 for job in range(1, 10)}


def test_a_jobs_own_error_is_raised_only_in_its_caller() -> None:
    recorder = Recorder()
    committer = GroupCommitter(recorder, max_batch=64, timeout=WAIT)
    first = hold_first_group(recorder, committer)
    results, threads = submit_all(committer, [1, -1, 2])
    wait_queued(committer, 3)
    recorder.gate.set()
    for thread in [first, *threads]:
        thread.join(WAIT)
    assert results[1] == 2 and results[2] == 4
    assert isinstance(results[-1], ValueError)


def test_a_failing_group_fails_each_of_its_callers_and_the_next_group_still_runs() -> None:
    recorder = Recorder(fail=lambda jobs: RuntimeError("boom") if 1 in jobs else None)
    committer = GroupCommitter(recorder, max_batch=2, timeout=WAIT)
    first = hold_first_group(recorder, committer)
    results, threads = submit_all(committer, [1, 2, 3])
    wait_queued(committer, 3)
    recorder.gate.set()
    for thread in [first, *threads]:
        thread.join(WAIT)
    failed = {job for job, r in results.items() if isinstance(r, RuntimeError)}
    (boom_group,) = [g for g in recorder.groups if 1 in g]
    assert failed == set(boom_group)
    assert all(results[j] == j * 2 for j in {1, 2, 3} - failed)
    assert committer.submit(5) == 10  # leadership was handed on, not lost


def test_a_run_batch_that_miscounts_its_outcomes_fails_the_group_loudly() -> None:
    committer: GroupCommitter[int, int] = GroupCommitter(lambda jobs: [], max_batch=4, timeout=1)
    with pytest.raises(RuntimeError, match="0 outcomes for 1 jobs"):
        committer.submit(1)


def test_a_job_no_group_takes_in_time_is_withdrawn_unrun() -> None:
    recorder = Recorder()
    committer = GroupCommitter(recorder, max_batch=64, timeout=0.2)
    first = hold_first_group(recorder, committer)
    with pytest.raises(QueueTimeout):
        committer.submit(7)
    recorder.gate.set()
    first.join(WAIT)
    assert recorder.groups == [[0]]
    assert committer.submit(8) == 16


def test_max_batch_must_be_positive() -> None:
    with pytest.raises(ValueError):
        GroupCommitter(Recorder(), max_batch=0, timeout=1)
