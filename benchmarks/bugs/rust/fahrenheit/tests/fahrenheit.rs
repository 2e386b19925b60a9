use fahrenheit::*;

#[test]
fn freezing_point() {
    assert_eq!(to_fahrenheit(0.0), 32.0, "to_fahrenheit(0)");
}

#[test]
fn back_to_celsius() {
    assert_eq!(to_celsius(212.0), 100.0, "to_celsius(212)");
}

#[test]
fn boiling_point() {
    assert_eq!(to_fahrenheit(100.0), 212.0, "to_fahrenheit(100)");
}

#[test]
fn description() {
    let result = describe(21.5);
    assert_eq!(result, "21.5 °C is 70.7 °F");
}
