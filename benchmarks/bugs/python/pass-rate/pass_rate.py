def pass_rate(scores, pass_mark=50):
    """Percentage of scores at or above pass_mark; 0.0 for no scores."""
    passed = 0
    for score in scores:
        if score >= pass_mark:
            passed += 1
    return 100 * passed / len(scores)


def describe(scores):
    return f"{pass_rate(scores):.0f}% passed"
