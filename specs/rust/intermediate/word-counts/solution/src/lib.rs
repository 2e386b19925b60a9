use std::collections::HashMap;

/// Counts how often each word occurs. Words are split on whitespace,
/// lower-cased, and stripped of punctuation at either end ("Hello," -> "hello").
/// Pieces that are only punctuation are not words.
pub fn word_counts(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for piece in text.split_whitespace() {
        let word = piece.trim_matches(|c: char| c.is_ascii_punctuation());
        if !word.is_empty() {
            *counts.entry(word.to_lowercase()).or_insert(0) += 1;
        }
    }
    counts
}

/// The `n` most frequent words with their counts: highest count first,
/// words with equal counts in alphabetical order.
pub fn top_words(text: &str, n: usize) -> Vec<(String, usize)> {
    let mut pairs: Vec<(String, usize)> = word_counts(text).into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    pairs.truncate(n);
    pairs
}
