import pytest

from letter_grade import letter_grade


def test_a_clear_a():
    assert letter_grade(95) == "A"


def test_exactly_ninety_is_an_a():
    assert letter_grade(90) == "A"


def test_just_below_a_boundary_is_the_grade_below():
    assert letter_grade(89.9) == "B"


def test_every_boundary_belongs_to_its_grade():
    assert [letter_grade(s) for s in (80, 70, 60)] == ["B", "C", "D"]


def test_below_sixty_fails():
    assert letter_grade(59) == "F"
    assert letter_grade(0) == "F"


def test_a_perfect_score():
    assert letter_grade(100) == "A"


def test_impossible_scores_are_errors():
    with pytest.raises(ValueError):
        letter_grade(101)
    with pytest.raises(ValueError):
        letter_grade(-1)
