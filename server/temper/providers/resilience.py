"""Calls that fail well: retries on retryable faults only (tenacity, honouring Retry-After), a
circuit breaker and a concurrency bulkhead per provider, and an overall deadline."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)

from temper.core.prompts import Prompt
from temper.providers.base import Completion, Model, OnText, ProviderError

BACKOFF = wait_exponential_jitter(multiplier=0.5, max=8, jitter=0.5)
MAX_RETRY_AFTER = 30.0  # a longer Retry-After is not worth waiting for inside a hint


class CircuitBreaker:
    """Opens after `threshold` failed calls in a row; after `cooldown` seconds one trial call
    is let through (half-open), and its outcome closes or re-opens the circuit."""

    def __init__(self, threshold: int = 3, cooldown: float = 60.0,
                 clock: Callable[[], float] = time.monotonic):
        self.threshold, self.cooldown, self.clock = threshold, cooldown, clock
        self.failures = 0
        self.opened_at: float | None = None

    def check(self) -> None:
        if self.opened_at is None:
            return
        waited = self.clock() - self.opened_at
        if waited < self.cooldown:
            raise ProviderError(f"paused after {self.failures} failed calls in a row; trying "
                                f"again in {self.cooldown - waited:.0f} s")
        self.opened_at = None  # half-open: this call decides

    def succeeded(self) -> None:
        self.failures, self.opened_at = 0, None

    def failed(self) -> None:
        self.failures += 1
        if self.failures >= self.threshold:
            self.opened_at = self.clock()


@dataclass
class Guards:
    """What one provider's calls share across hints."""
    breaker: CircuitBreaker = field(default_factory=CircuitBreaker)
    bulkhead: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(2))


def _wait(state: RetryCallState) -> float:
    error = state.outcome.exception() if state.outcome else None
    after = getattr(error, "retry_after", None)
    if after is not None:
        return min(after, MAX_RETRY_AFTER)
    return BACKOFF(state)


def _retryable(error: BaseException) -> bool:
    return isinstance(error, ProviderError) and error.retryable


async def call(model: Model, prompt: Prompt, guards: Guards, *, retries: int = 3,
               deadline: float = 45.0, on_text: OnText | None = None,
               on_retry: Callable[[ProviderError], None] | None = None) -> Completion:
    """One completion within `deadline` seconds, retried at most `retries` times."""
    guards.breaker.check()

    def before_sleep(state: RetryCallState) -> None:
        if on_retry and state.outcome:
            on_retry(state.outcome.exception())

    try:
        async with asyncio.timeout(deadline):
            async with guards.bulkhead:
                async for attempt in AsyncRetrying(
                        stop=stop_after_attempt(retries + 1), wait=_wait,
                        retry=retry_if_exception(_retryable), before_sleep=before_sleep,
                        reraise=True):
                    with attempt:
                        completion = await model.complete(prompt, on_text)
    except TimeoutError:
        guards.breaker.failed()
        raise ProviderError(f"{model.name} did not finish within {deadline:g} s") from None
    except ProviderError:
        guards.breaker.failed()
        raise
    guards.breaker.succeeded()
    return completion
