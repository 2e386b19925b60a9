GRADES = ((90, "A"), (80, "B"), (70, "C"), (60, "D"))


def letter_grade(score):
    """Return "A", "B", "C", "D" or "F" for a score from 0 to 100."""
    if not 0 <= score <= 100:
        raise ValueError(f"a score must be between 0 and 100, not {score}")
    for lowest, letter in GRADES:
        if score >= lowest:
            return letter
    return "F"
