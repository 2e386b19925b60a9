// expect: rust-unwrap
/// Parses "3,4" into a point.
pub fn parse_point(text: &str) -> (i32, i32) {
    let mut parts = text.split(',');
    let x = parts.next().unwrap().trim().parse::<i32>().unwrap();
    let y = parts.next().unwrap().trim().parse::<i32>().unwrap();
    (x, y)
}
