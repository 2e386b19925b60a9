// expect: rust-unwrap, rust-panic
use std::fs;

pub fn load_words(path: &str) -> Vec<String> {
    let text = fs::read_to_string(path).expect("could not read the word list");
    let words: Vec<String> = text.lines().map(String::from).collect();
    if words.is_empty() {
        panic!("the word list is empty");
    }
    words
}
