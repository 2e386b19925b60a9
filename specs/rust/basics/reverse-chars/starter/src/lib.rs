/// Returns `text` with its characters in reverse order.
pub fn reverse(text: &str) -> String {
    let bytes: Vec<u8> = text.bytes().rev().collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Returns how many characters (not bytes) `text` contains.
pub fn char_count(text: &str) -> usize {
    text.len()
}
