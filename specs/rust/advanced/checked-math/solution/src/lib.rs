/// n! (1 * 2 * ... * n), or None if it does not fit in a u64. 0! is 1.
pub fn factorial(n: u32) -> Option<u64> {
    (1..=u64::from(n)).try_fold(1u64, |acc, k| acc.checked_mul(k))
}

/// base raised to the power exp, or None if it does not fit in a u64.
pub fn power(base: u64, exp: u32) -> Option<u64> {
    base.checked_pow(exp)
}

/// The distance between two numbers: how far apart they are, never negative.
pub fn distance(a: u32, b: u32) -> u32 {
    a.abs_diff(b)
}

/// The mean of `values`, rounded toward zero, or None when there are none.
/// The sum may be far larger than an i64 can hold; the mean always fits.
pub fn mean(values: &[i64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    let sum: i128 = values.iter().map(|&v| i128::from(v)).sum();
    let mean = sum / values.len() as i128;
    i64::try_from(mean).ok()
}
