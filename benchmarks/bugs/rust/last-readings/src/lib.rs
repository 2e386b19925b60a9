/// The last `n` readings (all of them when there are fewer than `n`).
pub fn last_n(readings: &[f64], n: usize) -> &[f64] {
    let start = readings.len() - n;
    &readings[start..]
}

/// The mean of the last `n` readings, or None when there are none.
pub fn recent_mean(readings: &[f64], n: usize) -> Option<f64> {
    let recent = last_n(readings, n);
    if recent.is_empty() {
        return None;
    }
    Some(recent.iter().sum::<f64>() / recent.len() as f64)
}
