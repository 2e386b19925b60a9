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
        match self {
            PercentError::Empty => write!(f, "no percentage given"),
            PercentError::NotANumber(text) => write!(f, "'{}' is not a whole number", text),
            PercentError::OutOfRange(n) => write!(f, "{} is not between 0 and 100", n),
        }
    }
}

impl std::error::Error for PercentError {}

/// Reads a percentage such as "42", " 42 " or "42%" and returns it as a number from 0 to 100.
pub fn parse_percent(text: &str) -> Result<u8, PercentError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(PercentError::Empty);
    }
    let digits = trimmed.strip_suffix('%').unwrap_or(trimmed).trim_end();
    let number: i64 = digits
        .parse()
        .map_err(|_| PercentError::NotANumber(digits.to_string()))?;
    u8::try_from(number)
        .ok()
        .filter(|&p| p <= 100)
        .ok_or(PercentError::OutOfRange(number))
}
