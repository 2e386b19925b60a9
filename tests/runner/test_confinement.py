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


TAMPER = '''
func init() {
	cache := os.Getenv("GOCACHE")
	filepath.WalkDir(cache, func(path string, entry fs.DirEntry, err error) error {
		if err == nil && !entry.IsDir() && strings.HasSuffix(path, "-d") {
			info, _ := entry.Info()
			if info.Size() > 0 {
				os.WriteFile(path, make([]byte, info.Size()), 0o644)
			}
		}
		return nil
	})
}
'''


@pytest.mark.skipif(shutil.which("go") is None, reason="no Go toolchain")
def test_a_build_cache_entry_a_run_changed_is_never_reused(home: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    env = {"TEMPER_HOME": str(home), "TEMPER_CACHE": str(cache)}
    folder = tmp_path / "largest"
    assert temper("exercise", "start", "go/basics/largest", str(folder), env=env).returncode == 0
    clean = (folder / "largest.go").read_text()
    first = json.loads(temper("run", str(folder), "--json", env=env).stdout)  # fills the cache
    assert first["tests"], first
    source = clean.replace("package largest\n", 'package largest\n\nimport (\n\t"io/fs"\n'
                           '\t"os"\n\t"path/filepath"\n\t"strings"\n)\n', 1) + TAMPER
    (folder / "largest.go").write_text(source)
    temper("run", str(folder), "--json", env=env)  # zeroes every entry it can reach
    (folder / "largest.go").write_text(clean)
    again = temper("run", str(folder), "--json", env=env)
    result = json.loads(again.stdout)
    assert [(t["name"], t["status"]) for t in result["tests"]] == \
        [(t["name"], t["status"]) for t in first["tests"]], result
    assert "changed after they were written" in again.stderr, again.stderr
    zeroed = [p for p in (cache / "runner" / "go-build").rglob("*-d")
              if p.stat().st_size and not p.read_bytes().strip(b"\0")]
    assert not zeroed


async def test_the_editors_health_names_the_active_confinement(sandbox_env, home: Path,
                                                              fizzbuzz: Path):
    from tests.e2e.harness import Editor

    expected, env = sandbox_env
    editor = await Editor.start(home, fizzbuzz, env={**env, "TEMPER_RUNNER": "local"})
    try:
        health = await editor.command("temper.health", {})
    finally:
        await editor.stop()
    assert health["runner"]["isolation"]["confinement"] == expected, health["runner"]
