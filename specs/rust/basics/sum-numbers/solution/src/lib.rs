use std::num::ParseIntError;

/// Adds up the comma-separated whole numbers in `text`, such as "1, 2,3".
/// Spaces around numbers are ignored; empty text sums to 0.
/// Any piece that is not a whole number makes the whole call fail.
pub fn sum_numbers(text: &str) -> Result<i64, ParseIntError> {
    if text.trim().is_empty() {
        return Ok(0);
    }
    let mut total = 0;
    for piece in text.split(',') {
        total += piece.trim().parse::<i64>()?;
    }
    Ok(total)
}
