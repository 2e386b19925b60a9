"""The provider registry: the settings' choices, the command line's choices and the key store
come from it, every provider builds its model from it, and SDK errors are worded one way."""

from __future__ import annotations

import typing

import click
import pytest

from temper.cli.keys import PROVIDERS as CLI_KEY_CHOICES
from temper.cli.main import main
from temper.core.levels import Level
from temper.providers import keys, select
from temper.providers.base import ProviderError
from temper.providers.errors import SdkErrors, translate
from temper.providers.registry import CHOICES, LLM_NAMES, PROVIDERS, key_env
from temper.settings import Settings


def test_settings_cli_and_key_store_choices_come_from_the_registry():
    fields = Settings.model_fields
    assert typing.get_args(fields["provider"].annotation) == CHOICES == ("offline", *LLM_NAMES)
    assert typing.get_args(typing.get_args(fields["fallback"].annotation)[0]) == LLM_NAMES
    assert tuple(CLI_KEY_CHOICES.choices) == LLM_NAMES == keys.PROVIDERS
    hint = main.commands["hint"]
    [provider] = [p for p in hint.params if p.name == "provider"]
    assert isinstance(provider.type, click.Choice) and tuple(provider.type.choices) == CHOICES


@pytest.mark.parametrize("name", LLM_NAMES)
def test_every_registered_provider_builds_its_model(name: str, monkeypatch):
    monkeypatch.setenv(key_env(name), "sk-test-0000")
    model = select.model(Settings(provider=name), name, Level.L1)
    assert model.name == name and model.model == PROVIDERS[name].default_model
    if PROVIDERS[name].needs_key:
        assert model.api_key == "sk-test-0000"


def test_an_unknown_provider_is_refused():
    with pytest.raises(ValueError, match="unknown provider 'nobody'"):
        select.model(Settings(), "nobody", Level.L1)
    assert key_env("anthropic") == "ANTHROPIC_API_KEY" and key_env("ollama") == \
        "TEMPER_OLLAMA_API_KEY"


class StatusError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status, self.message = status, message


class Timeout(ConnectionError):
    pass


class InStream(Exception):
    message = "overloaded"


KINDS = SdkErrors(status=(StatusError,), read_status=lambda e: (e.status, e.message, 7.0),
                  timeout=(Timeout,), connection=(ConnectionError,), mid_stream=(InStream,))


@pytest.mark.parametrize(("raised", "words", "retryable"), [
    (StatusError(429, "slow down"), "answered HTTP 429: slow down", True),
    (StatusError(401, "bad key"), "answered HTTP 401: bad key", False),
    (StatusError(None, "boom"), "reported an error mid-answer (boom)", True),
    (Timeout("t"), "timed out after 5 s", True),
    (ConnectionError("refused"), "could not be reached", True),
    (InStream(), "reported an error mid-answer (overloaded)", True),
    (ValueError("not json"), "sent a malformed stream (not json)", False),
])
def test_sdk_errors_are_worded_one_way(raised, words, retryable):
    found = translate("p", 5.0, raised, KINDS)
    assert isinstance(found, ProviderError) and words in str(found)
    assert found.retryable is retryable


def test_an_error_that_is_not_the_providers_is_not_translated():
    assert translate("p", 5.0, KeyError("ours"), KINDS) is None
