"""Recall of similar past mistakes: an offline embedding, the `mistakes` table and its search.

Owns the offline embedding (a signed, hashed bag of normalised tokens and character n-grams of
the error type, the message and the failing test's name; no model needed), the `mistakes`
projection (one row per distinct failure of a workspace's exercise, marked fixed when the
exercise goes green) and `recall`, which finds fixed mistakes of other exercises by cosine
similarity. The search runs in SQLite through a registered scalar function, so it happens on
aiosqlite's thread, not the event loop; vectors are little-endian float32 BLOBs, the layout
sqlite-vec reads, so `temper_similarity(embedding, ?)` can become
`1 - vec_distance_cosine(embedding, ?)` where the interpreter can load extensions.
Only the error type and the exercise id ever reach the learner; no code is stored.
"""

from __future__ import annotations

import hashlib
import math
import re
import struct
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import aiosqlite

DIMENSION = 256
EMBEDDER = "offline-hash-v1"  # stored with each vector; recall compares only like with like
_WEIGHTS = {"type": 1.0, "message": 1.0, "test": 0.5}  # per group, each group L2-normalised
_MESSAGE_LINES, _MESSAGE_CHARS, _SUMMARY_TOKENS = 3, 400, 12


_ADDRESS = re.compile(r"0x[0-9a-f]+")
_QUOTED = re.compile(r"'([^'\n]*)'|\"([^\"\n]*)\"")
_PATH = re.compile(r"(?:[\w.-]*/)+[\w.-]+")
_NUMBER = re.compile(r"(?<![a-z_])[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?")
_TOKEN = re.compile(r"<[a-z]+>|[a-z]+|==|!=|<=|>=|[<>]")
_KEPT_NAMES = frozenset({"list", "str", "int", "float", "dict", "tuple", "set", "bool", "bytes",
                         "nonetype"})
_TYPE_SUFFIX = re.compile(r"(error|exception|warning)$")


@dataclass(frozen=True)
class Recollection:
    exercise_id: str
    error_type: str
    similarity: float
    at: float
    summary: str  # the normalised message (literals and numbers replaced), never code

    def sentence(self) -> str:
        """The learner-facing line: only the error type and the exercise id."""
        kind = self.error_type if re.fullmatch(r"[A-Za-z_][\w.]{0,59}", self.error_type) \
            else "mistake"
        return f"You fixed a similar {kind} in {self.exercise_id}."


def _quoted(match: re.Match[str]) -> str:
    inner = match.group(1) if match.group(1) is not None else match.group(2)
    return f" {inner} " if inner in _KEPT_NAMES else " <q> "


def normalise(message: str | None) -> list[str]:
    """The message's first lines as tokens, with literals, numbers, paths and addresses replaced."""
    lines = [ln.strip() for ln in str(message or "").splitlines() if ln.strip()]
    text = " ".join(lines[:_MESSAGE_LINES])[:_MESSAGE_CHARS].lower()
    text = _QUOTED.sub(_quoted, _ADDRESS.sub(" <addr> ", text))
    text = _NUMBER.sub(" <n> ", _PATH.sub(" <path> ", text))
    return _TOKEN.findall(text)


def _type_name(error_type: str | None) -> str:
    return str(error_type or "").strip().rsplit(".", 1)[-1]


def _test_tokens(test_name: str | None) -> list[str]:
    name = re.sub(r"\[.*\]$", "", str(test_name or "").rsplit("::", 1)[-1])
    name = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).lower()
    return [t for t in re.findall(r"[a-z]+", name) if t not in ("test", "tests")]


def _ngrams(word: str, n: int = 3) -> Iterable[str]:
    padded = f"^{word}$"
    return (padded[i:i + n] for i in range(max(1, len(padded) - n + 1)))


@lru_cache(maxsize=8192)
def _slot(feature: str) -> tuple[int, float]:
    digest = int.from_bytes(hashlib.blake2b(feature.encode(), digest_size=8).digest(), "little")
    return digest % DIMENSION, 1.0 if (digest >> 40) & 1 else -1.0


def _group(features: Iterable[tuple[str, float]]) -> dict[int, float]:
    acc: dict[int, float] = {}
    for feature, weight in features:
        index, sign = _slot(feature)
        acc[index] = acc.get(index, 0.0) + sign * weight
    norm = math.sqrt(sum(v * v for v in acc.values()))
    return {i: v / norm for i, v in acc.items()} if norm else {}


def embed(error_type: str | None, message: str | None, test_name: str | None
          ) -> tuple[float, ...]:
    """A deterministic, L2-normalised vector of DIMENSION floats (all zeros when nothing is known)."""
    kind = _type_name(error_type).lower()
    stem = _TYPE_SUFFIX.sub("", kind)
    words = normalise(message)
    words = words[1:] if words[:1] == [kind] else words  # "IndexError: ..." repeats the type
    groups = {
        "type": [(f"t:{kind}", 1.0)] + [(f"tg:{g}", 0.3) for g in _ngrams(stem)] if kind else [],
        "message": [(f"w:{w}", 1.0) for w in words]
        + [(f"b:{a}_{b}", 1.0) for a, b in pairwise(words)]
        + [(f"mg:{g}", 0.3) for w in words if not w.startswith("<") for g in _ngrams(w)],
        "test": [(f"s:{t}", 1.0) for t in _test_tokens(test_name)],
    }
    vector = [0.0] * DIMENSION
    for name, features in groups.items():
        for index, value in _group(features).items():
            vector[index] += _WEIGHTS[name] * value
    norm = math.sqrt(sum(v * v for v in vector))
    return tuple(v / norm for v in vector) if norm else tuple(vector)


