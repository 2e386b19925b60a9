"""The usage log: one row per LLM call (and per fallback), with tokens, cost and latency."""

from __future__ import annotations

from typing import Any

import aiosqlite

CALL_STATUSES = ("success", "error")  # rows that stand for a request sent to a provider


async def record(db: aiosqlite.Connection, row) -> None:
    await db.execute(
        "INSERT INTO llm_usage (at, provider, model, level, status, prompt_tokens, "
        "completion_tokens, cost, latency, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row.at, row.provider, row.model, row.level, row.status, row.prompt_tokens,
         row.completion_tokens, row.cost, row.latency, row.detail))


async def calls_since(db: aiosqlite.Connection, since: float) -> int:
    (count,) = await (await db.execute(
        "SELECT COUNT(*) FROM llm_usage WHERE at >= ? AND status IN (?, ?)",
        (since, *CALL_STATUSES))).fetchone()
    return count


async def totals(db: aiosqlite.Connection, since: float = 0.0) -> list[dict[str, Any]]:
    """Totals per day (UTC), provider and model since `since`."""
    rows = await db.execute_fetchall(
        "SELECT date(at, 'unixepoch') AS day, provider, model, COUNT(*), "
        "SUM(status = 'success'), SUM(status = 'error'), SUM(status = 'rate_limited'), "
        "SUM(status = 'guard_violation'), SUM(status = 'fallback'), SUM(prompt_tokens), "
        "SUM(completion_tokens), SUM(cost), AVG(CASE WHEN status = 'success' THEN latency END) "
        "FROM llm_usage WHERE at >= ? GROUP BY day, provider, model ORDER BY day, provider, "
        "model", (since,))
    keys = ("day", "provider", "model", "rows", "success", "error", "rate_limited",
            "guard_violation", "fallback", "prompt_tokens", "completion_tokens", "cost",
            "mean_latency")
    return [dict(zip(keys, row, strict=True)) for row in rows]
