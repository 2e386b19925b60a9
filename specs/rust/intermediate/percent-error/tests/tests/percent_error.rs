use percent_error::*;

#[test]
fn plain_number() {
    assert_eq!(parse_percent("42"), Ok(42), "parse_percent(\"42\")");
}

#[test]
fn spaces_and_percent_sign() {
    assert_eq!(parse_percent(" 7% "), Ok(7), "parse_percent(\" 7% \")");
    assert_eq!(parse_percent("100 %"), Ok(100), "parse_percent(\"100 %\")");
}

#[test]
fn zero_and_hundred_are_allowed() {
    assert_eq!(parse_percent("0"), Ok(0), "parse_percent(\"0\")");
    assert_eq!(parse_percent("100"), Ok(100), "parse_percent(\"100\")");
}

#[test]
fn empty_text_is_an_error() {
    assert_eq!(
        parse_percent("  "),
        Err(PercentError::Empty),
        "parse_percent(\"  \")"
    );
}

#[test]
fn word_is_not_a_number() {
    assert_eq!(
        parse_percent("lots"),
        Err(PercentError::NotANumber("lots".to_string())),
        "parse_percent(\"lots\")"
    );
}

#[test]
fn above_hundred_is_out_of_range() {
    assert_eq!(
        parse_percent("101"),
        Err(PercentError::OutOfRange(101)),
        "parse_percent(\"101\")"
    );
}

#[test]
fn negative_is_out_of_range_not_wrapped() {
    assert_eq!(
        parse_percent("-1"),
        Err(PercentError::OutOfRange(-1)),
        "parse_percent(\"-1\") must not wrap around to 255"
    );
}

#[test]
fn large_number_does_not_wrap_into_range() {
    assert_eq!(
        parse_percent("356"),
        Err(PercentError::OutOfRange(356)),
        "parse_percent(\"356\") must not wrap around to 100"
    );
}

#[test]
fn errors_read_well() {
    assert_eq!(
        PercentError::Empty.to_string(),
        "no percentage given",
        "Display of Empty"
    );
    assert_eq!(
        PercentError::NotANumber("x".into()).to_string(),
        "'x' is not a whole number",
        "Display of NotANumber(\"x\")"
    );
    assert_eq!(
        PercentError::OutOfRange(150).to_string(),
        "150 is not between 0 and 100",
        "Display of OutOfRange(150)"
    );
}

#[test]
fn works_as_a_boxed_error() {
    let err: Box<dyn std::error::Error> = Box::new(parse_percent("200%").unwrap_err());
    assert_eq!(
        err.to_string(),
        "200 is not between 0 and 100",
        "parse_percent(\"200%\") as Box<dyn Error>"
    );
}
