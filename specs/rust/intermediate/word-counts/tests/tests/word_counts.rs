use std::collections::HashMap;
use word_counts::*;

fn map(pairs: &[(&str, usize)]) -> HashMap<String, usize> {
    pairs.iter().map(|&(w, c)| (w.to_string(), c)).collect()
}

fn owned(pairs: &[(&str, usize)]) -> Vec<(String, usize)> {
    pairs.iter().map(|&(w, c)| (w.to_string(), c)).collect()
}

#[test]
fn counts_repeated_words() {
    assert_eq!(
        word_counts("go rust go"),
        map(&[("go", 2), ("rust", 1)]),
        "word_counts(\"go rust go\")"
    );
}

#[test]
fn ignores_case() {
    assert_eq!(
        word_counts("Rust RUST rust"),
        map(&[("rust", 3)]),
        "word_counts(\"Rust RUST rust\")"
    );
}

#[test]
fn strips_punctuation_at_the_ends() {
    assert_eq!(
        word_counts("Hello, world! hello."),
        map(&[("hello", 2), ("world", 1)]),
        "word_counts(\"Hello, world! hello.\")"
    );
}

#[test]
fn keeps_apostrophes_inside_words() {
    assert_eq!(
        word_counts("don't stop"),
        map(&[("don't", 1), ("stop", 1)]),
        "word_counts(\"don't stop\")"
    );
}

#[test]
fn any_whitespace_separates_words() {
    assert_eq!(
        word_counts("  a\tb\n\na  "),
        map(&[("a", 2), ("b", 1)]),
        "word_counts(\"  a\\tb\\n\\na  \")"
    );
}

#[test]
fn punctuation_alone_is_not_a_word() {
    assert_eq!(
        word_counts("wait - what ?"),
        map(&[("wait", 1), ("what", 1)]),
        "word_counts(\"wait - what ?\")"
    );
}

#[test]
fn empty_text_has_no_words() {
    assert!(
        word_counts("").is_empty(),
        "word_counts(\"\") should be empty, got {:?}",
        word_counts("")
    );
}

#[test]
fn top_words_most_frequent_first() {
    assert_eq!(
        top_words("b a b c b a", 2),
        owned(&[("b", 3), ("a", 2)]),
        "top_words(\"b a b c b a\", 2)"
    );
}

#[test]
fn top_words_ties_are_alphabetical() {
    assert_eq!(
        top_words("pear fig apple kiwi", 3),
        owned(&[("apple", 1), ("fig", 1), ("kiwi", 1)]),
        "top_words(\"pear fig apple kiwi\", 3)"
    );
}

#[test]
fn top_words_with_fewer_words_than_asked() {
    assert_eq!(
        top_words("one two two", 10),
        owned(&[("two", 2), ("one", 1)]),
        "top_words(\"one two two\", 10)"
    );
}
