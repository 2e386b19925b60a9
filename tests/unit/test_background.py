"""The background queue: retry with backoff, giving up cleanly, concurrency, bounds, closing."""

from __future__ import annotations

import asyncio
import logging

import pytest

from temper.coach.background import BackgroundQueue


class Flaky:
    """A job that fails its first `failures` calls."""

    def __init__(self, failures: int):
        self.failures, self.calls = failures, 0

    async def __call__(self) -> str:
        self.calls += 1
        if self.calls <= self.failures:
            raise RuntimeError(f"attempt {self.calls} failed")
        return "done"


def recording_sleep(waits: list[float]):
    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        await asyncio.sleep(0)
    return sleep


async def test_a_failing_job_is_retried_with_exponential_backoff_then_succeeds():
    waits: list[float] = []
    queue = BackgroundQueue(backoff=0.001, sleep=recording_sleep(waits))
    job = Flaky(failures=2)
    assert queue.submit(job) is True
    await queue.join()
    assert job.calls == 3 and waits == [0.001, 0.002]
    assert (queue.stats.succeeded, queue.stats.failed, queue.stats.retried) == (1, 0, 2)
    await queue.close()


async def test_it_gives_up_after_three_attempts_and_logs_without_raising(caplog):
    queue = BackgroundQueue(backoff=0.001)
    job = Flaky(failures=10)
    with caplog.at_level(logging.WARNING, logger="temper.coach.background"):
        queue.submit(job, name="embed mistake")
        await queue.join()
    assert job.calls == 3 and queue.stats.failed == 1
    assert "embed mistake gave up after 3 attempts" in caplog.text
    # the worker survives: later jobs still run
    ok = Flaky(failures=0)
    queue.submit(ok)
    await queue.join()
    assert ok.calls == 1 and queue.stats.succeeded == 1
    await queue.close()


async def test_submit_returns_at_once_and_a_hung_attempt_times_out():
    started = asyncio.Event()

    async def slow() -> None:
        started.set()
        await asyncio.sleep(3600)

    queue = BackgroundQueue(attempts=2, backoff=0.001, timeout=0.02)
    assert queue.submit(slow)  # returns before the job even starts
    assert not started.is_set()
    await asyncio.wait_for(queue.join(), 5)
    assert queue.stats.failed == 1 and queue.stats.retried == 1
    await queue.close()


async def test_jobs_run_once_each_when_submitted_concurrently_to_several_workers():
    queue = BackgroundQueue(workers=3, maxsize=500)
    done: list[int] = []
    running, peak = 0, 0

    def job(n: int):
        async def run() -> None:
            nonlocal running, peak
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0.001)
            done.append(n)
            running -= 1
        return run

    async def producer(base: int) -> None:
        for n in range(base, base + 50):
            assert queue.submit(job(n))
            await asyncio.sleep(0)

    await asyncio.gather(*(producer(b) for b in (0, 50, 100, 150)))
    await queue.join()
    assert sorted(done) == list(range(200)) and 1 < peak <= 3
    await queue.close()


async def test_a_full_queue_drops_new_jobs_without_blocking():
    gate = asyncio.Event()
    queue = BackgroundQueue(maxsize=2)

    async def wait_for_gate() -> None:
        await gate.wait()

    results = [queue.submit(wait_for_gate) for _ in range(5)]
    await asyncio.sleep(0.01)  # the worker takes one; two wait in the queue
    results.append(queue.submit(wait_for_gate))
    assert results.count(True) == 3 and queue.stats.dropped == 3
    gate.set()
    await queue.join()
    assert queue.stats.succeeded == 3
    await queue.close()


async def test_close_cancels_running_and_pending_work_and_refuses_more():
    cancelled = asyncio.Event()
    created: list[int] = []

    async def forever() -> None:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    def never_started():
        created.append(1)
        return forever()

    queue = BackgroundQueue()
    queue.submit(forever)
    for _ in range(3):
        queue.submit(never_started)
    await asyncio.sleep(0.01)
    assert queue.pending == 3
    await asyncio.wait_for(queue.close(), 5)
    assert cancelled.is_set() and created == [] and queue.stats.cancelled == 4
    assert queue.submit(forever) is False
    await asyncio.wait_for(queue.join(), 1)  # nothing left to wait for


def test_bad_settings_are_refused():
    with pytest.raises(ValueError):
        BackgroundQueue(attempts=0)
