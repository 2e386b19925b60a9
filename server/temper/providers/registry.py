"""Every LLM provider Temper can use, registered once with its metadata: whether it needs a key,
the environment variable holding it, its default model, and how its model is built. The
settings' choices, the command line's choices and the key store are derived from here, so adding
a provider is one entry.

Nothing here imports an SDK: a provider's module loads when its model is first built.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from temper.providers.base import Model

OFFLINE = "offline"  # the embedded coach: authored hints and rules, no model


@dataclass(frozen=True)
class ProviderInfo:
    name: str
    summary: str
    default_model: str
    module: str  # temper.providers.<module>.<model_class>
    model_class: str
    key_env: str | None = None  # the environment variable holding its API key
    needs_key: bool = False  # hosted: no call goes out without a key
    takes: tuple[str, ...] = ("base_url", "timeout", "max_tokens")  # its model's arguments

    def build(self, model: str, key: str | None, **options: Any) -> Model:
        """The provider's model, built with the options it takes (its SDK loads now)."""
        found = getattr(importlib.import_module(f"temper.providers.{self.module}"),
                        self.model_class)
        values = [options[name] for name in self.takes]
        return found(model, key, *values) if self.needs_key else found(model, *values)


PROVIDERS: dict[str, ProviderInfo] = {p.name: p for p in (
    ProviderInfo("anthropic", "Anthropic's Messages API", "claude-haiku-4-5", "anthropic",
                 "AnthropicModel", key_env="ANTHROPIC_API_KEY", needs_key=True),
    ProviderInfo("openai", "OpenAI or any compatible server", "gpt-4o-mini", "openai_compat",
                 "OpenAIModel", key_env="OPENAI_API_KEY", needs_key=True),
    ProviderInfo("ollama", "a local Ollama", "llama3.2", "ollama", "OllamaModel"),
    ProviderInfo("cli", "a command over stdin/stdout", "SmolLM2", "cli", "CommandModel",
                 takes=("cli_command", "max_tokens")),
)}
LLM_NAMES: tuple[str, ...] = tuple(PROVIDERS)  # what can follow as a fallback, or hold a key
CHOICES: tuple[str, ...] = (OFFLINE, *LLM_NAMES)  # what `provider` may be


def info(name: str) -> ProviderInfo:
    if name not in PROVIDERS:
        raise ValueError(f"unknown provider {name!r}; one of {', '.join(LLM_NAMES)}")
    return PROVIDERS[name]


def key_env(name: str) -> str:
    """The environment variable a provider's key is read from."""
    found = PROVIDERS.get(name)
    return (found.key_env if found and found.key_env else None) \
        or f"TEMPER_{name.upper()}_API_KEY"
