use word_tally::*;

#[test]
fn empty_text() {
    assert!(tally("").is_empty());
}

#[test]
fn distinct() {
    assert_eq!(distinct_words("a b A c"), 3);
}

#[test]
fn single_word_counts_once() {
    assert_eq!(tally("hello").get("hello"), Some(&1));
}

#[test]
fn repeated_word() {
    let counts = tally("the cat saw The dog");
    assert_eq!(counts.get("the"), Some(&2));
}
