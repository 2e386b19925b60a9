"""Choosing the next exercise: prerequisites, language, a step up after a clean success, the
weakest concepts first, and a reason that says so."""

from __future__ import annotations

from pathlib import Path

from temper.catalog.exercises import Catalog, Exercise
from temper.coach.recommend import History, recommend


def exercise(id_: str, difficulty: str, concepts: list[str], prerequisites=()) -> Exercise:
    return Exercise(id=id_, title=id_.rsplit("/", 1)[-1].title(), language=id_.split("/")[0],
                    difficulty=difficulty, concepts=concepts,
                    prerequisites=list(prerequisites), description="d", hints={})


CATALOG = Catalog(Path("."), {e.id: e for e in [
    exercise("python/basics/a", "beginner", ["loops"]),
    exercise("python/basics/b", "beginner", ["strings"]),
    exercise("python/intermediate/c", "intermediate", ["loops", "dictionaries"],
             ["python/basics/a"]),
    exercise("python/intermediate/d", "intermediate", ["recursion"], ["python/basics/b"]),
    exercise("go/basics/e", "beginner", ["errors"]),
]})


def test_a_newcomer_starts_with_a_beginner_exercise_and_is_told_why():
    choice = recommend(CATALOG, History(frozenset()), {})
    assert choice.difficulty == "beginner" and "to begin with" in choice.reason


def test_weakest_concepts_first():
    choice = recommend(CATALOG, History(frozenset()), {"loops": 0.8, "strings": 0.1})
    assert choice.exercise_id == "python/basics/b"
    assert "strings" in choice.reason and "10%" in choice.reason


def test_a_clean_success_steps_up_where_prerequisites_are_met():
    history = History(frozenset({"python/basics/a"}), "python/basics/a", clean=True)
    choice = recommend(CATALOG, history, {"strings": 0.1})
    assert choice.exercise_id == "python/intermediate/c"  # d still needs b
    assert "without a hint, so one step up to intermediate" in choice.reason
    assert "what it builds on" in choice.reason


def test_after_help_it_stays_at_the_same_difficulty():
    history = History(frozenset({"python/basics/a"}), "python/basics/a", clean=False)
    assert recommend(CATALOG, history, {}).exercise_id == "python/basics/b"


def test_it_stays_in_the_last_language_unless_asked():
    history = History(frozenset({"go/basics/e"}), "go/basics/e", clean=True)
    moved = recommend(CATALOG, history, {})
    assert moved.language == "python" and "every open go exercise" in moved.reason
    asked = recommend(CATALOG, History(frozenset()), {}, language="go")
    assert asked.exercise_id == "go/basics/e"
    assert recommend(CATALOG, history, {}, language="go") is None


def test_history_from_the_profile():
    rows = [{"id": "python/basics/a", "completed": True, "hints": 2},
            {"id": "python/basics/b", "completed": True, "hints": 0}]
    history = History.from_profile(rows)
    assert history.completed == {"python/basics/a", "python/basics/b"}
    assert history.last == "python/basics/b" and history.clean
    assert History.from_profile([]) == History(frozenset())
