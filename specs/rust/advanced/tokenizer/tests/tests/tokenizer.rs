use tokenizer::*;

fn all(input: &str) -> Vec<&str> {
    tokens(input).collect()
}

#[test]
fn splits_words_on_spaces() {
    assert_eq!(
        all("let x be"),
        vec!["let", "x", "be"],
        "tokens(\"let x be\")"
    );
}

#[test]
fn symbols_are_tokens_of_their_own() {
    assert_eq!(
        all("sum(a,b)"),
        vec!["sum", "(", "a", ",", "b", ")"],
        "tokens(\"sum(a,b)\")"
    );
}

#[test]
fn digits_and_underscores_belong_to_words() {
    assert_eq!(all("x_1+42"), vec!["x_1", "+", "42"], "tokens(\"x_1+42\")");
}

#[test]
fn repeated_symbols_are_separate() {
    assert_eq!(all("a==b"), vec!["a", "=", "=", "b"], "tokens(\"a==b\")");
}

#[test]
fn any_whitespace_is_skipped() {
    assert_eq!(
        all("\t a \n\n b  "),
        vec!["a", "b"],
        "tokens(\"\\t a \\n\\n b  \")"
    );
}

#[test]
fn empty_and_blank_input_have_no_tokens() {
    assert!(all("").is_empty(), "tokens(\"\") should be empty");
    assert!(all("   ").is_empty(), "tokens(\"   \") should be empty");
}

#[test]
fn non_ascii_letters_and_symbols() {
    assert_eq!(
        all("prix=5€ café"),
        vec!["prix", "=", "5", "€", "café"],
        "tokens(\"prix=5€ café\")"
    );
}

#[test]
fn tokens_borrow_from_the_input() {
    let text = String::from("alpha beta");
    let first = tokens(&text).next().unwrap();
    assert_eq!(
        first.as_ptr(),
        text.as_ptr(),
        "the first token should point into the input text"
    );
}

#[test]
fn tokens_outlive_the_iterator() {
    let text = String::from("keep these");
    let kept: Vec<&str> = {
        let mut it = tokens(&text);
        vec![it.next().unwrap(), it.next().unwrap()]
    };
    assert_eq!(
        kept,
        vec!["keep", "these"],
        "tokens kept after the iterator is gone"
    );
}

#[test]
fn longest_token_counts_characters() {
    assert_eq!(
        longest_token("été = summer!"),
        Some("summer"),
        "longest_token(\"été = summer!\")"
    );
    assert_eq!(
        longest_token("ééé ab"),
        Some("ééé"),
        "longest_token(\"ééé ab\") — 3 chars beat 2"
    );
}

#[test]
fn longest_token_first_on_tie_and_none_when_empty() {
    assert_eq!(
        longest_token("ab cd"),
        Some("ab"),
        "longest_token(\"ab cd\")"
    );
    assert_eq!(longest_token("  "), None, "longest_token(\"  \")");
}
