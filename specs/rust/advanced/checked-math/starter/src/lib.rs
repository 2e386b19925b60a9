/// n! (1 * 2 * ... * n), or None if it does not fit in a u64. 0! is 1.
pub fn factorial(n: u32) -> Option<u64> {
    let mut result: u64 = 1;
    for k in 1..=n as u64 {
        result *= k;
    }
    Some(result)
}

/// base raised to the power exp, or None if it does not fit in a u64.
pub fn power(base: u64, exp: u32) -> Option<u64> {
    Some(base.wrapping_pow(exp))
}

/// The distance between two numbers: how far apart they are, never negative.
pub fn distance(a: u32, b: u32) -> u32 {
    a.wrapping_sub(b)
}

/// The mean of `values`, rounded toward zero, or None when there are none.
/// The sum may be far larger than an i64 can hold; the mean always fits.
pub fn mean(values: &[i64]) -> Option<i64> {
    let sum: i64 = values.iter().fold(0, |acc, &v| acc.wrapping_add(v));
    Some(sum / values.len().max(1) as i64)
}
