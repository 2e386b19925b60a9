use reverse_chars::*;

#[test]
fn reverses_an_ascii_word() {
    assert_eq!(reverse("stressed"), "desserts", "reverse(\"stressed\")");
}

#[test]
fn empty_text_stays_empty() {
    assert_eq!(reverse(""), "", "reverse(\"\")");
}

#[test]
fn accented_letters_survive() {
    assert_eq!(reverse("héllo"), "olléh", "reverse(\"héllo\")");
}

#[test]
fn non_latin_script_survives() {
    assert_eq!(reverse("добро"), "орбод", "reverse(\"добро\")");
}

#[test]
fn emoji_survive() {
    assert_eq!(reverse("hi🦀"), "🦀ih", "reverse(\"hi🦀\")");
}

#[test]
fn counts_ascii_characters() {
    assert_eq!(char_count("rust"), 4, "char_count(\"rust\")");
}

#[test]
fn counts_characters_not_bytes() {
    assert_eq!(
        char_count("héllo"),
        5,
        "char_count(\"héllo\") — \"é\" is two bytes but one char"
    );
}

#[test]
fn counts_emoji_as_one_character() {
    assert_eq!(char_count("🦀🦀"), 2, "char_count(\"🦀🦀\")");
}

#[test]
fn empty_text_has_no_characters() {
    assert_eq!(char_count(""), 0, "char_count(\"\")");
}
