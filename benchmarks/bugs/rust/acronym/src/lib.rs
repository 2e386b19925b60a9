/// "Portable Network Graphics" -> "PNG"; hyphens separate words too.
pub fn acronym(phrase: &str) -> String {
    let mut out = String::new();
    for word in phrase.split(' ') {
        if let Some(first) = word.chars().next() {
            out.push(first.to_ascii_uppercase());
        }
    }
    out
}
