/// Returns `text` with its characters in reverse order.
pub fn reverse(text: &str) -> String {
    text.chars().rev().collect()
}

/// Returns how many characters (not bytes) `text` contains.
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}
