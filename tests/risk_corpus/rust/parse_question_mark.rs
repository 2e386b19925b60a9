// expect: none
use std::num::ParseIntError;

/// Parses "3,4" into a point, passing errors to the caller.
pub fn parse_point(text: &str) -> Result<(i32, i32), ParseIntError> {
    let (x, y) = text.split_once(',').unwrap_or((text, "0"));
    let x = x.trim().parse::<i32>()?;
    let y = match y.trim().parse::<i32>() {
        Ok(value) => value,
        Err(error) => return Err(error),
    };
    Ok((x, y))
}
