"""The profile survives its faults: a lock held by another process (during an editor session and
from the command line), a read-only home for a non-root user, a damaged file."""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.e2e.harness import Editor
from tests.e2e.wire import Wire

LOCKER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
db.execute("COMMIT")
"""


def as_user(user: str) -> list[str]:
    """Run as `user`, who may still read (never write) past permissions: the interpreter
    lives under /root here."""
    return ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups",
            "--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"]


def temper(*args: str, env: dict | None = None, user: str | None = None
           ) -> subprocess.CompletedProcess:
    argv = [sys.executable, "-m", "temper", *args]
    if user:
        argv = [*as_user(user), *argv]
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, **(env or {})})


def hold_lock(database: Path) -> subprocess.Popen:
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(database)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert locker.stdout.readline().strip() == "locked"
    return locker


def release(locker: subprocess.Popen) -> None:
    locker.stdin.close()
    assert locker.wait(10) == 0


def events(database: Path, workspace: Path, kind: str) -> int:
    db = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        return db.execute("SELECT COUNT(*) FROM events WHERE workspace = ? AND kind = ?",
                          (str(workspace.resolve()), kind)).fetchone()[0]
    finally:
        db.close()


async def test_a_locked_profile_does_not_hold_up_the_editor_and_writes_land_later(
        home: Path, fizzbuzz: Path):
    assert temper("profile", "--json").returncode == 0  # the database exists, unseen folder
    database = home / "profile.db"
    locker = hold_lock(database)
    try:
        editor = await Editor.start(home, fizzbuzz)  # ready although the lock is held
        status = await editor.command("temper.status", {"uri": editor.uri("fizzbuzz.py")})
        assert status["exercise"] == "python/basics/fizzbuzz"
        await editor.save_and_wait("fizzbuzz.py", (fizzbuzz / "fizzbuzz.py").read_text())
        acknowledged = editor.runs_ended()
        assert events(database, fizzbuzz, "run_recorded") == 0  # still queued
    finally:
        release(locker)
    await editor.wait_for("the queued writes to land", lambda: events(
        database, fizzbuzz, "run_recorded") >= acknowledged, timeout=30)
    assert events(database, fizzbuzz, "exercise_started") == 1
    await editor.stop()


def test_the_cli_waits_a_bounded_time_then_names_who_holds_the_lock(home: Path,
                                                                    fizzbuzz: Path):
    assert temper("profile", "--json").returncode == 0
    locker = hold_lock(home / "profile.db")
    try:
        done = temper("hint", str(fizzbuzz / "fizzbuzz.py"), "--json")
    finally:
        release(locker)
    assert done.returncode != 0
    assert "locked by pid" in done.stderr and str(locker.pid) in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


@pytest.fixture
def readonly_home(catalog):
    if os.getuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root to make a non-root user")
    subprocess.run(["useradd", "--system", "--no-create-home", "temperro"],  # may exist
                   capture_output=True, check=False)
    base = Path(tempfile.mkdtemp(prefix="temper-ro-", dir="/tmp"))
    base.chmod(0o755)
    home, folder = base / "home", base / "fizzbuzz"
    env = {"TEMPER_HOME": str(home)}
    assert temper("exercise", "start", "python/basics/fizzbuzz", str(folder),
                  env=env).returncode == 0
    assert temper("hint", str(folder / "fizzbuzz.py"), "--json", env=env).returncode == 0
    subprocess.run(["chown", "-R", "temperro:temperro", str(base)], check=True)
    for path in (home / "profile.db", *home.glob("profile.db-*")):
        path.chmod(0o444)
    home.chmod(0o555)
    yield env, folder
    shutil.rmtree(base, ignore_errors=True)


def test_a_read_only_home_reads_and_says_where_to_write(readonly_home):
    env, folder = readonly_home
    shown = temper("profile", "--json", env=env, user="temperro")
    assert shown.returncode == 0, shown.stderr
    assert '"exercises"' in shown.stdout and "python/basics/fizzbuzz" in shown.stdout
    asked = temper("hint", str(folder / "fizzbuzz.py"), "--json", env=env, user="temperro")
    assert asked.returncode != 0
    assert "read-only" in asked.stderr and "TEMPER_HOME" in asked.stderr, asked.stderr
    assert "Traceback" not in asked.stderr + shown.stderr


async def test_a_read_only_home_in_the_editor_serves_with_one_notice(readonly_home):
    env, folder = readonly_home
    log = Path(tempfile.mkdtemp()) / "server.log"
    wire = await Wire.start(Path(env["TEMPER_HOME"]), log, prefix=tuple(as_user("temperro")))
    await wire.initialize(folder)
    status = await wire.request("s", "workspace/executeCommand", {
        "command": "temper.status", "arguments": [{"uri": (folder / "fizzbuzz.py").as_uri()}]})
    assert status["result"]["exercise"] == "python/basics/fizzbuzz"
    await asyncio.sleep(0.5)
    assert sum("read-only" in m for m in wire.messages()) == 1, wire.messages()
    assert await wire.stop() == 0


def test_a_damaged_profile_is_kept_aside_with_a_one_sentence_notice(home: Path):
    (home / "profile.db").write_bytes(b"this is not a database" * 100)
    done = temper("profile", "--json")
    assert done.returncode == 0, done.stderr
    [notice] = [line for line in done.stderr.splitlines() if "damaged" in line]
    [aside] = home.glob("profile.db.damaged-*")
    assert str(aside) in notice and notice.count(". ") == 0, notice
