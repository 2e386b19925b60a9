"""Where the learner's mistake most likely is: ranked suspect lines, a confirmed small repair
(kept by the coach, never shown below the level the contract allows) and values seen there.

Pure data, made by `temper.faults` and read by the coach and the editor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

REPAIR_KINDS = ("off-by-one", "comparison", "arithmetic", "constant", "swapped-branches",
                "return", "variable", "missing-case")
METHODS = ("repair", "spectrum", "reference", "none")
Method = Literal["repair", "spectrum", "reference", "none"]


@dataclass(frozen=True)
class SuspectLine:
    path: str  # relative to the workspace, forward slashes
    line: int  # 1-based
    score: float  # higher is more suspicious; comparable within one Localization only
    code: str  # the line's text, stripped


@dataclass(frozen=True)
class Repair:
    """A small edit that turned every failing test green, confirmed by a second run."""
    path: str
    line: int
    kind: str  # one of REPAIR_KINDS
    original: str  # the line as the learner wrote it (stripped)
    replacement: str  # the line after the edit (stripped); the coach's secret below L3
    fixes: tuple[str, ...] = ()  # the names of the failing tests it made pass


@dataclass(frozen=True)
class Localization:
    suspects: tuple[SuspectLine, ...] = ()  # most suspicious first
    repair: Repair | None = None
    values: tuple[str, ...] = ()  # on the top line for the first failing input: "i=0", "total=3"
    test: str | None = None  # the failing test the values come from
    seconds: float = 0.0
    method: Method = "none"  # what decided the top line
    note: str = ""  # why there is no location, or what was skipped (budget, language)
    reference: tuple[SuspectLine, ...] = field(default=(), compare=False)  # lines differing
    # from the reference solution; a signal for ranking, never shown in a hint

    @property
    def top(self) -> SuspectLine | None:
        return self.suspects[0] if self.suspects else None

    def to_json(self) -> dict[str, Any]:
        def line(s: SuspectLine) -> dict[str, Any]:
            return {"path": s.path, "line": s.line, "score": round(s.score, 4), "code": s.code}

        repair = None
        if self.repair is not None:
            r = self.repair
            repair = {"path": r.path, "line": r.line, "kind": r.kind, "original": r.original,
                      "replacement": r.replacement, "fixes": list(r.fixes)}
        return {"suspects": [line(s) for s in self.suspects], "repair": repair,
                "values": list(self.values), "test": self.test,
                "seconds": round(self.seconds, 3), "method": self.method, "note": self.note,
                "reference": [line(s) for s in self.reference]}

    @staticmethod
    def from_json(data: dict[str, Any]) -> Localization:
        def line(d: dict[str, Any]) -> SuspectLine:
            return SuspectLine(str(d["path"]), int(d["line"]), float(d.get("score", 0.0)),
                               str(d.get("code", "")))

        found = data.get("repair")
        repair = None
        if found:
            repair = Repair(str(found["path"]), int(found["line"]), str(found["kind"]),
                            str(found.get("original", "")), str(found.get("replacement", "")),
                            tuple(found.get("fixes") or ()))
        method = data.get("method", "none")
        return Localization(
            suspects=tuple(line(d) for d in data.get("suspects") or ()), repair=repair,
            values=tuple(str(v) for v in data.get("values") or ()), test=data.get("test"),
            seconds=float(data.get("seconds", 0.0)),
            method=method if method in METHODS else "none", note=str(data.get("note", "")),
            reference=tuple(line(d) for d in data.get("reference") or ()))
