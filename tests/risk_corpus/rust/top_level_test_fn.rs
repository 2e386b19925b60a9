// expect: none
pub fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    Some(values.iter().sum::<f64>() / values.len() as f64)
}

#[test]
fn mean_of_two() {
    assert_eq!(mean(&[1.0, 3.0]).unwrap(), 2.0);
}

#[cfg(test)]
fn sample() -> Vec<f64> {
    "1 2 3".split(' ').map(|s| s.parse().expect("number")).collect()
}
