use rpn_calculator::*;

fn check(expr: &str, want: Result<i64, CalcError>) {
    assert_eq!(eval(expr), want, "eval({:?})", expr);
}

#[test]
fn adds_two_numbers() {
    check("3 4 +", Ok(7));
}

#[test]
fn chains_operations() {
    check("3 4 + 2 *", Ok(14));
    check("5 1 2 + 4 * + 3 -", Ok(14));
}

#[test]
fn operand_order_matters_for_minus_and_divide() {
    check("10 3 -", Ok(7));
    check("20 5 /", Ok(4));
}

#[test]
fn negative_numbers_are_numbers() {
    check("-3 4 *", Ok(-12));
    check("2 -5 -", Ok(7));
}

#[test]
fn division_truncates_toward_zero() {
    check("-7 2 /", Ok(-3));
}

#[test]
fn a_single_number_is_its_own_value() {
    check("  42  ", Ok(42));
}

#[test]
fn empty_expression() {
    check("", Err(CalcError::Empty));
    check("   ", Err(CalcError::Empty));
}

#[test]
fn unknown_token() {
    check("2 3 ^", Err(CalcError::UnknownToken("^".to_string())));
    check("2 x +", Err(CalcError::UnknownToken("x".to_string())));
}

#[test]
fn too_few_values_for_an_operator() {
    check("1 +", Err(CalcError::StackUnderflow));
    check("*", Err(CalcError::StackUnderflow));
}

#[test]
fn values_left_over() {
    check("1 2 3 +", Err(CalcError::TooManyValues(2)));
}

#[test]
fn division_by_zero() {
    check("1 0 /", Err(CalcError::DivisionByZero));
}

#[test]
fn overflow_is_an_error_not_a_panic() {
    check("9223372036854775807 1 +", Err(CalcError::Overflow));
    check("-9223372036854775808 -1 /", Err(CalcError::Overflow));
    check("4611686018427387904 2 *", Err(CalcError::Overflow));
}
