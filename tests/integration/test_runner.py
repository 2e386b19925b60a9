"""The local sandbox runs real pytest processes: results, hostile code, and a clean environment."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from temper.core.results import Status
from temper.runner import run_tests

TESTS = ["test_fizzbuzz.py"]


def write(folder: Path, code: str) -> None:
    (folder / "fizzbuzz.py").write_text(code)


async def test_failures_point_at_the_learners_frame_and_the_assertion(fizzbuzz: Path):
    write(fizzbuzz, "def fizzbuzz(n):\n    items = []\n    return items[n]\n")
    result = await run_tests(fizzbuzz, test_files=TESTS)
    assert result.status is Status.FAIL and result.passed == 0
    first = result.tests[0]
    assert first.name == "test_plain_number_is_text"  # the order of the test file
    assert first.error_type == "IndexError"
    assert (first.learner_location.path, first.learner_location.line) == ("fizzbuzz.py", 3)
    assert (first.test_location.path, first.test_location.line) == ("test_fizzbuzz.py", 5)
    assert "def test_plain_number_is_text" in first.test_code


async def test_an_import_error_is_an_error_result_on_its_line(fizzbuzz: Path):
    write(fizzbuzz, "import math\nvalue = undefined_name\n\ndef fizzbuzz(n):\n    return n\n")
    result = await run_tests(fizzbuzz, test_files=TESTS)
    assert result.status is Status.ERROR and result.error_type == "NameError"
    assert (result.error_location.path, result.error_location.line) == ("fizzbuzz.py", 2)


async def test_printed_output_is_kept_and_truncated(fizzbuzz: Path):
    write(fizzbuzz, "def fizzbuzz(n):\n    print('x' * 2000)\n    return n\n")
    result = await run_tests(fizzbuzz, test_files=TESTS)
    output = result.tests[0].output
    assert output.startswith("x" * 500) and output.endswith("limit to 500 chars")


async def test_secrets_do_not_reach_learner_code(fizzbuzz: Path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-value")
    monkeypatch.setenv("GITHUB_TOKEN", "ghp_secret")
    write(fizzbuzz, "import os\n\ndef fizzbuzz(n):\n    print(sorted(os.environ.items()))\n"
                    "    return str(n)\n")
    result = await run_tests(fizzbuzz, test_files=TESTS)
    printed = "".join(t.output or "" for t in result.tests)
    assert "PATH" in printed and "sk-secret" not in printed and "ghp_" not in printed


async def test_writes_land_in_a_throwaway_copy_not_the_workspace(fizzbuzz: Path):
    write(fizzbuzz, "open('made-by-test.txt', 'w').write('x')\nopen('../escaped.txt', 'w')"
                    ".write('x')\n\ndef fizzbuzz(n):\n    return str(n)\n")
    await run_tests(fizzbuzz, test_files=TESTS)
    assert not (fizzbuzz / "made-by-test.txt").exists()
    assert not (fizzbuzz.parent / "escaped.txt").exists()


async def test_a_memory_bomb_fails_instead_of_taking_the_machine(fizzbuzz: Path):
    write(fizzbuzz, "def fizzbuzz(n):\n    hog = bytearray(8 * 1024 ** 3)\n    return str(n)\n")
    result = await run_tests(fizzbuzz, test_files=TESTS, timeout=30)
    assert result.tests[0].error_type == "MemoryError"


async def test_a_child_process_left_behind_is_killed_with_the_run(fizzbuzz: Path, tmp_path):
    marker = tmp_path / "still-alive"
    write(fizzbuzz, "import subprocess, sys\n"
                    f"subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(3); "
                    f"open({str(marker)!r}, \"w\").write(\"x\")'])\n"
                    "def fizzbuzz(n):\n    return str(n)\n")
    await run_tests(fizzbuzz, test_files=TESTS)
    await asyncio.sleep(4)
    assert not marker.exists()


async def test_cancelling_a_run_kills_it_promptly(fizzbuzz: Path):
    write(fizzbuzz, "def fizzbuzz(n):\n    while True:\n        pass\n")
    task = asyncio.create_task(run_tests(fizzbuzz, test_files=TESTS, timeout=60))
    await asyncio.sleep(1.5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, 10)


async def test_symbolic_links_are_left_out_of_the_copy(fizzbuzz: Path, tmp_path):
    (fizzbuzz / "dangling.txt").symlink_to(tmp_path / "nowhere")
    (fizzbuzz / "elsewhere").symlink_to(tmp_path, target_is_directory=True)
    write(fizzbuzz, "def fizzbuzz(n):\n    return str(n)\n")
    result = await run_tests(fizzbuzz, test_files=TESTS)
    assert result.status is Status.FAIL and result.passed == 2
