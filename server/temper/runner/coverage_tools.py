"""The coverage tools fault localization uses beyond the runner's toolchains, and what `temper
doctor` says of them: LLVM's llvm-profdata and llvm-cov for Rust, JaCoCo's jars for Java."""

from __future__ import annotations

import glob
import os
import shutil
from pathlib import Path

OLDEST_LLVM = 19  # the first LLVM whose tools read rustc's raw profile version 10
NEWEST_LLVM = 30
JARS = Path("/usr/share/java")
AGENT = JARS / "org.jacoco.agent.jar"  # carries the runnable agent, jacocoagent.jar
ANALYSIS = ("org.jacoco.core.jar", "asm.jar", "asm-commons.jar", "asm-tree.jar")


def llvm_tools() -> tuple[str, str] | None:
    """(llvm-profdata, llvm-cov) that read what this rustc writes: rustup's llvm-tools
    component, else the newest versioned LLVM tools (19 or later) on PATH; None if neither."""
    rustup = Path(os.environ.get("RUSTUP_HOME") or Path.home() / ".rustup")
    for profdata in sorted(glob.glob(str(rustup / "toolchains/*/lib/rustlib/*/bin/llvm-profdata"))):
        cov = Path(profdata).with_name("llvm-cov")
        if cov.exists() and _active(Path(profdata)):
            return profdata, str(cov)
    for major in range(NEWEST_LLVM, OLDEST_LLVM - 1, -1):
        profdata, cov = shutil.which(f"llvm-profdata-{major}"), shutil.which(f"llvm-cov-{major}")
        if profdata and cov:
            return profdata, cov
    return None


def _active(profdata: Path) -> bool:
    """The component belongs to the toolchain cargo would use (RUSTUP_TOOLCHAIN, else the only
    one installed)."""
    toolchain = profdata.parents[4].name
    wanted = os.environ.get("RUSTUP_TOOLCHAIN")
    if wanted:
        return toolchain.startswith(wanted)
    return len(list(profdata.parents[5].iterdir())) == 1


def rust_coverage() -> str:
    """What `temper doctor` says of Rust's per-test coverage in localization."""
    found = llvm_tools()
    if found is None:
        return (f"no per-test coverage in localization (needs llvm-profdata and llvm-cov of LLVM "
                f"{OLDEST_LLVM} or later, say Debian's llvm-{OLDEST_LLVM})")
    return f"per-test coverage in localization with {found[0]} and {found[1]}"


def jacoco_missing() -> str | None:
    """What is missing for Java coverage, or None."""
    missing = [jar.name for jar in (AGENT, *(JARS / name for name in ANALYSIS))
               if not jar.is_file()]
    return f"JaCoCo ({', '.join(missing)}; Debian: libjacoco-java)" if missing else None
