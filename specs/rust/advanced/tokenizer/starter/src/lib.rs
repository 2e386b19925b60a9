/// An iterator over the tokens of a piece of text. Every token is a slice
/// of the original text (no copying), so it lives as long as the text does.
pub struct Tokens<'a> {
    rest: &'a str,
}

/// Tokens of `input`: whitespace separates tokens and is dropped; a run of
/// letters, digits or '_' is one token; any other character is a token on its own.
pub fn tokens(input: &str) -> Tokens<'_> {
    Tokens { rest: input }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let token = self.rest.trim();
        self.rest = "";
        if token.is_empty() {
            None
        } else {
            Some(token)
        }
    }
}

/// The longest token of `input` (counted in characters); the first one on a tie.
pub fn longest_token(input: &str) -> Option<&str> {
    tokens(input).next()
}
