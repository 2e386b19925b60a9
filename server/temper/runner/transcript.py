"""What one run did beyond its structured result: the command, the backend, the output and the
learner's files as the run saw them (kept by the profile's run history)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 200_000


@dataclass(frozen=True)
class Transcript:
    """What one run did, beyond its structured result."""
    command: str
    backend: str
    exit_code: int | None
    duration_seconds: float
    output: str
    files: dict[str, str]  # the learner's files as the run saw them (unsaved text included)


def read_files(folder: Path) -> dict[str, str]:
    """The text files of a work dir copy, by relative path (binary and large files left out)."""
    files = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink() or path.stat().st_size > MAX_FILE_BYTES:
            continue
        try:
            files[path.relative_to(folder).as_posix()] = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
    return files
