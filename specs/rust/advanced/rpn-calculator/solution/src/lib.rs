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

fn apply(op: &str, left: i64, right: i64) -> Result<i64, CalcError> {
    let result = match op {
        "+" => left.checked_add(right),
        "-" => left.checked_sub(right),
        "*" => left.checked_mul(right),
        _ if right == 0 => return Err(CalcError::DivisionByZero),
        _ => left.checked_div(right),
    };
    result.ok_or(CalcError::Overflow)
}

/// Evaluates a postfix (Reverse Polish) expression such as "3 4 + 2 *" (which is 14).
pub fn eval(expr: &str) -> Result<i64, CalcError> {
    let mut stack: Vec<i64> = Vec::new();
    for token in expr.split_whitespace() {
        match token {
            "+" | "-" | "*" | "/" => {
                let right = stack.pop().ok_or(CalcError::StackUnderflow)?;
                let left = stack.pop().ok_or(CalcError::StackUnderflow)?;
                stack.push(apply(token, left, right)?);
            }
            _ => {
                let value = token
                    .parse()
                    .map_err(|_| CalcError::UnknownToken(token.to_string()))?;
                stack.push(value);
            }
        }
    }
    match stack.as_slice() {
        [] => Err(CalcError::Empty),
        [value] => Ok(*value),
        values => Err(CalcError::TooManyValues(values.len())),
    }
}
