"""Memory: the offline embedding, remembering and fixing mistakes, and recall by similarity."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from temper.profile import recall as memory
from temper.profile.migrations import MISTAKES
from temper.profile.recall import Recollection, embed, mark_fixed, recall, remember
from temper.profile.store import ProfileStore

PY = "python"
AVERAGE, LARGEST, FIZZBUZZ, CURRENT = ("python/basics/list-average", "python/basics/largest",
                                       "python/basics/fizzbuzz", "python/basics/first-letter")
INDEX_MESSAGE = "list index out of range"


@pytest.fixture
async def db(tmp_path: Path):
    store = await ProfileStore.open(tmp_path / "profile.db")
    found = await store.db.execute_fetchall(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'mistakes'")
    if not found:  # the migration step that creates it
        await store.db.executescript(MISTAKES)
    yield store.db
    await store.close()


async def _mistake(db, exercise_id: str, error_type: str, message: str, test_name: str,
                   at: float = 1.0, fixed: bool = True, workspace: str | None = None,
                   language: str = PY) -> bool:
    return await remember(db, workspace=workspace or f"/ws/{exercise_id}",
                          exercise_id=exercise_id, language=language, at=at,
                          error_type=error_type, message=message, test_name=test_name,
                          fixed=fixed)


def test_the_embedding_is_deterministic_and_unit_length():
    first = embed("IndexError", INDEX_MESSAGE, "test_average_of_three")
    assert first == embed("IndexError", INDEX_MESSAGE, "test_average_of_three")
    assert len(first) == memory.DIMENSION
    assert sum(v * v for v in first) == pytest.approx(1.0)
    assert memory.from_blob(memory.to_blob(first)) == pytest.approx(first, abs=1e-6)


def test_similar_mistakes_score_above_unrelated_ones():
    one = embed("IndexError", INDEX_MESSAGE, "test_average_of_three")
    other = embed("IndexError", "IndexError: list index out of range", "test_largest_of_many")
    unrelated = embed("AssertionError", "assert 'Fizz' == 'Buzz'\n +  where 'Fizz' = fb(5)",
                      "test_five_is_buzz")
    assert memory.similarity(one, other) > 0.7
    assert memory.similarity(one, unrelated) < 0.2
    assert memory.similarity(one, other) > memory.similarity(one, unrelated) + 0.5


def test_numbers_quoted_literals_and_paths_are_normalised():
    a = embed("KeyError", "'apples' at /home/ann/fruit.py:12 (count 3)", "test_count")
    b = embed("KeyError", "'pears' at /tmp/x/fruit.py:40 (count 17)", "test_count")
    assert memory.similarity(a, b) == pytest.approx(1.0)
    assert memory.normalise("assert 3.5 == 'x'") == ["assert", "<n>", "==", "<q>"]


@pytest.mark.parametrize("message", [None, "", "   \n\t", "\x00\ufffd\udcff", "'" * 5000,
                                     "é" * 10_000])
def test_damaged_or_blank_messages_do_not_crash(message):
    vector = embed("IndexError", message, None)
    assert len(vector) == memory.DIMENSION and any(vector)
    assert not any(embed(None, None, None))


async def test_recall_returns_fixed_mistakes_of_other_exercises_most_similar_first(db):
    await _mistake(db, AVERAGE, "IndexError", INDEX_MESSAGE, "test_average_of_three", at=10.0)
    await _mistake(db, LARGEST, "IndexError", "string index out of range", "test_largest", 11.0)
    await _mistake(db, FIZZBUZZ, "AssertionError", "assert 'Fizz' == 'Buzz'", "test_five")
    await _mistake(db, "python/basics/unfixed", "IndexError", INDEX_MESSAGE, "test_x",
                   fixed=False)
    await _mistake(db, CURRENT, "IndexError", INDEX_MESSAGE, "test_first_letter", at=5.0)
    await _mistake(db, "javascript/basics/x", "IndexError", INDEX_MESSAGE, "test_y",
                   language="javascript")

    found = await recall(db, error_type="IndexError", message=INDEX_MESSAGE,
                         test_name="test_first_letter", language=PY, exclude_exercise=CURRENT)

    assert [r.exercise_id for r in found] == [AVERAGE, LARGEST]
    assert found[0].similarity > found[1].similarity >= 0.5
    assert found[0] == Recollection(AVERAGE, "IndexError", found[0].similarity, 10.0,
                                    INDEX_MESSAGE)
    assert found[0].sentence() == "You fixed a similar IndexError in python/basics/list-average."


async def test_recall_respects_limit_and_threshold(db):
    for n in range(5):
        await _mistake(db, f"python/basics/ex{n}", "IndexError", INDEX_MESSAGE, f"test_{n}")
    ask = {"error_type": "IndexError", "message": INDEX_MESSAGE, "test_name": "test_new",
           "language": PY, "exclude_exercise": None}
    assert len(await recall(db, **ask)) == 3
    assert len(await recall(db, **ask, limit=1)) == 1
    assert len(await recall(db, **ask, limit=10)) == 5
    assert await recall(db, **ask, limit=0) == []
    assert await recall(db, **ask, min_similarity=0.999) == []
    different = {**ask, "error_type": "ZeroDivisionError", "message": "division by zero"}
    assert await recall(db, **different) == []


async def test_one_recollection_per_exercise_and_blank_queries(db):
    await _mistake(db, AVERAGE, "IndexError", INDEX_MESSAGE, "test_a")
    await _mistake(db, AVERAGE, "IndexError", INDEX_MESSAGE, "test_b")
    found = await recall(db, error_type="IndexError", message=INDEX_MESSAGE, test_name="",
                         language=PY, exclude_exercise=CURRENT)
    assert [r.exercise_id for r in found] == [AVERAGE]
    assert await recall(db, error_type=None, message=None, test_name=None, language=PY,
                        exclude_exercise=CURRENT) == []
    assert await recall(db, error_type="IndexError", message="\x00", test_name=None,
                        language=PY, exclude_exercise=CURRENT)  # type alone still matches


async def test_mark_fixed_makes_a_mistake_recallable_and_dedupes_open_ones(db):
    assert await _mistake(db, AVERAGE, "IndexError", INDEX_MESSAGE, "test_a", fixed=False)
    assert not await _mistake(db, AVERAGE, "IndexError", INDEX_MESSAGE, "test_a", fixed=False)
    ask = {"error_type": "IndexError", "message": INDEX_MESSAGE, "test_name": "test_b",
           "language": PY, "exclude_exercise": CURRENT}
    assert await recall(db, **ask) == []
    assert await mark_fixed(db, f"/ws/{AVERAGE}", AVERAGE, at=20.0) == 1
    assert await mark_fixed(db, f"/ws/{AVERAGE}", AVERAGE) == 0
    assert [r.exercise_id for r in await recall(db, **ask)] == [AVERAGE]
    # the same mistake again after a reset is a new, open one
    assert await _mistake(db, AVERAGE, "IndexError", INDEX_MESSAGE, "test_a", fixed=False)
    assert await memory.forget(db, f"/ws/{AVERAGE}") == 2
    assert await recall(db, **ask) == []


def test_the_sentence_names_only_the_error_type_and_the_exercise():
    odd = Recollection(AVERAGE, "assert total == sum(xs) # <- code", 0.9, 1.0, "")
    assert odd.sentence() == "You fixed a similar mistake in python/basics/list-average."
    assert Recollection(AVERAGE, "", 0.9, 1.0, "").sentence().startswith("You fixed a similar "
                                                                          "mistake")


async def test_recall_over_a_thousand_mistakes_is_quick(db):
    kinds = [("IndexError", "list index out of range"), ("KeyError", "'k{n}'"),
             ("TypeError", "unsupported operand type(s) for +: 'int' and 'str'"),
             ("AssertionError", "assert {n} == {m}"), ("NameError", "name 'v{n}' is not defined"),
             ("AttributeError", "'NoneType' object has no attribute 'a{n}'")]
    for n in range(1000):
        kind, message = kinds[n % len(kinds)]
        await remember(db, workspace=f"/ws/{n}", exercise_id=f"python/basics/ex{n}",
                       language=PY, at=float(n), error_type=kind,
                       message=message.format(n=n, m=n + 1), test_name=f"test_case_{n}",
                       fixed=True, commit=False)
    await db.commit()
    started = time.perf_counter()
    for _ in range(5):
        found = await recall(db, error_type="IndexError", message=INDEX_MESSAGE,
                             test_name="test_new", language=PY, exclude_exercise=CURRENT)
    elapsed = (time.perf_counter() - started) / 5
    assert len(found) == 3 and all(r.error_type == "IndexError" for r in found)
    assert elapsed < 0.5, f"recall over 1,000 mistakes took {elapsed * 1000:.0f} ms"
