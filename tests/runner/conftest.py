"""Backends for the runner tests: the local sandbox always; Docker when an engine answers.

On CI (CI=true) scripts/test installs and starts a Docker engine, so a missing engine there is a
failure, not a skip.
"""

from __future__ import annotations

import os

import pytest

from temper.runner import backends


def _docker_or_skip() -> None:
    if backends._probe() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("no Docker engine answers on CI; scripts/start-docker should run one")
        pytest.skip("no Docker engine answers (run scripts/start-docker)")


@pytest.fixture(params=["local", "docker"])
def backend(request) -> str:
    if request.param == "docker":
        _docker_or_skip()
    return request.param


@pytest.fixture
def docker_only() -> str:
    _docker_or_skip()
    return "docker"
