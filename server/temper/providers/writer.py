"""LLM hints held to the Learning Contract: prompt, resilient call, guard, and a way back.

Every answer passes the guard (core.guard.judge). A violation gets one regeneration with a
stricter prompt, else the answer is sanitised, else the exercise's authored hint is served.
When every provider fails, or the learner's hourly budget is spent, the offline coach answers
with a one-line notice of why. Every call is written to the usage log.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from temper.core import guard, prompts
from temper.core.fencing import unfenced
from temper.core.levels import Level
from temper.core.localization import Localization
from temper.core.results import RunResult, Status
from temper.providers import resilience
from temper.providers.base import HintRequest, HintText, Model, ProviderError
from temper.providers.offline import OfflineProvider, failing_tests

log = logging.getLogger(__name__)
RUN_SUMMARY_LIMIT = 1500


@dataclass(frozen=True)
class UsageRow:
    at: float
    provider: str
    model: str
    level: int
    status: str  # success | error | rate_limited | guard_violation | fallback
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0
    latency: float = 0.0
    detail: str = ""


class UsageLog(Protocol):
    async def record_usage(self, row: UsageRow) -> None: ...

    async def llm_calls_since(self, since: float) -> int: ...


@dataclass(frozen=True)
class Policy:
    """The settings a writer follows."""
    retries: int = 3
    deadline: float = 45.0
    rate_limit: int = 50  # LLM calls per learner per hour
    l4_share: float = 0.4
    prices: Mapping[str, tuple[float, float]] | None = None  # model -> $ per 1M in/out tokens
    prompt_chars: int = 0  # the longest prompt a model takes (0: no limit)


def prompt_input(request: HintRequest, l4_share: float, stricter: str = "",
                 secrets: tuple[str, ...] = (), budget: int = 0) -> prompts.PromptInput:
    exercise, run = request.exercise, request.run
    summary = ""
    if run is not None:
        summary = run.summary()
        failure = run.first_failure
        if failure:
            summary += f"\nFirst failing test: {failure.name}: {failure.message or ''}"
    return prompts.PromptInput(
        level=request.level, intent=request.intent.value,
        language=exercise.language if exercise else "", title=exercise.title if exercise else "",
        description=exercise.description if exercise else "", path=request.path,
        line=request.line, code=request.code, run_summary=summary[:RUN_SUMMARY_LIMIT],
        risks=request.risks, memory=request.memory, profile=request.profile,
        goal=request.goal, facts=facts_text(run),
        suspects=suspects_text(request.localization),
        authored=tuple(text for _, text in exercise.hints.fitting(
            int(request.level), failing_tests(run))) if exercise else (),
        l4_share=l4_share, stricter=stricter, secrets=secrets, budget=budget)


def facts_text(run: RunResult | None, limit: int = 3) -> str:
    """One line per failing test (up to `limit`): its call, expected and actual, exception and
    the learner's line, as the run reported them."""
    lines = []
    for test in (run.tests if run else ()):
        if test.status is Status.PASS or len(lines) >= limit:
            continue
        facts, where = test.facts, test.learner_location
        parts = [f"test {test.name}"]
        if facts and facts.call:
            parts.append(f"call {facts.call}")
        if facts and facts.expected is not None:
            parts.append(f"expected {facts.expected}")
        if facts and facts.actual is not None:
            parts.append(f"actual {facts.actual}")
        if facts and facts.exception:
            parts.append(f"raised {facts.exception}")
        if test.hung:
            parts.append("never finished (stopped at its time limit)")
        if where:
            parts.append(f"at {where.path}:{where.line}")
        lines.append("; ".join(parts))
    return "\n".join(lines)


def suspects_text(localization: Localization | None, limit: int = 3) -> str:
    """The ranked suspect lines and the values seen on the first; never the repair."""
    if localization is None or not localization.suspects:
        return ""
    lines = [f"{s.path}:{s.line}: {s.code}" for s in localization.suspects[:limit]]
    if localization.values:
        lines.append("values seen on the first line: " + ", ".join(localization.values[:6]))
    return "\n".join(lines)


