/// Returns the first word of `text`: everything before the first space,
/// skipping leading spaces. The result borrows from `text`.
pub fn first_word(text: &str) -> &str {
    &text[..1]
}

/// Returns the first word of `text`, capitalised, as a new owned String.
pub fn shout_first_word(text: &str) -> String {
    String::from(text)
}
