"""One settings model, fed by defaults, the user's config file, TEMPER_* variables and the editor.

Later sources win: defaults < config file < environment < the client's settings. A value that does
not validate falls back to its default and is named in one message; loading never fails.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, EnvSettingsSource, SettingsConfigDict

from temper.providers.registry import CHOICES, LLM_NAMES


def home() -> Path:
    """Where Temper keeps its data: TEMPER_HOME, else the user's data directory."""
    override = os.environ.get("TEMPER_HOME")
    return Path(override).expanduser() if override else Path(platformdirs.user_data_dir("temper"))


def config_file() -> Path:
    override = os.environ.get("TEMPER_HOME")
    base = Path(override).expanduser() if override else Path(platformdirs.user_config_dir("temper"))
    return base / "config.toml"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TEMPER_", extra="ignore", frozen=True)

    track: Literal["beginner", "standard", "advanced", "interview-prep"] = Field(
        "standard", description="The Learning Contract track: how much help is allowed.")
    provider: Literal[CHOICES] = Field(  # type: ignore[valid-type]
        "offline", description="Who writes hints; offline serves the exercise's authored hints.")
    model: str | None = Field(None, description="The model name for an LLM provider.")
    models: dict[str, str] = Field(default_factory=dict, description=(
        "A model per level for the provider, e.g. {L0 = 'small', L3 = 'large'}."))
    base_url: str | None = Field(None, description=(
        "The provider's server; else OPENAI_BASE_URL, ANTHROPIC_BASE_URL or OLLAMA_HOST."))
    fallback: list[Literal[LLM_NAMES]] = Field(  # type: ignore[valid-type]
        default_factory=list, description="Providers tried after the first; offline is last.")
    timeout: float = Field(20.0, gt=0, le=600, description="Seconds per provider request.")
    deadline: float = Field(45.0, gt=0, le=900, description="Seconds for a hint, retries "
                            "and fallbacks included.")
    retries: int = Field(3, ge=0, le=3, description="Retries of a retryable provider failure.")
    rate_limit: int = Field(50, ge=0, description="LLM calls per learner per hour.")
    max_concurrent: int = Field(2, ge=1, le=16, description="Calls in flight per provider.")
    breaker_threshold: int = Field(3, ge=1, description="Failures in a row that pause a "
                                   "provider.")
    breaker_cooldown: float = Field(60.0, ge=0, description="Seconds a paused provider rests.")
    max_tokens: int = Field(400, ge=16, le=8192, description="Longest answer, in tokens.")
    prompt_chars: int = Field(0, ge=0, description="The longest prompt a model takes, in "
                              "characters (0: no limit); for small local models.")
    l4_share: float = Field(0.4, gt=0, lt=1, description="Share of the logic an L4 answer "
                            "leaves to the learner.")
    cli_command: str = Field("llm -n -m {model}", description=(
        "The cli provider's command: reads the prompt on stdin, answers on stdout."))
    prices: dict[str, tuple[float, float]] = Field(default_factory=lambda: dict(PRICES),
                                                   description="USD per 1M input/output tokens.")
    run_on_save: bool = Field(True, description="Run the exercise's tests when a file is saved.")
    run_timeout: float = Field(10.0, gt=0, le=300, description="Seconds before a run is stopped.")
    localize_budget: float = Field(4.0, gt=0, le=60, description="Seconds the coach spends finding the line at fault after a failing run.")
    repair_search: bool = Field(True, description="Confirm the line at fault by searching for a small repair (kept by the coach).")
    debounce_ms: int = Field(300, ge=0, le=5000, description="Wait after typing before analysis.")
    specs: Path | None = Field(None, description="A folder of exercise specs instead of the catalog.")
    runner: Literal["auto", "docker", "local"] = Field(
        "auto", description="Where tests run: Docker when an engine answers (auto), always "
        "Docker, or the local sandbox.")


PRICES = {  # USD per million input and output tokens; override in config.toml [prices]
    "claude-haiku-4-5": (1.0, 5.0), "claude-sonnet-4-5": (3.0, 15.0),
    "claude-opus-4-1": (15.0, 75.0), "gpt-4o-mini": (0.15, 0.6), "gpt-4o": (2.5, 10.0),
    "gpt-4.1-mini": (0.4, 1.6),
}


def _snake(key: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", key).lower()


def _read_file(path: Path, problems: list[str]) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        problems.append(f"{path}: {exc}; the file was ignored")
        return {}


def load(client: dict[str, Any] | None = None, file: Path | None = None
         ) -> tuple[Settings, list[str]]:
    """Build the settings from every source; return them with a list of problems found."""
    problems: list[str] = []
    raw: dict[str, Any] = {}
    raw.update(_read_file(file or config_file(), problems))
    try:
        raw.update(EnvSettingsSource(Settings)())
    except Exception as exc:  # pydantic-settings raises SettingsError for unparsable values
        problems.append(f"environment: {exc}")
    if isinstance(client, dict):
        raw.update({_snake(k): v for k, v in client.items() if v is not None})
    raw = {k: v for k, v in raw.items() if k in Settings.model_fields}
    # Init arguments outrank the environment, so a bad value is replaced by its default here.
    for _ in range(len(Settings.model_fields) + 1):
        try:
            return Settings(**raw), problems
        except ValidationError as exc:
            bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]} & raw.keys()
            for key in sorted(bad):
                default = Settings.model_fields[key].default
                problems.append(f"{key} = {raw[key]!r} is not valid; using {default!r}")
                raw[key] = default
            if not bad:
                break
    problems.append("settings could not be read; using the defaults")
    return Settings.model_construct(), problems


def describe(problems: list[str]) -> str:
    """One message for all configuration problems."""
    return "Temper settings: " + "; ".join(problems)
