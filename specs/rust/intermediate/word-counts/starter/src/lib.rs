use std::collections::HashMap;

/// Counts how often each word occurs. Words are split on whitespace,
/// lower-cased, and stripped of punctuation at either end ("Hello," -> "hello").
/// Pieces that are only punctuation are not words.
pub fn word_counts(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split(' ') {
        counts.insert(word.to_string(), 1);
    }
    counts
}

/// The `n` most frequent words with their counts: highest count first,
/// words with equal counts in alphabetical order.
pub fn top_words(text: &str, n: usize) -> Vec<(String, usize)> {
    word_counts(text).into_iter().take(n).collect()
}
