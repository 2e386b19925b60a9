/// Why an expression could not be evaluated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalcError {
    /// No tokens at all.
    Empty,
    /// A token that is neither a whole number nor + - * /.
    UnknownToken(String),
    /// An operator found fewer than two values on the stack.
    StackUnderflow,
    DivisionByZero,
    /// A result that does not fit in an i64.
    Overflow,
    /// More than one value was left at the end; holds how many.
    TooManyValues(usize),
}

/// Evaluates a postfix (Reverse Polish) expression such as "3 4 + 2 *" (which is 14).
pub fn eval(expr: &str) -> Result<i64, CalcError> {
    let mut stack: Vec<i64> = Vec::new();
    for token in expr.split_whitespace() {
        match token {
            "+" | "-" | "*" | "/" => {
                let a = stack.pop().unwrap_or(0);
                let b = stack.pop().unwrap_or(0);
                stack.push(match token {
                    "+" => a + b,
                    "-" => a - b,
                    "*" => a * b,
                    _ => a / b,
                });
            }
            _ => stack.push(token.parse().unwrap_or(0)),
        }
    }
    Ok(stack.pop().unwrap_or(0))
}
