"""What a backend is asked to run for one language, and what it hands back.

A language adapter turns an exercise folder into a `Job` (commands, environment, the toolchain
folders the sandbox must let it read, the caches it may write) and later turns the `Completed`
steps into a RunResult. Backends only execute jobs; they know nothing about languages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Step:
    argv: list[str]
    name: str = "test"
    stop_on_failure: bool = False  # a failed build ends the job before the tests


@dataclass(frozen=True)
class Job:
    steps: list[Step]
    env: dict[str, str] = field(default_factory=dict)
    tools: tuple[Path, ...] = ()  # folders the toolchain lives in: readable inside the sandbox
    caches: dict[str, str] = field(default_factory=dict)  # env var -> a build cache's name
    address_space_factor: int = 1  # virtual memory it reserves beyond what it uses (V8, Go)
    dump_signal: bool = False  # SIGUSR1 makes it print where it hangs (the pytest plugin)


@dataclass(frozen=True)
class Completed:
    exit_code: int | None
    stdout: str
    stderr: str
    duration_seconds: float
    timed_out: bool
    killed_by: str | None = None  # "memory" when the memory limit ended it


@dataclass(frozen=True)
class Place:
    """Where one run happens: `workdir` on the host, seen as `run_dir` by the tests; `out` is
    shared by both sides (report files) and holds nothing the learner wrote."""
    workdir: Path
    run_dir: Path
    out: Path
