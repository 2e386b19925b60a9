use csv_fields::*;

#[test]
fn one_field() {
    assert_eq!(fields("hello"), vec!["hello"]);
}

#[test]
fn empty_line() {
    assert_eq!(fields(""), vec![""]);
}

#[test]
fn three_fields() {
    assert_eq!(fields("a,b,c"), vec!["a", "b", "c"]);
}

#[test]
fn quoted_comma() {
    assert_eq!(fields("\"x, y\",z"), vec!["x, y", "z"]);
}
