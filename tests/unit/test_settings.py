"""Settings: every source in order, and bad values fall back to defaults with a message."""

from __future__ import annotations

from pathlib import Path

from temper import settings


def test_defaults_when_nothing_is_set(home: Path):
    loaded, problems = settings.load()
    assert (loaded.track, loaded.provider, loaded.run_on_save) == ("standard", "offline", True)
    assert problems == []


def test_file_then_environment_then_client(home: Path, monkeypatch):
    (home / "config.toml").write_text('track = "beginner"\nrun_timeout = 20\nmodel = "m1"\n')
    monkeypatch.setenv("TEMPER_RUN_TIMEOUT", "30")
    loaded, problems = settings.load({"model": "m2"})
    assert (loaded.track, loaded.run_timeout, loaded.model) == ("beginner", 30.0, "m2")
    assert problems == []


def test_client_keys_may_be_camel_case(home: Path):
    loaded, _ = settings.load({"runOnSave": False, "debounceMs": 50})
    assert loaded.run_on_save is False and loaded.debounce_ms == 50


def test_invalid_values_fall_back_one_by_one(home: Path, monkeypatch):
    monkeypatch.setenv("TEMPER_TRACK", "expert")
    loaded, problems = settings.load({"runTimeout": -1, "provider": "openai"})
    assert (loaded.track, loaded.run_timeout, loaded.provider) == ("standard", 10.0, "openai")
    assert len(problems) == 2
    assert "track = 'expert' is not valid; using 'standard'" in problems
    assert settings.describe(problems).startswith("Temper settings: ")


def test_a_broken_config_file_is_ignored_with_a_message(home: Path):
    (home / "config.toml").write_text("track = [unclosed\n")
    loaded, problems = settings.load()
    assert loaded.track == "standard"
    assert "config.toml" in problems[0] and "ignored" in problems[0]


def test_unknown_keys_and_a_non_object_are_ignored(home: Path):
    assert settings.load({"colour": "blue"})[0].track == "standard"
    assert settings.load(["not", "a", "dict"])[1] == []  # type: ignore[arg-type]
