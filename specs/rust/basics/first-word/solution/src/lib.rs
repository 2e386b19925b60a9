/// Returns the first word of `text`: everything before the first space,
/// skipping leading spaces. The result borrows from `text`.
pub fn first_word(text: &str) -> &str {
    let trimmed = text.trim_start_matches(' ');
    match trimmed.find(' ') {
        Some(end) => &trimmed[..end],
        None => trimmed,
    }
}

/// Returns the first word of `text`, capitalised, as a new owned String.
pub fn shout_first_word(text: &str) -> String {
    first_word(text).to_uppercase()
}
