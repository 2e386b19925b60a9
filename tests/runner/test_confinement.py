"""The local sandbox confines files with and without bubblewrap: through the real command line,
`temper doctor` names what is active, and a run's writes outside its copy and its reads of the
home folder are contained in both cases (bubblewrap hidden from PATH for the second)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from temper.runner import confine


def path_without_bwrap(tmp_path: Path) -> str:
    """PATH with every folder holding bwrap replaced by a copy of it (symbolic links) without."""
    folders = []
    for folder in os.environ["PATH"].split(os.pathsep):
        if not (Path(folder) / "bwrap").exists():
            folders.append(folder)
            continue
        shadow = tmp_path / f"bin-{len(folders)}"
        shadow.mkdir()
        for entry in Path(folder).iterdir():
            if entry.name != "bwrap":
                (shadow / entry.name).symlink_to(entry)
        folders.append(str(shadow))
    return os.pathsep.join(folders)


def temper(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "temper", *args], capture_output=True,
                          text=True, timeout=180, check=False,
                          env={**os.environ, "TEMPER_RUNNER": "local", **env})


@pytest.fixture(params=["bwrap", "landlock"])
def sandbox_env(request, tmp_path: Path) -> tuple[str, dict[str, str]]:
    if request.param == "bwrap":
        if shutil.which("bwrap") is None:
            pytest.skip("bubblewrap is not installed here")
        return "bwrap", {}
    if confine.abi() < 1:
        pytest.skip("this kernel has no Landlock")
    return "landlock", {"PATH": path_without_bwrap(tmp_path)}


def test_doctor_names_the_active_confinement(sandbox_env):
    expected, env = sandbox_env
    isolation = json.loads(temper("doctor", "--json", env=env).stdout)["runner"]["isolation"]
    assert isolation["confinement"] == expected, isolation
    assert not isolation["filesystem"].startswith("NOT"), isolation
    assert isolation["network"].startswith("blocked"), isolation


def test_writes_outside_and_reads_of_home_are_contained(sandbox_env, home: Path,
                                                      fizzbuzz: Path):
    _, env = sandbox_env
    token = uuid.uuid4().hex
    secret = Path.home() / f".temper-secret-{token}"
    secret.write_text("do-not-leak")
    secret.chmod(0o644)
    outside = [Path.home() / f".temper-escape-{token}", Path("/tmp") / f"temper-escape-{token}",
               home / f"escape-{token}", fizzbuzz / f"escape-{token}"]
    attempts = "\n".join(
        f"    try:\n        open({str(t)!r}, 'w').write('x')\n    except OSError as exc:\n"
        f"        print('refused write', exc)" for t in outside)
    (fizzbuzz / "fizzbuzz.py").write_text(
        f"def fizzbuzz(n):\n{attempts}\n    try:\n        print(open({str(secret)!r}).read())\n"
        "    except OSError as exc:\n        print('refused read', exc)\n    return str(n)\n")
    try:
        done = temper("run", str(fizzbuzz), "--json", env={**env, "TEMPER_HOME": str(home)})
        result = json.loads(done.stdout)
        printed = json.dumps(result)
        assert result["tests"], result
        assert not any(t.exists() for t in outside), [t for t in outside if t.exists()]
        assert "do-not-leak" not in printed
    finally:
        secret.unlink()
        for target in outside:
            target.unlink(missing_ok=True)
