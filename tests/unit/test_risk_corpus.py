"""Measured accuracy: precision and recall of every detector over the labelled corpus.

Each file in tests/risk_corpus/ names the codes it must produce on its first line
(`# expect: py-mutable-default` or `// expect: none`). Run with -s to see the table.
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from pathlib import Path

from temper import risks
from temper.core.languages import language_of

CORPUS = Path(__file__).parents[1] / "risk_corpus"
EXPECT = re.compile(r"expect:\s*(.*?)\s*(\*/)?$")


def labelled() -> list[tuple[Path, str, set[str]]]:
    files = []
    for path in sorted(p for p in CORPUS.rglob("*") if p.is_file()):
        language = language_of(path)
        first = path.read_text(encoding="utf-8").splitlines()[0]
        match = EXPECT.search(first)
        if language and match:
            listed = {c.strip() for c in match[1].split(",") if c.strip()}
            files.append((path, language, listed - {"none"}))
    return files


def test_precision_and_recall_are_at_least_0_9():
    counts: dict[str, Counter] = {}
    misses = []
    for path, language, expected in labelled():
        source = path.read_text(encoding="utf-8")
        found = {d.code for d in asyncio.run(risks.thorough(language, source, str(path)))}
        tally = counts.setdefault(language, Counter())
        tally["files"] += 1
        tally["tp"] += len(found & expected)
        tally["fp"] += len(found - expected)
        tally["fn"] += len(expected - found)
        if found != expected:
            misses.append(f"{path.relative_to(CORPUS)}: expected {sorted(expected)}, "
                          f"found {sorted(found)}")
    total = sum(counts.values(), Counter())
    print(f"\n{'language':<12}{'files':>6}{'precision':>11}{'recall':>8}")
    for language, tally in sorted(counts.items()) + [("all", total)]:
        precision = tally["tp"] / max(1, tally["tp"] + tally["fp"])
        recall = tally["tp"] / max(1, tally["tp"] + tally["fn"])
        print(f"{language:<12}{tally['files']:>6}{precision:>11.3f}{recall:>8.3f}")
    print("\n".join(misses))
    assert total["files"] >= 60 and len(counts) == 7, counts
    assert total["tp"] / (total["tp"] + total["fp"]) >= 0.9, misses
    assert total["tp"] / (total["tp"] + total["fn"]) >= 0.9, misses
