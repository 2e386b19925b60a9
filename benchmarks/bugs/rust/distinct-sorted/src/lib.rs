/// The distinct values of `values`, smallest first.
pub fn distinct_sorted(values: &[i32]) -> Vec<i32> {
    let mut out = values.to_vec();
    out.dedup();
    out.sort();
    out
}

/// How many values occur more than once.
pub fn repeated(values: &[i32]) -> usize {
    values.len() - distinct_sorted(values).len()
}
