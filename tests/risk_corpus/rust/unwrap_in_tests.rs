// expect: none
pub fn double(text: &str) -> Option<i64> {
    text.parse::<i64>().ok().map(|n| n * 2)
}

fn main() {
    let n = std::env::args().nth(1).expect("usage: double N");
    println!("{}", double(&n).unwrap());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles() {
        assert_eq!(double("21").unwrap(), 42);
        let parsed: i64 = "7".parse().expect("a number");
        assert_eq!(parsed, 7);
    }
}
