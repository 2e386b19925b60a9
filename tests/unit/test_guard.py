"""The restraint guard: no solution code at L0-L2, L3 stays a skeleton, authored hints all pass."""

from __future__ import annotations

import pytest

from temper.catalog.exercises import Catalog
from temper.core.guard import secret_lines, violation
from temper.core.levels import Level

FIZZBUZZ = "python/basics/fizzbuzz"
NO_CODE = [Level.L0, Level.L1, Level.L2]
EXERCISE_IDS = sorted(Catalog.load().exercises)  # collected once, for parametrize ids


@pytest.fixture
def fb(catalog):
    exercise = catalog.get(FIZZBUZZ)
    return exercise.solution, {**exercise.starter, **exercise.tests}


def check(text, level, fb):
    solution, public = fb
    return violation(text, level, solution, public)


def test_fizzbuzz_has_secret_lines_but_not_the_ones_the_learner_sees(fb):
    solution, public = fb
    secrets = secret_lines(solution, public)
    assert {"ifn%15==0:", 'return"FizzBuzz"', "returnstr(n)"} <= secrets
    assert "ifn%3==0:" not in secrets  # already in the starter file
    assert "deffizzbuzz(n):" not in secrets


@pytest.mark.parametrize("level", NO_CODE)
@pytest.mark.parametrize("line", ["if n % 15 == 0:", 'return "FizzBuzz"', "return str(n)"])
def test_a_line_of_the_solution_is_refused_at_l0_to_l2(fb, level, line):
    why = check(f"Try this: {line} and see what happens.", level, fb)
    assert why == f"a line of the reference solution at L{int(level)}"


@pytest.mark.parametrize("level", NO_CODE)
@pytest.mark.parametrize("block", [
    "Here:\n```\nprint('hi')\n```",
    "Consider:\n    x = compute()\nthen run it.",
    "Consider:\n\tx = compute()",
])
def test_a_code_block_is_refused_at_l0_to_l2(fb, level, block):
    assert check(block, level, fb) == f"a code block at L{int(level)}"


@pytest.mark.parametrize("level", NO_CODE)
def test_plain_prose_passes(fb, level):
    text = ("Which of your conditions does 15 meet first? The most specific case has to be "
            "checked before the general ones.")
    assert check(text, level, fb) is None


def test_lines_the_learner_already_sees_may_be_quoted(fb):
    assert check("Your check `if n % 3 == 0:` is reached first for 15.", Level.L2, fb) is None


def test_short_common_lines_do_not_count_as_secrets():
    solution = {"a.py": "def f(x):\n    if x:\n        return x\n    else:\n        return 0\n"}
    assert violation("Think about what `return x` and `else:` do.", Level.L2, solution, {}) is None


def test_comments_in_the_solution_do_not_count_as_secrets():
    solution = {"a.py": "# loop over every item here\ntotal = sum(items)\n"}
    assert violation("loop over every item here", Level.L1, solution, {}) is None
    assert violation("total = sum(items)", Level.L1, solution, {}) is not None


def test_the_whole_solution_is_refused_at_l3(fb):
    solution, _ = fb
    why = check(solution["fizzbuzz.py"], Level.L3, fb)
    assert why is not None and "similar to the reference solution" in why


def test_a_lightly_holed_solution_is_still_refused_at_l3(fb):
    solution, _ = fb
    holed = solution["fizzbuzz.py"].replace('"Buzz"', "____")
    assert check(holed, Level.L3, fb) is not None


def test_an_l3_outline_too_close_to_the_solution_is_refused_without_copied_lines(fb):
    solution, _ = fb
    blanked = solution["fizzbuzz.py"].replace("15", "__").replace('"FizzBuzz"', "____") \
        .replace("str(n)", "____")  # every secret line is broken, the shape is the solution's
    why = check(blanked, Level.L3, fb)
    assert why is not None and "similar to the reference solution" in why


def test_an_l3_outline_copying_many_secret_lines_is_refused():
    lines = [f"value_{i} = compute_{i}(data)" for i in range(9)]
    solution = {"a.py": "\n".join(lines)}
    outline = "Fill the blanks:\n" + "\n".join(lines[:4]) + "\n" + "____\n" * 40
    assert violation(outline, Level.L3, solution, {}) == \
        "4 lines of the reference solution in an L3 outline"


@pytest.mark.parametrize("level", [Level.L4, Level.L5])
def test_l4_and_l5_are_not_restricted_by_the_guard(fb, level):
    solution, _ = fb
    assert check(solution["fizzbuzz.py"], level, fb) is None


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_every_authored_l3_skeleton_passes(catalog, exercise_id):
    exercise = catalog.get(exercise_id)
    public = {**exercise.starter, **exercise.tests}
    assert exercise.hints.L3, "every exercise should author an L3 outline"
    for text in exercise.hints.L3:
        assert violation(text, Level.L3, exercise.solution, public) is None, text


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_every_authored_l0_to_l2_hint_passes(catalog, exercise_id):
    exercise = catalog.get(exercise_id)
    public = {**exercise.starter, **exercise.tests}
    for level in NO_CODE:
        for text in exercise.hints.at(int(level)):
            assert violation(text, level, exercise.solution, public) is None, text


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_every_solution_leaks_when_pasted_at_l2(catalog, exercise_id):
    exercise = catalog.get(exercise_id)
    public = {**exercise.starter, **exercise.tests}
    assert secret_lines(exercise.solution, public), "a solution with no secrets is unguarded"
    for text in exercise.solution.values():
        flat = " ".join(text.split())  # one line, so only the secret-line check can catch it
        assert violation(flat, Level.L2, exercise.solution, public) is not None


# -- adversarial: the same solution line, dressed differently ------------------------------------

@pytest.mark.parametrize("disguised", [
    "  if n % 15 == 0:",  # re-indented by two spaces, under the code-block threshold
    "if  n%15==0 :",  # extra and missing spaces
    "if\tn %  15\t== 0:",  # tabs inside the line
    "Start with `if n % 15 == 0:` and go on.",  # inline code inside prose
    "return\nstr(n)",  # split across two lines
    'return   "FizzBuzz"',
    "Then write return 'FizzBuzz' in that branch.",  # the other quote style
    "Check `if n % 15 == 0` before anything else.",  # the condition without its colon
    "Test n%15==0 first.",  # the bare expression, keyword dropped
])
def test_a_disguised_solution_line_is_still_refused(fb, disguised):
    assert check(disguised, Level.L2, fb) == "a line of the reference solution at L2"


def test_a_reindented_solution_block_is_refused(fb):
    solution, _ = fb
    reindented = "\n".join("  " + line.strip() for line in solution["fizzbuzz.py"].splitlines())
    assert check(reindented, Level.L1, fb) is not None
