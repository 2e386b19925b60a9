"""Lock a product spec and report drift from the lock: one lock file per spec.

`.specs/todo.yaml` is locked in `.specs/todo.lock.json`, which holds a hash of the whole spec and
one per feature and per criterion. Drift names what was added, removed or changed since.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from temper.product.model import ProductSpec

LOCK_FORMAT = 1


def lock_path(spec_path: Path) -> Path:
    return spec_path.with_name(spec_path.stem + ".lock.json")


def _digest(value: Any) -> str:
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def fingerprint(spec: ProductSpec) -> dict[str, Any]:
    return {
        "format": LOCK_FORMAT,
        "version": spec.version,
        "spec_hash": _digest(spec.model_dump(mode="json")),
        "features": {f.id: _digest(f.model_dump(mode="json")) for f in spec.features},
        "criteria": {c.id: _digest(c.model_dump(mode="json"))
                     for c in spec.acceptance_criteria},
    }


def write_lock(spec: ProductSpec, spec_path: Path) -> Path:
    target = lock_path(spec_path)
    data = {**fingerprint(spec), "locked_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    target.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return target


class LockError(Exception):
    """The lock file exists but cannot be read."""


def read_lock(spec_path: Path) -> dict[str, Any] | None:
    target = lock_path(spec_path)
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise LockError(f"{target}: cannot be read ({exc}); lock the spec again") from None
    if not isinstance(data, dict) or not isinstance(data.get("features"), dict):
        raise LockError(f"{target}: not a Temper lock; lock the spec again")
    return data


@dataclass(frozen=True)
class Drift:
    locked: bool
    old_version: str | None = None
    new_version: str | None = None
    changed: bool = False
    features: dict[str, list[str]] = field(default_factory=dict)  # added/removed/modified
    criteria: dict[str, list[str]] = field(default_factory=dict)

    @property
    def version_changed(self) -> bool:
        return self.old_version != self.new_version

    def lines(self) -> list[str]:
        if not self.locked:
            return ["not locked yet: run `temper spec lock` to record this version"]
        if not self.changed:
            return ["no drift: the spec matches its lock"]
        out = []
        if self.version_changed:
            out.append(f"version {self.old_version} -> {self.new_version}")
        elif self.changed:
            out.append(f"changed without a new version (still {self.new_version})")
        for kind, groups in (("feature", self.features), ("criterion", self.criteria)):
            for change in ("added", "removed", "modified"):
                for item in groups.get(change, []):
                    out.append(f"{kind} {item}: {change}")
        return out

    def to_json(self) -> dict[str, Any]:
        return {"locked": self.locked, "changed": self.changed,
                "version_changed": self.locked and self.version_changed,
                "old_version": self.old_version, "new_version": self.new_version,
                "features": self.features, "criteria": self.criteria}


def drift(spec: ProductSpec, lock: dict[str, Any] | None) -> Drift:
    now = fingerprint(spec)
    if lock is None:
        return Drift(False, None, spec.version, True,
                     {"added": sorted(now["features"])}, {"added": sorted(now["criteria"])})
    return Drift(True, lock.get("version"), spec.version,
                 lock.get("spec_hash") != now["spec_hash"],
                 _compare(lock.get("features", {}), now["features"]),
                 _compare(lock.get("criteria", {}), now["criteria"]))


def _compare(old: dict[str, str], new: dict[str, str]) -> dict[str, list[str]]:
    return {
        "added": sorted(set(new) - set(old)),
        "removed": sorted(set(old) - set(new)),
        "modified": sorted(k for k in set(old) & set(new) if old[k] != new[k]),
    }
