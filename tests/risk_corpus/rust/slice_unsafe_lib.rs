// expect: rust-unsafe, rust-unwrap
pub fn middle(bytes: &[u8]) -> &str {
    let half = &bytes[..bytes.len() / 2];
    let checked = std::str::from_utf8(half).unwrap();
    unsafe { std::str::from_utf8_unchecked(checked.as_bytes()) }
}
