use first_word::*;

#[test]
fn takes_the_word_before_the_first_space() {
    assert_eq!(
        first_word("hello world"),
        "hello",
        "first_word(\"hello world\")"
    );
}

#[test]
fn single_word_is_the_whole_text() {
    assert_eq!(first_word("rust"), "rust", "first_word(\"rust\")");
}

#[test]
fn empty_text_gives_empty_word() {
    assert_eq!(first_word(""), "", "first_word(\"\")");
}

#[test]
fn leading_spaces_are_skipped() {
    assert_eq!(
        first_word("   borrow checker"),
        "borrow",
        "first_word(\"   borrow checker\")"
    );
}

#[test]
fn only_spaces_gives_empty_word() {
    assert_eq!(first_word("   "), "", "first_word(\"   \")");
}

#[test]
fn multibyte_first_letter_is_kept_whole() {
    assert_eq!(first_word("été chaud"), "été", "first_word(\"été chaud\")");
}

#[test]
fn result_is_a_view_into_the_input() {
    let text = String::from("slice of text");
    let word = first_word(&text);
    assert_eq!(
        word.as_ptr(),
        text.as_ptr(),
        "first_word should borrow from its input, not copy it"
    );
}

#[test]
fn shout_returns_owned_uppercase_word() {
    let shouted: String = shout_first_word("quiet please");
    assert_eq!(shouted, "QUIET", "shout_first_word(\"quiet please\")");
}
