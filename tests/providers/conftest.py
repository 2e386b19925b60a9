"""Fixtures for provider tests: a real profile store, hint requests, settings per provider."""

from __future__ import annotations

import pytest

from temper.core.contract import Intent
from temper.core.levels import Level
from temper.profile.store import ProfileStore
from temper.providers import select
from temper.providers.base import HintRequest
from temper.settings import Settings

HINT = ("Think about the order in which your conditions are checked: the most specific case "
        "has to come before the general ones, or it is never reached.")
PROTOCOLS = ["anthropic", "openai", "ollama"]


@pytest.fixture
async def store(home):
    opened = await ProfileStore.open(home / "profile.db")
    yield opened
    await opened.close()


@pytest.fixture(autouse=True)
def keys(monkeypatch):
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test-key-0000")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-key-00000000000000")
    for name in ("ANTHROPIC_BASE_URL", "OPENAI_BASE_URL", "OLLAMA_HOST"):
        monkeypatch.delenv(name, raising=False)


def base_url(protocol: str, url: str) -> str:
    return url + "/v1" if protocol == "openai" else url


def settings(protocol: str, url: str, **overrides) -> Settings:
    values = dict(provider=protocol, model="test-model", base_url=base_url(protocol, url),
                  retries=1, timeout=2.0, deadline=8.0, breaker_threshold=50)
    values.update(overrides)
    return Settings(**values)


def request(exercise, level: Level = Level.L1, code: str | None = None, **extra) -> HintRequest:
    source = code if code is not None else next(iter(exercise.starter.values()))
    path = next(iter(exercise.starter))
    return HintRequest(level, Intent.HINT, exercise, path, 1, source, **extra)


def writer(configured: Settings, store, level: Level = Level.L1, guards=None):
    return select.writer(configured, level, guards or select.GuardRegistry(configured), store)


async def usage_rows(store) -> list[tuple]:
    return await store.db.execute_fetchall(
        "SELECT provider, model, level, status, prompt_tokens, completion_tokens, detail "
        "FROM llm_usage ORDER BY id")