class LLMWriter:
    """A chain of models, then the offline coach."""

    def __init__(self, models: list[Model], guards: Callable[[str], resilience.Guards],
                 policy: Policy, usage: UsageLog | None = None, secrets: tuple[str, ...] = (),
                 clock: Callable[[], float] = time.time):
        self.models, self.guards, self.policy, self.usage = models, guards, policy, usage
        self.secrets, self.clock = secrets, clock
        self.name = models[0].name if models else "offline"
        self.offline = OfflineProvider()

    async def hint(self, request: HintRequest) -> HintText:
        level = request.level
        if self.usage and await self.usage.llm_calls_since(self.clock() - 3600) \
                >= self.policy.rate_limit:
            first = self.models[0]
            await self._log(first, level, "rate_limited", detail="hourly limit reached")
            return self._offline(request, f"You have had {self.policy.rate_limit} LLM hints "
                                          "in the last hour; this one comes from the offline "
                                          "coach.")
        failures = []
        for model in self.models:
            try:
                return await self._from(model, request)
            except ProviderError as exc:
                failures.append(f"{model.name} ({exc})")
                log.warning("provider %s failed: %s", model.name, exc)
        await self._log(None, level, "fallback", detail="; ".join(failures))
        return self._offline(request, f"No LLM answered: {failures[0]}; this hint comes from "
                                      "the offline coach." if failures else None)

    async def _from(self, model: Model, request: HintRequest) -> HintText:
        """The model's answer if the guard lets it through, else the next best thing."""
        text = await self._call(model, request, "")
        solution, public = _reference(request)
        rules = {"explicit": request.explicit, "l4_share": self.policy.l4_share}
        problem = await _judged(text, request.level, solution, public, rules)
        if problem is None:
            return HintText(text, _key(model, request, text), model.name)
        await self._log(model, request.level, "guard_violation", detail=problem)
        try:
            again = await self._call(model, request, problem)
        except ProviderError as exc:
            log.warning("regeneration failed: %s", exc)
            again = ""
        second = await _judged(again, request.level, solution, public, rules) if again else "none"
        if second is None:
            return HintText(again, _key(model, request, again), model.name,
                            f"A first answer was withheld because it contained {problem}.")
        if again:
            await self._log(model, request.level, "guard_violation", detail=second)
        for candidate in (again, text):
            cleaned = await asyncio.to_thread(
                guard.sanitised, candidate, request.level, solution, public, **rules) \
                if candidate else None
            if cleaned:
                return HintText(cleaned, _key(model, request, cleaned), model.name,
                                f"Parts of the answer were cut because they contained {problem}.")
        return self._offline(request, f"The {model.name} answer was withheld because it "
                                      f"contained {problem}; here is the exercise's own hint.")

    async def _call(self, model: Model, request: HintRequest, stricter: str) -> str:
        prompt = prompts.build(prompt_input(request, self.policy.l4_share, stricter,
                                            self.secrets, self.policy.prompt_chars))
        started = time.monotonic()
        try:
            completion = await resilience.call(
                model, prompt, self.guards(model.name), retries=self.policy.retries,
                deadline=self.policy.deadline, on_text=request.on_text)
        except ProviderError as exc:
            status = "rate_limited" if exc.status == 429 else "error"
            await self._log(model, request.level, status, latency=time.monotonic() - started,
                            detail=str(exc))
            raise
        await self._log(model, request.level, "success", completion.prompt_tokens,
                        completion.completion_tokens, time.monotonic() - started)
        return unfenced(completion.text)

    def _offline(self, request: HintRequest, notice: str | None) -> HintText:
        written = self.offline.write(request)
        return HintText(written.text, written.key, written.provider, notice)

    async def _log(self, model: Model | None, level: Level, status: str, prompt_tokens: int = 0,
                   completion_tokens: int = 0, latency: float = 0.0, detail: str = "") -> None:
        if self.usage is None:
            return
        name = model.model if model else ""
        price_in, price_out = (self.policy.prices or {}).get(name, (0.0, 0.0))
        cost = (prompt_tokens * price_in + completion_tokens * price_out) / 1_000_000
        await self.usage.record_usage(UsageRow(
            self.clock(), model.name if model else "offline", name, int(level), status,
            prompt_tokens, completion_tokens, round(cost, 6), round(latency, 3), detail[:500]))


async def _judged(text: str, level: Level, solution, public, rules) -> str | None:
    """guard.judge off the event loop: similarity over a long answer takes tens of ms."""
    return await asyncio.to_thread(guard.judge, text, level, solution, public, **rules)


def _reference(request: HintRequest) -> tuple[dict[str, str], dict[str, str]]:
    exercise = request.exercise
    if exercise is None:
        return {}, {}
    return exercise.solution, {**exercise.starter, **exercise.tests,
                               "README.md": exercise.description}


def _key(model: Model, request: HintRequest, text: str) -> str:
    digest = hashlib.sha1(text.encode()).hexdigest()[:10]
    return f"{model.name}:L{int(request.level)}:{digest}"
