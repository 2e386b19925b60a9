pub fn to_fahrenheit(celsius: f64) -> f64 {
    celsius * (9 / 5) as f64 + 32.0
}

pub fn to_celsius(fahrenheit: f64) -> f64 {
    (fahrenheit - 32.0) * 5.0 / 9.0
}

/// "21.5 °C is 70.7 °F"
pub fn describe(celsius: f64) -> String {
    format!("{:.1} °C is {:.1} °F", celsius, to_fahrenheit(celsius))
}
