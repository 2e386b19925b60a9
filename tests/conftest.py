"""Shared fixtures: an isolated TEMPER_HOME and exercise folders written from the catalog."""

from __future__ import annotations

from pathlib import Path

import pytest

from temper.catalog.exercises import Catalog, start

FIZZBUZZ = "python/basics/fizzbuzz"


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return Catalog.load()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private TEMPER_HOME so no test touches the real profile or config."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("TEMPER_HOME", str(folder))
    for name in ("TEMPER_TRACK", "TEMPER_PROVIDER", "TEMPER_RUN_ON_SAVE", "TEMPER_RUN_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    return folder


@pytest.fixture
def fizzbuzz(tmp_path: Path, catalog: Catalog) -> Path:
    """A folder holding a freshly started fizzbuzz exercise."""
    folder = tmp_path / "fizzbuzz"
    start(catalog.get(FIZZBUZZ), folder)
    return folder
