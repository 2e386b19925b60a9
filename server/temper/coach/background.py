"""A small asyncio work queue for slow, non-urgent work (embeddings, reflection).

Owns running jobs off the request path: `submit` never blocks and never raises for a job's
failure; each job is retried with exponential backoff (tenacity) and a per-attempt timeout, then
logged and dropped; the queue is bounded (a full queue drops the new job with a warning) and
`close` cancels pending and running work. Jobs are zero-argument callables returning an
awaitable, so a job that is cancelled before it starts never creates a coroutine.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_exponential

log = logging.getLogger(__name__)

Job = Callable[[], Awaitable[Any]]


@dataclass
class QueueStats:
    submitted: int = 0
    succeeded: int = 0
    failed: int = 0  # gave up after the last attempt
    retried: int = 0  # attempts that were followed by another
    dropped: int = 0  # refused because the queue was full or closed
    cancelled: int = 0  # pending or running when the queue closed


class BackgroundQueue:
    """A bounded queue of jobs run by a few worker tasks, with retry and backoff."""

    def __init__(self, *, maxsize: int = 100, workers: int = 1, attempts: int = 3,
                 backoff: float = 0.5, max_backoff: float = 30.0,
                 timeout: float | None = 120.0,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                 name: str = "background"):
        if maxsize < 1 or workers < 1 or attempts < 1:
            raise ValueError("maxsize, workers and attempts must be at least 1")
        self.maxsize, self.workers, self.attempts = maxsize, workers, attempts
        self.backoff, self.max_backoff, self.timeout = backoff, max_backoff, timeout
        self.sleep, self.name = sleep, name
        self.stats = QueueStats()
        self._queue: asyncio.Queue[tuple[str, Job]] | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._closed = False

    @property
    def pending(self) -> int:
        """Jobs waiting for a worker (not counting the ones running)."""
        return self._queue.qsize() if self._queue else 0

    def submit(self, job: Job, *, name: str = "") -> bool:
        """Queue a job and return at once; False (logged) when the queue is full or closed."""
        label = name or getattr(job, "__name__", "job")
        if self._closed:
            self.stats.dropped += 1
            log.warning("%s queue is closed; dropped %s", self.name, label)
            return False
        self._start()
        assert self._queue is not None
        try:
            self._queue.put_nowait((label, job))
        except asyncio.QueueFull:
            self.stats.dropped += 1
            log.warning("%s queue is full (%d); dropped %s", self.name, self.maxsize, label)
            return False
        self.stats.submitted += 1
        return True

    async def join(self) -> None:
        """Wait until every job submitted so far has finished, succeeded or not."""
        if self._queue is not None:
            await self._queue.join()

    async def close(self) -> None:
        """Refuse new jobs, discard pending ones and cancel running ones."""
        self._closed = True
        if self._queue is not None:
            while not self._queue.empty():
                self._queue.get_nowait()
                self._queue.task_done()
                self.stats.cancelled += 1
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()

    def _start(self) -> None:
        if self._queue is None:
            self._queue = asyncio.Queue(self.maxsize)
        if not self._tasks:
            loop = asyncio.get_running_loop()
            self._tasks = [loop.create_task(self._work(), name=f"{self.name}-worker-{n}")
                           for n in range(self.workers)]

    async def _work(self) -> None:
        assert self._queue is not None
        while True:
            label, job = await self._queue.get()
            try:
                await self._run(label, job)
            except asyncio.CancelledError:
                self.stats.cancelled += 1
                raise
            finally:
                self._queue.task_done()

    async def _attempt(self, job: Job) -> Any:
        async with asyncio.timeout(self.timeout):
            return await job()

    async def _run(self, label: str, job: Job) -> None:
        def before_sleep(state: Any) -> None:
            self.stats.retried += 1
            log.info("%s: %s failed (attempt %d of %d): %r; retrying", self.name, label,
                     state.attempt_number, self.attempts, state.outcome.exception())

        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.attempts),
            wait=wait_exponential(multiplier=self.backoff, max=self.max_backoff),
            retry=retry_if_exception_type(Exception), sleep=self.sleep,
            before_sleep=before_sleep, reraise=True)
        try:
            await retrying(self._attempt, job)
        except Exception as exc:
            self.stats.failed += 1
            log.warning("%s: %s gave up after %d attempts: %r", self.name, label,
                        self.attempts, exc, exc_info=exc)
        else:
            self.stats.succeeded += 1
