"""The command line reaches the same provider path: `temper hint --provider …`, `temper keys`,
`temper usage`, run as a learner would run them."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.providers import wire
from tests.providers.conftest import HINT

SECRET = "sk-proj-verysecretvalue0123456789"


def temper(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "temper", *args], capture_output=True,
                          text=True, timeout=120, input=stdin, env={**os.environ, **(env or {})})


def test_hint_through_an_openai_compatible_server_then_usage(home: Path, fizzbuzz: Path):
    with wire.WireServer([wire.openai_stream(HINT)]) as server:
        done = temper("hint", str(fizzbuzz / "fizzbuzz.py"), "--line", "3", "--provider",
                      "openai", "--model", "tiny", "--base-url", server.url + "/v1", "--json")
    hint = json.loads(done.stdout)
    assert hint["provider"] == "openai" and hint["text"] == HINT and hint["notice"] is None
    assert server.seen[0].body["model"] == "tiny"
    usage = json.loads(temper("usage", "--since", "1d", "--json").stdout)
    [row] = usage["llm"]
    assert (row["provider"], row["model"], row["success"]) == ("openai", "tiny", 1)
    assert row["prompt_tokens"] == 150 and usage["hints"] == {"openai": {"L1": 1}}
    text = temper("usage").stdout
    assert "openai" in text and "tiny: 1/0" in text


def test_an_external_command_writes_the_hint(home: Path, fizzbuzz: Path):
    command = (f"{sys.executable} -c \"import sys; prompt = sys.stdin.read(); "
               f"print('Which case is checked first when n is {{model}}?' "
               f"if '<<UNTRUSTED' in prompt else 'unfenced')\"")
    done = temper("hint", str(fizzbuzz / "fizzbuzz.py"), "--provider", "cli", "--model", "15",
                  "--json", env={"TEMPER_CLI_COMMAND": command})
    hint = json.loads(done.stdout)
    assert hint["provider"] == "cli" and hint["text"] == "Which case is checked first when n is 15?"


def test_a_failing_command_falls_back_with_its_message(home: Path, fizzbuzz: Path):
    command = f"{sys.executable} -c \"import sys; sys.exit('Error: Unknown model: nope')\""
    done = temper("hint", str(fizzbuzz / "fizzbuzz.py"), "--provider", "cli", "--model", "nope",
                  env={"TEMPER_CLI_COMMAND": command})
    assert done.returncode == 0
    assert "note: No LLM answered: cli (" in done.stdout and "Unknown model: nope" in done.stdout


def test_keys_are_stored_encrypted_listed_without_values_and_removed(home: Path):
    env = {"OPENAI_API_KEY": "", "ANTHROPIC_API_KEY": "", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    stored = temper("keys", "set", "openai", stdin=SECRET + "\n", env=env)
    assert stored.returncode == 0 and "encrypted" in stored.stdout
    assert SECRET not in stored.stdout + stored.stderr
    for name in ("keys.enc", "keys.secret"):
        assert stat.S_IMODE((home / name).stat().st_mode) == 0o600
    assert SECRET.encode() not in (home / "keys.enc").read_bytes()
    listed = temper("keys", "list", env=env)
    assert "openai" in listed.stdout and "encrypted file" in listed.stdout
    assert SECRET not in listed.stdout
    from_env = temper("keys", "list", env={**env, "OPENAI_API_KEY": "sk-x"})
    assert "environment" in from_env.stdout
    assert temper("keys", "remove", "openai", env=env).stdout.strip() == "openai key removed"
    assert "no keys stored" in temper("keys", "list", env=env).stdout
    bad = temper("keys", "set", "nobody", stdin="x\n", env=env)
    assert bad.returncode != 0 and "nobody" in bad.stderr


def test_a_stored_key_is_sent_and_never_logged(home: Path, fizzbuzz: Path):
    env = {"OPENAI_API_KEY": "", "ANTHROPIC_API_KEY": "", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    temper("keys", "set", "openai", stdin=SECRET + "\n", env=env)
    code = (fizzbuzz / "fizzbuzz.py").read_text() + f'\nKEY = "{SECRET}"\n'
    (fizzbuzz / "fizzbuzz.py").write_text(code)
    with wire.WireServer([wire.openai_stream(HINT)]) as server:
        done = temper("hint", str(fizzbuzz / "fizzbuzz.py"), "--provider", "openai",
                      "--base-url", server.url + "/v1", env=env)
    assert done.returncode == 0 and SECRET not in done.stdout + done.stderr
    assert SECRET in server.seen[0].headers["authorization"]
    assert SECRET not in json.dumps(server.seen[0].body)  # redacted from the prompt
