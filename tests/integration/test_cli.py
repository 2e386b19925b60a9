"""The `temper` command line, run as a learner would run it, in a private TEMPER_HOME."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIXED = (Path(__file__).parents[2] / "specs/python/basics/fizzbuzz/solution/fizzbuzz.py")


def temper(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "temper", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd)


def test_exercise_list_show_start_and_refuse_to_overwrite(home: Path, tmp_path: Path):
    listed = json.loads(temper("exercise", "list", "--json").stdout)
    assert len([e for e in listed if e["language"] == "python"]) >= 8
    shown = temper("exercise", "show", "python/basics/fizzbuzz").stdout
    assert "fizzbuzz(n)" in shown and "n % 15" not in shown  # never the solution
    folder = tmp_path / "fb"
    assert temper("exercise", "start", "python/basics/fizzbuzz", str(folder)).returncode == 0
    assert (folder / ".temper" / "exercise.json").is_file()
    assert {p.name for p in folder.iterdir()} >= {"fizzbuzz.py", "test_fizzbuzz.py", "README.md"}
    again = temper("exercise", "start", "python/basics/fizzbuzz", str(folder))
    assert again.returncode != 0 and "already has fizzbuzz.py" in again.stderr
    unknown = temper("exercise", "show", "python/basics/nope")
    assert unknown.returncode != 0 and "no exercise" in unknown.stderr
    typo = temper("exercise", "start", "python/basic/fizbuzz", str(tmp_path / "typo"))
    assert typo.returncode != 0 and "did you mean python/basics/fizzbuzz?" in typo.stderr


def test_run_json_hint_reset_and_profile(home: Path, fizzbuzz: Path):
    failing = temper("run", str(fizzbuzz), "--json")
    assert failing.returncode == 1
    result = json.loads(failing.stdout)
    assert result["status"] == "fail" and result["version"] == 3 and result["failed"] == 3
    hint = json.loads(temper("hint", str(fizzbuzz / "fizzbuzz.py"), "--line", "3",
                             "--json").stdout)
    assert hint["level"] == 1 and hint["rationale"] and hint["provider"] == "offline"
    refused = json.loads(temper("hint", str(fizzbuzz / "fizzbuzz.py"), "--level", "L5",
                                "--json").stdout)
    assert refused["level"] <= 1 and "L5 opens after" in refused["rationale"]
    (fizzbuzz / "fizzbuzz.py").write_text(FIXED.read_text())
    green = temper("run", str(fizzbuzz))
    assert green.returncode == 0 and "All 5 tests pass" in green.stdout
    profile = json.loads(temper("profile", "--json").stdout)
    assert profile["exercises"][0]["completed"] is True
    assert {s["concept"] for s in profile["skills"]} == {"conditionals", "modulo", "functions"}
    assert "Skill per concept" in temper("profile").stdout
    assert temper("exercise", "reset", str(fizzbuzz)).returncode == 0
    assert "return n\n" in (fizzbuzz / "fizzbuzz.py").read_text()
    assert "python/" in temper("exercise", "next").stdout


def test_demo_runs_offline_to_green(home: Path):
    demo = temper("demo")
    assert demo.returncode == 0, demo.stderr
    for expected in ("Temper · L0", "Temper · L1", "Temper · L2", "why this level",
                     "All 5 tests pass", "The editor offers: [Start ", "Skill per concept"):
        assert expected in demo.stdout
    assert "Failed to handle" not in demo.stdout + demo.stderr  # every server request answered


def test_version_and_bad_tcp_argument(home: Path):
    assert temper("--version").stdout.startswith("temper, version")
    bad = temper("lsp", "--tcp", "nonsense")
    assert bad.returncode != 0 and "HOST:PORT" in bad.stderr


def test_doctor_and_usage(home: Path, fizzbuzz: Path):
    doctor = temper("doctor", "--json")
    assert doctor.returncode == 0, doctor.stdout
    health = json.loads(doctor.stdout)
    assert health["runner"]["backend"] in ("local", "docker") and health["provider"] == "offline"
    assert health["runner"]["isolation"]["network"].startswith("blocked")
    temper("hint", str(fizzbuzz / "fizzbuzz.py"), "--json")
    usage = json.loads(temper("usage", "--json").stdout)
    assert usage == {"hints": {"offline": {"L1": 1}}, "total": 1, "llm": []}


def test_reflect_export_rebuild_and_forget(home: Path, fizzbuzz: Path):
    temper("run", str(fizzbuzz))
    temper("hint", str(fizzbuzz / "fizzbuzz.py"))
    (fizzbuzz / "fizzbuzz.py").write_text(FIXED.read_text())
    temper("run", str(fizzbuzz))
    review = temper("reflect", "--since", "1d").stdout
    assert review.startswith("# Reflection: the last 1 day")
    assert "You completed **1** exercise" in review and "## Next" in review
    assert "a period looks like" in temper("reflect", "--since", "soon").stderr
    exported = [json.loads(line) for line in temper("profile", "export").stdout.splitlines()]
    assert [e["kind"] for e in exported][:2] == ["exercise_started", "run_recorded"]
    flat = json.dumps(exported)
    assert str(fizzbuzz) not in flat and "def fizzbuzz" not in flat and "text" not in exported[2]
    assert "identical" in temper("profile", "rebuild").stdout
    assert temper("forget").returncode != 0  # asks first; no stdin means no
    gone = temper("forget", "--workspace", str(fizzbuzz), "--yes")
    assert "Deleted 5 events" in gone.stdout
    assert json.loads(temper("profile", "--json").stdout)["exercises"] == []
    assert "Deleted" in temper("forget", "--yes").stdout
    assert not (home / "profile.db").exists()


def test_check_prints_the_same_detections(home: Path, tmp_path: Path):
    (tmp_path / "bad.py").write_text("def f(xs=[]):\n    return eval(input())\n")
    (tmp_path / "ok.py").write_text("def f(xs=None):\n    return xs\n")
    plain = temper("check", str(tmp_path))
    assert plain.returncode == 1 and "bad.py:1:" in plain.stdout and "ok.py" not in plain.stdout
    rows = json.loads(temper("check", str(tmp_path), "--json").stdout)
    assert {r["code"] for r in rows} >= {"py-mutable-default", "ruff-S307"}
    assert all(r["category"] in ("security", "correctness", "learning") for r in rows)
    assert temper("check", str(tmp_path / "ok.py")).returncode == 0
