// expect: rust-unsafe
pub fn first(values: &[u32]) -> u32 {
    let pointer = values.as_ptr();
    unsafe { *pointer }
}
