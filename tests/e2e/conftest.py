"""The e2e fixture: a real `temper lsp` process paired on a fresh fizzbuzz exercise."""

from __future__ import annotations

from pathlib import Path

import pytest_asyncio

from tests.e2e.harness import Editor


@pytest_asyncio.fixture
async def editor(home: Path, fizzbuzz: Path):
    client = await Editor.start(home, fizzbuzz)
    yield client
    await client.stop()