def similarity(a: Iterable[float], b: Iterable[float]) -> float:
    """Cosine similarity of two vectors (0.0 when either is all zeros or they differ in size)."""
    a, b = list(a), list(b)
    norms = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return sum(x * y for x, y in zip(a, b, strict=False)) / norms if norms and len(a) == len(b) else 0.0


def to_blob(vector: Iterable[float]) -> bytes:
    """Little-endian float32, the layout sqlite-vec reads."""
    values = list(vector)
    return struct.pack(f"<{len(values)}f", *values)


def from_blob(blob: bytes) -> tuple[float, ...]:
    return struct.unpack(f"<{len(blob) // 4}f", blob)


@lru_cache(maxsize=64)
def _sparse(blob: bytes) -> tuple[tuple[int, float], ...]:
    return tuple((i, v) for i, v in enumerate(from_blob(blob)) if v)


def _sql_similarity(stored: bytes | None, query: bytes | None) -> float:
    """Cosine of two stored vectors; both are unit length, so a dot product over the query's
    non-zero entries."""
    if not stored or not query or len(stored) != len(query) or len(stored) % 4:
        return 0.0
    row = from_blob(stored)
    return max(-1.0, min(1.0, sum(v * row[i] for i, v in _sparse(query))))


_registered: weakref.WeakSet[aiosqlite.Connection] = weakref.WeakSet()


async def _register(db: aiosqlite.Connection) -> None:
    if db not in _registered:
        await db.create_function("temper_similarity", 2, _sql_similarity, deterministic=True)
        _registered.add(db)


async def remember(db: aiosqlite.Connection, *, workspace: str, exercise_id: str, language: str,
                   at: float, error_type: str | None, message: str | None,
                   test_name: str | None, fixed: bool = False, commit: bool = True) -> bool:
    """Store one mistake; False when the same open mistake of this exercise is already stored."""
    vector = embed(error_type, message, test_name)
    summary = " ".join(normalise(message)[:_SUMMARY_TOKENS])
    cursor = await db.execute(
        "INSERT OR IGNORE INTO mistakes (at, workspace, exercise_id, language, error_type, "
        "test_name, summary, fixed, fixed_at, embedder, embedding) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (at, workspace, exercise_id, language, _type_name(error_type), str(test_name or ""),
         summary, int(fixed), at if fixed else None, EMBEDDER, to_blob(vector)))
    if commit:
        await db.commit()
    return cursor.rowcount > 0


async def mark_fixed(db: aiosqlite.Connection, workspace: str, exercise_id: str,
                     at: float | None = None, *, commit: bool = True) -> int:
    """Mark the exercise's open mistakes in this workspace as fixed; returns how many."""
    cursor = await db.execute(
        "UPDATE mistakes SET fixed = 1, fixed_at = ? WHERE workspace = ? AND exercise_id = ? "
        "AND fixed = 0", (at, workspace, exercise_id))
    if commit:
        await db.commit()
    return cursor.rowcount


async def recall(db: aiosqlite.Connection, *, error_type: str | None, message: str | None,
                 test_name: str | None, language: str, exclude_exercise: str | None,
                 limit: int = 3, min_similarity: float = 0.5) -> list[Recollection]:
    """Fixed mistakes of other exercises like this one, most similar first, one per exercise."""
    query = embed(error_type, message, test_name)
    if limit <= 0 or not any(query):
        return []
    await _register(db)
    rows = await db.execute_fetchall(
        "SELECT exercise_id, error_type, MAX(temper_similarity(embedding, ?)) AS score, at, "
        "summary FROM mistakes WHERE fixed = 1 AND language = ? AND embedder = ? "
        "AND exercise_id IS NOT ? GROUP BY exercise_id HAVING score >= ? "
        "ORDER BY score DESC, at DESC LIMIT ?",
        (to_blob(query), language, EMBEDDER, exclude_exercise, min_similarity, limit))
    return [Recollection(e, t, round(s, 4), a, m) for e, t, s, a, m in rows]


async def forget(db: aiosqlite.Connection, workspace: str | None = None, *,
                 commit: bool = True) -> int:
    """Delete the remembered mistakes of one workspace, or all of them; returns how many."""
    if workspace is None:
        cursor = await db.execute("DELETE FROM mistakes")
    else:
        cursor = await db.execute("DELETE FROM mistakes WHERE workspace = ?", (workspace,))
    if commit:
        await db.commit()
    return cursor.rowcount
