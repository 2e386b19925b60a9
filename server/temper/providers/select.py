"""The provider chain the settings ask for: the configured provider, any fallbacks, offline."""

from __future__ import annotations

import asyncio
import logging

from temper.core.levels import Level
from temper.providers.base import Model, Provider
from temper.providers.offline import OfflineProvider
from temper.providers.resilience import CircuitBreaker, Guards
from temper.providers.writer import LLMWriter, Policy, UsageLog
from temper.settings import Settings

log = logging.getLogger(__name__)
DEFAULT_MODELS = {"anthropic": "claude-haiku-4-5", "openai": "gpt-4o-mini",
                  "ollama": "llama3.2", "cli": "SmolLM2"}


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
    return by_level or (settings.model if primary else None) or DEFAULT_MODELS[provider]


def model(settings: Settings, provider: str, level: Level, primary: bool = True) -> Model:
    from temper.providers import keys

    name = model_name(settings, provider, level, primary)
    base_url = settings.base_url if primary else None
    try:
        key = keys.get(provider)
    except keys.KeyStoreError as exc:  # an unreadable key file: the provider says no key
        log.warning("%s", exc)
        key = None
    if provider == "anthropic":
        from temper.providers.anthropic import AnthropicModel
        return AnthropicModel(name, key, base_url, settings.timeout, settings.max_tokens)
    if provider == "openai":
        from temper.providers.openai_compat import OpenAIModel
        return OpenAIModel(name, key, base_url, settings.timeout, settings.max_tokens)
    if provider == "ollama":
        from temper.providers.ollama import OllamaModel
        return OllamaModel(name, base_url, settings.timeout, settings.max_tokens)
    if provider == "cli":
        from temper.providers.cli import CommandModel
        return CommandModel(name, settings.cli_command, settings.max_tokens)
    raise ValueError(f"unknown provider {provider!r}")


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
