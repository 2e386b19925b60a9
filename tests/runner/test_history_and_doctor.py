"""The run history through the real command line, the Docker backend's housekeeping, and what
`temper doctor` says about each backend."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from temper.runner import backends

FIXED = Path(__file__).parents[2] / "specs/python/basics/fizzbuzz/solution/fizzbuzz.py"


def temper(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "temper", *args], capture_output=True,
                          text=True, timeout=180, env={**os.environ, **(env or {})})


def test_every_run_is_logged_with_a_snapshot_stored_once(home: Path, fizzbuzz: Path):
    local = {"TEMPER_RUNNER": "local"}
    assert temper("run", str(fizzbuzz), env=local).returncode in (0, 1)
    (fizzbuzz / "fizzbuzz.py").write_text(FIXED.read_text())
    temper("run", str(fizzbuzz), env=local)
    temper("run", str(fizzbuzz), env=local)
    listed = json.loads(temper("history", "--json").stdout)["runs"]
    assert [r["status"] for r in listed] == ["fail", "pass", "pass"]
    first, second, third = listed
    assert first["backend"] == "local" and first["exit_code"] == 1 and second["exit_code"] == 0
    assert "pytest" in first["command"] and first["exercise_id"] == "python/basics/fizzbuzz"
    assert second["snapshot"] == third["snapshot"] != first["snapshot"]
    diff = temper("history", "--diff", str(first["id"]), str(second["id"])).stdout
    assert f"--- run-{first['id']}/fizzbuzz.py" in diff and "+" in diff and "-" in diff
    shown = temper("history", "--show", str(first["id"])).stdout
    assert "test_plain_number_is_text" in shown and "--- fizzbuzz.py ---" in shown
    only = json.loads(temper("history", "--exercise", "python/basics/other", "--json").stdout)
    assert only["runs"] == []
    missing = temper("history", "--diff", "1", "999")
    assert missing.returncode != 0 and "no run numbered 999" in missing.stderr
    db = sqlite3.connect(home / "profile.db")
    blobs = db.execute("SELECT COUNT(*) FROM file_blobs").fetchone()[0]
    assert blobs == 4  # the starter, the fix, and the unchanged test file and README
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE run_log SET status = 'pass'")
    with pytest.raises(sqlite3.DatabaseError, match="immutable"):
        db.execute("UPDATE file_blobs SET content = ''")


def test_doctor_reports_the_local_sandbox_honestly(home: Path):
    doctor = temper("doctor", "--json", env={"TEMPER_RUNNER": "local"})
    runner = json.loads(doctor.stdout)["runner"]
    assert runner["backend"] == "local" and runner["setting"] == "local"
    isolation = runner["isolation"]
    assert set(isolation) >= {"network", "filesystem", "processes", "memory", "cpu",
                              "environment", "user"}
    if isolation["confinement"] == "none":
        assert isolation["network"].startswith("NOT blocked")
    else:
        assert isolation["network"].startswith("blocked")
    assert set(runner["toolchains"]) == {"python", "javascript", "typescript", "go", "rust", "c",
                                         "java"}
    text = temper("doctor", env={"TEMPER_RUNNER": "local"}).stdout
    assert "runner: local (setting: local)" in text and "network:" in text
    assert "toolchains:" in text and "typescript:" in text


def test_doctor_says_when_docker_is_asked_for_but_absent(home: Path, tmp_path: Path):
    doctor = temper("doctor", "--json", env={"TEMPER_RUNNER": "docker",
                                             "DOCKER_HOST": f"unix://{tmp_path}/none.sock"})
    runner = json.loads(doctor.stdout)["runner"]
    assert doctor.returncode == 1 and runner["backend"] is None
    assert "no Docker engine answers" in runner["problem"] and runner["fallback"]


def test_doctor_reports_docker_when_it_runs(home: Path, docker_only: str):
    runner = json.loads(temper("doctor", "--json", env={"TEMPER_RUNNER": "docker"}).stdout)
    assert runner["runner"]["backend"] == "docker"
    assert "network_mode none" in runner["runner"]["isolation"]["network"]


def test_orphaned_containers_are_removed(docker_only: str):
    found = backends._probe()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    orphan = found.client.containers.run(
        found.image("python"), ["sleep", "infinity"], detach=True, network_mode="none",
        labels={"managed-by": "temper", "temper.pid": str(dead.pid),
                "temper.host": os.uname().nodename, "temper.created": str(int(time.time()))},
        volumes={"/usr": {"bind": "/usr", "mode": "ro"}})
    try:
        assert found.sweep() >= 1
        names = [c.id for c in found.client.containers.list(all=True)]
        assert orphan.id not in names
    finally:
        try:
            orphan.remove(force=True)
        except Exception:
            pass


async def test_a_docker_run_that_fails_to_start_does_not_hold_its_container(
        fizzbuzz: Path, docker_only: str, monkeypatch):
    """The engine dropping a request while the exercise is copied in must leave the warm
    container free: the next run in it gets its turn instead of waiting for ever."""
    import asyncio

    from temper.core.results import Status
    from temper.runner import docker_backend, run_tests

    real = docker_backend.DockerBackend._exec
    dropped = []

    def drop_the_copy(self, container, argv, *args, **kwargs):
        if not dropped and "cp -R" in argv[-1]:
            dropped.append(container.id)
            raise ConnectionError("the engine closed the connection")
        return real(self, container, argv, *args, **kwargs)

    monkeypatch.setattr(docker_backend.DockerBackend, "_exec", drop_the_copy)
    try:
        await run_tests(fizzbuzz, "python", ["test_fizzbuzz.py"], 30, backend="docker")
    except ConnectionError:
        pass  # reported to the caller either way; what matters is the next run
    assert dropped
    result = await asyncio.wait_for(
        run_tests(fizzbuzz, "python", ["test_fizzbuzz.py"], 30, backend="docker"), 60)
    assert result.status is Status.FAIL and result.tests
