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
    provider: Literal["offline", "anthropic", "openai", "ollama", "cli"] = Field(
        "offline", description="Who writes hints; offline serves the exercise's authored hints.")
    model: str | None = Field(None, description="The model name for an LLM provider.")
    run_on_save: bool = Field(True, description="Run the exercise's tests when a file is saved.")
    run_timeout: float = Field(10.0, gt=0, le=300, description="Seconds before a run is stopped.")
    debounce_ms: int = Field(300, ge=0, le=5000, description="Wait after typing before analysis.")
    specs: Path | None = Field(None, description="A folder of exercise specs instead of the catalog.")


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
