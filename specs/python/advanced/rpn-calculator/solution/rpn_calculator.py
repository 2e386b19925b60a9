import operator

OPERATORS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def to_number(token):
    """The int or float written in token; ValueError for anything else."""
    try:
        return int(token)
    except ValueError:
        pass
    try:
        return float(token)
    except ValueError:
        raise ValueError(f"unknown token {token!r}") from None


def evaluate(expression):
    """Return the value of an expression in Reverse Polish Notation."""
    stack = []
    for token in expression.split():
        if token in OPERATORS:
            if len(stack) < 2:
                raise ValueError(f"{token!r} needs two numbers before it")
            right = stack.pop()
            left = stack.pop()
            stack.append(OPERATORS[token](left, right))
        else:
            stack.append(to_number(token))
    if len(stack) != 1:
        raise ValueError(f"expected exactly one result, found {len(stack)}")
    return stack[0]
