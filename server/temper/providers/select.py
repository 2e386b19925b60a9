"""The provider chain the settings ask for: the configured provider, any fallbacks, offline."""

from __future__ import annotations

import asyncio
import logging

from temper.core.levels import Level
from temper.providers.base import Model, Provider
from temper.providers.offline import OfflineProvider
from temper.providers.registry import info
from temper.providers.resilience import CircuitBreaker, Guards
from temper.providers.writer import LLMWriter, Policy, UsageLog
from temper.settings import Settings

log = logging.getLogger(__name__)


class GuardRegistry:
    """One circuit breaker and bulkhead per provider, kept across hints."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.guards: dict[str, Guards] = {}

    def __call__(self, provider: str) -> Guards:
        if provider not in self.guards:
            self.guards[provider] = Guards(
                CircuitBreaker(self.settings.breaker_threshold, self.settings.breaker_cooldown),
                asyncio.Semaphore(self.settings.max_concurrent))
        return self.guards[provider]


def model_name(settings: Settings, provider: str, level: Level, primary: bool) -> str:
    by_level = settings.models.get(f"L{int(level)}") if primary else None
    return by_level or (settings.model if primary else None) or info(provider).default_model


def model(settings: Settings, provider: str, level: Level, primary: bool = True) -> Model:
    from temper.providers import keys

    registered = info(provider)  # an unknown name: ValueError
    key = None
    if registered.needs_key:
        try:
            key = keys.get(provider)
        except keys.KeyStoreError as exc:  # an unreadable key file: the provider says no key
            log.warning("%s", exc)
    return registered.build(model_name(settings, provider, level, primary), key,
                            base_url=settings.base_url if primary else None,
                            timeout=settings.timeout, max_tokens=settings.max_tokens,
                            cli_command=settings.cli_command)


def chain(settings: Settings) -> list[str]:
    """The LLM providers to try, in order; offline always ends the chain."""
    names = [settings.provider, *settings.fallback]
    return [n for i, n in enumerate(names) if n != "offline" and n not in names[:i]]


def writer(settings: Settings, level: Level, guards: GuardRegistry,
           usage: UsageLog | None) -> Provider:
    """The provider for one hint at `level`."""
    from temper.providers import keys

    names = chain(settings)
    if not names:
        return OfflineProvider()
    models = [model(settings, n, level, primary=(i == 0)) for i, n in enumerate(names)]
    policy = Policy(settings.retries, settings.deadline, settings.rate_limit, settings.l4_share,
                    {k: (v[0], v[1]) for k, v in settings.prices.items()},
                    settings.prompt_chars)
    return LLMWriter(models, guards, policy, usage, keys.all_values())
