use sum_numbers::*;

#[test]
fn adds_numbers_without_spaces() {
    assert_eq!(sum_numbers("1,2,3"), Ok(6), "sum_numbers(\"1,2,3\")");
}

#[test]
fn ignores_spaces_around_numbers() {
    assert_eq!(
        sum_numbers(" 10 , 20,  30 "),
        Ok(60),
        "sum_numbers(\" 10 , 20,  30 \")"
    );
}

#[test]
fn single_number() {
    assert_eq!(sum_numbers("42"), Ok(42), "sum_numbers(\"42\")");
}

#[test]
fn negative_numbers() {
    assert_eq!(sum_numbers("5,-7"), Ok(-2), "sum_numbers(\"5,-7\")");
}

#[test]
fn empty_text_is_zero() {
    assert_eq!(sum_numbers(""), Ok(0), "sum_numbers(\"\")");
    assert_eq!(sum_numbers("   "), Ok(0), "sum_numbers(\"   \")");
}

#[test]
fn a_word_is_an_error() {
    assert!(
        sum_numbers("1,two,3").is_err(),
        "sum_numbers(\"1,two,3\") should be an Err, got {:?}",
        sum_numbers("1,two,3")
    );
}

#[test]
fn an_empty_piece_is_an_error() {
    assert!(
        sum_numbers("1,,3").is_err(),
        "sum_numbers(\"1,,3\") should be an Err, got {:?}",
        sum_numbers("1,,3")
    );
}

#[test]
fn a_decimal_is_an_error() {
    assert!(
        sum_numbers("1.5,2").is_err(),
        "sum_numbers(\"1.5,2\") should be an Err, got {:?}",
        sum_numbers("1.5,2")
    );
}
