"""The VS Code extension in a real VS Code: code-server with the built .vsix, driven by
Playwright in headless Chromium, on a fresh fizzbuzz exercise and the real `temper lsp`.

e2e.mjs saves failing code and checks, in the browser, the failing-test squiggle, the hint
ladder in the quick-fix menu and in its own quick pick, the chosen hint (message, squiggle,
hover), the status bar, the hint history, the profile webview, and a streamed hint cancelled
from its notification; then it stores an API key with Temper: Set API Key…, and the fake model
(the `cli` provider's command) must see it in its environment while no file under the run
holds it. On failure its screenshots, code-server's log and the
extension's output channel are kept under a folder named in the failure message.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.editors import missing, tools_dir

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "vscode-extension"
HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
SETTINGS = {
    "workbench.startupEditor": "none", "security.workspace.trust.enabled": False,
    "telemetry.telemetryLevel": "off", "update.mode": "none", "extensions.autoCheckUpdates": False,
    "extensions.autoUpdate": False, "workbench.tips.enabled": False,
    "workbench.enableExperiments": False, "chat.disableAIFeatures": True,
    "editor.hover.delay": 100, "files.autoSave": "off", "editor.formatOnSave": False,
    "workbench.secondarySideBar.defaultVisibility": "hidden", "temper.trace.server": "verbose",
    "temper.runTimeout": 60,  # a loaded CI machine must not turn the run into a timeout
    "temper.provider": "cli", "temper.model": "fake",
}


# Reads the prompt and notes whether an API key reached it; answers at once, except the second
# call, which streams slowly (to be cancelled).
FAKE_LLM = """#!/bin/sh
cat > /dev/null
calls=$(cat COUNTER 2>/dev/null || echo 0)
echo $((calls + 1)) > COUNTER
echo "key=${ANTHROPIC_API_KEY:-none}" >> COUNTER.keys
if [ "$calls" != 1 ]; then
  echo "Look at which of your checks runs first when a number is divisible by both 3 and 5."
  exit 0
fi
printf 'Think about '
sleep 2
printf 'the order of the checks '
sleep 60
echo 'and which case is the most specific.'
"""
SECRET = "sk-ant-e2e-secret-4711"  # typed into Temper: Set API Key… by e2e.mjs


def _tools() -> tuple[Path, Path]:
    node24 = tools_dir() / "node24" / "bin" / "node"
    code_server = tools_dir() / "code-server" / "node_modules" / "code-server" / "out" / "node" / \
        "entry.js"
    for path, what in ((node24, "Node 24"), (code_server, "code-server 4.139.1"),
                       (Path(CHROMIUM), "Debian's chromium"),
                       (HERE / "node_modules" / "playwright-core", "playwright-core"),
                       (EXTENSION / "node_modules" / ".bin" / "vsce", "the extension's npm deps")):
        if not path.exists():
            missing(f"{what} ({path})")  # scripts/install-vscode-deps installs all of these
    return node24, code_server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"code-server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"code-server was not healthy within {timeout} s")


def _stop(process: subprocess.Popen) -> None:
    """code-server's children (extension host, watcher, the Temper server) share its group."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait(5)


def _build_vsix(env: dict[str, str]) -> Path:
    """Type-checks, bundles and packages the extension (npm run package)."""
    built = subprocess.run(["npm", "run", "--silent", "package"], cwd=EXTENSION, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300,
                           check=False)
    assert built.returncode == 0, f"building the .vsix failed:\n{built.stdout}{built.stderr}"
    return EXTENSION / "temper.vsix"


def _keep(run: Path, test_name: str) -> Path:
    kept = Path(os.environ.get("TEMPER_TEST_ARTIFACTS") or tempfile.gettempdir()) / \
        f"temper-vscode-{test_name}-{time.strftime('%Y%m%d-%H%M%S')}"
    kept.mkdir(parents=True, exist_ok=True)
    for item in [*run.glob("artifacts/*.png"), run / "code-server.log"]:
        if item.exists():
            shutil.copy2(item, kept)
    for log in (run / "user-data" / "logs").rglob("*.log"):
        if "exthost" in str(log):
            target = kept / "logs" / log.relative_to(run / "user-data" / "logs")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(log, target)
    return kept


