use std::collections::HashMap;

pub fn tally(text: &str) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        let word = word.to_lowercase();
        *counts.entry(word).or_insert(1) += 1;
    }
    counts
}

pub fn distinct_words(text: &str) -> usize {
    tally(text).len()
}
