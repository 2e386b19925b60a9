type Op = "+" | "-" | "*" | "/";

function apply(op: Op, left: number, right: number): number {
  switch (op) {
    case "+": return left + right;
    case "-": return left - right;
    case "*": return left * right;
    case "/": return left / right;
  }
}

// Evaluate a postfix expression such as "3 4 + 2 *".
export function evaluate(expression: string): number {
  const stack: number[] = [];
  for (const token of expression.trim().split(/\s+/)) {
    if (token === "+" || token === "-" || token === "*" || token === "/") {
      const left = stack.pop()!;
      const right = stack.pop()!;
      stack.push(apply(token, left, right));
    } else {
      stack.push(Number(token));
    }
  }
  return stack.pop()!;
}