@pytest.fixture(scope="module")
def tools() -> tuple[Path, Path]:
    return _tools()


@pytest.fixture(scope="module")
def vsix(tools: tuple[Path, Path]) -> Path:
    node24, _ = tools
    started = time.monotonic()
    built = _build_vsix({**os.environ,
                         "PATH": f"{node24.parent}{os.pathsep}{os.environ.get('PATH', '')}"})
    print(f"vsix {built.stat().st_size / 1024:.1f} KB, built in {time.monotonic() - started:.1f} s")
    return built


def _start_exercise(run: Path, env: dict[str, str]) -> Path:
    workspace = run / "fizzbuzz"
    started = subprocess.run(
        [sys.executable, "-m", "temper", "exercise", "start", "python/basics/fizzbuzz",
         str(workspace)], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert started.returncode == 0, started.stderr
    return workspace


def _environment(run: Path, home: Path, node24: Path) -> dict[str, str]:
    """Hermetic: TEMPER_HOME and XDG folders under the run, no API keys from outside."""
    (run / "artifacts").mkdir(parents=True)
    env = {**os.environ, "TEMPER_HOME": str(home),
           "XDG_CONFIG_HOME": str(run / "xdg-config"), "XDG_DATA_HOME": str(run / "xdg-data"),
           "XDG_CACHE_HOME": str(run / "xdg-cache"), "XDG_STATE_HOME": str(run / "xdg-state"),
           "PATH": f"{node24.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("ANTHROPIC_API_KEY", None)
    env.pop("OPENAI_API_KEY", None)
    return env


def _drive(tools: tuple[Path, Path], vsix: Path, run: Path, env: dict[str, str],
           workspace: Path, machine_settings: dict, script_env: dict[str, str], name: str,
           after_install: Callable[[Path], None] | None = None) -> str:
    """Installs the vsix into a fresh code-server (then calls `after_install` with the
    extensions folder), runs e2e.mjs against it, stops it; returns the script's output, or
    fails with the artefacts kept."""
    node24, code_server = tools
    started = time.monotonic()
    user_data = run / "user-data"
    (user_data / "User").mkdir(parents=True)
    (user_data / "User" / "settings.json").write_text(json.dumps(SETTINGS))
    # Machine-scoped settings of a remote (code-server) window live in the Machine folder.
    (user_data / "Machine").mkdir()
    (user_data / "Machine" / "settings.json").write_text(json.dumps(machine_settings))
    code = [str(node24), str(code_server), "--user-data-dir", str(user_data),
            "--extensions-dir", str(run / "extensions")]
    installed = subprocess.run([*code, "--install-extension", str(vsix)], env=env,
                               capture_output=True, text=True, timeout=120, check=False)
    assert "successfully installed" in installed.stdout, installed.stdout + installed.stderr
    if after_install:
        after_install(run / "extensions")

    port = _free_port()
    log = (run / "code-server.log").open("w")
    process = subprocess.Popen(
        [*code, "--bind-addr", f"127.0.0.1:{port}", "--auth", "none", "--disable-telemetry",
         "--disable-update-check", "--disable-workspace-trust",
         "--disable-getting-started-override", str(workspace)],
        env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True)
    try:
        _wait_healthy(f"http://127.0.0.1:{port}", process)
        browser = subprocess.run(
            [str(node24), str(HERE / "e2e.mjs")], cwd=HERE, capture_output=True, text=True,
            timeout=400, check=False, stdin=subprocess.DEVNULL,
            env={**env, **script_env, "CS_URL": f"http://127.0.0.1:{port}/?folder={workspace}",
                 "ARTIFACTS": str(run / "artifacts"), "CHROMIUM": CHROMIUM,
                 "USER_SETTINGS": str(user_data / "User" / "settings.json")})
    finally:
        _stop(process)
        log.close()
    report = f"{browser.stdout}{browser.stderr}\n{name}: {time.monotonic() - started:.1f} s"
    if browser.returncode != 0:
        kept = _keep(run, name)
        pytest.fail(f"the VS Code e2e failed; screenshots and logs kept in {kept}\n{report}",
                    pytrace=False)
    return report


@pytest.mark.timeout(600)  # ~45 s here; a loaded 2-core CI machine can take several times that
def test_learning_loop_in_code_server(tools, vsix: Path, tmp_path: Path, home: Path):
    run = tmp_path / "run"
    env = _environment(run, home, tools[0])
    workspace = _start_exercise(run, env)
    fake_llm = run / "fake-llm.sh"  # the `cli` provider's command: a model that streams
    fake_llm.write_text(FAKE_LLM.replace("COUNTER", str(run / "llm-calls")))
    fake_llm.chmod(0o755)
    report = _drive(tools, vsix, run, env, workspace,
                    {"temper.pythonPath": sys.executable, "temper.cliCommand": str(fake_llm)},
                    {"SCENARIO": "learning-loop", "API_KEY": SECRET}, "learning-loop")
    keys = (run / "llm-calls.keys").read_text().split() if (run / "llm-calls.keys").exists() else []
    assert keys[:2] == ["key=none", "key=none"] and keys[-1] == f"key={SECRET}", \
        f"the API key did not reach the model through the server's environment: {keys}\n{report}"
    leaks = [str(path) for path in run.rglob("*") if path.is_file() and path != fake_llm
             and path.name != "llm-calls.keys" and SECRET.encode() in path.read_bytes()]
    assert not leaks, f"the API key was written to {leaks}"
    print(report)


@pytest.mark.timeout(300)
def test_a_python_without_temper_gets_a_message_with_the_fix(tools, vsix: Path, tmp_path: Path,
                                                             home: Path):
    run = tmp_path / "run"
    env = _environment(run, home, tools[0])
    workspace = _start_exercise(run, env)
    print(_drive(tools, vsix, run, env, workspace, {"temper.pythonPath": "/nonexistent/python3"},
                 {"SCENARIO": "missing-python"}, "missing-python"))


@pytest.mark.timeout(300)
def test_start_exercise_from_the_catalog_opens_its_folder(tools, vsix: Path, tmp_path: Path,
                                                          home: Path):
    run = tmp_path / "run"
    env = _environment(run, home, tools[0])
    empty, parent = run / "empty", run / "exercises"
    empty.mkdir()
    parent.mkdir()
    print(_drive(tools, vsix, run, env, empty, {"temper.pythonPath": sys.executable},
                 {"SCENARIO": "start-exercise", "PARENT": str(parent)}, "start-exercise"))
    marker = json.loads((parent / "fizzbuzz" / ".temper" / "exercise.json").read_text())
    assert marker["exercise_id"] == "python/basics/fizzbuzz"
    assert (parent / "fizzbuzz" / "fizzbuzz.py").exists()


@pytest.mark.timeout(300)
def test_a_server_of_another_minor_version_gets_a_warning(tools, vsix: Path, tmp_path: Path,
                                                          home: Path):
    """temper.pythonPath: a Python with Temper whose serverInfo says 0.9.0 (a venv over this
    one, whose sitecustomize sets temper.__version__ before the server reads it)."""
    run = tmp_path / "run"
    env = _environment(run, home, tools[0])
    workspace = _start_exercise(run, env)
    venv = run / "other-version"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", "--system-site-packages",
                    str(venv)], check=True, timeout=120)
    (site,) = venv.glob("lib/python3*/site-packages")
    (site / "sitecustomize.py").write_text("import temper\ntemper.__version__ = '0.9.0'\n")
    print(_drive(tools, vsix, run, env, workspace,
                 {"temper.pythonPath": str(venv / "bin" / "python")},
                 {"SCENARIO": "version-mismatch"}, "version-mismatch"))
