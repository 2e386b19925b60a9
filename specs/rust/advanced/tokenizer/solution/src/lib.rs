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

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        self.rest = self.rest.trim_start();
        let first = self.rest.chars().next()?;
        let end = if is_word(first) {
            self.rest
                .find(|c: char| !is_word(c))
                .unwrap_or(self.rest.len())
        } else {
            first.len_utf8()
        };
        let (token, rest) = self.rest.split_at(end);
        self.rest = rest;
        Some(token)
    }
}

/// The longest token of `input` (counted in characters); the first one on a tie.
pub fn longest_token(input: &str) -> Option<&str> {
    let mut best: Option<&str> = None;
    for token in tokens(input) {
        let better = match best {
            Some(b) => token.chars().count() > b.chars().count(),
            None => true,
        };
        if better {
            best = Some(token);
        }
    }
    best
}
